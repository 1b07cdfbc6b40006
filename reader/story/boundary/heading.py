"""Is the heading over a paragraph a new item's headline, or a section heading inside one
article?

A headline says who did what: a clause with a verb ("Council backs budget", "Rail strike called
off", "Library to open on Sundays"); a section heading names a part of the article ("Background",
"The numbers") or asks the question the next paragraphs answer ("What happens next?"). A
headline brings its story's own words, which the text before it never used; a section heading
speaks the article's language. ``heading_features`` measures these for the headings standing
before each paragraph; ``features.boundary_features`` adds them to every gap's row and the
boundary trainer weighs them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.story.cues import section_label
from reader.story.paragraph import Paragraph
from reader.story.segment.vectors import content_term_set
from reader.story.titles.form import main_verb

HEADING_FEATURES: tuple[str, ...] = (
    "heading_clause",  # a heading before it reads as a clause with a verb (not a question)
    "heading_question",  # a heading before it is a question
    "heading_fresh",  # share of its headline-like headings' words the text before never used
)

# Words a present-tense headline verb in "-s" cannot be: plurals and words that merely end so.
_NOT_S_VERB = ("ss", "us", "is", "ics", "'s", "’s")
_DETERMINERS = frozenset(
    ["the", "a", "an", "of", "for", "with", "and", "or", "in", "on", "at", "to", "by", "from"]
)
_STEM = 5
# Words a headline drops and a sentence keeps: an article to open it, an auxiliary or a pronoun
# anywhere. A section's clause heading is often written as a sentence ("The northeast keeps
# getting hit", "Other airlines say they were not consulted"), a headline seldom ("Village
# branch saved by volunteers"; "to be" and "its" are headline words too: "Lift to be replaced",
# "Firm opens its biggest site"): 61 of the 119 clause sub-headings in the development singles
# read so, 18 of the 596 clause headlines of the development pastes.
_ARTICLES = frozenset(["the", "a", "an"])
_PLAIN = frozenset(["is", "are", "was", "were", "been", "being", "has", "have", "had", "it",
                    "they", "their", "them", "we", "our", "he", "his", "she", "her", "this",
                    "that", "these", "those", "there", "will", "would", "could", "can"])  # fmt: skip
# A heading that opens as a question does ("Which places are included", "What residents say",
# "How the scheme works"), with or without its question mark.
_ASKS = re.compile(
    r"^(?:What|Why|How|Who|Whom|Whose|When|Where|Which|Is|Are|Was|Were|Will|Would|Can|Could"
    r"|Does|Do|Did|Should|Has|Have)\b"
)


def is_question(text: str) -> bool:
    """A heading that asks, or opens as a question does."""
    text = text.strip()
    return text.endswith("?") or _ASKS.match(text) is not None


def _s_verb(words: Sequence[str], i: int) -> bool:
    """A headline's present-tense verb ("hobby becomes bakery", "council backs budget"): a
    lower-case word in "-s" after a word that is no determiner nor preposition and before
    at least one more word."""
    w = words[i]
    if i == 0 or i + 1 >= len(words) or not w.islower() or len(w) < 4:
        return False
    if not w.endswith("s") or w.endswith(_NOT_S_VERB):
        return False
    prev = words[i - 1].lower()
    return prev not in _DETERMINERS and not prev.endswith("s")


def is_clause(text: str) -> bool:
    """True when a heading reads as a headline's clause: it has a finite verb ("was fined",
    "called off" after a noun), a "to"-future ("to reopen") or a present verb in "-s"; a
    question ("Which places are included") is not a headline here."""
    text = text.strip()
    if not text or is_question(text):
        return False
    words = [w.strip(",;:.!\"'“”‘’()") for w in text.split()]
    words = [w for w in words if w]
    if main_verb(words) >= 0:
        return True
    for i, w in enumerate(words[1:-1], start=1):
        nxt = words[i + 1]
        if w == "to" and nxt.islower() and nxt not in _DETERMINERS:
            return True
    return any(_s_verb(words, i) for i in range(1, len(words)))


def is_plain(text: str) -> bool:
    """A heading that keeps a sentence's grammar: an article before it, an auxiliary or a
    pronoun in it."""
    words = [w.strip(",;:.!?\"'“”‘’()").lower() for w in text.split()]
    return bool(words) and (words[0] in _ARTICLES or any(w in _PLAIN for w in words))


def heading_features(paras: Sequence[Paragraph], i: int, seen: frozenset[str]) -> list[float]:
    """HEADING_FEATURES of the headings (and headlines) before paragraph ``i``; ``seen``: the
    content terms of every paragraph before it."""
    heads = [ln.text for ln in paras[i].head if ln.kind in ("heading", "title")]
    if not heads:
        return [0.0, 0.0, 0.0]
    named = [h for h in heads if not section_label(h)]
    # a question's words are new too ("Who will be hit hardest?"): only headings that may be
    # headlines count
    telling = [h for h in named if not is_question(h)]
    terms = frozenset().union(*(content_term_set(h, _STEM) for h in telling))
    fresh = len(terms - seen) / len(terms) if terms else 0.0
    return [
        float(any(is_clause(h) for h in named)),
        float(any(is_question(h) for h in heads)),
        fresh,
    ]
