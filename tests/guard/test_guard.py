"""Tests for the guard (volunteers/guard), on Neighbourhood Watch reports."""

from __future__ import annotations

import dataclasses
import time
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.guard.batches import NEVER_TUNED, SPENT
from tests.guard.guard_corpus import (
    CASES,
    FIFTH_HELD_OUT,
    FOURTH_HELD_OUT,
    HELD_OUT,
    NOW,
    SEVENTH_HELD_OUT,
    SIXTH_HELD_OUT,
    Case,
    score,
    screen_case,
)
from volunteers.guard import (
    FLAG_KINDS,
    Flag,
    GuardRules,
    PriorReport,
    default_rules,
    extract_targets,
    is_urgent,
    load_rules,
    screen,
    screen_with_history,
)
from volunteers.guard.targets import Scan


def kinds(flags: list[Flag]) -> set[str]:
    return {f.kind for f in flags}


def evidence(flags: list[Flag], kind: str) -> tuple[str, ...]:
    return next((f.evidence for f in flags if f.kind == kind), ())


def prior(days_ago: float, reporter_id: int, text: str, location: str = "", rules=None) -> PriorReport:
    return PriorReport(NOW - timedelta(days=days_ago), reporter_id, extract_targets(text, location, rules))


def write_rules(tmp_path, text: str, name: str = "force.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ---- the labelled corpus -------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_corpus_report_gets_exactly_the_expected_flags_and_evidence(case: Case):
    flags = screen_case(case)
    assert kinds(flags) == set(case.expect), [f.as_dict() for f in flags]
    for kind, words in case.evidence.items():
        assert set(words) <= set(evidence(flags, kind)), (kind, evidence(flags, kind))


def test_corpus_has_enough_realistic_reports_and_covers_every_kind():
    assert len(CASES) >= 40
    assert sum(1 for c in CASES if not c.expect) >= 30
    for kind in FLAG_KINDS:
        assert sum(1 for c in CASES if kind in c.expect) >= 3, kind


def test_precision_and_recall_are_at_least_90_percent_overall_and_per_kind():
    result = score(CASES)
    print("\nguard on the development corpus\n" + result.table())
    for mistake in result.mistakes:
        print("  " + mistake)
    assert result.precision() >= 0.9 and result.recall() >= 0.9
    for kind in FLAG_KINDS:
        if sum(1 for c in CASES if kind in c.expect) >= 5:
            assert result.precision(kind) >= 0.9, kind
            assert result.recall(kind) >= 0.9, kind


def test_third_held_out_batch_has_not_regressed():
    # The third batch was held out, then its misses were used to write more general rules: it
    # no longer measures anything, but losing what it taught should still fail.
    result = score(HELD_OUT)
    print("\nguard on the third held-out batch (used to tune since)\n" + result.table())
    for mistake in result.mistakes:
        print("  " + mistake)
    assert result.precision() >= 0.95 and result.recall() >= 0.95


def test_fourth_held_out_batch_is_scored_and_printed():
    # Reports never used to tune the rules (though one mistake of a new name pass was found
    # through them and fixed). Printed, and held just below the figures they give now
    # (precision 0.929, recall 0.825; confrontation recall 0.667, danger recall 0.909), so one
    # more mistake fails; they are not required to reach the development corpus's 0.9.
    result = score(FOURTH_HELD_OUT)
    print("\nguard on the fourth held-out batch\n" + result.table())
    for mistake in result.mistakes:
        print("  " + mistake)
    assert result.precision() >= 0.92 and result.recall() >= 0.81
    assert result.recall("confrontation") >= 0.65 and result.recall("danger") >= 0.85


def test_fifth_held_out_batch_has_not_regressed():
    # Held out when written, scored once (precision 0.887, recall 0.595), then used to tune the
    # rules: it no longer measures anything, but losing what it taught should still fail, and so
    # should losing the urgency of its threats and plans for tonight.
    result = score(FIFTH_HELD_OUT)
    print("\nguard on the fifth held-out batch (used to tune since)\n" + result.table())
    for mistake in result.mistakes:
        print("  " + mistake)
    assert result.precision() >= 0.95 and result.recall() >= 0.95
    assert result.urgent_precision() >= 0.95 and result.urgent_recall() >= 0.95


def test_sixth_held_out_batch_has_not_regressed():
    # Written with the fifth and never tuned on until it was scored (precision 0.945, recall 0.598
    # after the fifth batch's tuning), then spent: used to make the rules more general. It no
    # longer measures anything, but losing what it taught should still fail.
    result = score(SIXTH_HELD_OUT)
    print("\nguard on the sixth held-out batch (used to tune since)\n" + result.table())
    for mistake in result.mistakes:
        print("  " + mistake)
    assert result.precision() >= 0.95 and result.recall() >= 0.95
    assert result.urgent_precision() >= 0.95 and result.urgent_recall() >= 0.95


def test_seventh_held_out_batch_has_not_regressed():
    # Written before any rule was changed for it and scored once (precision 0.984, recall 0.741
    # after the sixth batch's tuning), then spent: used to make the rules more general. It no
    # longer measures anything, but losing what it taught should still fail.
    result = score(SEVENTH_HELD_OUT)
    print("\nguard on the seventh held-out batch (used to tune since)\n" + result.table())
    for mistake in result.mistakes:
        print("  " + mistake)
    assert result.precision() >= 0.95 and result.recall() >= 0.95
    assert result.urgent_precision() >= 0.95 and result.urgent_recall() >= 0.95


# The least urgency precision and recall each spent batch must keep (tests/guard/batches.py).
SPENT_URGENCY = {"eighth": (0.95, 0.8), "ninth": (0.9, 0.85), "tenth": (0.85, 0.75), "eleventh": (0.95, 0.9)}


@pytest.mark.parametrize("name", SPENT)
def test_batches_spent_since_have_not_regressed(name):
    # Written by people who had not seen the rules and scored only as tables while they were the
    # honest measure (eighth 0.942 / 0.628, ninth 0.933 / 0.675, tenth 0.899 / 0.704, eleventh
    # 0.914 / 0.762 when spent), then spent once newer batches existed: their mistakes made the
    # rules more general and the model trains on them. They no longer measure anything, but
    # losing what they taught should still fail.
    batch, (least_urgent_precision, least_urgent_recall) = SPENT[name], SPENT_URGENCY[name]
    result = score(batch)
    print("\nguard on a held-out batch used to tune since\n" + result.table())
    for mistake in result.mistakes:
        print("  " + mistake)
    assert result.precision() >= 0.95 and result.recall() >= 0.9
    assert result.urgent_precision() >= least_urgent_precision
    assert result.urgent_recall() >= least_urgent_recall


# The least precision, recall and urgency recall each batch nobody tuned on must keep.
NEVER_TUNED_LEAST = {"twelfth": (0.9, 0.76, 0.63), "thirteenth": (0.89, 0.77, 0.68), "fourteenth": (0.91, 0.77, 0.66)}


def test_every_written_batch_has_its_floor():
    # A batch moved from NEVER_TUNED to SPENT (or a new one written) must say what it keeps.
    assert SPENT_URGENCY.keys() == SPENT.keys()
    assert NEVER_TUNED_LEAST.keys() == NEVER_TUNED.keys()


@pytest.mark.parametrize("name", NEVER_TUNED)
def test_batches_nobody_tuned_on_are_scored_without_their_mistakes(name):
    # Written by people who had not seen the rules and never used to tune them or train the
    # model: the honest estimate. Only their tables are printed (printing their mistakes would
    # invite tuning on them). Held just below the figures they give now (twelfth 0.909 / 0.773,
    # urgency recall 0.648; thirteenth 0.899 / 0.786, 0.691; fourteenth 0.919 / 0.777, 0.667),
    # so a little more loss fails. Below the 0.9 target for recall.
    batch, (least_precision, least_recall, least_urgent_recall) = NEVER_TUNED[name], NEVER_TUNED_LEAST[name]
    result = score(batch)
    print("\nguard on a batch nobody tuned on\n" + result.table())
    assert result.precision() >= least_precision and result.recall() >= least_recall
    assert result.urgent_recall() >= least_urgent_recall


# ---- the shape of the answer ---------------------------------------------------------------


def test_ordinary_report_gets_no_flags():
    assert screen("Streetlight out at the junction of Park Road and Elm Grove.") == []


def test_flags_come_in_flag_kinds_order_with_at_most_one_per_kind():
    text = (
        "There's a man with a knife at 14 Easington Way right now, he's a nonce, "
        "the Asian lads are with him and we'll sort him out."
    )
    flags = screen(text)
    found = [f.kind for f in flags]
    assert found == [k for k in FLAG_KINDS if k in found]
    assert len(found) == len(set(found))
    assert {"identifies_person", "accusation", "confrontation", "identity_suspicion", "danger"} <= set(found)


def test_evidence_is_quoted_exactly_as_written():
    flags = screen("THE MAN AT NUMBER 12 is a N0NCE and he’s a dealer", location="Birch Grove")
    assert evidence(flags, "identifies_person") == ("THE MAN AT NUMBER 12",)
    assert evidence(flags, "accusation") == ("N0NCE", "he’s a dealer")


def test_evidence_is_deduplicated_in_order_of_appearance():
    flags = screen("Nonce. Scum. nonce again, NONCE, scum")
    assert evidence(flags, "accusation") == ("Nonce", "Scum")


def test_location_is_screened_after_the_text():
    flags = screen("The lad there is a dealer.", location="outside 14 Easington Way")
    assert evidence(flags, "identifies_person") == ("14 Easington Way",)


def test_flag_as_dict_gives_kind_and_evidence_list():
    flag = Flag("danger", ("knife", "right now"))
    assert flag.as_dict() == {"kind": "danger", "evidence": ["knife", "right now"]}


def test_is_urgent_with_a_danger_flag_whether_flags_or_dicts():
    assert is_urgent(screen("He has a knife and he's outside my door right now"))
    assert not is_urgent(screen("the man at number 12 is a nonce"))
    assert is_urgent([{"kind": "danger", "evidence": ["gun"]}])
    assert not is_urgent([])


def test_a_confrontation_planned_for_tonight_is_urgent_and_quotes_the_time():
    flags = screen("We're going round there tonight to have it out with him.")
    assert "tonight" in evidence(flags, "confrontation")
    assert is_urgent(flags)


@pytest.mark.parametrize(
    "text",
    [
        "He'll get what's coming to him.",
        "Someone should smash his windows in.",
        "We need to run that lot out of the village.",
        "That lad is asking for a kicking.",
    ],
)
def test_a_threat_is_urgent_without_a_time(text):
    flags = screen(text)
    assert "confrontation" in kinds(flags)
    assert is_urgent(flags)


@pytest.mark.parametrize(
    "text",
    [
        "We should start doing our own patrols round the estate.",
        "Let's name and shame them on the Facebook page.",
        "We followed them home to see where they live.",
    ],
)
def test_a_confrontation_that_is_neither_a_threat_nor_soon_is_flagged_but_not_urgent(text):
    flags = screen(text)
    assert "confrontation" in kinds(flags)
    assert not is_urgent(flags)


def test_a_near_time_outside_a_confrontation_does_not_make_a_report_urgent():
    flags = screen("Speed Watch session tonight at 7 on Front Street, and the litter pick is tomorrow.")
    assert flags == [] and not is_urgent(flags)


def test_stored_confrontation_flags_are_judged_again_by_their_evidence():
    assert is_urgent([{"kind": "confrontation", "evidence": ["go round there", "tonight"]}])
    assert is_urgent([{"kind": "confrontation", "evidence": ["give him a good hiding"]}])
    assert not is_urgent([{"kind": "confrontation", "evidence": ["name and shame"]}])


def test_a_force_can_add_a_near_time(tmp_path):
    rules = load_rules(write_rules(tmp_path, '[urgency]\nnear_time = ["after bingo"]\n'))
    text = "We'll go round there after bingo and have it out with him."
    assert is_urgent(screen(text, rules=rules), rules)
    assert not is_urgent(screen(text))


# ---- identifying people and targets ------------------------------------------------------


@pytest.mark.parametrize(
    "text, location",
    [
        ("the new lot at 14 Easington Way", ""),
        ("14 easington way", ""),
        ("No. 14 Easington Way", ""),
        ("number 14 again", "Easington Way"),
        ("outside no.14", "Easington Way estate"),
        ("14, Easington Way", ""),
    ],
)
def test_same_house_written_differently_gives_the_same_target(text, location):
    assert "address:14 easington way" in extract_targets(text, location)


def test_street_abbreviations_give_the_same_target():
    assert extract_targets("outside 3 Park Rd") == extract_targets("outside 3 park road")


@pytest.mark.parametrize("written", ["ab12 cde", "AB12CDE", "AB12 CDE", "Ab12 cDe"])
def test_plates_are_normalised_to_upper_case_without_spaces(written):
    assert extract_targets(f"silver car {written} parked on the verge") == {"plate:AB12CDE"}


def test_named_people_become_person_targets():
    targets = extract_targets("Dave Smith and Mr. Patel were arguing")
    assert {"person:dave smith", "person:mr patel"} <= targets


def test_bare_house_number_without_any_street_is_still_a_target():
    assert extract_targets("the family at number 9 again") == {"address:9"}


@pytest.mark.parametrize(
    "text",
    [
        "The A30 was closed and the M25 was jammed.",
        "B&Q car park, 30mph signs, COVID19 rules and the A1 near Newton Aycliffe.",
        "Speed Watch on Front Street, Tesco and the Co-op, a man and two youths, the driver.",
        "Park Road, Elm Grove and Mill Lane all had bins out.",
        "Ring 101 or 0800 555 111, or NHS 111.",
        "Meeting at 7pm, number of cars was 12, 3 lads walked down the lane.",
    ],
)
def test_places_roads_shops_and_generic_people_do_not_identify_anyone(text):
    assert "identifies_person" not in kinds(screen(text))


@pytest.mark.parametrize(
    "text, quoted",
    [
        ("Mr Patel shouts at the kids", "Mr Patel"),
        ("a lad called Jordan", "called Jordan"),
        ("Dave from number 4 saw it", "Dave from number 4"),
        ("I saw Gary Hughes there", "Gary Hughes"),
        ("the woman at no. 7", "the woman at no. 7"),
        ("parked outside 9 Elm Grove", "9 Elm Grove"),
        ("reg YR09 KLM", "YR09 KLM"),
        ("an old Fiesta F123 ABC", "F123 ABC"),
        ("a Triumph Stag, plate: ABC 1", "ABC 1"),
    ],
)
def test_names_house_numbers_and_plates_identify_a_person(text, quoted):
    assert quoted in evidence(screen(text), "identifies_person")


@pytest.mark.parametrize(
    "text, is_house",
    [
        ("the woman at 5 is always shouting", True),
        ("the lads from 12 were on the wall", True),
        ("the lads at 5 o'clock were noisy", False),
        ("the kids at 7.30 in the morning", False),
        ("the family at 5 or 6 in the morning", False),
        ("a boy of 12 on a scooter", False),
        ("the man in 3 rows back", False),
    ],
)
def test_a_bare_number_after_the_person_is_a_house_only_when_it_is_not_a_time(text, is_house):
    assert ("identifies_person" in kinds(screen(text))) is is_house


@pytest.mark.parametrize(
    "text, quoted",
    [
        ("Sharon who works at the Co-op said so", "Sharon who works at the Co-op"),
        ("I spoke to Nisha from the flats", "Nisha from the flats"),
        ("kev from the garage says his van was done", "kev from the garage"),
        ("Gary at the chippy saw it", "Gary at the chippy"),
        ("Our Shannon who works in the chippy says so", "Shannon who works in the chippy"),
    ],
)
def test_a_first_name_with_where_the_person_works_or_lives_identifies_them(text, quoted):
    assert quoted in evidence(screen(text), "identifies_person")


@pytest.mark.parametrize(
    "text, quoted",
    [
        (
            "the young lad who works the fryer at the chippy on Dock Street parks across the kerb",
            "the young lad who works the fryer at the chippy",
        ),
        ("Her off the nail bar on Lark Lane parks on the zigzags", "Her off the nail bar"),
        (
            "The lady in the corner house at the top of Fernhill Road has a bonfire going",
            "The lady in the corner house",
        ),
        ("Whoever lives in the flat above the bookies on Bridge Street drops ash", "Whoever lives in the flat"),
    ],
)
def test_someone_pinned_by_where_they_work_or_live_on_a_named_street_is_identified(text, quoted):
    assert quoted in evidence(screen(text), "identifies_person")


@pytest.mark.parametrize(
    "text",
    [
        "The man who runs the chippy was very helpful.",
        "The chippy on Dock Street has a new menu.",
        "Someone from the flats said the lift is broken again.",
    ],
)
def test_a_place_without_a_named_street_does_not_pin_anyone(text):
    assert "identifies_person" not in kinds(screen(text))


@pytest.mark.parametrize(
    ("text", "quoted", "target"),
    [
        ("I know it's the woman at Rowan Cottage poisoning the cats.", "Rowan Cottage", "address:rowan cottage"),
        ("It'll be him at Netherton Mains, he has the trailer.", "Netherton Mains", "address:netherton mains"),
        ("The Johnstone boys from Braeside Farm took the quad.", "Braeside Farm", "address:braeside farm"),
        ("The family in the Old Manse shout at the kids.", "Old Manse", "address:old manse"),
    ],
)
def test_someone_pinned_to_a_house_known_by_its_name_is_identified(text, quoted, target):
    assert any(quoted in words for words in evidence(screen(text), "identifies_person"))
    assert target in extract_targets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sheep out on the road by Manor Farm again.",
        "The lad at Holly Farm Shop gave me the wrong change.",
        "Someone from Whitelee Wind Farm rang about the gate.",
        "The man from Old Farm Lane said the lights are out.",
        "the family at rowan cottage have moved in.",
    ],
)
def test_a_named_house_alone_a_business_or_a_street_is_no_address(text):
    assert not any(target.startswith("address:") for target in extract_targets(text))


