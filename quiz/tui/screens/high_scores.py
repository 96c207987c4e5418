"""High scores per pack and mode, and the player's recent scores as a sparkline."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Header, OptionList, Sparkline, Static, Tab, Tabs
from textual.widgets.option_list import Option

from quiz.tui.text import cell, literal, points
from quiz.tui.widgets.footer import QuizFooter

if TYPE_CHECKING:
    from quiz.tui.app import QuizApp

MODES = (("timed", "Timed"), ("relaxed", "Relaxed"), ("sudden-death", "Sudden death"))
RECENT = 30


class HighScoresScreen(Screen[None]):
    CSS_PATH = "../styles/high_scores.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="back"),
        Binding("left", "mode(-1)", "Mode", show=False),
        Binding("right", "mode(1)", "Mode", show=False),
    ]

    app: QuizApp

    def __init__(self, pack_id: str | None = None, mode: str | None = None) -> None:
        super().__init__()
        self.first_pack = pack_id
        self.first_mode = mode

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="boards"):
            yield OptionList(id="pack-list")
            with Vertical(id="board"):
                yield Tabs(*[Tab(label, id=mode) for mode, label in MODES], id="modes")
                yield DataTable(id="scores", cursor_type="row", zebra_stripes=True)
                yield Static(id="empty")
                yield Static(id="recent-title")
                yield Sparkline([], id="recent")
        yield QuizFooter()

    def on_mount(self) -> None:
        self.title = "High scores"
        if self.first_mode is not None:
            self.query_one(Tabs).active = self.first_mode
        packs = self.app.packs or []
        options = self.query_one(OptionList)
        for pack in packs:
            options.add_option(Option(literal(pack.title), id=pack.id))
        table = self.query_one(DataTable)
        table.add_columns("#", "Player", "Score", "Right", "Streak", "Date")
        if packs:
            ids = [pack.id for pack in packs]
            main = self.app.main_pack()
            first = self.first_pack or (main.id if main else None)
            options.highlighted = ids.index(first) if first in ids else 0
        options.focus()
        self.show_board()

    def pack_id(self) -> str | None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return None
        return options.get_option_at_index(options.highlighted).id

    def mode(self) -> str:
        return self.query_one(Tabs).active or "timed"

    def show_board(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        pack_id = self.pack_id()
        store = self.app.store
        scores = []
        history = []
        if store is not None and pack_id is not None:
            try:
                scores = store.high_scores(pack_id, self.mode(), limit=10)
                history = store.history(pack_id=pack_id, limit=RECENT)
            except Exception as exc:  # a damaged store shows a message, not a traceback
                self.notify(f"Cannot read scores: {exc}", severity="error", markup=False)
        for high in scores:
            table.add_row(
                cell(str(high.rank)),
                cell(high.player),
                cell(f"{points(high.score):>7}"),
                cell(f"{high.correct}/{high.total}"),
                cell(str(high.best_streak)),
                cell(high.finished_at.astimezone().strftime("%d %b %Y")),
            )
        empty = self.query_one("#empty", Static)
        empty.display = not scores
        empty.update(Content("No scores yet in this mode: play a round!"))
        finished = [r.score for r in reversed(history) if not r.abandoned]
        sparkline = self.query_one(Sparkline)
        sparkline.data = finished
        sparkline.display = len(finished) >= 2  # one bar alone says nothing
        rounds = "1 round" if len(finished) == 1 else f"{len(finished)} rounds"
        title = f"Recent scores ({rounds}, oldest → newest)" if finished else ""
        self.query_one("#recent-title", Static).update(Content(title))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.show_board()

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        self.show_board()

    def action_mode(self, step: int) -> None:
        tabs = self.query_one(Tabs)
        if step > 0:
            tabs.action_next_tab()
        else:
            tabs.action_previous_tab()

    def action_back(self) -> None:
        self.dismiss()
