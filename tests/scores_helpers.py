"""Builders for score-store tests (imported by tests/test_scores_*.py and their child processes)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from quiz.scores.records import AnswerRecord, RoundRecord

T0 = datetime(2026, 5, 1, 18, 0, tzinfo=UTC)
DIGEST = "a" * 64


def make_round(
    n: int = 0,
    *,
    player: str = "ann",
    pack_id: str = "anfield",
    digest: str = DIGEST,
    mode: str = "timed",
    score: int | None = None,
    answers: int = 3,
    abandoned: bool = False,
    finished: datetime | None = None,
    wrong: frozenset[int] = frozenset({0}),
    tags: dict[str, tuple[str, ...]] | None = None,
    difficulty: dict[str, str] | None = None,
) -> RoundRecord:
    """Round n of a made-up game: finishes n minutes after T0 unless told otherwise."""
    finished = finished or T0 + timedelta(minutes=n)
    played = tuple(
        AnswerRecord(
            question_id=f"q{i}",
            given="" if i in wrong else f"answer {i}",
            correct=i not in wrong,
            seconds=1.5 + i,
            points=0 if i in wrong else 800,
        )
        for i in range(answers)
    )
    right = sum(a.correct for a in played)
    return RoundRecord(
        player=player,
        pack_id=pack_id,
        pack_title=f"Pack {pack_id}",
        pack_digest=digest,
        mode=mode,
        questions=answers,
        seconds=None if mode == "relaxed" else 20,
        difficulty=None,
        score=800 * right if score is None else score,
        correct=right,
        total=answers,
        best_streak=right,
        duration=30.0 + n,
        started_at=finished - timedelta(seconds=30 + n),
        finished_at=finished,
        abandoned=abandoned,
        answers=played,
        tags_by_question=tags or {},
        difficulty_by_question=difficulty or {},
    )
