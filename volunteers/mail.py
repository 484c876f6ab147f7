"""Email through a transactional outbox: written with the change, sent after the commit.

`queue()` renders `templates/email/<template>.txt` and `.html` and adds an OutboundEmail row to
the current transaction. When the transaction commits, the messages are delivered at once (in a
request, once its answer has been sent) with MAIL_DELIVERY=after_commit, the default, or left for
`flask mail deliver`, a worker that a force runs beside its web servers (MAIL_DELIVERY=worker).
A rolled-back change sends nothing; a mail server outage loses nothing, the worker retries.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import click
import sqlalchemy as sa
from flask import Flask, Response, current_app, g, has_request_context, render_template
from flask_mail import Message
from sqlalchemy import event
from sqlalchemy.orm import Session

from volunteers.db_types import utcnow
from volunteers.extensions import db, mail
from volunteers.models import OutboundEmail

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
_PENDING_KEY = "volunteers.outbound_emails"
_LETTERS_KEY = "volunteers.letters_to_send"
_HELD_UNTIL_ANSWERED = "letters_held_until_answered"


def absolute_url(endpoint: str, **values) -> str:
    """A link for an email, built on PUBLIC_BASE_URL, never on the request's Host header.

    Building links from the Host header would let anyone who can send a request choose where a
    password-reset link points.
    """
    base = urlsplit(current_app.config["PUBLIC_BASE_URL"])
    adapter = current_app.url_map.bind(base.netloc, script_name=base.path or "/", url_scheme=base.scheme)
    return adapter.build(endpoint, values, force_external=True)


def queue(template: str, to: str, subject: str, **context) -> OutboundEmail:
    """Write an email into the current transaction; it is delivered only if the transaction commits."""
    message = OutboundEmail(
        template=template,
        to_address=to,
        subject=subject,
        body_text=render_template(f"email/{template}.txt", subject=subject, **context),
        body_html=render_template(f"email/{template}.html", subject=subject, **context),
    )
    db.session.add(message)
    db.session.info.setdefault(_PENDING_KEY, []).append(message)
    return message


@dataclass(frozen=True)
class _Letter:
    """What is needed to send one outbox row, read before the commit expires the row."""

    id: int
    template: str
    to_address: str
    subject: str
    body_text: str
    body_html: str

    @classmethod
    def of(cls, row: OutboundEmail) -> "_Letter":
        return cls(row.id, row.template, row.to_address, row.subject, row.body_text, row.body_html)


def _send(message: _Letter) -> None:
    config = current_app.config
    if config["MAIL_BACKEND"] == "console":
        _write_to_console(message, Path(config["MAIL_OUTBOX_DIR"]))
        return
    mail.send(
        Message(
            subject=message.subject,
            recipients=[message.to_address],
            body=message.body_text,
            html=message.body_html,
            sender=config["MAIL_DEFAULT_SENDER"],
        )
    )


def _write_to_console(message: _Letter, outbox: Path) -> None:
    """On a laptop: print the email and keep a copy in instance/outbox to click its links."""
    outbox.mkdir(parents=True, exist_ok=True)
    text = f"To: {message.to_address}\nSubject: {message.subject}\n\n{message.body_text}"
    # A scheme's templates live in folders of their own ("youth/..."): one flat file each here.
    (outbox / f"{message.id:06d}-{message.template.replace('/', '_')}.txt").write_text(text)
    click.echo(f"\n----- email -----\n{text}\n-----------------", err=True)


def _deliver(messages: list[_Letter]) -> int:
    """Send messages and record the result on a connection of its own; return how many were sent."""
    sent = 0
    table = OutboundEmail.__table__
    with db.engine.begin() as connection:
        for message in messages:
            try:
                _send(message)
            except Exception as error:  # any failure of the mail server is retried later
                log.warning("email %s not sent: %s", message.id, type(error).__name__)
                connection.execute(
                    table.update()
                    .where(table.c.id == message.id)
                    .values(attempts=table.c.attempts + 1, last_error=type(error).__name__[:500])
                )
                continue
            connection.execute(
                table.update()
                .where(table.c.id == message.id)
                .values(sent_at=utcnow(), attempts=table.c.attempts + 1, last_error="")
            )
            sent += 1
    return sent


def deliver_pending(limit: int = 500) -> int:
    """Send what is waiting in the outbox (the worker's job); return how many were sent."""
    waiting = db.session.scalars(
        sa.select(OutboundEmail)
        .where(OutboundEmail.sent_at.is_(None), OutboundEmail.attempts < MAX_ATTEMPTS)
        .order_by(OutboundEmail.id)
        .limit(limit)
    ).all()
    letters = [_Letter.of(row) for row in waiting]
    db.session.rollback()
    return _deliver(letters)


def purge_sent(older_than_days: int = 30) -> int:
    """Delete sent emails after a while: the outbox is not an archive of personal data."""
    cutoff = utcnow() - timedelta(days=older_than_days)
    result = db.session.execute(
        sa.delete(OutboundEmail).where(OutboundEmail.sent_at.is_not(None), OutboundEmail.sent_at < cutoff)
    )
    db.session.commit()
    return result.rowcount


def init_app(app: Flask) -> None:
    """Send the emails a request commits once its answer has gone to the client, not before.

    Nobody waits on the mail server to see their page; and pages whose answer must take the same
    time whoever asks (a reset link is emailed only when the account exists) cannot be told apart
    by how long the mail server took."""
    app.before_request(_hold_until_answered)
    app.after_request(_send_held_letters_after)


def _hold_until_answered() -> None:
    """Keep the emails this request commits until its answer is sent (see `init_app`)."""
    g.setdefault(_HELD_UNTIL_ANSWERED, [])


def _send_held_letters_after(response: Response) -> Response:
    """Deliver what `_hold_until_answered` kept once the server has sent `response` and closes it."""
    letters = g.pop(_HELD_UNTIL_ANSWERED, [])
    if letters:
        app = current_app._get_current_object()

        def deliver() -> None:
            with app.app_context():
                _deliver(letters)

        response.call_on_close(deliver)
    return response


@event.listens_for(Session, "before_commit")
def _read_letters_before_commit(session: Session) -> None:
    rows = session.info.pop(_PENDING_KEY, None)
    if rows:
        session.flush()
        session.info[_LETTERS_KEY] = [_Letter.of(row) for row in rows]


@event.listens_for(Session, "after_commit")
def _deliver_after_commit(session: Session) -> None:
    letters = session.info.pop(_LETTERS_KEY, None)
    if not letters or current_app.config["MAIL_DELIVERY"] != "after_commit":
        return
    held = g.get(_HELD_UNTIL_ANSWERED) if has_request_context() else None
    if held is None:
        _deliver(letters)
    else:
        held.extend(letters)


@event.listens_for(Session, "after_rollback")
def _forget_after_rollback(session: Session) -> None:
    session.info.pop(_PENDING_KEY, None)
    session.info.pop(_LETTERS_KEY, None)
