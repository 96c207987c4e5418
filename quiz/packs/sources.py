"""Finding packs: bundled with the game, in the user's packs folder, and in --packs folders."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from quiz import paths
from quiz.packs.errors import PackError
from quiz.packs.loader import LoadedPack, load_pack, pack_files


@dataclass
class Catalogue:
    packs: list[LoadedPack] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # broken packs, reported and skipped

    def find(self, pack_id: str) -> LoadedPack | None:
        return next((p for p in self.packs if p.pack.id == pack_id), None)


def pack_folders(extra: Iterable[Path] = ()) -> list[tuple[str, Path]]:
    folders = [("bundled", paths.bundled_dir()), ("user", paths.user_packs_dir())]
    folders += [("folder", Path(p)) for p in extra]
    return folders


def discover(extra: Iterable[Path] = ()) -> Catalogue:
    """Load every pack; a broken one is reported and skipped, and a later duplicate id too."""
    catalogue = Catalogue()
    seen: dict[str, Path] = {}
    for origin, folder in pack_folders(extra):
        if not folder.is_dir():
            if origin == "folder":
                catalogue.problems.append(f"{folder}: no such folder")
            continue
        for path in pack_files(folder):
            try:
                loaded = load_pack(path, origin)
            except PackError as exc:
                catalogue.problems.extend(exc.problems)
                continue
            if loaded.pack.id in seen:
                catalogue.problems.append(
                    f"{path}: pack id '{loaded.pack.id}' is already used by {seen[loaded.pack.id]}; skipped"
                )
                continue
            seen[loaded.pack.id] = path
            catalogue.packs.append(loaded)
    return catalogue
