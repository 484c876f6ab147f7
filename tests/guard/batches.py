"""The batches of labelled reports written by people who had not seen the rules, and which of them
are spent. A batch is the honest measure of the guard until a newer one exists; then its mistakes
are read, the rules are generalised from them and the model trains on it, and it only guards
against regression. The bench, the tests and scripts/train_guard_model.py all read this, so the
next round of tuning moves a batch from NEVER_TUNED to SPENT here and nowhere else.
"""

from tests.guard.corpus_eighth import EIGHTH_HELD_OUT
from tests.guard.corpus_eleventh import ELEVENTH_HELD_OUT
from tests.guard.corpus_fourteenth import FOURTEENTH_HELD_OUT
from tests.guard.corpus_ninth import NINTH_HELD_OUT
from tests.guard.corpus_tenth import TENTH_HELD_OUT
from tests.guard.corpus_thirteenth import THIRTEENTH_HELD_OUT
from tests.guard.corpus_twelfth import TWELFTH_HELD_OUT

# Read and tuned on since, in the order they were written.
SPENT = {
    "eighth": EIGHTH_HELD_OUT,
    "ninth": NINTH_HELD_OUT,
    "tenth": TENTH_HELD_OUT,
    "eleventh": ELEVENTH_HELD_OUT,
}
# Never used to tune the rules or train the model: print only their tables.
NEVER_TUNED = {
    "twelfth": TWELFTH_HELD_OUT,
    "thirteenth": THIRTEENTH_HELD_OUT,
    "fourteenth": FOURTEENTH_HELD_OUT,
}
