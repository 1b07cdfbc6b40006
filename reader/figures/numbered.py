"""A report's paragraph number is no part of its sentence: "1.2 The standard adult cremation
fee is £1,045", "3.1 In 2025/26 we attended 9,874 incidents", "1. Since 2021 the Department
..." (council papers, audit reports, annual reviews number their paragraphs). Left in, the
number stands where the sentence's subject or its opening words should, and the rules that
read a sentence from its start (who acts, what "is" names) read nothing. The sentence keeps its
place in the story's sentence list (``sentence_index``), without the number.
"""

from __future__ import annotations

import re

# one to three numbers each ending in a dot, an optional last one ("1.", "1.2", "3.2.1"), then
# a capitalised word or a quote that is no scale or unit word ("2.5 Million homes": a figure)
_NUMBERED = re.compile(
    r"(?:\d{1,2}\.){1,3}\d{0,2}\s+"
    r"(?=[A-Z\"\u201c])(?!(?i:million|billion|thousand|trillion|per ?cent|percent|bn|mn)\b)"
)


def unnumbered(sentence: str) -> str:
    """``sentence`` without the paragraph number it opens with, else unchanged."""
    if not sentence[:1].isdigit():
        return sentence
    m = _NUMBERED.match(sentence)
    return sentence if m is None else sentence[m.end() :]
