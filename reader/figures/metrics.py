"""What a figure measures, beyond the metric phrase next to it (``context.metric_for``).

Rules of general news English, each within the figure's sentence (bounded windows):
- a unit price: money followed by "an ounce", "a barrel", "a tonne" is a price; a share
  movement ("shares rose 7%", "shares of X fell to $21") is the share price;
- a rate of pay: money followed by "a week", "an hour", or earned/paid by a person, is pay;
- earnings "of 92 cents a share" are earnings per share;
- jobs: a count of jobs/staff after "cut", "axe", "shed" is jobs cut, after "hire", "add",
  "create" jobs added; "employs 44,000 people" are employees; "8% of its workforce" takes
  the verb's metric;
- a fee for a player ("signed ... for £48m", "paid £31m for midfielder X") is a transfer fee;
  what a film "cost to make" is its budget; "to save €1.2bn" is cost savings;
- "valuing the firm at" in a sentence about its shares is its market value;
- a share "of group sales" is a share of sales;
- a count's metric is its own noun when no verb says more ("twenty complainants");
- a figure left without a metric takes the metric of the figure before it in the sentence
  when it continues it: a change or a base ("$22.8m, a drop of 54%", "up from £6.1m"), a
  bare count after a counted one ("taking its total to 287 million"), or a parallel
  figure of the same kind ("ahead of rival Vidora with 17%");
- the story's subject sets a default for money left without one: a film's takings at the
  box office, a rich list's wealth.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.context import clause_start
from reader.model import Figure, FigureKind

_UNIT_PRICE = re.compile(
    r"^ ?(?:a|an|per|/) ?(?:ounce|oz|barrel|tonne|ton|gallon|litre|liter|pound|kilo|kg|"
    r"bushel|megawatt-hour|mwh|troy ounce|unit|ticket|night|square (?:foot|metre|meter))\b",
    re.I,
)
# measures written per unit that are not its price: "funds from operations were C$0.41 per unit"
_PER_UNIT_MEASURES = frozenset(
    ["unit costs", "costs", "cost", "funds from operations", "dividend", "earnings",
     "net asset value", "rent"]
)  # fmt: skip
_PAY_TAIL = re.compile(r"^ ?(?:a|an|per) ?(?:week|hour|month|annum|day)\b", re.I)
_PAY_VERB = re.compile(
    r"\b(?:earned|earns|earning|earn|is paid|was paid|were paid|be paid|received|receives|"
    r"takes home|took home|pocketed|paid him|paid her)(?: (?:a|an|about|around|some|nearly|"
    r"almost|more than|over|roughly|just over|just under|less than|under|up to))? $",
    re.I,
)
_PERSONISH = re.compile(
    r"\b(?:he|she|his|her|employee|employees|worker|workers|staff|executive|boss|chief|"
    r"director|manager|player|striker|nurse|teacher|doctor|president|chairman|chairwoman|"
    r"founder|presenter|star|actor|actress|singer|people|households|families|commuters|"
    r"graduates|pensioners)\b",
    re.I,
)
_SHARE_MOVE = re.compile(
    r"\b(?:shares?|stock|stocks|units(?= of\b| in\b))\b(?: (?:of|in) [\w&.' -]{1,40}?)?"
    r"(?: (?:have|has|had|were|was))? (?:[a-z]+ly )?"
    r"(?:rose|fell|jumped|climbed|gained|dropped|slid|slipped|lost|surged|soared|plunged|"
    r"tumbled|rallied|sank|slumped|eased|edged|added|closed|ended|finished|were|was|traded|"
    r"up|down|rising|falling)\b",
    re.I,
)
_EPS = re.compile(r"\b(?:earnings|profit|income|eps)(?: \w+){0,3} of (?:about |around )?$", re.I)
_PER_SHARE_TAIL = re.compile(r"^ ?(?:a|per) (?:diluted |basic )?share\b", re.I)
_JOB_NOUNS = frozenset(
    ["jobs", "staff", "workers", "employees", "positions", "roles", "posts", "people",
     "engineers", "workforce", "staffers", "employees"]
)  # fmt: skip
_CUT_VERB = re.compile(
    r"\b(?:cut|cuts|cutting|axe|axed|axes|axing|shed|sheds|shedding|slash|slashed|eliminate|"
    r"eliminated|lay off|laid off|laying off|lose|lost|losing|scrap|scrapped|reduce|reduced|"
    r"redundancies|job losses)\b",
    re.I,
)
_ADD_VERB = re.compile(
    r"\b(?:hire|hired|hiring|add|added|adding|create|created|creating|recruit|recruited|"
    r"recruiting|take on|took on)\b",
    re.I,
)
_EMPLOY = re.compile(r"\b(?:employ|employs|employed|employing|workforce of|headcount of)\b", re.I)
_WORKFORCE = re.compile(
    r"^ (?:of|of the|of its|of their) (?:\w+ )?(?:workforce|staff|employees|jobs)\b"
)
_PLAYER = re.compile(
    r"\b(?:striker|midfielder|defender|forward|winger|goalkeeper|keeper|full-back|centre-back|"
    r"playmaker|signing|transfer)\b",
    re.I,
)
_FEE_BEFORE = re.compile(
    r"\b(?:for|paid|pay|paying|fee of|signed [\w' -]{0,40}? for)(?: a| an)?"
    r"(?: [a-z-]+){0,2} $",
    re.I,
)
_FEE_AFTER = re.compile(r"^ (?:for|to sign|paid for|spent on) (?:the )?(?:[a-z-]+ )?(?:striker|midfielder|defender|"
                        r"forward|winger|goalkeeper|player|[A-Z])")  # fmt: skip
_BUDGET = re.compile(
    r"\bcost(?:s|ing)?(?: (?!savings\b|cuts\b|of\b)(?:the |its |their )?[a-z'\u2019]+(?: [a-z]+)?)?"
    r"(?: about| around| some| nearly| roughly| an estimated| just| only| between| up to|"
    r" as much as)? $",
    re.I,
)
# what a thing sells for: "which costs $69.99", "priced at €21" (a small sum, no scale word)
_PRICE_VERB = re.compile(
    r"\b(?:costs|(?:will|would|to|does|do|should) cost|retails for|retailing at|sells for|"
    r"selling for|priced at|is priced at)"
    r"(?: about| around| just| only| from)? $",
    re.I,
)
# what a thing sold for or starts at: "sold for £18.2m", "was last sold in 1987 for £1.1m",
# "which now starts at ¥2.9m" (not "sold its unit for $2bn": a deal names what was sold)
_SOLD_FOR = re.compile(
    r"\b(?:sold|fetched|went|changed hands)(?: (?!the |its |a |an |their |his |her )"
    r"[^,;]{1,25}?)? for(?: about| around| some| nearly| almost| more than| over| roughly|"
    r" a record| just| only)? $"
    r"|\b(?:starts?|starting|started) at(?: about| around| just| only)? $",
    re.I,
)
_SCALED = re.compile(r"\d\s?(?:k|m|bn|mn|tn|thousand|million|billion|trillion)\b", re.I)
# money put by "to help growers", "to pay for more operations": aid and funding
_AID_TAIL = re.compile(r"^(?: [\w-]+){0,5}? to (?:help|support|assist|compensate|rescue)\b", re.I)
_FUND_TAIL = re.compile(r"^(?: [\w-]+){0,3}? to (?:pay for|fund|finance)\b", re.I)
# "spent ... $200m developing the game": the cost of making something (past, with a gerund)
_SPENT = re.compile(r"\bspent\b")
_MAKING_TAIL = re.compile(
    r"^ (?:developing|building|making|designing|creating|producing|constructing|restoring)\b"
)
_SET_ASIDE = re.compile(r"\b(?:set aside|sets aside|setting aside|put aside|earmarked)"
                        r"(?: about| around| some| a further| another| an extra)? $", re.I)  # fmt: skip
_SPEND = re.compile(
    r"\b(?:spend|spends|spent|spending)(?: a further| another| an extra|"
    r" about| around| some| nearly| almost| more than| over| roughly| just)? $",
    re.I,
)
_LOST = re.compile(r"\b(?:lost|loses|lose|losing)(?: about| around| some| nearly| almost|"
                   r" more than| over| roughly| a further| another)? $", re.I)  # fmt: skip
# a new clause with its own subject after the share move: "..., after its drug cut ... by"
_AFTER_SHARES = re.compile(
    r"\b(?:shares?|stock)\b[^;]*\b(?:after|because|since|when) (?:its|the|a|an|their)\b[^;]*$", re.I
)
_LENT = re.compile(r"\b(?:lent|lends|loaned|loans)(?: (?:the|it|them|him|her) [a-z]+| it| them)?"
                   r"(?: a further| another| about| some| more than)? $", re.I)  # fmt: skip
_STOLE = re.compile(r"\b(?:stole|stolen|steal|hacked for|theft of|heist of)\b[^,;]{0,40}$", re.I)
_BID = re.compile(r"\b(?:buy|acquire|takeover|take over|bid|offer|merger|deal)\b", re.I)
_GREW = re.compile(r"\b(?:grow|grows|grew|grown|growing|expand|expands|expanded|expanding|"
                   r"contract|contracts|contracted|shrink|shrank|shrinks)(?: by)?"
                   r"(?: about| around| some| nearly| almost| roughly| just| only)? $", re.I)  # fmt: skip
_VOTE = re.compile(r"\b(?:voted|votes|vote|backed|approved|supported|rejected)(?: [a-z]+){0,3}"
                   r" by(?: about| around| some| nearly| almost| roughly| just)? $", re.I)  # fmt: skip
_OF_TOTAL = re.compile(r" (?:of|of the|of its|of their) (?:group |overall |combined )?total\b")
_BUDGET_AFTER = re.compile(r"^ to (?:make|produce|build|film|develop|stage)\b", re.I)
_SAVE = re.compile(r"\b(?:save|saving|saves|savings of)(?: about| around| some| roughly)? $", re.I)
_VALUING = re.compile(r"\b(?:valuing|valued|values|value) (?:the |it |the company |the firm )?"
                      r"(?:\w+ )?at(?: about| around| roughly| some| nearly| almost)? $", re.I)  # fmt: skip
_SHARE_OF_SALES = re.compile(r"\bshare of (?:\w+ ){0,2}(?:sales|revenue|revenues|turnover)\b", re.I)
_UNIT_GREW = re.compile(
    r"\b(?:division|unit|business|segment|arm|operations)(?:'s revenue)? (?:[a-z]+ly )?"
    r"(?:grew|rose|jumped|climbed|increased|fell|dropped|declined|slipped|shrank)"
    r"(?: by)? [\d.]+ ?(?:%|per ?cent) to(?: about| almost| nearly| roughly)? $",
    re.I,
)
_PART_OF = re.compile(
    r"^ of (?:total |group |overall |all |its |the company's |the group's |the club's )?"
    r"(sales|revenue|revenues|turnover|profits?|income|output|exports)\b",
    re.I,
)
_MAKES_UP = re.compile(
    r"\b(?:makes? up|made up|making up|accounts? for|accounted for|accounting for|"
    r"represents?|represented|comprises?|generates?|generated)\b",
    re.I,
)
_CLOSE = re.compile(r"\b(?:close|closes|closing|closed|shut|shuts|shutting|shutter|shuttering)"
                    r"(?: about| around| some| nearly| almost| more than| over| a further"
                    r"| another)? $", re.I)  # fmt: skip
_OUTPUT = re.compile(
    r"\b(?:output|production|produce|produced|pumped|pump|mined|harvests?|crops?)\b", re.I
)
_OUTPUT_UNITS = frozenset(
    ["tonnes", "tons", "barrels", "ounces", "megawatts", "gigawatts", "hectolitres", "litres",
     "bushels", "bales", "bottles"]
)  # fmt: skip
# "a factory that will employ 1,100 people": jobs it will create, not its staff today
_WILL_EMPLOY = re.compile(r"\b(?:will|would|to|could) employ(?: about| around| some| up to)? $")
# "2.4 million people were playing the game": what the people are doing
_PEOPLE_DOING = (
    (re.compile(r"^ (?:were|are|was|is|have been|had been)? ?playing\b"), "players"),
    (re.compile(r"^ (?:were|are|was|is|have been|had been)? ?(?:using|used)\b"), "users"),
    (re.compile(r"^ (?:were|are|was|is|have been|had been)? ?watching\b"), "viewers"),
    (
        re.compile(r"^ (?:were|are|was|is|have been|had been)? ?(?:waiting|on waiting lists?)\b"),
        "waiting list",
    ),
)
# "the number of people waiting for surgery fell to 612,000": a bare count of a waiting list
_NUMBER_WAITING = re.compile(r"\bnumber of (?:[a-z]+ ){0,2}?waiting\b", re.I)
# "38% of patients had waited": the share of whom
_SHARE_OF_WHOM = re.compile(r"^ of (?:all |the )?(patients|customers|users|voters|adults|"
                            r"children|households|homes|firms|businesses|members|staff|"
                            r"workers|employees|pupils|students|drivers|passengers)\b", re.I)  # fmt: skip
# "took about $390m in its launch week": takings, read as revenue outside a film story
_TOOK = re.compile(
    r"\b(?:took|takes|taken|taking|brought in|pulled in|raked in)(?: in)?(?: about| around|"
    r" some| nearly| almost| more than| over| roughly| just over| an estimated)? ?$",
    re.I,
)
_TOOK_TAIL = re.compile(r"^ (?:in|over|during) (?:its|their|the|his|her) (?:first|opening|launch|"
                        r"debut)\b", re.I)  # fmt: skip
_FILM = re.compile(
    r"\b(?:box office|box-office|cinemas?|movies?|films?|opening weekend|sequel|thriller|"
    r"blockbuster|studio)\b",
    re.I,
)
# a commodity that moved: its figures are prices ("gold rose 1.4% to $2,431")
_COMMODITY = re.compile(
    r"\b(?:gold|silver|copper|platinum|palladium|aluminium|aluminum|nickel|zinc|iron ore|"
    r"crude|brent|wti|west texas intermediate|natural gas|wheat|corn|soybeans?|coffee|cocoa|"
    r"sugar|cotton|bitcoin|lithium|uranium|oil)(?: (?:prices?|futures|crude|oil))?"
    r"(?: (?:on|in|at) (?:the )?[A-Z][\w ]{1,30}?)?"
    r" (?:[a-z]+ly )?(?:rose|fell|gained|eased|dropped|slid|slipped|climbed|jumped|surged|"
    r"soared|plunged|tumbled|rallied|sank|slumped|edged|hit|traded|settled|was|were|closed|"
    r"added|lost|rising|falling)\b"
    r"|\b(?:gold|silver|copper|brent|crude|oil|wheat|coffee|cocoa|gas)(?: price)?"
    r" (?:forecasts?|outlook|target)\b",
    re.I,
)
# cheap substring checks before the word-boundary regexes
_FILM_WORDS = ("box office", "box-office", "cinema", "movie", "film", "opening weekend",
               "sequel", "thriller", "blockbuster", "studio")  # fmt: skip
_RICH_WORDS = ("rich list", "richest", "billionaire", "net worth")
_RICH = re.compile(r"\b(?:rich list|richest|billionaires?|net worth)\b", re.I)
_STOCKS = re.compile(r"\b(?:stocks|inventories|stockpiles|inventory|stockpile)\b", re.I)
_COUNT_VERBS = (
    (re.compile(r"\b(?:ordered|orders|order for|ordering|(?:the|an|its) order)\b", re.I), "orders"),
    (re.compile(r"\b(?:options on|option on)\b", re.I), "options"),
    (re.compile(r"\b(?:operates|operated|fleet of|fleet)\b", re.I), "fleet"),
    (re.compile(r"\b(?:crowd of|attendance of|attended by|watched by)\b", re.I), "attendance"),
)


def refine_metric(
    text: str, start: int, end: int, kind: FigureKind, unit: str | None, metric: str | None
) -> str | None:
    """A better metric than the nearest phrase, where a rule of the module doc applies."""
    if kind == "money":
        return _money_metric(text, start, end, metric)
    if kind == "percent":
        return _percent_metric(text, start, end, metric)
    return _count_metric(text, start, end, unit, metric)


def _money_metric(text: str, start: int, end: int, metric: str | None) -> str | None:
    head = text[max(0, start - 60) : start]
    tail = text[end : end + 40]
    sentence_head = text[max(0, start - 150) : start]
    if _UNIT_PRICE.match(tail) and metric not in _PER_UNIT_MEASURES:
        return "share price" if re.match(r"^ ?(?:a|per) share", tail) else "price"
    if _PER_SHARE_TAIL.match(tail) and _EPS.search(head):
        return "earnings per share"
    if _PRICE_VERB.search(head) and not _SCALED.search(text, start, end):
        return "price"  # "The game, which costs $69.99 on consoles"
    if metric in (None, "price") and _SOLD_FOR.search(head):
        return "price"  # "sold for £18.2m including fees"
    per_unit = metric is not None and ("revenue" in metric or " per " in metric or metric == "rent")
    if _PAY_TAIL.match(tail) and not per_unit and metric not in ("sales", "profit", "net income"):
        return metric if metric in ("bonus", "salary", "pay") else "salary"
    if metric is None and _PAY_VERB.search(head) and _PERSONISH.search(sentence_head):
        return "pay"
    fee = _FEE_BEFORE.search(head) or _FEE_AFTER.match(tail)
    if fee and _PLAYER.search(text) and metric in (None, "deal", "transfer fee"):
        return "transfer fee"
    purpose = _purpose_metric(head, tail, metric)
    if purpose is not None:
        return purpose
    by_verb = _verb_money_metric(head, tail, sentence_head, metric)
    if by_verb is not None:
        return by_verb
    if _VALUING.search(head) and re.search(r"\bshares?\b", sentence_head, re.I):
        # a bid "valuing the company at $4.1bn" values the target; a share move, the market
        return "valuation" if _BID.search(sentence_head) else "market cap"
    if metric in (None, "shares") and _SHARE_MOVE.search(sentence_head):
        return "share price"
    if metric is None and _UNIT_GREW.search(text[clause_start(text, start) : start]):
        return "revenue"  # "its cloud division grew 31% to $2.9 billion"
    if metric is None and _COMMODITY.search(text[clause_start(text, start) : start]):
        return "price"
    return metric


def _purpose_metric(head: str, tail: str, metric: str | None) -> str | None:
    """Money by what it is for: "set aside €120m to help growers" is aid, "an extra £150m to
    pay for more operations" funding, "set aside £85m to cover claims" a provision."""
    if metric not in (None, "provision", "budget", "funding"):
        return None
    if metric is None and _MAKING_TAIL.match(tail) and _SPENT.search(head):
        return "cost"  # "spent five years and $200m developing the game": what it cost
    if _AID_TAIL.match(tail):
        return "aid"
    if _FUND_TAIL.match(tail):
        return "funding"
    if _SET_ASIDE.search(head):
        return "provision"
    return None