@pytest.mark.parametrize(
    "text",
    [
        "Staff from the Co-op said the cash machine is broken",
        "The Lads from the football club cleared the snow",
        "Chips from the chippy were cold again",
    ],
)
def test_people_described_only_by_where_they_work_are_not_named(text):
    assert "identifies_person" not in kinds(screen(text))


def test_a_lower_case_name_counts_only_when_the_writer_capitalises_no_name():
    assert extract_targets("saw darren hughes on his quad again") == {"person:darren hughes"}
    assert extract_targets("Saw darren hughes on the quad by the Co-op on Mill Lane") == frozenset()
    assert screen("carol singers on the estate, dave said they were lovely, nick bikes everywhere") == []


def test_police_officers_and_councillors_are_not_private_individuals():
    assert screen("Thanks to PC Jones, Sgt Mark Bell and Cllr Janet Brown for coming.") == []


def test_title_case_subject_lines_are_not_read_as_names():
    assert screen("Suspicious Van Seen Near Greenfield Primary Again Tonight") == []


# ---- accusations, confrontation, identity, danger ----------------------------------------


def test_neutral_mention_of_drug_dealing_is_not_an_accusation_but_pinning_it_is():
    assert screen("Cars stopping for short visits, possibly drug dealing.") == []
    assert "accusation" in kinds(screen("He's a dealer, everyone knows."))
    assert "accusation" in kinds(screen("They're dealing out of number 14."))


