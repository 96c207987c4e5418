"""Cloze drafts of `context` facts: a report sentence with one short answer span taken out.

In the spirit of Heilman & Smith (2010), "Good Question! Statistical Ranking for Question
Generation": over-generate candidate gaps, then rank them and keep a few. A gap is a span of a
kind a quiz can offer distractors for: a cause after "because of"/"due to"/"weakened by", a name
after "known as"/"dubbed", a stage ("last 16"), a competition, a club or person the report
itself names, a city, a year, or a number with its noun.

Sentences already drafted as a structured fact (a score line, a goal, a quote) are skipped, and
so is any sentence with quoted words in it. Every draft is marked for review: the sentence is
kept as written, so the author has to rewrite it before it becomes a question.

Ranking (no model, every weight visible): the gap's kind (a stated cause or name is rarer and
more quiz-like than a club that is named in every other sentence), plus a point for each cue of
a notable statement in the sentence ("first", "last", "record", "history", ...), minus a point
when the gap is one of the two teams of the report's main match (the answer would be a guess).
At most two gaps per sentence (different answers, the second ranked lower, since a sentence
often states two quizzable things and which one a question wants is the author's call), and at
most `per_1000_words` drafts per 1,000 words (at least `minimum`): about one draft per 50 words,
some 9 for a 450-word report.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from quiz.extract import lexicon
from quiz.extract.drafts import ContextDraft, ReportDraft, Span
from quiz.extract.names import Mention
from quiz.extract.sentences import Sentence

PER_1000_WORDS = 20
MINIMUM = 3
GAPS_PER_SENTENCE = 2
_OTHER_CLUB = 0.6  # a third club in a match report (an old opponent, a rival) is context
_LATER_GAP = 0.75  # a sentence's second gap ranks below other sentences' first gaps
NOTE = "cloze draft: the sentence with one span taken out; rewrite the question and statement"

_DET = r"(?:(?:the|a|an|their|his|its|her)\s+)?"
_WORD = r"[\w'’-]+"
_STOP = (
    r"and|but|or|which|who|that|after|before|in|at|on|with|as|to|for|from|when|while|"
    r"was|were|is|are|had|has|have|this|last|of|meant|left|saw|so|than"
)
_CAUSE = re.compile(
    rf"\b(?:because of|due to|owing to|on account of|weakened by|hampered by|depleted by|"
    rf"ravaged by|disrupted by|caused by|hit by)\s+({_DET}(?:(?!(?:{_STOP})\b){_WORD}\s*){{1,4}})",
    re.IGNORECASE,
)
_NAMED = re.compile(
    r"\b(?:known as|dubbed|nicknamed|remembered as|christened)\s+[\"“‘']?"
    r"((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|de|del|the|[A-Z][\w'’-]*)){0,4})"
)
_YEAR = re.compile(r"\b(?:in|since|of|until|back in|from)\s+((?:18|19|20)\d\d)\b(?!-)")
_NUMBER_WORDS = "|".join(sorted((w for w in lexicon.NUMBER_WORDS if w.isalpha()), key=len)[::-1])
_COUNT = re.compile(
    rf"\b(\d{{1,3}}|(?:{_NUMBER_WORDS}))\s+((?:[a-z]+[- ])?[a-z]+s)\b(?![-'’])", re.IGNORECASE
)
_NOT_COUNTED = {"minutes", "seconds", "goals", "years", "points", "times", "days", "hours"}
_CUES = re.compile(
    r"\b(?:first|last|only|record|never|since|history|historic|famous|famously|known|dubbed|"
    r"because|due|despite|without|trophy|title|farewell|ever|final|legendary|remarkable|"
    r"miracle|season|career|debut|rivals?)\b",
    re.IGNORECASE,
)
_NOT_FINAL = re.compile(r"[- ]?(?:whistle|day|score|minutes?|stages?|third|ball|kick|word)\b")
# "the Kop", "the Miracle of Istanbul": a proper name that is not a team, person or competition.
_PROPER = re.compile(
    r"(?<=[a-z,;] )the ((?:[A-Z][a-z]+)(?: (?:of|de|del) [A-Z][a-z]+| [A-Z][a-z]+){0,3})\b"
    r"(?!['’]s)",
)
_FIELD = re.compile(r"^\s*[A-Za-z ]{2,20}:\s")
_KIND_RANK = {
    "cause": 3.0,
    "named": 3.0,
    "proper": 1.7,
    "stage": 2.0,
    "competition": 2.0,
    "league": 2.0,
    "city": 2.0,
    "person": 1.8,
    "club": 1.6,
    "year": 1.5,
    "count": 1.2,
}
_LEAD = {
    "club": "Which club fills the gap?",
    "person": "Who fills the gap?",
    "city": "Which city fills the gap?",
    "competition": "Which competition fills the gap?",
    "league": "Which league fills the gap?",
    "stage": "Which stage of the competition fills the gap?",
    "year": "In which year? Fill the gap:",
    "count": "How many? Fill the gap:",
    "cause": "Why? Fill the gap:",
    "named": "By what name? Fill the gap:",
    "proper": "Fill the gap (a name):",
}
_COMPETITIONS = sorted({s for v in lexicon.COMPETITIONS.values() for s in v}, key=len, reverse=True)
_COMPETITION_RE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(re.escape(s) for s in _COMPETITIONS)})(?![\w-])"
)
_CANON_COMPETITION = {s: c for c, v in lexicon.COMPETITIONS.items() for s in v}
_STAGE_RES = [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), n) for p, n in lexicon.STAGES]
_CITY_RE = re.compile(rf"\b(?:in|to|at|from)\s+({lexicon.alternation(lexicon.CITIES)})\b")


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _bare(phrase: str) -> str:
    return re.sub(r"^(?:the|a|an|their|his|its|her)\s+", "", phrase, flags=re.IGNORECASE)


def _aliases(answer: str, kind: str, written: str) -> list[str]:
    out: list[str] = [written]  # "Klopp" where the answer is the full name found elsewhere
    bare = _bare(answer)
    if bare != answer:
        out.append(bare)
    if kind in ("cause", "named", "proper"):
        head = bare.split()[-1] if bare.split() else ""
        for word in (head, _singular(head), _singular(bare)):
            if word and word.casefold() != answer.casefold() and word not in out:
                out.append(word)
    if kind == "person" and len(answer.split()) > 1:
        out.append(answer.split()[-1])
    if kind in ("competition", "league"):
        canon = _CANON_COMPETITION.get(answer, answer)
        out.extend([canon, *lexicon.COMPETITIONS.get(canon, ())])
    if kind == "club":
        out.extend(a for a in lexicon.TEAMS.get(answer, ()) if not a.startswith("the "))
    seen: set[str] = {answer.casefold()}
    unique = []
    for a in out:
        if a and a.casefold() not in seen:
            seen.add(a.casefold())
            unique.append(a)
    return unique


def _candidates(
    body: str, teams: Sequence[Mention], people: Sequence[Mention], main: set[str]
) -> list[tuple[float, str, int, int, str]]:
    """(rank, kind, start, end, answer) for each gap in one sentence; offsets in `body`."""
    found: list[tuple[float, str, int, int, str]] = []

    def add(kind: str, start: int, end: int, answer: str) -> None:
        found.append((_KIND_RANK[kind], kind, start, end, answer))

    for m in _CAUSE.finditer(body):
        phrase = m.group(1).rstrip(" ,;:.")
        if phrase and not phrase[0].isdigit():
            add("cause", m.start(1), m.start(1) + len(phrase), phrase)
    for m in _NAMED.finditer(body):
        add("named", m.start(1), m.end(1), m.group(1))
    for pattern, name in _STAGE_RES:
        for m in pattern.finditer(body):
            if name == "final" and (
                _NOT_FINAL.match(body[m.end() :])
                or re.search(r"(?:semi|quarter)[- ]$", body[: m.start()])
            ):
                continue  # "the final day", "final whistle": not a stage
            add("stage", m.start(), m.end(), m.group())
    for m in _COMPETITION_RE.finditer(body):
        name = _CANON_COMPETITION[m.group()]
        add("league" if name in lexicon.LEAGUES else "competition", m.start(), m.end(), m.group())
    for m in _CITY_RE.finditer(body):
        if not any(t.start <= m.start(1) < t.end for t in teams):
            add("city", m.start(1), m.end(1), m.group(1))
    for m in _PROPER.finditer(body):
        start = m.start()
        if not any(a < m.end() and start < b for _, _, a, b, _ in found) and not any(
            x.start < m.end() and start < x.end for x in (*teams, *people)
        ):
            add("proper", start, m.end(), m.group())
    for t in teams:
        add("club", t.start, t.end, t.name)
    for p in people:
        add("person", p.start, p.end, p.name)
    for m in _YEAR.finditer(body):
        add("year", m.start(1), m.end(1), m.group(1))
    for m in _COUNT.finditer(body):
        if m.group(2).casefold().split()[-1] not in _NOT_COUNTED:
            add("count", m.start(1), m.end(1), m.group(1))
    ranked = []
    cues = len(_CUES.findall(body))
    for rank, kind, start, end, answer in found:
        rank += min(cues, 3) * 0.5
        if kind == "club":
            rank += -1.0 if answer in main else _OTHER_CLUB
        ranked.append((rank, kind, start, end, answer))
    return ranked


def _cloze(
    body: str, base: int, kind: str, start: int, end: int, answer: str, rank: float
) -> ContextDraft | None:
    def plain(part: str) -> str:
        return part.replace("{", "(").replace("}", ")")

    statement = plain(body[:start]) + "{answer}" + plain(body[end:])
    if len(statement) > 300:
        return None
    lead = _LEAD[kind]
    if kind == "club" and answer in lexicon.NATIONAL_TEAMS:
        lead = "Which national team fills the gap?"
    ask = f"{lead} {statement.replace('{answer}', '___')}"[:300]
    named = kind in ("club", "person", "city", "competition", "league", "stage", "year")
    item = ContextDraft(
        (base, base + len(body)),
        answer=answer,
        answer_kind=kind if named else "text",
        aliases=_aliases(answer, kind, body[start:end]),
        ask=ask,
        statement=statement,
        at=(base + start, base + end),
        rank=rank,
    )
    item.doubt(NOTE)
    return item


def draft_contexts(
    draft: ReportDraft,
    sentences: Sequence[Sentence],
    masked: str,
    sentence_teams: dict[int, list[Mention]],
    sentence_people: dict[int, list[Mention]],
    per_1000_words: int = PER_1000_WORDS,
    minimum: int = MINIMUM,
    gaps_per_sentence: int = GAPS_PER_SENTENCE,
) -> list[ContextDraft]:
    """Ranked cloze drafts for a report; see the module's docstring for how they are chosen."""
    text = draft.text
    covered: list[Span] = [m.span for m in draft.matches if m.score is not None]
    covered += [g.span for g in draft.goals] + [q.span for q in draft.quotes]
    counts: Counter[str] = Counter()
    for teams in sentence_teams.values():
        counts.update(t.name for t in teams)
    main = {name for name, _ in counts.most_common(2)}
    per_sentence: list[ContextDraft] = []
    for index, sentence in enumerate(sentences):
        s, e = sentence.start, sentence.end
        if any(a < e and s < b for a, b in covered):
            continue
        body = text[s:e]
        if masked[s:e] != body or _FIELD.match(body):
            continue  # quoted words, or a "Venue: ..." line
        words = len(body.split())
        if words < 8 or words > 60 or body.rstrip()[-1:] not in ".!":
            continue  # headlines, captions, run-on lists
        options = _candidates(
            body, sentence_teams.get(index, []), sentence_people.get(index, []), main
        )
        if not options:
            continue
        picked: list[tuple[float, str, int, int, str]] = []
        for option in sorted(options, key=lambda o: (-o[0], o[2])):
            _, _, start, end, answer = option
            if len(picked) >= gaps_per_sentence:
                break
            if any(
                lexicon.fold(answer) == lexicon.fold(p[4]) or (start < p[3] and p[2] < end)
                for p in picked
            ):
                continue
            picked.append(option)
        for order, (rank, kind, start, end, answer) in enumerate(picked):
            item = _cloze(body, s, kind, start, end, answer, rank - order * _LATER_GAP)
            if item is not None:
                per_sentence.append(item)
    total_words = len(text.split())
    cap = max(minimum, math.ceil(total_words * per_1000_words / 1000))
    kept = sorted(per_sentence, key=lambda c: -c.rank)[:cap]
    return sorted(kept, key=lambda c: c.span[0])
