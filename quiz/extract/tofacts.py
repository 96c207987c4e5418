"""Drafts -> facts in the format of questions/facts/ (quiz.facts.models), and a TOML writer.

Each drafted fact keeps where it came from in `span` (character offsets of its sentence in the
report) and `review = true` when a step guessed; why is in its `note` and in a TOML comment
above it. A draft that lacks a field the format requires (a match with no competition, a goal
whose team is not known) is written commented out, with what is missing, for the author to
finish.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from quiz.extract import lexicon
from quiz.extract.drafts import Drafted, MatchDraft, ReportDraft
from quiz.extract.lexicon import slug

_SOURCE_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*\.txt$")
_QUOTE_MAX = 80


@dataclass
class Entry:
    """One fact as a dict for the facts format, with what a reviewer needs to see."""

    fact: dict[str, Any]
    review: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # required fields the report did not give
    sentence: str = ""

    @property
    def certain(self) -> bool:
        return not self.review and not self.missing


def source_name(name: str) -> str:
    """A report's file name as the facts format accepts it (`name.txt`, no spaces)."""
    if _SOURCE_OK.match(name):
        return name
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", name.rsplit(".", 1)[0]).strip("-.") or "report"
    return f"{stem[:100]}.txt"


def _mark(fact: dict[str, Any], item: Drafted) -> None:
    """Where the fact was read: the sentence's offsets in the report."""
    fact["span"] = [item.span[0], item.span[1]]


def _finish(entries: list[Entry]) -> None:
    """`review` and the reasons in `note`, once every step has had its say."""
    for entry in entries:
        if entry.review:
            entry.fact["review"] = True
            reasons = "review: " + "; ".join(entry.review)
            note = entry.fact.get("note", "")
            entry.fact["note"] = f"{note}; {reasons}".strip("; ")[:500]
        else:
            entry.fact.pop("review", None)


class _Builder:
    def __init__(self, drafts: Sequence[ReportDraft]) -> None:
        self.entries: list[Entry] = []
        self.ids: dict[str, Entry] = {}
        self.drafts = drafts

    def _same_match(self, entry: Entry) -> Entry | None:
        """A match already drafted from another report: same sides, score and year, and no
        field that disagrees."""
        fact = entry.fact
        if fact["kind"] != "match" or entry.missing:
            return None
        key = ("home", "away", "home_goals", "away_goals", "year")
        for old in self.entries:
            other = old.fact
            if other["kind"] != "match" or old.missing or other["sources"] == fact["sources"]:
                continue
            if any(other.get(k) != fact.get(k) for k in key):
                continue
            shared = set(other) & set(fact) - {"id", "sources", "span", "note", "review"}
            if all(other[k] == fact[k] for k in shared):
                return old
        return None

    def _merge(self, old: Entry, new: Entry) -> str:
        """One fact for one match told by several reports; `span` stays that of the report
        the kept fields came from (the first source)."""
        if old.review and not new.review:  # a certain reading replaces a doubtful one
            sources = [*new.fact["sources"], *old.fact["sources"]]
            fid = old.fact["id"]
            old.fact.clear()
            old.fact.update(new.fact, id=fid)
            old.review, old.sentence = [], new.sentence
            old.fact["sources"] = list(dict.fromkeys(sources))
            return fid
        for source in new.fact["sources"]:
            if source not in old.fact["sources"]:
                old.fact["sources"].append(source)
        if not old.review and not new.review:
            for key, value in new.fact.items():
                old.fact.setdefault(key, value)
        return old.fact["id"]

    def _add(self, entry: Entry) -> str:
        same = self._same_match(entry)
        if same is not None:
            return self._merge(same, entry)
        fid = entry.fact["id"]
        if fid in self.ids:
            old = self.ids[fid]
            if old.fact["kind"] in ("club", "person"):
                for source in entry.fact["sources"]:
                    if source not in old.fact["sources"]:
                        old.fact["sources"].append(source)
                return fid
            n = 2
            while f"{fid}-{n}" in self.ids:
                n += 1
            fid = entry.fact["id"] = f"{fid}-{n}"
        self.ids[fid] = entry
        self.entries.append(entry)
        return fid

    def club(self, name: str, source: str) -> str:
        canonical = name
        aliases = [a for a in lexicon.TEAMS.get(name, ()) if a not in lexicon.GUARDED_ALIASES]
        fact: dict[str, Any] = {
            "id": slug(canonical),
            "kind": "club",
            "sources": [source],
            "name": canonical,
        }
        if aliases:
            fact["aliases"] = aliases[:5]
        return self._add(Entry(fact))

    def person(
        self,
        name: str,
        roles: list[str],
        club: str | None,
        source: str,
        item: Drafted | None,
        text: str,
    ) -> str:
        fid = slug(name)
        if fid in self.ids:
            existing = self.ids[fid].fact
            for role in roles:
                if role not in existing["role"].split(" and "):
                    existing["role"] = f"{existing['role']} and {role}"[:120]
            if club and "club" not in existing:
                existing["club"] = club
            if source not in existing["sources"]:
                existing["sources"].append(source)
            return fid
        fact: dict[str, Any] = {
            "id": fid,
            "kind": "person",
            "sources": [source],
            "name": name,
            "role": " and ".join(roles) or "player",
        }
        if len(name.split()) > 1:
            fact["aliases"] = [name.split()[-1]]
        if club:
            fact["club"] = club
        entry = Entry(fact)
        if item is not None:
            _mark(fact, item)
            entry.review = list(item.notes) if item.review else []
            entry.sentence = text[item.span[0] : item.span[1]]
        return self._add(entry)


