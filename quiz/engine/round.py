"""One round of the game: picking questions, timing answers, scoring, and the final record.

No UI here. Time comes from an injected monotonic clock, so tests never sleep and an
answer that arrives after the deadline never scores, however busy the screen was.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal, get_args

from quiz.engine.answers import (
    KnownNames,
    check_order,
    check_typed,
    fold,
    number_credit,
    parse_number,
)
from quiz.engine.scoring import BASE_POINTS, points_for
from quiz.packs.models import (
    AnyQuestion,
    MultipleChoice,
    NumberQuestion,
    OrderQuestion,
    Pack,
    TrueFalse,
    TypedAnswer,
)
from quiz.scores.records import AnswerRecord, RoundRecord

Mode = Literal["timed", "relaxed", "sudden-death"]
MODES: tuple[str, ...] = get_args(Mode)
DIFFICULTIES = ("easy", "medium", "hard")
State = Literal["ready", "asking", "feedback", "finished"]
TRUE_FALSE_CHOICES = ("True", "False")
ORDER_ARROW = " → "

Answer = str | int | bool | Sequence[str]


@dataclass(frozen=True)
class RoundSettings:
    questions: int = 10
    seconds: int | None = None  # None: the question's own seconds, else the pack's
    difficulty: str | None = None  # "easy" | "medium" | "hard" | None for all
    mode: Mode = "timed"
    seed: int | None = None


@dataclass(frozen=True)
class Shown:
    """What the screen shows for the current question."""

    index: int  # 0-based
    total: int
    question: AnyQuestion
    choices: tuple[str, ...]  # MC options, ("True", "False"), shuffled order items, or ()
    limit: float | None  # seconds allowed, None in relaxed mode


@dataclass(frozen=True)
class Outcome:
    question: AnyQuestion
    given: str  # the answer as text ("" if timed out)
    correct: bool
    credit: float  # 1 right, 0 wrong or late, in between for a close number
    timed_out: bool
    seconds: float  # time taken (the whole limit when timed out)
    points: int
    streak: int  # streak after this answer
    correct_answer: str  # the right answer as text to show


def _utc_now() -> datetime:
    return datetime.now(UTC)


def format_number(value: float) -> str:
    """1907.0 -> "1907", 2.5 -> "2.5" (no thousands separators: years stay years)."""
    return str(int(value)) if value.is_integer() else repr(value)


def correct_answer_text(question: AnyQuestion) -> str:
    """The right answer as the feedback screen shows it."""
    match question:
        case MultipleChoice() | TypedAnswer():
            return question.answer
        case TrueFalse():
            return TRUE_FALSE_CHOICES[0] if question.answer else TRUE_FALSE_CHOICES[1]
        case NumberQuestion():
            text = format_number(question.answer)
            if question.unit:
                text += f" {question.unit}"
            if question.tolerance:
                text += f" (±{format_number(question.tolerance)})"
            return text
        case OrderQuestion():
            return ORDER_ARROW.join(question.items)
    raise TypeError(f"unknown question type: {type(question).__name__}")


def _strip_unit(text: str, unit: str) -> str:
    """ "42 goals" -> "42" when the question's unit is "goals"."""
    return re.sub(rf"\s*{re.escape(unit.strip())}\s*$", "", text, flags=re.IGNORECASE)


def shuffled_items(items: Sequence[str], rng: random.Random) -> tuple[str, ...]:
    """The items in a random order that is never already the correct one."""
    shuffled = list(items)
    if len(set(shuffled)) < 2:
        return tuple(shuffled)
    while shuffled == list(items):
        rng.shuffle(shuffled)
    return tuple(shuffled)


def pick_questions(pack: Pack, settings: RoundSettings, rng: random.Random) -> list[AnyQuestion]:
    """Questions of the chosen difficulty in a seeded random order, no repeats."""
    pool = [
        q
        for q in pack.questions
        if settings.difficulty is None or q.difficulty == settings.difficulty
    ]
    if not pool:
        raise ValueError(
            f"pack '{pack.id}' has no {settings.difficulty} questions; choose another difficulty"
        )
    rng.shuffle(pool)
    return _varied(pool, min(settings.questions, len(pool)))


