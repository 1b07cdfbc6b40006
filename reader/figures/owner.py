"""The story's owner: whose figures are the ones no sentence rule gives an owner.

A story with no lead firm (``main_firm.main_company``) is still mostly about one body: a country
("Denmark will raise defence spending ..."), a charity first named in its third sentence and
then called "the trust", a developer the story keeps coming back to. That owner is the name
the story mentions in the most sentences - by its first word ("Nordbana", "Denmark's") or,
for a name whose last word says what it is ("Kirkgate Hospice Trust"), as "the trust" -
counted over the title and the sentences. A person (named with a title or as "Mr/Mrs X") is
never it, and a name mentioned in fewer than ``MIN_MENTIONS`` sentences is not enough.

A firm that leads the story - the name opening its lead sentence that its headline names too
(``headline_firm``: "Tesla deliveries fall" / "Tesla said on Monday ...") - is its firm even
when no later sentence names it again: "The US carmaker's deliveries fell 8%", "Sales rose 4%"
are its figures.

``with_owner`` gives that owner to the figures of capitalised text that the rules left
without one (a lower-case story has its own lead rule, ``coreference.lower_case_main``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.body_nouns import NAMED_KINDS
from reader.figures.common_words import is_common_word
from reader.figures.gate import led
from reader.figures.groups import PEOPLE_ENDS
from reader.figures.lead import NEWSROOM_TITLES, credit_line, lead_at
from reader.figures.letters import TITLE_WORDS, TITLED_PERSON, has_capital
from reader.figures.main_firm import ATTRIBUTIVE
from reader.figures.markets import is_index
from reader.figures.names import PLACES, is_adjective, is_person, lead_name, name_runs
from reader.figures.opener_words import opener_only
from reader.figures.proper_nouns import name_span
from reader.model import Figure
from reader.story.lines.shape import place_sentence
from reader.text.calendar import WEEKDAY_NAMES
from reader.text.stop_words import sumy_stop_words

MIN_MENTIONS = 3
_SCAN = 40  # sentences read; a story's owner is named early
_KIND = NAMED_KINDS  # the last word of a body's name the story uses alone: body_nouns.py
# words that open a sentence or name a time, never an owner
_NOT_OWNERS = frozenset(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
     "Friday", "Saturday", "Sunday", "Photograph", "Read", "Published", "By"]
)  # fmt: skip


_WORDS = re.compile(r"[\w&-]+")
# a weekday ending a name's run: a day named for an event ("Black Friday", "Cyber Monday")
_WEEKDAYS = frozenset(w.capitalize() for w in WEEKDAY_NAMES)
# a sentence that refers back to the owner named before it: "It paid out ...", "..., the
# company said"
_REFERS = led(
    r"^Its? (?!is|was|will|would|could|may|might|seems)[a-z]"  # not "It is a weird technology"
    r"|\bthe (?:company|firm|operator|business|organisation)\b"
)
# an event named by its kind ("Westford Marathon") that the story calls by a wider word too:
# "the race", "next year's race", "the event"
_EVENTS = {
    "marathon": ("marathon", "race", "event"),
    "race": ("race", "event"),
    "festival": ("festival", "event"),
    "show": ("show", "event"),
    "fair": ("fair", "event"),
    "games": ("games", "event"),
    "championships": ("championships", "championship", "tournament", "event"),
    "cup": ("cup", "tournament", "competition"),
    "open": ("tournament", "event"),
}
_THE_KIND = re.compile(
    r"\b(?:[Tt]he|[a-z]+'s|[a-z]+\u2019s) ("
    + "|".join(sorted(_KIND | {w for ws in _EVENTS.values() for w in ws}))
    + r")\b"
)


def _newsroom_title(name: str) -> bool:
    """A name run that is a newsroom title ("Health Correspondent"): two words or more, the
    last a title's (lead.NEWSROOM_TITLES)."""
    head, _, last = name.rpartition(" ")
    return bool(head) and last in NEWSROOM_TITLES


def _shouted_heading(name: str) -> bool:
    """A heading written in capitals, no name: two words or more, opening on a function word."""
    words = name.split()
    return len(words) > 1 and name.isupper() and words[0].lower() in sumy_stop_words()


def _opening_kind(text: str) -> set[str]:
    """The kind word a sentence opens with ("Union leaders said ...", "Council tax will
    rise"): the story calling its body by its kind."""
    first = text[:16].split(" ", 1)[0]
    return {first.lower()} if first[1:].islower() and first.lower() in _KIND else set()


