"""Asks before Esc leaves a round: one key too many should not throw a round away."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from quiz.tui.widgets.footer import QuizFooter


class ConfirmLeave(ModalScreen[bool]):
    """Y (or a click on Leave) leaves; N, Esc or a click on Stay goes back to the question."""

    DEFAULT_CSS = """
    ConfirmLeave { align: center middle; }
    #confirm {
        width: 50;
        max-width: 100%;
        height: auto;
        border: thick $warning;
        background: $surface;
        padding: 1 2;
    }
    #confirm-text { text-align: center; }
    #confirm-buttons { height: auto; align-horizontal: center; margin-top: 1; }
    #confirm-buttons Button { margin: 0 2; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Leave", id="leave-yes"),
        Binding("n,escape", "answer(False)", "Stay", id="leave-no"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Static(
                Content.from_markup(
                    "[b]Leave this round?[/b]\nIt will be saved as abandoned.\n"
                    "[b]Y[/b] leave · [b]N[/b] or [b]Esc[/b] stay"
                ),
                id="confirm-text",
            )
            with Horizontal(id="confirm-buttons"):
                yield Button("Leave", id="yes", variant="warning", compact=True)
                yield Button("Stay", id="no", variant="primary", compact=True)
        yield QuizFooter()  # this screen's keys, not the question's "esc Leave round"

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()  # Enter, the easy key, keeps the round going

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, leave: bool) -> None:
        self.dismiss(leave)
