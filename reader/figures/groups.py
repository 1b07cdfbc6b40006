"""People in a place: "Nurses in Scotland have voted to accept 5.5%", "Dairy farmers across
Wales lost £40m" - the figure is the people's, and the place after "in" only says where they
are. (A stake is not a group: "Shareholders in Initech", "Investors in X" mean X's owners.)
A group's own measure written with "their" ("Households cut their spending by 3%", "Renters
spend 41% of their income") is the group's, not the story's firm's, and so is a part of the
group counted with "of the" ("Nineteen of the 31 growers surveyed", "two of the 12 UK regions
tracked"), and a market's measure written with the place it is taken in ("Average rents in
Barcelona fell 4.2%", "with prices in Oslo up 6.4%", "footfall at retail parks rose 1.4%";
not a firm's segment: "sales in India rose 22%")."""

from __future__ import annotations

import re

from reader.figures.gate import Gated
from reader.figures.spelled import NUMBER_WORD

# a group of people that opens its clause, then the place it is in
_GROUP_IN = re.compile(
    r"((?:[A-Z][a-z-]+)(?: [a-z-]+){0,3}) (?:in|across|throughout|around) (?:the )?"
    r"([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})$"
)
PEOPLE_ENDS = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "ives")
_PEOPLE = frozenset(
    ["people", "staff", "nurses", "pupils", "families", "households", "fans", "children",
     "women", "men", "adults", "graduates", "midwives", "crew", "crews", "police", "troops"]
)  # fmt: skip
_STAKES = frozenset(
    ["investors", "shareholders", "stakeholders", "partners", "lenders", "bondholders", "owners"]
)  # fmt: skip


def people_in_place(clause: str | None, found: str | None) -> str | None:
    """The group of people a clause opens with when the name found is only the place they are
    in ("Nurses in Scotland" → "Nurses"), else None."""
    if not clause or not found or not clause.endswith(found) or not clause[:1].isupper():
        return None  # (cheap tests first: this runs for every figure)
    m = _GROUP_IN.fullmatch(clause)
    if m is None or m.group(2) != found:
        return None
    group = m.group(1)
    head = group.split()[-1].lower()
    if head in _STAKES or not (head in _PEOPLE or head.endswith(PEOPLE_ENDS)):
        return None
    return group


# people who speak of figures, never own them
_SPEAKERS = frozenset(
    ["analysts", "economists", "traders", "brokers", "strategists", "forecasters", "observers",
     "experts", "officials", "critics", "campaigners", "researchers", "organisers", "organizers"]
)  # fmt: skip


# plurals with a people ending that count things: "the numbers should subside"
_THINGS = frozenset(
    ["numbers", "orders", "others", "offers", "transfers", "matters", "powers", "papers",
     "letters", "layers", "quarters", "headquarters", "centers", "computers", "containers",
     "chambers", "waters", "borders", "remainders", "ratios", "sectors", "factors", "errors",
     "indicators", "monitors", "reactors", "elevators", "motors", "tenders",
     "parents", "events", "segments", "components", "payments", "investments", "statements",
     "documents", "agreements", "elements"]
)  # fmt: skip


def lower_group(clause: str | None) -> bool:
    """Whether a clause's subject is a lower-case group of people or firms that acts on its own
    figure ("suppliers had built up £3.2bn", "shoppers spent £2bn"): a bare plural, not one
    that only speaks of figures ("analysts") or holds a stake ("investors")."""
    if not clause or " " in clause or not clause.isalpha() or not clause.islower():
        return False
    if clause in _SPEAKERS or clause in _STAKES or clause in _THINGS:
        return False
    return clause in _PEOPLE or clause.endswith(PEOPLE_ENDS)


# what collects a tally of its own: signatures, votes, donations ("A petition against the cuts
# has 2,700 signatures", "Turnout in the ballot was 71%", "An appeal for the hospice raised")
_TALLY = re.compile(
    r"^(?:[a-z-]+ )?(petition|ballot|referendum|poll|appeal|crowdfunder|fundraiser|vote)"
    r"(?=$| (?:against|for|to|in|of|on|by|over|from|backing|calling|led|run|started)\b)"  # its head
    r"|^(?:turnout|support|signatures|votes|donations) (?:in|for|to|of) (?:the |a |an )?"
    r"(petition|ballot|referendum|poll|appeal|vote)\b"
)