def _no_body(text: str, name: str, at: int, end: int) -> bool:
    """A name run that names no body: a letter ("S/ 1.2 billion"), a day named for an event
    ("Black Friday": a weekday ends the run), a person with a capitalised title ("Finance
    Minister Kenji Arakawa"), a one-word place before a body's kind ("Regina food bank"), a
    heading in capitals, a newsroom title."""
    words = name.split()
    return (
        len(words[0]) < 2
        or text[at:end].rsplit(" ", 1)[-1] in _WEEKDAYS
        or any(w.lower() in TITLE_WORDS for w in words[1:-1])
        or (len(words) == 1 and ATTRIBUTIVE.match(text, end) is not None)
        or _shouted_heading(name)
        or _newsroom_title(name)
    )


def _by_writer(text: str, name: str, at: int, end: int) -> bool:
    """The name run at ``at`` (its span may hold "By") is the writer a byline names."""
    pos, _ = name_span(text, name, at, end) or (at, end)
    return text[max(0, pos - 3) : pos] in ("By ", "by ")


def _word_opening(name: str, at: int) -> bool:
    """A one-word name run opening a headline that is an English word ("Brother ordered to
    ..."): capitalised by its place, no name by that alone."""
    return at == 0 and " " not in name and is_common_word(name.lower())


def story_owner(title: str | None, sentences: Sequence[str], names: frozenset[str]) -> str | None:
    """The name mentioned in the most sentences (module doc), or None."""
    texts = ([title] if title else []) + list(sentences[:_SCAN])
    people = {m.group(1) for s in texts for m in TITLED_PERSON.finditer(s[:2000])}
    seen: dict[str, str] = {}  # first word -> the fullest name written with it
    referred: dict[str, int] = {}  # first word -> sentences that call it "it"/"the company"
    last: str | None = None  # the first word of the last owner that opened a sentence
    # a title-case headline runs its name into the words after it ("Northwind Logistics
    # Reports Third Quarter Results"): the body's way of writing the name wins over it
    headed: set[str] = set()
    headline_caps = title is not None and title_case(title)
    for no, text in enumerate(texts):
        if no < 4 and (credit_line(text) or place_sentence(text)):
            continue  # "By Dan Ashworth", "Local Democracy and Business Reporter", "Dar es Salaam."
        capitals = no == 0 and headline_caps
        if last is not None and _REFERS.search(text[:300]) and last not in text[:2000]:
            referred[last] = referred.get(last, 0) + 1  # "It paid out £4.2bn in prizes"
        for name, at, end in name_runs(text[:2000], names):
            first = name.split()[0].removesuffix("'s").removesuffix("\u2019s")
            if first in _NOT_OWNERS or name in people or is_person(name, names):
                continue
            if _by_writer(text, name, at, end):
                people.add(name)  # a byline's writer ("By Luiza Tavares — São Paulo")
                continue
            if _no_body(text, name, at, end):
                # "S/ 1.2 billion", "Black Friday", "Finance Minister Kenji Arakawa"; "Regina
                # food bank use hits record" (where, not who); "THE HEADLINE NUMBER" (a
                # section head), "Health Correspondent"
                continue
            if title and no == 0 and _word_opening(name, at):
                continue  # "Brother ordered to buy ...": the headline's first word, a word
            if any(first in p.split() for p in people):
                continue  # "Hahn" of "Ulrike Hahn"
            if capitals:
                headed.add(first)
            if first in headed and not capitals:
                seen[first] = name
                headed.discard(first)
            elif len(name) > len(seen.get(first, "")):
                seen[first] = name
            if at <= 5 and text[:at].strip(" \"'\u201c") in ("", "The"):
                last = first  # the sentence's subject: whom its next "It" means
    if not seen:
        return None
    return _most_mentioned(seen, referred, texts, title)


