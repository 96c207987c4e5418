"""Reading the question templates (templates.toml, shipped in this package)."""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

TYPES = ("multiple_choice", "true_false", "typed", "number", "order")


@dataclass(frozen=True)
class Template:
    id: str
    kind: str
    type: str
    answer: str = ""
    prompt: str = ""
    statement: str = ""
    false_from: str = ""
    fallback_for: str = ""
    requires: tuple[str, ...] = ()
    difficulty: str = "medium"
    tolerance: float = 0
    unit: str = ""
    item: str = ""
    group_by: str = ""
    options: int = 4

    @property
    def text(self) -> str:
        """The wording shown to the player: the prompt, or the statement to judge."""
        return self.statement if self.type == "true_false" else self.prompt

    def fields(self) -> set[str]:
        """Slot names the wording uses (besides {answer})."""
        names = {f for _, f, _, _ in string.Formatter().parse(self.text + self.item) if f}
        return names - {"answer"}


@dataclass(frozen=True)
class TemplateSet:
    templates: tuple[Template, ...]
    explain: dict[str, str]

    def for_kind(self, kind: str) -> list[Template]:
        return [t for t in self.templates if t.kind == kind]


def parse_templates(data: dict[str, Any]) -> TemplateSet:
    templates = []
    for raw in data.get("template", []):
        raw = dict(raw)
        raw["requires"] = tuple(raw.get("requires", ()))
        template = Template(**raw)
        if template.type not in TYPES:
            raise ValueError(f"template {template.id}: unknown type {template.type!r}")
        templates.append(template)
    seen: set[tuple[str, str]] = set()
    for t in templates:
        if (t.kind, t.id) in seen:
            raise ValueError(f"template {t.kind}/{t.id} is defined twice")
        seen.add((t.kind, t.id))
    return TemplateSet(tuple(templates), dict(data.get("explain", {})))


@cache
def default_templates() -> TemplateSet:
    text = resources.files("quiz.generate").joinpath("templates.toml").read_text("utf-8")
    return parse_templates(tomllib.loads(text))
