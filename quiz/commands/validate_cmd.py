from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="pack files or folders")


def run(args: argparse.Namespace) -> int:
    from quiz.packs.errors import PackError
    from quiz.packs.loader import check_pack, pack_files

    files: list[Path] = []
    for path in args.paths:
        if path.is_dir():
            files.extend(pack_files(path))
        elif path.exists():
            files.append(path)
        else:
            print(f"quiz validate: {path}: no such file or folder", file=sys.stderr)
            return 2
    if not files:
        print("quiz validate: no pack files (.json or .toml) found", file=sys.stderr)
        return 2
    bad = 0
    for file in files:
        try:
            check_pack(file)
        except PackError as exc:
            bad += 1
            for line in exc.problems:
                print(line)
    good = len(files) - bad
    print(f"{good} valid, {bad} invalid", file=sys.stderr)
    return 1 if bad else 0
