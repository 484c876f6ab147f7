"""UK registrations: normalised (upper case, no spaces), accepted in every format on British and
Northern Irish roads, and anything else refused with a reason, through the one validation path a
sighting takes."""

import pytest

from tests.speedwatch.factories import entry, running_session, sightings_of
from volunteers.errors import InvalidInput
from volunteers.speedwatch import plates, services


@pytest.fixture
def session(world):
    return running_session(world)


def _refusal(world, session, registration) -> list[str]:
    """The registration's problems when a volunteer records it, with nothing stored."""
    with pytest.raises(InvalidInput) as refused:
        services.record_sighting(world.volunteers[0], session, entry(session, registration))
    assert sightings_of(session) == []
    return refused.value.problems["registration"]


FORMATS = [
    ("current", "AB12 CDE", "AB12CDE"),
    ("prefix", "A123 BCD", "A123BCD"),
    ("prefix", "A1 BCD", "A1BCD"),
    ("suffix", "ABC 123D", "ABC123D"),
    ("suffix", "ABC 1D", "ABC1D"),
    ("dateless", "AB 1234", "AB1234"),
    ("dateless", "1234 AB", "1234AB"),
    ("dateless", "A 1", "A1"),
    ("dateless", "1 ABC", "1ABC"),
    # Three letters and digits are Northern Irish only with an I or a Z among the letters.
    ("dateless", "ABC 1234", "ABC1234"),
    ("northern_ireland", "AIZ 1234", "AIZ1234"),
    ("northern_ireland", "BZY 12", "BZY12"),
]


@pytest.mark.parametrize(("kind", "typed", "normalised"), FORMATS)
def test_each_uk_format_is_accepted_and_named(kind, typed, normalised):
    assert plates.normalise(typed) == normalised
    assert plates.is_uk_registration(normalised)
    assert plates.format_of(normalised) == kind


@pytest.mark.parametrize(("kind", "typed", "normalised"), FORMATS)
def test_a_sighting_of_each_uk_format_is_stored_normalised(world, session, kind, typed, normalised):
    services.record_sighting(world.volunteers[0], session, entry(session, typed.lower()))
    assert [sighting.registration for sighting in sightings_of(session)] == [normalised]


@pytest.mark.parametrize("typed", ["ab12cde", " AB12 CDE ", "a b 1 2 c d e", "ab12\tcde", "AB12\u00a0CDE"])
def test_a_registration_is_upper_cased_and_loses_its_spaces(world, session, typed):
    assert plates.normalise(typed) == "AB12CDE"
    services.record_sighting(world.volunteers[0], session, entry(session, typed))
    assert sightings_of(session)[0].registration == "AB12CDE"


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("'; DROP TABLE", "';DROPTABLE"),
        ("ABCD123", "ABCD123"),
        ("12345A", "12345A"),
        ("AB12-CDE", "AB12-CDE"),
        ("A1B2C3", "A1B2C3"),
        ("<script>", "<SCRIPT>"),
        # Cut short in the message.
        ("<script>alert(1)</script>", "<SCRIPT>ALER…"),
    ],
)
def test_something_that_is_not_a_plate_is_refused_saying_so(world, session, typed, shown):
    assert _refusal(world, session, typed) == [f"{shown} is not a UK registration: check it"]


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("AB12CDEF", "AB12CDEF"), ("NOTAPLATE", "NOTAPLATE"), ("AB12CDE" * 5, "AB12CDEAB12C…")],
)
def test_letters_and_numbers_too_many_for_a_plate_are_refused_saying_how_many_it_has(world, session, typed, shown):
    assert _refusal(world, session, typed) == [
        f"{shown} is not a UK registration: they have at most 7 letters and numbers"
    ]


@pytest.mark.parametrize("typed", ["", "   ", None, 1234])
def test_a_missing_registration_is_asked_for(world, session, typed):
    assert _refusal(world, session, typed) == ["Enter the registration"]


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("АВ12 СDЕ", "АВ12СDЕ"),  # Cyrillic А, В, С and Е
        ("ΑΒ12 CDE", "ΑΒ12CDE"),  # Greek Alpha and Beta
        ("ＡＢ１２ ＣＤＥ", "ＡＢ１２ＣＤＥ"),  # full-width letters and digits
        # Letters whose upper case is plain ASCII: they must not turn into a plate.
        ("ab12 cdı", "AB12CDı"),  # dotless i → I
        ("ſ1", "ſ1"),  # long s → S
        ("ﬀ1", "ﬀ1"),  # the ligature ff → FF
        ("ß1", "ß1"),  # sharp s → SS
    ],
)
def test_look_alike_characters_are_not_taken_for_a_plate(world, session, typed, normalised):
    assert plates.normalise(typed) == normalised
    assert not plates.is_uk_registration(plates.normalise(typed))
    assert _refusal(world, session, typed) == [f"{normalised} is not a UK registration: check it"]


def test_plates_are_displayed_with_the_space_where_it_is_printed():
    assert [plates.displayed(plate) for plate in ("AB12CDE", "A123BCD", "ABC123D", "AB1234", "1234AB", "AIZ1234")] == [
        "AB12 CDE",
        "A123 BCD",
        "ABC 123D",
        "AB 1234",
        "1234 AB",
        "AIZ 1234",
    ]
