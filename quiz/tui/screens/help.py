"""Help: the keys and the scoring rules."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = [
    ("Home", "type to filter · ↑↓ pick a pack · Enter play · F2 high scores"),
    ("Choice", "1–6 or A–F, or ←↑↓→ then Enter, or click"),
    ("True/false", "T or F (also 1 or 2)"),
    ("Typed, number", "type, then Enter"),
    ("Order", "↑↓ move the cursor · Space picks up/drops · Shift+↑↓ moves · Enter submits"),
    ("Feedback", "Enter or Space: next question"),
    ("Leave a round", "Esc, then Y (the round is saved as abandoned)"),
    (
        "Anywhere",
        "F1 or ? help · F2 high scores · Ctrl+P commands & themes · Esc back · Ctrl+Q quit",
    ),
]


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "../styles/help.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,question_mark,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        from quiz.engine.scoring import SCORING_HELP

        with Vertical(id="help"):
            yield Static(Content("Help").stylize("bold"), id="help-title")
            with VerticalScroll(id="help-body"):
                yield Static(Content("Keys").stylize("bold"), classes="heading")
                with Vertical(id="keys"):
                    for name, text in KEYS:
                        with Horizontal(classes="key-row"):
                            yield Static(Content(name), classes="key-name")
                            yield Static(Content(text), classes="key-text")
                yield Static(Content(SCORING_HELP), id="scoring")
            yield Static(Content("Esc closes"), id="help-close")

    def action_close(self) -> None:
        self.dismiss()

    def on_click(self) -> None:
        self.dismiss()
