"""A newsletter digest pasted as text: several short items, each under a heading of its own.

A heading inside one article is a section heading (the boundary scorer rightly weighs it against
a new story), so a digest's items are told by the file's layout as a whole, not one heading at
a time: every paragraph but at most one opening line (a greeting: "Good morning. Here's what
you need to know.") sits under a heading, each heading stands over one to ``MAX_ITEM``
paragraphs, and the items share almost no words, where an article's sections all speak of its
one subject (a term in most of them). Such a file's stories start at its headings.

A digest with no greeting whose first item is one paragraph opens like an article: headline,
deck, section heading (``first_item_deck``); the deck is read as the item's text where the file
then reads as a digest. A heading the digest writes in capitals is its item's title in normal
case (``normal_case``): a word as the item's text writes it, abbreviations kept in capitals.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from reader.story.boundary.heading import is_clause
from reader.story.lines.line import Line
from reader.story.lines.patterns import article_part, greeting
from reader.story.lines.shape import ends_sentence
from reader.story.lines.table import is_row
from reader.story.paragraph import PAGE_FURNITURE, Paragraph
from reader.story.segment.vectors import content_terms

# An item of a digest is a short heading over this many paragraphs at most.
MAX_ITEM = 3
# A digest has this many items at least.
MIN_ITEMS = 2
# A greeting before the first heading is shorter than this many words.
GREETING_WORDS = 25
# Adjacent items share at most this share of the smaller item's content terms (stemmed) ...
MAX_SHARED = 0.2
# ... and no term is in more than this share of the items (an article's subject is in most of
# its sections: "council" in every section of a council story).
MAX_RECURRING = 2 / 3


# A newsletter's greeting and sign-off: at most this many lines the roles read as page furniture
# (a site's menu is longer)
MASTHEAD_FURNITURE = 2
_MENU = PAGE_FURNITURE | {"tag"}  # (the rules' menu items and tags count too)

# the kinds of a digest's item heading
_HEADS = ("title", "heading")
# a column's label is this many words at most
_LABEL_WORDS = 4


def _headed(p: Paragraph) -> bool:
    """A heading stands over the paragraph: a headline or heading, or a column's label read
    as a link list's ("Quick hits" over a few bulleted one-liners)."""
    if not p.head:
        return False
    last = p.head[-1]
    return last.kind in _HEADS or (
        last.kind == "linklist"
        and len(last.text.split()) <= _LABEL_WORDS
        and not ends_sentence(last.text)
    )


def _article_part(p: Paragraph, first: bool = False) -> bool:
    """A heading only an article has: a summary box ("Key points") or a press release's
    closing section ("About Harbour Holdings", "Forward-looking statements"). Above the file's
    first headline such a label names the column the items stand in ("IN BRIEF"), not a part of
    one article."""
    titles = [k for k, ln in enumerate(p.head) if ln.kind == "title"]
    below = titles[0] if first and titles else 0
    return any(ln.kind == "heading" and article_part(ln.text) for ln in p.head[below:])


