"""How many hand-written facts (questions/facts/) the extractor finds again in their articles.

"Recovered" per kind of fact:
- club: the draft names the club (by name, alias or nickname) as a team;
- person: a drafted role, goal or quote names the person (surname match allowed);
- match: a drafted match has the same two clubs with the same goals for each;
- goal: a drafted goal has the same scorer in a match between the same two clubs;
- quote: a drafted quote by the same speaker contains the fact's words;
- record: a drafted number has the same value and the same subject;
- event: a drafted dated event ("first since YEAR", "the YEAR Champions League final", "in
  charge since YEAR") has the same year and, when the fact has a subject, the same subject.
- context: a cloze draft (quiz.extract.context) from one of the fact's source articles whose
  answer is the fact's answer or one of its aliases, after folding case and accents and
  dropping a leading "the". All cloze drafts are marked for review, so with `certain_only`
  none counts.
`context_precision` gives the other side: how many cloze drafts each article got and how many
of them have the answer of some hand-made context fact from that article.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from quiz.extract.drafts import ReportDraft
from quiz.extract.lexicon import fold
from quiz.extract.scoring import quote_match, same_person, team

TARGETED = ("club", "person", "match", "goal", "quote", "record")


@dataclass
class Recovery:
    by_kind: dict[str, tuple[int, int]] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)

    @property
    def hit(self) -> int:
        return sum(h for h, _ in self.by_kind.values())

    @property
    def total(self) -> int:
        return sum(t for _, t in self.by_kind.values())

    @property
    def share(self) -> float:
        return self.hit / self.total if self.total else 0.0

    @property
    def targeted_hit(self) -> int:
        return sum(self.by_kind.get(k, (0, 0))[0] for k in TARGETED)

    @property
    def targeted_total(self) -> int:
        return sum(self.by_kind.get(k, (0, 0))[1] for k in TARGETED)

    @property
    def targeted_share(self) -> float:
        return self.targeted_hit / self.targeted_total if self.targeted_total else 0.0


def load_facts(folder: Path) -> list[dict[str, Any]]:
    facts: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.toml")):
        facts.extend(tomllib.loads(path.read_text(encoding="utf-8")).get("facts", []))
    return facts


def recover(drafts: Sequence[ReportDraft], folder: Path, certain_only: bool = False) -> Recovery:
    """`certain_only`: count only drafted items not marked for review, and a match only when
    its home side is known and right."""
    if certain_only:
        drafts = [_certain(d) for d in drafts]
    facts = load_facts(folder)
    by_id = {f["id"]: f for f in facts}

    def names_of(fid: str) -> list[str]:
        fact = by_id.get(fid, {})
        return [
            n for n in (fact.get("name"), *fact.get("aliases", ()), *fact.get("nicknames", ())) if n
        ]

    def club_key(fid: str) -> set[str]:
        return {fold(team(n)) for n in names_of(fid)}

    matches = [m for d in drafts for m in d.matches if m.score is not None]
    goals = [
        (g, d.matches[g.match] if g.match is not None else None) for d in drafts for g in d.goals
    ]
    people = [p.name for d in drafts for p in d.people]
    people += [g.scorer for g, _ in goals] + [q.speaker for d in drafts for q in d.quotes]
    teams = {fold(t) for m in (x for d in drafts for x in d.matches) for t in m.teams}
    teams |= {fold(p.team) for d in drafts for p in d.people if p.team}
    teams |= {fold(name) for d in drafts for name in d.teams}
    quotes = [q for d in drafts for q in d.quotes]
    records = [r for d in drafts for r in d.records]
    contexts = [(d.source, answer_key(c.answer)) for d in drafts for c in d.contexts]

    def subject_matches(fid: str, name: str | None) -> bool:
        if name is None:
            return False
        keys = club_key(fid)
        return fold(team(name)) in keys or any(same_person(n, name) for n in names_of(fid))

    result = Recovery()
    for fact in facts:
        kind = fact["kind"]
        hit = False
        if kind == "club":
            hit = bool(club_key(fact["id"]) & teams)
        elif kind == "person":
            hit = any(same_person(n, p) for n in names_of(fact["id"]) for p in people)
        elif kind == "match":
            want = {
                (k, g)
                for k, g in (
                    (frozenset(club_key(fact["home"])), fact["home_goals"]),
                    (frozenset(club_key(fact["away"])), fact["away_goals"]),
                )
            }
            for m in matches:
                if certain_only and not (
                    m.ordered and fold(team(m.teams[0])) in club_key(fact["home"])
                ):
                    continue
                got = [(fold(team(t)), g) for t, g in zip(m.teams, m.score, strict=True)]
                if all(
                    any(name in keys and g == goals_ for name, g in got) for keys, goals_ in want
                ):
                    hit = True
        elif kind == "goal":
            match = by_id.get(fact["match"], {})
            pair = [club_key(match.get("home", "")), club_key(match.get("away", ""))]
            for g, m in goals:
                if not any(same_person(n, g.scorer) for n in names_of(fact["scorer"])):
                    continue
                if m is None or all(any(fold(team(t)) in keys for t in m.teams) for keys in pair):
                    hit = True
        elif kind == "quote":
            hit = any(
                quote_match(fact["text"], q.text)
                and any(same_person(n, q.speaker) for n in names_of(fact["speaker"]))
                for q in quotes
            )
        elif kind == "record":
            hit = any(
                r.value == fact["value"] and subject_matches(fact["subject"], r.subject)
                for r in records
            )
        elif kind == "event":
            hit = any(
                r.kind == "milestone"
                and r.value == fact["year"]
                and (not fact.get("subject") or subject_matches(fact["subject"], r.subject))
                for r in records
            )
        elif kind == "context":
            keys = _context_keys(fact)
            hit = any(src in fact.get("sources", ()) and key in keys for src, key in contexts)
        done, total = result.by_kind.get(kind, (0, 0))
        result.by_kind[kind] = (done + hit, total + 1)
        if not hit:
            result.missed.append(f"{kind} {fact['id']}")
    return result


def answer_key(answer: str) -> str:
    return fold(answer).removeprefix("the ").strip()


def _context_keys(fact: dict[str, Any]) -> set[str]:
    return {answer_key(a) for a in (fact.get("answer", ""), *fact.get("aliases", ())) if a}


def context_precision(drafts: Sequence[ReportDraft], folder: Path) -> dict[str, tuple[int, int]]:
    """Article -> (cloze drafts, drafts whose answer is that of a hand-made context fact of the
    same article)."""
    facts = [f for f in load_facts(folder) if f["kind"] == "context"]
    out: dict[str, tuple[int, int]] = {}
    for draft in drafts:
        keys = set().union(*(_context_keys(f) for f in facts if draft.source in f["sources"]))
        good = sum(answer_key(c.answer) in keys for c in draft.contexts)
        out[draft.source] = (len(draft.contexts), good)
    return out


def _certain(draft: ReportDraft) -> ReportDraft:
    """The draft's items not marked for review (a goal counts only in a certain match)."""
    sure = [not m.review for m in draft.matches]
    return replace(
        draft,
        matches=[
            m if ok else replace(m, score=None) for m, ok in zip(draft.matches, sure, strict=True)
        ],
        goals=[g for g in draft.goals if not g.review and g.match is not None and sure[g.match]],
        people=[p for p in draft.people if not p.review],
        records=[r for r in draft.records if not r.review],
        quotes=[q for q in draft.quotes if not q.review],
        contexts=[c for c in draft.contexts if not c.review],
    )
