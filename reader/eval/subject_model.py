"""Candidate owners of a figure, for a learned choice of whose figure it is (an experiment:
``python -m reader.eval.train_subject``; not used by ``extract_figures``).

Every owner the text offers is a candidate:

- each run of capitalised words near the figure in its sentence (a possessive "Rovers'
  £31.4m", the name after "of", the nearest name before or after the figure) that may name an
  owner (not a month or day, a currency against a number, or a lone sentence opener the story
  never capitalises elsewhere), described by where it sits (before or after the figure, how
  many words away, across a comma or another figure, at the sentence's start), the word before
  it ("of", "from", "in", "at", "by", a title such as "chief executive"), what follows it (a
  possessive, "said", a verb, a number) and what the story says of it (how often it is named,
  whether it is also written in lower case, in the headline, an acronym, a measure word);
- the grammatical subject of the figure's clause (``clause.clause_subject``, as the version
  of the rules being compared parsed it: none before the third round), the story's entity
  when that subject is "it" or "the company";
- the story's entity (the first name of its lead that is named again and capitalised
  mid-sentence) and the previous sentence's named subject, with whether the figure's clause
  refers back ("it", "its", "the club");
- the rules' owner, and no owner at all.

A conditional logit over these (``train_metric.fit``) is trained on the attribution rounds;
``train_subject`` reports leave-one-round-out against the owners the rules gave when each
round was first met (``labels/metric_history``). It is not shipped: its held-out gain was
small and on the unlabelled seeds it replaced right owners with wrong ones (see
``train_subject``'s doc).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reader.figures.clause import PERSON, REF, is_verb
from reader.figures.coreference import named_subject
from reader.figures.metric_model import Spot
from reader.figures.vocabulary import METRIC_OF
from reader.text.stop_words import sumy_stop_words

_RUN = re.compile(
    r"[A-Z][\w&.\u2019'-]*(?:(?: (?:&|of|de|la|du|von|van|der|and)(?= [A-Z]))? [A-Z][\w&.\u2019'-]*)*"
)
_WORD = re.compile(r"[\w'\u2019-]+|[^\w\s]")
_REFERS = re.compile(
    r"\b(?:it|its|they|their|the (?:company|firm|group|club|business|bank|chain|studio|"
    r"university|council|union|carrier|airline|retailer|film|service|maker|insurer|lender|"
    r"operator|side|team|league|body|regulator))\b",
    re.I,
)
_SAID = re.compile(r"\b(?:said|says|told|added|according to|estimated|expects?|forecast)\b")
_ROLE_BEFORE = frozenset(
    ["of", "from", "by", "at", "in", "to", "with", "for", "than", "and", "on", "as", "over",
     "behind", "ahead", "against", "like", "rival", "rivals", "including"]
)  # fmt: skip
_JOINERS = frozenset(["&", "of", "de", "la", "du", "von", "van", "der", "and"])
_TITLE = re.compile(
    r"\b(?:executive|chief|director|chairman|chairwoman|chair|president|minister|secretary|"
    r"manager|founder|spokesman|spokeswoman|spokesperson|officer|analyst|economist|head|"
    r"professor|coach|leader)s? $",
    re.I,
)
_TRAIL = (".", ",", ";", ":", "'s", "\u2019s", "'", "\u2019")


@dataclass(slots=True)
class Owner:
    """One owner a figure may take (None: no owner), with its active features."""

    text: str | None
    features: set[str]


@dataclass(frozen=True, slots=True)
class Story:
    """What the whole story says of its names: how often each first word is named, the words
    it writes in lower case, its headline's names and its entity."""

    mentions: Counter[str]
    lower: frozenset[str]
    mid: frozenset[str]
    title_words: frozenset[str]
    entity: str | None
    lower_case: bool


def _clean(run: str) -> str:
    for tail in _TRAIL:
        run = run.removesuffix(tail)
    return run.strip()


def name_runs(text: str) -> list[tuple[str, int, int]]:
    """The runs of capitalised words in ``text`` (name, start, end), split where a function
    word or a verb stands inside ("Alibaba Is Becoming China's AI Heavyweight": title case)
    and after a possessive, a leading function word ("The", "This", "In") left off."""
    stops = sumy_stop_words()
    out: list[tuple[str, int, int]] = []
    for m in _RUN.finditer(text):
        at = m.start()
        part: list[str] = []
        for word in [*m.group(0).split(" "), ""]:
            bare = word.lower().strip(".,'\u2019")
            joiner = bare in _JOINERS and bool(part)
            if word and (joiner or (bare not in stops and not is_verb(bare))):
                part.append(word)
                if not word.endswith(("'s", "\u2019s")):
                    continue
            name = _clean(" ".join(part))
            while name.split() and name.split()[-1].lower() in _JOINERS:
                name = name.rsplit(" ", 1)[0] if " " in name else ""
            if name and any(c.isalpha() for c in name):
                start = text.find(name, at)
                out.append((name, start, start + len(name)))
            at += len(" ".join(part)) + (len(word) if word not in part else 0) + 1
            part = []
    return out