@pytest.mark.parametrize(
    "text",
    [
        "Number 22's lad has been robbing the cars on this street",
        "it's them at number 14 that are selling the weed",
        "bet it's number 9 again",
        "everyone knows it's Kyle Barnes who's been doing the sheds",
    ],
)
def test_a_crime_pinned_beside_a_name_or_a_house_is_an_accusation(text):
    assert "accusation" in kinds(screen(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kyle Robson and his mates were throwing stones at the bus shelter.",
        "Number 22's lad has been helping me with the shopping",
        "Somebody has been stealing parcels from number 4",
        "Number 4 has been burgled twice this year",
        "Everyone knows it's number 10 that has the best Christmas lights",
    ],
)
def test_a_witness_a_victim_or_praise_beside_a_name_or_a_house_is_not_an_accusation(text):
    assert "accusation" not in kinds(screen(text))


def test_a_phrase_can_require_its_apostrophe():
    # "we''re" in the rules matches "we're" but not "were": a witness says what they were doing
    assert "confrontation" in kinds(screen("we're egging their house on mischief night"))
    assert "confrontation" not in kinds(screen("they were egging their house on mischief night"))


@pytest.mark.parametrize(
    "word", ["paedo", "p*edo", "pedo", "paedophile", "n0nce", "noooonce", "sc*m", "pa3do", "smack-head"]
)
def test_disguised_slurs_are_still_accusations(word):
    assert "accusation" in kinds(screen(f"that {word} again"))


