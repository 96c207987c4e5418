"""Home: the packs you can play, filtered as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static

from quiz.tui.text import TYPE_NAMES, points
from quiz.tui.widgets.inorder_input import InOrderInput
from quiz.tui.widgets.pack_table import Column, PackTable, Row

if TYPE_CHECKING:
    from quiz.tui.app import QuizApp
    from quiz.tui.pack_index import PackInfo

BANNER = Content.assemble(
    ("⚽  FOOTBALL QUIZ", "bold $accent"),
    "\n",
    ("Pick a pack, beat the clock, chase your high score.", "$text-muted"),
)


# One line of clickable actions, each with its key, and no footer: one widget rather than a
# button each plus a footer repeating the keys kept start-up within 1.2x of a minimal app.
ACTIONS = Content.from_markup(
    "[b on $success 60% @click=screen.play] Play ▶ Enter [/]  "
    "[on $panel @click=app.high_scores] High scores F2 [/]  "
    "[on $panel @click=app.help] Help F1 [/]  "
    "[on $panel @click=app.command_palette] Commands ^P [/]  "
    "[on $panel @click=app.quit] Quit ^Q [/]"
)

COLUMNS = (
    Column("Pack", 0),
    Column("Qs", 4, right=True),
    Column("Types", 33, style="dim"),  # "choice, T/F, typed, number, order"
    Column("Best", 7, right=True),
)


def matches(pack: PackInfo, words: list[str]) -> bool:
    haystack = " ".join([pack.id, pack.title, pack.description, *pack.tags]).casefold()
    return all(word in haystack for word in words)


class FilterInput(InOrderInput):
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
        # Shown on the actions line (the home screen has no footer).
        Binding("f1", "app.help", show=False),
        Binding("f2", "app.high_scores", show=False),
    ]

    app: QuizApp

    def __init__(self) -> None:
        super().__init__()
        self._shown: dict[str, Content] = {}
        self._resumed = False

    def compose(self) -> ComposeResult:
        with Vertical(id="home"):
            yield Static(BANNER, id="banner")
            yield FilterInput(placeholder="Type to filter packs…", id="filter", compact=True)
            yield PackTable(COLUMNS, id="packs")
            yield Static(id="details")
            yield Static("Loading packs…", id="status", markup=False)
            yield Static(ACTIONS, id="actions")

    def on_mount(self) -> None:
        self.query_one("#filter", Input).focus()
        if self.app.packs is not None:
            self.show_packs()

    def on_screen_resume(self) -> None:
        """Back from a round: its score may be a pack's new best."""
        if self._resumed:
            self.show_packs()
        self._resumed = True  # the first resume is the start-up, already shown

    def show_packs(self) -> None:
        """Fill the table from the app's packs, keeping the filter and the highlighted pack."""
        packs = self.app.packs
        if packs is None or not self.query(PackTable):  # not composed yet: on_mount will
            return
        table = self.query_one(PackTable)
        current = self.selected() or self.app.main_pack()
        words = self.query_one("#filter", Input).value.casefold().split()
        rows = []
        for pack in packs:
            if not matches(pack, words):
                continue
            best = self.app.best_score(pack.id, digest=pack.digest)
            types = ", ".join(TYPE_NAMES.get(t, t) for t in pack.types)
            best_text = "—" if best is None else points(best)
            rows.append(Row(pack.id, (pack.title, str(pack.questions), types, best_text)))
        table.set_rows(rows, keep=current.id if current else None)
        if not packs:
            from quiz.paths import user_packs_dir

            status = f"No packs found. Put pack files in {user_packs_dir()}"
        elif not table.row_count:
            status = "No pack matches the filter (Esc clears it)."
        else:
            shown = f"{table.row_count} of {len(packs)}" if words else f"{table.row_count}"
            noun = "pack" if table.row_count == 1 and not words else "packs"
            status = f"{shown} {noun} · Enter to play"
        self._show("#status", Content(status))
        self.show_details()

    def _show(self, selector: str, content: Content) -> None:
        """Update a fixed-height line only when its text changes: a repaint, never a layout
        (the pack list posts its highlight several times while the screen starts)."""
        if self._shown.get(selector) == content:
            return
        self._shown[selector] = content
        self.query_one(selector, Static).update(content, layout=False)

    def selected(self) -> PackInfo | None:
        key = self.query_one(PackTable).highlighted
        return next((p for p in self.app.packs or [] if p.id == key), None)

    def on_pack_table_highlighted(self, event: PackTable.Highlighted) -> None:
        self.show_details()

    def on_pack_table_selected(self, event: PackTable.Selected) -> None:
        self.action_play()

    def show_details(self) -> None:
        """The highlighted pack's full title, description and author, literally."""
        pack = self.selected()
        if pack is None:
            self._show("#details", Content(""))
            return
        by = f" · by {pack.author}" if pack.author else ""
        text = Content.assemble((pack.title, "bold"), (f"{by} · {pack.origin}", "dim"))
        if pack.description:
            text = Content.assemble(text, "\n", Content(pack.description))
        self._show("#details", text)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.show_packs()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_play()

    def action_cursor(self, step: int) -> None:
        self.query_one(PackTable).move(step)

    def action_clear_filter(self) -> None:
        self.query_one("#filter", Input).value = ""

    def action_play(self) -> None:
        pack = self.selected()
        if pack is None:
            self.notify("Pick a pack first.", severity="warning")
            return
        self.app.open_setup(pack.id)