def story_context(sentences: Sequence[str], title: str | None) -> Story:
    """The story's names (``Story``), read once per story."""
    text = "\n".join(sentences)
    mentions: Counter[str] = Counter()
    mid: set[str] = set()
    for s in sentences:
        for name, at, _ in name_runs(s[:2000]):
            mentions.update(set(name.split()))
            if s[:at].strip():
                mid.update(name.split())
    lower = frozenset(w for w in re.findall(r"\b[a-z][a-z-]+\b", text[:20000]))
    title_runs = name_runs(title or "")
    title_words = frozenset(w for n, _, _ in title_runs for w in n.split())
    first = sentences[0][:300] if sentences else ""
    # (a currency or unit written against a number is no name: "Rs 9,870 crore")
    lead = [r for r in name_runs(first) if not re.match(r" ?[\d$\u00a3\u20ac]", first[r[2] :])]
    entity = _entity(lead, mentions, lower, frozenset(mid))
    if entity is None and mentions:
        name, count = mentions.most_common(1)[0]
        entity = name if count >= 3 and name in mid and name.lower() not in lower else None
    lower_case = not re.search(r"[A-Z]", text[:2000])
    return Story(mentions, lower, frozenset(mid), title_words, entity, lower_case)


def _entity(
    runs: Sequence[tuple[str, int, int]],
    mentions: Counter[str],
    lower: frozenset[str],
    mid: frozenset[str],
) -> str | None:
    """The story's entity: the first name of its lead (or headline) named again later and
    capitalised mid-sentence, its first word never written in lower case, and not a measure
    word; a leading "Toronto-based" left off."""
    for name, _, _ in runs:
        words = [w for w in name.split() if not re.search(r"-(?:based|listed|owned)$", w)]
        if not words or words[0].lower() in lower or " ".join(words).lower() in METRIC_OF:
            continue
        if len(words) > 4 or (name.isupper() and len(name) <= 4):
            continue  # a headline in title case; an acronym ("AI", "EBITDA" is a measure)
        if any(mentions.get(w, 0) >= 2 and w in mid for w in words):
            return " ".join(words)
    return None


def _bucket(n: int) -> int:
    return 0 if n <= 0 else 1 if n == 1 else 2 if n <= 3 else 3 if n <= 6 else 4 if n <= 12 else 5


def _same(a: str | None, b: str | None) -> bool:
    """Whether two owners share a name word (case-folded), as the eval compares them."""
    if a is None or b is None:
        return a is None and b is None
    wa = {w.lower() for w in re.findall(r"[^\W\d_]+", a)}
    wb = {w.lower() for w in re.findall(r"[^\W\d_]+", b)}
    return bool(wa & wb)


def _add(found: list[Owner], text: str | None, *feats: str) -> None:
    for o in found:
        if (o.text is None and text is None) or (
            o.text is not None and text is not None and o.text.lower() == text.lower()
        ):
            o.features.update(feats)
            return
    found.append(Owner(text, {"bias", *feats}))


def _run_features(spot: Spot, name: str, a: int, b: int, story: Story) -> list[str]:
    text = spot.text
    before = b <= spot.start
    between = text[b : spot.start] if before else text[spot.end : a]
    gap = len(_WORD.findall(between))
    prev = text[max(0, a - 20) : a].split()
    word_before = prev[-1].lower().strip(",;:'\"") if prev else "^"
    tail = text[b : b + 14]
    feats = [
        f"side_{'before' if before else 'after'}",
        f"dist_{'b' if before else 'a'}{_bucket(gap)}",
        f"words_{min(len(name.split()), 4)}",
        f"mentions_{_bucket(max(story.mentions.get(w, 0) for w in name.split()))}",
    ]
    if _TITLE.search(text, max(0, a - 30), a):
        feats.append("titled")
    if a == 0 or not text[:a].strip():
        feats.append("opens_sentence")
    if word_before in _ROLE_BEFORE:
        feats.append(f"prev_{word_before}")
    if tail.startswith(("'s", "\u2019s", "' ", "\u2019 ")):
        feats.append("possessive")
    after = tail.lstrip("'\u2019s ").split(" ")[0].lower() if tail.strip() else ""
    if _SAID.match(after):
        feats.append("next_said")
    elif after.endswith("ed"):
        feats.append("next_ed")
    elif after[:1].isdigit() or after[:1] in "$\u00a3\u20ac\u00a5":
        feats.append("next_number")
    if any(c in between for c in ",;:("):
        feats.append(f"comma_{'b' if before else 'a'}")
    if (spot.prev_end is not None and before and spot.prev_end > b) or (
        spot.next_start is not None and not before and spot.next_start < a
    ):
        feats.append("figure_between")
    if _SAID.search(between):
        feats.append("said_between")
    return feats + _story_features(name, story)


def _story_features(name: str, story: Story) -> list[str]:
    """What the story says of a name: written in lower case too, in the headline, its
    entity, never capitalised mid-sentence, a measure word ("Turnover")."""
    feats: list[str] = []
    words = name.split()
    if words[0].lower() in story.lower:
        feats.append("also_lower" if len(words) == 1 else "first_lower")
    if story.title_words & set(words):
        feats.append("in_title")
    if story.entity and _same(name, story.entity):
        feats.append("is_entity")
    if not any(w in story.mid for w in words):
        feats.append("never_mid")  # only ever capitalised as a sentence's first word
    if name.isupper() and len(name) <= 4:
        feats.append("acronym")  # "AI", "EBITA": often a thing, not an owner
    if name.lower() in METRIC_OF:
        feats.append("measure_word")  # "Turnover fell 38%"
    return feats


_CALENDAR = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec|Q[1-4]|H[12]|FY)(?:-|$)"
)


def _may_own(spot: Spot, name: str, a: int, b: int, story: Story) -> bool:
    """Whether a run of capitals can name an owner: not a month or day, not a currency or
    unit written against a number ("Rs 14", "NT$"), and not a lone sentence opener the story
    never capitalises elsewhere ("Operating profit rose", "Net debt")."""
    words = name.split()
    if _CALENDAR.match(words[0]):
        return False
    tail = spot.text[b : b + 2]
    if tail[:1] in "$\u00a3\u20ac" or (tail[:1] == " " and tail[1:2].isdigit()):
        return False
    opens = not spot.text[:a].strip()
    return not (
        opens
        and len(words) == 1
        and words[0] not in story.mid
        and not story.title_words & set(words)
    )


def owner_candidates(
    spot: Spot,
    rule: str | None,
    story: Story,
    previous: str | None = None,
    clause_owner: str | None = None,
) -> list[Owner]:
    """Every owner the figure at ``spot`` may take, with its features (module doc);
    ``clause_owner`` is the clause parse's subject of the figure's clause (``REF`` for "it",
    "the company"), as the rules being compared had it."""
    found: list[Owner] = []
    lo = max(0, spot.start - 240)
    runs = [(n, a + lo, b + lo) for n, a, b in name_runs(spot.text[lo : spot.end + 160])]
    runs = [r for r in runs if _may_own(spot, *r, story)]
    before = [r for r in runs if r[2] <= spot.start]
    after = [r for r in runs if r[1] >= spot.end]
    for k, (name, a, b) in enumerate(before):
        feats = _run_features(spot, name, a, b, story)
        if k == len(before) - 1:
            feats.append("nearest_before")
        if k == 0:
            feats.append("first_before")
        _add(found, name, *feats)
    for k, (name, a, b) in enumerate(after[:3]):
        feats = _run_features(spot, name, a, b, story)
        if k == 0:
            feats.append("nearest_after")
        _add(found, name, *feats)
    clause = spot.text[max(0, spot.start - 120) : spot.start]
    refers = _REFERS.search(clause) is not None
    ref = "refers" if refers else "no_ref"
    if story.entity:
        where = "in_sentence" if any(_same(n, story.entity) for n, _, _ in runs) else "absent"
        _add(found, story.entity, "src_entity", f"entity_{where}", f"entity_{ref}")
    if previous:
        named = named_subject(previous)
        if named is not None:
            _add(found, named, "src_previous", f"previous_{ref}")
    if clause_owner == REF:
        feats = ["clause_ref"]
        if story.entity:
            _add(found, story.entity, *feats)
    elif clause_owner is not None and clause_owner != PERSON:
        first = clause_owner.split()[0]
        kind = "clause_name" if first[:1].isupper() else "clause_common"
        _add(found, clause_owner, "src_clause", kind, *_story_features(clause_owner, story))
    case = "lower" if story.lower_case else "cased"
    if rule is None:
        _add(found, None, "rule", "rule_none", f"rule_{case}")
    else:
        shape = "rule_long" if len(rule.split()) > 4 else "rule_short"
        lower = (
            "rule_has_lower" if re.search(r"(?:^| )[a-z]", rule) and not story.lower_case else ""
        )
        extra = [lower] if lower else []
        _add(found, rule, "rule", f"rule_{case}", shape, *extra, *_story_features(rule, story))
        _add(found, None, "none")
    return found
