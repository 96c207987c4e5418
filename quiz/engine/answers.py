"""Checking what the player typed: names, numbers and scorelines.

A plain similarity threshold lets through "Sala" for "Salah" and "Manchester City" for
"Manchester United". The rule here: fold accents and case, compare word by word with a
tolerance that shrinks for short words, let the surname stand for a full name, and accept
only when the key (or an alias) is a clearly better match than every other known name.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

from anyascii import anyascii
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

# Words this long or shorter must be typed exactly; up to LONG_WORD letters one typo is
# forgiven (a swap of neighbours counts as one), beyond it two.
EXACT_WORD = 4
LONG_WORD = 8
# How much closer (rapidfuzz ratio, 0-100) the key must be than any other known name.
MARGIN = 5.0
# Club-name filler that players drop or add freely ("Atalanta BC", "SSC Napoli", "VfB").
FILLER = frozenset(
    {"the", "fc", "afc", "cf", "sc", "ac", "bc", "ssc", "sv", "fk", "sk", "cd", "vfb"}
)

_APOSTROPHES = re.compile(r"['`´’‘]")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case ASCII form: "Iličić" -> "ilicic", "Ødegaard" -> "odegaard".

    Apostrophes vanish ("N'Golo" -> "ngolo"), other punctuation becomes a space, spacing
    is collapsed.
    """
    ascii_text = anyascii(text).casefold()
    ascii_text = _APOSTROPHES.sub("", ascii_text)
    return " ".join(_NON_WORD.sub(" ", ascii_text).split())


# --- numbers ---------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "nil": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_DIGITS = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+")


def _parse_words(words: list[str]) -> int | None:
    """English number words: "three", "twenty one", "one hundred and five"."""
    total = current = 0
    seen = False
    for i, word in enumerate(words):
        if word == "and" and seen:
            continue
        if word == "a" and not seen:
            # "a hundred", "a thousand"; a lone "a" is a letter, not a number.
            if i + 1 == len(words) or words[i + 1] not in _SCALES:
                return None
            current = 1
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """A number typed as digits or words: "3", "three", "1,000", "3.5", "-2"; else None."""
    stripped = text.strip()
    if _DIGITS.fullmatch(stripped):
        value = float(stripped.replace(",", ""))
        return value if math.isfinite(value) else None
    words = anyascii(stripped).casefold().replace("-", " ").split()
    if not words or len(words) > 12:
        return None
    value = _parse_words(words)
    return None if value is None else float(value)


_SCORELINE = re.compile(r"\s*([0-9]+|[a-zA-Z]+)\s*(?:-|–|—|:|to)\s*([0-9]+|[a-zA-Z]+)\s*")


def parse_scoreline(text: str) -> tuple[int, int] | None:
    """ "3-0", "3–0", "3:0", "3 - 0", "three-nil" -> (3, 0); anything else -> None."""
    match = _SCORELINE.fullmatch(text)
    if not match:
        return None
    sides = [parse_number(side) for side in match.groups()]
    if any(side is None or side < 0 or not side.is_integer() for side in sides):
        return None
    home, away = sides
    assert home is not None and away is not None
    return int(home), int(away)


def number_credit(given: float, answer: float, tolerance: float) -> float:
    """1.0 within `tolerance`; just outside it 0.5, falling linearly to 0.

    The partial-credit band is three times the tolerance wide, and at least 3 wide, so
    a year one off (tolerance 0) earns a third of the points, three off earns nothing.
    """
    if not (math.isfinite(given) and math.isfinite(answer)):
        return 0.0
    tolerance = max(tolerance, 0.0)
    error = abs(given - answer)
    # Float noise must not turn 0.1 + 0.2 vs 0.3 into a near miss.
    if error <= tolerance + 1e-9 * max(1.0, abs(answer)):
        return 1.0
    band = max(3 * tolerance, 3.0)
    excess = error - tolerance
    return max(0.0, 0.5 * (1 - excess / band))


# --- names -----------------------------------------------------------------------------


def _words(folded: str) -> tuple[str, ...]:
    words = tuple(w for w in folded.split() if w not in FILLER)
    return words or tuple(folded.split())