def _verb_money_metric(head: str, tail: str, sentence_head: str, metric: str | None) -> str | None:
    """What money is by the verb before it: cost, spend, lose, save (None: no such verb)."""
    if _BUDGET.search(head):
        # what a film "cost to make" is its budget; a scheme's "expected to cost £3.5m" a cost
        if _BUDGET_AFTER.match(tail) or _FILM.search(sentence_head):
            return "budget"
        if metric in ("restructuring", "investment", "deal"):
            return f"{metric} cost"  # "expects the restructuring to cost £150m"
        if metric is None or metric in ("cost savings", "box office"):
            return "cost"
    if _SPEND.search(head) and metric in (None, "cost savings", "costs", "box office"):
        return "spending"  # "plans to spend £48m repairing roads" (not "spent $1bn on research")
    if _LENT.search(head):
        return "loans"  # "has lent the club £140m"
    if _STOLE.search(head):
        return "theft"  # "hackers stole tokens worth about $230m"
    moved = _COMMODITY.search(sentence_head) or _SHARE_MOVE.search(sentence_head)
    if _LOST.search(head) and metric in (None, "cost savings") and not moved:
        return "loss"  # "which lost £27m last year"
    if _SAVE.search(head):
        return "cost savings"
    return None


def _percent_metric(text: str, start: int, end: int, metric: str | None) -> str | None:
    head = text[max(0, start - 80) : start]
    tail = text[end : end + 60]
    if _WORKFORCE.match(tail):
        verb = head[-60:]
        return (
            "jobs cut"
            if _CUT_VERB.search(verb)
            else "jobs added"
            if _ADD_VERB.search(verb)
            else "employees"
        )
    if _SHARE_OF_SALES.match(tail.lstrip()) or _SHARE_OF_SALES.search(head[-50:]):
        return "share of sales"
    part = _PART_OF.match(tail)
    if part is not None and (_MAKES_UP.search(head[-40:]) or head.endswith(", or ")):
        return f"share of {part.group(1).lower()}"  # "makes up almost 45% of total sales"
    if _VOTE.search(head):
        return "vote"  # "voted by 87% to strike"
    whom = _SHARE_OF_WHOM.match(tail)
    if metric is None and whom is not None:
        return whom.group(1).lower()  # "38% of patients had waited longer"
    if metric is None and _GREW.search(head):
        return "growth"  # "expects the economy to grow 1.6%"
    if metric == "shares" and _AFTER_SHARES.search(head):
        return None  # "Shares jumped 27% after its drug cut heart attacks by 21%"
    if metric in (None, "shares") and _SHARE_MOVE.search(head):
        return "share price"
    if metric is None and _COMMODITY.search(text[clause_start(text, start) : start]):
        return "price"
    return metric