def _varied(shuffled: list[AnyQuestion], count: int) -> list[AnyQuestion]:
    """The first `count` questions that ask about new facts and have a new answer, topped up
    in order with the rest: a round should not ask one fact twice (one question then gives
    another away) or have the same answer again and again. One pass, stopping early."""
    picked: list[AnyQuestion] = []
    skipped: list[AnyQuestion] = []
    facts: set[str] = set()
    answers: set[str] = set()
    for question in shuffled:
        if len(picked) == count:
            break
        answer = _answer_key(question)
        if facts.isdisjoint(question.facts) and (answer is None or answer not in answers):
            picked.append(question)
            facts.update(question.facts)
            if answer is not None:
                answers.add(answer)
        else:
            skipped.append(question)
    picked += skipped[: count - len(picked)]
    return picked


def _answer_key(question: AnyQuestion) -> str | None:
    """The answer as a name, for spotting repeats; None where a repeat says nothing."""
    if question.type in ("multiple_choice", "typed"):
        return fold(question.answer)
    return None


def _check_settings(settings: RoundSettings) -> None:
    if settings.mode not in MODES:
        raise ValueError(f"unknown mode '{settings.mode}'; choose one of {', '.join(MODES)}")
    if settings.difficulty is not None and settings.difficulty not in DIFFICULTIES:
        raise ValueError(
            f"unknown difficulty '{settings.difficulty}'; choose one of {', '.join(DIFFICULTIES)}"
        )
    if settings.questions < 1:
        raise ValueError("a round needs at least 1 question")
    if settings.seconds is not None and settings.seconds < 1:
        raise ValueError("seconds per question must be at least 1")


