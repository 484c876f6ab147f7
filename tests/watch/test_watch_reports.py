"""Sending, correcting and withdrawing reports: the guard's flags, stored targets, repeat targeting
and repeat victims, and who may send at all."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.factories import make_membership, make_scheme, make_user, record_check
from tests.watch.factories import FLAGGED_TEXT, ORDINARY_TEXT, details, make_report, make_watch_world
from volunteers import guard
from volunteers.db_types import utcnow
from volunteers.errors import DomainError
from volunteers.extensions import db
from volunteers.models import CheckKind, MembershipStatus, SchemeKind
from volunteers.permissions import PermissionDenied
from volunteers.personal_data import export_for
from volunteers.watch import screening, services
from volunteers.watch.models import Report, ReportStatus, ReportTarget, VictimRole


def _reports() -> list[Report]:
    return list(db.session.scalars(sa.select(Report).order_by(Report.id)))


# --- Sending -----------------------------------------------------------------------------------


def test_a_cleared_member_sends_a_report_that_awaits_review(world):
    report = services.submit_report(world.member, world.scheme, details())
    assert report.status == ReportStatus.SUBMITTED
    assert report.area_id == world.area.id and report.reporter_id == world.member.id
    assert report.version == 1 and len(report.versions) == 1
    assert report.flags == [] and not report.urgent


def test_the_guard_flags_go_with_a_report_sent_anyway_each_with_its_evidence(world):
    report = make_report(world.scheme, world.member, FLAGGED_TEXT)
    flags = {flag.kind: flag.evidence for flag in report.flags}
    assert set(flags) == {"identifies_person", "accusation", "confrontation"}
    assert "The man at number 12" in flags["identifies_person"]
    assert "nonce" in flags["accusation"]
    assert "go round there" in flags["confrontation"]
    assert report.flag_count == 3
    assert report.versions[0].flags == [flag.as_dict() for flag in report.flags]


def test_flagged_words_are_not_sent_until_the_writer_has_seen_what_was_found(world):
    with pytest.raises(services.FlagsToConfirm) as found:
        services.submit_report(world.member, world.scheme, details(FLAGGED_TEXT))
    assert {flag.kind for flag in found.value.flags} == {"identifies_person", "accusation", "confrontation"}
    assert _reports() == []

    report = services.submit_report(
        world.member, world.scheme, details(FLAGGED_TEXT), send_anyway=True, flags_seen=found.value.digest
    )
    assert report.flag_count == 3


def test_sending_anyway_after_changing_the_words_shows_the_new_flags_first(world):
    with pytest.raises(services.FlagsToConfirm) as first:
        services.submit_report(world.member, world.scheme, details("Dave Smith was shouting in the street."))
    changed = details("That scumbag was shouting in the street.")
    with pytest.raises(services.FlagsToConfirm) as second:
        services.submit_report(world.member, world.scheme, changed, send_anyway=True, flags_seen=first.value.digest)
    assert [flag.kind for flag in second.value.flags] == ["accusation"]
    assert _reports() == []


def test_rephrased_words_without_flags_are_sent_at_once(world):
    report = services.submit_report(world.member, world.scheme, details(ORDINARY_TEXT), flags_seen="stale")
    assert report.flags == []


def test_danger_makes_a_report_urgent(world):
    report = make_report(world.scheme, world.member, "Someone is waving a knife at people outside the shop.")
    assert report.urgent
    assert "danger" in report.flag_kinds()


def test_a_confrontation_planned_for_tonight_makes_a_report_urgent_but_a_grievance_does_not(world):
    planned = make_report(world.scheme, world.member, "A few of us are going round to his house tonight.")
    assert planned.urgent and "confrontation" in planned.flag_kinds()
    grievance = make_report(world.scheme, world.member, "We should start our own patrols round the estate.")
    assert not grievance.urgent and "confrontation" in grievance.flag_kinds()


def test_the_targets_a_report_names_are_stored_for_repeat_targeting(world):
    report = make_report(world.scheme, world.member, "Loud music from 14 Easington Way; a van AB12 CDE parked.")
    keys = sorted(target.key for target in report.targets)
    assert keys == ["address:14 easington way", "plate:AB12CDE"]
    assert all(target.area_id == world.area.id for target in report.targets)


def _name_the_house(world, reporter, days_ago: float, area_scheme=None):
    sent = utcnow() - timedelta(days=days_ago)
    return make_report(
        area_scheme or world.scheme,
        reporter,
        "Noise again from 14 Easington Way late at night.",
        now=sent,
        occurred_at=sent - timedelta(hours=1),
    )


def test_a_third_report_naming_one_house_in_30_days_is_flagged_as_repeat_targeting_from_few_reporters(world):
    _name_the_house(world, world.member, days_ago=20)
    second = _name_the_house(world, world.member, days_ago=10)
    assert "repeat_targeting" not in second.flag_kinds()
    third = _name_the_house(world, world.member, days_ago=0)
    evidence = next(flag.evidence for flag in third.flags if flag.kind == "repeat_targeting")
    assert evidence == ["14 Easington Way named in 3 reports in 30 days, from only 1 reporter"]


def test_reports_outside_the_window_or_the_area_do_not_count_towards_repeat_targeting(world):
    _name_the_house(world, world.member, days_ago=45)
    other_scheme = make_scheme(kind=SchemeKind.WATCH)
    neighbour_elsewhere = make_user()
    make_membership(neighbour_elsewhere, other_scheme)
    _name_the_house(world, neighbour_elsewhere, days_ago=5, area_scheme=other_scheme)
    _name_the_house(world, world.member, days_ago=5)
    latest = _name_the_house(world, world.member, days_ago=0)
    assert "repeat_targeting" not in latest.flag_kinds()


def test_withdrawn_reports_no_longer_count_towards_repeat_targeting(world):
    first = _name_the_house(world, world.member, days_ago=3)
    _name_the_house(world, world.member, days_ago=2)
    services.withdraw_report(world.member, first)
    assert db.session.scalar(sa.select(sa.func.count()).where(ReportTarget.report_id == first.id)) == 0
    assert "repeat_targeting" not in _name_the_house(world, world.member, days_ago=0).flag_kinds()


def test_repeat_targeting_is_for_officers_only_and_never_stops_the_writer(world):
    _name_the_house(world, world.member, days_ago=2)
    _name_the_house(world, world.member, days_ago=1)
    rules = guard.rules_for(world.force)
    seen = screening.writer_flags(rules, "Noise again from 14 Easington Way late at night.", "")
    assert "repeat_targeting" not in [flag.kind for flag in seen]
    text = "Noise again from 14 Easington Way late at night."
    with pytest.raises(services.FlagsToConfirm) as found:
        services.submit_report(world.member, world.scheme, details(text))
    assert [flag.kind for flag in found.value.flags] == ["identifies_person"]


def test_a_forces_own_rules_file_extends_the_guard(world, tmp_path):
    rules_file = tmp_path / "extra.toml"
    rules_file.write_text('[accusation]\nterms = ["wrong-un"]\n')
    world.force.settings = {"guard_rules_files": [str(rules_file)]}
    db.session.commit()
    report = make_report(world.scheme, world.member, "That wrong-un was hanging about by the shop.")
    assert "wrong-un" in next(flag.evidence for flag in report.flags if flag.kind == "accusation")


def test_a_broken_rules_file_falls_back_to_the_default_rules_and_says_so(world, tmp_path, caplog):
    rules_file = tmp_path / "broken.toml"
    rules_file.write_text("[accusation\n")
    world.force.settings = {"guard_rules_files": [str(rules_file)]}
    db.session.commit()
    report = make_report(world.scheme, world.member, FLAGGED_TEXT)
    assert "accusation" in report.flag_kinds()
    assert "guard rules not loaded" in caplog.text


def test_check_rules_names_a_force_whose_rules_file_cannot_be_used(world, app, tmp_path):
    good = app.test_cli_runner().invoke(args=["watch", "check-rules"])
    assert good.exit_code == 0 and "guard/rules.toml" in good.output
    rules_file = tmp_path / "broken.toml"
    rules_file.write_text('[accusation]\nwords = ["oops"]\n')
    world.force.settings = {"guard_rules_files": [str(rules_file)]}
    db.session.commit()
    broken = app.test_cli_runner().invoke(args=["watch", "check-rules", "--force", world.force.slug])
    assert broken.exit_code != 0
    assert world.force.slug in broken.output and "broken.toml" in broken.output


# --- Who may send ------------------------------------------------------------------------------


def test_a_suspended_member_cannot_send_a_report(world):
    membership = world.member.membership_of(world.scheme.id)
    membership.status = MembershipStatus.SUSPENDED
    db.session.commit()
    with pytest.raises(PermissionDenied):
        services.submit_report(world.member, world.scheme, details())
    assert _reports() == []


def test_a_member_whose_training_has_expired_cannot_send_a_report(world):
    membership = world.member.membership_of(world.scheme.id)
    record_check(membership, CheckKind.TRAINING, date.today() - timedelta(days=800), date.today() - timedelta(days=70))
    db.session.expire_all()
    with pytest.raises(PermissionDenied):
        services.submit_report(world.member, world.scheme, details())


def test_nobody_sends_a_watch_report_to_a_scheme_of_another_kind_or_one_they_are_not_in(world):
    speedwatch = make_scheme(world.area, SchemeKind.SPEEDWATCH)
    with pytest.raises(PermissionDenied):
        services.submit_report(world.member, speedwatch, details())
    make_membership(world.member, speedwatch)
    with pytest.raises(DomainError, match="is not a Neighbourhood Watch scheme") as refusal:
        services.submit_report(world.member, speedwatch, details())
    assert refusal.value.field == "scheme_id"
    with pytest.raises(PermissionDenied):
        services.submit_report(world.officer, world.scheme, details())
    assert db.session.query(Report).count() == 0


# --- What is written ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"text": ""}, "description"),
        ({"text": "   "}, "description"),
        ({"text": "x" * 20_000}, "description"),
        ({"occurred_at": utcnow() + timedelta(days=2)}, "occurred_at"),
        ({"occurred_at": utcnow() - timedelta(days=800)}, "occurred_at"),
        ({"occurred_at": None}, "occurred_at"),
        ({"category": "gossip"}, "category"),
        ({"location": ""}, "location"),
        ({"location": "x" * 300}, "location"),
        ({"map_point": "somewhere near the church"}, "map_point"),
        ({"map_point": "40.7128, -74.0060"}, "map_point"),
        ({"police_reference": "<script>"}, "police_reference"),
        ({"victim": "the neighbours"}, "victim"),
    ],
)
def test_a_report_with_bad_input_is_refused_with_a_reason_beside_the_field(world, changes, field):
    text = changes.pop("text", ORDINARY_TEXT)
    with pytest.raises(DomainError) as refused:
        services.submit_report(world.member, world.scheme, details(text, **changes))
    assert refused.value.field == field
    assert refused.value.message
    assert _reports() == []


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("51.50340,-0.1276", "51.50340, -0.12760"),
        (" 54.5973 ; -5.9301 ", "54.59730, -5.93010"),
        ("tq 30035 80415", "TQ 30035 80415"),
        ("SU1234", "SU 12 34"),
        ("", ""),
    ],
)
def test_a_map_point_is_kept_written_one_way(world, typed, stored):
    report = services.submit_report(world.member, world.scheme, details(map_point=typed))
    assert report.map_point == stored


def test_script_tags_and_nul_characters_are_kept_as_plain_text(world):
    report = services.submit_report(world.member, world.scheme, details("<script>alert('x')</script> by the\x00 park"))
    assert report.description == "<script>alert('x')</script> by the park"


# --- Corrections, replies and withdrawal -------------------------------------------------------


def test_a_correction_before_review_keeps_the_earlier_version_and_screens_again(world):
    report = services.submit_report(world.member, world.scheme, details())
    services.correct_report(world.member, report, details(FLAGGED_TEXT), send_anyway=True)
    db.session.refresh(report)
    assert report.version == 2 and report.status == ReportStatus.SUBMITTED
    assert [version.description for version in report.versions] == [ORDINARY_TEXT, FLAGGED_TEXT]
    assert report.versions[0].flags == []
    assert "accusation" in report.flag_kinds()
    services.correct_report(world.member, report, details(ORDINARY_TEXT))
    db.session.refresh(report)
    assert report.flags == [] and report.version == 3


def test_only_the_reporter_may_correct_and_only_before_a_decision(world):
    report = make_report(world.scheme, world.member)
    neighbour = make_user()
    make_membership(neighbour, world.scheme)
    with pytest.raises(PermissionDenied):
        services.correct_report(neighbour, report, details("Changed by someone else"))
    services.decide_report(
        world.officer,
        report,
        services.DecisionDetails("no_further_action", "Nothing more can be done about this one.", "Thank you."),
    )
    with pytest.raises(PermissionDenied):
        services.correct_report(world.member, report, details("Too late"))


def test_a_reply_to_an_officers_question_is_required_screened_and_sends_it_back_for_review(world):
    report = make_report(world.scheme, world.member)
    services.decide_report(
        world.officer,
        report,
        services.DecisionDetails(
            "needs_more_information", "Need the direction they went to check cameras.", "Which way did they go?"
        ),
    )
    assert report.status == ReportStatus.NEEDS_MORE_INFORMATION
    with pytest.raises(DomainError) as refused:
        services.correct_report(world.member, report, details())
    assert refused.value.field == "reply"

    reply = "Towards the park. Dave Smith saw them too."
    services.correct_report(world.member, report, details(), reply=reply, send_anyway=True)
    db.session.refresh(report)
    assert report.status == ReportStatus.SUBMITTED
    assert report.versions[-1].reply == "Towards the park. Dave Smith saw them too."
    assert "Dave Smith" in next(flag.evidence for flag in report.flags if flag.kind == "identifies_person")


def test_the_reporter_may_withdraw_an_open_report_with_a_reason_but_not_a_decided_one(world):
    report = make_report(world.scheme, world.member)
    services.withdraw_report(world.member, report, "It was the window cleaner.")
    assert report.status == ReportStatus.WITHDRAWN and report.withdrawal_reason == "It was the window cleaner."
    with pytest.raises(PermissionDenied):
        services.withdraw_report(world.member, report)
    decided = make_report(world.scheme, world.member)
    services.decide_report(
        world.officer,
        decided,
        services.DecisionDetails("no_further_action", "Nothing more can be done about this one.", "Thank you."),
    )
    with pytest.raises(PermissionDenied):
        services.withdraw_report(world.member, decided)


# --- Repeat victims ------------------------------------------------------------------------------


def test_the_third_report_by_a_victim_in_twelve_months_marks_them_a_repeat_victim(world):
    for days_ago in (300, 100):
        sent = utcnow() - timedelta(days=days_ago)
        make_report(world.scheme, world.member, now=sent, occurred_at=sent, victim=VictimRole.REPORTER.value)
    long_ago = utcnow() - timedelta(days=400)
    make_report(world.scheme, world.member, now=long_ago, occurred_at=long_ago, victim="reporter")
    third = make_report(world.scheme, world.member, victim="reporter")
    assert third.victim_key == f"reporter:{world.member.id}"
    assert third.victim_report_count == 3 and third.repeat_victim_detected and third.is_repeat_victim


def test_a_report_about_someone_else_is_matched_by_the_address_named(world):
    for _ in range(2):
        make_report(world.scheme, world.member, victim="someone_else", location="14 Easington Way, Northgate")
    other = make_user()
    make_membership(other, world.scheme)
    third = make_report(world.scheme, other, victim="someone_else", location="14 Easington Way")
    assert third.victim_key == "address:14 easington way"
    assert third.repeat_victim_detected


def test_the_same_address_in_another_area_is_another_victim(world):
    elsewhere = make_watch_world()
    for _ in range(2):
        make_report(elsewhere.scheme, elsewhere.member, victim="someone_else", location="14 Easington Way")
    report = make_report(world.scheme, world.member, victim="someone_else", location="14 Easington Way")
    assert report.victim_report_count == 1 and not report.repeat_victim_detected


def test_a_reporter_may_say_it_has_happened_before(world):
    report = make_report(world.scheme, world.member, victim="reporter", repeat_victim=True)
    assert report.repeat_victim_declared and report.is_repeat_victim and not report.repeat_victim_detected
    nobody = make_report(world.scheme, world.member, victim="none", repeat_victim=True)
    assert not nobody.is_repeat_victim


# --- Personal data -----------------------------------------------------------------------------


def test_a_members_data_download_holds_their_reports_without_officer_only_flags(world):
    for _ in range(2):
        _name_the_house(world, world.member, days_ago=1)
    _name_the_house(world, world.member, days_ago=0)
    other = make_report(world.scheme, make_member_of(world))
    exported = export_for(world.member)["watch"]["reports"]
    assert len(exported) == 3
    assert other.id not in [report["id"] for report in exported]
    kinds = [flag["kind"] for report in exported for version in report["versions"] for flag in version["flags"]]
    assert "identifies_person" in kinds and "repeat_targeting" not in kinds


def make_member_of(world):
    user = make_user()
    make_membership(user, world.scheme)
    return user