def test_words_that_merely_contain_a_slur_are_not_accusations():
    assert screen("The therapist in Scunthorpe uses a pedometer; nuance matters.") == []


def test_welfare_visit_is_not_a_confrontation_but_going_round_to_a_suspect_is():
    assert screen("Can someone go round there and check she's OK? Her curtains are still shut.") == []
    assert "confrontation" in kinds(screen("Let's go round there and have it out with him."))


def test_a_negated_confrontation_is_not_flagged():
    assert screen("We will not take matters into our own hands.") == []
    assert screen("Nobody should go round there.") == []
    assert "confrontation" in kinds(screen("If the police won't act, we'll sort him out."))


@pytest.mark.parametrize(
    "text",
    [
        "I'm letting his tyres down next time",
        "Somebody should key his car",
        "I've egged their house twice",
        "I'd pay someone to put a brick through his window",
    ],
)
def test_planning_or_boasting_of_damage_to_someones_belongings_is_a_confrontation(text):
    assert "confrontation" in kinds(screen(text))


@pytest.mark.parametrize(
    "text",
    [
        "Someone let his tyres down last night",
        "They were smashing their windows when I looked out",
        "Kids put a brick through her window, police have been told",
        "If they key his car again, ring 101",
    ],
)
def test_a_witness_reporting_damage_is_not_a_confrontation(text):
    assert "confrontation" not in kinds(screen(text))