def _shared(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def digest_starts(paras: Sequence[Paragraph]) -> list[int] | None:
    """The paragraphs that open the items of a digest (the first not listed when it opens the
    file), or None when the file is not laid out as one."""
    heads = [i for i, p in enumerate(paras) if _headed(p)]
    if (
        len(heads) < MIN_ITEMS
        or heads[0] > 1
        or any(_article_part(p, k == 0) for k, p in enumerate(paras))
    ):
        return None
    if heads[0] == 1 and len(paras[0].text.split()) >= GREETING_WORDS:
        return None
    spans = list(pairwise([*heads, len(paras)]))
    if any(_prose_paragraphs(paras[a:b]) > MAX_ITEM for a, b in spans):
        return None
    if _sections_of_one(paras, heads) or _listed_sections(paras, heads):
        return None
    terms = [{t for p in paras[a:b] for t in content_terms(p.text)} for a, b in spans]
    if any(_shared(x, y) > MAX_SHARED for x, y in pairwise(terms)):
        return None
    counts = Counter(t for item in terms for t in item)
    if counts and max(counts.values()) > MAX_RECURRING * len(terms):
        return None
    return [i for i in heads if i > 0]


def _prose_paragraphs(item: Sequence[Paragraph]) -> int:
    """An item's paragraphs, the rows of a table it holds not counted: a table under an item's
    text (a rents table by city) is part of the item, however many rows it has."""
    return sum(not all(is_row(ln) for ln in p.text.splitlines()) for p in item)


def furnished_between(paras: Sequence[Paragraph]) -> bool:
    """Page furniture (``is_page``) stands between the paragraphs, other than a column's label
    over an item ("Quick hits"), or more of it than a newsletter's greeting and sign-off
    (``MASTHEAD_FURNITURE`` lines) above the first or below the last (a site's menu)."""
    if not paras:
        return False
    inner = [ln for p in paras[1:] for ln in p.head[:-1]]
    inner += [p.head[-1] for p in paras[1:] if p.head and not _headed(p)]
    inner += [ln for p in paras[:-1] for ln in p.trail]
    if any(ln.kind in PAGE_FURNITURE for ln in inner):
        return True
    outer = (*paras[0].head, *paras[-1].trail)
    return sum(ln.kind in _MENU for ln in outer) > MASTHEAD_FURNITURE


def _sections_of_one(paras: Sequence[Paragraph], heads: Sequence[int]) -> bool:
    """The file's headline stands right over its first paragraphs and every heading after it is a
    label or a question, none a headline's clause ("Libraries", "Roads and potholes", "What
    happens next?"): one article's sections (a council's budget round-up), not a digest's
    items, whose headings say what happened ("Ferry strike called off")."""
    first = paras[heads[0]].head
    if not first or first[-1].kind != "title" or sum(ln.kind in _HEADS for ln in first) > 1:
        return False  # (a masthead over the first item's own heading: "St Michael's News")
    return _labels_after_first(paras, heads)


def _labels_after_first(paras: Sequence[Paragraph], heads: Sequence[int]) -> bool:
    """There are headings after the first, and none is a headline's clause ("Libraries", "What
    happens next?", "FARES"; not "TRAM STRIKE CALLED OFF", read in normal case)."""
    later = [paras[i].head[-1].text for i in heads[1:]]
    later = [t.capitalize() if t.isupper() else t for t in later]
    return bool(later) and not any(is_clause(text) for text in later)


def digest_items(paras: Sequence[Paragraph]) -> list[int] | None:
    """Where a newsletter digest's items start (``digest_starts``), or None when the file is no
    digest: not laid out as one, or with a web page's furniture between its paragraphs."""
    return None if furnished_between(paras) else digest_starts(paras)


def is_digest(paras: Sequence[Paragraph]) -> bool:
    """The file is a newsletter digest (``digest_items``): its stories start at its headings."""
    return digest_items(paras) is not None


def first_item_deck(lines: Sequence[Line]) -> Line | None:
    """The file's first lines are a heading, a standfirst and a second heading: in a digest with
    no greeting whose first item is one paragraph, that paragraph is the item, read by the rules
    as a deck over a section heading. The standfirst line, or None."""
    top = [ln for ln in lines[:40] if ln.kind != "blank"][:4]
    if len(top) == 4 and top[0].kind == "heading" and top[1].kind in _HEADS:
        top = top[1:]  # the column's label over the first item's heading ("IN BRIEF")
    if len(top) >= 3 and top[0].kind in _HEADS and _deck(top[1]) and top[2].kind in _HEADS:
        return top[1]
    return None


# the kinds the rules or the role model give a one-paragraph first item under its heading
_DECK_KINDS = ("standfirst", "nav", "promo", "caption")


def _deck(ln: Line) -> bool:
    """A line read as a deck or furniture that is prose: whole sentences, not a label."""
    if greeting(ln.text):
        return False  # a newsletter's greeting ("Good morning. Three things today.") is no item
    return ln.kind == "standfirst" or (
        ln.kind in _DECK_KINDS and ends_sentence(ln.text) and len(ln.text.split()) >= 8
    )


# A heading in capitals keeps these in capitals whatever its item's text shows: common
# abbreviations that hold a vowel (the shape test, no vowel, cannot tell them from words).
# fmt: off
ACRONYMS = frozenset(["us", "uk", "eu", "un", "usa", "uae", "ceo", "cfo", "coo", "cto", "fbi", "cia", "nato", "nasa", "ai", "ipo", "imf", "oecd", "opec", "uefa", "fifa", "ecb", "wto", "ufo"])
# Abbreviations that read with only their first letter in capitals.
TITLED = frozenset(["mr", "mrs", "ms", "dr", "st", "jr", "sr", "ltd", "plc", "inc"])
# fmt: on
WORD = re.compile(r"[A-Za-z0-9][\w'’.&-]*")
VOWELS = frozenset("aeiouy")
# a word right after one of these (or a paragraph's start) opens a sentence: its case says nothing
SENTENCE_MARKS = frozenset('.!?:"“')
POSSESSIVE = re.compile(r"['’]s$", re.I)


# a one-word heading in capitals this long or longer is a shouted word ("RENTS", "MARKETS"),
# shorter it may be an abbreviation ("BBC", "NHS")
SHOUTED_WORD = 4


def shouted(title: str) -> bool:
    """A heading written in capitals: two words or more with letters, or one word of
    ``SHOUTED_WORD`` letters or more, none of them lower case."""
    letters = [w for w in WORD.findall(title) if any(c.isalpha() for c in w)]
    many = len(letters) >= 2 or (len(letters) == 1 and len(letters[0]) >= SHOUTED_WORD)
    return many and title == title.upper()


def _text_forms(texts: Sequence[str]) -> dict[str, str]:
    """How the item's text writes each word where its case is its own (not a sentence's first
    word): the most frequent form, by the word lowered and stripped of a possessive."""
    seen: dict[str, Counter[str]] = {}
    for text in texts:
        for m in WORD.finditer(text):
            j = m.start() - 1
            while j >= 0 and text[j].isspace():
                j -= 1
            if j < 0 or text[j] in SENTENCE_MARKS:
                continue
            word = POSSESSIVE.sub("", m.group().rstrip(".-"))
            seen.setdefault(word.lower(), Counter())[word] += 1
    return {k: c.most_common(1)[0][0] for k, c in seen.items()}


def _normal_word(word: str, forms: dict[str, str]) -> str:
    core = POSSESSIVE.sub("", word.rstrip(".-"))
    rest = word[len(core) :]
    key = core.lower()
    if any(c.isdigit() for c in key) or "." in core.rstrip("."):
        return word  # "G7", "U.S."
    if key in ACRONYMS:
        return core + rest.lower()  # "US", "CEO" (though the text may say "us")
    if key in forms:
        return forms[key] + rest.lower()
    if key in TITLED:
        return core[:1] + core[1:].lower() + rest.lower()
    if 2 <= sum(c.isalpha() for c in key) <= 5 and VOWELS.isdisjoint(key):
        return core + rest.lower()  # "NHS", "BBC"
    return word.lower()


def normal_case(title: str, texts: Sequence[str]) -> str:
    """A heading written in capitals ("CITY COUNCIL BACKS BUDGET") in normal case ("City
    council backs budget"): each word as the item's ``texts`` write it where its case is its
    own (names, "Westgate"), else abbreviations (no vowel, or a short common list) in capitals
    and the rest lower case, the first letter a capital. Other titles are returned as they are."""
    if not shouted(title):
        return title
    forms = _text_forms(texts)
    out = WORD.sub(lambda m: _normal_word(m.group(), forms), title)
    return out[:1].upper() + out[1:]


def _listed_sections(paras: Sequence[Paragraph], heads: Sequence[int]) -> bool:
    """Every heading after the first stands over a list, and none is a headline's clause
    ("FARES" over "- Regulated fares to rise ...", "OUTLOOK" over two bullets): one piece's
    key points set out under its own labels, not a digest's items, each told in prose."""
    return (
        len(heads) > 1
        and all(p.listed for p in paras[heads[1] :])
        and _labels_after_first(paras, heads)
    )