def _home_first(match: MatchDraft) -> tuple[tuple[str, str], tuple[int, int] | None, list[str]]:
    """(home, away), score in that order, and why it needs review if home is a guess."""
    teams, score = match.teams, match.score
    if match.ordered:
        return teams, score, []
    return teams, score, ["home and away are not stated: the teams are in the report's order"]


def _match_label(match: dict[str, Any], names: dict[str, str]) -> str:
    return (
        f"{names.get(match['home'], match['home'])} v {names.get(match['away'], match['away'])}"
        f" ({match['competition']} {match['stage']}, {match['year']})"
    )


def build(drafts: Sequence[ReportDraft]) -> list[Entry]:
    """Fact entries for one or more reports, ids unique across them."""
    builder = _Builder(drafts)
    for draft in drafts:
        _build_one(builder, draft)
    _finish(builder.entries)
    return builder.entries


def _build_one(builder: _Builder, draft: ReportDraft) -> None:
    source = source_name(draft.source)
    text = draft.text
    teams_seen: dict[str, str] = {}

    def club(name: str) -> str:
        if name not in teams_seen:
            teams_seen[name] = builder.club(name, source)
        return teams_seen[name]

    for name in draft.teams:
        club(name)
    names: dict[str, str] = {}
    match_ids: dict[int, str] = {}
    match_entries: dict[int, Entry] = {}
    for index, match in enumerate(draft.matches):
        if match.score is None:
            continue
        (home, away), score, why = _home_first(match)
        home_id, away_id = club(home), club(away)
        names[home_id], names[away_id] = home, away
        missing = []
        stage = match.stage
        if stage is None and match.competition in lexicon.LEAGUES:
            stage = "league"
        year = match.year or (int(match.date[:4]) if match.date else None)
        city = match.city or lexicon.STADIUMS.get(match.venue or "")
        fact: dict[str, Any] = {
            "id": f"match-{year or 'x'}-{slug(home)}-{slug(away)}",
            "kind": "match",
            "sources": [source],
        }
        for key, value, label in (
            ("competition", match.competition, "competition"),
            ("stage", stage, "stage"),
            ("year", year, "year"),
            ("city", city, "city"),
        ):
            if value is None:
                missing.append(label)
            else:
                fact[key] = value
        if match.group:
            fact["group"] = match.group
        if match.leg:
            fact["leg"] = match.leg
        if match.date:
            fact["date"] = dt.date.fromisoformat(match.date)
        if match.weekday:
            fact["weekday"] = match.weekday
        fact["home"], fact["away"] = home_id, away_id
        if match.venue:
            fact["venue"] = match.venue
        assert score is not None
        fact["home_goals"], fact["away_goals"] = score
        if match.aggregate and match.aggregate[0] != match.aggregate[1]:
            agg = match.aggregate if (home, away) == match.teams else match.aggregate[::-1]
            winner = home_id if agg[0] > agg[1] else away_id
            fact["aggregate_winner"] = winner
            fact["aggregate_for"], fact["aggregate_against"] = max(agg), min(agg)
        if match.penalties:
            pens = match.penalties if (home, away) == match.teams else match.penalties[::-1]
            winner = home if pens[0] > pens[1] else away
            fact["note"] = f"{winner} won {max(pens)}-{min(pens)} on penalties"
        _mark(fact, match)
        if match.home_why:
            fact["note"] = f"{fact.get('note', '')}; home: {match.home_why}".strip("; ")[:500]
        entry = Entry(
            fact,
            review=[*match.notes, *why] if (match.review or why) else [],
            missing=missing,
            sentence=text[match.span[0] : match.span[1]],
        )
        match_ids[index] = builder._add(entry)
        match_entries[index] = entry

    roles: dict[str, list[str]] = {}
    role_team: dict[str, str | None] = {}
    role_item: dict[str, Drafted] = {}
    for person in draft.people:
        roles.setdefault(person.name, [])
        if person.role not in roles[person.name]:
            roles[person.name].append(person.role)
        role_team[person.name] = role_team.get(person.name) or person.team
        if person.name not in role_item or (role_item[person.name].review and not person.review):
            role_item[person.name] = person
    for name, role_list in roles.items():
        team = role_team.get(name)
        builder.person(name, role_list, club(team) if team else None, source, role_item[name], text)

    def person_id(name: str, item: Drafted | None = None) -> str:
        fid = slug(name)
        if fid not in builder.ids:
            builder.person(name, [], None, source, None, text)
            if item is not None:  # first named where the goal, quote or record was read
                entry = builder.ids[fid]
                _mark(entry.fact, item)
                entry.sentence = text[item.span[0] : item.span[1]]
        return fid

    for goal in draft.goals:
        if goal.match is None or goal.match not in match_ids:
            continue
        mid = match_ids[goal.match]
        scorer = person_id(goal.scorer, goal)
        fact = {
            "id": f"goal-{mid.removeprefix('match-')}-{slug(goal.scorer.split()[-1])}",
            "kind": "goal",
            "sources": [source],
            "match": mid,
            "scorer": scorer,
        }
        missing = []
        if goal.team:
            fact["club"] = club(goal.team)
            scorer_fact = builder.ids[scorer].fact
            scorer_fact.setdefault("club", fact["club"])
        else:
            missing.append("club (which team scored)")
        if goal.minute is not None:
            fact["by_minute" if goal.by_minute else "minute"] = goal.minute
            fact["id"] += f"-{goal.minute}"
        if goal.penalty:
            fact["penalty"] = True
        _mark(fact, goal)
        entry = Entry(
            fact,
            review=list(goal.notes) if goal.review else [],
            missing=missing,
            sentence=text[goal.span[0] : goal.span[1]],
        )
        if not match_entries[goal.match].certain:
            entry.review.append("its match needs review")
        builder._add(entry)

    team_names = {t for m in draft.matches for t in m.teams} | set(lexicon.TEAMS)
    main_index = _main_index(draft, match_ids)
    main = match_entries[main_index].fact if main_index is not None else None
    label = _match_label(main, names) if main and not match_entries[main_index].missing else None

    for record in draft.records:
        _record(builder, record, source, text, club, person_id, main, label, team_names)

    counts: dict[str, int] = {}
    for quote in draft.quotes:
        speaker = person_id(quote.speaker, quote)
        counts[speaker] = counts.get(speaker, 0) + 1
        words, shortened = short_quote(quote.text)
        fact = {
            "id": f"q-{speaker}-{counts[speaker]}",
            "kind": "quote",
            "sources": [source],
            "text": words,
            "speaker": speaker,
            "occasion": f"speaking about {label}" if label else f"as reported in {source}",
        }
        if quote.to:
            fact["to"] = quote.to[:120]
        if main is not None and label:
            fact["match"] = main["id"]
        _mark(fact, quote)
        if shortened:
            fact["note"] = "the quote was shortened"
        builder._add(
            Entry(
                fact,
                review=list(quote.notes) if quote.review else [],
                sentence=text[quote.span[0] : quote.span[1]],
            )
        )

    for number, item in enumerate(draft.contexts, 1):
        fact = {
            "id": f"ctx-{slug(source.removesuffix('.txt'))[:60]}-{number}",
            "kind": "context",
            "sources": [source],
            "ask": item.ask,
            "answer": item.answer,
            "answer_kind": item.answer_kind,
            "statement": item.statement,
        }
        if item.aliases:
            fact["aliases"] = list(item.aliases)
        if main is not None and label:
            fact["match"] = main["id"]
        _mark(fact, item)
        builder._add(
            Entry(fact, review=list(item.notes), sentence=text[item.span[0] : item.span[1]])
        )