def tally_holder(clause: str | None) -> str | None:
    """The petition, ballot or appeal a lower-case clause subject is, which owns its own tally
    (``_TALLY``), else None."""
    if not clause or not clause[1:].islower():
        return None  # (not "Appeal Court": a name)
    m = _TALLY.match(clause[:1].lower() + clause[1:])
    return (m.group(1) or m.group(2)) if m is not None else None


# a place named by its kind ("the town's five pharmacies") after the sentence set the scene in
# it ("In Castleford, where three of the town's five pharmacies have shut")
_PLACE_KINDS = frozenset(
    ["town", "city", "village", "county", "region", "island", "province", "state", "borough",
     "district", "capital"]
)  # fmt: skip
_SETTING_NAME = re.compile(
    r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout) ([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})"
)


def place_meant(text: str, at: int, owner: str) -> str:
    """The place a kind of place ("the town's") at ``at`` means: the last place the sentence
    set itself in before it ("In Castleford, ..."), else ``owner`` as written."""
    if owner.lower() not in _PLACE_KINDS:
        return owner
    settings = list(_SETTING_NAME.finditer(text, 0, at))
    return settings[-1].group(1) if settings else owner


# the figure measures "their" thing: "cut their spending by 3%", "spend 41% of their income"
_THEIR_BEFORE = re.compile(
    r"\btheir (?:[\w-]+ ){1,4}(?:by |to |of |at |from |in )?(?:about |almost |nearly |around |"
    r"some |just |roughly |more than |less than |up to |an average of |a further )?$"
)
_THEIR_AFTER = re.compile(r"[^\s,;]* (?:of|in) their [a-z]")
# what follows a group's head: the place it is in or whose it is ("Renters in the city",
# "Customers of Wendmoor Water")
_AFTER_HEAD = re.compile(r" (?:in|of|at|from|across|around|throughout) ")


# a counted group of people that opens its clause and is paid the figure: "nine other staff
# earned more than £60,000", "12 directors were paid over £1m" (its head read below)
_PAID_GROUP = re.compile(
    r"(?:(?:about|around|some|nearly|almost) )?(?:\d[\d,]*|(?i:" + NUMBER_WORD + r"))"
    r"(?: other| more| senior)? ([a-z-]+) (?:each )?(?:earned|were paid|received|took home) "
    r"(?:more than |over |at least |up to |between |about |around )?"
)


def their_group(text: str, start: int, clause_at: int, clause: str | None) -> str | None:
    """A group of people or firms the clause opens with ("Households", "UK shoppers",
    "Renters in the city") when the figure measures "their" thing, or a counted group of
    people paid the figure ("and nine other staff earned more than £60,000": not the chief
    executive named before), else None."""
    paid = _PAID_GROUP.fullmatch(text, clause_at, start) if clause else None
    if paid is not None and paid.group(1) not in _SPEAKERS and people_word(paid.group(1)):
        return clause
    if not clause or " their " not in f" {text[clause_at : start + 40]}":
        return None  # (cheap test first: this runs for every figure)
    word = _AFTER_HEAD.split(clause, maxsplit=1)[0].split()[-1].lower()
    if word in _SPEAKERS or word in _THINGS or not (word in _PEOPLE or word.endswith(PEOPLE_ENDS)):
        return None
    before = _THEIR_BEFORE.search(text, max(clause_at, start - 80), start)
    if before is None and not _THEIR_AFTER.match(text, start):
        return None
    return clause


def people_word(word: str) -> bool:
    """Whether ``word`` names people in the plural ("staff", "directors", "nurses")."""
    return word in _PEOPLE or word in _STAFF or word.endswith(PEOPLE_ENDS)


# a part of a counted group: "Nineteen of the 31 growers", "two of the 12 UK regions" (not "of
# its 310 stores": the firm's own)
_PART_OF_THE = re.compile(
    r"[^\s,;]+(?: (?:per ?cent|percent))? of the (?:\d[\d,]*|(?i:" + NUMBER_WORD + r"))"
    r" ((?:[A-Z]{2,} |[a-z-]+ )?([a-z]+))\b"
)
_PART_OF_ONE = re.compile(_PART_OF_THE.pattern.replace("(?:[A-Z]{2,} |[a-z-]+ )?", ""))
# a body's own people: "9% of the 55,000 staff" are the firm's
_STAFF = frozenset(["staff", "employees", "workers", "members", "crew", "crews"])
# places and bodies a count is made of
_COUNTED_BODIES = frozenset(
    ["regions", "provinces", "countries", "counties", "cities", "towns", "districts", "councils",
     "firms", "companies", "businesses"]
)  # fmt: skip