def _count_metric(
    text: str, start: int, end: int, unit: str | None, metric: str | None
) -> str | None:
    head = text[max(0, start - 60) : start]
    noun = unit.split()[-1].lower() if unit else ""
    if re.fullmatch(r"[\d,.]+-[a-z]+", text[start:end]) or (
        noun in ("gigawatts", "megawatts", "kilowatts")
        and metric in (None, noun)
        and not _OUTPUT.search(text[max(0, start - 100) : end + 40])
    ):
        return "capacity"  # "a 52,000-seat stadium", "the 1.3GW Corrib Bay scheme"
    who = _people_metric(text, start, end, noun, metric)
    if who is not None:
        return who
    if noun in _JOB_NOUNS or (noun == "" and metric == "jobs"):
        if re.search(r"\d of (?:its|the|their) $", head):
            return "employees"  # "shed 640 of its 2,900 posts": the whole workforce
        if _CUT_VERB.search(head):
            return "jobs cut"
        if _ADD_VERB.search(head):
            return "jobs added"
        if _EMPLOY.search(head) or (noun == "people" and metric is None and _EMPLOY.search(head)):
            return "employees"
    if noun in _OUTPUT_UNITS and _OUTPUT.search(text[max(0, start - 100) : end + 40]):
        return "output"
    if noun.isalpha() and noun.endswith("s") and _CLOSE.search(head):
        return f"{_singular(noun)} closures"  # "as it closes 85 branches"
    for verb, name in _COUNT_VERBS:
        if verb.search(head):
            return name
    if noun in ("tonnes", "tons", "barrels", "ounces") and _STOCKS.search(head):
        return "stocks"  # "LME copper stocks fell 4,350 tonnes"
    if noun == "points":
        return metric or "index"  # "the Dow Jones dropped almost 100 points"
    plural = noun.endswith("s") or noun.endswith("men")  # "45,000 fishermen"
    if metric is None and noun and noun.isalpha() and noun.islower() and plural:
        return noun  # "twenty complainants", "22 branches": what is counted
    return metric