def _main_index(draft: ReportDraft, match_ids: dict[int, str]) -> int | None:
    counts: dict[int, int] = {}
    for goal in draft.goals:
        if goal.match is not None and goal.match in match_ids:
            counts[goal.match] = counts.get(goal.match, 0) + 1
    if counts:
        return max(counts, key=lambda i: counts[i])
    return min(match_ids) if match_ids else None


def _record(
    builder: _Builder,
    record: Any,
    source: str,
    text: str,
    club: Any,
    person_id: Any,
    main: dict[str, Any] | None,
    label: str | None,
    team_names: set[str],
) -> None:
    subject_name = record.subject
    if subject_name is None:
        return
    subject = club(subject_name) if subject_name in team_names else person_id(subject_name, record)
    where = f" ({label})" if label else ""
    qualifier = ""
    words = re.search(
        r"(?:\d+(?:st|nd|rd|th)?|[a-z]+)\s+((?:[A-Z][\w]+\s)*(?:league\s)?)goal", record.phrase
    )
    if words:
        qualifier = words.group(1).strip()
    wording = {
        "attendance": (
            f"spectators watched the match{where}",
            f"{{n}} spectators watched the match{where}.",
        ),
        "unbeaten": (
            f"games had {subject_name}'s unbeaten run reached{where}",
            f"{subject_name} were unbeaten in {{n}} games{where}.",
        ),
        "goals": (
            f"{qualifier + ' ' if qualifier else ''}goals had {subject_name} scored{where}",
            f"{subject_name} had scored {{n}} {qualifier + ' ' if qualifier else ''}goals{where}.",
        ),
        "trophy": (
            f"titles had {subject_name} won in that competition, counting this one{where}",
            f"That made {{n}} titles in that competition for {subject_name}{where}.",
        ),
    }
    if record.kind == "milestone":
        _event(builder, record, source, text, subject, subject_name)
        return
    if record.kind not in wording:
        return  # other numbers need wording a person should write
    how_many, statement = wording[record.kind]
    fact: dict[str, Any] = {
        "id": f"rec-{record.kind}-{slug(subject_name)}-{record.value}",
        "kind": "record",
        "sources": [source],
        "subject": subject,
        "value": record.value,
        "unit": record.unit,
        "how_many": how_many[:300],
        "statement": statement[:300],
    }
    if record.approximate:
        fact["approximate"] = True
    if main is not None and label:
        fact["match"] = main["id"]
    _mark(fact, record)
    builder._add(
        Entry(
            fact,
            review=list(record.notes) if record.review else [],
            missing=[] if label else ["the match it belongs to"],
            sentence=text[record.span[0] : record.span[1]],
        )
    )


