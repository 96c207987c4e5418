"""Scoring: Kahoot!'s speed formula, difficulty multiplier, streak bonus."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.engine.scoring import (
    BASE_POINTS,
    DIFFICULTY_MULTIPLIER,
    SCORING_HELP,
    points_for,
    speed_points,
    streak_bonus,
)

limits = st.floats(min_value=1, max_value=600)
bases = st.integers(min_value=1, max_value=2000)


def test_kahoot_formula_examples() -> None:
    # Half the timer used: three quarters of the points.
    assert speed_points(10, 20) == 750
    assert speed_points(5, 20) == 875
    assert speed_points(0.4, 20) == 1000  # under half a second: full points
    assert speed_points(20, 20) == 500
    assert speed_points(10, 20, base=2000) == 1500


@settings(derandomize=True)
@given(elapsed=st.floats(min_value=0, max_value=600), limit=limits, base=bases)
def test_a_correct_answer_in_time_never_earns_less_than_half(
    elapsed: float, limit: float, base: int
) -> None:
    points = speed_points(min(elapsed, limit), limit, base)
    assert base / 2 <= points <= base


@settings(derandomize=True)
@given(a=st.floats(min_value=0, max_value=600), b=st.floats(min_value=0, max_value=600),
       limit=limits, base=bases)  # fmt: skip
def test_answering_faster_never_scores_less(a: float, b: float, limit: float, base: int) -> None:
    early, late = sorted((min(a, limit), min(b, limit)))
    assert speed_points(early, limit, base) >= speed_points(late, limit, base)
    kwargs = {"credit": 1.0, "limit": limit, "difficulty": "hard", "streak": 3, "base": base}
    assert points_for(elapsed=early, **kwargs) >= points_for(elapsed=late, **kwargs)


@settings(derandomize=True)
@given(
    elapsed=st.floats(min_value=0, max_value=600),
    limit=st.none() | limits,
    difficulty=st.sampled_from(sorted(DIFFICULTY_MULTIPLIER)),
    streak=st.integers(min_value=0, max_value=50),
    base=st.integers(min_value=0, max_value=2000),
)
def test_a_wrong_answer_scores_nothing(
    elapsed: float, limit: float | None, difficulty: str, streak: int, base: int
) -> None:
    assert (
        points_for(
            credit=0.0, elapsed=elapsed, limit=limit, difficulty=difficulty, streak=streak,
            base=base,
        )
        == 0
    )  # fmt: skip


@settings(derandomize=True)
@given(limit=limits, over=st.floats(min_value=0, max_value=100))
def test_a_late_answer_scores_nothing_even_if_right(limit: float, over: float) -> None:
    assert (
        points_for(credit=1.0, elapsed=limit + over, limit=limit, difficulty="easy", streak=5) == 0
    )


def test_streak_bonus_grows_by_100_from_the_second_answer_and_caps_at_500() -> None:
    assert [streak_bonus(n) for n in range(9)] == [0, 0, 100, 200, 300, 400, 500, 500, 500]


def test_difficulty_multiplies_speed_points_and_the_bonus_is_added_after() -> None:
    easy = points_for(credit=1.0, elapsed=10, limit=20, difficulty="easy", streak=1)
    medium = points_for(credit=1.0, elapsed=10, limit=20, difficulty="medium", streak=1)
    hard_streak = points_for(credit=1.0, elapsed=10, limit=20, difficulty="hard", streak=3)
    assert (easy, medium) == (750, round(750 * DIFFICULTY_MULTIPLIER["medium"]))
    assert hard_streak == round(750 * DIFFICULTY_MULTIPLIER["hard"]) + 200


def test_relaxed_mode_gives_flat_points_whatever_the_time() -> None:
    fast = points_for(credit=1.0, elapsed=0.1, limit=None, difficulty="easy", streak=1)
    slow = points_for(credit=1.0, elapsed=500, limit=None, difficulty="easy", streak=1)
    assert fast == slow == BASE_POINTS


def test_partial_credit_scales_points_without_a_streak_bonus() -> None:
    half = points_for(credit=0.5, elapsed=0, limit=None, difficulty="easy", streak=4)
    assert half == BASE_POINTS // 2


def test_no_points_and_double_points_questions() -> None:
    assert points_for(credit=1.0, elapsed=1, limit=20, difficulty="hard", streak=4, base=0) == 0
    double = points_for(credit=1.0, elapsed=10, limit=20, difficulty="easy", streak=1, base=2000)
    assert double == 1500


@pytest.mark.parametrize("word", ["Kahoot", "x1.5", "+500", "relaxed", "sudden-death", "partial"])
def test_help_text_explains_the_rules(word: str) -> None:
    assert word in SCORING_HELP
