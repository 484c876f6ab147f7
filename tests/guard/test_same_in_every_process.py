"""The guard gives the same flags and the same evidence in every process.

Each gunicorn worker is its own process with its own hash seed; when phrases were tried in the
order of a set, one worker showed an officer "he" as the evidence of danger and another "he's".
"""

import os
import subprocess
import sys
from pathlib import Path

from tests.guard.batches import NEVER_TUNED, SPENT

ROOT = Path(__file__).resolve().parents[2]

_SCREEN_EVERY_CASE = """
import hashlib, json, sys
from tests.guard.batches import NEVER_TUNED, SPENT
from volunteers.guard import screen
batches = [*SPENT.values(), *NEVER_TUNED.values()]
found = [[(f.kind, list(f.evidence)) for f in screen(case.text, "")] for batch in batches for case in batch]
print(hashlib.sha256(json.dumps(found).encode()).hexdigest())
"""


def _digest_with_seed(seed: int) -> subprocess.Popen:
    environment = os.environ | {"PYTHONHASHSEED": str(seed)}
    return subprocess.Popen(  # noqa: S603  (our interpreter, our script)
        [sys.executable, "-c", _SCREEN_EVERY_CASE], cwd=ROOT, env=environment, stdout=subprocess.PIPE, text=True
    )


def test_two_processes_with_different_hash_seeds_find_the_same_evidence():
    assert sum(len(batch) for batch in [*SPENT.values(), *NEVER_TUNED.values()]) > 1000
    running = [_digest_with_seed(seed) for seed in (0, 1)]
    digests = [process.communicate(timeout=120)[0].strip() for process in running]
    assert all(process.returncode == 0 for process in running)
    assert len(digests[0]) == 64 and digests[0] == digests[1]
