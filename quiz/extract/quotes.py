"""Quoted words and who said them.

A quote runs from an opening quote mark to its closing mark, or to the end of the paragraph
when a speech carries on into the next one (the next paragraph then opens with a quote mark).
The speaker is named next to the quote ("..., Klopp said", "He told Sky Sport Italia: ..."),
is the subject of a reporting verb in the same sentence, or carries over from the paragraph
before. "He said" is resolved to the last speaker; anything less direct is marked for review.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from quiz.extract.names import Mention

_OPEN = '“"'
_CLOSE = '”"'
# Verbs that report speech ("added" aside: "X added a second" is a goal).
REPORTING_VERBS = (
    r"said|says|say|told|tells|explained|insisted|admitted|declared|claimed|stated|"
    r"continued|warned|revealed|reflected|joked|noted|replied|believes|believed|labels|labelled|"
    r"described|acknowledges|acknowledged|hailed|stressed|urged|conceded|commented|remarked|"
    r"calls|called|branded|brands"
)
_VERBS = rf"{REPORTING_VERBS}|added|adds"
_AFTER = re.compile(
    rf"^[\s,]*(?:(?P<pro>he|she|He|She)\s+(?P<v1>{_VERBS})|(?P<v2>said|says|added|told)\s+)",
)
# '..." the City manager said.': the speaker is described, not named.
_DESCRIBED = re.compile(
    r"[\s,]*the\s+(?:[\w'’-]+\s+){0,2}?(?P<role>manager|head coach|coach|boss|captain|skipper|"
    rf"goalkeeper|keeper)\s+(?:{_VERBS})\b"
)
_BEFORE_VERB = re.compile(
    rf"\b(?P<pro>He|he|She|she)?\s*(?P<verb>{_VERBS})\b[^“\"]{{0,60}}[:,]\s*$"
)
_TO = re.compile(
    r"\b(?:told|tells|speaking to|said to)\s+((?:[A-Z][\w'’.-]*\s?){1,4}|reporters|journalists|"
    r"the press|a press conference|television reporters|the media)"
)


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offset of the first quoted character
    end: int  # offset just past the last quoted character
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark, None when it runs to the paragraph end
    paragraph_start: int  # start of the line the quote opens in


@dataclass
class QuoteRead:
    span: QuoteSpan
    speaker: str | None
    to: str | None = None
    notes: list[str] = field(default_factory=list)
    role: str | None = None  # from '..." the City manager said'


def find_spans(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    line_start = 0
    for line in text.splitlines(keepends=True):
        i = 0
        body = line.rstrip("\r\n")
        while i < len(body):
            ch = body[i]
            if ch in _OPEN and (ch != '"' or _opens(body, i)):
                close = _closing(body, i)
                end = close if close is not None else len(body)
                spans.append(
                    QuoteSpan(
                        line_start + i + 1,
                        line_start + end,
                        line_start + i,
                        None if close is None else line_start + close,
                        line_start,
                    )
                )
                i = end + 1
                continue
            i += 1
        line_start += len(line)
    return spans


def _opens(body: str, i: int) -> bool:
    before = body[i - 1] if i else " "
    return not before.isalnum()


def _closing(body: str, i: int) -> int | None:
    for j in range(i + 1, len(body)):
        if body[j] in _CLOSE and (
            body[j] == "”" or j + 1 == len(body) or not body[j + 1].isalnum()
        ):
            return j
    return None


def mask(text: str, spans: list[QuoteSpan]) -> str:
    """The text with quoted words blanked out (offsets kept), so reported facts are not read
    from what someone said."""
    chars = list(text)
    for span in spans:
        for k in range(span.start, span.end):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


def attribute(
    text: str,
    spans: list[QuoteSpan],
    people_at: list[Mention],
    last_person_before: dict[int, str | None],
) -> list[QuoteRead]:
    """Speakers for each quote. `people_at` are person mentions (resolved) across the whole
    text; `last_person_before[i]` the last named subject before quote i."""
    reads: list[QuoteRead] = []
    last_speaker: str | None = None
    for index, span in enumerate(spans):
        speaker, notes, to = _speaker(
            text, span, people_at, last_speaker, last_person_before.get(index)
        )
        role = None
        described = _DESCRIBED.match(text, (span.close_at + 1) if span.close_at else span.end)
        if described and speaker is None:
            speaker, notes, to = _pronoun(last_speaker, last_person_before.get(index), to)
            if speaker is not None:
                role = described.group("role")
                notes = [f"'the ... {role}' after the quote taken to mean {speaker}"]
        if speaker is None and _continues(text, span, spans, index) and last_speaker:
            speaker = last_speaker
        if speaker is not None:
            last_speaker = speaker
        reads.append(QuoteRead(span, speaker, to, notes, role))
    return reads


def _continues(text: str, span: QuoteSpan, spans: list[QuoteSpan], index: int) -> bool:
    """A paragraph that opens with a quote right after a paragraph of quoted speech."""
    if index == 0:
        return False
    previous = spans[index - 1]
    between = text[previous.end : span.open_at]
    if span.open_at != span.paragraph_start:
        # '"...," he said. "...".': a second quote after a short attribution, same paragraph.
        return previous.paragraph_start == span.paragraph_start and len(between) < 40
    return previous.close_at is None or len(between.strip(' ”"\n,.')) < 60


def _speaker(
    text: str,
    span: QuoteSpan,
    people: list[Mention],
    last_speaker: str | None,
    last_subject: str | None,
) -> tuple[str | None, list[str], str | None]:
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    after_at = (span.close_at + 1) if span.close_at is not None else span.end
    after = text[after_at:line_end]
    before = text[span.paragraph_start : span.open_at]
    to_match = _TO.search(after[:120]) or _TO.search(before[-120:])
    to = to_match.group(1).strip(" .,") if to_match else None
    # ..." Klopp said.   ..." said Klopp.
    m = _AFTER.match(after)
    if m:
        if m.group("pro"):
            return _pronoun(last_speaker, last_subject, to)
        named = _within(people, after_at, after_at + m.end() + 41)
        if named:
            return named[0].name, [], to
    next_open = min((after.find(c) for c in _OPEN if c in after), default=-1)
    leads_on = next_open >= 0 and after[:next_open].rstrip().endswith(":")
    named_after = _within(people, after_at, after_at + 7)
    if (
        named_after
        and not leads_on
        and re.match(
            rf"^[\s,]*\S+(?:\s+\S+){{0,3}}\s+(?:{_VERBS})\b",
            after[: named_after[0].end - after_at + 20],
        )
    ):
        return named_after[0].name, [], to
    # Klopp said: "...   He told reporters: "...   Sky commentator Martin Tyler: "...
    tail = before[-160:]
    verb = _BEFORE_VERB.search(tail)
    line_people = _within(people, span.paragraph_start, span.open_at)
    if verb:
        if verb.group("pro") and not [
            p for p in line_people if p.start > span.open_at - 160 + verb.start() - 30
        ]:
            return _pronoun(last_speaker, last_subject, to)
        if line_people:
            verb_at = span.open_at - len(tail) + verb.start()
            subject = [p for p in line_people if p.start < verb_at]
            if subject:
                return (
                    subject[-1].name
                    if _adjacent(text, subject[-1], verb_at)
                    else (subject[0].name),
                    [],
                    to,
                )
    # Gasperini believes the win was "perhaps our biggest ever victory"
    sentence_start = max(
        text.rfind(". ", span.paragraph_start, span.open_at) + 2, span.paragraph_start
    )
    for person in line_people:
        if person.start >= sentence_start and re.match(
            rf"^(?:['’]s)?\s+(?:\w+\s+){{0,2}}?(?:{_VERBS})\b", text[person.end : span.open_at]
        ):
            return person.name, [], to
    named_colon = [p for p in line_people if re.fullmatch(r"\s*:\s*", text[p.end : span.open_at])]
    if named_colon:
        return named_colon[0].name, [], to
    if re.search(r":\s*$", before) and line_people:
        return line_people[0].name, ["speaker read from the sentence before the colon"], to
    return None, [], to


def _within(people: list[Mention], start: int, end: int) -> list[Mention]:
    """People whose mention starts in [start, end); `people` are in text order."""
    lo = bisect.bisect_left(people, start, key=lambda p: p.start)
    hi = bisect.bisect_left(people, end, key=lambda p: p.start)
    return people[lo:hi]


def _adjacent(text: str, person: Mention, verb_at: int) -> bool:
    return len(text[person.end : verb_at].split()) <= 4


def _pronoun(
    last_speaker: str | None, last_subject: str | None, to: str | None
) -> tuple[str | None, list[str], str | None]:
    if last_speaker and last_subject in (None, last_speaker):
        return last_speaker, [], to
    if last_subject:
        return last_subject, [f"'he' taken to mean {last_subject}"], to
    return None, [], to
