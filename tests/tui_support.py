"""Test helpers for the TUI: a fake clock, small packs built in code, and an app factory."""

from __future__ import annotations

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
    packs = packs if packs is not None else [pack("mixed", "Mixed bag", one_of_each())]
    return QuizApp(
        catalogue=catalogue(*packs, problems=problems),
        store=store if store is not None else ScoreStore.open(tmp_path / "scores.sqlite3"),
        clock=clock or FakeClock(),
        start=start,
        settings=settings or Settings(player="Ann"),
    )