def _event(
    builder: _Builder, record: Any, source: str, text: str, subject: str, subject_name: str
) -> None:
    """A dated event as a cloze on its year: always for review, since a person should word it."""
    written = text[record.span[0] : record.span[1]]
    sentence = written.strip()
    year = str(record.value)
    phrase_at = sentence.find(record.phrase)
    at = sentence.find(year, max(phrase_at, 0))
    if at < 0:
        return
    statement = (sentence[:at] + "{year}" + sentence[at + len(year) :]).replace("\n", " ")
    if len(statement) > 280 or statement.count("{") != 1:
        return  # too long to ask as it stands, or braces the template would misread
    # An order question shows labels, so the year stays out of them.
    without_year = " ".join(re.sub(rf"(?:since |in )?{year}", "", record.phrase).split())
    fact: dict[str, Any] = {
        "id": f"ev-{record.value}-{slug(subject_name)}",
        "kind": "event",
        "sources": [source],
        "subject": subject,
        "year": record.value,
        "label": f"{subject_name}: {without_year}"[:120],
        "ask": f"Which year fills the gap? {statement.replace('{year}', '___')}"[:300],
        "statement": statement,
    }
    _mark(fact, record)
    fact["review"] = True
    notes = [*record.notes, "the wording is the report's sentence: reword the label and ask"]
    builder._add(Entry(fact, review=notes, sentence=written))


def short_quote(words: str) -> tuple[str, bool]:
    """A few of the quoted words (the facts format keeps quotes to 80 characters)."""
    clean = " ".join(words.split()).strip(" ,")
    if len(clean) <= _QUOTE_MAX:
        return clean, False
    for piece in re.split(r"(?<=[.!?])\s+", clean):
        if len(piece.split()) >= 2 and len(piece) <= _QUOTE_MAX:
            return piece.rstrip(" ,"), True
    for piece in re.split(r"[,;:]\s+", clean):
        if len(piece.split()) >= 3 and len(piece) <= _QUOTE_MAX:
            return piece.rstrip(" ,."), True
    cut = clean[:_QUOTE_MAX].rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:"), True


