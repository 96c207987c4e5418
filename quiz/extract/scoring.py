"""Comparing drafted facts with hand-made expected facts: precision and recall per kind.

Used by bench/bench_extract.py and the tests. Names match when they are equal after folding
accents and case, or when their surnames are ("Messi" and "Lionel Messi").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from quiz.extract import lexicon
from quiz.extract.drafts import ReportDraft
from quiz.extract.lexicon import fold

KINDS = (
    "teams",
    "scores",
    "scorers",
    "dates",
    "penalties",
    "competitions",
    "stages",
    "venues",
    "cities",
    "people",
    "records",
    "events",
    "quotes",
    "homes",
)
ROLE_GROUPS = {
    "manager": "manager",
    "head coach": "manager",
    "coach": "manager",
    "captain": "captain",
    "goalkeeper": "goalkeeper",
}
_TEAM_CANON = {fold(a): name for name, aliases in lexicon.TEAMS.items() for a in (name, *aliases)}
_COMP_CANON = {
    fold(a): name for name, aliases in lexicon.COMPETITIONS.items() for a in (name, *aliases)
}


def team(name: str) -> str:
    return _TEAM_CANON.get(fold(name), name)


def same_person(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    return fa == fb or fa.split()[-1] == fb.split()[-1]


def _same_subject(expected: str, got: str | None) -> bool:
    """A team (by any of its names) or a person (surnames allowed)."""
    return got is not None and (team(expected) == team(got) or same_person(expected, got))


def _punctless(text: str) -> str:
    return " ".join("".join(c if c.isalnum() or c.isspace() else " " for c in fold(text)).split())


def quote_match(expected_text: str, got_text: str) -> bool:
    """The expected words are in the drafted quote, or the drafted quote (at least five
    words) is one part of an expected quote that joins the parts either side of 'he said'."""
    want, got = _punctless(expected_text), _punctless(got_text)
    return want in got or (len(got.split()) >= 5 and got in want)


@dataclass
class Tally:
    found: int = 0  # drafted items
    right: int = 0  # drafted items that match an expected one
    expected: int = 0
    recalled: int = 0  # expected items that were drafted
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.found += other.found
        self.right += other.right
        self.expected += other.expected
        self.recalled += other.recalled
        self.misses += other.misses
        self.extras += other.extras

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.expected if self.expected else 1.0


def _compare(
    expected: list[Any], got: list[Any], same: Callable[[Any, Any], bool], parts: bool = False
) -> Tally:
    """One drafted item per expected one; with `parts`, every drafted item that matches some
    expected item counts as right (the two halves of one quote split by 'he said')."""
    tally = Tally(found=len(got), expected=len(expected))
    used: set[int] = set()
    for item in expected:
        for i, candidate in enumerate(got):
            if i not in used and same(item, candidate):
                used.add(i)
                tally.recalled += 1
                break
        else:
            tally.misses.append(repr(item))
    if parts:
        used |= {i for i, g in enumerate(got) if any(same(e, g) for e in expected)}
    tally.right = len(used)
    tally.extras = [repr(g) for i, g in enumerate(got) if i not in used]
    return tally


def _pair(teams: Iterable[str]) -> frozenset[str]:
    return frozenset(team(t) for t in teams)


def score(
    draft: ReportDraft, expected: dict[str, Any], certain_only: bool = False
) -> dict[str, Tally]:
    """Tallies per kind for one report."""
    keep = (lambda item: not item.review) if certain_only else (lambda item: True)
    matches = [m for m in draft.matches if keep(m)]
    goals = [g for g in draft.goals if keep(g)]
    people = [p for p in draft.people if keep(p) and p.role in ROLE_GROUPS]
    records = [r for r in draft.records if keep(r)]
    quotes = [q for q in draft.quotes if keep(q)]
    exp_matches = expected.get("match", [])
    out: dict[str, Tally] = {}

    out["teams"] = _compare(
        sorted({team(t) for m in exp_matches for t in m["teams"]}),
        sorted({team(t) for m in matches for t in m.teams}),
        lambda a, b: a == b,
    )
    out["scores"] = _compare(
        [
            frozenset(zip((team(t) for t in m["teams"]), m["score"], strict=True))
            for m in exp_matches
        ],
        [
            frozenset(zip((team(t) for t in m.teams), m.score, strict=True))
            for m in matches
            if m.score is not None
        ],
        lambda a, b: a == b,
    )
    exp_goals = expected.get("goal", [])
    out["scorers"] = _compare(
        [(g["scorer"], g.get("minute")) for g in exp_goals],
        [(g.scorer, g.minute) for g in goals],
        lambda a, b: a[1] == b[1] and same_person(a[0], b[0]),
    )
    out["penalties"] = _compare(
        [(g["scorer"], g.get("minute")) for g in exp_goals if g.get("penalty")],
        [(g.scorer, g.minute) for g in goals if g.penalty],
        lambda a, b: a[1] == b[1] and same_person(a[0], b[0]),
    )
    out["dates"] = _compare(
        # a year alone ("1979") is not a date the draft could give
        sorted({m["date"] for m in exp_matches if len(str(m.get("date") or "")) == 10}),
        sorted({m.date for m in matches if m.date}),
        lambda a, b: a == b,
    )
    for kind, key in (
        ("competitions", "competition"),
        ("stages", "stage"),
        ("venues", "venue"),
        ("cities", "city"),
    ):

        def norm(value: str, key: str = key) -> str:
            return _COMP_CANON.get(fold(value), value) if key == "competition" else fold(value)

        out[kind] = _compare(
            [(_pair(m["teams"]), norm(m[key])) for m in exp_matches if m.get(key)],
            [(_pair(m.teams), norm(getattr(m, key))) for m in matches if getattr(m, key)],
            lambda a, b: a == b,
        )
    # Home sides: only matches whose expected facts name one (a final's is left out), and
    # drafted matches that give one (home first: the score was "A 2-1 B" or evidence placed it).
    homed = {_pair(m["teams"]) for m in exp_matches if m.get("home")}
    out["homes"] = _compare(
        [(_pair(m["teams"]), team(m["home"])) for m in exp_matches if m.get("home")],
        [
            (_pair(m.teams), team(m.teams[0]))
            for m in matches
            if m.ordered and m.score is not None and _pair(m.teams) in homed
        ],
        lambda a, b: a == b,
    )
    out["people"] = _compare(
        [
            (p["name"], ROLE_GROUPS[p["role"]])
            for p in expected.get("person", [])
            if p.get("role") in ROLE_GROUPS  # players, referees and unknown roles are not scored
        ],
        [(p.name, ROLE_GROUPS[p.role]) for p in people],
        lambda a, b: a[1] == b[1] and same_person(a[0], b[0]),
    )
    # Reports whose expected facts list [[event]]s score dated events apart from numbers;
    # older ones list them as milestone records.
    events_apart = "event" in expected
    out["records"] = _compare(
        [(r["kind"], r["value"]) for r in expected.get("record", [])],
        [(r.kind, r.value) for r in records if not (events_apart and r.kind == "milestone")],
        lambda a, b: a == b,
    )
    out["events"] = _compare(
        [(e["year"], e.get("subject")) for e in expected.get("event", [])],
        [(r.value, r.subject) for r in records if events_apart and r.kind == "milestone"],
        lambda a, b: a[0] == b[0] and (not a[1] or _same_subject(a[1], b[1])),
    )
    out["quotes"] = _compare(
        [(q["speaker"], q["text"]) for q in expected.get("quote", [])],
        [(q.speaker, q.text) for q in quotes],
        lambda a, b: same_person(a[0], b[0]) and quote_match(a[1], b[1]),
        parts=True,
    )
    return out
