"""TUI speed against minimal Textual apps measured in the same run (ratios, not seconds).

1. Start-up: whole processes, each exiting right after its first frame (headless, auto_pilot
   that awaits pilot.pause() then exits): the game's home screen with packs on disk and an
   existing score store, against an app of Header, Static and Footer. Target: <= 1.2x.
2. Answer to next question, driven by Pilot in one process: the answer key (feedback appears)
   and the continue key (next question appears), each against a minimal app updating a Static
   on a key press. Target: <= 1.5x.

Run from the repo root: .venv/bin/python bench/bench_tui.py [--runs 9] [--presses 60]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


async def _first_frame_then_exit(pilot: Any) -> None:
    await pilot.pause()
    pilot.app.exit()


def child_baseline() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("Hello")
            yield Footer()

    Minimal().run(headless=True, auto_pilot=_first_frame_then_exit)


def child_game() -> None:
    import quiz.cli  # noqa: F401 - the `quiz` command imports it first
    from quiz.tui.app import QuizApp

    QuizApp().run(headless=True, auto_pilot=_first_frame_then_exit)  # as `quiz` starts it


def pack_data(count: int, prompt: str = "Question {i}?", **extra: str) -> dict[str, object]:
    """A pack of `count` multiple-choice questions, each answered "Two"."""
    questions = [
        {
            "id": f"q{i}",
            "type": "multiple_choice",
            "prompt": prompt.format(i=i),
            "options": ["One", "Two", "Three", "Four"],
            "answer": "Two",
            **extra,
        }
        for i in range(count)
    ]
    return {"id": "bench", "title": "Bench pack", "questions": questions}


def make_home(folder: Path, questions: int) -> None:
    """A data folder with a pack of `questions` questions and a store with 50 rounds in it."""
    from quiz.engine.round import Round, RoundSettings
    from quiz.packs.loader import load_pack
    from quiz.scores.store import ScoreStore

    packs = folder / "packs"
    packs.mkdir(parents=True)
    (packs / "bench.json").write_text(json.dumps(pack_data(questions)))
    loaded = load_pack(packs / "bench.json")
    store = ScoreStore.open(folder / "scores.sqlite3")
    for seed in range(50):
        game = Round(loaded.pack, RoundSettings(questions=5, seed=seed))
        while game.has_next():
            game.ask()
            game.answer(seed % 4)
        game.finish()
        store.save_round(game.record("Bench", "Bench pack"))
    store.close()


def time_process(which: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--child", which], env=env, check=True)
    return time.perf_counter() - start


def bench_startup(runs: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        make_home(Path(tmp), 500)
        env = {**os.environ, "QUIZ_HOME": tmp}
        times: dict[str, list[float]] = {"baseline": [], "game": []}
        time_process("baseline", env)  # warm the disk cache for both; the game's first run
        time_process("game", env)  # also writes its pack index, as any player's first start does
        for _ in range(runs):  # alternate so machine noise hits both alike
            for which in times:
                times[which].append(time_process(which, env))
    return statistics.median(times["baseline"]), statistics.median(times["game"])


async def bench_presses(presses: int) -> tuple[float, float, float]:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    from quiz.packs.loader import LoadedPack
    from quiz.packs.models import Pack
    from quiz.packs.sources import Catalogue
    from quiz.scores.store import ScoreStore
    from quiz.settings import Settings
    from quiz.tui.app import QuizApp, StartRequest

    class Minimal(App[None]):
        BINDINGS = [("x", "bump", "Bump")]  # noqa: RUF012
        count = 0

        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("0", id="n")
            yield Footer()

        def action_bump(self) -> None:
            self.count += 1
            self.query_one("#n", Static).update(str(self.count))

    base: list[float] = []
    async with Minimal().run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _ in range(presses):
            start = time.perf_counter()
            await pilot.press("x")
            base.append(time.perf_counter() - start)

    data = pack_data(
        presses + 1,
        "Question {i}: which of these is the right answer?",
        explanation="Because it is.",
        source="bench",
    )
    loaded = LoadedPack(Pack.model_validate(data), Path("bench.json"), "folder", "bench")
    now = [0.0]
    answer: list[float] = []
    advance: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QUIZ_HOME"] = tmp
        app = QuizApp(
            catalogue=Catalogue(packs=[loaded]),
            store=ScoreStore.open(Path(tmp) / "scores.sqlite3"),
            clock=lambda: now[0],
            start=StartRequest("bench", questions=presses + 1, seed=1),
            settings=Settings(),
        )
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            for _ in range(presses):
                now[0] += 1
                start = time.perf_counter()
                await pilot.press("2")  # the answer: feedback appears
                answer.append(time.perf_counter() - start)
                start = time.perf_counter()
                await pilot.press("enter")  # continue: the next question appears
                advance.append(time.perf_counter() - start)
            assert app.screen.game.correct_count == presses
    return statistics.median(base), statistics.median(answer), statistics.median(advance)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", choices=["baseline", "game"])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--presses", type=int, default=60)
    args = parser.parse_args()
    if args.child == "baseline":
        child_baseline()
        return 0
    if args.child == "game":
        child_game()
        return 0
    sys.path.insert(0, str(ROOT))
    base, game = bench_startup(args.runs)
    print(
        f"start-up (median of {args.runs} processes): minimal app {base * 1000:.0f} ms, "
        f"game {game * 1000:.0f} ms, ratio {game / base:.2f} (target <= 1.2)"
    )
    key, answer, advance = asyncio.run(bench_presses(args.presses))
    print(f"key press (median of {args.presses}): minimal Static update {key * 1000:.1f} ms")
    print(f"  answer -> feedback shown      {answer * 1000:.1f} ms, ratio {answer / key:.2f}")
    print(f"  continue -> next question     {advance * 1000:.1f} ms, ratio {advance / key:.2f}")
    print(
        f"  answer -> next question (both) ratio {(answer + advance) / (2 * key):.2f} "
        "against two key presses (target <= 1.5)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