def _people_metric(text: str, start: int, end: int, noun: str, metric: str | None) -> str | None:
    """What counted people do ("2.4 million people were playing"), a bare count of a waiting
    list, or jobs a plant "will employ"; None when no such rule applies."""
    if noun in ("people", "persons"):
        tail = text[end : end + 40]
        for doing, name in _PEOPLE_DOING:
            if doing.match(tail):
                return name  # "2.4 million people were playing the game"
    if noun == "" and metric is None and _NUMBER_WAITING.search(text, clause_start(text, start)):
        return "waiting list"
    if noun in _JOB_NOUNS and _WILL_EMPLOY.search(text, max(0, start - 60), start):
        return "jobs"  # "a plant that will employ 1,100 people"
    return None


def _singular(noun: str) -> str:
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    return noun[:-1]


def _continues(sentence: str, prev: Figure, fig: Figure) -> bool:
    """Whether ``fig`` continues ``prev``: a change, a base, a running total, or a parallel
    figure of the same kind (written after it, with no new metric between)."""
    a = sentence.find(prev.surface)
    b = sentence.find(fig.surface, a + len(prev.surface)) if a >= 0 else -1
    if a < 0 or b < 0:
        return False
    gap = sentence[a + len(prev.surface) : b]
    if len(gap) > 90 or re.search(r"[;:]|\bwhile\b|\bbut\b", gap):
        return False
    if fig.kind == "percent" and prev.kind in ("money", "count", "other"):
        return fig.change is not None or bool(
            re.search(r"\b(?:drop|rise|fall|up|down|gain|below|above|higher|lower)\b", gap)
        )
    if fig.kind != prev.kind:
        return False
    if _MAY_RISE.fullmatch(gap):
        return True  # "a fee of £58m, which could rise to £65m"
    # a base, a bare running total, a range, or a figure joined without a verb of its own
    return (
        fig.status in ("base", "expected")
        or _PARALLEL.search(gap) is not None
        or (fig.kind == "count" and fig.unit is None)
        or gap.strip() in ("-", "\u2013", "to", "and", "or")
        or bool(re.fullmatch(r",? (?:or|and|with|versus|vs\.?|against)(?: [a-z]+){0,3} ", gap))
    )


