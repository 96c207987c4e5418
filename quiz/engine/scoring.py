"""Points for one answer: Kahoot!'s speed formula, a difficulty multiplier and a streak bonus.

Pure functions only; the round engine decides what counts as correct, late or partial.
"""

from __future__ import annotations

import math

BASE_POINTS = 1000
DIFFICULTY_MULTIPLIER: dict[str, float] = {"easy": 1.0, "medium": 1.5, "hard": 2.0}
# Kahoot! gives full points to any correct answer in the first half second.
FULL_POINTS_SECONDS = 0.5
STREAK_STEP = 100
STREAK_CAP = 500

SCORING_HELP = """\
Scoring

A correct answer earns points by speed (the Kahoot! formula):
  points = round((1 - (t / T) / 2) * P)
t = seconds you took, T = seconds allowed, P = 1000 base points
(a question can set its own base: 2000 for double points, 0 for a no-points question).
Answering within half a second earns the full P; a correct answer in time never earns
less than half of P. Wrong answers and answers after the timer ran out earn 0.

Difficulty multiplies those points: easy x1, medium x1.5, hard x2.

Answer streak: +100 for the 2nd correct answer in a row, +100 more for each one after,
up to +500. The bonus is added after the multiplier. A wrong, late or partly right
answer resets the streak; a no-points question neither adds to it nor resets it.

Numbers: an answer within the question's tolerance is correct. Just outside it you get
partial credit: half the points, falling in a straight line to nothing at three times
the tolerance (at least 3) beyond it. Partial credit earns no streak bonus.

Modes
  timed         the clock runs and speed counts (the formula above)
  relaxed       no timer; every correct answer earns the flat P x difficulty + streak
  sudden-death  timed, but the first answer that is not right (wrong, late or only
                partly right) ends the round
"""


def _round(value: float) -> int:
    """Round half up (Python's round() sends 0.5 to 0, which would break "never below half")."""
    return math.floor(value + 0.5)


def speed_points(elapsed: float, limit: float, base: int = BASE_POINTS) -> int:
    """Kahoot!'s points for a correct answer after `elapsed` of `limit` seconds.

    Never below half of `base` and never above it; 0 only when `base` is 0.
    """
    if base <= 0:
        return 0
    if limit <= 0 or not math.isfinite(elapsed) or elapsed <= FULL_POINTS_SECONDS:
        return base
    fraction = min(elapsed, limit) / limit
    return _round((1 - fraction / 2) * base)


def streak_bonus(streak: int) -> int:
    """Bonus for the `streak`-th correct answer in a row (this one included)."""
    if streak < 2:
        return 0
    return min((streak - 1) * STREAK_STEP, STREAK_CAP)


def points_for(
    *,
    credit: float,
    elapsed: float,
    limit: float | None,
    difficulty: str,
    streak: int,
    base: int = BASE_POINTS,
) -> int:
    """Total points for one answer.

    credit: 1 right, between 0 and 1 partly right (close numbers), 0 wrong or timed out.
    limit: seconds allowed, or None in relaxed mode (flat points, no speed factor).
    An answer later than `limit` scores 0 whatever its credit. The streak bonus is only
    added to fully right answers.
    """
    if base <= 0 or not credit > 0:
        return 0
    credit = min(credit, 1.0)
    elapsed = max(elapsed, 0.0)
    if limit is not None and elapsed >= limit:
        return 0
    speed = base if limit is None else speed_points(elapsed, limit, base)
    earned = speed * credit * DIFFICULTY_MULTIPLIER.get(difficulty, 1.0)
    bonus = streak_bonus(streak) if credit >= 1.0 else 0
    return _round(earned) + bonus
