"""Write an SVG of every screen to screenshots/ (shown in the README).

Run from the repo root: .venv/bin/python scripts/screenshots.py
Uses a small demo pack, a fake clock and a throw-away data folder, so the pictures are the same
on every run and never touch your scores.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "screenshots"
SIZE = (80, 24)

DEMO = {
    "id": "atalanta-liverpool",
    "title": "Atalanta v Liverpool",
    "description": "Bergamo and Anfield, 2020 and 2024: four matches, one pack.",
    "author": "Football Quiz",
    "seconds": 20,
    "questions": [
        {
            "id": "mc",
            "type": "multiple_choice",
            "prompt": "What was the score when Liverpool played in Bergamo in the 2020 group"
            " stage?",
            "options": [
                "Atalanta 2-0 Liverpool",
                "Atalanta 0-5 Liverpool",
                "Atalanta 1-1 Liverpool",
                "Atalanta 0-3 Liverpool",
            ],
            "answer": "Atalanta 0-5 Liverpool",
            "explanation": "Liverpool won 5-0 away in the Champions League group stage.",
            "source": "seeds/2020-atalanta-liverpool.md",
        },
        {
            "id": "tf",
            "type": "true_false",
            "prompt": "Atalanta won the 2024 Europa League quarter-final 3-1 on aggregate.",
            "answer": True,
            "explanation": "3-0 at Anfield, then a 1-0 defeat in Bergamo: 3-1 overall.",
            "source": "seeds/2024-liverpool-atalanta.md",
        },
        {
            "id": "typed",
            "type": "typed",
            "prompt": "In which city do Atalanta play their home games?",
            "answer": "Bergamo",
            "explanation": "Atalanta are Bergamo's club.",
            "source": "seeds/2024-atalanta-liverpool.md",
            "difficulty": "easy",
        },
        {
            "id": "number",
            "type": "number",
            "prompt": "How many goals did Atalanta score at Anfield in April 2024?",
            "answer": 3,
            "unit": "goals",
            "explanation": "A 3-0 win at Anfield in the first leg.",
            "source": "seeds/2024-liverpool-atalanta.md",
        },
        {
            "id": "order",
            "type": "order",
            "prompt": "Put these results in the order they happened.",
            "items": [
                "Atalanta 0-5 Liverpool",
                "Liverpool 0-2 Atalanta",
                "Liverpool 0-3 Atalanta",
                "Atalanta 0-1 Liverpool",
            ],
            "explanation": "Two group games in 2020, then the 2024 quarter-final.",
            "difficulty": "hard",
        },
    ],
}


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


async def answer(pilot: Any, right: bool = True) -> None:
    """Answer the question on screen from the keyboard."""
    shown = pilot.app.screen.shown
    question = shown.question
    if question.type == "multiple_choice":
        index = shown.choices.index(question.answer) if right else 0
        await pilot.press(str(index + 1))
    elif question.type == "true_false":
        await pilot.press("t" if question.answer == right else "f")
    elif question.type == "typed":
        await pilot.press(*(question.answer if right else "Milan"), "enter")
    elif question.type == "number":
        await pilot.press("3" if right else "2", "enter")
    else:
        items = list(shown.choices)
        for i, wanted in enumerate(question.items):
            j = items.index(wanted)
            if j != i:
                order = pilot.app.screen.query_one("#order")
                await pilot.press(*(["down"] * (j - order.cursor) or ["up"] * (order.cursor - j)))
                await pilot.press("space", *(["up"] * (j - i)), "space")
                items.insert(i, items.pop(j))
        await pilot.press("enter")
    await pilot.pause()


async def shoot(
    name: str,
    drive: Callable[[Any, Clock], Awaitable[None]],
    start: bool = False,
    size: tuple[int, int] = SIZE,
) -> None:
    from textual.widgets import Input

    from quiz.packs.loader import LoadedPack
    from quiz.packs.models import Pack
    from quiz.packs.sources import Catalogue
    from quiz.scores.store import ScoreStore
    from quiz.settings import Settings
    from quiz.tui.app import QuizApp, StartRequest

    home = Path(tempfile.mkdtemp(prefix="quiz-shots-"))
    os.environ["QUIZ_HOME"] = str(home)
    clock = Clock()
    noon = datetime(2026, 5, 1, 12, tzinfo=UTC)
    loaded = LoadedPack(Pack.model_validate(DEMO), Path("demo.json"), "bundled", "demo")
    app = QuizApp(
        catalogue=Catalogue(packs=[loaded]),
        store=ScoreStore.open(home / "scores.sqlite3"),
        clock=clock,
        start=StartRequest(loaded.pack.id, seed=4) if start else None,
        settings=Settings(player="Ann"),
        now_utc=lambda: noon + timedelta(seconds=clock.now),
    )
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await drive(pilot, clock)
        for field in app.screen.query(Input):
            field.cursor_blink = False
        app.clear_notifications()
        await pilot.pause()
        app.save_screenshot(f"{name}.svg", str(OUT))
    print(OUT / f"{name}.svg")


async def to_type(pilot: Any, clock: Clock, kind: str) -> None:
    while pilot.app.screen.shown.question.type != kind:
        clock.now += 3
        await answer(pilot)
        await pilot.press("enter")


async def main() -> None:
    OUT.mkdir(exist_ok=True)

    async def nothing(pilot: Any, clock: Clock) -> None:
        return None

    async def setup(pilot: Any, clock: Clock) -> None:
        await pilot.press("enter")

    async def question(kind: str) -> Callable[[Any, Clock], Awaitable[None]]:
        async def drive(pilot: Any, clock: Clock) -> None:
            await to_type(pilot, clock, kind)
            clock.now += 7.4
            pilot.app.screen.tick()

        return drive

    async def feedback(pilot: Any, clock: Clock) -> None:
        await to_type(pilot, clock, "number")
        clock.now += 4
        await answer(pilot)

    async def wrong(pilot: Any, clock: Clock) -> None:
        await to_type(pilot, clock, "multiple_choice")
        clock.now += 4
        await answer(pilot, right=False)

    async def play(pilot: Any, clock: Clock, rights: tuple[bool, ...], seconds: float) -> None:
        """A whole round: each answer right or wrong, given after `seconds`."""
        for right in rights:
            clock.now += seconds
            await answer(pilot, right)
            await pilot.press("enter")

    async def results(pilot: Any, clock: Clock) -> None:
        await play(pilot, clock, (True, True, False, True, True), 3.2)

    async def scores(pilot: Any, clock: Clock) -> None:
        for right in (True, False, True):
            await results(pilot, clock) if right else await wrong_round(pilot, clock)
            await pilot.press("r")
            await pilot.pause()
        await pilot.press("escape", "y")  # leave the 4th round (saved as abandoned)
        await pilot.press("f2")

    async def wrong_round(pilot: Any, clock: Clock) -> None:
        await play(pilot, clock, (False, True, False, False, True), 9)

    async def leave(pilot: Any, clock: Clock) -> None:
        await pilot.press("escape")

    async def help_screen(pilot: Any, clock: Clock) -> None:
        await pilot.press("f1")

    await shoot("home", nothing)
    await shoot("home-120x40", nothing, size=(120, 40))
    await shoot("setup", setup)
    for kind in ("multiple_choice", "true_false", "typed", "number", "order"):
        await shoot(f"question-{kind.replace('_', '-')}", await question(kind), start=True)
    await shoot("feedback-right", feedback, start=True)
    await shoot("feedback-wrong", wrong, start=True)
    await shoot("results", results, start=True)
    await shoot("high-scores", scores, start=True)
    await shoot("help", help_screen)
    await shoot("leave-round", leave, start=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    asyncio.run(main())