_PARALLEL = re.compile(
    r"\b(?:ahead of|behind|followed by|trailing|compared with)\b[^;]{0,40}\bwith"
    r"(?: about| almost| nearly| just)? $"
)
_MAY_RISE = re.compile(
    r",? (?:which|that) (?:could|would|may|might|will|can)? ?(?:rise|climb|increase|grow|go up|"
    r"fall|drop)s? to "
)
_QUALIFIER_BEFORE = re.compile(r"\b(?:from|in|across|at|over) (?:about |some |around )?$")


def _qualifier(sentence: str, fig: Figure) -> bool:
    """A count that qualifies another figure ("$31.5m from 3,850 cinemas"): not the figure a
    later change continues."""
    if fig.kind != "count" or not fig.unit:
        return False
    at = sentence.find(fig.surface)
    return at > 0 and _QUALIFIER_BEFORE.search(sentence, max(0, at - 20), at) is not None


def _share_of(metric: str) -> str:
    return metric if metric.startswith("share of") else f"share of {metric}"


def _same_measure(sentence: str, prev: Figure, fig: Figure) -> bool:
    """A bare "growth" of a percentage that follows a percentage change of a named measure in
    the same clause chain ("sales rose 6.1% ..., beating the 4% growth analysts expected")."""
    if prev.kind != "percent" or prev.change is None or prev.metric in _RATES:
        return False
    a = sentence.find(prev.surface)
    b = sentence.find(fig.surface, a + len(prev.surface)) if a >= 0 else -1
    return 0 <= a < b and b - a < 140 and not re.search(r"[;:]", sentence[a:b])


