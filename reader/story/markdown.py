"""Markdown's inline marks turned into the text a reader sees. Newsletters exported or pasted
from an editor, notes and chat answers come as Markdown: "[a survey by the BRC](https://…)",
"**4.3%**", "![Cover](…)". Their marks are no words: a link reads as its text, an image (its
alt text a caption at best) as nothing, emphasis and code marks go, a reference link's
definition line ("[1]: https://…") is blanked, and a quote's "> " mark is dropped. Line
numbers stay as they are (a line that held only marks becomes empty, it is not removed).
Headings ("## …") and bullets are read where lines are classified (``lines.page``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

_IMAGE = re.compile(r"!\[[^\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_REF_DEFINITION = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s+\S+")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^\s>]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_CODE = re.compile(r"`([^`\n]+)`")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
# a line may hold a mark: the cheap test before any expression runs
_MARKS = ("](", "][", "**", "__", "*", "`", "<http", "<mailto", "]:", ">")
# a line holds one of _MARKS: one search of them all, not one look per mark
_ANY_MARK = re.compile("|".join(re.escape(m) for m in _MARKS))


def plain_markdown(lines: Sequence[str]) -> list[str]:
    """``lines`` with Markdown's inline marks read as text (module doc); lines with none are
    returned as they are."""
    return [_plain(ln) if _ANY_MARK.search(ln) else ln for ln in lines]


def _plain(line: str) -> str:
    if _REF_DEFINITION.match(line):
        return ""
    text = _QUOTE.sub("", line, count=1) if line.lstrip().startswith(">") else line
    if "](" in text:
        text = _LINK.sub(r"\1", _IMAGE.sub("", text))
    if "][" in text:
        text = _REF_LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    if "**" in text or "__" in text:
        text = _STRONG.sub(r"\2", text)
    if "*" in text:
        text = _EMPHASIS.sub(r"\1", text)
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    return text if text.strip() or not line.strip() else ""
