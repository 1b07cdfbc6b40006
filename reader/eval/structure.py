"""In-article structure for the boundary trainer's generated files: no new story starts there.

Long articles are not all plain paragraphs: explainers and features carry sub-headings (short
noun phrases, or questions in a question-and-answer explainer), bullet lists, small tables
(pipes, tabs or aligned columns), "Read more: …" and "Related: …" lines in the middle, and a
correction or update note at the end. BBC articles have none of these, so a model fitted on
them alone takes every heading-like line and every block of few content words (a table, a list)
for a story start. ``dress`` adds such structure inside the stories of generated files, built
from each story's own words, and leaves every story start (headline, byline, junk) as it was:
the lines it adds belong to the story they sit in. Deterministic for a seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from reader.eval.concat import SENTENCE_END, Concat, Line
from reader.story.segment.vectors import stop_words

# Share of files of one story (single articles) and of longer files that get structure, and of
# a longer file's stories that get it. Longer files are left plain: dressing a fifth of them
# (FILE_SHARE 0.2, measured with two heading-length features since dropped) kept hand-written
# singles and pastes as well but cost pastes of one category 1-3.5 points of right count out of
# domain (business / politics / tech 0.905 / 0.795 / 0.930 against 0.915 / 0.820 / 0.940).
SINGLE_SHARE = 0.5
FILE_SHARE = 0.0
STORY_SHARE = 0.5
# Share of dressed stories that get a table. Off: the line classifier reads generated table rows
# ("Growth | 34 | 89.8%") as photo captions and credits, and such negatives taught the model to
# distrust real captions at story starts (a seed then split a paragraph early); turn it on once
# the line roles learn tables (reader.story.lines.roles).
TABLE_SHARE = 0.0
# A story needs this many body paragraphs to be dressed (structure sits after its lede).
MIN_BODY = 4

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
WH = ("What", "Why", "How", "Who", "When", "Where", "Which", "How much", "How many")
AUX = ("is", "are", "does", "do", "will", "has", "have", "can", "could", "should", "did", "was")
YES_NO = ("Is", "Are", "Will", "Can", "Does", "Do", "Should", "Has")
MARKERS = ("- ", "• ", "* ", "– ", "1. ")
PROMO_LEADS = ("Read more: ", "Related: ", "READ MORE: ", "See also: ", "Related: ", "More: ")
MONTH_NAMES = ("January", "March", "April", "June", "July", "September", "October", "November")


def _words(text: str) -> list[str]:
    """The content words of ``text`` in order (no function words, at least four letters)."""
    stops = stop_words()
    return [w for w in _WORD.findall(text) if len(w) > 3 and w.lower() not in stops]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _phrase(words: Sequence[str], rng: random.Random, lo: int, hi: int) -> str:
    """``lo``–``hi`` consecutive words of ``words``, lower-cased unless they look like names."""
    size = min(len(words), rng.randint(lo, hi))
    start = rng.randrange(len(words) - size + 1)
    return " ".join(
        w if w[:1].isupper() and k else w.lower() for k, w in enumerate(words[start : start + size])
    )


def sub_heading(following: str, rng: random.Random, question: bool | None = None) -> str:
    """A sub-heading over the paragraph ``following``, from its own words: a short noun phrase
    ("Leakage targets", "Drivers and signals") or a question ("Why are bills rising?", "Who
    pays?"), as explainers put them."""
    words = _words(following) or ["story"]
    if question is None:
        question = rng.random() < 0.4
    if not question:
        roll = rng.random()
        if roll < 0.4:
            return _cap(_phrase(words, rng, 1, 3))
        a, b = (_phrase(words, rng, 1, 2) for _ in range(2))
        glue = rng.choice(("and", "by", "for", "in", "of"))
        return _cap(f"{a} {glue} {b}") if roll < 0.75 else _cap(f"the {a}")
    roll = rng.random()
    if roll < 0.5:
        lead = f"{rng.choice(WH)} {rng.choice(AUX)}"
    elif roll < 0.8:
        lead = rng.choice(YES_NO)
    else:
        return f"{rng.choice(WH)} {_phrase(words, rng, 1, 2)}?"
    article = rng.choice(("the ", "", "", "there "))
    return f"{lead} {article}{_phrase(words, rng, 1, 3)}?"


def bullet_items(paragraph: str, rng: random.Random) -> list[str]:
    """``paragraph`` as a lead-in line and a bullet list: its first sentence ending with a
    colon, then 2–5 items from the rest (its sentences, or runs of its words), one marker
    style, sometimes lower-case and without a full stop."""
    sentences = [s for s in SENTENCE_END.split(paragraph) if s.strip()]
    lead = ""
    if len(sentences) > 2 and rng.random() < 0.6:
        lead = sentences.pop(0).rstrip(".!?") + ":"
    if len(sentences) < 2:
        words = paragraph.split()
        size = max(4, len(words) // rng.randint(2, 5))
        sentences = [" ".join(words[k : k + size]) for k in range(0, len(words), size)]
    marker = rng.choice(MARKERS)
    lower = rng.random() < 0.5
    out = [lead] if lead else []
    for k, item in enumerate(sentences[:5]):
        item = item.strip()
        if lower and item.split(" ", 1)[0].lower() in stop_words():
            item = item[:1].lower() + item[1:]
        if lower:
            item = item.rstrip(".")
        mark = f"{k + 1}. " if marker == "1. " else marker
        out.append(mark + item)
    return out


def _number(rng: random.Random) -> str:
    value = rng.uniform(0.5, 99.0)
    return rng.choice(
        (
            f"{value:.1f}%",
            f"£{value:.1f}m",
            f"${value:.1f}bn",
            f"{rng.randint(2, 9999):,}",
            f"{rng.choice('+-')}{value / 10:.1f} pts",
            f"{rng.randint(1, 99)}",
            f"{value:.2f}",
        )
    )


def table(text: str, rng: random.Random) -> list[str]:
    """A small table from the words of ``text``: a header row, 2–5 rows of a label and
    numbers, as pipes ("| a | b |"), tabs or aligned columns; sometimes a rule under the
    header and a short title line over it."""
    words = _words(text) or ["Total"]
    cols = rng.randint(2, 4)
    header = [_cap(_phrase(words, rng, 1, 2)) for _ in range(cols)]
    rows = [header]
    for _ in range(rng.randint(2, 5)):
        rows.append([_cap(_phrase(words, rng, 1, 3)), *(_number(rng) for _ in range(cols - 1))])
    style = rng.choice(("pipe", "pipe", "bare_pipe", "tab", "spaces"))
    if style == "pipe":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
    elif style == "bare_pipe":
        lines = [" | ".join(r) for r in rows]
    elif style == "tab":
        lines = ["\t".join(r) for r in rows]
    else:
        width = max(len(c) for r in rows for c in r) + 2
        lines = ["".join(c.ljust(width) for c in r).rstrip() for r in rows]
    if style in ("pipe", "bare_pipe") and rng.random() < 0.4:
        lines.insert(1, " | ".join("---" for _ in range(cols)))
    if rng.random() < 0.5:
        lines.insert(0, sub_heading(text, rng, question=False))
    return lines


def promo(text: str, rng: random.Random) -> str:
    """A mid-article link line ("Read more: …", "Related: …") to a headline-like phrase."""
    words = _words(text) or ["news"]
    return rng.choice(PROMO_LEADS) + _cap(_phrase(words, rng, 3, 7))


def note(text: str, rng: random.Random) -> str:
    """A correction or update note closing an article, naming some of its words."""
    words = _words(text) or ["figures"]
    day, month = rng.randint(1, 28), rng.choice(MONTH_NAMES)
    what = _phrase(words, rng, 1, 3)
    return rng.choice(
        (
            f"Correction: An earlier version of this article gave the wrong {what}.",
            f"This article was updated on {day} {month} to include {what}.",
            f"Update {day} {month}: this story has been updated with {what}.",
            f"Clarification: this article has been amended to make clear the {what}.",
            f"This story was amended on {day} {month}; an earlier version misstated the {what}.",
        )
    )


Group = list[tuple[str, str]]  # (text, kind) lines that stand together: a list, a table


def dress_story(body: list[str], rng: random.Random) -> list[list[Group]]:
    """The blocks of one story's body paragraphs once dressed: block k holds paragraph k with
    what goes before it, as groups of (text, kind) lines. One to three of: sub-headings (a
    question-and-answer explainer in a quarter of the stories), a bullet list, a promo line
    (and a table in TABLE_SHARE of them); a correction or update note after the last paragraph
    now and then."""
    blocks: list[list[Group]] = [[[(p, "body")]] for p in body]
    inside = range(2, len(body))
    chosen = rng.sample(["heads", "bullets", "promo"], rng.randint(1, 3))
    if TABLE_SHARE and rng.random() < TABLE_SHARE:
        chosen.append("table")
    if "heads" in chosen:
        at = sorted(rng.sample(inside, min(len(inside), rng.randint(1, 4))))
        qa = rng.random() < 0.25
        if qa:
            at = list(range(rng.randint(1, 2), len(body), rng.randint(1, 2)))
        for k in at:
            # from the paragraph it heads, or from anywhere in the article
            words = body[k] if rng.random() < 0.3 else " ".join(body)
            head = sub_heading(words, rng, question=True if qa else None)
            blocks[k].insert(0, [(head, "heading")])
    if "bullets" in chosen:
        k = rng.choice(inside)
        blocks[k][-1] = [(t, "body") for t in bullet_items(body[k], rng)]
    if "table" in chosen:
        k = rng.choice(inside)
        source = " ".join(body[max(0, k - 1) : k + 1])
        blocks[k].insert(0, [(t, "body") for t in table(source, rng)])
    if "promo" in chosen:
        k = rng.choice(inside)
        blocks[k].insert(0, [(promo(" ".join(body), rng), "promo")])
    if rng.random() < 0.25:
        blocks[-1].append([(note(" ".join(body), rng), "note")])
    return blocks


def dress(concat: Concat, rng: random.Random) -> Concat:
    """``concat`` with in-article structure (``dress_story``) in some of its stories: most
    single articles, some stories of longer files; a file that puts blank lines between its
    paragraphs gets them between the new groups too. Story starts are left as they were."""
    single = concat.n_stories == 1
    if rng.random() >= (SINGLE_SHARE if single else FILE_SHARE):
        return concat
    lines = concat.lines
    blank = 2 * sum(ln.kind == "blank" for ln in lines) > sum(ln.kind == "body" for ln in lines)
    out = Concat()
    k = 0
    while k < len(lines):
        story, end = lines[k].story, k
        while end < len(lines) and lines[end].story == story:
            end += 1
        run = lines[k:end]
        k = end
        body_at = [i for i, ln in enumerate(run) if ln.kind == "body"]
        if len(body_at) < MIN_BODY or not (single or rng.random() < STORY_SHARE):
            out.lines += run
            continue
        blocks = dress_story([run[i].text for i in body_at], rng)
        out.lines += run[: body_at[0]]
        for b, i in enumerate(body_at):
            groups = blocks[b]
            for g, group in enumerate(groups):
                out.lines += [Line(t, story, kind) for t, kind in group]
                if blank and g < len(groups) - 1:
                    out.lines.append(Line("", story, "blank"))
            # what stood after the paragraph (a blank line, a heading, a photo) stays after it
            out.lines += run[i + 1 : body_at[b + 1] if b + 1 < len(body_at) else len(run)]
    return out


# Added to the trainer's seed for the structure's own draws, so the files it dresses are the
# same files (same draws) as without structure.
SEED_OFFSET = 5003


def dress_all(files: Sequence[Concat], seed: int) -> list[Concat]:
    """``files`` each dressed by ``dress``, deterministically for ``seed``."""
    rng = random.Random(seed + SEED_OFFSET)
    return [dress(c, rng) for c in files]
