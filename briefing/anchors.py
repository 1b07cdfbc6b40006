"""Heading anchors as GitHub (and markdown-it-anchor, VS Code, GitLab) compute them.

GitHub's rule: lower-case the heading's text, drop every character that is not a letter, a
mark, a number, an underscore, a hyphen or a space, turn each space into a hyphen; a slug seen
before gets "-1", "-2"… in document order.
"""

from __future__ import annotations

import unicodedata


def slug(text: str) -> str:
    out = []
    for ch in text.lower():
        if ch in "-_" or unicodedata.category(ch)[0] in "LMN":
            out.append(ch)
        elif ch == " ":
            out.append("-")
    return "".join(out)


class Slugger:
    """Unique slugs in document order (the headings before the stories are reserved first)."""

    def __init__(self, before: list[str] | None = None) -> None:
        self._seen: dict[str, int] = {}
        for heading in before or []:
            self.unique(heading)

    def unique(self, text: str) -> str:
        base = slug(text)
        if base not in self._seen:
            self._seen[base] = 0
            return base
        while True:
            self._seen[base] += 1
            candidate = f"{base}-{self._seen[base]}"
            if candidate not in self._seen:
                self._seen[candidate] = 0
                return candidate
