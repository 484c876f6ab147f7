"""The admins' accountability pages: officers' figures, and the scrutiny panel's export."""

from flask import Blueprint, Response, render_template, request
from flask_babel import gettext as _
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from volunteers.accountability import services
from volunteers.accountability.forms import PeriodForm, ScrutinyExportForm
from volunteers.forms import choices_of
from volunteers.models import Force
from volunteers.permissions import Gate, gate_blueprint, permitted_or_404

bp = Blueprint("accountability", __name__, url_prefix="/admin/forces/<int:force_id>")
gate_blueprint(bp, Gate.ADMIN)


def _administered_force(force_id: int) -> Force:
    return permitted_or_404(Force, force_id, "force.administer")


@bp.route("/officers/accountability")
def officers(force_id):
    force = _administered_force(force_id)
    form = PeriodForm(request.args)
    form.area.choices = [SelectChoice("", _("Every area")), *choices_of(force.areas)]
    days = form.days()
    area = next((area for area in force.areas if str(area.id) == form.area.data), None)
    records = services.officer_accountability(current_user, force, services.period_start(days), area)
    return render_template(
        "accountability/officers.html",
        force=force,
        form=form,
        records=records,
        days=days,
        export_form=ScrutinyExportForm(period=str(days)),
    )


@bp.route("/scrutiny-export", methods=["POST"])
def scrutiny_export(force_id):
    force = _administered_force(force_id)
    form = ScrutinyExportForm()
    days = form.days()
    archive = services.export_for_scrutiny(current_user, force, services.period_start(days))
    filename = f"scrutiny-{force.slug}-{days}-days.zip"
    return Response(
        archive, mimetype="application/zip", headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )
