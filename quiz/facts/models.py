"""The facts format: typed facts taken from the source articles, the generator's only input.

A facts file (TOML or JSON) holds a list `facts`; each fact has a `kind` that decides its
fields. Facts refer to each other by id (a goal names its match and scorer), and those
references are checked across every file loaded together (see quiz.facts.load).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

FactId = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$", min_length=1, max_length=80)
]
# An article's file name, e.g. 003_f447d5d280d950ec.txt.
SourceName = Annotated[
    str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*\.txt$", max_length=120)
]
Name = Annotated[str, StringConstraints(pattern=r"\S", min_length=1, max_length=120)]
Phrase = Annotated[str, StringConstraints(pattern=r"\S", min_length=1, max_length=300)]
# Quoted words stay short: a few words as the subject of a who-said-it question, never a passage.
QuoteText = Annotated[str, StringConstraints(pattern=r"\S", min_length=2, max_length=80)]
Year = Annotated[int, Field(ge=1850, le=2100)]
Offset = Annotated[int, Field(ge=0)]

AnswerKind = Literal[
    "person", "club", "city", "country", "venue", "competition", "league", "stage", "year", "text"
]

_STRICT = ConfigDict(extra="forbid", frozen=True)


class _Fact(BaseModel):
    model_config = _STRICT

    id: FactId = Field(description="Unique across all facts files, e.g. `match-2020-anfield`.")
    sources: tuple[SourceName, ...] = Field(
        min_length=1, max_length=10, description="Article file names the fact comes from."
    )
    note: Annotated[str, StringConstraints(max_length=500)] = Field(
        default="", description="Free text for editors; never shown to players."
    )
    span: tuple[Offset, Offset] | None = Field(
        default=None,
        description="Character offsets [start, end) of the sentence in the source report the "
        "fact was drafted from (written by `quiz extract`); never shown to players.",
    )
    review: bool = Field(
        default=False,
        description="True when the fact is a guess that an editor must check (set by "
        "`quiz extract`); `quiz generate --from-text` leaves such facts out.",
    )

    @model_validator(mode="after")
    def _span_order(self) -> _Fact:
        if self.span is not None and self.span[0] > self.span[1]:
            raise PydanticCustomError("span", "span must be [start, end] with start <= end")
        return self


class Club(_Fact):
    """A club. `id` is what matches, people and goals use to refer to it."""

    kind: Literal["club"]
    name: Name
    aliases: tuple[Name, ...] = Field(default=(), description="Short names players may type.")
    nicknames: tuple[Name, ...] = Field(default=(), description="Nicknames the articles use.")
    city: Name | None = None
    country: Name | None = None
    league: Name | None = Field(default=None, description="The league the articles place it in.")
    stadium: Name | None = None


class Person(_Fact):
    kind: Literal["person"]
    name: Name
    aliases: tuple[Name, ...] = Field(default=(), description="Other names, e.g. `Mo Salah`.")
    role: Name = Field(description="e.g. `head coach`, `captain`, `player`, `manager`.")
    club: FactId | None = Field(default=None, description="Club id of that role.")
    nationality: Name | None = None
    since: Year | None = Field(default=None, description="Year the role began, when stated.")
    former_clubs: tuple[FactId, ...] = Field(default=(), description="Club ids.")


class Match(_Fact):
    kind: Literal["match"]
    competition: Name
    stage: Name = Field(description="e.g. `group stage`, `quarter-final`.")
    group: Name | None = None
    leg: int | None = Field(
        default=None,
        ge=1,
        le=2,
        description="1 for a first leg or first meeting, 2 for the return.",
    )
    year: Year
    date: dt.date | None = None
    weekday: (
        Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] | None
    ) = None
    home: FactId = Field(description="Club id.")
    away: FactId = Field(description="Club id.")
    venue: Name | None = Field(default=None, description="Stadium, when the articles name it.")
    city: Name
    home_goals: int = Field(ge=0, le=30)
    away_goals: int = Field(ge=0, le=30)
    aggregate_winner: FactId | None = Field(
        default=None, description="Club id, for a tie's last leg."
    )
    aggregate_for: int | None = Field(default=None, ge=0, le=60)
    aggregate_against: int | None = Field(default=None, ge=0, le=60)
    crowd: bool | None = Field(
        default=None, description="Were fans in the stadium? None: not stated."
    )

    @model_validator(mode="after")
    def _consistent(self) -> Match:
        if self.home == self.away:
            raise PydanticCustomError("same_club", "home and away must be different clubs")
        agg = (self.aggregate_winner, self.aggregate_for, self.aggregate_against)
        if any(v is not None for v in agg) and any(v is None for v in agg):
            raise PydanticCustomError(
                "aggregate", "aggregate_winner, aggregate_for and aggregate_against go together"
            )
        if self.aggregate_winner is not None and self.aggregate_winner not in (
            self.home,
            self.away,
        ):
            raise PydanticCustomError("aggregate", "aggregate_winner must be the home or away club")
        if self.date is not None and self.date.year != self.year:
            raise PydanticCustomError("date", "date and year disagree")
        return self


class Goal(_Fact):
    kind: Literal["goal"]
    match: FactId = Field(description="Match id.")
    scorer: FactId = Field(description="Person id.")
    club: FactId = Field(description="Club id the goal counted for.")
    minute: int | None = Field(default=None, ge=1, le=130)
    by_minute: int | None = Field(
        default=None, ge=1, le=130, description="When only 'within N minutes' is stated."
    )
    penalty: bool | None = Field(default=None, description="From the spot? None: not stated.")
    opener: bool | None = Field(default=None, description="Was it the match's first goal?")


class Record(_Fact):
    """A number the articles state: a streak, a count, a statistic."""

    kind: Literal["record"]
    subject: FactId = Field(description="Id of the club or person the number is about.")
    value: int = Field(ge=0, le=1_000_000)
    unit: Annotated[str, StringConstraints(max_length=40)] = ""
    approximate: bool = Field(default=False, description="The article says 'almost', 'about'...")
    how_many: Phrase = Field(
        description="Completes 'How many ...?', e.g. `shots on target did Liverpool have ...`."
    )
    statement: Phrase = Field(description="A true sentence with `{n}` where the number goes.")
    match: FactId | None = None

    @model_validator(mode="after")
    def _placeholder(self) -> Record:
        if "{n}" not in self.statement:
            raise PydanticCustomError("placeholder", "statement must contain {n}")
        return self


class Event(_Fact):
    """Something that happened in a stated year: club history, trophies, past meetings."""

    kind: Literal["event"]
    year: Year
    label: Name = Field(description="Short noun phrase for put-in-order lists.")
    ask: Phrase = Field(
        description="A question whose answer is the year, e.g. `In which year ...?`"
    )
    statement: Phrase = Field(description="A true sentence with `{year}` where the year goes.")
    subject: FactId | None = Field(default=None, description="Club or person id, if any.")

    @model_validator(mode="after")
    def _placeholder(self) -> Event:
        if "{year}" not in self.statement:
            raise PydanticCustomError("placeholder", "statement must contain {year}")
        return self


class Quote(_Fact):
    """A few quoted words and who said them, when and to whom."""

    kind: Literal["quote"]
    text: QuoteText
    speaker: FactId = Field(description="Person id.")
    to: Name | None = Field(default=None, description="Audience, e.g. `Sky Sport Italia`.")
    occasion: Phrase = Field(description="When, e.g. `after the 2-0 win at Anfield in 2020`.")
    match: FactId | None = Field(default=None, description="Match id the words are about.")


class Context(_Fact):
    """Any other stated fact, as a question with one answer of a known kind."""

    kind: Literal["context"]
    ask: Phrase = Field(description="A question whose only answer is `answer`.")
    answer: Name
    answer_kind: AnswerKind = Field(description="Distractors are drawn from answers of this kind.")
    aliases: tuple[Name, ...] = ()
    statement: Phrase = Field(description="A true sentence with `{answer}` where the answer goes.")
    also_true: tuple[Name, ...] = Field(
        default=(), description="Other answers that are also right: never used as distractors."
    )
    match: FactId | None = Field(default=None, description="Match id the fact is about, if any.")

    @model_validator(mode="after")
    def _placeholder(self) -> Context:
        if "{answer}" not in self.statement:
            raise PydanticCustomError("placeholder", "statement must contain {answer}")
        return self


AnyFact = Club | Person | Match | Goal | Record | Event | Quote | Context
Fact = Annotated[AnyFact, Field(discriminator="kind")]
FACT_KINDS: tuple[str, ...] = (
    "club",
    "person",
    "match",
    "goal",
    "record",
    "event",
    "quote",
    "context",
)


class FactsFile(BaseModel):
    """What one facts file holds."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    facts: tuple[Fact, ...] = Field(min_length=1, max_length=200_000)
