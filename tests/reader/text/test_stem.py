"""The project's stemmers."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from reader.story.segment.vectors import content_terms
from reader.text.stem import light_stem, snowball_stem, stem


def test_one_stemmer_conflates_forms_for_boundaries_and_summaries() -> None:
    assert stem("Markets") == stem("market") == "market"
    # the segmenter's content words are stemmed by the same function
    assert content_terms("Markets rallied") == [stem("markets"), stem("rallied")]


def test_light_stem_strips_inflections_only() -> None:
    assert light_stem("stopped") == "stop"
    assert light_stem("companies") == "company"
    assert light_stem("business") == "business"


# -- the Snowball port gives nltk's stems ------------------------------------------------------

SUFFIXES = (
    "ization", "ational", "fulness", "ousness", "iveness", "tional", "biliti", "lessli",
    "entli", "ation", "alism", "aliti", "ousli", "iviti", "fulli", "enci", "anci", "abli",
    "izer", "ator", "alli", "bli", "ogi", "li", "ement", "ance", "ence", "able", "ible",
    "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic",
    "eedly", "ingly", "edly", "eed", "ing", "ed", "sses", "ied", "ies", "us", "ss", "s",
    "'s'", "'s", "'", "y", "e", "l", "ll", "at", "bl", "iz", "icate", "iciti", "ical",
    "ness", "ful", "alize", "ative", "",
)  # fmt: skip


def bundled_words() -> set[str]:
    """Every word of the bundled seeds and of the hostile test story, as split on spaces
    (punctuation and apostrophes kept: the stemmer sees such tokens too) and stripped."""
    from reader.settings.resources import seeds_dir
    from tests.hostile_corpus import STORY

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    texts.append(STORY)
    raw = {w for text in texts for w in text.lower().split()}
    return raw | {w.strip('.,;:!?"()[]') for w in raw}


def generated_words(count: int) -> set[str]:
    """Words built to reach every branch: a prefix with its own R1 rule, letters that make
    short and long syllables (and y between vowels), one or two suffixes the steps remove."""
    rng = random.Random(15)
    starts = ("", "gener", "commun", "arsen", "y", "'", "\u2019")
    ends = ("", "s", "ly", "ing", "ed", "'s", "e")
    words = set()
    for _ in range(count):
        middle = "".join(rng.choice("aeiouybcdlmnrstgwxy'") for _ in range(rng.randint(0, 6)))
        words.add(rng.choice(starts) + middle + rng.choice(SUFFIXES) + rng.choice(ends))
    return words


def test_snowball_port_gives_nltks_stems_on_the_bundled_text_and_generated_words() -> None:
    from nltk.stem.snowball import EnglishStemmer

    nltk_stem = EnglishStemmer().stem
    words = bundled_words()
    assert len(words) > 2000  # the seeds alone hold a few thousand distinct tokens
    words |= generated_words(30_000) | {"", "a", "ab", "Y", "yy", "ski", "dying", "News"}
    different = [
        (w, nltk_stem(w), snowball_stem(w)) for w in words if nltk_stem(w) != snowball_stem(w)
    ]
    assert different == []


def test_splitting_files_into_stories_imports_no_nltk(tmp_path: Path) -> None:
    """The stemmer was what brought nltk (half a second) into the split of a first start."""
    code = (
        "import sys\n"
        "from reader.pipeline import read_document, split_document\n"
        "from reader.settings.resources import seeds_dir\n"
        "for path in sorted(seeds_dir().glob('*.txt')):\n"
        "    assert split_document(read_document(str(path)))\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'nltk')\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120, cwd=tmp_path)
