"""What a signed-in person does with their own data: download it, with a record that they did."""

from volunteers import audit
from volunteers.extensions import db
from volunteers.models import User
from volunteers.personal_data import export_for


def download_personal_data(user: User) -> dict:
    """Everything held about a person, for them; the audit trail notes that it was taken."""
    data = export_for(user)
    audit.record(user, "personal_data.downloaded", user, after={"sections": sorted(data)})
    db.session.commit()
    return data
