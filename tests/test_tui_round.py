"""Playing whole rounds from the keyboard and the mouse, with a fake clock."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input
from tui_support import (
    FakeClock,
    answer_by_keys,
    feedback,
    make_app,
    mc,
    pack,
    play_round,
    sync,
)

from quiz.settings import load_settings
from quiz.tui.app import StartRequest
from quiz.tui.screens.feedback import AUTO_ADVANCE_SECONDS
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.results import ResultsScreen
from quiz.tui.screens.setup import SetupScreen


def start(mode: str = "timed", pack_id: str = "mixed", **kw) -> StartRequest:
    return StartRequest(pack_id, mode=mode, seed=7, **kw)


@sync
async def test_home_enter_opens_setup_then_a_round(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, SetupScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.shown.index == 0


@sync
async def test_timed_round_all_types_right_by_keys(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, start=start())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        seen = set()
        while isinstance(app.screen, QuestionScreen):
            seen.add(app.screen.shown.question.type)
            clock.advance(2)
            await answer_by_keys(pilot)
            panel = feedback(app)
            assert panel is not None
            assert panel.outcome.correct, panel.outcome
            await pilot.press("space")
        assert seen == {"multiple_choice", "true_false", "typed", "number", "order"}
        results = app.screen
        assert isinstance(results, ResultsScreen)
        game = results.game
        assert game.correct_count == 5
        assert game.score == sum(o.points for o in game.outcomes) > 5 * 500
        await pilot.press("escape")  # home: the round is saved on leaving the results
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    boards = app.store.high_scores("mixed", "timed")
    assert [(h.player, h.score, h.correct) for h in boards] == [("Ann", game.score, 5)]


@sync
async def test_wrong_answers_score_nothing_and_show_the_answer(tmp_path: Path) -> None:
    app = make_app(tmp_path, start=start())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        while isinstance(app.screen, QuestionScreen):
            await answer_by_keys(pilot, right=False)
            outcome = feedback(app).outcome
            assert not outcome.correct and outcome.points == 0
            assert app.screen.query_one("#answer").render().plain.endswith(outcome.correct_answer)
            await pilot.press("enter")
        assert app.screen.game.score == 0


@sync
async def test_time_running_out_counts_as_wrong_and_reveals_the_answer(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, start=start(seconds=10))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        clock.advance(4.2)
        screen.tick()
        assert screen.query_one("#countdown").render().plain.endswith("6s")
        clock.advance(6)
        screen.tick()
        await pilot.pause()
        panel = feedback(app)
        assert panel.outcome.timed_out and panel.outcome.points == 0
        assert "Time's up" in panel.query_one("#verdict").render().plain
        assert panel.query_one("#answer").render().plain.endswith(panel.outcome.correct_answer)


@sync
async def test_an_answer_after_the_deadline_never_scores(tmp_path: Path) -> None:
    clock = FakeClock()
    quick = pack("q", "Quick", [mc("m")])
    app = make_app(tmp_path, [quick], clock=clock, start=start(pack_id="q", seconds=10))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        clock.advance(10.5)  # the key may arrive before the timer has ticked
        await answer_by_keys(pilot)
        assert feedback(app).outcome.timed_out and feedback(app).outcome.points == 0


@sync
async def test_timed_feedback_moves_on_by_itself(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, start=start())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await answer_by_keys(pilot)
        assert feedback(app) is not None
        clock.advance(AUTO_ADVANCE_SECONDS - 1)
        app.screen.tick()
        await pilot.pause()
        assert feedback(app) is not None
        clock.advance(1)
        app.screen.tick()
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.shown.index == 1


@sync
async def test_relaxed_round_has_no_clock_and_flat_points(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, start=start("relaxed"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "No clock" in app.screen.query_one("#countdown").render().plain
        clock.advance(500)
        app.screen.tick()
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)  # no time-out in relaxed mode
        await answer_by_keys(pilot)
        assert feedback(app).outcome.correct
        clock.advance(100)
        app.screen.tick()
        await pilot.pause()
        assert feedback(app) is not None  # waits for the player
        await pilot.press("enter")
        await play_round(pilot)
        game = app.screen.game
        firsts = [o.points for o in game.outcomes if o.streak <= 1]
        assert firsts and all(p == firsts[0] for p in firsts)  # no speed factor


@sync
async def test_sudden_death_ends_at_the_first_wrong_answer(tmp_path: Path) -> None:
    app = make_app(tmp_path, start=start("sudden-death"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await answer_by_keys(pilot)
        await pilot.press("enter")
        await answer_by_keys(pilot, right=False)
        assert "See results" in app.screen.query_one("#next").render().plain
        await pilot.press("enter")
        assert isinstance(app.screen, ResultsScreen)
        assert len(app.screen.game.outcomes) == 2
        assert "Sudden death!" in app.screen.query_one("#headline").render().plain


@sync
async def test_number_question_gives_partial_credit(tmp_path: Path) -> None:
    number = {
        "id": "n",
        "type": "number",
        "prompt": "Attendance in thousands?",
        "answer": 50,
        "tolerance": 2,
    }
    app = make_app(tmp_path, [pack("n", "Numbers", [number])], start=start(pack_id="n"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("5", "5", "enter")
        outcome = feedback(app).outcome
        assert 0 < outcome.credit < 1 and outcome.points > 0
        assert "Close" in app.screen.query_one("#verdict").render().plain


@sync
async def test_order_question_by_keys_shift_arrows(tmp_path: Path) -> None:
    order = {"id": "o", "type": "order", "prompt": "Oldest first", "items": ["A1", "B2", "C3"]}
    app = make_app(tmp_path, [pack("o", "Order", [order])], start=start(pack_id="o"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        items = list(app.screen.shown.choices)
        # Bubble sort with Shift+arrows: the cursor follows the moved item.
        for _ in range(len(items)):
            for i in range(len(items) - 1):
                await pilot.press(*["up"] * 5)  # to the top (wraps: go to the start first)
                cursor = app.screen.query_one("#order").cursor
                for _ in range(cursor):
                    await pilot.press("up")
                for _ in range(i):
                    await pilot.press("down")
                if items[i] > items[i + 1]:
                    await pilot.press("shift+down")
                    items[i], items[i + 1] = items[i + 1], items[i]
        assert app.screen.query_one("#order").items == ["A1", "B2", "C3"]
        await pilot.press("enter")
        assert feedback(app).outcome.correct


@sync
async def test_whole_round_by_mouse(tmp_path: Path) -> None:
    app = make_app(tmp_path, start=start())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        while isinstance(app.screen, QuestionScreen):
            screen = app.screen
            shown = screen.shown
            question = shown.question
            if question.type == "multiple_choice":
                index = shown.choices.index(question.answer)
                await pilot.click(f"#choices .c{index}")
            elif question.type == "true_false":
                await pilot.click(f"#choices .c{0 if question.answer else 1}")
            elif question.type == "order":
                items = list(shown.choices)
                for i, wanted in enumerate(question.items):
                    j = items.index(wanted)
                    if j != i:
                        rows = list(screen.query(".order-item"))
                        await pilot.click(rows[j])
                        await pilot.click(rows[i])
                        items.insert(i, items.pop(j))
                assert screen.query_one("#order").items == list(question.items)
                await pilot.press("enter")
            else:
                field = "#typed-input" if question.type == "typed" else "#number-input"
                await pilot.click(field)
                value = question.answer if question.type == "typed" else "5"
                screen.query_one(field, Input).value = value
                await pilot.press("enter")
            await pilot.pause()
            assert feedback(app).outcome.correct
            await pilot.click("#feedback")
            await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        await pilot.click("#again")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)  # play again, same settings


@sync
async def test_choice_letters_and_true_false_digits(tmp_path: Path) -> None:
    questions = [
        mc("m", options=("Atalanta", "Liverpool"), answer="Liverpool"),
        {"id": "t", "type": "true_false", "prompt": "Is it?", "answer": False},
    ]
    app = make_app(tmp_path, [pack("k", "Keys", questions)], start=start(pack_id="k"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        while isinstance(app.screen, QuestionScreen):
            if app.screen.shown.question.type == "multiple_choice":
                await pilot.press("b")
            else:
                await pilot.press("2")
            assert feedback(app).outcome.correct
            await pilot.press("enter")


@sync
async def test_resizing_mid_round_keeps_playing(tmp_path: Path) -> None:
    app = make_app(tmp_path, start=start())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await answer_by_keys(pilot)
        await pilot.resize_terminal(60, 20)
        await pilot.press("enter")
        await play_round(pilot)
        assert isinstance(app.screen, ResultsScreen)


@sync
async def test_quitting_mid_round_saves_it_as_abandoned(tmp_path: Path) -> None:
    app = make_app(tmp_path, start=start())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await answer_by_keys(pilot)
        await pilot.press("enter")
        await pilot.press("ctrl+q")
    history = app.store.history()
    assert len(history) == 1 and history[0].abandoned and history[0].total == 1


@sync
async def test_leaving_a_round_with_escape_saves_it_and_goes_home(tmp_path: Path) -> None:
    app = make_app(tmp_path, start=start())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("escape", "y")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert [r.abandoned for r in app.store.history()] == [True]


@sync
async def test_results_remember_the_players_name(tmp_path: Path) -> None:
    app = make_app(tmp_path, start=start())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await play_round(pilot)
        results = app.screen
        assert "New high score" in results.query_one("#headline").render().plain
        await pilot.click("#name")
        results.query_one("#name", Input).value = ""
        await pilot.press(*"Zoe", "enter")
        await pilot.pause()
    assert load_settings().player == "Zoe"
    assert [h.player for h in app.store.high_scores("mixed", "timed")] == ["Zoe"]


@sync
async def test_setup_remembers_the_last_choices(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        setup = app.screen
        await pilot.click("#mode")
        await pilot.press("down", "down", "enter")  # timed -> relaxed -> sudden death
        await pilot.click("#start")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.game.mode == "sudden-death"
        assert setup is not app.screen
    assert load_settings().mode == "sudden-death"
    again = make_app(tmp_path, settings=load_settings())
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter", "enter")
        assert again.screen.game.mode == "sudden-death"


@sync
async def test_quitting_from_the_results_saves_the_finished_round(tmp_path: Path) -> None:
    app = make_app(tmp_path, start=start())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await play_round(pilot)
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("ctrl+q")
    history = app.store.history()
    assert len(history) == 1 and not history[0].abandoned and history[0].correct == 5
