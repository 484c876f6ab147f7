"""Each audit chain's head, kept where the database cannot change it, and the record of the checks.

`flask audit anchor` (from cron) appends every chain's head (chain, seq, MAC, time) as one JSON
line per chain to AUDIT_ANCHOR_FILE, opened with O_APPEND (put it on append-only or write-once
storage: `chattr +a`, an object store with a retention lock), writes the same to the log and,
when AUDIT_ANCHOR_EMAIL is set, emails it. `flask audit verify --anchors FILE` then proves that no
anchored event was cut off or rewritten since: someone who can write to the database cannot reach
any of those copies.
"""

import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _

from volunteers import audit, mail
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.models import AuditCheck, AuditCheckKind
from volunteers.transaction import service

log = logging.getLogger(__name__)


class AnchorFileError(ValueError):
    """The anchor file cannot be read as anchors: named with the line that is wrong."""


@dataclass(frozen=True)
class AnchorRun:
    """What one anchoring wrote."""

    heads: list[audit.Anchor]
    path: str
    emailed_to: str


def _lines(heads: list[audit.Anchor]) -> bytes:
    return "".join(
        json.dumps(
            {"chain": head.chain, "seq": head.seq, "mac": head.mac, "anchored_at": head.anchored_at},
            sort_keys=True,
        )
        + "\n"
        for head in heads
    ).encode("utf-8")


def _append(path: Path, data: bytes) -> None:
    """Append in one write to a file opened O_APPEND, and make it durable before saying so."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        os.write(descriptor, data)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@service
def record_check(
    kind: AuditCheckKind,
    *,
    chains: int,
    events: int,
    anchors: int = 0,
    broken: audit.ChainBreak | None = None,
    failure: str = "",
) -> AuditCheck:
    """Keep the outcome of a verification or an anchoring, for the audit page to show."""
    check = AuditCheck(
        kind=kind,
        ran_at=utcnow(),
        intact=broken is None and not failure,
        chains=chains,
        events=events,
        anchors=anchors,
        broken_chain=broken.chain if broken is not None else None,
        detail=str(broken) if broken is not None else failure,
    )
    db.session.add(check)
    return check


def record_verification(found: audit.Verification) -> AuditCheck:
    """Keep what `flask audit verify` found."""
    return record_check(
        AuditCheckKind.VERIFY, chains=found.chains, events=found.events, anchors=found.anchors, broken=found.broken
    )


@service
def anchor_heads() -> AnchorRun:
    """Write every chain's head outside the database: the anchor file, the log and the anchor email."""
    anchored_at = utcnow().isoformat()
    heads = [audit.Anchor(row.chain, row.seq, row.hash, anchored_at) for row in audit.chain_heads()]
    path = Path(current_app.config["AUDIT_ANCHOR_FILE"])
    _append(path, _lines(heads))
    for head in heads:
        log.info("audit anchor: chain %s seq %s mac %s at %s", head.chain, head.seq, head.mac, anchored_at)
    to = current_app.config["AUDIT_ANCHOR_EMAIL"]
    if to and heads:
        mail.queue("audit_anchor", to, _("Audit chain anchors"), heads=heads, anchored_at=anchored_at)
    record_check(AuditCheckKind.ANCHOR, chains=len(heads), events=sum(head.seq for head in heads), anchors=len(heads))
    return AnchorRun(heads, str(path), to)


def read_anchors(path: str) -> Iterator[audit.Anchor]:
    """The anchors in a file `anchor_heads` wrote, refusing any line that is not one."""
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                yield audit.Anchor(int(item["chain"]), int(item["seq"]), str(item["mac"]), str(item["anchored_at"]))
            except (ValueError, KeyError, TypeError) as error:
                raise AnchorFileError(f"line {number} of {path} is not an anchor") from error


def latest_checks() -> dict[AuditCheckKind, AuditCheck | None]:
    """The last verification and the last anchoring, for the audit page."""
    return {
        kind: db.session.scalar(
            sa.select(AuditCheck).where(AuditCheck.kind == kind).order_by(AuditCheck.ran_at.desc()).limit(1)
        )
        for kind in AuditCheckKind
    }
