"""The game's Textual app: screen flow, and the services screens share (clock, store, packs).

Start-up stays lean: the home screen paints first, then packs and the score store load in a
background thread (pydantic alone takes about as long to import as textual).
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen

from quiz.tui import pack_index, prefs
from quiz.tui.pack_index import PackInfo
from quiz.tui.screens.home import HomeScreen

if TYPE_CHECKING:
    from quiz.engine.round import Round, RoundSettings
    from quiz.packs.loader import LoadedPack
    from quiz.packs.sources import Catalogue
    from quiz.scores.store import ScoreStore

MAIN_PACK = "atalanta-liverpool"
MAX_PROBLEMS_SHOWN = 3


@dataclass(frozen=True)
class StartRequest:
    """`quiz play ...`: go straight into a round; None fields use the remembered choices."""

    pack_id: str
    questions: int | None = None
    seconds: int | None = None
    mode: str | None = None
    seed: int | None = None


def open_default_store() -> ScoreStore:
    from quiz.scores.store import ScoreStore

    return ScoreStore.open()


class QuizApp(App[None]):
    TITLE = "Football Quiz"
    # The home screen's styles load with the app's: a screen's own CSS_PATH costs a reparse of
    # the whole stylesheet when it first shows, which start-up can do without.
    CSS_PATH: ClassVar[list[str | Path]] = ["styles/app.tcss", "styles/home.tcss"]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", id="help"),
        Binding("question_mark", "help", "Help", show=False, id="help-alt"),
        Binding("f2", "high_scores", "Scores", id="high-scores"),
    ]

    class DataReady(Message):
        """Packs and the score store finished loading (posted from the loader thread)."""

        def __init__(self, catalogue: Catalogue | None, store: Any, problem: str | None) -> None:
            self.catalogue = catalogue
            self.store = store
            self.problem = problem
            super().__init__()

    def __init__(
        self,
        *,
        catalogue: Catalogue | None = None,
        load_catalogue: Callable[[], Catalogue] | None = None,
        extra_packs: Iterable[Path] = (),
        store: ScoreStore | None = None,
        open_store: Callable[[], ScoreStore] = open_default_store,
        clock: Callable[[], float] = time.monotonic,
        start: StartRequest | None = None,
        settings: prefs.Prefs | None = None,
        now_utc: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__()
        self.clock = clock
        self.now_utc = now_utc  # wall-clock time for round records; None: the engine's default
        self.store = store
        self.start = start
        self.settings = settings if settings is not None else prefs.load()
        self.catalogue: Catalogue | None = None  # every pack loaded (None: only the index read)
        self.packs: list[PackInfo] | None = None  # what the screens list
        self.problems: list[str] = []  # broken packs, reported once
        self._extra = list(extra_packs)
        # The pack index is only used with the real pack folders, never with injected packs.
        self._use_index = catalogue is None and load_catalogue is None
        self._load_catalogue = load_catalogue or _discover(self._extra)
        self._open_store = open_store
        self._loader: threading.Thread | None = None
        self._loaded: tuple[Catalogue | None, Any, str | None] | None = None
        self._store_problem: str | None = None
        self._warned_unsaved = False
        self._data_shown = False
        self._pack_cache: dict[str, LoadedPack] = {}
        if catalogue is not None:
            self._accept_catalogue(catalogue)

    # -- start-up ---------------------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        return HomeScreen()

    def on_mount(self) -> None:
        if self.settings.theme and self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if self.packs is None and self._use_index:
            indexed = pack_index.read(self._extra)
            if indexed is not None:
                self.packs, self.problems = indexed
        if self.packs is not None and self.store is not None:
            self.post_message(self.DataReady(None, self.store, None))
        if self.start is not None:
            self._start_requested_round(self.start)

    def on_ready(self) -> None:
        """The first frame is on screen: now load what is missing, off the main thread."""
        if self.packs is None or self.store is None:
            self._start_loading()

    def _start_loading(self) -> None:
        if self._loader is not None or self._loaded is not None:
            return
        # A daemon thread, not a worker: quitting never waits for a slow disk.
        self._loader = threading.Thread(target=self._load, name="quiz-load", daemon=True)
        self._loader.start()

    def _load(self) -> None:
        catalogue = None
        if self.packs is None:
            files = pack_index.fingerprint(self._extra) if self._use_index else []
            catalogue = self._load_catalogue()
            if self._use_index:
                infos = [PackInfo.of(loaded) for loaded in catalogue.packs]
                pack_index.write(infos, catalogue.problems, files)
        store, problem = self.store, None
        if store is None:
            try:
                store = self._open_store()
            except Exception as exc:  # the game goes on without saving scores
                problem = f"Scores will not be saved: {exc}"
        self._loaded = (catalogue, store, problem)
        self.post_message(self.DataReady(catalogue, store, problem))

    def on_quiz_app_data_ready(self, message: DataReady) -> None:
        self._accept(message.catalogue, message.store, message.problem)
        if self._data_shown:
            return
        self._data_shown = True
        if self.problems:
            shown = "\n".join(self.problems[:MAX_PROBLEMS_SHOWN])
            more = len(self.problems) - MAX_PROBLEMS_SHOWN
            if more > 0:
                shown += f"\n… and {more} more (run `quiz validate` for details)"
            self.notify(shown, title="Skipped broken packs", severity="warning", markup=False)
        notice = message.problem or getattr(message.store, "notice", None)
        if notice:
            self.notify(notice, title="Scores", severity="warning", markup=False, timeout=8)
        for screen in self.screen_stack:
            if isinstance(screen, HomeScreen):
                screen.show_packs()

    def _accept_catalogue(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.packs = [PackInfo.of(loaded) for loaded in catalogue.packs]
        self.problems = list(catalogue.problems)

    def _accept(self, catalogue: Catalogue | None, store: Any, problem: str | None) -> None:
        if catalogue is not None:
            self._accept_catalogue(catalogue)
        self.store = store
        self._store_problem = problem

    def wait_for_data(self) -> None:
        """Block until packs and store are loaded (in this thread if the loader has not started)."""
        if self.packs is not None and self.store is not None:
            return
        if self._loader is None and self._loaded is None:
            self._load()
        elif self._loader is not None and self._loader.is_alive():
            self._loader.join()
        if self._loaded is not None:
            self._accept(*self._loaded)

    def _remember_theme(self, _theme: object) -> None:
        self.settings = prefs.remember_theme(self.settings, self.theme)

    # -- packs ------------------------------------------------------------------------------

    def main_pack(self) -> PackInfo | None:
        if not self.packs:
            return None
        return next((p for p in self.packs if p.id == MAIN_PACK), self.packs[0])

    def get_pack(self, pack_id: str) -> LoadedPack | None:
        """The loaded pack: from the catalogue, or read now when only the index was listed."""
        if self.catalogue is not None:
            return self.catalogue.find(pack_id)
        if pack_id in self._pack_cache:
            return self._pack_cache[pack_id]
        info = next((p for p in self.packs or [] if p.id == pack_id), None)
        if info is None:
            return None
        from quiz.packs.errors import PackError
        from quiz.packs.loader import load_pack

        try:
            loaded = load_pack(Path(info.path), info.origin)
        except PackError as exc:
            self.notify(
                "\n".join(exc.problems), title="Cannot load pack", severity="error", markup=False
            )
            return None
        self._pack_cache[pack_id] = loaded
        return loaded

    # -- rounds -----------------------------------------------------------------------------

    def _start_requested_round(self, start: StartRequest) -> None:
        if self.packs is None:
            self.wait_for_data()
        loaded = self.get_pack(start.pack_id)
        if loaded is None:
            self.notify(f"No pack with id {start.pack_id!r}", severity="error", markup=False)
            return
        settings = prefs.round_settings(self.settings)
        settings = replace(
            settings,
            questions=start.questions or settings.questions,
            seconds=start.seconds if start.seconds is not None else settings.seconds,
            mode=start.mode or settings.mode,
            seed=start.seed,
        )
        self.start_round(loaded, settings)

    def start_round(self, loaded: LoadedPack, settings: RoundSettings) -> bool:
        """Begin a round on top of the home screen; a clear notification if it cannot start."""
        from quiz.engine.round import Round
        from quiz.tui.screens.question import QuestionScreen

        try:
            extra = {} if self.now_utc is None else {"now_utc": self.now_utc}
            game = Round(loaded.pack, settings, clock=self.clock, digest=loaded.digest, **extra)
        except ValueError as exc:
            self.notify(str(exc), title="Cannot start", severity="error", markup=False)
            return False
        self.show_above_home(QuestionScreen(game, loaded, settings))
        return True

    def show_above_home(self, screen: Screen) -> None:
        """Replace whatever is above the home screen with `screen`."""
        while len(self.screen_stack) > 2:
            self.pop_screen()
        if len(self.screen_stack) == 2:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def go_home(self) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()

    @property
    def player(self) -> str:
        return prefs.player(self.settings)

    def set_player(self, name: str) -> None:
        self.settings = prefs.remember_player(self.settings, name)

    def save_round(self, game: Round, pack_title: str) -> bool:
        """Save through the score store; trouble becomes a notification and play goes on."""
        self.wait_for_data()
        store = self.store
        if store is None or not store.writable:
            if not self._warned_unsaved:
                self._warned_unsaved = True
                reason = self._store_problem or getattr(store, "notice", None)
                self.notify(
                    reason or "Scores are not being saved.",
                    title="Scores",
                    severity="warning",
                    markup=False,
                )
            return False
        try:
            saved = store.save_round(game.record(self.player, pack_title))
        except Exception as exc:  # a broken store must never end the game
            self.notify(f"Could not save the score: {exc}", severity="error", markup=False)
            return False
        if saved is None:
            self.notify(
                store.notice or "The score could not be saved.",
                title="Scores",
                severity="warning",
                markup=False,
            )
            return False
        return True

    def best_score(
        self, pack_id: str, mode: str | None = None, digest: str | None = None
    ) -> int | None:
        if self.store is None:
            return None
        try:
            return self.store.best_score(pack_id, mode, digest=digest)
        except Exception:  # a damaged store shows no best score rather than crashing
            return None

    # -- actions ----------------------------------------------------------------------------

    def action_help(self) -> None:
        from quiz.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_high_scores(self, pack_id: str | None = None, mode: str | None = None) -> None:
        from quiz.tui.screens.high_scores import HighScoresScreen

        if not isinstance(self.screen, HighScoresScreen):
            self.wait_for_data()
            self.push_screen(HighScoresScreen(pack_id, mode))

    def action_play_main(self) -> None:
        info = self.main_pack()
        if info is None:
            self.notify("No packs to play yet.", severity="warning")
            return
        self.open_setup(info.id)

    def open_setup(self, pack_id: str) -> None:
        from quiz.tui.screens.setup import SetupScreen

        loaded = self.get_pack(pack_id)
        if loaded is not None:
            self.push_screen(SetupScreen(loaded))

    async def action_quit(self) -> None:
        """Quitting saves a round in progress (as abandoned) or a result not yet saved."""
        for screen in reversed(self.screen_stack):
            save = getattr(screen, "save_before_exit", None)
            if save is not None:
                save()
        self.exit()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand("Play", "Set up a round of the main pack", self.action_play_main)
        yield SystemCommand("High scores", "Best scores per pack and mode", self.action_high_scores)
        yield SystemCommand("Help", "Keys and scoring rules", self.action_help)
        yield SystemCommand("Home", "Back to the list of packs", self.go_home)
        yield from super().get_system_commands(screen)


def _discover(extra: Iterable[Any] = ()) -> Callable[[], Catalogue]:
    folders = list(extra)

    def load() -> Catalogue:
        from quiz.packs.sources import discover

        return discover(folders)

    return load


def _fail(message: str) -> int:
    print(f"quiz: {message}", file=sys.stderr)
    return 1


def run_app(args: argparse.Namespace) -> int:
    """`quiz` opens the home screen; `quiz play ...` goes straight into a round."""
    if args.questions is not None and args.questions < 1:
        return _fail("--questions must be at least 1")
    if args.seconds is not None and not 3 <= args.seconds <= 600:
        return _fail("--seconds must be between 3 and 600")
    catalogue = None
    start = None
    if not args.home:
        from quiz.packs.sources import discover

        catalogue = discover(args.packs)
        if args.pack:
            loaded = catalogue.find(args.pack)
            if loaded is None:
                return _fail(f"no pack with id '{args.pack}' (`quiz packs` lists them)")
        else:
            loaded = catalogue.find(MAIN_PACK) or (catalogue.packs[0] if catalogue.packs else None)
            if loaded is None:
                return _fail("no packs found (`quiz packs` shows where to put them)")
        start = StartRequest(loaded.pack.id, args.questions, args.seconds, args.mode, args.seed)
    app = QuizApp(catalogue=catalogue, extra_packs=args.packs, start=start)
    app.run()
    return 0
