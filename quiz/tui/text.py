"""Turning untrusted pack text into Content that is shown literally, never parsed as markup."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

TYPE_NAMES = {
    "multiple_choice": "choice",
    "true_false": "T/F",
    "typed": "typed",
    "number": "number",
    "order": "order",
}


def literal(text: str) -> Content:
    """Pack text exactly as written: `[b]` or `[@click=...]` stay plain characters."""
    return Content(text)


def labelled(label: str, text: str, style: str = "bold") -> Content:
    """`label` (our own text) styled, followed by untrusted `text` shown literally."""
    return Content.assemble((label, style), Content(text))


def points(value: int) -> str:
    return f"{value:,}"


def cell(text: str, style: str = "", justify: str | None = None) -> Text:
    """A DataTable cell: rich Text measures its width (Content does not) and is never markup."""
    return Text(text, style=style, justify=justify)  # type: ignore[arg-type]
