"""Complementary suppression: no withheld count can be worked out by subtracting the figures shown
from a total shown, across areas, across months, or across the parts of a measure."""

from datetime import date

from volunteers.transparency.suppression import complements

JAN, FEB = date(2026, 1, 1), date(2026, 2, 1)
ADDITIVE = {("watch", "received"), ("watch", "actioned"), ("watch", "rejected")}
PARTS = {("watch", "actioned"): "received", ("watch", "rejected"): "received"}


def test_a_second_area_is_withheld_when_one_area_is_small_and_the_force_total_shown():
    values = {("watch", "received", 1, None): 3, ("watch", "received", 2, None): 9, ("watch", "received", 3, None): 7}
    values[("watch", "received", None, None)] = 19
    assert complements(values, ADDITIVE, {}) == {("watch", "received", 3, None)}


def test_the_total_is_withheld_when_no_other_part_above_zero_can_hide_the_small_one():
    """People counted once per kind: the force's 6 volunteers are not the sum of its areas."""
    values = {("watch", "received", 1, None): 3, ("watch", "received", 2, None): 0}
    values[("watch", "received", None, None)] = 6
    assert complements(values, ADDITIVE, {}) == {("watch", "received", None, None)}


def test_a_small_month_hides_another_month_of_its_area():
    values = {
        ("watch", "received", 1, JAN): 2,
        ("watch", "received", 1, FEB): 6,
        ("watch", "received", 1, None): 8,
    }
    assert complements(values, ADDITIVE, {}) == {("watch", "received", 1, FEB)}


def test_a_small_outcome_hides_another_outcome_of_the_same_reports():
    values = {
        ("watch", "received", 1, None): 12,
        ("watch", "actioned", 1, None): 2,
        ("watch", "rejected", 1, None): 10,
    }
    assert complements(values, ADDITIVE, PARTS) == {("watch", "rejected", 1, None)}


def test_two_small_figures_in_a_line_need_nothing_more():
    values = {
        ("watch", "received", 1, None): 2,
        ("watch", "received", 2, None): 3,
        ("watch", "received", 3, None): 9,
        ("watch", "received", None, None): 14,
    }
    assert complements(values, ADDITIVE, {}) == set()


def test_medians_and_other_figures_that_do_not_add_up_are_left_alone():
    values = {("watch", "median", 1, None): 2.5, ("watch", "median", 2, None): 9, ("watch", "median", None, None): 4}
    assert complements(values, ADDITIVE, {}) == set()
