"""Forms for consultations, quotes and recommendations. They check the shape of what was typed;
`consultations.py` and `recommendations.py` decide what is allowed, with every problem at once."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, IntegerField, RadioField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Optional

from volunteers.forms import DateInputField, Form, MultiCheckboxField
from volunteers.review import REASON_MAX_CHARS
from volunteers.youth.models import (
    DETAIL_MAX_CHARS,
    NOTE_MAX_CHARS,
    OWNER_MAX_CHARS,
    PROGRESS_STATUSES,
    QUOTE_MAX_CHARS,
    THEMES_MAX_CHARS,
    TITLE_MAX_CHARS,
    TOPIC_MAX_CHARS,
)
from volunteers.youth.recommendation_labels import (
    ADDRESSEE_LABELS,
    METHOD_LABELS,
    OUTCOME_LABELS,
    RECOMMENDATION_STATUS_LABELS,
)

APPROVAL_DECISIONS = {"send": True, "return": False}


class ConsultationForm(Form):
    topic = StringField(_l("What was the consultation about?"), validators=[Length(max=TOPIC_MAX_CHARS)])
    starts_on = DateInputField(_l("Start date"), subject=_l("The start date"), validators=[Optional()])
    ends_on = DateInputField(_l("End date"), subject=_l("The end date"), validators=[Optional()])
    methods = MultiCheckboxField(
        _l("How did you consult young people?"),
        choices=[SelectChoice(method.value, label) for method, label in METHOD_LABELS.items()],
        validate_choice=False,
    )
    young_people_reached = IntegerField(
        _l("How many young people did you reach?"),
        validators=[Optional()],
        render_kw={"inputmode": "numeric"},
    )
    themes = TextAreaField(
        _l("Themes you heard (optional)"),
        validators=[Length(max=THEMES_MAX_CHARS)],
        description=_l("What came up most, in your own words. Do not name anyone."),
    )


class QuoteForm(Form):
    text = TextAreaField(
        _l("Quote"),
        validators=[Length(max=QUOTE_MAX_CHARS)],
        description=_l(
            "What a young person said, without their name or anything that could identify them or anyone else"
        ),
    )


class QuoteCheckForm(Form):
    text = TextAreaField(_l("Quote, as it may be used"), validators=[Length(max=QUOTE_MAX_CHARS)])
    confirmed_anonymous = BooleanField(_l("I have checked: the words the guard found do not identify anyone"))


class QuoteWithdrawalForm(Form):
    reason = TextAreaField(_l("Why it must not be used"), validators=[Length(max=QUOTE_MAX_CHARS)])


class RecommendationForm(Form):
    title = StringField(_l("Title"), validators=[Length(max=TITLE_MAX_CHARS)])
    detail = TextAreaField(
        _l("What do you recommend, and why?"),
        validators=[Length(max=DETAIL_MAX_CHARS)],
        description=_l("Do not name anyone or give details that could identify someone."),
    )
    addressee = RadioField(
        _l("Who is it for?"),
        choices=[SelectChoice(addressee.value, label) for addressee, label in ADDRESSEE_LABELS.items()],
        validators=[Optional()],
    )
    consultation_ids = MultiCheckboxField(_l("Evidence: your consultations"), coerce=int, validate_choice=False)
    quote_ids = MultiCheckboxField(_l("Quotes to cite (checked ones only)"), coerce=int, validate_choice=False)


class ApprovalForm(Form):
    decision = RadioField(
        _l("Your decision"),
        choices=[
            SelectChoice("send", _l("Approve it and send it to the police")),
            SelectChoice("return", _l("Return it to the member for changes")),
        ],
        validators=[Optional()],
    )
    reason = TextAreaField(
        _l("Reason"),
        validators=[Length(max=REASON_MAX_CHARS)],
        description=_l("Required when you return it: the member reads this"),
    )


class ResponseForm(Form):
    outcome = RadioField(
        _l("Your response"),
        choices=[SelectChoice(outcome.value, label) for outcome, label in OUTCOME_LABELS.items()],
        validators=[Optional()],
    )
    reason = TextAreaField(
        _l("Reason"),
        validators=[Length(max=REASON_MAX_CHARS)],
        description=_l("Required unless you accept it in full: the commission reads this"),
    )
    action_plan = TextAreaField(
        _l("Action plan"),
        validators=[Length(max=DETAIL_MAX_CHARS)],
        description=_l("What the police will do"),
    )
    owner = StringField(
        _l("Who owns the action plan"),
        validators=[Length(max=OWNER_MAX_CHARS)],
        description=_l("A name or a role, like 'Neighbourhood Inspector'"),
    )
    due_on = DateInputField(_l("Due date"), subject=_l("The due date"), validators=[Optional()])


class ProgressForm(Form):
    status = RadioField(
        _l("Where does it stand?"),
        choices=[SelectChoice(status.value, RECOMMENDATION_STATUS_LABELS[status]) for status in PROGRESS_STATUSES],
        validators=[Optional()],
    )
    note = TextAreaField(_l("What has happened since"), validators=[Length(max=NOTE_MAX_CHARS)])


class CommentForm(Form):
    text = TextAreaField(_l("Your comment on the response"), validators=[Length(max=NOTE_MAX_CHARS)])
