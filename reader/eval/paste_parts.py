"""What pasted files are made of besides the articles: separator junk between them and the
blank-line layouts (shared by ``pasted`` and ``handlike``)."""

from __future__ import annotations

import random

from reader.eval.concat import Article

# (no "Story continues below advertisement": a line saying the story goes on stands inside an
# article, not between two)
SEPARATORS = [
    "Advertisement",
    "ADVERTISEMENT",
    "Sign up for our daily newsletter",
    "Sign up to our morning briefing",
    "Subscribe for unlimited access",
    "Sponsored content",
    "Share this article",
]
CAPTION = [
    "Photo: {what} ({name}/{agency})",
    "{what}. Photograph: {name}/{agency}",
    "{what} (Image credit: {agency})",
]
WHAT = [
    "Workers leave the site at the end of a shift",
    "Commuters cross a busy street in the city centre",
    "The company's headquarters",
    "Officials at a press conference on Tuesday",
    "A general view of the harbour",
]
NAMES = ["Jean Martin", "Ana Costa", "Tom Reid", "Mei Lin", "Karl Weber"]
AGENCIES = ["AFP", "Reuters", "Getty Images", "AP", "EPA"]


def separator_junk(rng: random.Random, others: list[Article]) -> list[str]:
    """One to three separator lines between two pasted articles."""
    out: list[str] = []
    for _ in range(rng.randint(1, 3)):
        roll = rng.random()
        if roll < 0.4:
            out.append(rng.choice(SEPARATORS))
        elif roll < 0.7:
            out.append(
                rng.choice(CAPTION).format(
                    what=rng.choice(WHAT), name=rng.choice(NAMES), agency=rng.choice(AGENCIES)
                )
            )
        else:
            out.append(f"Read more: {rng.choice(others).title}")
    return list(dict.fromkeys(out))


# How a pasted file lays out blank lines: none, between every paragraph, or only between
# the articles (each article's paragraphs on consecutive lines).
LAYOUTS = ("none", "blank", "between")
# ... or each article its own way, blank lines between its paragraphs or none, both in one
# file: articles pasted from two sites (only drawn where asked for: ``handlike.make_hand_paste``)
MIXED = "mixed"


def is_quote(sentence: str) -> bool:
    return sentence[:1] in '"“' or (sentence.count('"') >= 2 and " said" in sentence)
