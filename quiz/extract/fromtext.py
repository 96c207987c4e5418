"""Reports -> drafts -> facts: what `quiz extract` and `quiz generate --from-text` call."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quiz.extract.drafts import ReportDraft
from quiz.extract.pipeline import extract_text
from quiz.extract.reading import read_report
from quiz.extract.tofacts import Entry, build, certain_entries, facts_for_generation, validate
from quiz.packs.errors import PackError


@dataclass
class Extraction:
    drafts: list[ReportDraft]
    entries: list[Entry]
    problems: list[str]  # files that could not be read

    @property
    def notes(self) -> list[str]:
        return [note for d in self.drafts for note in d.notes]


def extract_files(paths: Iterable[Path]) -> Extraction:
    """Draft facts from each readable report; unreadable ones become one-line problems."""
    drafts: list[ReportDraft] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            problems.append(f"{path}: is a folder; name the report files")
            continue
        try:
            text = read_report(path)
        except PackError as exc:
            problems.extend(exc.problems)
            continue
        drafts.append(extract_text(text, path.name))
    entries = build(drafts)
    validate(entries)
    return Extraction(drafts, entries, problems)


def facts_from_reports(paths: Sequence[Path]) -> Any:
    """A FactSet of the facts drafted from `paths` that are complete and not marked for review.
    Raises PackError when nothing usable was found."""
    from quiz.facts.load import FactSet

    extraction = extract_files(paths)
    for line in extraction.problems + extraction.notes:
        print(line, file=sys.stderr)
    facts = facts_for_generation(extraction.entries)
    if not facts:
        raise PackError(["no certain facts found in the reports (see `quiz extract` for a draft)"])
    skipped = len(extraction.entries) - len(facts)
    if skipped:
        print(
            f"{skipped} drafted fact(s) left out: marked for review or incomplete", file=sys.stderr
        )
    return FactSet(tuple(facts), {f.id: paths[0] for f in facts})


def lint_share(
    paths: Sequence[Path], seed: int = 0, per_report: dict[str, int] | None = None
) -> tuple[float, int, int, list[str]]:
    """Generate a pack from each report's certain facts and lint it against them: the share of
    questions with no problem, (passed, total) and the problem lines. `per_report` gets the
    number of questions each report gave."""
    import tempfile

    from quiz.extract.tofacts import to_toml
    from quiz.generate.build import PackMeta, dump_pack, generate
    from quiz.lint.run import lint

    passed = total = 0
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in paths:
            extraction = extract_files([path])
            kept = certain_entries(extraction.entries)
            facts = facts_for_generation(extraction.entries)
            if per_report is not None:
                per_report[path.name] = 0
            if not facts:
                continue
            facts_file = Path(tmp) / f"{path.stem}.facts.toml"
            facts_file.write_text(to_toml(kept, [], [path.name]), encoding="utf-8")
            pack = generate(facts, seed, PackMeta(id="from-text", title=path.stem))
            if per_report is not None:
                per_report[path.name] = len(pack["questions"])
            if not pack["questions"]:
                continue
            pack_file = Path(tmp) / f"{path.stem}.json"
            pack_file.write_text(dump_pack(pack), encoding="utf-8")
            lines, _ = lint([pack_file], [facts_file])
            ids = {q["id"] for q in pack["questions"]}
            bad = {qid for qid in ids if any(f"question '{qid}'" in line for line in lines)}
            total += len(ids)
            passed += len(ids) - len(bad)
            problems.extend(line.replace(tmp + "/", "") for line in lines)
    return (passed / total if total else 0.0), passed, total, problems