_RATES = frozenset(["growth", "inflation", "unemployment", "interest rate", "market share"])


def inherit_metrics(sentence: str, figures: Sequence[Figure]) -> list[Figure]:
    """Figures without a metric take the one of the figure they continue (module doc)."""
    out: list[Figure] = []
    prev: Figure | None = None  # the last figure that is not a qualifying count
    for fig in figures:
        if prev is not None and prev.metric and fig.kind == "percent" and "total" in sentence:
            at = sentence.find(fig.surface)
            if at >= 0 and _OF_TOTAL.match(sentence, at + len(fig.surface)):
                fig = replace(fig, metric=_share_of(prev.metric))  # "make up 38% of the total"
        generic = fig.metric == "growth" and fig.kind == "percent"
        if (
            (fig.metric is None or generic)
            and prev is not None
            and prev.metric
            and prev.metric != fig.metric
            and (
                _continues(sentence, prev, fig) or (generic and _same_measure(sentence, prev, fig))
            )
        ):
            fig = replace(fig, metric=prev.metric)  # "beating the 4% growth analysts expected"
        out.append(fig)
        if not _qualifier(sentence, fig):
            prev = fig
    return out


def story_default(story: str) -> str | None:
    """The metric money figures without one take in this story (module doc), if any."""
    low = story[:3000].lower()
    if sum(low.count(w) for w in _FILM_WORDS) >= 2 and len(_FILM.findall(low)) >= 2:
        return "box office"
    if any(w in low for w in _RICH_WORDS) and _RICH.search(low):
        return "wealth"
    return None


def _took(f: Figure) -> bool:
    """ "took about $390m in its launch week": what a product took (outside a film story)."""
    at = f.sentence.find(f.surface)
    return (
        at > 0
        and _TOOK.search(f.sentence, max(0, at - 40), at) is not None
        and _TOOK_TAIL.match(f.sentence[at + len(f.surface) : at + len(f.surface) + 40]) is not None
    )


def with_default(figures: Sequence[Figure], default: str | None) -> list[Figure]:
    if default is None:
        return [
            replace(f, metric="revenue")
            if f.kind == "money" and f.metric is None and _took(f)
            else f
            for f in figures
        ]
    return [
        replace(f, metric=default)
        if f.metric is None and (f.kind == "money" or (f.kind == "percent" and f.change))
        else f
        for f in figures
    ]
