"""Feedback after each answer: right or wrong, the right answer, why, and where from."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from quiz.tui.text import labelled, literal, points

if TYPE_CHECKING:
    from quiz.engine.round import Outcome, Shown
    from quiz.tui.app import QuizApp

# Timed rounds move on by themselves after this many seconds (of the app's clock).
AUTO_ADVANCE_SECONDS = 8.0
TICK_SECONDS = 0.25


def verdict(outcome: Outcome) -> tuple[str, str]:
    """The headline and its CSS class."""
    if outcome.timed_out:
        return "⏱  Time's up!", "-late"
    if outcome.correct:
        return "✔  Correct!", "-right"
    if outcome.credit > 0:
        return "≈  Close!", "-close"
    return "✘  Wrong", "-wrong"


class FeedbackScreen(ModalScreen[None]):
    CSS_PATH = "../styles/feedback.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,space", "next", "Continue", id="continue"),
        Binding("escape", "next", show=False),
    ]

    app: QuizApp

    def __init__(self, outcome: Outcome, shown: Shown | None, *, mode: str, last: bool) -> None:
        super().__init__()
        self.outcome = outcome
        self.shown = shown
        self.auto = mode != "relaxed"
        self.last = last
        self._opened_at = 0.0

    def compose(self) -> ComposeResult:
        outcome = self.outcome
        headline, kind = verdict(outcome)
        gained = f"+{points(outcome.points)} points" if outcome.points else "no points"
        streak = f" · streak {outcome.streak} 🔥" if outcome.streak >= 2 else ""
        question = outcome.question
        with Vertical(id="feedback", classes=kind):
            yield Static(Content.assemble((headline, "bold"), f"   {gained}{streak}"), id="verdict")
            with VerticalScroll(id="details", can_focus=False):
                yield Static(labelled("Answer: ", outcome.correct_answer), id="answer")
                if outcome.given and not outcome.correct:
                    yield Static(labelled("You said: ", outcome.given), id="given")
                if question.explanation:
                    yield Static(literal(question.explanation), id="explanation")
                if question.source:
                    yield Static(labelled("Source: ", question.source, "italic"), id="source")
            yield Static(id="next")

    def on_mount(self) -> None:
        self._opened_at = self.app.clock()
        self.refresh_next()
        if self.auto:
            self.set_interval(TICK_SECONDS, self.tick)

    def remaining(self) -> float:
        return max(0.0, AUTO_ADVANCE_SECONDS - (self.app.clock() - self._opened_at))

    def refresh_next(self) -> None:
        what = "See results" if self.last else "Next question"
        text = f"Enter or Space: {what}"
        if self.auto:
            text += f" (in {int(self.remaining() + 0.999)}s)"
        self.query_one("#next", Static).update(Content(text))

    def tick(self) -> None:
        if not self.auto:
            return
        if self.remaining() <= 0:
            self.action_next()
        else:
            self.refresh_next()

    def action_next(self) -> None:
        if self.is_current:
            self.dismiss()

    def on_click(self) -> None:
        self.action_next()
