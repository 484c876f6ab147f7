"""Speed Watch letter pages: the officers' list of letters and referrals, a letter with its print
form and PDF, batches for the force's mail-merge (CSV, PDF, marking sent), and the admins' wording
of each stage's letter with a preview.

A letter is about a plate: anyone but the officers of its area and the admins of its force gets
the same 404 as for a letter that does not exist.
"""

from flask import Blueprint, Response, render_template, request
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.exceptions import Forbidden, NotFound

from volunteers.csv_export import csv_response
from volunteers.errors import DomainError
from volunteers.extensions import db
from volunteers.models import Force
from volunteers.permissions import Gate, can, gate, gate_blueprint, permitted_or_404
from volunteers.speedwatch import letters
from volunteers.speedwatch.forms import ConfirmForm, KeeperForm, LetterTemplateForm, ReasonForm
from volunteers.speedwatch.models import Letter, LetterBatch, LetterStage
from volunteers.web import done, show_refusal, submitted

bp = Blueprint("speedwatch_letters", __name__, url_prefix="/speedwatch/letters")
gate_blueprint(bp, Gate.SIGNED_IN)
PER_PAGE = 50


def _letter(letter_id: int) -> Letter:
    return permitted_or_404(Letter, letter_id, "speedwatch.letter.view", hide_refusal=True)


def _batch(batch_id: int) -> LetterBatch:
    return permitted_or_404(LetterBatch, batch_id, "speedwatch.letter_batch.view", hide_refusal=True)


def _officer_or_admin() -> None:
    if not (current_user.is_officer or current_user.is_admin):
        raise Forbidden()


def _pdf(pdf: bytes, filename: str) -> Response:
    """A PDF download that no browser or proxy keeps: it may carry a keeper's name and address."""
    return Response(
        pdf,
        mimetype="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"},
    )


# --- The list and one letter ------------------------------------------------------------------


@bp.route("/")
def letters_list():
    """Letters and referrals of your areas, filtered by status and stage, newest first."""
    _officer_or_admin()
    status = request.args.get("status", "due")
    status = status if status in letters.LIST_STATUSES else ""
    stage = request.args.get("stage", "")
    stage = stage if stage in {value.value for value in LetterStage} else ""
    page = db.paginate(
        letters.letters_visible_to(current_user, status or None, LetterStage(stage) if stage else None),
        per_page=PER_PAGE,
        error_out=False,
    )
    return render_template(
        "speedwatch/letters/list.html",
        page=page,
        status=status,
        stage=stage,
        statuses=letters.LIST_STATUSES,
        due_to_batch=letters.count_due_for_batch(current_user) if current_user.is_officer else 0,
        form=ConfirmForm(),
    )


def _letter_page(letter: Letter, keeper_form: KeeperForm, close_form: ReasonForm, status: int = 200):
    return render_template(
        "speedwatch/letters/letter.html",
        letter=letter,
        printable=letter.stage in letters.PRINTED_STAGES and letter.status.value != "withdrawn",
        manages=can(current_user, "speedwatch.letter.manage", letter),
        keeper_form=keeper_form,
        close_form=close_form,
    ), status


@bp.route("/<int:letter_id>")
def letter(letter_id):
    return _letter_page(_letter(letter_id), KeeperForm(formdata=None), ReasonForm(formdata=None))


@bp.route("/<int:letter_id>.pdf")
def letter_pdf(letter_id):
    """The letter addressed to the registered keeper, with no name or address."""
    letter = _letter(letter_id)
    return _pdf(letters.print_letter(current_user, letter), f"{letter.reference}.pdf")


@bp.route("/<int:letter_id>/print", methods=["POST"])
def print_letter(letter_id):
    """The letter with the keeper's details the officer typed: sent in the form, never in the URL."""
    letter = _letter(letter_id)
    form = KeeperForm()

    def render() -> bytes:
        keeper = letters.checked_keeper(form.keeper_name.data, form.keeper_address.data)
        return letters.print_letter(current_user, letter, keeper)

    if printed := submitted(form, render):
        return _pdf(printed.result, f"{letter.reference}.pdf")
    return _letter_page(letter, form, ReasonForm(formdata=None), 400)


@bp.route("/<int:letter_id>/close", methods=["POST"])
@gate(Gate.OFFICER)
def close_referral(letter_id):
    letter = _letter(letter_id)
    form = ReasonForm()
    if submitted(form, lambda: letters.close_referral(current_user, letter, form.reason.data)):
        return done(_("Referral closed"), "speedwatch_letters.letter", letter_id=letter.id)
    return _letter_page(letter, KeeperForm(formdata=None), form, 400)


# --- Batches ------------------------------------------------------------------------------------


