"""Feedback after each answer: right or wrong, the right answer, why, and where from.

A panel of the question screen rather than a screen of its own: pushing a modal screen per
answer measured about 2.6x the time a minimal app takes to update a Static on a key press;
updating this pre-built panel keeps the step from answer to next question quick.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from quiz.tui.text import labelled, literal, points

if TYPE_CHECKING:
    from quiz.engine.round import Outcome

# Timed rounds move on by themselves after this many seconds (of the app's clock).
AUTO_ADVANCE_SECONDS = 8.0
KINDS = ("-right", "-wrong", "-late", "-close")


def verdict(outcome: Outcome) -> tuple[str, str]:
    """The headline and its CSS class."""
    if outcome.timed_out:
        return "⏱  Time's up!", "-late"
    if outcome.correct:
        return "✔  Correct!", "-right"
    if outcome.credit > 0:
        return "≈  Close!", "-close"
    return "✘  Wrong", "-wrong"


def named_in(source: str, explanation: str) -> bool:
    """Whether the explanation already names every source ("a.txt; b.txt" or "a.txt, b.txt"):
    generated explanations end with "Source: a.txt." or "Sources: a.txt, b.txt."."""
    parts = [part.strip() for part in re.split(r"[;,]", source) if part.strip()]
    return bool(parts) and all(part in explanation for part in parts)


class FeedbackPanel(Vertical, can_focus=True):
    """Shown in place of the answers until the player continues."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,space", "next", "Continue", id="continue"),
    ]

    class Continue(Message):
        """The player (or the clock, in timed rounds) wants the next question."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.outcome: Outcome | None = None
        self.auto = False
        self.last = False
        self.opened_at = 0.0
        self._next_text = ""

    def compose(self) -> ComposeResult:
        yield Static(id="verdict")
        yield Static(id="answer")
        yield Static(id="given")
        yield Static(id="explanation")
        yield Static(id="source")
        yield Static(id="next")

    def show(self, outcome: Outcome, *, auto: bool, last: bool, now: float) -> None:
        self.outcome, self.auto, self.last, self.opened_at = outcome, auto, last, now
        headline, kind = verdict(outcome)
        # One restyle for the verdict's colours, not one per class added or removed.
        self.update_classes({name: name == kind for name in KINDS})
        gained = f"+{points(outcome.points)} points" if outcome.points else "no points"
        streak = f" · streak {outcome.streak} 🔥" if outcome.streak >= 2 else ""
        self._set("#verdict", Content.assemble((headline, "bold"), f"   {gained}{streak}"))
        self._set("#answer", labelled("Answer: ", outcome.correct_answer))
        wrong_given = outcome.given and not outcome.correct
        self._set("#given", labelled("You said: ", outcome.given) if wrong_given else None)
        question = outcome.question
        self._set("#explanation", literal(question.explanation) if question.explanation else None)
        source = question.source
        if source and named_in(source, question.explanation or ""):
            source = None
        self._set("#source", labelled("Source: ", source, "italic") if source else None)
        self.refresh_next(now)

    def _set(self, selector: str, content: Content | None) -> None:
        widget = self.query_one(selector, Static)
        widget.display = content is not None
        if content is not None:
            widget.update(content)

    def remaining(self, now: float) -> float:
        return max(0.0, AUTO_ADVANCE_SECONDS - (now - self.opened_at))

    def refresh_next(self, now: float) -> None:
        what = "See results" if self.last else "Next question"
        text = f"Enter or Space: {what}"
        if self.auto:
            text += f" (in {int(self.remaining(now) + 0.999)}s)"
        if text == self._next_text:  # ticks ten times a second: redraw only on a change
            return
        # The same length keeps the line's size: a repaint, not a layout of the whole screen.
        same_size = len(text) == len(self._next_text)
        self._next_text = text
        self.query_one("#next", Static).update(Content(text), layout=not same_size)

    def tick(self, now: float) -> None:
        """Count down to moving on by itself (timed rounds only)."""
        if not self.auto:
            return
        if self.remaining(now) <= 0:
            self.action_next()
        else:
            self.refresh_next(now)

    def action_next(self) -> None:
        self.post_message(self.Continue())

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.action_next()