def _suffixes(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The name and its surname forms: "virgil van dijk" -> +"van dijk", +"dijk"."""
    # Surname forms shorter than 3 letters ("bc" of "Atalanta BC") say too little.
    return [words[i:] for i in range(len(words)) if i == 0 or len("".join(words[i:])) >= 3]


def _word_close(given: str, key: str) -> bool:
    if given == key:
        return True
    if any(c.isdigit() for c in given + key):
        return False  # "2016" is never a typo for "2012"
    shortest = min(len(given), len(key))
    if shortest <= EXACT_WORD:
        return False
    allowed = 1 if shortest <= LONG_WORD else 2
    return OSA.distance(given, key, score_cutoff=allowed) <= allowed


def _similarity(given: tuple[str, ...], form: tuple[str, ...]) -> float:
    """0 when not a plausible typo of `form`, else a 0-100 score (100 exact)."""
    if given == form:
        return 100.0
    joined_given, joined_form = "".join(given), "".join(form)
    if joined_given == joined_form:
        return 99.0  # only the spacing differs: "vandijk", "van dijk"
    if len(given) != len(form) or not all(map(_word_close, given, form)):
        return 0.0
    return fuzz.ratio(" ".join(given), " ".join(form))


def _best(given: tuple[str, ...], forms: Iterable[tuple[str, ...]]) -> float:
    return max((_similarity(given, form) for form in forms), default=0.0)


class KnownNames(Sequence[str]):
    """Names a pack mentions, folded and indexed once.

    check_typed() compares an answer with every other known name; with a plain list that
    costs a fold per name per answer (about 2 s for 100,000 names), with this index only
    the few names that could possibly match are looked at.
    """

    def __init__(self, names: Iterable[str]) -> None:
        seen: dict[tuple[str, ...], str] = {}
        for name in names:
            words = _words(fold(name))
            if words:
                seen.setdefault(words, name)
        self._names = list(seen.values())
        self._known = set(seen)
        self._by_last: dict[str, list[tuple[str, ...]]] = {}
        self._by_joined: dict[str, list[tuple[str, ...]]] = {}
        for words in self._known:
            self._by_last.setdefault(words[-1], []).append(words)
            for form in _suffixes(words):
                self._by_joined.setdefault("".join(form), []).append(words)
        self._last_words = list(self._by_last)

    def __len__(self) -> int:
        return len(self._names)

    def __getitem__(self, index: int) -> str:  # type: ignore[override]
        return self._names[index]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and _words(fold(name)) in self._known

    def near(self, typed: tuple[str, ...]) -> set[tuple[str, ...]]:
        """The names (as word tuples) one of whose forms `typed` could be a typo of."""
        found = set(self._by_joined.get("".join(typed), ()))
        last = typed[-1]
        found.update(self._by_last.get(last, ()))
        if len(last) > EXACT_WORD:
            near_words = process.extract(
                last, self._last_words, scorer=OSA.distance, score_cutoff=2, limit=None
            )
            for word, _, _ in near_words:
                if _word_close(last, word):
                    found.update(self._by_last[word])
        return found


def check_typed(
    given: str, answer: str, aliases: Sequence[str] = (), others: Sequence[str] = ()
) -> bool:
    """Is `given` the answer? `others` are distractors and other names the pack knows
    (a KnownNames index when there are many).

    Accepts the answer, an alias, the surname of a full name and small typos in long
    words; rejects near misses that are other names ("Sala", "Manchester City").
    Scoreline and number answers must match exactly: "3-0" == "3:0", "three" == "3".
    """
    keys = [answer, *aliases]
    typed = _words(fold(given))
    if not typed:
        return False
    # A scoreline or a number is never "close enough".
    key_scores = {parse_scoreline(k) for k in keys} - {None}
    if key_scores:
        return parse_scoreline(given) in key_scores
    key_numbers = {parse_number(k) for k in keys} - {None}
    if key_numbers:
        return parse_number(given) in key_numbers

    full_keys = {_words(fold(k)) for k in keys} - {()}
    key_forms = {form for key in full_keys for form in _suffixes(key)}
    key_score = _best(typed, key_forms)
    if key_score == 0:
        return False
    index = others if isinstance(others, KnownNames) else KnownNames(others)
    rival_forms: set[tuple[str, ...]] = set()
    for words in index.near(typed):
        forms = set(_suffixes(words))
        # Another name that is just a form of the key ("Klopp" beside "Jurgen Klopp") is
        # the same person, not a rival.
        if words in key_forms or forms & full_keys:
            continue
        rival_forms |= forms
    return key_score - _best(typed, rival_forms) >= MARGIN


def check_order(given: Sequence[str], items: Sequence[str]) -> bool:
    """Right when `given` lists the items in the correct order (case and accents ignored)."""
    return len(given) == len(items) and all(
        fold(g) == fold(i) for g, i in zip(given, items, strict=True)
    )
