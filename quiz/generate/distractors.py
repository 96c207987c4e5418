"""Wrong answers of the same kind as the key: other names from the facts, or numeric neighbours.

Every pick is O(k) in the number of distractors wanted, not in the size of the pool, so that
generation stays linear in the number of facts.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Collection, Iterable

from quiz.generate.text import bare, fold

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
GROUPS = "ABCDEFGH"
_SCORE = re.compile(r"^(\d+)-(\d+)$")
# A small pool is filtered whole; a large one is sampled by index with this many tries per pick.
_SMALL_POOL = 64
_TRIES = 12


def approx_tolerance(value: int) -> int:
    """How far off an answer to an approximate figure ('almost 14 months') may be."""
    return max(1, round(value * 0.1))


def _years(key: int) -> list[int]:
    return [key + d for d in (-3, -2, -1, 1, 2, 3)]


def _counts(key: int) -> list[int]:
    step = 1 if key < 10 else max(2, round(key * 0.08))
    low = 1 if key > 0 else 0  # "0 seasons ago" reads as nonsense when the key is not 0
    return [v for v in (key + step * d for d in (-3, -2, -1, 1, 2, 3, 4)) if v >= low]


def _counts_approx(key: int) -> list[int]:
    step = approx_tolerance(key) + 1
    return [v for v in (key + step * d for d in (-3, -2, -1, 1, 2, 3)) if v >= 1]


def _minutes(key: int) -> list[int]:
    return [v for v in (key + d for d in (-15, -10, -5, -3, -2, 2, 3, 5, 10, 15)) if 1 <= v <= 120]


def _scores(key: str) -> list[str]:
    match = _SCORE.match(key)
    if not match:
        return []
    h, a = int(match.group(1)), int(match.group(2))
    near = [(h + 1, a), (h - 1, a), (h, a + 1), (h, a - 1), (a, h), (h + 1, a + 1)]
    return [f"{x}-{y}" for x, y in near if x >= 0 and y >= 0 and (x, y) != (h, a)]


def _dates(key: str) -> list[str]:
    day = dt.datetime.strptime(key, "%d %B %Y").date()
    near = (day + dt.timedelta(days=d) for d in (-7, -2, -1, 1, 2, 7))
    return [f"{d.day} {d:%B} {d.year}" for d in near]


def _weekdays(key: str) -> list[str]:
    return [d for d in WEEKDAYS if d != key]


def _groups(key: str) -> list[str]:
    i = GROUPS.find(key)
    return [GROUPS[j] for j in (i - 2, i - 1, i + 1, i + 2) if i >= 0 and 0 <= j < len(GROUPS)]


NEIGHBOURS: dict[str, Callable[[object], list[object]]] = {
    "year": _years,  # type: ignore[dict-item]
    "count": _counts,  # type: ignore[dict-item]
    "count_approx": _counts_approx,  # type: ignore[dict-item]
    "minute": _minutes,  # type: ignore[dict-item]
    "score": _scores,  # type: ignore[dict-item]
    "date": _dates,  # type: ignore[dict-item]
    "weekday": _weekdays,  # type: ignore[dict-item]
    "group": _groups,  # type: ignore[dict-item]
}


class Pools:
    """Names of each kind found in the facts (clubs, people, cities...), for distractors."""

    def __init__(self) -> None:
        self._seen: dict[str, dict[str, str]] = {}
        self._lists: dict[str, list[tuple[str, str, str]]] = {}  # (value, bare, fold)

    def add(self, pool: str, value: str) -> None:
        self._seen.setdefault(pool, {}).setdefault(bare(value), value)
        self._lists.pop(pool, None)

    def _entries(self, pool: str) -> list[tuple[str, str, str]]:
        if pool not in self._lists:
            # Sorted so that the same facts give the same pool whatever their file order.
            seen = self._seen.get(pool, {})
            self._lists[pool] = [(seen[b], b, fold(seen[b])) for b in sorted(seen)]
        return self._lists[pool]

    def values(self, pool: str) -> list[str]:
        return [value for value, _, _ in self._entries(pool)]

    def pick(
        self,
        pool: str,
        key: object,
        k: int,
        rng: random.Random,
        *,
        aliases: Iterable[str] = (),
        exclude: Collection[str] = (),
        prompt: str = "",
        allow: Callable[[str], bool] | None = None,
    ) -> list[str]:
        """Up to k distinct wrong answers like `key`; never the key, its aliases or `exclude`."""
        banned = {bare(str(key))} | {bare(a) for a in aliases} | {bare(e) for e in exclude}
        key_words = bare(str(key)).split()
        said = f" {fold(prompt)} " if prompt else ""
        chosen: list[str] = []

        def ok(folded_bare: str, folded: str) -> bool:
            if not folded_bare or folded_bare in banned:
                return False
            words = folded_bare.split()
            # "Milan" for "AC Milan", "Salah" for "Mohamed Salah": an alias, not a wrong answer.
            if words == key_words[-len(words) :] or key_words == words[-len(key_words) :]:
                return False
            # A name the prompt already uses ("Which club knocked Atalanta out?") is a giveaway.
            return not (said and f" {folded} " in said)

        def fine(value: str, folded_bare: str, folded: str) -> bool:
            return ok(folded_bare, folded) and (allow is None or allow(value))

        if pool in NEIGHBOURS:
            candidates = [str(v) for v in NEIGHBOURS[pool](key)]
            rng.shuffle(candidates)
            for value in candidates:
                if len(chosen) == k:
                    break
                if fine(value, bare(value), fold(value)):
                    banned.add(bare(value))
                    chosen.append(value)
            return chosen
        entries = self._entries(pool)
        if len(entries) <= _SMALL_POOL:
            candidates = [value for value, b, f in entries if fine(value, b, f)]
            return rng.sample(candidates, min(k, len(candidates)))
        for _ in range(k * _TRIES):
            if len(chosen) == k:
                break
            value, b, f = entries[rng.randrange(len(entries))]
            if fine(value, b, f):
                banned.add(b)
                chosen.append(value)
        return chosen
