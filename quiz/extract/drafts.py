"""What the extractor finds, before it becomes facts: each item keeps where it came from.

`span` is the character offsets [start, end) of the sentence (or sentences) the item was read
from, in the report's text. `review` is set whenever a step guessed (a pronoun resolved to a
name, a team taken from the surrounding text, a minute given only as "within N minutes"); the
reasons are in `notes`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass
class Drafted:
    span: Span
    review: bool = False
    notes: list[str] = field(default_factory=list)

    def doubt(self, reason: str) -> None:
        self.review = True
        if reason not in self.notes:
            self.notes.append(reason)


@dataclass
class MatchDraft(Drafted):
    teams: tuple[str, str] = ("", "")  # home first when the report says so, else winner first
    score: tuple[int, int] | None = None  # in the order of `teams`
    ordered: bool = False  # True when the report gives home and away
    penalties: tuple[int, int] | None = None
    aggregate: tuple[int, int] | None = None
    extra_time: bool = False
    date: str | None = None  # ISO yyyy-mm-dd
    year: int | None = None
    weekday: str | None = None
    competition: str | None = None
    stage: str | None = None
    group: str | None = None
    leg: int | None = None
    venue: str | None = None
    city: str | None = None
    sources: list[str] = field(default_factory=list)
    home_why: str | None = None  # the evidence for which side was at home, when not "A 2-1 B"


@dataclass
class GoalDraft(Drafted):
    scorer: str = ""
    minute: int | None = None  # added time counted on: 90+3 is 93
    shown: str = ""  # as the report writes it: "90+3", "7"
    by_minute: bool = False  # only "within N minutes" was stated
    penalty: bool = False
    team: str | None = None
    match: int | None = None  # index into the report's matches
    again: bool = False  # "curled in another": a goal by this scorer not told before


@dataclass
class PersonDraft(Drafted):
    name: str = ""
    role: str = ""  # manager, head coach, captain, goalkeeper, referee, commentator, player
    team: str | None = None


@dataclass
class RecordDraft(Drafted):
    kind: str = ""  # attendance, unbeaten, goals, trophy, milestone
    value: int = 0
    unit: str = ""
    subject: str | None = None  # a team or a person
    approximate: bool = False
    phrase: str = ""  # the words the number was read from


@dataclass
class QuoteDraft(Drafted):
    speaker: str = ""
    text: str = ""  # the quoted words, whole
    to: str | None = None


@dataclass
class ContextDraft(Drafted):
    """A cloze draft: a sentence with one short answer span taken out (quiz.extract.context)."""

    answer: str = ""
    answer_kind: str = "text"  # one of quiz.facts.models.AnswerKind
    aliases: list[str] = field(default_factory=list)
    ask: str = ""
    statement: str = ""  # the sentence with {answer} where the answer was
    at: Span = (0, 0)  # the answer's offsets in the report
    rank: float = 0.0


@dataclass
class ReportDraft:
    """Everything drafted from one report."""

    source: str
    text: str
    matches: list[MatchDraft] = field(default_factory=list)
    goals: list[GoalDraft] = field(default_factory=list)
    people: list[PersonDraft] = field(default_factory=list)
    records: list[RecordDraft] = field(default_factory=list)
    quotes: list[QuoteDraft] = field(default_factory=list)
    contexts: list[ContextDraft] = field(default_factory=list)  # always review = True
    teams: dict[str, Span] = field(default_factory=dict)  # every team named -> first sentence
    notes: list[str] = field(default_factory=list)  # about the report as a whole

    def items(self) -> list[Drafted]:
        return [*self.matches, *self.goals, *self.people, *self.records, *self.quotes]
