"""Loading facts files with the pack loader's safe helpers, and checking them as a set.

Errors are one line each and name the file, the fact (id and position) and the field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quiz.packs.errors import PackError
from quiz.packs.loader import (
    PACK_SUFFIXES,
    ModelValidator,
    decode,
    format_of,
    parse,
    read_bytes,
    validate_text,
)

# (kind, field) -> the kinds of fact that field may name.
REFERENCES: dict[tuple[str, str], tuple[str, ...]] = {
    ("person", "club"): ("club",),
    ("person", "former_clubs"): ("club",),
    ("match", "home"): ("club",),
    ("match", "away"): ("club",),
    ("match", "aggregate_winner"): ("club",),
    ("goal", "match"): ("match",),
    ("goal", "scorer"): ("person",),
    ("goal", "club"): ("club",),
    ("record", "subject"): ("club", "person"),
    ("record", "match"): ("match",),
    ("event", "subject"): ("club", "person"),
    ("quote", "speaker"): ("person",),
    ("quote", "match"): ("match",),
    ("context", "match"): ("match",),
}

_KINDS = "club, context, event, goal, match, person, quote, record"
_LOCATION = re.compile(r"^facts\.(\d+)(?:\.(?:club|person|match|goal|record|event|quote|context))?")


@dataclass(frozen=True)
class FactSet:
    """Facts from one or more files, in file order, with where each came from."""

    facts: tuple[Any, ...]  # quiz.facts.models.AnyFact
    origin: dict[str, Path]  # fact id -> file

    def by_id(self) -> dict[str, Any]:
        return {f.id: f for f in self.facts}

    def of_kind(self, kind: str) -> list[Any]:
        return [f for f in self.facts if f.kind == kind]


def _field_names() -> dict[str, set[str]]:
    from quiz.facts import models

    names = {"facts"}
    for cls in (
        models.Club,
        models.Person,
        models.Match,
        models.Goal,
        models.Record,
        models.Event,
        models.Quote,
        models.Context,
    ):
        names |= set(cls.model_fields)
    return {"pack": names}


def _fact_label(raw: Any, index: int) -> str:
    facts = raw.get("facts") if isinstance(raw, dict) else None
    fid = None
    if isinstance(facts, list) and 0 <= index < len(facts) and isinstance(facts[index], dict):
        fid = facts[index].get("id")
    if isinstance(fid, str) and fid and len(fid) <= 80:
        return f"fact '{fid}' (#{index + 1})"
    return f"fact #{index + 1}"


def _relabel(name: str, problem: str, raw: Any) -> str:
    """`file: facts.3.goal.minute: msg` -> `file: fact 'id' (#4): minute: msg`."""
    prefix = f"{name}: "
    if not problem.startswith(prefix):
        return problem
    rest = problem[len(prefix) :]
    # The pack loader words a bad discriminator in terms of question types.
    types = "multiple_choice, number, order, true_false, typed"
    rest = rest.replace(
        f"unknown question type (expected one of: {types})",
        f"must be one of: {_KINDS}",
    ).replace(f"is required (one of: {types})", f"is required (one of: {_KINDS})")
    # Facts have no `type` field: the pack loader names the discriminator so.
    rest = re.sub(r"^(facts\.\d+)\.type: ", r"\1.kind: ", rest)
    match = _LOCATION.match(rest)
    if not match:
        return prefix + rest
    label = _fact_label(raw, int(match.group(1)))
    tail = rest[match.end() :]
    return f"{prefix}{label}{': ' + tail[1:] if tail.startswith('.') else tail}"


def load_facts_file(path: Path) -> list[Any]:
    """One facts file, validated; raises PackError with one line per problem."""
    from quiz.facts.models import FactsFile

    name = str(path)
    text = decode(name, read_bytes(path))
    fmt = format_of(path)
    try:
        return list(validate_text(ModelValidator(FactsFile), name, text, fmt, _field_names).facts)
    except PackError as exc:
        try:
            raw = parse(name, text, fmt)
        except PackError:
            raise exc from None
        lines = [_relabel(name, p, raw) for p in exc.problems]
        echo = f"{name}: facts: needs at least 1 (has 0)"  # pydantic's echo of failed facts
        if len(lines) > 1:
            lines = [line for line in lines if line != echo]
        raise PackError(lines) from None


def facts_files(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, plus facts files found (recursively) in folders; sorted, no repeats."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in PACK_SUFFIXES
                    and not p.name.endswith(".schema.json")
                )
            )
        elif path.exists():
            found.append(path)
        else:
            raise PackError([f"{path}: no such file or folder"])
    unique: dict[Path, None] = {}
    for p in found:
        unique.setdefault(p, None)
    return list(unique)


def cross_check(located: Sequence[tuple[Any, Path]]) -> list[str]:
    """Problems that span facts: repeated ids and references to missing or wrong-kind facts."""
    problems: list[str] = []
    kinds: dict[str, str] = {}
    first: dict[str, Path] = {}
    for fact, file in located:
        if fact.id in kinds:
            problems.append(f"{file}: fact '{fact.id}': id: already used in {first[fact.id]}")
        kinds.setdefault(fact.id, fact.kind)
        first.setdefault(fact.id, file)
    for fact, file in located:
        for (kind, field), allowed in REFERENCES.items():
            if fact.kind != kind:
                continue
            value = getattr(fact, field)
            for ref in value if isinstance(value, tuple) else (value,):
                if ref is None:
                    continue
                if ref not in kinds:
                    why = f"no fact has id '{ref}'"
                elif kinds[ref] not in allowed:
                    why = f"'{ref}' is a {kinds[ref]}, expected {' or '.join(allowed)}"
                else:
                    continue
                problems.append(f"{file}: fact '{fact.id}': {field}: {why}")
    return problems


def load_facts(paths: Iterable[Path]) -> FactSet:
    """Every facts file under `paths`, validated one by one and then checked as a set."""
    problems: list[str] = []
    located: list[tuple[Any, Path]] = []
    files = facts_files(paths)
    if not files:
        raise PackError(["no facts files found"])
    for file in files:
        try:
            loaded = load_facts_file(file)
        except PackError as exc:
            problems.extend(exc.problems)
            continue
        located.extend((fact, file) for fact in loaded)
    if problems:
        raise PackError(problems)
    problems = cross_check(located)
    if problems:
        raise PackError(problems)
    origin: dict[str, Path] = {}
    for fact, file in located:
        origin.setdefault(fact.id, file)
    return FactSet(tuple(fact for fact, _ in located), origin)