class Round:
    """A round's state machine: ready -> (asking -> feedback)* -> finished."""

    def __init__(
        self,
        pack: Pack,
        settings: RoundSettings,
        *,
        clock: Callable[[], float] = time.monotonic,
        digest: str = "",
        now_utc: Callable[[], datetime] = _utc_now,
    ) -> None:
        _check_settings(settings)
        self.pack = pack
        self.settings = settings
        self.digest = digest
        self._clock = clock
        self._now_utc = now_utc
        rng = random.Random(settings.seed)
        self.questions: list[AnyQuestion] = pick_questions(pack, settings, rng)
        # Shuffle every order question now, so the order shown depends on the seed only.
        self._choices = [self._choices_for(q, rng) for q in self.questions]
        self._known_names: KnownNames | None = None
        if any(isinstance(q, TypedAnswer) for q in self.questions):
            self.known_names()

        self.state: State = "ready"
        self.score = 0
        self.streak = 0
        self.best_streak = 0
        self.correct_count = 0
        self.outcomes: list[Outcome] = []
        self.abandoned = False
        self._shown: Shown | None = None
        self._asked_at = 0.0
        self._stopped_at = 0.0  # clock reading when the current question was answered
        self._started_mono: float | None = None
        self._finished_mono: float | None = None
        self.started_at: datetime = now_utc()
        self.finished_at: datetime | None = None

    # --- questions ---------------------------------------------------------------

    @staticmethod
    def _choices_for(question: AnyQuestion, rng: random.Random) -> tuple[str, ...]:
        match question:
            case MultipleChoice():
                return question.options
            case TrueFalse():
                return TRUE_FALSE_CHOICES
            case OrderQuestion():
                return shuffled_items(question.items, rng)
        return ()

    @property
    def mode(self) -> Mode:
        return self.settings.mode

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def shown(self) -> Shown | None:
        return self._shown

    def limit_for(self, question: AnyQuestion) -> float | None:
        """Seconds allowed: the round's setting, else the question's, else the pack's."""
        if self.mode == "relaxed":
            return None
        return float(self.settings.seconds or question.seconds or self.pack.seconds)

    def has_next(self) -> bool:
        if self.state == "finished":
            return False
        if self.mode == "sudden-death" and self.outcomes and not self.outcomes[-1].correct:
            return False
        # While a question is waiting, "next" is the one after it.
        upcoming = len(self.outcomes) + (1 if self.state == "asking" else 0)
        return upcoming < self.total

    def ask(self) -> Shown:
        """Show the next question and start its clock."""
        if self.state not in ("ready", "feedback"):
            raise RuntimeError(f"cannot ask a question while {self.state}")
        if not self.has_next():
            raise RuntimeError("no more questions in this round")
        index = len(self.outcomes)
        question = self.questions[index]
        now = self._clock()
        if self._started_mono is None:
            self._started_mono = now
            self.started_at = self._now_utc()
        self._asked_at = now
        self._shown = Shown(
            index=index,
            total=self.total,
            question=question,
            choices=self._choices[index],
            limit=self.limit_for(question),
        )
        self.state = "asking"
        return self._shown

    # --- time --------------------------------------------------------------------

    def _deadline(self) -> float | None:
        if self._shown is None or self._shown.limit is None:
            return None
        return self._asked_at + self._shown.limit

    def time_left(self) -> float | None:
        """Seconds left on the current question (frozen once answered); None if untimed."""
        deadline = self._deadline()
        if deadline is None:
            return None
        now = self._clock() if self.state == "asking" else self._stopped_at
        return max(0.0, deadline - now)

    def expired(self) -> bool:
        deadline = self._deadline()
        return self.state == "asking" and deadline is not None and self._clock() >= deadline

    # --- answering ---------------------------------------------------------------

    def answer(self, given: Answer) -> Outcome:
        """Check and score an answer. One arriving at or after the deadline is a time-out."""
        shown = self._require_asking()
        now = self._clock()
        deadline = self._deadline()
        if deadline is not None and now >= deadline:
            return self._settle(shown, now, given="", credit=0.0, timed_out=True)
        text, credit = self._judge(shown, given)
        return self._settle(shown, now, given=text, credit=credit, timed_out=False)

    def time_out(self) -> Outcome:
        """End the current question unanswered (the timer ran out, or the player gave up)."""
        shown = self._require_asking()
        return self._settle(shown, self._clock(), given="", credit=0.0, timed_out=True)

    def _require_asking(self) -> Shown:
        if self.state != "asking" or self._shown is None:
            raise RuntimeError(f"no question is waiting for an answer (round is {self.state})")
        return self._shown

    def _judge(self, shown: Shown, given: Answer) -> tuple[str, float]:
        """The answer as text and its credit (1 right, 0 wrong, between for close numbers)."""
        question = shown.question
        match question:
            case MultipleChoice():
                text = self._option_text(question, given)
                return text, float(text == question.answer)
            case TrueFalse():
                value = self._true_false(given)
                return TRUE_FALSE_CHOICES[0 if value else 1], float(value == question.answer)
            case TypedAnswer():
                text = self._text(given)
                right = check_typed(text, question.answer, question.aliases, self.known_names())
                return text, float(right)
            case NumberQuestion():
                if isinstance(given, int | float) and not isinstance(given, bool):
                    text = format_number(float(given))
                else:
                    text = self._text(given)
                value = parse_number(text)
                if value is None and question.unit:
                    value = parse_number(_strip_unit(text, question.unit))
                if value is None:
                    return text, 0.0
                return text, number_credit(value, question.answer, question.tolerance)
            case OrderQuestion():
                if isinstance(given, str) or not isinstance(given, Sequence):
                    raise ValueError("an order answer is the list of items in order")
                items = [str(item) for item in given]
                return ORDER_ARROW.join(items), float(check_order(items, question.items))
        raise TypeError(f"unknown question type: {type(question).__name__}")

    @staticmethod
    def _text(given: Answer) -> str:
        if not isinstance(given, str):
            raise ValueError("this question takes a typed answer")
        return given.strip()

    @staticmethod
    def _option_text(question: MultipleChoice, given: Answer) -> str:
        if isinstance(given, int) and not isinstance(given, bool):
            if not 0 <= given < len(question.options):
                raise ValueError(f"choose an option from 1 to {len(question.options)}")
            return question.options[given]
        if isinstance(given, str):
            key = fold(given)
            match = next((o for o in question.options if fold(o) == key), None)
            return match if match is not None else given
        raise ValueError("a multiple-choice answer is an option or its index")

    @staticmethod
    def _true_false(given: Answer) -> bool:
        if isinstance(given, bool):
            return given
        if isinstance(given, str):
            word = fold(given)
            if word in ("true", "t", "yes", "y"):
                return True
            if word in ("false", "f", "no", "n"):
                return False
        raise ValueError("a true/false answer is True or False")

    def known_names(self) -> KnownNames:
        """Every name the pack mentions: rivals a typed answer must be clearly closer to.

        Built on first use; a round with typed questions builds it before its first
        question, so the work never eats into an answer's time.
        """
        if self._known_names is None:
            names: list[str] = []
            for q in self.pack.questions:
                match q:
                    case MultipleChoice():
                        names += q.options
                    case TypedAnswer():
                        names += (q.answer, *q.aliases)
                    case OrderQuestion():
                        names += q.items
            self._known_names = KnownNames(names)
        return self._known_names

    def _settle(
        self, shown: Shown, now: float, *, given: str, credit: float, timed_out: bool
    ) -> Outcome:
        question = shown.question
        limit = shown.limit
        elapsed = max(0.0, now - self._asked_at)
        if timed_out and limit is not None:
            elapsed = limit
        correct = credit >= 1.0
        base = BASE_POINTS if question.points is None else question.points
        # A no-points question neither extends nor breaks the streak.
        if base > 0:
            self.streak = self.streak + 1 if correct else 0
        self.best_streak = max(self.best_streak, self.streak)
        points = points_for(
            credit=credit,
            elapsed=elapsed,
            limit=limit,
            difficulty=question.difficulty,
            streak=self.streak,
            base=base,
        )
        outcome = Outcome(
            question=question,
            given=given,
            correct=correct,
            credit=credit,
            timed_out=timed_out,
            seconds=elapsed,
            points=points,
            streak=self.streak,
            correct_answer=correct_answer_text(question),
        )
        self.outcomes.append(outcome)
        self.score += points
        self.correct_count += int(correct)
        self._stopped_at = now
        self.state = "feedback"
        return outcome

    # --- the end -----------------------------------------------------------------

    def finish(self, *, abandoned: bool = False) -> None:
        """End the round; a question still waiting for an answer is dropped."""
        if self.state == "finished":
            return
        now = self._clock()
        if self.state == "asking":
            self._stopped_at = now
        self._finished_mono = now
        self.finished_at = self._now_utc()
        self.abandoned = abandoned
        self.state = "finished"

    @property
    def duration(self) -> float:
        """Seconds from the first question to the end (or to now while playing)."""
        if self._started_mono is None:
            return 0.0
        end = self._finished_mono if self._finished_mono is not None else self._clock()
        return max(0.0, end - self._started_mono)

    @property
    def average_seconds(self) -> float:
        if not self.outcomes:
            return 0.0
        return sum(o.seconds for o in self.outcomes) / len(self.outcomes)

    def record(self, player: str, pack_title: str) -> RoundRecord:
        """The finished round as the score store keeps it."""
        if self.state != "finished" or self.finished_at is None:
            raise RuntimeError("finish the round before recording it")
        played = [o.question for o in self.outcomes]
        return RoundRecord(
            player=player,
            pack_id=self.pack.id,
            pack_title=pack_title,
            pack_digest=self.digest,
            mode=self.mode,
            questions=self.settings.questions,
            seconds=None if self.mode == "relaxed" else self.settings.seconds,
            difficulty=self.settings.difficulty,
            score=self.score,
            correct=self.correct_count,
            total=len(self.outcomes),
            best_streak=self.best_streak,
            duration=self.duration,
            started_at=self.started_at,
            finished_at=self.finished_at,
            abandoned=self.abandoned,
            answers=tuple(
                AnswerRecord(
                    question_id=o.question.id,
                    given=o.given,
                    correct=o.correct,
                    seconds=o.seconds,
                    points=o.points,
                )
                for o in self.outcomes
            ),
            tags_by_question={q.id: tuple(q.tags) for q in played},
            difficulty_by_question={q.id: q.difficulty for q in played},
        )
