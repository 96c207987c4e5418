"""Facts + templates -> a pack (a plain dict ready for JSON), deterministically for a seed.

Grounding rules applied here, not left to the linter:
- a prompt that two facts would answer differently is dropped (the answer must be unique);
- a question whose prompt gives its answer away is dropped;
- distractors come from the answer slot's pool and never equal the key, an alias or an
  `also_true` value;
- key positions and true/false answers are dealt from shuffled decks, so every position and
  both truth values come up equally often across a pack.
"""

from __future__ import annotations

import json
import random
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from quiz.generate.distractors import NEIGHBOURS, Pools, approx_tolerance
from quiz.generate.plausible import Plausibility
from quiz.generate.slots import Slots, slots_for
from quiz.generate.templates import Template, TemplateSet, default_templates
from quiz.generate.text import fold

SCHEMA_REF = "pack.schema.json"
ORDER_CHUNK = 6  # items per put-in-order question (the pack format allows up to 8)
_TOKEN_STRIP = ".,;:?!'\"\u2018\u2019\u201c\u201d()"


@dataclass(frozen=True)
class PackMeta:
    id: str = "generated"
    title: str = "Generated questions"
    description: str = ""
    author: str = ""
    tags: tuple[str, ...] = ()
    language: str = "en"


class _Values(dict):  # type: ignore[type-arg]
    """Slot values for str.format_map; {answer} is left in place for a second pass."""

    def __missing__(self, key: str) -> str:
        if key == "answer":
            return "{answer}"
        raise KeyError(key)


def render(text: str, values: dict[str, Any], answer: Any = None) -> str:
    out = text.format_map(_Values({k: _show(v) for k, v in values.items()}))
    if answer is not None:
        out = out.replace("{answer}", _show(answer))
    return out


