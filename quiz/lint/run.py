"""Lint packs: load each with the pack loader, run every check, report one line per issue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quiz.lint.checks import FactIndex, Issue, bias, bias_issues, near_duplicates, question_issues


@dataclass(frozen=True)
class PackSummary:
    file: str
    questions: int
    issues: list[Issue]
    summary: str


def lint_pack(path: Path, index: FactIndex | None) -> PackSummary:
    from quiz.packs.loader import load_pack

    pack = load_pack(path).pack
    name = str(path)
    issues: list[Issue] = []
    for q in pack.questions:
        issues.extend(question_issues(name, q, index))
    issues.extend(near_duplicates(name, pack.questions))
    issues.extend(bias_issues(name, pack.questions))
    report = bias(pack.questions)
    positions = ", ".join(f"{n} options {c}" for n, c in sorted(report.positions.items()))
    summary = (
        f"{name}: {len(pack.questions)} questions; key positions: {positions or 'none'}; "
        f"longest option is the key {report.longest_hits} times (chance "
        f"{report.longest_expected:.1f}); true/false {report.true_false[0]}/{report.true_false[1]}"
    )
    return PackSummary(name, len(pack.questions), issues, summary)


def lint(paths: Sequence[Path], facts: Sequence[Path] = ()) -> tuple[list[str], list[str]]:
    """(problem lines, summary lines). Unreadable packs or facts are problems too."""
    from quiz.packs.errors import PackError

    problems: list[str] = []
    summaries: list[str] = []
    index = None
    if facts:
        from quiz.facts.load import load_facts

        try:
            index = FactIndex.from_facts(load_facts(facts).facts)
        except PackError as exc:
            return exc.problems, []
    for path in paths:
        try:
            result = lint_pack(path, index)
        except PackError as exc:
            problems.extend(exc.problems)
            continue
        problems.extend(str(i) for i in result.issues)
        summaries.append(result.summary)
    return problems, summaries