def _most_mentioned(
    seen: dict[str, str], referred: dict[str, int], texts: list[str], title: str | None
) -> str | None:
    """The name of ``seen`` mentioned in the most texts (at least ``MIN_MENTIONS``): by its
    first word, by the kind its name ends with ("the trust") or that the story writes after it
    ("Colombia's central bank" ... "the bank"), plus the sentences that refer back to it."""
    # one word pass per text: its words, and (read only if a name has a kind) the kinds it
    # names as "the trust"
    words = [set(_WORDS.findall(t[:2000])) for t in texts]
    kinds: list[set[str]] = []
    lowered: list[str] = []  # the texts in lower case, made only if a name's kind needs them
    best: tuple[int, str] | None = None
    body = ""  # the texts as one, joined only if a one-word name needs it
    for first, name in seen.items():
        last = name.split()[-1].lower()
        # (a name opening on a nationality is counted by its next word: "Swedish" is in every
        # sentence of a Swedish jobs story, "Public" only where the Public Employment Service is)
        key = name.split()[1] if " " in name and is_adjective([first]) else first
        kind = {last} if " " in name and last in _KIND else set(_EVENTS.get(last, ()))
        if " " not in name:
            body = body or "\n".join(texts)
            if opener_only(name, body, title):
                continue  # "Output grew 1.2%": a common word opening sentences (opener_words.py)
            kind = _possessed_kind(name, body)  # "Colombia's central bank" ... "the bank"
        if not kind:
            count = sum(key in w for w in words)  # (no kind: its words alone)
        else:
            kinds = kinds or [
                {k.lower() for k in _THE_KIND.findall(t[:2000])} | _opening_kind(t) for t in texts
            ]
            # (and its kind with the word before it: "Prairie Harvest Food Bank" ... "the food
            # bank")
            own = "the " + " ".join(name.lower().split()[-2:]) if name.count(" ") >= 2 else ""
            if own:
                lowered = lowered or [t[:2000].lower() for t in texts]
            count = sum(
                key in w or bool(kind & k) or (bool(own) and own in low)
                for w, k, low in zip(words, kinds, lowered or texts, strict=True)
            )
        count += referred.get(first, 0)
        if count >= MIN_MENTIONS and (best is None or count > best[0]):
            best = (count, name)
    return best[1] if best else None


_POSSESSED = re.compile(r"['\u2019]s (?:[a-z-]+ ){0,2}(" + "|".join(sorted(_KIND)) + r")\b")


def _possessed_kind(name: str, text: str) -> set[str]:
    """The body the story names with a one-word name's possessive ("Colombia's central bank",
    "Norway's wealth fund"): the kind word the story may then call it by ("the bank")."""
    at = text.find(name + "'s ")
    if at < 0:
        at = text.find(name + "\u2019s ")
    m = _POSSESSED.match(text, at + len(name)) if at >= 0 else None
    return {m.group(1)} if m else set()


def title_case(title: str) -> bool:
    """A headline with capitals on half its words or more ("Northwind Reports Record Sales")."""
    words = title.split()
    return sum(w[:1].isupper() for w in words) * 2 >= len(words)


def with_owner(figures: Sequence[Figure], owner: str | None, story: str) -> list[Figure]:
    """The figures the rules left without an owner take the story's owner (module doc)."""
    if owner is None or not has_capital(story[:2000]):
        return list(figures)
    return [replace(f, subject=owner) if f.subject is None else f for f in figures]


_FIRST_NUMBER = re.compile(r"\d")
_QUOTED = re.compile(r"(?:^|\s)['\u2018\"\u201c][A-Z]")


def headline_firm(title: str | None, sentences: Sequence[str], names: frozenset[str]) -> str | None:
    """The firm opening the lead sentence (before its first number) when the headline names
    it too (by its first word), or None."""
    if not title or not sentences:
        return None
    lead = sentences[min(lead_at(sentences), len(sentences) - 1)][:500]
    number = _FIRST_NUMBER.search(lead)
    head = lead[: number.start()] if number else lead
    name = lead_name(head, names, words=8)
    if name is None or name.isupper():
        name = _shouted_name(name or head, title) or name  # "NILE DELTA CERAMICS S.A.E."
    if not name or is_person(name, names) or is_index(name, head, head.find(name)):
        return None  # (an index reports a market: "FTSE 100 slips": markets.py)
    if " " not in name and name[1:].islower() and name.endswith(PEOPLE_ENDS):
        return None  # "Runners raise £40m" / "Runners in the Westford Marathon": people
    first = name.split()[0].removesuffix("'s").removesuffix("\u2019s")
    if _QUOTED.search(title):
        return None  # "'Iron Lantern' conquers China": a work among others, not a firm
    return name if first in _WORDS.findall(title) else None


# a headline opening on a firm and its listing: "Kalayaan Land (KLC PM): Malls carry the
# quarter", "Orvane Robotics (NASDAQ: ORVN) reports ..."
_TICKER_HEADLINE = re.compile(
    r"((?:[A-Z][\w&'\u2019.-]*)(?: [A-Z][\w&'\u2019.-]*){0,4}) "
    r"\((?:[A-Z]{2,8}: ?)?[A-Z0-9][A-Z0-9.]{0,7}(?: [A-Z]{2})?\)"
)


