"""Precision and recall of `quiz extract` per kind of fact, on tests/extract_corpus/.

    .venv/bin/python bench/bench_extract.py            # the test set
    .venv/bin/python bench/bench_extract.py --seeds    # also: share of questions/facts recovered
                                                        # from /work/shared/seeds (read at run time)
    .venv/bin/python bench/bench_extract.py --lint     # also: generated questions passing lint
    .venv/bin/python bench/bench_extract.py -v         # list misses and extras

Targets: precision >= 0.9 and recall >= 0.7 on teams, scores, scorers and dates.
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.extract.pipeline import extract_text  # noqa: E402
from quiz.extract.recovery import answer_key  # noqa: E402
from quiz.extract.scoring import KINDS, Tally, score  # noqa: E402

CORPUS = ROOT / "tests" / "extract_corpus"
TARGETED = ("teams", "scores", "scorers", "dates")


def corpus(folder: Path = CORPUS) -> list[tuple[Path, dict]]:
    return [
        (txt, tomllib.loads(txt.with_suffix(".expected.toml").read_text(encoding="utf-8")))
        for txt in sorted(folder.glob("*.txt"))
    ]


def run_corpus(verbose: bool, folder: Path = CORPUS) -> bool:
    totals = {k: Tally() for k in KINDS}
    certain = {k: Tally() for k in KINDS}
    context = [0, 0, 0, 0]  # hand answers recovered, hand answers, drafts matching, drafts
    started = time.perf_counter()
    reports = corpus(folder)
    for path, expected in reports:
        draft = extract_text(path.read_text(encoding="utf-8"), path.name)
        for kind, tally in score(draft, expected).items():
            totals[kind].add(tally)
            if verbose and (tally.misses or tally.extras):
                print(f"  {path.stem} {kind}: missed {tally.misses} extra {tally.extras}")
        for kind, tally in score(draft, expected, certain_only=True).items():
            certain[kind].add(tally)
        if expected.get("context"):
            keys = [
                {answer_key(a) for a in (c["answer"], *c.get("aliases", ()))}
                for c in expected["context"]
            ]
            got = {answer_key(c.answer) for c in draft.contexts}
            context[0] += sum(bool(k & got) for k in keys)
            context[1] += len(keys)
            context[2] += sum(any(g in k for k in keys) for g in got)
            context[3] += len(got)
    elapsed = time.perf_counter() - started
    print(f"{folder.relative_to(ROOT)}: {len(reports)} reports, {elapsed * 1000:.0f} ms")
    if not reports:
        print("no reports found: nothing measured")  # an empty set must not pass
        return False
    print(f"{'kind':<13}{'P':>6}{'R':>6}{'found':>7}{'exp':>6}   certain-only P / R")
    ok = True
    for kind in KINDS:
        t, c = totals[kind], certain[kind]
        mark = ""
        if kind in TARGETED:
            passed = t.precision >= 0.9 and t.recall >= 0.7
            ok &= passed
            mark = "  target met" if passed else "  BELOW TARGET"
        print(
            f"{kind:<13}{t.precision:6.2f}{t.recall:6.2f}{t.found:7d}{t.expected:6d}"
            f"   {c.precision:.2f} / {c.recall:.2f}{mark}"
        )
    if context[1]:
        print(
            f"context (reports with [[context]]): {context[0]} / {context[1]} hand answers drafted;"
            f" {context[2]} / {context[3]} cloze drafts are one of them (all review = true)"
        )
    return ok


def run_seeds(seeds: Path, verbose: bool) -> None:
    from quiz.extract.recovery import recover

    facts_dir = ROOT / "questions" / "facts"
    if not facts_dir.is_dir() or not seeds.is_dir():
        print(f"seeds: need {facts_dir} and {seeds}; skipped")
        return
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))}
    drafts = [extract_text(text, name) for name, text in texts.items()]
    report = recover(drafts, facts_dir)
    print(f"\nseeds: {len(texts)} articles, {report.total} facts in {facts_dir.relative_to(ROOT)}")
    for kind, (hit, total) in sorted(report.by_kind.items()):
        print(f"  {kind:<8} {hit:3d} / {total:3d}  {hit / total if total else 1:.0%}")
    print(
        f"  targeted kinds (club, person, match, goal, quote, record): "
        f"{report.targeted_hit} / {report.targeted_total} = {report.targeted_share:.0%}"
    )
    print(f"  all kinds: {report.hit} / {report.total} = {report.share:.0%}")
    if verbose:
        for miss in report.missed:
            print(f"  missed {miss}")
    from quiz.extract.recovery import context_precision

    per = context_precision(drafts, facts_dir)
    drafted, good = sum(n for n, _ in per.values()), sum(g for _, g in per.values())
    listed = ", ".join(f"{name[:3]}: {g}/{n}" for name, (n, g) in per.items())
    print(
        f"  context drafts (all review = true) matching a hand context fact, per article: "
        f"{listed}; {good} / {drafted} = {good / drafted if drafted else 0:.0%}"
    )
    sure = recover(drafts, facts_dir, certain_only=True)
    print(
        f"  from items not marked for review (matches: home side right): targeted kinds "
        f"{sure.targeted_hit} / {sure.targeted_total} = {sure.targeted_share:.0%}, "
        f"all kinds {sure.hit} / {sure.total} = {sure.share:.0%}"
    )
    from quiz.extract.fromtext import lint_share

    counts: dict[str, int] = {}
    _, passed, total, problems = lint_share(sorted(seeds.glob("*.txt")), per_report=counts)
    per = ", ".join(f"{name[:3]}: {n}" for name, n in counts.items())
    print(f"  generate --from-text per article: {per}; {passed} / {total} pass quiz lint")
    if verbose:
        for problem in problems[:40]:
            print(f"  {problem}")


def run_lint(verbose: bool) -> None:
    from quiz.extract.fromtext import lint_share

    folders = ("", "heldout", "blind", "blind2")
    paths = [p for folder in folders for p, _ in corpus(CORPUS / folder)]
    share, passed, total, problems = lint_share(paths)
    print(
        f"\ngenerated from the test set: {passed} / {total} questions pass quiz lint = {share:.0%}"
    )
    if verbose:
        for problem in problems[:40]:
            print(f"  {problem}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", nargs="?", const=Path("/work/shared/seeds"), type=Path)
    parser.add_argument("--lint", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--only", metavar="SET", help="one set: main, heldout, blind, blind2...")
    args = parser.parse_args()
    if args.only:
        folder = CORPUS if args.only == "main" else CORPUS / args.only
        return 0 if run_corpus(args.verbose, folder) else 1
    ok = run_corpus(args.verbose)
    # Held out: the first three were written after the extractor was tuned on the main set
    # and not tuned on since. ajax-tottenham-2019 and realmadrid-mancity-2022 were added later
    # and measured before any fix they prompted (all five: scorers P 0.79 R 0.75, scores R 0.75,
    # dates R 0.71, homes R 0.60); fixes for what they exposed followed, so they are no longer
    # unseen.
    print()
    ok &= run_corpus(args.verbose, CORPUS / "heldout")
    # Blind: written by someone who had not seen the extractor, its patterns or the other
    # reports (see tests/extract_corpus/blind/README.md); first measured before any change.
    print()
    ok &= run_corpus(args.verbose, CORPUS / "blind")
    # blind2..blind22: more blind sets, each kept unseen until it was measured once (first
    # figures in tests/extract_corpus/README.md); each was used afterwards to fix what it
    # exposed.
    names = ("blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9")
    for name in (
        *names,
        "blind10",
        "blind11",
        "blind12",
        "blind13",
        "blind14",
        "blind15",
        "blind16",
        "blind17",
        "blind18",
        "blind19",
        "blind20",
        "blind21",
        "blind22",
        "blind23",
        "blind24",
    ):
        if (CORPUS / name).is_dir():
            print()
            ok &= run_corpus(args.verbose, CORPUS / name)
    if args.seeds:
        run_seeds(args.seeds, args.verbose)
    if args.lint:
        run_lint(args.verbose)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
