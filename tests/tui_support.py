"""Test helpers for the TUI: a fake clock, small packs built in code, and an app factory."""

from __future__ import annotations

import asyncio
import functools
import html
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from quiz.packs.loader import LoadedPack
from quiz.packs.models import Pack
from quiz.packs.sources import Catalogue
from quiz.scores.store import ScoreStore
from quiz.settings import Settings
from quiz.tui.app import QuizApp, StartRequest

# Markup, actions, links, theme variables and an unclosed tag: all must show literally.
EVIL = "[@click=app.quit]Q[/] [link=https://example.com]x[/link] [$accent] [b] [red"


NOON = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


class FakeClock:
    """A monotonic clock that only moves when a test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def pack(pack_id: str, title: str, questions: list[dict[str, Any]], **extra: Any) -> LoadedPack:
    data = {"id": pack_id, "title": title, "seconds": 20, "questions": questions, **extra}
    return LoadedPack(Pack.model_validate(data), Path(f"{pack_id}.json"), "folder", f"d-{pack_id}")


def mc(
    qid: str,
    prompt: str = "Who won?",
    options=("Atalanta", "Liverpool", "Draw", "Nobody"),
    answer: str = "Liverpool",
    **extra: Any,
) -> dict[str, Any]:
    return {
        "id": qid,
        "type": "multiple_choice",
        "prompt": prompt,
        "options": list(options),
        "answer": answer,
        **extra,
    }


def one_of_each(text: str = "") -> list[dict[str, Any]]:
    """A question of every type; `text` is added to every string the player sees."""
    return [
        mc(
            "mc",
            f"Who won in Bergamo? {text}",
            (f"Atalanta {text}", f"Liverpool {text}", "Draw", "Abandoned"),
            f"Liverpool {text}",
            explanation=f"5-0 away. {text}",
            source=f"seed.md {text}",
        ),
        {
            "id": "tf",
            "type": "true_false",
            "prompt": f"Anfield is in Liverpool. {text}",
            "answer": True,
            "explanation": f"It is. {text}",
        },
        {
            "id": "typed",
            "type": "typed",
            "prompt": f"Which club plays at Anfield? {text}",
            "answer": "Liverpool",
            "aliases": ["LFC"],
            "explanation": text,
        },
        {
            "id": "num",
            "type": "number",
            "prompt": f"Goals Liverpool scored in Bergamo? {text}",
            "answer": 5,
            "tolerance": 0,
            "unit": f"goals {text[:30]}".strip(),
        },
        {
            "id": "order",
            "type": "order",
            "prompt": f"Order the results by date. {text}",
            "items": [f"2020 5-0 {text}", f"2020 0-2 {text}", f"2024 0-3 {text}"],
        },
    ]


def catalogue(*packs: LoadedPack, problems: list[str] | None = None) -> Catalogue:
    return Catalogue(packs=list(packs), problems=problems or [])


def make_app(
    tmp_path: Path,
    packs: list[LoadedPack] | None = None,
    *,
    clock: FakeClock | None = None,
    start: StartRequest | None = None,
    settings: Settings | None = None,
    store: Any = None,
    problems: list[str] | None = None,
) -> QuizApp:
    clock = clock or FakeClock()
    packs = packs if packs is not None else [pack("mixed", "Mixed bag", one_of_each())]
    return QuizApp(
        catalogue=catalogue(*packs, problems=problems),
        store=store if store is not None else ScoreStore.open(tmp_path / "scores.sqlite3"),
        clock=clock,
        start=start,
        settings=settings or Settings(player="Ann"),
        now_utc=lambda: NOON + timedelta(seconds=clock.now),
    )


KEY_NAMES = {" ": "space", "-": "minus", ".": "full_stop", ",": "comma", "'": "apostrophe"}


def keys(text: str) -> list[str]:
    """Key names that type `text` with Pilot.press."""
    return [KEY_NAMES.get(ch, ch) for ch in text]


async def answer_by_keys(pilot: Any, right: bool = True) -> None:
    """Answer the question on screen from the keyboard, rightly or wrongly."""
    from quiz.engine.round import format_number

    screen = pilot.app.screen
    shown = screen.shown
    question = shown.question
    kind = question.type
    if kind == "multiple_choice":
        index = shown.choices.index(question.answer)
        if not right:
            index = (index + 1) % len(shown.choices)
        await pilot.press(str(index + 1))
    elif kind == "true_false":
        await pilot.press("t" if question.answer == right else "f")
    elif kind == "typed":
        await pilot.press(*keys(question.answer if right else "Wrong answer"), "enter")
    elif kind == "number":
        value = question.answer if right else question.answer + question.tolerance + 1000
        await pilot.press(*keys(format_number(value)), "enter")
    else:
        await order_by_keys(pilot, list(shown.choices), list(question.items) if right else None)
    await pilot.pause()


async def order_by_keys(pilot: Any, shown: list[str], target: list[str] | None) -> None:
    """Sort with the keyboard: move the cursor, Space picks up, arrows carry, Space drops."""
    items = list(shown)
    cursor = 0
    if target is not None:
        for i, wanted in enumerate(target):
            j = items.index(wanted)
            if j == i:
                continue
            await pilot.press(*(["down"] * (j - cursor) if j >= cursor else ["up"] * (cursor - j)))
            await pilot.press("space", *(["up"] * (j - i)), "space")
            items.insert(i, items.pop(j))
            cursor = i
    await pilot.press("enter")


async def play_round(pilot: Any, right: bool = True) -> None:
    """Answer every question from the keyboard and continue past each feedback."""
    from quiz.tui.screens.question import QuestionScreen

    while isinstance(pilot.app.screen, QuestionScreen):
        await answer_by_keys(pilot, right)
        await pilot.press("enter")
        await pilot.pause()


def sync(test: Callable[..., Awaitable[None]]) -> Callable[..., None]:
    """Run an async Pilot test under asyncio.run (no async pytest plugin needed)."""

    @functools.wraps(test)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return wrapper


FRAGMENTS = ("[@click=app.quit]Q[/]", "[link=https://example.com]x[/link]", "[$accent]", "[b]")


def screen_text(app: Any) -> str:
    """The characters on screen, line by line, read back from an SVG screenshot."""
    svg = app.export_screenshot()
    rows: dict[float, list[tuple[float, str]]] = {}
    pattern = r'<text class="[^"]*" x="([\d.]+)" y="([\d.]+)" textLength="[\d.]+"[^>]*>(.*?)</text>'
    for x, y, text in re.findall(pattern, svg):
        rows.setdefault(float(y), []).append((float(x), html.unescape(text)))
    return "\n".join(
        "".join(t for _, t in sorted(parts)).replace("\xa0", " ")
        for _, parts in sorted(rows.items())
    )


def feedback(app: Any) -> Any:
    """The feedback panel when it is showing, else None."""
    from quiz.tui.screens.question import QuestionScreen

    screen = app.screen
    if isinstance(screen, QuestionScreen) and screen.game.state == "feedback":
        return screen.feedback
    return None
