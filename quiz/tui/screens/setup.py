"""Round setup: how many questions, how long each, which difficulty, which mode."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Select, Static

from quiz.tui import prefs
from quiz.tui.text import literal

if TYPE_CHECKING:
    from quiz.engine.round import RoundSettings
    from quiz.packs.loader import LoadedPack
    from quiz.tui.app import QuizApp

ALL = 0
QUESTION_CHOICES = (5, 10, 15, 20, ALL)
SECOND_CHOICES = (5, 10, 15, 20, 30, 45, 60)
MODES = {
    "timed": ("Timed", "Faster right answers score more; a streak adds a bonus."),
    "relaxed": ("Relaxed", "No clock: every right answer scores the same."),
    "sudden-death": ("Sudden death", "Timed, and the first wrong answer ends the round."),
}


class SetupScreen(ModalScreen[None]):
    CSS_PATH = "../styles/setup.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Back"),
        Binding("ctrl+s", "start", "Start", show=False),
    ]

    app: QuizApp

    def __init__(self, loaded: LoadedPack) -> None:
        super().__init__()
        self.loaded = loaded

    def compose(self) -> ComposeResult:
        pack = self.loaded.pack
        last = prefs.round_settings(self.app.settings)
        count = len(pack.questions)
        questions = [(f"{n} questions", n) for n in QUESTION_CHOICES if n and n < count]
        questions.append((f"All {count}", ALL))
        chosen_questions = last.questions if last.questions < count else ALL
        seconds = [(f"Pack default ({pack.seconds}s)", -1)] + [
            (f"{s} seconds", s) for s in SECOND_CHOICES
        ]
        with Vertical(id="setup"):
            yield Static(
                Content.assemble(("Round setup · ", "bold"), literal(pack.title)), id="pack"
            )
            yield _choice("Questions", "questions", questions, chosen_questions)
            yield _choice(
                "Seconds",
                "seconds",
                seconds,
                last.seconds if last.seconds in SECOND_CHOICES else -1,
            )
            yield _choice(
                "Difficulty",
                "difficulty",
                [("Any", "any"), ("Easy", "easy"), ("Medium", "medium"), ("Hard", "hard")],
                last.difficulty or "any",
            )
            yield _choice(
                "Mode",
                "mode",
                [(label, mode) for mode, (label, _) in MODES.items()],
                last.mode if last.mode in MODES else "timed",
            )
            yield Static(MODES.get(last.mode, MODES["timed"])[1], id="mode-help", markup=False)
            with Horizontal(id="buttons"):
                yield Button("Start ▶", id="start", variant="success", compact=True)
                yield Button("Back", id="back", compact=True)

    def on_mount(self) -> None:
        self.query_one("#start", Button).focus()

    def chosen(self) -> RoundSettings:
        from quiz.engine.round import RoundSettings

        questions = self.query_one("#questions", Select).value
        seconds = self.query_one("#seconds", Select).value
        difficulty = self.query_one("#difficulty", Select).value
        mode = str(self.query_one("#mode", Select).value)
        count = len(self.loaded.pack.questions)
        return RoundSettings(
            questions=count if questions == ALL else int(questions),  # type: ignore[arg-type]
            seconds=None if seconds == -1 else int(seconds),  # type: ignore[arg-type]
            difficulty=None if difficulty == "any" else str(difficulty),
            mode=mode,  # type: ignore[arg-type]
        )

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "mode":
            self.query_one("#mode-help", Static).update(Content(MODES[str(event.value)][1]))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "start":
            self.action_start()
        else:
            self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss()

    def action_start(self) -> None:
        settings = self.chosen()
        self.app.settings = prefs.remember_round(self.app.settings, settings)
        self.app.start_round(self.loaded, settings)


def _choice(label: str, name: str, options: list[tuple[str, Any]], value: Any) -> Horizontal:
    """One labelled row of the setup form."""
    return Horizontal(
        Label(label),
        Select(options, value=value, allow_blank=False, id=name, compact=True),
        classes="row",
    )