def part_of_group(text: str, start: int) -> str | None:
    """The group a figure counts a part of ("Nineteen of the 31 growers" → growers, "About
    62% of the 2,000 shoppers questioned" → shoppers), else None."""
    for pattern in (_PART_OF_THE, _PART_OF_ONE):  # "12 UK regions", else "31 growers the"
        m = pattern.match(text, start)
        if m is not None and _counted(m.group(2)):
            return m.group(1)
    return None


def _counted(head: str) -> bool:
    """A group a count is made of: people ("growers", "shoppers") or bodies ("regions",
    "firms"), not those who only speak of figures ("analysts") nor a body's own ("staff")."""
    if head in _SPEAKERS or head in _THINGS or head in _STAFF:
        return False
    return head in _PEOPLE or head.endswith(PEOPLE_ENDS) or head in _COUNTED_BODIES


# a market's measure in a place, then its move: "Average rents in Barcelona fell", "with prices
# in Oslo up", "footfall at retail parks rose" (not "footfall in its stores")
_MEASURED_IN = Gated(  # (gate.py: a text without the measure is not searched)
    re.compile(
        r"(?:^|\b(?:with|while|and|but|whereas) )(?:the )?(?:(?:[Aa]verage|[Mm]edian|[Tt]ypical) )?"
        r"(?:[a-z-]+ )?(?:[Pp]rices|[Rr]ents?|[Vv]alues|[Ff]ootfall|[Vv]isits|[Uu]nemployment|"
        r"[Ii]nflation) (?:in|at|across) (?:the )?(?P<place>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}|"
        r"(?!(?:its|their|our|his|her)\b)[a-z]+ [a-z]+s) (?:rose|fell|were up|was up|were down|"
        r"was down|up|down|climbed|jumped|dropped|increased|grew|slipped|eased|decreased|declined)\b"
    ),
    ("prices", "rent", "values", "footfall", "visits", "unemployment", "inflation"),
)


def measured_in(text: str, start: int) -> str | None:
    """The place or kind of place a market's measure is taken in, when the figure at
    ``start`` follows its move closely; else None."""
    found = None
    for m in _MEASURED_IN.finditer(text, max(0, start - 160), start):
        if start - m.end() <= 40:
            found = m.group("place")
    return found


# the members of a body, who decide for it: "councillors approved a £88m budget" is the
# council's budget, "directors recommended a dividend of 4p" the firm's
_MEMBERS = frozenset(
    ["councillors", "councilors", "directors", "trustees", "governors", "members", "lawmakers",
     "legislators", "senators", "ministers", "aldermen", "commissioners", "delegates"]
)  # fmt: skip
# a verb by which members decide for their body, right after them
_DECIDE = re.compile(
    r" (?:have |had |has |unanimously |narrowly |formally |also )?(?:approved|approve|voted|"
    r"backed|agreed|passed|set|signed off|rubber-stamped|endorsed|recommended|rejected|"
    r"declared|adopted)\b"
)


def members_decide(text: str, start: int, clause: str | None) -> bool:
    """Whether a lower-case clause subject is a body's members deciding for it before the
    figure ("after councillors approved a £312m budget"): the figure is the body's, not
    theirs."""
    if clause is None or clause.lower() not in _MEMBERS:
        return False
    at = text.rfind(clause, 0, start)
    return at >= 0 and _DECIDE.match(text, at + len(clause)) is not None


# the body or place members sit for, between them and their verb: "Councillors in Harbour
# City have approved", "Trustees of the Kestrel Fund voted"
_SITTING_FOR = re.compile(
    r" (?:in|of|at|on|for) (?:the )?((?:[A-Z][\w'\u2019&-]*)(?: (?:of |and |& )?[A-Z][\w'\u2019&-]*){0,4})"
)


def deciding_members(text: str, start: int, found: str) -> str | None:
    """When the name found is a body's members written with a capital, deciding for it before
    the figure ("Councillors approved a budget of £210m"): the body they sit for where it is
    written between them and their verb ("Councillors in Harbour City have approved": Harbour
    City), else "" (the body's figure, its name not written); None otherwise."""
    if found.lower() not in _MEMBERS:
        return None
    at = text.rfind(found, 0, start)
    if at < 0:
        return None
    end = at + len(found)
    body = _SITTING_FOR.match(text, end)
    if body is not None and _DECIDE.match(text, body.end()) is not None:
        return body.group(1)
    return "" if _DECIDE.match(text, end) is not None else None
