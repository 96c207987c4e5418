"""Text folding shared by the generator and the linter: accents, case, spacing, punctuation."""

from __future__ import annotations

import re

from anyascii import anyascii

_NON_WORD = re.compile(r"[^a-z0-9]+")
_ARTICLES = ("the ", "a ", "an ")


def fold(text: str) -> str:
    """Comparable form: transliterated (Iličić -> ilicic), lower case, punctuation as spaces."""
    return " ".join(_NON_WORD.sub(" ", anyascii(text).casefold()).split())


def bare(text: str) -> str:
    """`fold` without a leading article: `the Kop` and `Kop` are the same answer."""
    folded = fold(text)
    for article in _ARTICLES:
        if folded.startswith(article):
            return folded[len(article) :]
    return folded


def contains_phrase(haystack: str, needle: str) -> bool:
    """Does `needle` appear in `haystack` as whole words, after folding both?"""
    n = fold(needle)
    return bool(n) and f" {n} " in f" {fold(haystack)} "


def person_aliases(name: str, given: tuple[str, ...] = ()) -> list[str]:
    """Names a player may type for a person: given aliases, the surname, accent-free forms."""
    out: list[str] = list(given)
    words = name.split()
    # The surname, unless an alias is a longer tail of the name ("De Roon", not "Roon").
    tails = {" ".join(words[i:]).casefold() for i in range(1, len(words) - 1)}
    if len(words) > 1 and not any(a.casefold() in tails for a in given):
        out.append(words[-1])
    return unique_forms(name, out)


def unique_forms(key: str, candidates: list[str]) -> list[str]:
    """Candidates plus their accent-free spellings, minus repeats and the key itself."""
    seen = {key.casefold()}
    out: list[str] = []
    for c in candidates:
        for form in (c, anyascii(c)):
            if form.strip() and form.casefold() not in seen:
                seen.add(form.casefold())
                out.append(form)
    if anyascii(key) != key and anyascii(key).casefold() not in seen:
        out.append(anyascii(key))
    return out
