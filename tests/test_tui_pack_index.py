"""The pack index lets the home screen list packs without loading (and importing pydantic)."""

from __future__ import annotations

import json
from pathlib import Path

from tui_support import mc, screen_text, sync

from quiz import paths
from quiz.packs.sources import discover
from quiz.settings import Settings
from quiz.tui import pack_index
from quiz.tui.app import QuizApp
from quiz.tui.pack_index import PackInfo
from quiz.tui.screens.setup import SetupScreen


def write_pack(folder: Path, pack_id: str, title: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{pack_id}.json"
    path.write_text(json.dumps({"id": pack_id, "title": title, "questions": [mc("a")]}))
    return path


def index_now(extra: list[Path]) -> None:
    files = pack_index.fingerprint(extra)
    catalogue = discover(extra)
    pack_index.write([PackInfo.of(p) for p in catalogue.packs], catalogue.problems, files)


def test_the_index_is_used_until_a_pack_file_changes(tmp_path: Path) -> None:
    path = write_pack(paths.user_packs_dir(), "one", "One")
    (paths.user_packs_dir() / "bad.json").write_text("{")
    index_now([])
    packs, problems = pack_index.read([])
    assert [(p.id, p.title, p.questions, p.types) for p in packs if p.origin == "user"] == [
        ("one", "One", 1, ("multiple_choice",))
    ]
    assert len(problems) == 1 and "bad.json" in problems[0]
    path.write_text(path.read_text().replace('"One"', '"One, edited"'))
    assert pack_index.read([]) is None
    index_now([])
    write_pack(tmp_path / "more", "two", "Two")
    assert pack_index.read([tmp_path / "more"]) is None  # another folder: another listing


def test_a_damaged_index_is_ignored() -> None:
    write_pack(paths.user_packs_dir(), "one", "One")
    pack_index.index_file().parent.mkdir(parents=True, exist_ok=True)
    pack_index.index_file().write_text('{"version": 1, "files": [], "packs": [{"id": 3}]}')
    assert pack_index.read([]) is None


@sync
async def test_home_lists_indexed_packs_at_once_and_loads_one_when_picked(tmp_path: Path) -> None:
    write_pack(paths.user_packs_dir(), "one", "Indexed [b]one[/b]")
    index_now([])
    app = QuizApp(settings=Settings())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.catalogue is None and "one" in [p.id for p in app.packs]
        await pilot.press(*"indexed")
        assert "Indexed [b]one[/b]" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert app.screen.loaded.pack.title == "Indexed [b]one[/b]"


@sync
async def test_first_start_loads_the_packs_and_writes_the_index(tmp_path: Path) -> None:
    write_pack(paths.user_packs_dir(), "one", "One")
    app = QuizApp(settings=Settings())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.wait_for_data()
        await pilot.pause()
        assert app.catalogue is not None and "one" in [p.id for p in app.packs]
    assert "one" in [p.id for p in pack_index.read([])[0]]


def test_the_index_module_needs_neither_textual_nor_pydantic() -> None:
    import subprocess
    import sys

    code = (
        "import sys, quiz.tui.pack_index; "
        "print(sorted(m for m in ('textual', 'pydantic') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