@bp.route("/batches")
def batches():
    _officer_or_admin()
    page = db.paginate(letters.batches_visible_to(current_user), per_page=PER_PAGE, error_out=False)
    due = letters.count_due_for_batch(current_user)
    return render_template("speedwatch/letters/batches.html", page=page, due=due, form=ConfirmForm())


@bp.route("/batches", methods=["POST"])
@gate(Gate.OFFICER)
def make_batch():
    """Put every due letter of your areas into a batch for the mail-merge."""
    form = ConfirmForm()
    if made := submitted(form, lambda: letters.make_batches(current_user)):
        count = sum(len(batch.letters) for batch in made.result)
        message = _("Batch made with %(count)d letters", count=count)
        if len(made.result) == 1:
            return done(message, "speedwatch_letters.batch", batch_id=made.result[0].id)
        return done(message, "speedwatch_letters.batches")
    page = db.paginate(letters.batches_visible_to(current_user), per_page=PER_PAGE, error_out=False)
    return render_template("speedwatch/letters/batches.html", page=page, due=0, form=form), 409


def _batch_page(batch: LetterBatch, form: ConfirmForm, status: int = 200):
    return render_template(
        "speedwatch/letters/batch.html",
        batch=batch,
        manages=can(current_user, "speedwatch.letter_batch.manage", batch),
        form=form,
    ), status


@bp.route("/batches/<int:batch_id>")
def batch(batch_id):
    return _batch_page(_batch(batch_id), ConfirmForm(formdata=None))


@bp.route("/batches/<int:batch_id>.csv")
def batch_csv(batch_id):
    """The batch for the force's own mail-merge after its keeper look-up."""
    batch = _batch(batch_id)
    rows = letters.export_batch(current_user, batch)
    response = csv_response(f"speed-watch-letters-{batch.id}.csv", letters.BATCH_CSV_HEADER, rows)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/batches/<int:batch_id>.pdf")
def batch_pdf(batch_id):
    """Every letter of the batch still to go out, addressed to the registered keeper."""
    batch = _batch(batch_id)
    return _pdf(letters.print_batch(current_user, batch), f"speed-watch-letters-{batch.id}.pdf")


@bp.route("/batches/<int:batch_id>/sent", methods=["POST"])
@gate(Gate.OFFICER)
def mark_sent(batch_id):
    batch = _batch(batch_id)
    form = ConfirmForm()
    if submitted(form, lambda: letters.mark_batch_sent(current_user, batch)):
        message = _("Batch marked sent: its letters are recorded as sent")
        return done(message, "speedwatch_letters.batch", batch_id=batch.id)
    return _batch_page(batch, form, 409)


# --- The admins' wording -----------------------------------------------------------------------


@bp.route("/templates")
@gate(Gate.ADMIN)
def templates():
    """Each of your forces' wording of the advisory and warning letters."""
    forces = sorted((role.force for role in current_user.admin_roles), key=lambda force: force.name)
    wordings = {
        (force.id, stage): letters.wording_for(force.id, stage) for force in forces for stage in letters.PRINTED_STAGES
    }
    return render_template(
        "speedwatch/letters/templates.html", forces=forces, wordings=wordings, stages=letters.PRINTED_STAGES
    )


@bp.route("/templates/<int:force_id>/<stage>", methods=["GET", "POST"])
@gate(Gate.ADMIN)
def edit_template(force_id, stage):
    """Word a stage's letter; "Preview" shows it filled with made-up facts without saving it."""
    force = permitted_or_404(Force, force_id, "speedwatch.letter_template.edit")
    if stage not in {printed.value for printed in letters.PRINTED_STAGES}:
        raise NotFound()
    stage = LetterStage(stage)
    wording = letters.wording_for(force.id, stage)
    form = LetterTemplateForm(data={"subject": wording.subject, "body": wording.body})
    preview, status = None, 200
    if form.is_submitted() and request.form.get("action") == "preview":
        problems = {name: letters.placeholder_problems(getattr(form, name).data or "") for name in ("subject", "body")}
        if form.validate() and not any(problems.values()):
            preview = letters.preview(form.subject.data, form.body.data)
        else:
            for name, messages in problems.items():
                getattr(form, name).errors = [*getattr(form, name).errors, *messages]
            status = 400
    elif submitted(form, lambda: letters.save_template(current_user, force, stage, form.subject.data, form.body.data)):
        return done(_("Wording saved: letters printed from now on use it"), "speedwatch_letters.templates")
    elif form.is_submitted():
        status = 400
    if preview is None and not form.is_submitted():
        try:
            preview = letters.preview(wording.subject, wording.body)
        except DomainError as error:
            show_refusal(form, error)
    return render_template(
        "speedwatch/letters/template_form.html",
        form=form,
        force=force,
        stage=stage,
        wording=wording,
        preview=preview,
        placeholders=letters.PLACEHOLDERS,
    ), status
