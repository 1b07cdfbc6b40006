"""A product the story names in apposition to its maker's noun for it ("its new action game,
Blade of the Ninth Moon, sold 4.1 million copies", "its weekly injection, velmaglutide,"): a
figure whose clause, before the figure, names that product - by its name, or as "the game",
"the drug" - is the product's, not its maker's ("The game sells for ¥9,680", "Development of
the game ... cost an estimated ¥28 billion", "It has sold the game in 46 countries", "peak
annual sales of the drug of $6.5 billion"). A possessive or a new clause between the product
and the figure ("lost 17.8% of their body weight ..., against 2.6%"), and the stock's moves,
are someone else's.

Product nouns are a word class (things a firm makes and sells one by one, by name); a firm's
kind ("the chain", "the bank") is ``kind_refs.py``'s."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.figures.clause_split import clause_begin
from reader.figures.gate import Gated
from reader.figures.resubject import resubject
from reader.figures.surface import surface_at
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

_FUNCTION = sumy_stop_words()

# things a firm sells under a name of their own, each line nouns that may name the same one
# ("its weekly injection, velmaglutide, ..." then "sales of the drug")
_KINDS = (
    ("game", "title"),
    ("drug", "medicine", "treatment", "therapy", "injection", "pill", "vaccine", "jab"),
    ("film", "movie", "series"),
    ("album", "record"),
    ("novel", "book"),
    ("phone", "handset", "smartphone", "device"),
    ("console", "device"),
    ("app",),
    ("car", "model", "vehicle", "suv"),
    ("aircraft", "jet", "plane"),
)
_PRODUCT_NOUNS = "|".join(sorted({n for kind in _KINDS for n in kind}))
# what a medicine is tested in: "The trial enrolled 3,412 adults" after its drug was named
_TESTED_IN = ("trial", "study")
# each noun's kin, as a pattern: "drug" -> "drug|medicine|..." (and a medicine's trial)
_SAME = {
    n: "|".join(
        [k for kind in _KINDS if n in kind for k in kind]
        + (list(_TESTED_IN) if n in _KINDS[1] else [])
    )
    for n in _PRODUCT_NOUNS.split("|")
}
_NAME = r"[A-Z][\w'\u2019-]*(?: (?:of|the|and|in|on|[A-Z][\w'\u2019-]*|\d+)){0,6}"
# "its new action game, Blade of the Ninth Moon," / "its weekly injection, velmaglutide,"
_INTRO = Gated(  # (gate.py: a text without the possessive is not searched)
    re.compile(
        r"\b(?:[Ii]ts|[Tt]heir) (?:[a-z-]+ ){0,3}(" + _PRODUCT_NOUNS + r"), "
        r"(" + _NAME + r"|[a-z][a-z-]{4,}[a-z]),(?= [a-z])"
    ),
    ("its ", "their "),
)
# lower-case words that can stand between commas and name nothing ("its new phone, however,")
_NOT_NAMES = frozenset(["however", "though", "meanwhile", "instead", "initially", "analysts"])
# between the product and the figure: someone else's thing, another clause, or the stock
_BLOCK = re.compile(
    r"\b(?:its|their|his|her|which|who|while|whereas|shares?|stock)\b|[\w\u2019']+['\u2019]s\b|;"
)


def product_owners(
    figures: Sequence[Figure], sentences: Sequence[str], names: frozenset[str]
) -> list[Figure]:
    """Give each figure whose clause names the story's product before it that product (module
    doc); the others unchanged. A clause a name of the story opens acts on the product ("that
    Veridane would need to price the drug at least 15% below"): the name's, unchanged."""
    intros = _introduced(sentences)
    if not intros:
        return list(figures)
    return resubject(figures, lambda f: _product_of(f, intros, names))


def _introduced(sentences: Sequence[str]) -> list[tuple[int, int, str, str]]:
    """Each product the story names: (sentence index, where the naming ends, noun, name)."""
    found: list[tuple[int, int, str, str]] = []
    for i, sentence in enumerate(sentences):
        if ", " not in sentence:
            continue
        for m in _INTRO.finditer(sentence):
            if m.group(2) not in _NOT_NAMES:
                found.append((i, m.end(), m.group(1), m.group(2)))
    return found


def _product_of(
    f: Figure, intros: list[tuple[int, int, str, str]], names: frozenset[str]
) -> str | None:
    text = f.sentence
    start = surface_at(f, text)
    if start < 0:
        return None
    lo = clause_begin(text, start)
    for index, end, noun, name in reversed(intros):
        if index > f.sentence_index or (index == f.sentence_index and end > start):
            continue  # named after the figure
        said = _last_mention(text, lo, start, noun, name)
        if said is None or _BLOCK.search(text, said, start):
            return None
        if any(_is_name(w, names) for w in text[lo:said].split() if w not in name.split()):
            return None  # "Veridane would need to price the drug": the firm's act
        return name
        return None  # the nearest product is the one "the game" means
    return None


def _last_mention(text: str, lo: int, hi: int, noun: str, name: str) -> int | None:
    """Where the last naming of the product in ``text[lo:hi]`` ends, else None."""
    same = _SAME[noun]
    ends = [m.end() for m in re.finditer(rf"\b[Tt]he (?:new )?(?:{same})\b", text[lo:hi])]
    at = text.find(name, lo, hi)
    if at >= 0:
        ends.append(at + len(name) - lo)
    return lo + max(ends) if ends else None


def _is_name(word: str, names: frozenset[str]) -> bool:
    """Whether ``word`` is a capitalised name of the story ("Veridane"; not "The", "It")."""
    word = word.strip(",.:'\u2019\"")
    return word[:1].isupper() and word in names and word.lower() not in _FUNCTION
