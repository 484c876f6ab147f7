"""What a complaint may be about, as each scheme describes it: the contract between the complaints
package and the schemes, which register one `ComplaintSubjectKind` per kind of thing (a report, a
session, a sighting, a decision) in their Feature's `complaint_subjects`.

The complaints package knows a subject only by its type and id, as the audit trail does, and reads
it only through `describe`, so it never imports a scheme.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from volunteers.local_time import formatted
from volunteers.registry import registries

DATABASE_INTEGER_MAX = 2**31 - 1
DATABASE_BIGINT_MAX = 2**63 - 1


@dataclass(frozen=True)
class SubjectFacts:
    """What an investigator reads of a subject: whose force and area it is in, and its facts."""

    force_id: int
    area_id: int | None
    title: str
    facts: Sequence[tuple[str, str]]


@dataclass(frozen=True)
class ComplaintSubjectKind:
    """One kind of thing a complaint may be about. `name` is its audit subject type; `describe`
    finds one by id (None when there is none); `max_id` is the largest id its table holds."""

    name: str
    label: Callable[[], str]
    describe: Callable[[int], SubjectFacts | None]
    max_id: int = DATABASE_INTEGER_MAX


def moment_fact(moment) -> str:
    """A moment among a subject's facts, as the pages show moments."""
    return formatted(moment, "d MMM yyyy, HH:mm") if moment else ""


def subject_kinds() -> dict[str, ComplaintSubjectKind]:
    """Every kind the installed schemes registered, by name."""
    return dict(registries().complaint_subjects.items())


def kind_label(name: str) -> str:
    kind = registries().complaint_subjects.get(name)
    return kind.label() if kind is not None else name.replace("_", " ").capitalize()
