from __future__ import annotations

import argparse
import sys

from quiz.scores.records import MODES

FIELDS = (
    "pack_id",
    "pack_title",
    "mode",
    "rank",
    "player",
    "score",
    "correct",
    "total",
    "best_streak",
    "duration",
    "finished_at",
    "pack_digest",
    "round_id",
)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pack", metavar="ID", help="only this pack (its current version)")
    parser.add_argument("--mode", choices=MODES, help="only this mode")
    parser.add_argument(
        "--limit", type=_positive, default=10, metavar="N", help="rows per board (default 10)"
    )
    export = parser.add_mutually_exclusive_group()
    export.add_argument("--json", action="store_true", help="print JSON instead of a table")
    export.add_argument("--csv", action="store_true", help="print CSV instead of a table")


def run(args: argparse.Namespace) -> int:
    from quiz.scores.store import ScoreStore

    with ScoreStore.open() as store:
        opened = store.notice
        if opened:
            print(f"quiz scores: {opened}", file=sys.stderr)
        scores = store.high_scores(args.pack, args.mode, args.limit)
        if store.notice != opened:  # a read went wrong: say so rather than look empty
            print(f"quiz scores: {store.notice}", file=sys.stderr)
    rows = [_row(score) for score in scores]
    if args.json:
        import json

        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.csv:
        _write_csv(rows)
    else:
        _print_tables(rows, args.pack)
    return 0


def _row(score: object) -> dict[str, object]:
    from dataclasses import asdict

    row = asdict(score)  # type: ignore[call-overload]
    row["finished_at"] = row["finished_at"].isoformat()
    return {name: row[name] for name in FIELDS}


def _write_csv(rows: list[dict[str, object]]) -> None:
    import csv

    writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})


def _cell(value: object) -> object:
    # A name like "=HYPERLINK(...)" must stay text when the CSV is opened in a spreadsheet.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _clean(text: str, width: int) -> str:
    """Player names and titles are typed by people: no control characters reach the terminal."""
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_tables(rows: list[dict[str, object]], pack: str | None) -> None:
    if not rows:
        print(f"No scores yet for pack {pack!r}." if pack else "No scores yet.")
        return
    boards: dict[tuple[object, object], list[dict[str, object]]] = {}
    for row in rows:
        boards.setdefault((row["pack_id"], row["mode"]), []).append(row)
    for n, ((pack_id, mode), board) in enumerate(boards.items()):
        if n:
            print()
        title = _clean(str(board[0]["pack_title"]), 60)
        print(f"{title} ({_clean(str(pack_id), 40)}) · {mode}")
        print(
            f"{'#':>3}  {'Player':<20} {'Score':>7} {'Right':>7} {'Streak':>6} {'Time':>6}"
            "  Finished"
        )
        for row in board:
            minutes, seconds = divmod(round(float(row["duration"])), 60)  # type: ignore[arg-type]
            right = f"{row['correct']}/{row['total']}"
            finished = str(row["finished_at"])[:16].replace("T", " ")
            print(
                f"{row['rank']:>3}  {_clean(str(row['player']), 20):<20} {row['score']:>7} "
                f"{right:>7} {row['best_streak']:>6} {minutes:>3}:{seconds:02d}  {finished}"
            )
