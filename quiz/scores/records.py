"""Round records handed from the round engine to the score store.

Placeholder written on the engine branch with exactly the fields agreed for the score
store (branch `scores`), which had not landed yet; the store's own version supersedes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class AnswerRecord:
    question_id: str
    given: str  # "" when timed out
    correct: bool
    seconds: float
    points: int


@dataclass(frozen=True)
class RoundRecord:
    player: str
    pack_id: str
    pack_title: str
    pack_digest: str
    mode: str
    questions: int
    seconds: int | None
    difficulty: str | None
    score: int
    correct: int
    total: int
    best_streak: int
    duration: float
    started_at: datetime
    finished_at: datetime
    abandoned: bool = False
    answers: tuple[AnswerRecord, ...] = ()
    tags_by_question: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    difficulty_by_question: Mapping[str, str] = field(default_factory=dict)