# -- validation and TOML -------------------------------------------------------------------


def validate(entries: list[Entry]) -> None:
    """Check each complete entry against the facts models and the references between them;
    an entry that fails is moved to `missing` with the reason."""
    from pydantic import ValidationError

    from quiz.facts.models import FactsFile

    for entry in entries:
        if entry.missing:
            continue
        try:
            FactsFile.model_validate({"facts": [entry.fact]})
        except ValidationError as exc:
            first = exc.errors(include_url=False, include_input=False)[0]
            where = ".".join(str(p) for p in first["loc"][3:]) or "fact"
            entry.missing.append(f"{where}: {first['msg']}")
    changed = True
    while changed:
        changed = False
        complete = {e.fact["id"] for e in entries if not e.missing}
        for entry in entries:
            if entry.missing:
                continue
            for key in (
                "match",
                "scorer",
                "club",
                "home",
                "away",
                "subject",
                "speaker",
                "aggregate_winner",
            ):
                ref = entry.fact.get(key)
                if (
                    isinstance(ref, str)
                    and key in _REF_KEYS.get(entry.fact["kind"], ())
                    and (ref not in complete)
                ):
                    entry.missing.append(f"{key} '{ref}' is not complete")
                    changed = True
                    break


_REF_KEYS = {
    "match": ("home", "away", "aggregate_winner"),
    "goal": ("match", "scorer", "club"),
    "record": ("subject", "match"),
    "quote": ("speaker", "match"),
    "person": ("club",),
}


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def to_toml(entries: list[Entry], notes: Sequence[str], sources: Sequence[str]) -> str:
    lines = [
        "# Facts drafted by `quiz extract` from: " + ", ".join(sources),
        "# Check every fact against the report before using it. `span` is the character",
        "# offsets [start, end) of the sentence each fact came from. Facts with review = true",
        "# are guesses (`quiz generate --from-text` leaves them out); blocks commented out lack",
        "# a field the facts format requires.",
    ]
    lines += [f"# NOTE: {n}" for n in notes]
    for entry in entries:
        lines.append("")
        if entry.sentence:
            snippet = " ".join(entry.sentence.split())
            lines.append(f"# from: {snippet[:200]}")
        if entry.review:
            lines.append("# REVIEW: " + "; ".join(entry.review))
        prefix = ""
        if entry.missing:
            lines.append("# INCOMPLETE, missing: " + "; ".join(entry.missing))
            prefix = "# "
        lines.append(f"{prefix}[[facts]]")
        for key, value in entry.fact.items():
            if value in (None, "", [], ()):
                continue
            lines.append(f"{prefix}{key} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


def certain_entries(entries: list[Entry]) -> list[Entry]:
    """Complete entries not marked for review, minus any that name one that is left out."""
    keep = [e for e in entries if e.certain and not e.fact.get("review")]
    ids = {e.fact["id"] for e in keep}
    changed = True
    while changed:
        changed = False
        for entry in list(keep):
            refs = [entry.fact.get(k) for k in _REF_KEYS.get(entry.fact["kind"], ())]
            if any(isinstance(r, str) and r not in ids for r in refs):
                keep.remove(entry)
                ids.discard(entry.fact["id"])
                changed = True
    return keep


def facts_for_generation(entries: list[Entry]) -> list[Any]:
    """Validated fact models for the entries that are complete and not marked for review."""
    from quiz.facts.models import FactsFile

    keep = [e.fact for e in certain_entries(entries)]
    if not keep:
        return []
    return without_review(list(FactsFile.model_validate({"facts": keep}).facts))


def without_review(facts: Sequence[Any]) -> list[Any]:
    """The facts not marked `review = true`, minus any that refer to one left out."""
    keep = [f for f in facts if not f.review]
    ids = {f.id for f in keep}
    changed = True
    while changed:
        changed = False
        for fact in list(keep):
            refs = [getattr(fact, k, None) for k in _REF_KEYS.get(fact.kind, ())]
            if any(isinstance(r, str) and r not in ids for r in refs):
                keep.remove(fact)
                ids.discard(fact.id)
                changed = True
    return keep
