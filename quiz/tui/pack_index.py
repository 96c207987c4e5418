"""A small on-disk index of the packs, so the home screen can list them without loading them.

Loading packs means importing pydantic and validating every file: about as long as starting
Textual itself. The index keeps what the home screen shows (title, counts, types, problems)
beside the size and modification time of every pack file; when nothing changed, the packs are
listed from it and a pack is only loaded when the player picks it. No textual import here.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from quiz import paths

INDEX_VERSION = 1
# Mirrors quiz.packs.loader.pack_files and quiz.packs.sources.pack_folders, which import
# pydantic; a file this listing misses or adds only makes the index miss, never show stale data.
PACK_SUFFIXES = (".json", ".toml")


@dataclass(frozen=True)
class PackInfo:
    """What the home and high-score screens need to know about a pack."""

    id: str
    title: str
    description: str
    author: str
    tags: tuple[str, ...]
    origin: str
    path: str
    digest: str
    questions: int
    types: tuple[str, ...]

    @classmethod
    def of(cls, loaded: Any) -> PackInfo:
        pack = loaded.pack
        return cls(
            id=pack.id,
            title=pack.title,
            description=pack.description,
            author=pack.author,
            tags=tuple(pack.tags),
            origin=loaded.origin,
            path=str(loaded.path),
            digest=loaded.digest,
            questions=len(pack.questions),
            types=tuple(pack.types()),
        )


def index_file() -> Path:
    return paths.data_dir() / "cache" / "pack-index.json"


def folders(extra: Iterable[Path] = ()) -> list[tuple[str, Path]]:
    found = [("bundled", paths.bundled_dir()), ("user", paths.user_packs_dir())]
    return found + [("folder", Path(p)) for p in extra]


def fingerprint(extra: Iterable[Path] = ()) -> list[list[Any]]:
    """Every pack file with its size and modification time, in loading order."""
    marks: list[list[Any]] = []
    for origin, folder in folders(extra):
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            marks.append([origin, str(folder), None, None])
            continue
        for entry in entries:
            name = entry.name
            if not name.lower().endswith(PACK_SUFFIXES) or name.endswith(".schema.json"):
                continue
            try:
                stat = entry.stat()
            except OSError:
                stat = None
            if stat is None or not entry.is_file():
                marks.append([origin, entry.path, None, None])
            else:
                marks.append([origin, entry.path, stat.st_size, stat.st_mtime_ns])
    return marks


def read(extra: Iterable[Path] = ()) -> tuple[list[PackInfo], list[str]] | None:
    """The indexed packs and problems, or None when the index is missing or out of date."""
    try:
        data = json.loads(index_file().read_text(encoding="utf-8"))
        if data.get("version") != INDEX_VERSION or data.get("files") != fingerprint(extra):
            return None
        packs = [
            PackInfo(**{**p, "tags": tuple(p["tags"]), "types": tuple(p["types"])})
            for p in data["packs"]
        ]
        return packs, [str(p) for p in data["problems"]]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def write(packs: list[PackInfo], problems: list[str], files: list[list[Any]]) -> None:
    """Save the index; `files` is the fingerprint taken before the packs were loaded."""
    data = {
        "version": INDEX_VERSION,
        "files": files,
        "packs": [asdict(p) for p in packs],
        "problems": problems,
    }
    target = index_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_suffix(".tmp")
        temp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, target)
    except OSError:
        pass  # no index only means the next start loads the packs again
