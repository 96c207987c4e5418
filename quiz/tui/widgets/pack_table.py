"""The home screen's list of packs: a header and one line per pack, rendered in one go.

A DataTable measured about a fifth of the game's start-up time for a handful of rows; this
widget draws the same columns as plain Content lines (pack text is never markup).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import events
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget


@dataclass(frozen=True)
class Column:
    label: str
    width: int  # 0: take the width left over
    right: bool = False  # right-aligned
    style: str = ""


@dataclass(frozen=True)
class Row:
    key: str
    cells: tuple[str, ...]


class PackTable(Widget):
    """Rows with a cursor; a click on the cursor row (or Enter, via the screen) selects it."""

    DEFAULT_CSS = """
    PackTable {
        height: 1fr;
        & > .pack-table--header { text-style: bold; }
    }
    """
    COMPONENT_CLASSES = {"pack-table--header", "pack-table--cursor"}  # noqa: RUF012

    cursor: reactive[int] = reactive(0)

    class Highlighted(Message):
        def __init__(self, key: str | None) -> None:
            self.key = key
            super().__init__()

    class Selected(Message):
        def __init__(self, key: str) -> None:
            self.key = key
            super().__init__()

    def __init__(self, columns: Sequence[Column], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns = list(columns)
        self.rows: list[Row] = []
        self._top = 0  # first row shown, when there are more rows than lines

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def highlighted(self) -> str | None:
        return self.rows[self.cursor].key if self.rows else None

    def set_rows(self, rows: Sequence[Row], keep: str | None = None) -> None:
        self.rows = list(rows)
        keys = [row.key for row in self.rows]
        self.cursor = keys.index(keep) if keep in keys else 0
        self.refresh()
        self.post_message(self.Highlighted(self.highlighted))

    def move(self, step: int) -> None:
        if self.rows:
            self.cursor = max(0, min(len(self.rows) - 1, self.cursor + step))

    def watch_cursor(self) -> None:
        self.post_message(self.Highlighted(self.highlighted))

    def _widths(self) -> list[int]:
        fixed = sum(c.width + 2 for c in self.columns if c.width)
        flexible = max(8, self.size.width - fixed - 2 * sum(1 for c in self.columns if not c.width))
        return [c.width or flexible for c in self.columns]

    def _line(self, cells: Sequence[str], widths: Sequence[int], header: bool) -> Content:
        parts = []
        for column, text, width in zip(self.columns, cells, widths, strict=True):
            cell = Content(text).truncate(width, ellipsis=True)
            pad = width - cell.cell_length
            cell = cell.pad(pad, 0) if column.right else cell.pad_right(pad)
            if column.style and not header:
                cell = cell.stylize(column.style)
            parts.append(cell.pad(1, 1))
        return Content("").join(parts)

    def render(self) -> Content:
        widths = self._widths()
        lines = [self._line([c.label for c in self.columns], widths, True).stylize("bold")]
        visible = max(1, self.size.height - 1)
        if self.cursor < self._top:
            self._top = self.cursor
        elif self.cursor >= self._top + visible:
            self._top = self.cursor - visible + 1
        for index in range(self._top, min(len(self.rows), self._top + visible)):
            line = self._line(self.rows[index].cells, widths, False)
            if index == self.cursor:
                line = line.stylize("reverse bold")
            lines.append(line)
        return Content("\n").join(lines)

    def on_click(self, event: events.Click) -> None:
        index = self._top + event.y - 1
        if not 0 <= index < len(self.rows):
            return
        if index == self.cursor:
            self.post_message(self.Selected(self.rows[index].key))
        else:
            self.cursor = index
