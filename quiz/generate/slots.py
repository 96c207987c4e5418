"""What a template can say about a fact: named slot values, and for each slot where its
distractors come from (a pool), which fact it names and which values are also true."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from quiz.generate.text import person_aliases, unique_forms

PLAYER_ROLES = frozenset({"player", "captain", "goalkeeper", "defender", "midfielder", "forward"})
ORDINALS = {1: "first", 2: "second"}


@dataclass
class Slots:
    fact: Any  # quiz.facts.models.AnyFact
    values: dict[str, Any] = field(default_factory=dict)
    pools: dict[str, str] = field(default_factory=dict)  # slot -> pool of same-kind values
    refs: dict[str, tuple[str, ...]] = field(default_factory=dict)  # slot -> fact ids it names
    aliases: dict[str, list[str]] = field(default_factory=dict)  # slot -> other accepted forms
    exclude: dict[str, set[str]] = field(default_factory=dict)  # slot -> never a distractor
    sources: tuple[str, ...] = ()
    sort_key: tuple[Any, ...] = ()  # chronological position, for put-in-order questions

    def put(
        self,
        slot: str,
        value: Any,
        pool: str | None = None,
        ref: str | tuple[str, ...] | None = None,
        aliases: list[str] | None = None,
    ) -> None:
        if value is None:
            return
        self.values[slot] = value
        if pool:
            self.pools[slot] = pool
        if ref:
            self.refs[slot] = ref if isinstance(ref, tuple) else (ref,)
        if aliases:
            self.aliases[slot] = aliases


def person_pool(person: Any) -> str:
    return "player" if person.role.casefold() in PLAYER_ROLES else "staff"


def _club(slots: Slots, slot: str, club_id: str | None, by_id: Mapping[str, Any]) -> None:
    if club_id is None:
        return
    club = by_id[club_id]
    slots.put(slot, club.name, "club", club_id, unique_forms(club.name, list(club.aliases)))


def _at(venue: str) -> str:
    # "at Anfield" but "at the Gewiss Stadium".
    the = "the " if venue.split()[-1] in ("Stadium", "Arena", "Ground") else ""
    return f"at {the}{venue}"


def league_name(league: str) -> str:
    """A league as it reads in a sentence: "the Premier League", but "Serie A"."""
    return f"the {league}" if league.split()[-1] == "League" else league


def _date_text(day: dt.date) -> str:
    return f"{day.day} {day:%B} {day.year}"


def match_slots(m: Any, by_id: Mapping[str, Any]) -> Slots:
    s = Slots(m, sources=m.sources)
    _club(s, "home", m.home, by_id)
    _club(s, "away", m.away, by_id)
    home, away = s.values["home"], s.values["away"]
    s.put("pair", " and ".join(sorted((home, away))), ref=(m.home, m.away))
    if m.home_goals != m.away_goals:
        home_won = m.home_goals > m.away_goals
        _club(s, "winner", m.home if home_won else m.away, by_id)
        _club(s, "loser", m.away if home_won else m.home, by_id)
        hi, lo = max(m.home_goals, m.away_goals), min(m.home_goals, m.away_goals)
        s.put("win_score", f"{hi}-{lo}", "score")
        s.put("winner_goals", hi, "count")
    s.put("score", f"{m.home_goals}-{m.away_goals}", "score")
    s.put("home_goals", m.home_goals, "count")
    s.put("away_goals", m.away_goals, "count")
    s.put("venue", m.venue, "venue")
    s.put("city", m.city, "city")
    s.put("at_place", _at(m.venue) if m.venue else f"in {m.city}")
    s.put("year", m.year, "year")
    s.put("competition", m.competition, "competition")
    s.put("stage", m.stage, "stage")
    leg = ORDINALS.get(m.leg or 0) if m.group is None else None
    s.put("stage_leg", f"{m.stage} {leg} leg" if leg else m.stage)
    s.put("group", m.group, "group")
    s.put("weekday", m.weekday, "weekday")
    if m.date is not None:
        s.put("date_text", _date_text(m.date), "date")
    s.put("crowd", m.crowd)
    if m.aggregate_winner is not None:
        _club(s, "agg_winner", m.aggregate_winner, by_id)
        _club(s, "agg_loser", m.away if m.aggregate_winner == m.home else m.home, by_id)
        s.put("aggregate", f"{m.aggregate_for}-{m.aggregate_against}", "score")
        s.put("agg_for", m.aggregate_for, "count")
    crowd = {True: " in front of fans", False: " behind closed doors", None: ""}[m.crowd]
    days = [m.weekday or "", _date_text(m.date) if m.date else ""]
    when = f" on {' '.join(d for d in days if d)}" if any(days) else ""
    where = f"{_at(m.venue)} in {m.city}" if m.venue else f"in {m.city}"
    through = ""
    if m.aggregate_winner is not None:
        through = f"; {s.values['agg_winner']} went through {s.values['aggregate']} on aggregate"
    s.put("match_clause", f"{home} {s.values['score']} {away} {where}{when}{crowd}")
    group = f", Group {m.group}" if m.group else ""
    s.put("stage_full", f"{s.values['stage_leg']}{group}{through}")
    s.sort_key = (m.year, m.competition, m.leg or 0, m.date or dt.date.min)
    return s


def goal_slots(g: Any, by_id: Mapping[str, Any]) -> Slots:
    match = match_slots(by_id[g.match], by_id)
    s = Slots(g, sources=g.sources)
    for slot in ("at_place", "year", "competition", "stage_leg", "match_clause"):
        s.put(slot, match.values.get(slot))
    s.refs["match"] = (g.match,)
    scorer = by_id[g.scorer]
    s.put(
        "scorer",
        scorer.name,
        person_pool(scorer),
        g.scorer,
        person_aliases(scorer.name, scorer.aliases),
    )
    _club(s, "club", g.club, by_id)
    s.put("first", "first " if g.opener else "")
    if g.opener:
        s.put("opener", True)
    s.put("minute", g.minute, "minute")
    s.put("by_minute", g.by_minute, "minute")
    s.put("penalty", g.penalty)
    timing = (
        f" in minute {g.minute}"
        if g.minute
        else f" within {g.by_minute} minutes"
        if g.by_minute
        else ""
    )
    what = "a penalty" if g.penalty else "the first goal" if g.opener else "a goal"
    s.put("goal_clause", f"{scorer.name} scored {what} for {s.values['club']}{timing}")
    return s


def person_slots(p: Any, by_id: Mapping[str, Any]) -> Slots:
    s = Slots(p, sources=p.sources)
    s.put("name", p.name, person_pool(p), p.id, person_aliases(p.name, p.aliases))
    s.put("role", p.role)
    is_player = p.role.casefold() == "player"
    s.put("works_for", "plays for" if is_player else f"is the {p.role} of")
    if not is_player:
        s.put("named_role", True)  # "Who is X's captain?" has one answer; "X's player" has many
    _club(s, "club", p.club, by_id)
    s.put("nationality", p.nationality, "nationality")
    s.put("since", p.since, "year")
    if p.former_clubs:
        _club(s, "former_club", p.former_clubs[0], by_id)
        s.exclude["former_club"] = {by_id[c].name for c in p.former_clubs}
        if "club" in s.values:  # "before his current job": the current club is no fair lie
            s.exclude["former_club"].add(s.values["club"])
        # A former club would also be a true answer to "which club did X work for".
        s.exclude["club"] = set(s.exclude["former_club"])
    parts = [f"{p.name} ({p.nationality})" if p.nationality else p.name]
    if "club" not in s.values:
        parts.append(f"is a {p.role}")
    elif is_player:
        parts.append(f"plays for {s.values['club']}")
    elif p.since:
        parts.append(f"has been the {p.role} of {s.values['club']} since {p.since}")
    else:
        parts.append(f"is the {p.role} of {s.values['club']}")
    if p.former_clubs:
        parts.append("and was formerly at " + " and ".join(by_id[c].name for c in p.former_clubs))
    s.put("person_clause", " ".join(parts))
    return s


def club_slots(c: Any, by_id: Mapping[str, Any]) -> Slots:
    s = Slots(c, sources=c.sources)
    s.put("name", c.name, "club", c.id, unique_forms(c.name, list(c.aliases)))
    if c.nicknames:
        s.put("nickname", c.nicknames[0], "nickname")
    s.put("city", c.city, "city")
    s.put("country", c.country, "country")
    if c.league:
        s.put("league", c.league, "league", aliases=unique_forms(c.league, [league_name(c.league)]))
    s.put("stadium", c.stadium, "venue")
    parts = [c.name]
    if c.nicknames:
        parts.append(f"(nicknamed {', '.join(c.nicknames)})")
    place = ", ".join(x for x in (c.city, c.country) if x)
    details = [
        f"from {place}" if place else "",
        f"playing in {league_name(c.league)}" if c.league else "",
        f"with its home ground {_at(c.stadium)}" if c.stadium else "",
    ]
    details = [d for d in details if d]
    parts.append(
        ("is a club " + ", ".join(details)) if details else "is a club the articles mention"
    )
    s.put("club_clause", " ".join(parts))
    return s


def record_slots(r: Any, by_id: Mapping[str, Any]) -> Slots:
    s = Slots(r, sources=r.sources)
    s.put("value", r.value, "count_approx" if r.approximate else "count")
    s.put("how_many", r.how_many)
    s.put("statement", r.statement.replace("{n}", "{answer}"))
    s.put("unit", r.unit)
    s.refs["subject"] = (r.subject,)
    if r.match:
        s.refs["match"] = (r.match,)
    return s


def event_slots(e: Any, by_id: Mapping[str, Any]) -> Slots:
    s = Slots(e, sources=e.sources)
    s.put("year", e.year, "year")
    s.put("label", e.label)
    s.put("ask", e.ask)
    s.put("statement", e.statement.replace("{year}", "{answer}"))
    if e.subject:
        s.refs["subject"] = (e.subject,)
        s.put("subject", by_id[e.subject].name)
    s.sort_key = (e.year,)
    return s


def quote_slots(q: Any, by_id: Mapping[str, Any]) -> Slots:
    s = Slots(q, sources=q.sources)
    speaker = by_id[q.speaker]
    s.put(
        "speaker", speaker.name, "person", q.speaker, person_aliases(speaker.name, speaker.aliases)
    )
    s.put("text", q.text)
    s.put("to", q.to, "audience")
    s.put("occasion", q.occasion, "occasion")
    if q.match:
        s.refs["match"] = (q.match,)
    told = f", speaking to {q.to}" if q.to else ""
    s.put("quote_clause", f"{speaker.name} said \u2018{q.text}\u2019 {q.occasion}{told}")
    return s


CONTEXT_POOLS = {"person": "person", "stage": "stage", "year": "year", "text": ""}


def context_slots(c: Any, by_id: Mapping[str, Any], names: Mapping[str, str]) -> Slots:
    s = Slots(c, sources=c.sources)
    pool = CONTEXT_POOLS.get(c.answer_kind, c.answer_kind)
    ref = names.get(c.answer)
    if pool == "person" and ref is not None and by_id[ref].kind == "person":
        pool = person_pool(by_id[ref])  # a manager's distractors are managers, not players
    value: Any = int(c.answer) if c.answer_kind == "year" and c.answer.isdigit() else c.answer
    s.put("answer", value, pool or None, ref, unique_forms(c.answer, list(c.aliases)))
    s.put("ask", c.ask)
    s.put("statement", c.statement)
    s.exclude["answer"] = set(c.also_true) | set(c.aliases)
    also = tuple(names[a] for a in c.also_true if a in names)
    if also:
        s.refs["also_true"] = also
    if c.match:
        s.refs["match"] = (c.match,)
    return s


def slots_for(fact: Any, by_id: Mapping[str, Any], names: Mapping[str, str]) -> Slots:
    kind = fact.kind
    if kind == "context":
        return context_slots(fact, by_id, names)
    builder = {
        "match": match_slots,
        "goal": goal_slots,
        "person": person_slots,
        "club": club_slots,
        "record": record_slots,
        "event": event_slots,
        "quote": quote_slots,
    }[kind]
    return builder(fact, by_id)
