"""The project's stemmers: one full stemmer and one cheap inflection-only one.

:func:`stem` (Snowball, Porter2) conflates word forms wherever wording is compared: story
boundaries and the sumy summarizers. :func:`light_stem` is the ranking similarity's cheap
stand-in. A small module of its own because the story pipeline's fingerprint covers it.

The Snowball stems are nltk's ``EnglishStemmer``'s, computed by :func:`snowball_stem`, a port
of ``nltk.stem.snowball.EnglishStemmer.stem`` (NLTK Project, Apache License 2.0) step for step,
including nltk's own readings of the regions R1/R2 after a replacement. Why a port: importing
nltk's stemmer imports the whole nltk package (about half a second of CPU) and splitting files
into stories needs nothing else of nltk, so a first start, which splits the seeds before it
can show a story, waited mostly for that import. ``tests/reader/text/test_stem.py`` compares
the two on every word of the bundled seeds and on generated words.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Lower-cased Snowball (Porter2) stem; cached because news text repeats words a lot."""
    return snowball_stem(word.lower())


_VOWEL = re.compile(r"[aeiouy]")


@lru_cache(maxsize=131072)
def light_stem(word: str) -> str:
    """A cheap inflection-only stemmer (plural, -ed, -ing, -ly) for ranking similarity.

    Snowball is ~20x slower per new word and its derivational cuts add little when all we
    need is "do these two sentences share a word"; the sumy algorithms keep :func:`stem`.
    """
    w = word.lower()
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ingly", "edly", "ing", "ed", "ly"):
        if w.endswith(suffix):
            base = w[: -len(suffix)]
            if len(base) >= 3 and _VOWEL.search(base):
                w = base
                if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                    w = w[:-1]  # "stopped" -> "stop"
            break
    return w.rstrip("e") if len(w) > 4 else w


# -- the Snowball (Porter2) English stemmer, as nltk has it ------------------------------------

_VOWELS = "aeiouy"
_DOUBLES = ("bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")
_LI_ENDING = "cdeghkmnrt"
_STEP0 = ("'s'", "'s", "'")
_STEP1A = ("sses", "ied", "ies", "us", "ss", "s")
_STEP1B = ("eedly", "ingly", "edly", "eed", "ing", "ed")
_STEP2 = (
    "ization", "ational", "fulness", "ousness", "iveness", "tional", "biliti", "lessli",
    "entli", "ation", "alism", "aliti", "ousli", "iviti", "fulli", "enci", "anci", "abli",
    "izer", "ator", "alli", "bli", "ogi", "li",
)  # fmt: skip
_STEP3 = ("ational", "tional", "alize", "icate", "iciti", "ative", "ical", "ness", "ful")
_STEP4 = (
    "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti",
    "ous", "ive", "ize", "ion", "al", "er", "ic",
)  # fmt: skip
# step 2: suffix -> (letters replaced, replacement, R2 when it is shorter than those letters)
_STEP2_SWAP = {
    "enci": (1, "e", ""), "anci": (1, "e", ""), "abli": (1, "e", ""),
    "izer": (4, "ize", ""), "ization": (7, "ize", ""),
    "ational": (7, "ate", "e"), "ation": (5, "ate", "e"), "ator": (4, "ate", "e"),
    "alism": (5, "al", ""), "aliti": (5, "al", ""), "alli": (4, "al", ""),
    "ousli": (5, "ous", ""), "ousness": (7, "ous", ""),
    "iveness": (7, "ive", "e"), "iviti": (5, "ive", "e"),
    "biliti": (6, "ble", ""), "bli": (3, "ble", ""),
}  # fmt: skip
_STEP2_CUT = {"tional": 2, "entli": 2, "fulness": 4, "fulli": 2, "lessli": 2}
_STEP3_SWAP = {"ational": "ate", "icate": "ic", "iciti": "ic", "ical": "ic"}
_STEP3_CUT = {"tional": 2, "alize": 3, "ful": 3, "ness": 4}
_SPECIAL = {
    "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
    "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli",
    "singly": "singl", "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas",
    "cosmos": "cosmos", "bias": "bias", "andes": "andes", "inning": "inning",
    "innings": "inning", "outing": "outing", "outings": "outing", "canning": "canning",
    "cannings": "canning", "herring": "herring", "herrings": "herring",
    "earring": "earring", "earrings": "earring", "proceed": "proceed",
    "proceeds": "proceed", "proceeded": "proceed", "proceeding": "proceed",
    "exceed": "exceed", "exceeds": "exceed", "exceeded": "exceed", "exceeding": "exceed",
    "succeed": "succeed", "succeeds": "succeed", "succeeded": "succeed",
    "succeeding": "succeed",
}  # fmt: skip