def ticker_headline_firm(title: str | None) -> str | None:
    """The firm a headline names with its listing in brackets ("Kalayaan Land (KLC PM): ..."),
    else None: a broker's note or a release is about it."""
    m = _TICKER_HEADLINE.match(title or "")
    return m.group(1) if m else None


def note_firm(title: str | None, sentences: Sequence[str]) -> str | None:
    """The firm an analyst's note covers: its headline's name before the colon ("Hoshimiya
    Interactive: Stellar 2 priced at ¥54,980 ...") in a story whose first lines give a rating
    ("Rating: Buy | Target price: ¥9,800"); else None. The lead under the note's "What
    happened" names the event, the regulator or the product, not the firm covered."""
    if not title or ":" not in title or not any(_RATING.search(s) for s in sentences[:6]):
        return None
    name = title.split(":", 1)[0].strip()
    words = name.split()
    return (
        name if 0 < len(words) <= _NOTE_NAME_WORDS and all(w[:1].isupper() for w in words) else None
    )


_RATING = re.compile(r"\bRating: ?[A-Z]")
_NOTE_NAME_WORDS = 5


# a release's lead opening on its firm's name in capitals: "NILE DELTA CERAMICS S.A.E. (EGX:
# NDCE.CA) — Consolidated results ..."
_SHOUTED = re.compile(r"(?:[A-Z][A-Z&'\u2019.-]+ ){0,5}[A-Z][A-Z&'\u2019.-]+(?=[ ,(]|$)")


def _shouted_name(head: str, title: str) -> str | None:
    """The words of a name the lead writes in capitals that the headline writes in title case
    ("Nile Delta Ceramics" for "NILE DELTA CERAMICS S.A.E."): the longest run of its words,
    from the first, that the headline holds; None for none or a single short word."""
    m = _SHOUTED.match(head.strip())
    if m is None:
        return None
    words = [w.strip(".,") for w in m.group(0).split()]
    for n in range(len(words), 0, -1):
        name = " ".join(w.capitalize() for w in words[:n])
        if (n > 1 or len(name) >= 4) and re.search(rf"\b{re.escape(name)}\b", title):
            return name
    return None


# the story calling its firm by what it is: "the budget airline", "The carrier", "Its shares"
_DESCRIBES_FIRM = led(
    # (its words may include a nationality or a listing: "The Dutch vegetable seed breeder",
    # "The ASX-listed miner")
    r"\b[Tt]he (?:(?:[a-z-]+|[A-Z][\w&-]+) ){0,3}(?:company|firm|group|business|[a-z]*maker|"
    r"carrier|airline|miner|lender|bank|insurer|retailer|grocer|chain|start-?up|operator|"
    r"producer|developer|supplier|brand|giant|club|utility|publisher|studio|broadcaster|builder|"
    r"housebuilder|breeder|refiner|brewer|distiller|trader|distributor|exporter|manufacturer|"
    r"provider|platform)\b"
    r"|^Its? [a-z]"
)


_PREPOSITION = re.compile(r"\b(?:at|in|for|of|from|by) $")


def headline_only_firm(
    title: str | None, sentences: Sequence[str], names: frozenset[str]
) -> str | None:
    """The firm a sentence-case headline names ("Pellworth profits slide", "Profits slide at
    Pellworth"; not a place) when the story never names it again and its lead calls it "the
    budget airline", "the carrier" or "it"; else None."""
    if not title or _QUOTED.search(title):
        return None
    runs = [r for r in name_runs(title, names) if r[0] not in PLACES]
    if not runs:
        return None
    if (
        len(runs) > 1
        and runs[0][1] == 0
        and " " not in runs[0][0]
        and _PREPOSITION.search(title, 0, runs[1][1])
    ):
        runs = runs[1:]  # "Job cuts at Pellworth": the name after "at", not the opener
    name, at, end = runs[0]  # "Pellworth profits slide", "Profits slide at Pellworth"
    if _word_opening(name, at):
        return None  # "Brother ordered to buy sister's stake": a word, capitalised by place
    # the headline's other words (its first word is capitalised in any case)
    words = title[:at].split()[1:] + title[end:].split()
    if not words or title_case(" ".join(words)):
        return None  # a title-case headline: its capitals are not evidence of names
    first = name.split()[0]
    body = sentences[:_SCAN]
    if is_person(name, names) or any(first in s[:2000] for s in body):
        return None  # named in the story: the other rules read it there
    lead = body[min(lead_at(body), len(body) - 1)][:300] if body else ""
    return name if _DESCRIBES_FIRM.search(lead) else None  # the lead calls it "the airline"
