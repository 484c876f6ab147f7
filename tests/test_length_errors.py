"""Every form words a length limit the same way, "Use 200 characters or fewer", never WTForms'
own "Field cannot be longer than 200 characters."."""

import sys

from flask_wtf import FlaskForm
from wtforms.validators import Length, ValidationError

from tests.factories import make_admin, make_force


def _forms():
    return [
        cls
        for module_name, module in list(sys.modules.items())
        if module_name.startswith("volunteers.")
        for cls in vars(module).values()
        if isinstance(cls, type) and issubclass(cls, FlaskForm) and cls.__module__ == module_name
    ]


def test_every_length_limit_on_every_form_says_use_so_many_characters_or_fewer(app):
    checked, worded_otherwise = 0, []
    with app.test_request_context():
        for form_class in _forms():
            form = form_class(meta={"csrf": False})
            for field in form:
                for limit in (v for v in field.validators if isinstance(v, Length) and v.max != -1):
                    field.data = "x" * (limit.max + 1)
                    try:
                        limit(form, field)
                    except ValidationError as refused:
                        if str(refused) != f"Use {limit.max} characters or fewer":
                            worded_otherwise.append(f"{form_class.__qualname__}.{field.name}: {refused}")
                    checked += 1
    assert checked > 20
    assert worded_otherwise == []


def test_a_form_that_gives_no_message_of_its_own_still_uses_the_house_words(app, client, login_as):
    force = make_force()
    login_as(make_admin(force))
    page = client.post(f"/admin/forces/{force.id}/areas/new", data={"name": "x" * 201}).get_data(as_text=True)
    assert "Use 200 characters or fewer" in page
    assert "cannot be longer" not in page
