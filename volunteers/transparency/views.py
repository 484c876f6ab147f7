"""The public transparency pages (no sign-in: counts only, small ones withheld) and the staff pages
behind them: "you said, we did" entries written and approved, and areas' population profiles
compared with their volunteers."""

from flask import Blueprint, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.exceptions import Forbidden
from wtforms import SelectChoice

from volunteers.charts import bar_chart
from volunteers.equality import QUESTIONS
from volunteers.models import Area, Force
from volunteers.permissions import Gate, gate_blueprint, permitted_or_404, public
from volunteers.transparency import figures, labels, queries, representation, services
from volunteers.transparency.forms import DecideEntryForm, EntryForm, PopulationForm
from volunteers.transparency.models import YouSaidWeDid
from volunteers.web import done, form_page, submitted

bp = Blueprint("transparency", __name__, url_prefix="/transparency")
staff_bp = Blueprint("transparency_staff", __name__, url_prefix="/manage/transparency")
gate_blueprint(staff_bp, Gate.SIGNED_IN)


def _charts(found: figures.PublishedFigures) -> dict[tuple[str, str], object]:
    """A chart by month of each charted measure, its withheld months drawn as placeholders."""
    charts = {}
    for scheme in found.schemes:
        for item in scheme.measures:
            if item.measure.charted:
                rows = [
                    (label, value.value, value.text, value.withheld)
                    for label, value in zip(found.month_labels, item.months, strict=True)
                ]
                title = _("%(measure)s, by month", measure=item.label)
                charts[(scheme.kind, item.measure.name)] = bar_chart(
                    f"chart-{scheme.kind}-{item.measure.name}".replace("_", "-"), title, rows
                )
    return charts


def _figures_page(force: Force, area: Area | None):
    found = figures.published(force, area)
    query = {"force": force.slug, **({"area": area.slug} if area else {})}
    return render_template(
        "transparency/figures.html",
        force=force,
        area=area,
        figures=found,
        charts=_charts(found),
        entries=queries.published_entries(force, area),
        areas=queries.area_names(force) if area is None else [],
        csv_url=url_for("api_public.public_stats", format="csv", **query),
        json_url=url_for("api_public.public_stats", **query),
    )


@bp.route("/")
@public
def index():
    return render_template("transparency/index.html", forces=queries.forces())


@bp.route("/<force_slug>")
@public
def force_page(force_slug):
    force, _area = queries.place_or_404(force_slug)
    return _figures_page(force, None)


@bp.route("/<force_slug>/<area_slug>")
@public
def area_page(force_slug, area_slug):
    force, area = queries.place_or_404(force_slug, area_slug)
    return _figures_page(force, area)


# --- "You said, we did" entries -------------------------------------------------------------------


def _writable_areas() -> list[Area]:
    areas = queries.writable_areas(current_user)
    if not areas:
        raise Forbidden()
    return areas


@staff_bp.route("/entries")
def entries():
    _writable_areas()
    return render_template(
        "transparency/entries.html",
        awaiting=queries.awaiting_approval_by(current_user),
        written=queries.written_by(current_user),
        entry_status_labels=labels.ENTRY_STATUSES,
    )


@staff_bp.route("/entries/new", methods=["GET", "POST"])
def new_entry():
    areas = {area.id: area for area in _writable_areas()}
    form = EntryForm()
    form.area_id.choices = [SelectChoice(area.id, area.name) for area in areas.values()]

    def run():
        area = areas[form.area_id.data]
        return services.write_entry(current_user, area, form.you_said.data, form.we_did.data)

    def check():
        if form.area_id.data in areas:
            services.check_entry(areas[form.area_id.data], form.you_said.data, form.we_did.data)

    if submitted(form, run, check=check):
        message = _("Entry saved. Another officer of the area must approve it before it is published.")
        return done(message, "transparency_staff.entries")
    return form_page("transparency/entry_form.html", form)


@staff_bp.route("/entries/<int:you_said_we_did_id>", methods=["GET", "POST"])
def entry(you_said_we_did_id):
    item = permitted_or_404(YouSaidWeDid, you_said_we_did_id, "transparency.entry.view", hide_refusal=True)
    form = DecideEntryForm()

    def run():
        return services.decide_entry(current_user, item, form.decision.data == "approve", form.reason.data)

    if submitted(form, run):
        return done(_("Decision recorded."), "transparency_staff.entries")
    return form_page("transparency/entry.html", form, entry=item, entry_status_labels=labels.ENTRY_STATUSES)


# --- Representation -------------------------------------------------------------------------------


@staff_bp.route("/forces/<int:force_id>/representation")
def force_representation(force_id):
    force = permitted_or_404(Force, force_id, "force.administer")
    return render_template("transparency/force_representation.html", force=force, areas=queries.force_areas(force))


@staff_bp.route("/areas/<int:area_id>/population", methods=["GET", "POST"])
def population(area_id):
    area = permitted_or_404(Area, area_id, "transparency.population.edit")
    profile = services.profile_of(area)
    form_class = PopulationForm.for_questions()
    form = form_class(data=_profile_data(profile))

    def run():
        return services.save_profile(current_user, area, form.source.data, form.shares())

    if submitted(form, run, check=lambda: services.check_profile(form.source.data or "", form.shares())):
        return done(_("Population profile saved."), "transparency_staff.representation_page", area_id=area.id)
    return form_page("transparency/population_form.html", form, area=area, questions=QUESTIONS)


def _profile_data(profile) -> dict:
    if profile is None:
        return {}
    data = {"source": profile.source}
    for question, shares in profile.shares.items():
        for answer, share in shares.items():
            data[services.field_name(question, answer)] = share
    return data


@staff_bp.route("/areas/<int:area_id>/representation")
def representation_page(area_id):
    area = permitted_or_404(Area, area_id, "transparency.representation.view")
    profile = services.profile_of(area)
    return render_template(
        "transparency/representation.html",
        area=area,
        profile=profile,
        comparisons=representation.compare(area, profile),
    )
