"""Small statistics without scipy: a chi-square goodness-of-fit test against a table."""

from __future__ import annotations

import math
from collections.abc import Sequence

# Upper critical values of the chi-square distribution at p = 0.01, by degrees of freedom.
CHI2_CRITICAL_01 = {
    1: 6.635,
    2: 9.210,
    3: 11.345,
    4: 13.277,
    5: 15.086,
    6: 16.812,
    7: 18.475,
    8: 20.090,
    9: 21.666,
}
Z_01_ONE_SIDED = 2.326


def chi_square(observed: Sequence[int]) -> float:
    """Statistic for `observed` counts against a uniform expectation."""
    total = sum(observed)
    if total == 0:
        return 0.0
    expected = total / len(observed)
    return sum((o - expected) ** 2 / expected for o in observed)


def uniform_rejected(observed: Sequence[int]) -> bool | None:
    """True if the counts are not uniform at p = 0.01; None if too few to tell (< 5 per cell)."""
    df = len(observed) - 1
    if df < 1 or df not in CHI2_CRITICAL_01 or sum(observed) < 5 * len(observed):
        return None
    return chi_square(observed) > CHI2_CRITICAL_01[df]


def above_chance(hits: int, chances: Sequence[float]) -> tuple[float, bool]:
    """z-score of `hits` successes against independent trials with these probabilities, and
    whether it is significantly high (one-sided, p = 0.01)."""
    mean = sum(chances)
    var = sum(p * (1 - p) for p in chances)
    if var == 0:
        return 0.0, False
    z = (hits - mean) / math.sqrt(var)
    return z, z > Z_01_ONE_SIDED