def test_looking_for_someones_home_is_a_confrontation_unless_it_is_to_return_something():
    assert "confrontation" in kinds(screen("Anyone got his address?"))
    assert "confrontation" in kinds(screen("Going to find out where he lives."))
    assert "confrontation" not in kinds(screen("Found his wallet, anyone know where he lives so I can return it?"))


def test_going_out_to_find_someone_is_a_confrontation_but_searching_for_a_missing_child_is_not():
    assert "confrontation" in kinds(screen("Meet at the green at 9 and we'll go and find them."))
    assert "confrontation" not in kinds(screen("Two kids missing from the park, let's go and find them."))


def test_waiting_for_someone_is_lying_in_wait_but_waiting_for_the_council_is_not():
    assert "confrontation" in kinds(screen("I'll be waiting for him outside his house."))
    assert screen("We'll be waiting for the council to fix the light.") == []


def test_shaming_someone_online_is_a_confrontation():
    assert evidence(screen("Let's shame them online."), "confrontation") == ("Let's shame them online",)
    assert screen("It's a shame them kids have nowhere to go.") == []


def test_sending_a_plate_to_the_police_is_not_naming_and_shaming():
    assert "confrontation" not in kinds(screen("I'll post the reg to the police portal."))
    assert "confrontation" in kinds(screen("I'll post his reg on the estate group."))