Parts = tuple[str, str, str]  # the word, its R1 and its R2


def _cut(parts: Parts, n: int) -> Parts:
    word, r1, r2 = parts
    return word[:-n], r1[:-n], r2[:-n]


def _swap(parts: Parts, n: int, new: str, r2_short: str = "") -> Parts:
    """The last ``n`` letters replaced by ``new``; a region shorter than ``n`` becomes empty
    (R2: ``r2_short``), as nltk has it."""
    word, r1, r2 = parts
    r1 = r1[:-n] + new if len(r1) >= n else ""
    r2 = r2[:-n] + new if len(r2) >= n else r2_short
    return word[:-n] + new, r1, r2


_VOWEL_THEN_NOT = re.compile(r"[aeiouy][^aeiouy]")


def _after_vowel(text: str) -> str:
    """The region after the first non-vowel that follows a vowel ("" if none)."""
    found = _VOWEL_THEN_NOT.search(text)
    return text[found.end() :] if found else ""


def _regions(word: str) -> Parts:
    if word.startswith(("gener", "arsen")):
        r1 = word[5:]
    elif word.startswith("commun"):
        r1 = word[6:]
    else:
        r1 = _after_vowel(word)
    return word, r1, _after_vowel(r1)


def _prepare(word: str) -> str:
    word = word.replace("\u2019", "'").replace("\u2018", "'").replace("\u201b", "'")
    if word.startswith("'"):
        word = word[1:]
    if word.startswith("y"):
        word = "Y" + word[1:]
    if "y" not in word:  # most words: no y to mark
        return word
    chars = list(word)
    for i in range(1, len(chars)):
        if chars[i - 1] in _VOWELS and chars[i] == "y":
            chars[i] = "Y"
    return "".join(chars)


def snowball_stem(word: str) -> str:
    """nltk's ``EnglishStemmer().stem(word)``, without nltk (see the module's docstring)."""
    word = word.lower()
    if len(word) <= 2:
        return word
    if word in _SPECIAL:
        return _SPECIAL[word]
    parts = _regions(_prepare(word))
    parts = _step0(parts)
    parts = _step1a(parts)
    parts = _step1b(parts)
    parts = _step1c(parts)
    parts = _step2(parts)
    parts = _step3(parts)
    parts = _step4(parts)
    return _step5(parts).replace("Y", "y")


def _step0(parts: Parts) -> Parts:
    if not parts[0].endswith(_STEP0):  # the common case: no suffix of this step
        return parts
    for suffix in _STEP0:
        if parts[0].endswith(suffix):
            return _cut(parts, len(suffix))
    return parts


def _step1a(parts: Parts) -> Parts:
    word = parts[0]
    if not word.endswith(_STEP1A):
        return parts
    for suffix in _STEP1A:
        if not word.endswith(suffix):
            continue
        if suffix == "sses":
            return _cut(parts, 2)
        if suffix in ("ied", "ies"):
            return _cut(parts, 2 if len(word) - len(suffix) > 1 else 1)
        if suffix == "s" and any(c in _VOWELS for c in word[:-2]):
            return _cut(parts, 1)
        return parts
    return parts


