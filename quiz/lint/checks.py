"""The lint checks: per question (grounding, distractors, leaks) and per pack (near-duplicates,
key-position bias, the "longest option" tell)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from quiz.generate.distractors import WEEKDAYS
from quiz.generate.plausible import Plausibility
from quiz.generate.text import bare, fold
from quiz.lint.stats import Z_01_ONE_SIDED, above_chance, chi_square, uniform_rejected

NEAR_DUPLICATE = 92  # rapidfuzz ratio (0-100) of folded prompts with the same answer
_SCORE = re.compile(r"^\d+\s*[-\u2013:]\s*\d+$")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_DATE = re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4}$")
_TOKEN_STRIP = ".,;:?!'\"\u2018\u2019\u201c\u201d()"


@dataclass(frozen=True)
class Issue:
    file: str
    question: str | None
    check: str
    message: str

    def __str__(self) -> str:
        where = f"question '{self.question}': " if self.question else ""
        return f"{self.file}: {where}{self.check}: {self.message}"


@dataclass
class FactIndex:
    """What the linter knows from facts files: ids, and which names mean the same thing."""

    ids: set[str] = field(default_factory=set)
    entity: dict[str, str] = field(default_factory=dict)  # folded name or alias -> fact id
    names: dict[str, list[str]] = field(default_factory=dict)  # fact id -> name and aliases
    classes: dict[str, set[str]] = field(default_factory=dict)  # folded name -> club, city...
    also_true: dict[str, set[str]] = field(default_factory=dict)  # fact id -> folded answers
    plausible: Plausibility = field(default_factory=Plausibility)  # leagues, cups, clubs

    def _add_class(self, name: str | None, cls: str) -> None:
        if name:
            self.classes.setdefault(bare(name), set()).add(cls)

    @classmethod
    def from_facts(cls, facts: Iterable[Any]) -> FactIndex:
        index = cls()
        facts = list(facts)
        index.plausible = Plausibility.from_facts(facts)
        for fact in facts:
            index.ids.add(fact.id)
            if fact.kind in ("club", "person"):
                index.names[fact.id] = [fact.name, *fact.aliases]
                for name in (fact.name, *fact.aliases, *getattr(fact, "nicknames", ())):
                    index.entity.setdefault(bare(name), fact.id)
                    index._add_class(name, fact.kind)
            if fact.kind in ("club", "match"):
                index._add_class(fact.city, "city")
                index._add_class(
                    getattr(fact, "venue", None) or getattr(fact, "stadium", None), "venue"
                )
            if fact.kind == "context" and fact.also_true:
                index.also_true[fact.id] = {bare(a) for a in fact.also_true}
        return index

    def class_of(self, name: str) -> str:
        """club, person, city or venue; "text" when unknown or ambiguous (Liverpool)."""
        found = self.classes.get(bare(name), set())
        return next(iter(found)) if len(found) == 1 else "text"


def value_class(text: str, index: FactIndex | None = None) -> str:
    """A coarse type for an option: score, year, number, date, weekday, club, person or text."""
    stripped = text.strip()
    if _SCORE.match(stripped):
        return "score"
    if _YEAR.match(stripped):
        return "year"
    if _NUMBER.match(stripped):
        return "number"
    if _DATE.match(stripped):
        return "date"
    if stripped in WEEKDAYS:
        return "weekday"
    return index.class_of(stripped) if index is not None else "text"


def answer_forms(answer: str, index: FactIndex | None) -> list[str]:
    """The answer and, when the facts know it as a club or person, its other names."""
    if index is None:
        return [answer]
    entity = index.entity.get(bare(answer))
    return [answer, *index.names.get(entity, [])] if entity else [answer]


def is_alias(a: str, b: str, index: FactIndex | None = None) -> bool:
    """Same answer in other words: equal after folding, a surname/short tail, or (with facts)
    two names of the same club or person."""
    fa, fb = bare(a), bare(b)
    if fa == fb:
        return True
    wa, wb = fa.split(), fb.split()
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    if short and long_[-len(short) :] == short:
        return True
    if index is not None:
        ea, eb = index.entity.get(fa), index.entity.get(fb)
        return ea is not None and ea == eb
    return False


def _leaks(prompt: str, answers: Iterable[str]) -> str | None:
    said = f" {fold(prompt)} "
    for answer in answers:
        folded = fold(answer)
        if len(folded) >= 3 and f" {folded} " in said:
            return answer
    return None


def question_issues(file: str, q: Any, index: FactIndex | None) -> list[Issue]:
    out: list[Issue] = []

    def add(check: str, message: str) -> None:
        out.append(Issue(file, q.id, check, message))

    if not q.facts:
        add("ungrounded", "lists no fact ids")
    elif index is not None:
        for fid in q.facts:
            if fid not in index.ids:
                add("ungrounded", f"fact id '{fid}' is not in the facts")
    if q.type == "multiple_choice":
        out.extend(_distractor_issues(file, q, index))
        leaked = _leaks(q.prompt, answer_forms(q.answer, index))
        if leaked:
            add("leak", f"the prompt contains the answer '{leaked}'")
    elif q.type == "typed":
        leaked = _leaks(q.prompt, [*answer_forms(q.answer, index), *q.aliases])
        if leaked:
            add("leak", f"the prompt contains the answer '{leaked}'")
    elif q.type == "number":
        shown = str(int(q.answer)) if float(q.answer).is_integer() else str(q.answer)
        if any(t.strip(_TOKEN_STRIP) == shown for t in q.prompt.split()):
            add("leak", f"the prompt contains the answer {shown}")
    return out


def _distractor_issues(file: str, q: Any, index: FactIndex | None) -> list[Issue]:
    out: list[Issue] = []
    key_class = value_class(q.answer, index)
    also = set()
    if index is not None:
        for fid in q.facts:
            also |= index.also_true.get(fid, set())
    seen: dict[str, str] = {}
    for option in q.options:
        folded = bare(option)
        if folded in seen:
            out.append(
                Issue(file, q.id, "distractor", f"'{option}' repeats '{seen[folded]}' once folded")
            )
            continue
        seen[folded] = option
        if option == q.answer:
            continue
        if is_alias(option, q.answer, index):
            out.append(
                Issue(
                    file,
                    q.id,
                    "distractor",
                    f"'{option}' is the answer '{q.answer}' in other words",
                )
            )
        elif folded in also:
            out.append(Issue(file, q.id, "distractor", f"'{option}' is also a true answer"))
        cls = value_class(option, index)
        if key_class != "text" and cls != "text" and cls != key_class:
            out.append(
                Issue(
                    file, q.id, "distractor", f"'{option}' is a {cls}, the answer is a {key_class}"
                )
            )
        elif index is not None:
            why = _implausible(option, q.answer, q.prompt, key_class, index.plausible)
            if why:
                out.append(Issue(file, q.id, "implausible", f"'{option}' {why}"))
    return out


def _implausible(option: str, key: str, prompt: str, key_class: str, p: Plausibility) -> str:
    """Why a player could rule `option` out without knowing the facts ("" if they could not):
    a league offered for a cup, a competition that did not run in the year asked about, a club
    outside the league or country the prompt names."""
    if p.fits(option, key, prompt, "club" if key_class == "club" else ""):
        return ""
    o, k = bare(option), bare(key)
    cat_o, cat_k = p.categories.get(o), p.categories.get(k)
    if cat_o and cat_k and cat_o != cat_k:
        return f"is a {cat_o}, the answer is a {cat_k}"
    if cat_o and cat_o == cat_k and p.countries.get(o) != p.countries.get(k):
        return f"is a {cat_o} of {p.countries.get(o)}, the answer is one of {p.countries.get(k)}"
    if cat_o:
        return "did not run (under that name) in the year the prompt names"
    return "is a club outside the league or country the prompt names"


def _answer_text(q: Any) -> str:
    if q.type == "order":
        return " > ".join(q.items)
    return fold(str(q.answer))


def near_duplicates(file: str, questions: Sequence[Any]) -> list[Issue]:
    """Questions asking the same thing the same way: identical prompts, or prompts this close
    (rapidfuzz ratio) with the same answer. Only questions sharing an answer are compared."""
    from rapidfuzz import fuzz

    out: list[Issue] = []
    by_prompt: dict[str, str] = {}
    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for q in questions:
        prompt = fold(q.prompt)
        if prompt in by_prompt:
            out.append(Issue(file, q.id, "duplicate", f"same prompt as '{by_prompt[prompt]}'"))
            continue
        by_prompt[prompt] = q.id
        if q.type != "true_false":  # statements sharing a truth value are not the same answer
            groups[(q.type, _answer_text(q))].append((q.id, prompt))
    for members in groups.values():
        for i, (qid, prompt) in enumerate(members):
            for other_id, other in members[:i]:
                score = fuzz.ratio(prompt, other)
                if score >= NEAR_DUPLICATE:
                    out.append(
                        Issue(
                            file,
                            qid,
                            "duplicate",
                            f"near-duplicate of '{other_id}' (similarity {score:.0f})",
                        )
                    )
                    break
    return out


@dataclass(frozen=True)
class BiasReport:
    positions: dict[int, list[int]]  # option count -> key count per position
    longest_hits: int
    longest_expected: float
    longest_z: float
    true_false: tuple[int, int]  # (true, false)


def bias(questions: Sequence[Any]) -> BiasReport:
    positions: dict[int, list[int]] = {}
    chances: list[float] = []
    hits = 0
    truth = Counter(q.answer for q in questions if q.type == "true_false")
    for q in questions:
        if q.type != "multiple_choice":
            continue
        n = len(q.options)
        positions.setdefault(n, [0] * n)[q.options.index(q.answer)] += 1
        lengths = [len(o) for o in q.options]
        longest = max(lengths)
        if lengths.count(longest) == 1:  # a tie has no single longest option to pick
            chances.append(1 / n)
            hits += len(q.answer) == longest
    z, _ = above_chance(hits, chances)
    return BiasReport(positions, hits, sum(chances), z, (truth[True], truth[False]))


def bias_issues(file: str, questions: Sequence[Any]) -> list[Issue]:
    report = bias(questions)
    out: list[Issue] = []
    for n, counts in sorted(report.positions.items()):
        if uniform_rejected(counts):
            out.append(
                Issue(
                    file,
                    None,
                    "position-bias",
                    f"{n}-option keys by position {counts} (chi-square {chi_square(counts):.1f}, "
                    "p < 0.01)",
                )
            )
    if uniform_rejected(list(report.true_false)):
        out.append(
            Issue(
                file,
                None,
                "position-bias",
                f"true/false answers {report.true_false[0]} true, {report.true_false[1]} false "
                "(p < 0.01)",
            )
        )
    if report.longest_z > Z_01_ONE_SIDED:
        out.append(
            Issue(
                file,
                None,
                "longest-option",
                f"the longest option is the key {report.longest_hits} times, chance is "
                f"{report.longest_expected:.1f} (z = {report.longest_z:.1f})",
            )
        )
    return out
