from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("format", choices=["opentdb"], help="the input's format")
    parser.add_argument("file", type=Path, metavar="FILE", help="the file to convert")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="PACK",
        help="pack file to write (.json or .toml is read back; JSON is written)",
    )
    parser.add_argument("--id", dest="pack_id", help="pack id (default: from the output name)")
    parser.add_argument("--title", help="pack title")


def run(args: argparse.Namespace) -> int:
    from quiz.packs.errors import PackError
    from quiz.packs.loader import (
        ModelValidator,
        decode,
        pack_field_names,
        read_bytes,
        validate_text,
    )
    from quiz.packs.models import Pack
    from quiz.packs.opentdb import convert, default_id

    name = str(args.file)
    try:
        text = decode(name, read_bytes(args.file))
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise PackError([f"{name}: invalid JSON: {exc}"]) from None
        pack_id = args.pack_id or default_id(str(args.output))
        out = json.dumps(convert(data, name, pack_id, args.title), indent=2, ensure_ascii=False)
        validate_text(ModelValidator(Pack), str(args.output), out, "json", pack_field_names)
    except PackError as exc:
        for line in exc.problems:
            print(f"quiz import: {line}", file=sys.stderr)
        return 1
    try:
        args.output.write_text(out + "\n", encoding="utf-8")
    except OSError as exc:
        print(f"quiz import: {args.output}: cannot write ({exc.strerror})", file=sys.stderr)
        return 1
    print(f"wrote {args.output}", file=sys.stderr)
    return 0