def test_a_shop_described_by_identity_is_flagged_only_with_a_suspicion():
    assert screen("The Polish shop on the corner had its window smashed.") == []
    flags = screen("The Polish shop on the corner is behind it all, I bet.")
    assert evidence(flags, "identity_suspicion") == ("Polish shop",)


def test_a_hate_crime_victim_is_not_read_as_suspicion():
    assert screen("Two Muslim women were abused at the bus stop, please look out for them.") == []


def test_ethnic_slurs_raise_both_identity_suspicion_and_accusation():
    flags = screen("the pikeys are back")
    assert evidence(flags, "identity_suspicion") == ("pikeys",) == evidence(flags, "accusation")


@pytest.mark.parametrize(
    "text",
    [
        "knife crime awareness event at the library",
        "fireworks last night scared the dogs",
        "the gun club car park is full on Sundays",
        "the fire station open day",
        "ceasefire banners on the bridge",
        "Speed Watch volunteers need the speed gun charged",
        "suicide prevention training for volunteers",
        "cars on the bend put children in danger",
    ],
)
def test_danger_words_in_ordinary_contexts_are_not_danger(text):
    assert "danger" not in kinds(screen(text))


@pytest.mark.parametrize(
    "text, quoted",
    [
        ("he has a knife", "knife"),
        ("I want to kill myself", "kill myself"),
        ("the house is on fire", "on fire"),
        ("she's bleeding badly", "she's bleeding badly"),
        ("they are fighting outside right now", "right now"),
        ("he's threatening to kill her", "threatening to kill"),
        ("I've been self-harming", "self-harming"),
    ],
)
def test_immediate_danger_and_self_harm_are_flagged(text, quoted):
    assert quoted in evidence(screen(text), "danger")


@pytest.mark.parametrize(
    "text",
    [
        "I'm standing on the bridge and I can't do this any more",
        "She keeps saying she's got nothing left to live for",
        "He says everyone would be better off without him",
        "Our neighbour is lying in the garden and not moving",
        "My dad's collapsed and I can't wake him",
        "She's had a fall and can't get up",
        "Man sitting on the edge of the multi-storey car park roof",
    ],
)
def test_despair_and_someone_who_cannot_move_or_wake_are_danger(text):
    assert "danger" in kinds(screen(text))


@pytest.mark.parametrize(
    "text",
    [
        "The bench has been set on fire, there's just a burnt frame left.",
        "Chip pan fire on Elm Street was put out by the fire brigade, nobody hurt.",
        "Traffic not moving on the bypass again.",
        "The council isn't responding to our emails.",
        "I can't do this any more with the parking on our street.",
        "Sad to say goodbye to our PCSO, who is retiring.",
    ],
)
def test_a_fire_that_is_over_and_ordinary_frustration_are_not_danger(text):
    assert "danger" not in kinds(screen(text))


# ---- repeat targeting ------------------------------------------------------------------------


def test_third_report_about_a_house_within_30_days_from_one_reporter_is_repeat_targeting():
    history = [prior(3, 5, "the new lot at 14 Easington Way"), prior(20, 5, "No. 14 Easington Way again")]
    flags = screen("that nonce at number 14", "Easington Way", history=history, reporter_id=5, now=NOW)
    assert evidence(flags, "repeat_targeting") == (
        "14 Easington Way named in 3 reports in 30 days, from only 1 reporter",
    )


def test_screening_with_a_history_lookup_asks_for_the_reports_targets_and_flags_as_screen_does():
    history = [prior(3, 5, "the new lot at 14 Easington Way"), prior(20, 5, "No. 14 Easington Way again")]
    asked = []

    def history_for(targets):
        asked.append(targets)
        return history

    text, location = "that nonce at number 14 and AB12 CDE", "Easington Way"
    flags, targets = screen_with_history(text, location, history_for, reporter_id=5, now=NOW)
    assert asked == [targets] == [extract_targets(text, location)]
    assert targets == {"address:14 easington way", "plate:AB12CDE"}
    assert flags == screen(text, location, history=history, reporter_id=5, now=NOW)
    assert "repeat_targeting" in kinds(flags)


