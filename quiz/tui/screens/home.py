"""Home: the packs you can play, filtered as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from quiz.tui.text import TYPE_NAMES, cell, points
from quiz.tui.widgets.links import ActionLink

if TYPE_CHECKING:
    from quiz.tui.app import QuizApp
    from quiz.tui.pack_index import PackInfo

BANNER = Content.assemble(
    ("⚽  FOOTBALL QUIZ", "bold $accent"),
    "\n",
    ("Pick a pack, beat the clock, chase your high score.", "$text-muted"),
)


TYPES_WIDTH = 33  # "choice, T/F, typed, number, order"


def matches(pack: PackInfo, words: list[str]) -> bool:
    haystack = " ".join([pack.id, pack.title, pack.description, *pack.tags]).casefold()
    return all(word in haystack for word in words)


class FilterInput(Input):
    """The filter field; "?" opens help instead of typing (pack titles rarely hold one)."""

    def check_consume_key(self, key: str, character: str | None) -> bool:
        return key != "question_mark" and super().check_consume_key(key, character)

    def _on_key(self, event: events.Key) -> None:
        if event.key == "question_mark":
            event.prevent_default()  # the base Input would insert it


class HomeScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "play", "Play", id="play", priority=False),
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("pageup", "cursor(-10)", show=False),
        Binding("pagedown", "cursor(10)", show=False),
        Binding("escape", "clear_filter", "Clear filter", show=False),
    ]

    app: QuizApp

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home"):
            yield Static(BANNER, id="banner")
            yield FilterInput(placeholder="Type to filter packs…", id="filter", compact=True)
            yield DataTable(id="packs", cursor_type="row", zebra_stripes=True)
            yield Static(id="details")
            yield Static("Loading packs…", id="status", markup=False)
            with Horizontal(id="actions"):
                yield ActionLink("Play ▶", "screen.play", id="play", primary=True)
                yield ActionLink("High scores", "app.high_scores", id="scores")
                yield ActionLink("Help", "app.help", id="help")
                yield ActionLink("Quit", "app.quit", id="quit")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.can_focus = False  # typing always goes to the filter; arrows move the table
        self.query_one("#filter", Input).focus()
        if self.app.packs is not None:
            self.show_packs()

    def show_packs(self) -> None:
        """Fill the table from the app's packs, keeping the filter and the highlighted pack."""
        packs = self.app.packs
        if packs is None or not self.query(DataTable):  # not composed yet: on_mount will
            return
        table = self.query_one(DataTable)
        current = self.selected()
        words = self.query_one("#filter", Input).value.casefold().split()
        table.clear(columns=True)
        # Fixed widths so a long title is cut rather than pushing the other columns away.
        width = self.app.size.width
        types_width = TYPES_WIDTH if width >= 80 else max(10, width // 3)
        title_width = max(10, width - types_width - 4 - 7 - 14)
        table.add_column("Pack", key="title", width=title_width)
        table.add_column("Qs", key="count", width=4)
        table.add_column("Types", key="types", width=types_width)
        table.add_column("Best", key="best", width=7)
        for pack in packs:
            if not matches(pack, words):
                continue
            best = self.app.best_score(pack.id, digest=pack.digest)
            table.add_row(
                cell(pack.title),
                cell(str(pack.questions), justify="right"),
                cell(", ".join(TYPE_NAMES.get(t, t) for t in pack.types), "dim"),
                cell("—" if best is None else points(best), justify="right"),
                key=pack.id,
            )
        if current is None:  # first fill: start on the main pack
            current = self.app.main_pack()
        if current is not None and current.id in table.rows:
            table.move_cursor(row=table.get_row_index(current.id))
        status = self.query_one("#status", Static)
        if not packs:
            from quiz.paths import user_packs_dir

            status.update(Content(f"No packs found. Put pack files in {user_packs_dir()}"))
        elif not table.row_count:
            status.update(Content("No pack matches the filter (Esc clears it)."))
        else:
            shown = f"{table.row_count} of {len(packs)}" if words else f"{table.row_count}"
            noun = "pack" if table.row_count == 1 and not words else "packs"
            status.update(Content(f"{shown} {noun} · Enter to play"))
        self.show_details()

    def on_resize(self) -> None:
        self.show_packs()

    def selected(self) -> PackInfo | None:
        table = self.query_one(DataTable)
        if self.app.packs is None or not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((p for p in self.app.packs if p.id == key), None)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_details()

    def show_details(self) -> None:
        """The highlighted pack's full title, description and author, literally."""
        pack = self.selected()
        details = self.query_one("#details", Static)
        if pack is None:
            details.update("")
            return
        by = f" · by {pack.author}" if pack.author else ""
        text = Content.assemble((pack.title, "bold"), (f"{by} · {pack.origin}", "dim"))
        if pack.description:
            text = Content.assemble(text, "\n", Content(pack.description))
        details.update(text)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.show_packs()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_play()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_play()

    def action_cursor(self, step: int) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            row = max(0, min(table.row_count - 1, table.cursor_row + step))
            table.move_cursor(row=row)

    def action_clear_filter(self) -> None:
        self.query_one("#filter", Input).value = ""

    def action_play(self) -> None:
        pack = self.selected()
        if pack is None:
            self.notify("Pick a pack first.", severity="warning")
            return
        self.app.open_setup(pack.id)