def _show(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _sources(slots_list: Iterable[Slots]) -> list[str]:
    seen: dict[str, None] = {}
    for slots in slots_list:
        for source in slots.sources:
            seen.setdefault(source, None)
    return sorted(seen)


def _leaks_number(prompt: str, value: Any) -> bool:
    shown = _show(value)
    return any(token.strip(_TOKEN_STRIP) == shown for token in prompt.split())


def _leaks_text(prompt: str, answers: Iterable[str]) -> bool:
    said = f" {fold(prompt)} "
    for answer in answers:
        folded = fold(answer)
        if len(folded) >= 3 and f" {folded} " in said:
            return True
    return False


@dataclass
class _Candidate:
    question: dict[str, Any]
    key: str  # the answer as text, to spot prompts that two facts answer differently
    distractors: list[str] = field(default_factory=list)


class Generator:
    def __init__(
        self, facts: Sequence[Any], seed: int = 0, templates: TemplateSet | None = None
    ) -> None:
        self.templates = templates or default_templates()
        self.rng = random.Random(seed)
        self.by_id = {f.id: f for f in facts}
        names: dict[str, str] = {}
        for fact in facts:
            if fact.kind in ("club", "person"):
                names.setdefault(fact.name, fact.id)
        self.slots = {f.id: slots_for(f, self.by_id, names) for f in sorted(facts, key=_fact_key)}
        self.plausible = Plausibility.from_facts(facts)
        self.pools = Pools()
        for slots in self.slots.values():
            for slot, pool in slots.pools.items():
                value = slots.values[slot]
                if isinstance(value, str):
                    self.pools.add(pool, value)
                    if pool in ("player", "staff"):
                        self.pools.add("person", value)
        self._truth: list[bool] = []
        self._longest_deficit = 0.0  # chance rate minus actual rate of "the key is longest"
        self._positions: dict[int, list[int]] = {}

    # ------------------------------------------------------------------ decks
    def _deal_truth(self) -> bool:
        if not self._truth:
            self._truth = [True, False]
            self.rng.shuffle(self._truth)
        return self._truth.pop()

    def _deal_position(self, n: int) -> int:
        deck = self._positions.get(n)
        if not deck:
            deck = list(range(n))
            self.rng.shuffle(deck)
            self._positions[n] = deck
        return deck.pop()

    # ------------------------------------------------------------------ one question
    def _base(self, t: Template, s: Slots, text: str, extra: Iterable[str] = ()) -> dict[str, Any]:
        facts: dict[str, None] = {s.fact.id: None}
        for slot in [*sorted(t.fields()), t.answer, *extra, "match", "subject", "also_true"]:
            for ref in s.refs.get(slot, ()):
                facts.setdefault(ref, None)
        return {
            "id": f"{s.fact.id}.{t.id}"[:80],
            "type": t.type,
            "prompt": text,
            "difficulty": t.difficulty,
            "tags": [s.fact.kind],
            "source": "; ".join(_sources([s]))[:200],
            "facts": list(facts)[:20],
        }

    def _explain(self, s: Slots, answer: Any) -> str:
        text = render(self.templates.explain[s.fact.kind], s.values, _say(s, answer)).rstrip(".")
        sources = _sources([s])
        label = "Source" if len(sources) == 1 else "Sources"
        return f"{text[:1].upper()}{text[1:]}. {label}: {', '.join(sources)}."

    def question(self, t: Template, s: Slots) -> _Candidate | None:
        values = s.values
        needed = t.fields() | ({t.answer} if t.answer else set()) | set(t.requires)
        if any(values.get(slot) in (None, "") and slot != "first" for slot in needed):
            return None
        if any(not values[slot] for slot in t.requires):
            return None
        key = values[t.answer]
        pool = s.pools.get(t.answer, "")
        aliases = s.aliases.get(t.answer, [])
        exclude = s.exclude.get(t.answer, set())
        if t.type == "true_false":
            return self._true_false(t, s, key, pool, aliases, exclude)
        prompt = render(t.prompt, values)
        if t.type == "number":
            if not isinstance(key, int) or _leaks_number(prompt, key):
                return None
            q = self._base(t, s, prompt)
            tolerance = approx_tolerance(key) if pool == "count_approx" else t.tolerance
            unit = t.unit or values.get("unit", "")
            if key == 1 and unit.endswith("s"):
                unit = unit[:-1]  # the game shows "1 goal", not "1 goals"
            q.update(answer=key, tolerance=tolerance, unit=unit)
            q["explanation"] = self._explain(s, key)
            return _Candidate(q, _show(key))
        if _leaks_text(prompt, [str(key), *aliases]):
            return None
        q = self._base(t, s, prompt)
        q["explanation"] = self._explain(s, key)
        if t.type == "typed":
            q.update(answer=str(key), aliases=aliases[:20])
            return _Candidate(q, str(key))
        if not pool:
            return None
        # Draw spare distractors so that lengths can be balanced (see _by_length).
        spare = self._wrong(pool, key, 3 * (t.options - 1), aliases, exclude, prompt)
        if not spare:
            return None
        wrong = self._by_length(str(key), spare, t.options - 1)
        return _Candidate(q, str(key), wrong) if wrong else None

    def _wrong(
        self, pool: str, key: Any, count: int, aliases: list[str], exclude: set[str], prompt: str
    ) -> list[str]:
        """Up to `count` wrong answers from `pool` that could pass for `key` in `prompt`, of
        the key's shape."""
        picked = self.pools.pick(
            pool,
            key,
            count,
            self.rng,
            aliases=aliases,
            exclude=exclude,
            prompt=prompt,
            allow=lambda c: self.plausible.fits(c, str(key), prompt, pool),
        )
        return _like_key(pool, str(key), picked)

    def _by_length(self, key: str, spare: list[str], wanted: int) -> list[str]:
        """Pick distractors so that "choose the longest option" wins only at chance rate
        across the pack: while the key has been the longest less often than chance, prefer
        shorter distractors, otherwise include a longer one."""
        n = min(wanted, len(spare))
        longer = [c for c in spare if len(c) >= len(key)]
        shorter = [c for c in spare if len(c) < len(key)]
        if self._longest_deficit > 0 and len(shorter) >= n:
            chosen = shorter[:n]
        elif self._longest_deficit <= 0 and longer:
            chosen = [longer[0], *[c for c in spare if c != longer[0]][: n - 1]]
        else:
            chosen = spare[:n]
        lengths = [len(key), *(len(c) for c in chosen)]
        top = max(lengths)
        if lengths.count(top) == 1:  # a unique longest option exists: was it the key?
            key_longest = len(key) == top
            if key_longest and self._longest_deficit < -0.5:
                # Already above chance and no longer distractor exists: skip this question
                # (its fact is still asked by the other templates).
                return []
            self._longest_deficit += 1 / len(lengths) - key_longest
        return chosen

    def _true_false(
        self, t: Template, s: Slots, key: Any, pool: str, aliases: list[str], exclude: set[str]
    ) -> _Candidate | None:
        values = s.values
        if "{answer}" not in render(t.statement, values):
            if not isinstance(key, bool):
                return None
            statement, truth = render(t.statement, values), key
        else:
            truth = self._deal_truth()
            shown = key
            if not truth:
                said = render(t.statement, values)  # a name already in it makes no lie
                if t.false_from:
                    shown = values.get(t.false_from)
                elif pool in ("count", "count_approx"):
                    shown = self._near_count(pool, key)
                elif pool:
                    picked = self._wrong(pool, key, 1, aliases, exclude, said)
                    shown = picked[0] if picked else None
                else:
                    shown = None
                if shown is None:
                    return None
            statement = render(t.statement, values, _say(s, shown))
        q = self._base(t, s, statement, [t.false_from] if t.false_from and not truth else [])
        q.update(answer=truth, explanation=self._explain(s, key))
        return _Candidate(q, str(truth))

    def _near_count(self, pool: str, key: Any) -> int | None:
        """A false figure for a statement: one of the two nearest neighbours, and at least 2,
        so that "trailed by 7 goals" (for 3) is not an easy lie and "1 finals" never reads."""
        near = sorted((v for v in NEIGHBOURS[pool](key) if v >= 2), key=lambda v: abs(v - key))
        return self.rng.choice(near[:2]) if near else None

    # ------------------------------------------------------------------ put in order
    def order_questions(self, t: Template, asked: Sequence[Slots]) -> list[_Candidate]:
        groups: dict[str, list[Slots]] = {}
        for s in asked:
            if t.group_by and s.values.get(t.group_by) in (None, ""):
                continue
            if any(s.values.get(f) in (None, "") for f in t.fields()):
                continue
            groups.setdefault(str(s.values.get(t.group_by, "")) if t.group_by else "", []).append(s)
        out: list[_Candidate] = []
        for name in sorted(groups):
            members = sorted(groups[name], key=lambda s: (s.sort_key, s.fact.id))
            for n, chunk in enumerate(_strict_chunks(members, t, ORDER_CHUNK)):
                out.append(self._order(t, chunk, n))
        return out

    def _order(self, t: Template, chunk: list[Slots], n: int) -> _Candidate:
        first = chunk[0]
        items = [render(t.item, s.values) for s in chunk]
        group = fold(str(first.values.get(t.group_by, "all"))).replace(" ", "-")
        facts: dict[str, None] = {}
        for s in chunk:
            facts.setdefault(s.fact.id, None)
        for s in chunk:
            for ref in s.refs.get(t.group_by, ()):
                facts.setdefault(ref, None)
        steps = "; ".join(f"{item} ({s.sort_key[0]})" for item, s in zip(items, chunk, strict=True))
        sources = _sources(chunk)
        label = "Source" if len(sources) == 1 else "Sources"
        q = {
            "id": f"order.{first.fact.kind}.{t.id}.{group}.{n + 1}"[:80],
            "type": "order",
            "prompt": render(t.prompt, first.values),
            "difficulty": t.difficulty,
            "tags": [first.fact.kind, "order"],
            "source": "; ".join(sources)[:200],
            "facts": list(facts)[:20],
            "items": items,
            "explanation": f"In order: {steps}. {label}: {', '.join(sources)}.",
        }
        return _Candidate(q, " > ".join(items))

    # ------------------------------------------------------------------ the pack
    def candidates(self, only: Collection[str] | None) -> list[_Candidate]:
        asked = [s for fid, s in self.slots.items() if only is None or fid in only]
        caps = _speaker_caps(asked)
        by_speaker: dict[tuple[str, str], int] = {}  # (template, speaker) -> questions made
        out: list[_Candidate] = []
        for s in asked:
            made: set[str] = set()
            for t in self.templates.for_kind(s.fact.kind):
                if t.type == "order" or (t.fallback_for and t.fallback_for in made):
                    continue
                who = (t.id, s.values["speaker"]) if t.answer == "speaker" else None
                if who and (
                    by_speaker.get(who, 0) >= caps[who[1]]
                    # A capped speaker's quotes get one who-said question each, spread out.
                    or (caps[who[1]] < _quotes_by(asked, who[1]) and made & _WHO_SAID)
                ):
                    continue
                candidate = self.question(t, s)
                if candidate is not None:
                    made.add(t.id)
                    out.append(candidate)
                    if who:
                        by_speaker[who] = by_speaker.get(who, 0) + 1
        kinds = sorted({s.fact.kind for s in asked})
        for kind in kinds:
            of_kind = [s for s in asked if s.fact.kind == kind]
            for t in self.templates.for_kind(kind):
                if t.type == "order":
                    out.extend(self.order_questions(t, of_kind))
        return out

    def questions(self, only: Collection[str] | None = None) -> list[dict[str, Any]]:
        candidates = _unambiguous(self.candidates(only))
        for c in candidates:
            if c.question["type"] == "multiple_choice":
                options = list(c.distractors)
                options.insert(self._deal_position(len(options) + 1), c.key)
                q = c.question
                q["options"], q["answer"] = options, c.key
        return [_ordered(c.question) for c in candidates]


def _fact_key(fact: Any) -> str:
    return fact.id


def _say(s: Slots, value: Any) -> Any:
    """How a figure reads inside a sentence: "held Liverpool to no shots", not "to 0 shots"."""
    return "no" if s.fact.kind == "record" and value == 0 else value


def _like_key(pool: str, key: str, values: list[str]) -> list[str]:
    """Stages in the key's number: "semi-finals" beside "quarter-finals", not "quarter-final"
    (an odd one out gives the key away). Only a singular key ("quarter-final") keeps them
    singular."""
    if pool != "stage":
        return values
    out: list[str] = []
    for v in values:
        if not key.endswith("final") and v.endswith("final"):
            v += "s"  # beside "semi-finals" or "last 16": "quarter-finals"
        elif key.endswith("final") and v.endswith("finals"):
            v = v[:-1]
        if fold(v) != fold(key) and v not in out:
            out.append(v)
    return out


_WHO_SAID = frozenset({"who", "who-typed", "said"})


def _quotes_by(asked: Sequence[Slots], speaker: str) -> int:
    return sum(1 for s in asked if s.fact.kind == "quote" and s.values["speaker"] == speaker)


def _speaker_caps(asked: Sequence[Slots]) -> dict[str, int]:
    """How many questions per speaker template ("who said it") each speaker may answer, so
    that no speaker is the answer much more often than the others: if one person said 15 of
    18 quotes, "always answer him" would win. A speaker is capped at the quote count of the
    next most quoted person (at least one); his other quotes are asked about by when / to
    whom instead."""
    counts: dict[str, int] = {}
    for s in asked:
        if s.fact.kind == "quote":
            counts[s.values["speaker"]] = counts.get(s.values["speaker"], 0) + 1
    caps: dict[str, int] = {}
    for speaker, n in counts.items():
        others = max((m for name, m in counts.items() if name != speaker), default=0)
        caps[speaker] = min(n, max(1, others))
    return caps


def _strictly_before(a: Slots, b: Slots) -> bool:
    """Do the facts say that `a` happened before `b`? (Same-year items need legs or dates.)"""
    ka, kb = a.sort_key, b.sort_key
    if ka[0] != kb[0]:
        return ka[0] < kb[0]
    if len(ka) < 4 or len(kb) < 4:
        return False
    # (year, competition, leg, date): dates decide if both known, else legs of one tie.
    if a.fact.date and b.fact.date:
        return a.fact.date < b.fact.date
    return ka[1] == kb[1] and 0 < ka[2] < kb[2]


def _strict_chunks(members: list[Slots], t: Template, size: int) -> list[list[Slots]]:
    """Runs of items in a certain order with distinct labels, at most `size` long, at least 3."""
    chunks: list[list[Slots]] = []
    chunk: list[Slots] = []
    labels: set[str] = set()
    for s in members:
        label = fold(render(t.item, s.values))
        if chunk and (not _strictly_before(chunk[-1], s) or label in labels):
            continue
        chunk.append(s)
        labels.add(label)
        if len(chunk) == size:
            chunks.append(chunk)
            chunk, labels = [], set()
    if len(chunk) >= 3:
        chunks.append(chunk)
    return chunks


def _unambiguous(candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop prompts that two facts answer differently; keep one copy of exact repeats."""
    answers: dict[str, set[str]] = {}
    for c in candidates:
        answers.setdefault(_prompt_key(c), set()).add(c.key)
    kept: list[_Candidate] = []
    seen: set[str] = set()
    for c in candidates:
        pk = _prompt_key(c)
        if len(answers[pk]) > 1 or pk in seen:
            continue
        seen.add(pk)
        kept.append(c)
    return kept


def _prompt_key(c: _Candidate) -> str:
    q = c.question
    return f"{q['type'] == 'true_false'}|{fold(q['prompt'])}"


_FIELD_ORDER = (
    "id",
    "type",
    "prompt",
    "options",
    "answer",
    "aliases",
    "tolerance",
    "unit",
    "items",
    "difficulty",
    "tags",
    "explanation",
    "source",
    "facts",
)


def _ordered(q: dict[str, Any]) -> dict[str, Any]:
    return {k: q[k] for k in _FIELD_ORDER if k in q}


def generate(
    facts: Sequence[Any],
    seed: int = 0,
    meta: PackMeta | None = None,
    only: Collection[str] | None = None,
    templates: TemplateSet | None = None,
) -> dict[str, Any]:
    """A pack as a dict. `facts` are all known facts (for names and distractors); `only`
    limits which of them questions are asked about."""
    meta = meta or PackMeta()
    generator = Generator(facts, seed, templates)
    questions = generator.questions(only)
    pack: dict[str, Any] = {"$schema": SCHEMA_REF, "schema_version": 1, "id": meta.id}
    pack["title"] = meta.title
    if meta.description:
        pack["description"] = meta.description
    if meta.author:
        pack["author"] = meta.author
    pack["language"] = meta.language
    if meta.tags:
        pack["tags"] = list(meta.tags)
    pack["questions"] = [_ordered(q) for q in questions]
    return pack


def dump_pack(pack: dict[str, Any]) -> str:
    """Stable JSON text: the same pack always gives the same bytes."""
    return json.dumps(pack, indent=2, ensure_ascii=False) + "\n"


def question_count(pack: dict[str, Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for q in pack["questions"]:
        counts[q["type"]] = counts.get(q["type"], 0) + 1
    return counts
