from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "facts", nargs="+", type=Path, metavar="FACTS", help="facts files or folders"
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="PACK", help="pack file to write (JSON)"
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--id", default="generated", help="pack id, a lower-case slug")
    parser.add_argument("--title", default="Generated questions", help="pack title")
    parser.add_argument("--description", default="", help="pack description")
    parser.add_argument("--author", default="", help="pack author")
    parser.add_argument(
        "--from-text",
        action="store_true",
        help="FACTS are plain-text match reports: extract facts, use those not marked for review",
    )


def run(args: argparse.Namespace) -> int:
    from quiz.facts.load import load_facts
    from quiz.generate.build import PackMeta, dump_pack, generate, question_count
    from quiz.packs.errors import PackError
    from quiz.packs.loader import ModelValidator, pack_field_names, validate_text
    from quiz.packs.models import Pack

    try:
        if args.from_text:
            from quiz.extract.fromtext import facts_from_reports

            facts = facts_from_reports(args.facts)
        else:
            facts = load_facts(args.facts)
    except PackError as exc:
        for line in exc.problems:
            print(line, file=sys.stderr)
        return 1
    from quiz.extract.tofacts import without_review

    # Facts still marked for review are drafts nobody has checked: never turned into questions.
    usable = without_review(facts.facts)
    if len(usable) < len(facts.facts):
        left = len(facts.facts) - len(usable)
        print(f"quiz generate: left out {left} fact(s) marked for review", file=sys.stderr)
    meta = PackMeta(args.id, args.title, args.description, args.author)
    pack = generate(usable, args.seed, meta)
    if not pack["questions"]:
        print("quiz generate: the facts gave no questions", file=sys.stderr)
        return 1
    text = dump_pack(pack)
    name = str(args.output)
    try:
        validate_text(ModelValidator(Pack), name, text, "json", pack_field_names)
    except PackError as exc:
        for line in exc.problems:
            print(line, file=sys.stderr)
        return 1
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"quiz generate: {name}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return 1
    counts = ", ".join(f"{n} {kind}" for kind, n in sorted(question_count(pack).items()))
    print(f"{name}: {len(pack['questions'])} questions ({counts})", file=sys.stderr)
    return 0
