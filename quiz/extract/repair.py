"""Undoing the damage a lossy encoding leaves in names: "Ilic?ic?" for Iličić.

Some sites turn every letter outside Latin-1 into "?". Inside a capitalised word ("Ilic?ic?",
"Mu?ller") a "?" between letters cannot be punctuation, so it is dropped, giving the plain
ASCII spelling most English reports use anyway ("Ilicic"). The word is padded with spaces to
its old length so that every offset into the text (spans, sentences) stays where it was.
"""

from __future__ import annotations

import re

# A capitalised word with at least one "?" between letters; trailing "?"s belong to it then.
_DAMAGED = re.compile(r"(?<![\w?])[A-Z][A-Za-z]*(?:\?[a-z]+)+\?*")


def repair_names(text: str) -> tuple[str, list[str]]:
    """(text with damaged names repaired, the repaired names as written)."""
    found: list[str] = []

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        found.append(word)
        plain = word.replace("?", "")
        return plain + " " * (len(word) - len(plain))

    return _DAMAGED.sub(fix, text), found
