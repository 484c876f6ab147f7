"""Officers' review, designed once for the three schemes: the single queue of everything awaiting
them (`queue.py`) and the decision step every scheme's services take (`decisions.py`)."""

from volunteers.review.decisions import (
    REASON_MAX_CHARS,
    REASON_MIN_WORDS,
    DecisionRecord,
    checked_reason,
    may_review,
    record_decision,
)
from volunteers.review.queue import (
    FILTER_NAMES,
    FilterChoice,
    QueueCounts,
    QueueFilters,
    QueueItem,
    QueueKind,
    QueuePage,
    filter_choices,
    kind_choices,
    queue_counts,
    queue_kinds,
)

__all__ = [
    "FILTER_NAMES",
    "REASON_MAX_CHARS",
    "REASON_MIN_WORDS",
    "DecisionRecord",
    "FilterChoice",
    "QueueCounts",
    "QueueFilters",
    "QueueItem",
    "QueueKind",
    "QueuePage",
    "checked_reason",
    "filter_choices",
    "kind_choices",
    "may_review",
    "queue_counts",
    "queue_kinds",
    "record_decision",
]
