"""What a signed-in person does with their own data: correct their contact details, download
everything held about them. Each function is one audited transaction."""

from flask_babel import gettext as _

from volunteers import audit
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.membership.models import ACCESSIBILITY_MAX_CHARS, LANGUAGES_MAX_CHARS, VolunteerProfile
from volunteers.membership.queries import profile_of
from volunteers.models import NAME_MAX_CHARS, User
from volunteers.personal_data import export_for
from volunteers.transaction import service
from volunteers.validation import Checker


@service
def update_contact_details(user: User, name: str, phone: str, languages: str, accessibility_needs: str) -> list[str]:
    """A volunteer corrects their own details; the audit says which fields changed, not to what."""
    check = Checker()
    values = {
        "name": check.text(name, "name", limit=NAME_MAX_CHARS, missing=_("Enter your full name")),
        "phone": check.phone(phone),
        "languages": check.text(languages, "languages", limit=LANGUAGES_MAX_CHARS),
        "accessibility_needs": check.text(accessibility_needs, "accessibility_needs", limit=ACCESSIBILITY_MAX_CHARS),
    }
    check.done()
    profile = profile_of(user) or VolunteerProfile(user=user, languages="", accessibility_needs="")
    current = {
        "name": user.name,
        "phone": user.phone,
        "languages": profile.languages,
        "accessibility_needs": profile.accessibility_needs,
    }
    changed = sorted(name for name, value in values.items() if current[name] != value)
    if not changed:
        return []
    user.name, user.phone = values["name"], values["phone"]
    profile.languages, profile.accessibility_needs = values["languages"], values["accessibility_needs"]
    profile.updated_at = utcnow()
    db.session.add(profile)
    audit.record(user, "profile.updated", user, after={"changed": changed})
    return changed


@service
def download_personal_data(user: User) -> dict:
    """Everything held about a person, for them; the audit trail notes that it was taken."""
    data = export_for(user)
    audit.record(user, "personal_data.downloaded", user, after={"sections": sorted(data)})
    return data
