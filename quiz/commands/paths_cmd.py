from __future__ import annotations

import argparse
import os


def configure(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    from quiz import paths

    where = "set by QUIZ_HOME" if os.environ.get("QUIZ_HOME") else "default for this system"
    rows = [
        ("data folder", paths.data_dir(), where),
        ("score store", paths.scores_db(), ""),
        ("your packs", paths.user_packs_dir(), ""),
    ]
    for label, path, note in rows:
        notes = [n for n in (note, "" if path.exists() else "not created yet") if n]
        suffix = f"  ({'; '.join(notes)})" if notes else ""
        print(f"{label:<12} {path}{suffix}")
    return 0
