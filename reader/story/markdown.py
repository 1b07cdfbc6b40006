"""Markdown's inline marks turned into the text a reader sees. Newsletters exported or pasted
from an editor, notes and chat answers come as Markdown: "[a survey by the BRC](https://…)",
"**4.3%**", "![Cover](…)". Their marks are no words: a link reads as its text, an image (its
alt text a caption at best) as nothing, emphasis and code marks go, a reference link's
definition line ("[1]: https://…") is blanked, and a quote's "> " mark is dropped. Line
numbers stay as they are (a line that held only marks becomes empty, it is not removed).
Headings ("## …") and bullets are read where lines are classified (``lines.page``).

A note app's or web clipper's front matter (a "---" line, "title:", "source:", "author:",
"tags:" fields and their "- item" lines, a closing "---") is the clip's record, not the
article: ``blank_front_matter`` blanks it. A text browser's dump (lynx, w3m) numbers each link
where it starts ("The [12]Bureau of Meteorology said"): ``drop_link_numbers`` takes the numbers
out of the words."""

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


# a front matter's field ("title: …", "author:") or one of its list items ("- clippings") or
# continued values (indented)
_FRONT_FIELD = re.compile(r"(?:[A-Za-z_][\w -]{0,40}:(?:\s.*)?|\s*- .*|\s+\S.*)")
MAX_FRONT_MATTER = 60  # lines: a longer block between rules is no front matter


def blank_front_matter(lines: list[str]) -> list[str]:
    """``lines`` with a leading front matter block blanked: a "---" line first, at least one
    field, every line a field, an item or a value carried on, and a closing "---" (or
    "...") within ``MAX_FRONT_MATTER`` lines. Anything else is returned as it is."""
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None or lines[first].strip() != "---":
        return lines
    for end in range(first + 1, min(len(lines), first + MAX_FRONT_MATTER)):
        line = lines[end]
        if line.strip() in ("---", "..."):
            if end == first + 1:
                return lines
            return lines[:first] + [""] * (end + 1 - first) + lines[end + 1 :]
        if line.strip() and not _FRONT_FIELD.fullmatch(line):
            return lines
    return lines


# a text browser's link number glued to the start of the link's words ("[12]Bureau"); not a
# citation after a word ("in 1998.[12]")
_LINK_NUMBER = re.compile(r"(?:(?<=\s)|^)\[\d{1,4}\](?=[^\W\d_]|[\"'\u201c\u2018(])")


def drop_link_numbers(lines: list[str]) -> list[str]:
    """``lines`` without a text browser's link numbers (module doc)."""
    return [_LINK_NUMBER.sub("", ln) if "[" in ln else ln for ln in lines]


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
