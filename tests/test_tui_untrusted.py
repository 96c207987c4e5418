"""Pack text (and player names) full of markup show literally on every screen and run nothing."""

from __future__ import annotations

from pathlib import Path

from tui_support import (
    EVIL,
    FRAGMENTS,
    answer_by_keys,
    feedback,
    make_app,
    one_of_each,
    pack,
    screen_text,
    sync,
)

from quiz.settings import Settings
from quiz.tui.screens.high_scores import HighScoresScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.results import ResultsScreen
from quiz.tui.screens.setup import SetupScreen


def assert_literal(app, where: str, fragments: tuple[str, ...] = FRAGMENTS) -> None:
    text = screen_text(app)
    for fragment in fragments:
        assert fragment in text, f"{fragment!r} not shown literally on {where}:\n{text}"
    assert app.is_running, f"an action ran on {where}"


@sync
async def test_markup_in_a_pack_is_shown_literally_everywhere(tmp_path: Path) -> None:
    evil = pack("evil", f"Evil {EVIL}", one_of_each(EVIL), description=EVIL)
    app = make_app(tmp_path, [evil], settings=Settings(player=f"P {EVIL}"[:40]))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert_literal(app, "home")
        await pilot.press("enter")
        assert isinstance(app.screen, SetupScreen)
        assert_literal(app, "setup")
        await pilot.press("enter")
        seen = set()
        while isinstance(app.screen, QuestionScreen):
            kind = app.screen.shown.question.type
            seen.add(kind)
            assert_literal(app, f"a {kind} question")
            await pilot.click("#prompt")  # where a parsed [@click] would be
            await answer_by_keys(pilot, right=kind != "typed")
            panel = feedback(app)
            assert panel is not None
            if panel.query_one("#explanation").display or not panel.outcome.correct:
                assert_literal(app, f"feedback after a {kind} question")
            await pilot.press("enter")
        assert len(seen) == 5
        assert isinstance(app.screen, ResultsScreen)
        assert_literal(app, "results")
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HighScoresScreen)
        assert_literal(app, "high scores", ("[@click=app.quit]Q[/]", "[$accent]", "[b]"))
        board = app.screen.query_one("#scores")
        assert board.row_count == 1
        assert str(board.get_row_at(0)[1]) == f"P {EVIL}"[:40].strip()


@sync
async def test_markup_in_broken_pack_messages_and_store_notices_is_literal(tmp_path: Path) -> None:
    class Unwritable:
        writable = False
        notice = f"Scores will not be saved: {EVIL}"

        def best_score(self, *args, **kwargs):
            return None

        def high_scores(self, *args, **kwargs):
            return []

        def history(self, *args, **kwargs):
            return []

    app = make_app(tmp_path, store=Unwritable(), problems=[f"bad.json: title {EVIL}"])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert_literal(app, "notifications", ("[@click=app.quit]Q[/]", "[$accent]", "[b]"))
        assert "Skipped broken packs" in screen_text(app)
