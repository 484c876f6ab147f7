"""Redaction for words that leave the force: names, houses, plates, emails and phones go."""

import pytest

from volunteers.guard import REDACTED, redact


@pytest.mark.parametrize(
    "identifying",
    ["Dave Smith", "14 Easington Way", "AB12 CDE", "07700 900123", "dave@example.com", "+44 7700 900123"],
)
def test_identifying_words_are_replaced(identifying):
    text = f"The officer spoke about {identifying} before closing the report."
    redacted = redact(text)
    assert identifying not in redacted and REDACTED in redacted
    assert redacted.startswith("The officer spoke about") and redacted.endswith("before closing the report.")


def test_a_reason_that_names_no_one_is_left_as_written():
    reason = "No further action: the report described no offence and patrols were already planned."
    assert redact(reason) == reason


def test_nothing_to_redact_in_an_empty_reason():
    assert redact("") == ""
