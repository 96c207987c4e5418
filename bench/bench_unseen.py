"""Precision and recall of `quiz extract` on text it had not seen: each blind set of
tests/extract_corpus/ read by the extractor of the commit it was first measured at (before
anyone read it), pooled, with 95% Wilson intervals. All drafted facts, and the facts not
marked for review (what `quiz generate --from-text` uses).

    .venv/bin/python bench/bench_unseen.py        # needs the git history (a full clone)
    .venv/bin/python bench/bench_unseen.py --at HEAD   # the same reports, read by one commit

Each commit is checked out in a temporary git worktree; the expected facts are today's.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.extract.drafts import GoalDraft, MatchDraft, ReportDraft  # noqa: E402
from quiz.extract.scoring import Tally, score  # noqa: E402

CORPUS = ROOT / "tests" / "extract_corpus"
# The commit each set was first measured at (tests/extract_corpus/README.md), or for the
# early sets the last commit before the one that added them to the bench.
FIRST_MEASURED = (
    ("4846191", ("blind",)),
    ("252afce", ("blind2",)),
    ("e3f5d5b", ("blind3",)),
    ("254dd9c", ("blind4",)),
    ("159ec5a", ("blind5",)),
    ("20de4d6", ("blind6",)),
    ("7dc2d66", ("blind7", "blind8")),
    ("091984b", ("blind9", "blind10")),
    ("48e2680", ("blind11", "blind12")),
    ("dd912ef", ("blind13", "blind14")),
    ("3c568f6", ("blind15",)),
    ("d6cb6e9", ("blind16",)),
    ("50ff15e", ("blind17",)),
    ("8d01b67", ("blind18",)),
    ("6f5e4b8", ("blind19", "blind20")),
    ("b23c1de", ("blind21", "blind22")),
    ("d62a4f1", ("blind23", "blind24")),
)
# Run inside the old commit's tree: the drafted matches and goals of each report, as JSON.
_DUMP = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from quiz.extract.pipeline import extract_text
out = {}
for path in sys.argv[2:]:
    d = extract_text(Path(path).read_text(encoding="utf-8"), Path(path).name)
    out[path] = {
        "matches": [[list(m.teams), m.score and list(m.score), m.date, m.review]
                    for m in d.matches],
        "goals": [[g.scorer, g.minute, g.review] for g in d.goals],
    }
print(json.dumps(out))
"""
KINDS = ("teams", "scores", "scorers", "dates")


def drafted(commit: str, sets: tuple[str, ...], work: Path) -> dict[str, dict]:
    tree = work / commit
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit],
        check=True,
    )
    try:
        paths = [str(p) for s in sets for p in sorted((CORPUS / s).glob("*.txt"))]
        run = subprocess.run(
            [sys.executable, "-c", _DUMP, str(tree), *paths],
            check=True,
            capture_output=True,
            text=True,
            env={"PYTHONHASHSEED": "0", "PATH": ""},
        )
        return json.loads(run.stdout)
    finally:
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True
        )


def tallies(expected: dict, got: dict, certain_only: bool) -> dict[str, Tally]:
    """The bench's own scoring (quiz.extract.scoring), on the drafted matches and goals."""
    draft = ReportDraft("", "")
    draft.matches = [
        MatchDraft((0, 0), review, teams=tuple(t), score=s and tuple(s), date=d)
        for t, s, d, review in got["matches"]
    ]
    draft.goals = [GoalDraft((0, 0), review, scorer=s, minute=m) for s, m, review in got["goals"]]
    tally = score(draft, expected, certain_only)
    return {kind: tally[kind] for kind in KINDS}


def wilson(k: int, n: int) -> str:
    if not n:
        return "      -      "
    p, z = k / n, 1.96
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return f"[{c - h:.2f}-{c + h:.2f}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--at", help="read every set with this commit instead")
    at = parser.parse_args().at
    totals = {k: (Tally(), Tally()) for k in KINDS}
    reports = 0
    with tempfile.TemporaryDirectory() as tmp:
        for commit, sets in FIRST_MEASURED:
            commit = at or commit
            if not all((CORPUS / s).is_dir() for s in sets):
                continue
            for path, got in drafted(commit, sets, Path(tmp)).items():
                text = Path(path).with_suffix(".expected.toml").read_text(encoding="utf-8")
                expected = tomllib.loads(text)
                reports += 1
                for certain_only, index in ((False, 0), (True, 1)):
                    for kind, tally in tallies(expected, got, certain_only).items():
                        totals[kind][index].add(tally)
            print(f"  {commit}: {', '.join(sets)}", file=sys.stderr)
    how = f"the extractor of {at}" if at else "the extractor of its first measurement"
    print(f"{reports} reports, each read by {how}")
    print("kind      all drafted: P [95%]        R [95%]        | certain only: P [95%]    R")
    for kind, (a, c) in totals.items():
        print(
            f"{kind:9} {a.precision:.2f} {wilson(a.right, a.found)} "
            f"{a.recall:.2f} {wilson(a.recalled, a.expected)} | "
            f"{c.precision:.2f} {wilson(c.right, c.found)} {c.recall:.2f}"
        )


if __name__ == "__main__":
    main()