def test_reports_older_than_the_window_or_after_now_do_not_count():
    history = [prior(31, 5, "14 Easington Way"), prior(40, 5, "14 Easington Way"), prior(-2, 5, "14 Easington Way")]
    assert "repeat_targeting" not in kinds(screen("14 Easington Way", history=history, reporter_id=5, now=NOW))


def test_a_report_exactly_30_days_old_still_counts():
    history = [prior(30, 5, "14 Easington Way"), prior(1, 6, "14 Easington Way")]
    assert "repeat_targeting" in kinds(screen("14 Easington Way", history=history, reporter_id=7, now=NOW))


def test_two_reports_are_not_yet_repeat_targeting():
    history = [prior(3, 5, "14 Easington Way")]
    assert "repeat_targeting" not in kinds(screen("14 Easington Way", history=history, reporter_id=5, now=NOW))


def test_many_reporters_are_counted_without_saying_only():
    history = [prior(d, r, "car AB12 CDE again") for d, r in ((1, 1), (2, 2), (3, 3))]
    flags = screen("AB12 CDE outside the school", history=history, reporter_id=4, now=NOW)
    assert evidence(flags, "repeat_targeting") == ("AB12CDE named in 4 reports in 30 days, by 4 reporters",)


def test_repeat_targeting_thresholds_come_from_the_force_rules(tmp_path):
    rules = load_rules(write_rules(tmp_path, "[thresholds]\nrepeat_min_reports = 2\nrepeat_window_days = 7\n"))
    history = [prior(3, 5, "14 Easington Way", rules=rules), prior(10, 5, "14 Easington Way", rules=rules)]
    flags = screen("14 Easington Way", history=history, reporter_id=5, now=NOW, rules=rules)
    assert evidence(flags, "repeat_targeting") == (
        "14 Easington Way named in 2 reports in 7 days, from only 1 reporter",
    )


def test_naive_datetimes_are_taken_as_utc():
    naive_now = NOW.replace(tzinfo=None)
    history = [
        PriorReport(naive_now - timedelta(days=1), 5, frozenset({"address:14 easington way"})),
        PriorReport(NOW - timedelta(days=2), 5, frozenset({"address:14 easington way"})),
    ]
    assert "repeat_targeting" in kinds(screen("14 Easington Way", history=history, reporter_id=5, now=naive_now))


# ---- a force's own rules ------------------------------------------------------------------


def test_a_force_can_add_a_term_and_it_is_flagged(tmp_path):
    rules = load_rules(write_rules(tmp_path, '[accusation]\nterms = ["radge"]\n'))
    assert evidence(screen("that radge at the end", rules=rules), "accusation") == ("radge",)
    assert "accusation" not in kinds(screen("that radge at the end"))


def test_a_force_can_exclude_a_default_term_and_it_is_no_longer_flagged(tmp_path):
    rules = load_rules(write_rules(tmp_path, '[accusation]\nexclude = ["Chav"]\n'))
    assert "accusation" in kinds(screen("chavs on the field"))
    assert screen("chavs on the field", rules=rules) == []


def test_a_force_can_add_a_phrase_using_the_shared_classes(tmp_path):
    rules = load_rules(write_rules(tmp_path, '[confrontation]\nphrases = ["give {them} what for"]\n'))
    assert evidence(screen("we should give them what for", rules=rules), "confrontation") == ("give them what for",)


def test_force_files_merge_in_order(tmp_path):
    first = write_rules(tmp_path, '[danger]\nphrases = ["code red"]\n', "first.toml")
    second = write_rules(tmp_path, '[danger]\nexclude = ["code red"]\n', "second.toml")
    assert "danger" in kinds(screen("code red at the flats", rules=load_rules(first)))
    assert screen("code red at the flats", rules=load_rules(first, second)) == []


def test_a_text_finds_the_phrases_of_each_set_of_rules_it_is_read_with(tmp_path):
    """Where phrases can start in a text is remembered per set of rules (PhraseIndex): what the
    default rules found must not answer for a force's."""
    force = load_rules(write_rules(tmp_path, '[danger]\nphrases = ["code red"]\n'))
    scan = Scan("code red at the flats", default_rules())
    assert default_rules().kinds["danger"].phrases.spans(scan) == []
    assert force.kinds["danger"].phrases.spans(scan) == [(0, 8)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("they sent sos now", True),
        ("they sent SOS now", True),
        ("they sent sos later", False),
        ("they sent the café sos now", True),
        ("they sent the café a text now", False),
        # IGNORECASE matches a long s to an s, which lower case does not: not plain ASCII, so searched.
        ("they sent \u017fo\u017f now", True),
    ],
)
def test_a_phrase_that_can_start_at_any_word_is_found_whatever_the_text_is_written_in(tmp_path, text, found):
    """A phrase that can start at any word is searched for only in a text holding a word it needs
    ("sos"); a text that is not plain ASCII is always searched."""
    force = load_rules(write_rules(tmp_path, '[danger]\nphrases = ["_ sos now"]\n'))
    assert ("danger" in kinds(screen(text, rules=force))) is found


