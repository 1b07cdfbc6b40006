"""Capitalised words that are not owners: common nouns opening a sentence (used by
``names.subject_for``). A capitalised word opening a sentence is a common word, not a name,
when it is a function word ("No", "Every"), a measure of the metric vocabulary or a trade
("Turnover fell 38%", "Construction insolvencies rose"), or a participle describing the noun
after it ("Regulated rail fares will rise").

A rule that took a name led by "in", "across" or "throughout" for a setting, not an owner
("hospices in Yorkshire"), was dropped: it gained one to two points of subject agreement on the
rounds it was written on and lost three to five on two held-out rounds (r8, r9).
"""

from __future__ import annotations

from reader.figures.clause import is_verb
from reader.figures.vocabulary import METRIC_OF
from reader.text.stop_words import sumy_stop_words

# common nouns that open a sentence as the measure or the trade it is about ("Turnover fell
# 38%", "Construction insolvencies rose", "Retail sales"), never a name on their own
_SECTORS = frozenset(
    ["construction", "retail", "manufacturing", "housing", "property", "mining", "banking",
     "insurance", "tourism", "travel", "transport", "shipping", "farming", "agriculture",
     "hospitality", "healthcare", "services", "industry", "factory", "consumer", "household",
     "mortgage", "rail", "freight", "steel", "energy", "food", "fuel", "wholesale", "export",
     "import", "trade", "business", "corporate", "public", "private", "domestic", "global"]
)  # fmt: skip
_COMMON_OPENERS = _SECTORS | frozenset(p for p in METRIC_OF if " " not in p)


def common_opener(word: str, next_word: str, verb_next: bool) -> bool:
    """A capitalised word opening a sentence that is a common word, not a name: a function
    word ("No", "Every"), a measure or a trade ("Turnover", "Construction insolvencies"), or a
    participle describing the noun after it ("Regulated rail fares")."""
    low = word.lower()
    if low in _COMMON_OPENERS or low in sumy_stop_words():
        return True
    return (
        len(low) > 5
        and low.endswith("ed")
        and next_word.isalpha()
        and next_word.islower()
        and not verb_next
    )


# past tenses without "-ed" a firm opening its sentence does: "Lenvar kept the top spot"
_IRREGULAR_PAST = frozenset(
    ["kept", "led", "took", "built", "sent", "spent", "brought", "bought", "overtook", "beat",
     "held", "won", "sold", "made", "paid", "grew", "rose", "fell", "saw", "became", "struck",
     "drew", "gave", "shed", "slid", "sank", "broke", "swung", "stood", "left", "told", "met"]
)  # fmt: skip


# endings of common abstract nouns, rare in a firm's one-word name
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ing", "ism", "ship")


def acts(word: str, next_word: str) -> bool:
    """A single sentence-initial word that is not a plural ("Farmers have") followed by a
    finite verb: "Lenvar kept the top spot", "Corvo now has"."""
    w = next_word.lower()
    if word.endswith("s") or w in ("now", "also", "already"):
        return False
    if w in ("is", "was") and word.lower().endswith(_NOUN_ENDINGS):
        return False  # "Production is outstripping demand" (not "Activision has"): a noun
    if w.endswith("s") and w not in ("has", "was", "is"):
        return False  # "Fresh falls in the dollar": a noun may follow an adjective
    return w in _IRREGULAR_PAST or is_verb(w)
