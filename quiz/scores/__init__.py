"""The local score store: rounds, high scores and stats in SQLite (stdlib only, no textual)."""

from quiz.scores.records import (
    MODES,
    Accuracy,
    AnswerRecord,
    HighScore,
    Missed,
    RoundRecord,
    RoundSummary,
)
from quiz.scores.store import ScoreStore

__all__ = [
    "MODES",
    "Accuracy",
    "AnswerRecord",
    "HighScore",
    "Missed",
    "RoundRecord",
    "RoundSummary",
    "ScoreStore",
]
