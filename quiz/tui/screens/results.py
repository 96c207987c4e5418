"""Results: the score, how it went question by question, and a name for the high scores."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, DataTable, Input, Label, Static

from quiz.tui.text import cell, literal, points
from quiz.tui.widgets.footer import QuizFooter
from quiz.tui.widgets.inorder_input import InOrderInput

if TYPE_CHECKING:
    from quiz.engine.round import Round, RoundSettings
    from quiz.packs.loader import LoadedPack
    from quiz.tui.app import QuizApp

MAX_NAME = 40


class ResultsScreen(Screen[None]):
    CSS_PATH = "../styles/results.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "again", "Play again", id="again"),
        Binding("n", "name", "Your name", id="name"),
        Binding("h", "scores", "High scores", id="scores"),
        Binding("escape", "home", "Home", id="home"),
    ]

    app: QuizApp

    def __init__(self, game: Round, loaded: LoadedPack, settings: RoundSettings) -> None:
        super().__init__()
        self.game = game
        self.loaded = loaded
        self.settings = settings
        self.saved = False
        self.best_before: int | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="results"):
            yield Static(id="headline")
            yield Static(id="summary")
            with Horizontal(id="name-row"):
                yield Label("Your name", id="name-label")
                yield InOrderInput(
                    value=self.app.player, id="name", max_length=MAX_NAME, compact=True
                )
                yield Static(id="name-hint")
            yield DataTable(id="review", cursor_type="row", zebra_stripes=True)
            with Horizontal(id="actions"):
                yield Button("Play again", id="again", variant="success", compact=True)
                yield Button("High scores", id="scores", compact=True)
                yield Button("Home", id="home", compact=True)
        yield QuizFooter()

    def on_mount(self) -> None:
        game = self.game
        pack = self.loaded.pack
        self.best_before = self.app.best_score(pack.id, game_mode(self), self.loaded.digest)
        record = self.best_before is None or game.score > self.best_before
        if game.abandoned:
            ended = "Round over"
        elif game.mode == "sudden-death" and len(game.outcomes) < game.total:
            ended = "Sudden death!"
        else:
            ended = "Full time!"
        head = Content.assemble((ended, "bold"), "  ", literal(pack.title))
        if record and game.score > 0:
            head = Content.assemble(head, "\n", ("★ New high score! ★", "bold $success"))
        self.query_one("#headline", Static).update(head)
        average = _average(game)
        self.query_one("#summary", Static).update(
            Content.from_markup(
                "Score [b]$score[/b] · Correct [b]$right/$total[/b] · "
                "Best streak [b]$streak[/b] · Average [b]$avg[/b]",
                score=points(game.score),
                right=game.correct_count,
                total=len(game.outcomes),
                streak=game.best_streak,
                avg="—" if average is None else f"{average:.1f}s",
            )
        )
        table = self.query_one(DataTable)
        # Fixed widths: a long prompt is cut rather than pushing the answers off screen.
        answer_width = max(8, min(24, (self.app.size.width - 16) // 4))
        prompt_width = max(10, self.app.size.width - 2 * answer_width - 4 - 7 - 12)
        table.add_column("#", width=3)
        table.add_column("Question", width=prompt_width)
        table.add_column("You", width=answer_width)
        table.add_column("Answer", width=answer_width)
        table.add_column("Pts", width=6)
        for number, outcome in enumerate(game.outcomes, 1):
            mark = "✔" if outcome.correct else ("⏱" if outcome.timed_out else "✘")
            table.add_row(
                cell(f"{mark}{number}"),
                cell(outcome.question.prompt),
                cell(outcome.given or "—"),
                cell(outcome.correct_answer),
                cell(f"{points(outcome.points):>6}"),
            )
        if self.app.settings.player:
            self.query_one("#again", Button).focus()
            self.show_name_hint("N to change, Enter to save")
        else:  # no name yet: typing replaces the default at once
            self.query_one("#name", Input).focus()
            self.show_name_hint("type your name, Enter to save")

    def show_name_hint(self, text: str) -> None:
        self.query_one("#name-hint", Static).update(Content(text))

    def save(self) -> None:
        """Save the round once, under the name in the field (leaving or quitting saves too)."""
        if self.saved:
            return
        self.saved = True
        name = self.query_one("#name", Input)
        self.app.set_player(name.value or self.app.player)
        name.value = self.app.player  # what the round is saved under, after cleaning
        name.disabled = True  # the round is saved: a name typed now would not reach it
        self.query_one("#name-label", Label).update("Saved as")
        self.show_name_hint("")
        self.refresh_bindings()  # N no longer applies
        self.app.save_round(self.game, self.loaded.pack.title)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "name" and self.saved)

    def action_name(self) -> None:
        name = self.query_one("#name", Input)
        if not name.disabled:
            name.focus()  # the whole name is selected: typing replaces it

    save_before_exit = save

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if self.saved:
            return
        self.save()
        self.notify(Content.assemble("Saved for ", literal(self.app.player)).plain, markup=False)
        self.query_one("#again", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        {"again": self.action_again, "scores": self.action_scores, "home": self.action_home}[
            str(event.button.id)
        ]()

    def action_again(self) -> None:
        self.save()
        self.app.start_round(self.loaded, self.settings)

    def action_scores(self) -> None:
        self.save()
        self.app.action_high_scores(self.loaded.pack.id, self.settings.mode)

    def action_home(self) -> None:
        self.save()
        self.app.go_home()


def game_mode(screen: ResultsScreen) -> str:
    return screen.settings.mode


def _average(game: Round) -> float | None:
    value = getattr(game, "average_seconds", None)
    if callable(value):
        value = value()
    return value
