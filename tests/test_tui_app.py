"""The app around the rounds: help, command palette, themes, loading, the score store, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import DataTable
from tui_support import (
    FakeClock,
    answer_by_keys,
    catalogue,
    make_app,
    mc,
    one_of_each,
    pack,
    play_round,
    screen_text,
    sync,
)

from quiz.cli import main
from quiz.engine.scoring import SCORING_HELP
from quiz.scores.store import ScoreStore
from quiz.settings import Settings, load_settings
from quiz.tui.app import QuizApp, StartRequest
from quiz.tui.screens.help import HelpScreen
from quiz.tui.screens.high_scores import HighScoresScreen
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.results import ResultsScreen
from quiz.tui.screens.setup import SetupScreen
from quiz.tui.widgets.pack_table import PackTable


class FakeStore:
    """A store that cannot save, as ScoreStore is when its folder is read-only."""

    writable = False
    notice = "Scores will not be saved: the folder is read-only."

    def best_score(self, *args: object, **kwargs: object) -> None:
        return None

    def high_scores(self, *args: object, **kwargs: object) -> list:
        return []

    def history(self, *args: object, **kwargs: object) -> list:
        return []


class BrokenStore(FakeStore):
    writable = True
    notice = None

    def save_round(self, record: object) -> int:
        raise RuntimeError("disk on fire")


@sync
async def test_help_opens_with_f1_or_question_mark_and_shows_the_scoring_rules(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for key in ("f1", "question_mark"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            scoring = app.screen.query_one("#scoring").render().plain
            assert scoring == SCORING_HELP
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)


@sync
async def test_question_mark_opens_help_during_a_choice_question(tmp_path: Path) -> None:
    app = make_app(tmp_path, [pack("m", "M", [mc("a")])], start=StartRequest("m"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, QuestionScreen)


@sync
async def test_command_palette_runs_the_main_actions(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for title in ("Play", "High scores", "Help", "Home", "Theme", "Quit"):
            assert title in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"High scores")
        await pilot.pause(0.3)  # the palette searches in a worker
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HighScoresScreen)


@sync
async def test_theme_is_remembered(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.theme = "nord"
        await pilot.pause()
    assert load_settings().theme == "nord"
    again = make_app(tmp_path, settings=load_settings())
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


@sync
async def test_packs_and_store_load_after_the_first_paint(tmp_path: Path) -> None:
    packs = catalogue(pack("late", "Loaded late", one_of_each()))
    app = QuizApp(
        load_catalogue=lambda: packs,
        open_store=lambda: ScoreStore.open(tmp_path / "s.sqlite3"),
        clock=FakeClock(),
        settings=Settings(),
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.wait_for_data()
        await pilot.pause()
        await pilot.pause()
        table = app.screen.query_one(PackTable)
        assert table.row_count == 1
        assert table.rows[0].cells[0] == "Loaded late"


@sync
async def test_typing_filters_the_packs(tmp_path: Path) -> None:
    packs = [pack("alpha", "Alpha cup", one_of_each()), pack("beta", "Beta league", one_of_each())]
    app = make_app(tmp_path, packs)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(PackTable)
        assert table.row_count == 2
        await pilot.press(*"leag")
        assert table.row_count == 1
        assert app.screen.selected().id == "beta"
        await pilot.press("escape")
        assert table.row_count == 2
        await pilot.press("up", "up", "down", "enter")
        assert isinstance(app.screen, SetupScreen)
        assert app.screen.loaded.pack.id == "beta"


@sync
async def test_a_pack_is_picked_with_the_mouse(tmp_path: Path) -> None:
    packs = [pack("alpha", "Alpha cup", one_of_each()), pack("beta", "Beta league", one_of_each())]
    app = make_app(tmp_path, packs)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click(PackTable, offset=(5, 2))  # the header, then alpha, then beta
        assert app.screen.selected().id == "beta"
        await pilot.click(PackTable, offset=(5, 2))
        assert isinstance(app.screen, SetupScreen)
        assert app.screen.loaded.pack.id == "beta"


@sync
async def test_an_unwritable_store_is_reported_and_play_goes_on(tmp_path: Path) -> None:
    app = make_app(tmp_path, store=FakeStore(), start=StartRequest("mixed", seed=1))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        assert any("read-only" in n.message for n in app._notifications)
        await play_round(pilot)
        await pilot.press("r")  # saving fails quietly; a new round starts
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)


@sync
async def test_a_failing_store_becomes_a_notification(tmp_path: Path) -> None:
    app = make_app(tmp_path, store=BrokenStore(), start=StartRequest("mixed", seed=1))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await play_round(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert any("disk on fire" in n.message for n in app._notifications)


@sync
async def test_high_scores_show_each_mode_and_recent_scores(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, start=StartRequest("mixed", seed=3))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _ in range(2):
            await play_round(pilot)
            await pilot.press("r")
            await pilot.pause()
        await play_round(pilot, right=False)
        await pilot.press("h")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, HighScoresScreen)
        table = screen.query_one("#scores", DataTable)
        assert table.row_count == 3
        assert [str(table.get_row_at(i)[1]) for i in range(3)] == ["Ann"] * 3
        assert len(screen.query_one("#recent").data) == 3
        await pilot.press("right")  # relaxed: nobody has played it
        await pilot.pause()
        assert screen.mode() == "relaxed" and table.row_count == 0
        assert "No scores yet" in screen_text(app)


@sync
async def test_no_color_still_says_right_or_wrong(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(tmp_path, [pack("m", "M", [mc("a")])], start=StartRequest("m"))
    assert app.no_color
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await answer_by_keys(pilot)
        assert "Correct" in screen_text(app)


def test_play_with_an_unknown_pack_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "packs"
    folder.mkdir()
    data = {"id": "real", "title": "Real", "questions": [mc("a")]}
    (folder / "real.json").write_text(json.dumps(data))
    assert main(["play", "--packs", str(folder), "--pack", "nope"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no pack with id 'nope'" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--questions", "0"], "--questions"), (["--seconds", "1"], "--seconds")],
)
def test_play_rejects_bad_numbers(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["play", *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("quiz: ") and message in err and err.count("\n") == 1


def test_the_main_pack_is_played_when_present_else_the_first(tmp_path: Path) -> None:
    first, main_pack = pack("aaa", "A", [mc("a")]), pack("atalanta-liverpool", "M", [mc("a")])
    assert make_app(tmp_path, [first, main_pack]).main_pack().id == "atalanta-liverpool"
    assert make_app(tmp_path, [first]).main_pack().id == "aaa"


@sync
async def test_results_show_a_review_of_every_question(tmp_path: Path) -> None:
    app = make_app(tmp_path, start=StartRequest("mixed", seed=5))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await play_round(pilot)
        results = app.screen
        assert isinstance(results, ResultsScreen)
        review = results.query_one("#review", DataTable)
        assert review.row_count == 5
        summary = results.query_one("#summary").render().plain
        assert "Correct 5/5" in summary and "Best streak 5" in summary