@pytest.mark.parametrize(
    "content, complaint",
    [
        ("[accusation\nterms = [", "not valid TOML"),
        ('[accusation]\nterm = ["x"]\n', "unknown key 'accusation.term'"),
        ('[thresholds]\nrepeat_window_days = "thirty"\n', "thresholds.repeat_window_days"),
        ('[confrontation]\nphrases = ["sort {nobody} out"]\n', "unknown class {nobody}"),
        ('[confrontation]\nphrases = ["a|an? sort"]\n', "cannot start with an optional word"),
        ('[identifies_person.plates]\npatterns = ["[A-Z"]\n', "identifies_person.plates.patterns"),
        ('[[danger.rules]]\nrequires = ["now"]\n', "has no phrases"),
        ('[[danger.rules]]\nphrases = ["now"]\ntarget = "near"\n', 'target must be "before" or "after"'),
    ],
)
def test_a_malformed_rules_file_raises_value_error_naming_the_file(tmp_path, content, complaint):
    path = write_rules(tmp_path, content, "broken-force.toml")
    with pytest.raises(ValueError) as raised:
        load_rules(path)
    assert "broken-force.toml" in str(raised.value)
    assert complaint in str(raised.value)


def test_a_missing_rules_file_raises_value_error_naming_the_file(tmp_path):
    with pytest.raises(ValueError, match="nowhere.toml"):
        load_rules(tmp_path / "nowhere.toml")


def test_rules_are_loaded_once_and_cannot_be_changed():
    rules = default_rules()
    assert rules is default_rules()
    assert isinstance(rules, GuardRules)
    with pytest.raises(dataclasses.FrozenInstanceError):
        rules.repeat_window_days = 1  # type: ignore[misc]


# ---- robustness -------------------------------------------------------------------------------

# fmt: off
REPORT_WORDS = st.sampled_from(
    [
        "the", "man", "at", "number", "12", "No.", "14", "Easington", "Way", "he's", "a", "nonce",
        "we'll", "go", "round", "there", "Mr", "Patel", "AB12", "CDE", "knife", "right", "now",
        "Asian", "lads", "not", "from", "here", "p*edo", "'s", "-", "...", "?", ",", ".", "\n",
        "Dave", "Smith", "called", "reg", "fire", "on", "{them}", "|", "#", "Flat", "3", "ñandú",
        "Zoë", "مرحبا", "你好", "🙂", "\u2019", "\u00a0", "\x00",
    ]
)
# fmt: on


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), st.lists(REPORT_WORDS, max_size=120).map(" ".join)), st.text(max_size=60))
def test_screen_never_raises_and_returns_valid_flags(text, location):
    flags = screen(text, location)
    assert [f.kind for f in flags] == [k for k in FLAG_KINDS if k in {f.kind for f in flags}]
    for flag in flags:
        assert flag.evidence and all(isinstance(e, str) and e for e in flag.evidence)
        assert all(e in text or e in location for e in flag.evidence)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(REPORT_WORDS, min_size=1, max_size=40).map(" ".join))
def test_screening_20000_characters_stays_fast(chunk):
    text = (chunk * (20000 // max(1, len(chunk)) + 1))[:20000]
    start = time.perf_counter()
    screen(text, history=[PriorReport(NOW, 1, frozenset({"address:14 easington way"}))], now=NOW)
    assert time.perf_counter() - start < 3.0


@pytest.mark.parametrize(
    "text",
    [
        "a" * 20000,
        "'" * 20000,
        "- " * 10000,
        "Mr " * 6000,
        "number " * 3000,
        "the " * 5000,
        "we'll " * 3000,
        "Dave Smith " * 1800,
        "n" + "*" * 19999,
        "AB12 " * 4000,
        "1 " * 10000,
        "\n" * 20000,
    ],
)
def test_pathological_texts_do_not_backtrack_catastrophically(text):
    start = time.perf_counter()
    screen(text)
    assert time.perf_counter() - start < 3.0


def test_screen_accepts_empty_text_and_location():
    assert screen("") == []
    assert screen("", "") == []
    assert extract_targets("") == frozenset()
