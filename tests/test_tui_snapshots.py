"""Snapshots of every screen at 80x24 (and a few at 120x40): fixed seed, clock, data, no blink.

Update after a deliberate change with: pytest tests/test_tui_snapshots.py --snapshot-update
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input
from tui_support import FakeClock, answer_by_keys, make_app, one_of_each, pack, play_round

from quiz.settings import Settings
from quiz.tui.app import StartRequest
from quiz.tui.screens.question import QuestionScreen

SEED = 11


def packs() -> list:
    return [
        pack(
            "atalanta-liverpool",
            "Atalanta v Liverpool",
            one_of_each(),
            description="Two ties, "
            "five matches' worth of facts: Bergamo and Anfield, 2020 and 2024.",
        ),
        pack("laws", "Laws of the game [b]basics[/b]", one_of_each()[:2], author="Quiz team"),
    ]


async def still(pilot: Any) -> None:
    """No blinking cursor, nothing pending."""
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


def app_for(tmp_path: Path, start: StartRequest | None = None, clock: FakeClock | None = None):
    return make_app(tmp_path, packs(), clock=clock, start=start, settings=Settings(player="Ann"))


def round_app(tmp_path: Path, mode: str = "timed", clock: FakeClock | None = None):
    return app_for(tmp_path, StartRequest("atalanta-liverpool", mode=mode, seed=SEED), clock)


async def to_question(pilot: Any, kind: str) -> None:
    while pilot.app.screen.shown.question.type != kind:
        await answer_by_keys(pilot)
        await pilot.press("enter")
    await still(pilot)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_home(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(app_for(tmp_path), terminal_size=size, run_before=still)


def test_setup(snap_compare, tmp_path: Path) -> None:
    async def run_before(pilot: Any) -> None:
        await pilot.press("enter")
        await still(pilot)

    assert snap_compare(app_for(tmp_path), run_before=run_before)


@pytest.mark.parametrize("kind", ["multiple_choice", "true_false", "typed", "number", "order"])
def test_question(snap_compare, tmp_path: Path, kind: str) -> None:
    async def run_before(pilot: Any) -> None:
        await to_question(pilot, kind)

    assert snap_compare(round_app(tmp_path), run_before=run_before)


def test_question_large_and_running_low(snap_compare, tmp_path: Path) -> None:
    clock = FakeClock()

    async def run_before(pilot: Any) -> None:
        await to_question(pilot, "multiple_choice")
        clock.advance(16.5)
        pilot.app.screen.tick()
        await still(pilot)

    assert snap_compare(
        round_app(tmp_path, clock=clock), terminal_size=(120, 40), run_before=run_before
    )


def test_question_relaxed(snap_compare, tmp_path: Path) -> None:
    async def run_before(pilot: Any) -> None:
        await to_question(pilot, "order")

    assert snap_compare(round_app(tmp_path, "relaxed"), run_before=run_before)


def test_feedback_right(snap_compare, tmp_path: Path) -> None:
    clock = FakeClock()

    async def run_before(pilot: Any) -> None:
        await to_question(pilot, "multiple_choice")
        clock.advance(3)
        await answer_by_keys(pilot)
        await still(pilot)

    assert snap_compare(round_app(tmp_path, clock=clock), run_before=run_before)


def test_feedback_time_up(snap_compare, tmp_path: Path) -> None:
    clock = FakeClock()

    async def run_before(pilot: Any) -> None:
        await to_question(pilot, "number")
        clock.advance(30)
        screen = pilot.app.screen
        assert isinstance(screen, QuestionScreen)
        screen.tick()
        await still(pilot)

    assert snap_compare(round_app(tmp_path, clock=clock), run_before=run_before)


def test_results(snap_compare, tmp_path: Path) -> None:
    clock = FakeClock()

    async def run_before(pilot: Any) -> None:
        for right in (True, True, False, True, True):
            clock.advance(2.5)
            await answer_by_keys(pilot, right)
            await pilot.press("enter")
        await still(pilot)

    assert snap_compare(round_app(tmp_path, clock=clock), run_before=run_before)


def test_high_scores(snap_compare, tmp_path: Path) -> None:
    clock = FakeClock()

    async def run_before(pilot: Any) -> None:
        for right in (True, False, True):
            await play_round(pilot, right)
            clock.advance(60)
            await pilot.press("r")
            await pilot.pause()
        await pilot.press("escape", "y")  # leaves the 4th round (saved as abandoned)
        await pilot.pause()
        await pilot.press("f2")
        pilot.app.clear_notifications()  # toasts time out on the real clock
        await still(pilot)

    assert snap_compare(round_app(tmp_path, clock=clock), run_before=run_before)


def test_escape_asks_before_leaving_a_round(snap_compare, tmp_path: Path) -> None:
    async def run_before(pilot: Any) -> None:
        await pilot.press("escape")
        await still(pilot)

    assert snap_compare(round_app(tmp_path), run_before=run_before)


def test_help(snap_compare, tmp_path: Path) -> None:
    assert snap_compare(app_for(tmp_path), press=["f1"], run_before=still)
