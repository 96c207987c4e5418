"""Problems found by playing the game at 80x24, each as the player would meet it."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input
from tui_support import (
    FakeClock,
    answer_by_keys,
    feedback,
    make_app,
    mc,
    one_of_each,
    pack,
    play_round,
    sync,
)

from quiz.packs.loader import LoadedPack
from quiz.settings import Settings, load_settings
from quiz.tui.app import StartRequest
from quiz.tui.screens.confirm import ConfirmLeave
from quiz.tui.screens.feedback import AUTO_ADVANCE_SECONDS
from quiz.tui.screens.high_scores import HighScoresScreen
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.results import ResultsScreen


def choices_pack(explanation: str = "", source: str = ""):
    extra = {"explanation": explanation, "source": source} if explanation else {}
    return pack("mc", "Choices", [mc(f"q{i}", f"Question {i}?", **extra) for i in range(4)])


def start(mode: str = "timed") -> StartRequest:
    return StartRequest("mc", mode=mode, seed=5)


@sync
async def test_enter_after_the_feedback_moved_on_does_not_answer_the_next_question(
    tmp_path: Path,
) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, [choices_pack()], clock=clock, start=start())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await answer_by_keys(pilot)
        clock.advance(AUTO_ADVANCE_SECONDS)
        app.screen.tick()  # the timed feedback moves on by itself
        await pilot.pause()
        screen = app.screen
        assert screen.game.state == "asking" and screen.shown.index == 1
        await pilot.press("enter")  # the player, a moment late, "continues"
        await pilot.pause()
        assert screen.game.state == "asking" and len(screen.game.outcomes) == 1


@sync
async def test_arrow_keys_then_enter_answer_with_the_chosen_tile(tmp_path: Path) -> None:
    app = make_app(tmp_path, [choices_pack()], start=start("relaxed"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        await pilot.press("down", "right")  # first tile, then the one right of it
        await pilot.press("enter")
        await pilot.pause()
        outcome = feedback(app).outcome
        assert outcome.given == screen.shown.choices[1]
        await pilot.press("enter")  # Enter on the feedback: next question, cursor gone
        await pilot.pause()
        assert screen.game.state == "asking" and screen.query_one("#choices").cursor is None


@sync
async def test_a_key_pressed_for_the_previous_question_does_not_answer_the_new_one(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path, [choices_pack()], start=start("relaxed"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        late = events.Key("2", "2")
        late.time = screen._asked_at - 0.01  # queued before this question appeared
        screen.post_message(late)
        await pilot.pause()
        assert screen.game.state == "asking" and not screen.game.outcomes
        await pilot.press("2")  # pressed now: answers
        await pilot.pause()
        assert feedback(app) is not None


async def _source_line(tmp_path: Path, loaded: LoadedPack) -> tuple[bool, str]:
    """The feedback's source line after answering the pack's one question: shown, and its text."""
    app = make_app(tmp_path, [loaded], start=start("relaxed"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await answer_by_keys(pilot)
        source = app.screen.query_one("#source")
        return bool(source.display), source.render().plain


@sync
async def test_the_source_is_named_once(tmp_path: Path) -> None:
    said = choices_pack("Liverpool won 5-0. Source: 003_x.txt.", "003_x.txt")
    assert not (await _source_line(tmp_path, said))[0]
    several = choices_pack("Won 5-0. Sources: 001_a.txt, 003_x.txt.", "001_a.txt; 003_x.txt")
    assert not (await _source_line(tmp_path, several))[0]
    unsaid = choices_pack("Liverpool won 5-0.", "003_x.txt")
    shown, text = await _source_line(tmp_path, unsaid)
    assert shown and "003_x.txt" in text


@sync
async def test_escape_asks_before_leaving_a_round(tmp_path: Path) -> None:
    app = make_app(tmp_path, [choices_pack()], start=start())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmLeave)
        await pilot.press("n")  # stay
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("escape", "escape")  # Esc again cancels too
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("escape")
        await pilot.click("#no")  # by mouse
        assert isinstance(app.screen, QuestionScreen)
        assert app.store.history() == []
        await pilot.press("escape")
        await pilot.click("#yes")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert [r.abandoned for r in app.store.history()] == [True]


@sync
async def test_a_new_player_types_a_name_straight_away(tmp_path: Path) -> None:
    app = make_app(tmp_path, [choices_pack()], start=start(), settings=Settings())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await play_round(pilot)
        assert isinstance(app.screen, ResultsScreen)
        name = app.screen.query_one("#name", Input)
        assert app.screen.focused is name and name.value == "Player"
        await pilot.press(*"Zoe", "enter")  # replaces "Player"
        await pilot.pause()
        assert name.value == "Zoe" and name.disabled
    assert load_settings().player == "Zoe"
    assert [h.player for h in app.store.high_scores("mc", "timed")] == ["Zoe"]


@sync
async def test_n_changes_the_name_and_leaving_saves_under_it(tmp_path: Path) -> None:
    app = make_app(tmp_path, [choices_pack()], start=start())  # remembered player: Ann
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await play_round(pilot)
        results = app.screen
        assert results.focused is results.query_one("#again")
        await pilot.press("n", *"Bo")  # typed over the selected "Ann", no Enter
        await pilot.press("escape")  # home: the round is saved on the way out
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert [h.player for h in app.store.high_scores("mc", "timed")] == ["Bo"]
    assert len(app.store.history()) == 1


@sync
async def test_recent_scores_say_1_round(tmp_path: Path) -> None:
    app = make_app(tmp_path, [choices_pack()], start=start())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await play_round(pilot)
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HighScoresScreen)
        title = app.screen.query_one("#recent-title").render().plain
        assert "(1 round," in title


@sync
async def test_the_home_actions_line_is_clickable(tmp_path: Path) -> None:
    from textual.command import CommandPalette

    from quiz.tui.screens.help import HelpScreen
    from quiz.tui.screens.setup import SetupScreen

    app = make_app(tmp_path, [choices_pack()])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        actions = app.screen.query_one("#actions")
        text = actions.render().plain
        left = (actions.content_region.width - len(text)) // 2  # the line is centred

        async def click(label: str) -> None:
            await pilot.click("#actions", offset=(left + text.index(label) + 2, 0))
            await pilot.pause()

        await click("Help")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await click("Commands")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("escape")
        await click("Play")
        assert isinstance(app.screen, SetupScreen)


@sync
async def test_home_shows_the_new_best_after_a_round(tmp_path: Path) -> None:
    from quiz.tui.widgets.pack_table import PackTable

    app = make_app(tmp_path, [choices_pack()])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(PackTable)
        assert table.rows[0].cells[-1] == "—"
        await pilot.press("enter", "enter")  # setup, then start
        await play_round(pilot)
        await pilot.press("escape")  # results -> home, saving the round
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        best = app.store.best_score("mc")
        assert best and table.rows[0].cells[-1] == f"{best:,}"


def burst(app, *keys: str) -> None:
    """Keys that reach the app in one read, as a terminal sends a paste or tmux a key list."""
    named = {"ctrl+u": "\x15", "backspace": "\x7f", "enter": "\r"}
    for key in keys:
        app.post_message(events.Key(key, named.get(key, key)))


@sync
async def test_a_burst_of_ctrl_u_then_a_name_saves_the_name(tmp_path: Path) -> None:
    # Found by playing: `tmux send-keys C-u Review23 Enter` saved the round as "Player".
    app = make_app(tmp_path, [choices_pack()], start=start(), settings=Settings())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await play_round(pilot)
        burst(app, "ctrl+u", *"Zoe", "enter")
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#name", Input).value == "Zoe"
    assert [h.player for h in app.store.high_scores("mc", "timed")] == ["Zoe"]


@sync
async def test_a_burst_with_a_backspace_types_the_answer_meant(tmp_path: Path) -> None:
    typed = [q for q in one_of_each() if q["id"] == "typed"]
    app = make_app(tmp_path, [pack("typed", "Typed", typed)], start=StartRequest("typed", seed=1))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        burst(app, *"Liverpoop", "backspace", "l")
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#typed-input", Input).value == "Liverpool"
