"""The question screen: prompt, answer widgets for each question type, countdown, score.

The engine owns time: an interval timer only redraws the countdown from round.time_left()
and calls round.time_out() once round.expired() says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual import _time, events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Input, Static

from quiz.tui.screens.feedback import FeedbackPanel
from quiz.tui.text import literal, points
from quiz.tui.widgets.choices import LETTERS, ChoiceGrid, ChoiceTile
from quiz.tui.widgets.countdown import Countdown
from quiz.tui.widgets.footer import QuizFooter
from quiz.tui.widgets.inorder_input import InOrderInput
from quiz.tui.widgets.order_list import OrderList

if TYPE_CHECKING:
    from quiz.engine.round import Outcome, Round, RoundSettings, Shown
    from quiz.packs.loader import LoadedPack
    from quiz.tui.app import QuizApp

TICK_SECONDS = 0.1
MODE_NAMES = {"timed": "Timed", "relaxed": "Relaxed", "sudden-death": "Sudden death"}
TF_KEYS = {"t": True, "1": True, "f": False, "2": False}
HINTS = {
    "multiple_choice": "Press {keys}, or ←↑↓→ then Enter, or click an answer",
    "true_false": "Press T or F (1 or 2), or ←→ then Enter, or click",
    "typed": "Type your answer, Enter to submit",
    "number": "Type a number, Enter to submit; close answers earn part of the points",
    "order": "↑↓ choose · Space picks up/drops · Shift+↑↓ moves · Enter submits · or click",
}


class AnswerArea(ContentSwitcher):
    """Choices, a text field, the order list or the feedback: one at a time."""

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        # Its height changes from answers to feedback and back. The reflow that sized it has
        # already placed everything inside it; the second layout of the whole screen Textual
        # 8.2.8 asks for on a size change here doubled the time from answer to feedback.
        return super()._size_updated(size, virtual_size, container_size, layout=False)


class QuestionScreen(Screen[None]):
    CSS_PATH = "../styles/question.tcss"
    AUTO_FOCUS = ""  # next_question() decides: a text field, the order list, or nothing
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave", "Leave round", id="leave"),
        Binding("enter,space", "continue", "Continue", show=False, id="continue"),
        Binding("left", "cursor(-1, 0)", show=False),
        Binding("right", "cursor(1, 0)", show=False),
        Binding("up", "cursor(0, -1)", show=False),
        Binding("down", "cursor(0, 1)", show=False),
    ]

    app: QuizApp

    def __init__(self, game: Round, loaded: LoadedPack, settings: RoundSettings) -> None:
        super().__init__()
        self.game = game
        self.loaded = loaded
        self.settings = settings
        self.shown: Shown | None = None
        self._saved = False
        # When the question on screen appeared (Textual's event clock): a key pressed before
        # it, still queued from the previous question, must not answer this one.
        self._asked_at = 0.0
        self._status: tuple[str, str] | None = None  # streak and score as last shown

    def compose(self) -> ComposeResult:
        with Horizontal(id="status"):
            yield Static(id="progress")
            yield Static(id="pack-title")
            yield Static(id="streak")
            yield Static(id="score")
        yield Countdown(id="countdown")
        # Not focusable: a click on the prompt must not take focus from the answer field.
        with VerticalScroll(id="body", can_focus=False):
            yield Static(id="prompt")
            with AnswerArea(id="answers", initial="choices"):
                yield ChoiceGrid(id="choices")
                with Vertical(id="typed"):
                    yield InOrderInput(placeholder="Your answer", id="typed-input", max_length=200)
                with Horizontal(id="number"):
                    yield InOrderInput(placeholder="A number", id="number-input", max_length=40)
                    yield Static(id="unit")
                yield OrderList(id="order")
                yield FeedbackPanel(id="feedback")
        yield Static(id="hint")
        yield QuizFooter()

    def on_mount(self) -> None:
        self.query_one("#pack-title", Static).update(literal(self.loaded.pack.title))
        self.next_question()
        self.set_interval(TICK_SECONDS, self.tick)

    # -- the round ---------------------------------------------------------------------------

    def next_question(self) -> None:
        shown = self.game.ask()
        self.shown = shown
        self._asked_at = _time.get_time()
        question = shown.question
        kind = question.type
        self.query_one("#progress", Static).update(
            Content.from_markup("[b]$n[/b]/$total", n=shown.index + 1, total=shown.total)
        )
        self.query_one("#prompt", Static).update(literal(question.prompt))
        switcher = self.query_one(ContentSwitcher)
        grid = self.query_one(ChoiceGrid)
        if kind in ("multiple_choice", "true_false"):
            switcher.current = "choices"
            keys = list(LETTERS) if kind == "multiple_choice" else ["T", "F"]
            grid.show(shown.choices, keys)  # and no cursor: Enter alone never answers
            if self.focused is not None:  # the screen takes the keys; a hidden field must not
                self.set_focus(None)
            hint = HINTS[kind].format(
                keys=f"1–{len(shown.choices)} or A–{LETTERS[len(shown.choices) - 1]}"
            )
        elif kind == "typed":
            switcher.current = "typed"
            field = self.query_one("#typed-input", Input)
            field.value = ""
            field.focus()
            hint = HINTS[kind]
        elif kind == "number":
            switcher.current = "number"
            field = self.query_one("#number-input", Input)
            field.value = ""
            field.focus()
            self.query_one("#unit", Static).update(literal(question.unit))
            hint = HINTS[kind]
        else:
            switcher.current = "order"
            order = self.query_one(OrderList)
            order.set_items(shown.choices)
            order.focus()
            hint = HINTS["order"]
        self.query_one("#hint", Static).update(Content(hint))
        self.query_one("#body", VerticalScroll).scroll_home(animate=False)
        self.refresh_status()
        self.refresh_clock()

    def refresh_status(self) -> None:
        game = self.game
        status = (f"🔥 {game.streak}" if game.streak >= 2 else "", points(game.score))
        if status == self._status:  # unchanged (a wrong answer): no layout for it
            return
        self._status = status
        # Fixed widths in the CSS: a repaint, not a layout of the screen.
        self.query_one("#streak", Static).update(Content(status[0]), layout=False)
        self.query_one("#score", Static).update(
            Content.from_markup("Score [b]$s[/b]", s=status[1]), layout=False
        )

    def refresh_clock(self) -> None:
        limit = self.shown.limit if self.shown else None
        self.query_one(Countdown).set_time(self.game.time_left(), limit)

    @property
    def feedback(self) -> FeedbackPanel:
        return self.query_one(FeedbackPanel)

    def tick(self) -> None:
        """Redraw the countdown; the engine says when time is up."""
        if self.game.state == "feedback":
            self.feedback.tick(self.app.clock())
            return
        if self.game.state != "asking":
            return
        self.refresh_clock()
        if self.game.expired():
            self.show_outcome(self.game.time_out())

    def submit(self, given: Any) -> None:
        if self.game.state != "asking":
            return
        self.show_outcome(self.game.answer(given))

    def show_outcome(self, outcome: Outcome) -> None:
        self.refresh_clock()
        self.refresh_status()
        panel = self.feedback
        panel.show(
            outcome,
            auto=self.settings.mode != "relaxed",
            last=not self.game.has_next(),
            now=self.app.clock(),
        )
        self.query_one(ContentSwitcher).current = "feedback"
        self.query_one("#hint", Static).update(Content("Enter or Space to continue"))
        # After a choice nothing has focus and the screen's Enter and Space continue; focus only
        # moves off a text field. Moving focus rebuilds the footer, the largest part of the time
        # from answer to next question.
        if self.focused is not None:
            panel.focus()

    def on_feedback_panel_continue(self, message: FeedbackPanel.Continue) -> None:
        if self.game.state != "feedback":
            return
        if self.game.has_next():
            self.next_question()
        else:
            self.finish()

    def finish(self, *, abandoned: bool = False) -> None:
        from quiz.tui.screens.results import ResultsScreen

        self.game.finish(abandoned=abandoned)
        self.app.show_above_home(ResultsScreen(self.game, self.loaded, self.settings))

    def save_before_exit(self) -> None:
        """The app is quitting mid-round: keep the round as abandoned."""
        if self._saved or self.game.state == "finished":
            return
        self._saved = True
        self.game.finish(abandoned=True)
        self.app.save_round(self.game, self.loaded.pack.title)

    def action_leave(self) -> None:
        from quiz.tui.screens.confirm import ConfirmLeave

        def leave(confirmed: bool | None) -> None:
            if confirmed and self.game.state != "finished" and self.is_attached:
                self.abandon()

        self.app.push_screen(ConfirmLeave(), leave)

    def abandon(self) -> None:
        """Leave the round now, saving it as abandoned."""
        self.save_before_exit()
        self.notify("Round abandoned (saved to your history).")
        self.app.go_home()

    # -- input -------------------------------------------------------------------------------

    def on_key(self, event: events.Key) -> None:
        """Answer keys for choice questions: 1–6 or A–F; T/F (1/2) for true or false."""
        if self.shown is None or self.game.state != "asking" or isinstance(self.focused, Input):
            return
        if event.time < self._asked_at:  # pressed for the previous question
            event.stop()
            return
        kind = self.shown.question.type
        key = event.key.lower()
        if kind == "true_false" and key in TF_KEYS:
            event.stop()
            self.submit(TF_KEYS[key])
        elif kind == "multiple_choice":
            index = LETTERS.lower().find(key) if len(key) == 1 and key.isalpha() else -1
            if key.isdigit() and key != "0":
                index = int(key) - 1
            if 0 <= index < len(self.shown.choices):
                event.stop()
                self.submit(index)

    def _choosing(self) -> bool:
        return (
            self.shown is not None
            and self.game.state == "asking"
            and self.shown.question.type in ("multiple_choice", "true_false")
        )

    def action_cursor(self, dx: int, dy: int) -> None:
        """Arrow keys move a cursor over the answer tiles (two columns)."""
        if not self._choosing():
            return
        grid = self.query_one(ChoiceGrid)
        if grid.cursor is None:
            grid.set_cursor(0)
        else:
            grid.set_cursor(grid.cursor + dx + 2 * dy)

    def action_continue(self) -> None:
        """Enter or Space: answers with the cursor's tile if the player moved it there in this
        question (Enter pressed to skip the feedback must not answer the next question), else
        moves on from the feedback."""
        if self._choosing():
            cursor = self.query_one(ChoiceGrid).cursor
            if cursor is not None:
                self.choose(cursor)
            return
        self.on_feedback_panel_continue(FeedbackPanel.Continue())

    def on_choice_tile_chosen(self, message: ChoiceTile.Chosen) -> None:
        if message.at < self._asked_at:  # clicked on the previous question's tiles
            return
        self.choose(message.index)

    def choose(self, index: int) -> None:
        if self.shown is None:
            return
        if self.shown.question.type == "true_false":
            self.submit(index == 0)
        else:
            self.submit(index)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.submit(event.value)

    def on_order_list_submitted(self, message: OrderList.Submitted) -> None:
        self.submit(list(message.items))
