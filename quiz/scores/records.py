"""What the score store takes in and hands back: plain frozen dataclasses, no sqlite.

The round engine builds a RoundRecord when a round ends (or is abandoned); the TUI and
`quiz scores` read HighScore, RoundSummary, Accuracy and Missed back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

MODES = ("timed", "relaxed", "sudden-death")


@dataclass(frozen=True)
class AnswerRecord:
    question_id: str
    given: str  # the answer as the player gave it, as text ("" when timed out)
    correct: bool
    seconds: float  # time taken
    points: int


@dataclass(frozen=True)
class RoundRecord:
    player: str
    pack_id: str
    pack_title: str
    pack_digest: str  # sha256 of the pack file: scores of an edited pack are kept apart
    mode: str  # one of MODES
    questions: int  # setting: questions asked for
    seconds: int | None  # setting: seconds per question (None in relaxed mode)
    difficulty: str | None  # setting: difficulty filter, None = all
    score: int
    correct: int
    total: int  # questions actually played
    best_streak: int
    duration: float  # seconds
    started_at: datetime  # timezone-aware UTC
    finished_at: datetime  # timezone-aware UTC
    abandoned: bool = False
    answers: tuple[AnswerRecord, ...] = ()
    # Optional facts about the questions played, for accuracy by tag and by difficulty.
    tags_by_question: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    difficulty_by_question: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class HighScore:
    rank: int  # 1-based place on its board (one pack version and one mode)
    round_id: int
    player: str
    score: int
    correct: int
    total: int
    best_streak: int
    duration: float
    mode: str
    pack_id: str
    pack_title: str
    pack_digest: str
    finished_at: datetime


@dataclass(frozen=True)
class RoundSummary:
    round_id: int
    player: str
    score: int
    correct: int
    total: int
    best_streak: int
    duration: float
    mode: str
    pack_id: str
    pack_title: str
    pack_digest: str
    started_at: datetime
    finished_at: datetime
    abandoned: bool


@dataclass(frozen=True)
class Accuracy:
    key: str  # the tag, or the difficulty ("" for questions without one)
    asked: int
    correct: int

    @property
    def rate(self) -> float:
        return self.correct / self.asked if self.asked else 0.0


@dataclass(frozen=True)
class Missed:
    pack_id: str
    question_id: str
    asked: int
    missed: int
    last_given: str  # the most recent wrong answer ("" when it timed out)

    @property
    def rate(self) -> float:
        return self.missed / self.asked if self.asked else 0.0