def _step1b(parts: Parts) -> Parts:
    word, r1, _ = parts
    if not word.endswith(_STEP1B):
        return parts
    for suffix in _STEP1B:
        if not word.endswith(suffix):
            continue
        n = len(suffix)
        if suffix in ("eed", "eedly"):
            return _swap(parts, n, "ee") if r1.endswith(suffix) else parts
        if not any(c in _VOWELS for c in word[:-n]):
            return parts
        word, r1, r2 = _cut(parts, n)
        if word.endswith(("at", "bl", "iz")):
            return word + "e", r1 + "e", r2 + "e" if len(word) > 4 or len(r1) >= 2 else r2
        if word.endswith(_DOUBLES):
            return _cut((word, r1, r2), 1)
        if r1 == "" and _short(word):
            return word + "e", r1, r2 + "e" if r2 else r2
        return word, r1, r2
    return parts


def _short(word: str) -> bool:
    if len(word) >= 3:
        return (
            word[-1] not in _VOWELS
            and word[-1] not in "wxY"
            and word[-2] in _VOWELS
            and word[-3] not in _VOWELS
        )
    return len(word) == 2 and word[0] in _VOWELS and word[1] not in _VOWELS


def _step1c(parts: Parts) -> Parts:
    word, r1, r2 = parts
    if len(word) > 2 and word[-1] in "yY" and word[-2] not in _VOWELS:
        r1 = r1[:-1] + "i" if r1 else ""
        r2 = r2[:-1] + "i" if r2 else ""
        return word[:-1] + "i", r1, r2
    return parts


def _step2(parts: Parts) -> Parts:
    word, r1, _ = parts
    if not word.endswith(_STEP2):
        return parts
    for suffix in _STEP2:
        if not word.endswith(suffix):
            continue
        if not r1.endswith(suffix):
            return parts
        if suffix in _STEP2_CUT:
            return _cut(parts, _STEP2_CUT[suffix])
        if suffix in _STEP2_SWAP:
            return _swap(parts, *_STEP2_SWAP[suffix])
        if suffix == "ogi" and word[-4] == "l":
            return _cut(parts, 1)
        if suffix == "li" and word[-3] in _LI_ENDING:
            return _cut(parts, 2)
        return parts
    return parts


def _step3(parts: Parts) -> Parts:
    word, r1, r2 = parts
    if not word.endswith(_STEP3):
        return parts
    for suffix in _STEP3:
        if not word.endswith(suffix):
            continue
        if not r1.endswith(suffix):
            return parts
        if suffix in _STEP3_CUT:
            return _cut(parts, _STEP3_CUT[suffix])
        if suffix in _STEP3_SWAP:
            return _swap(parts, len(suffix), _STEP3_SWAP[suffix])
        if suffix == "ative" and r2.endswith(suffix):
            return _cut(parts, 5)
        return parts
    return parts


def _step4(parts: Parts) -> Parts:
    word, _, r2 = parts
    if not word.endswith(_STEP4):
        return parts
    for suffix in _STEP4:
        if not word.endswith(suffix):
            continue
        if not r2.endswith(suffix):
            return parts
        if suffix == "ion":
            return _cut(parts, 3) if word[-4] in "st" else parts
        return _cut(parts, len(suffix))
    return parts


def _step5(parts: Parts) -> str:
    word, r1, r2 = parts
    if r2.endswith("l") and word[-2] == "l":
        return word[:-1]
    if r2.endswith("e"):
        return word[:-1]
    keep = len(word) < 4 or (
        word[-2] not in _VOWELS
        and word[-2] not in "wxY"
        and word[-3] in _VOWELS
        and word[-4] not in _VOWELS
    )  # a short syllable before the "e"
    if r1.endswith("e") and not keep:
        return word[:-1]
    return word
