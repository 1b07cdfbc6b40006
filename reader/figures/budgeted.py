"""Figures a plan holds that no verb of their own clause shows (``status.status_for`` asks after
its verb rules; bounded windows, so linear):
- the size of a budget, a spending plan: "approved a £312m budget", "set a budget of £46.8m",
  "8.5% of its £612m budget",
  "their budget for next season of 9 million crowns" (not a standing budget: "has a budget of
  £19.5bn", "The budget is £9.3m"; nor a budget's gap);
- what a budget holds: "The budget includes £38m for road repairs and a 20p rise in parking
  charges", "The budget is 6.4% larger than ...";
- what is still to be found: "still has to find £14.7m of savings", "have to save £3m";
- the cost of a proposal: "proposed an amendment to keep the library open, at a cost of
  £240,000 a year";
- a change a body has set or approved: "set a 2.99% rise last week", "approved a 4% pay rise";
- a programme approved or unveiled: "approved a $500 million share buyback".
Each gives ``planned``.
"""

from __future__ import annotations

import re

from reader.figures.gate import Gated, led

_BUDGET_AFTER = re.compile(
    r"^(?:-[a-z]+)?(?: [a-z-]+){0,2} budget\b(?! ?(?:deficits?|gaps?|shortfalls?|surplus|overruns?|"
    r"holes?|black holes?)\b)",
    re.I,
)
# a hedge between "of" and the sum: "a budget of about £40m"
_OF_HEDGE = r"(?: about| around| some| roughly| nearly| almost| just)? $"
# "their budget for next season of 9 million crowns": a budget for a period still to come
_BUDGET_OF = led(
    r"\bbudgets? for (?:next|the coming|the next|(?:19|20)\d\d)\b[^,;.]{0,30}? of" + _OF_HEDGE,
    re.I,
)
# "a net revenue budget of £612.4m for 2027/28", "a capital budget of R8.9-billion for 2026/27":
# a budget's size for a year named after it (a budget's year is its plan, as the labels read it)
_BUDGET_OF_BEFORE = led(r"\bbudget of" + _OF_HEDGE, re.I)
_FOR_PERIOD_AFTER = re.compile(
    r"^ for (?:next|the coming|the next|(?:fy|fiscal )?(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b)",
    re.I,
)
# a budget being set, or one a plan spends from: "approved a £312m budget", "plans ... to spend
# 8.5% of its £612m budget" (not a standing one: "has a budget of £19.5bn", "inherits a budget")
_BUDGET_SET = re.compile(
    r"\b(?:approved|approves|approve|set|sets|setting|agreed|agrees|passed|passes|proposed|"
    r"proposes|unveiled|unveils|published|publishes|backed|backs|tabled|tables|drew up|draws up|"
    r"adopted|adopts|adopting|"
    r"signed off|voted through)(?: (?:a|an|its|their|the|next year's|next year\u2019s))?"
    r"(?: (?:new|draft|revised|balanced|annual|total|record|first))? $",
    re.I,
)
# a budget being set, its size after "of": "The Fire Authority has set a budget of £46.8m"
_SET_BUDGET_OF = re.compile(
    r"\b(?:approved|approves|set|sets|setting|agreed|agrees|passed|passes|proposed|proposes|"
    r"unveiled|unveils|tabled|tables|signed off|voted through|adopted|adopts|adopting)"
    r"(?: (?:a|an|its|their|the|next year's|next year\u2019s))?"
    r"(?: (?:new|draft|revised|balanced|annual|total|record|first))? budget of"
    r"(?: about| around| some| roughly| nearly| almost| just)? $",
    re.I,
)
_SPENDS_FROM = re.compile(r"\bof (?:its|their|the) $", re.I)
# "The budget includes £38m for road repairs and a 20p rise": the sentence's subject is the
# budget and its verb says what it holds
_BUDGET_SUBJECT = re.compile(
    r"^\s*(?:the|this|its|their|next year's|next year\u2019s) (?:[a-z-]+ ){0,2}budget"
    r"(?: for [^,;.]{1,20}?)? (?:also |further |now |additionally )?"
    r"(?:includes|included|contains|allocates|sets aside|provides|earmarks|commits|gives|"
    r"(?P<be>is|was))\b(?:(?!, (?:which|who)\b)[^;:])*$",
    re.I,
)
# a sum a body allots, the active verb right before it: "has allocated €658m for public transport",
# "has allotted Rs 1,045 crore to its schools", "is budgeted at A$310 million" (not "The police
# were allocated R118.2 billion", a share handed out, as the labels read it)
_ALLOTS = Gated(
    re.compile(
        r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bbe )"
        r"\b(?:allocated|allotted|earmarked|allocates|allots|earmarks)"
        r"(?: (?:a further|another|an extra|an additional|about|around|nearly|almost|more than|up to|"
        r"just over|just under|some|roughly))? $"
        r"|\bbudgeted(?: at)?(?: about| around| some| roughly| nearly| almost| up to)? $",
        re.I,
    ),
    ("allocat", "allot", "earmark", "budgeted"),
)
# "still has to find £14.7m of savings" (reported: "it still had to find £6.4m"): an obligation
# still to be met
_MUST_FIND = led(
    r"\b(?:(?:has|have|needs?|will need|would need) to|must|still had to)(?: still| also| now)? "
    r"(?:find|save|cut|make|raise|"
    r"shed|identify)(?: (?:a further|another|about|around|some|nearly|almost|roughly|up to|"
    r"at least))? $",
    re.I,
)
_AT_COST = Gated(
    re.compile(
        r"\bat (?:a|an) (?:[a-z-]+ )?cost of(?: about| around| some| roughly| nearly| almost| up to)? $",
        re.I,
    ),
    ("cost",),
)
_PROPOSED = re.compile(
    r"\b(?:proposed|proposes|propose|proposing|plans?|planned|planning|wants?|wanted|aims?|"
    r"pledged|promised|offered|agreed|suggested|called for|would|will)\b",
    re.I,
)
_THAN_NOW = re.compile(
    r"^ (?:larger|bigger|higher|smaller|lower|more|less) than (?:this|the current) "
    r"(?:year|season)(?:'s|\u2019s)",
    re.I,
)
# "at the council's 14 car parks": what an owner has is no part of the plan
_OWNED = re.compile(r"(?:'s|\u2019s|\bits|\btheir|\bour) $", re.I)
_SET_CHANGE_BEFORE = Gated(
    led(
        r"\b(?:set|sets|approved|approves|agreed|agrees|backed|backs|voted for|voted through|"
        r"signed off|rubber-stamped) (?:a|an|its|their) (?:[a-z-]+ )?$",
        re.I,
    ),
    ("set", "approv", "agree", "back", "voted", "signed off", "rubber-stamped"),
)
_CHANGE_AFTER = re.compile(
    r"^(?:-point)?(?: [a-z-]+){0,2} (?:rise|rises|increase|increases|hike|cut|cuts|reduction|"
    r"freeze)\b",
    re.I,
)


# "Its board approved a $500 million share buyback", "unveiled a £2bn rescue package": a
# programme approved is yet to be carried out
_PROGRAMME_SET = Gated(
    led(
        r"\b(?:approved|approves|authorised|authorized|authorises|authorizes|unveiled|unveils|"
        r"announced|announces|launched|launches|backed|backs) (?:a|an|its|their|the) (?:new )?$",
        re.I,
    ),
    ("approv", "authori", "unveil", "announc", "launch", "back"),
)
_PROGRAMME_AFTER = re.compile(
    r"^(?: [a-z-]+){0,2} (?:buyback|buy-back|repurchase|programme|program|plan|scheme|package|"
    r"fund|investment|spending plan)s?\b",
    re.I,
)


# a price its seller sets, still to come: "It will raise the price of a medium latte by 10p",
# "day tickets would cost up to 8% more", "annual passes will go up by £10" (not what the price
# brings in: "the higher fee would bring in about $14m"; nor market prices: "food prices will
# rise 4%"; nor a measure the noun names: "Ticket sales will rise to 40,000")
_SET_PRICE = Gated(  # (gate.py: every match names a price, fare, fee, ticket, pass ...)
    re.compile(
        r"(?:\bprice of (?:its|their|a|an|the)\b|\b(?:its|their|[A-Za-z]+(?:'s|\u2019s)) (?:[a-z-]+ )"
        r"{0,2}(?:prices?|fares?|fees?|price caps?)\b|\b(?:season[- ])?(?:tickets?|fares?|fees?|"
        r"subscriptions?|memberships?|passe?s?|tolls?)\b(?! (?:sales|revenues?|income|numbers|"
        r"holders|volumes?|receipts|takings|office)\b))[^.;]{0,80}?\b(?:will|would|['\u2019]ll)\b"
        r"|\b(?:will|would) (?:raise|cut|lift|increase|lower) (?:the )?(?:price|prices|fares?|fees?)\b",
        re.I,
    ),
    ("price", "fare", "fee", "ticket", "subscription", "membership", "pass", "toll"),
)
_BRINGS = re.compile(r"\b(?:bring in|brings in|generate|generates|earn|earns|yield|yields)\b", re.I)


def priced(head: str) -> bool:
    """Whether the figure is a price its seller sets for later (the comment above); ``head`` is
    its clause before it."""
    return _SET_PRICE.search(head) is not None and _BRINGS.search(head) is None


def _sentence(text: str, start: int) -> str:
    """The sentence before the figure (bounded)."""
    lo = max(0, start - 200)
    head = text[lo:start]
    cut = max(head.rfind(". "), head.rfind(".\n"), head.rfind("\n"))
    return head[cut + 1 :] if cut >= 0 else head


def budgeted(text: str, start: int, end: int) -> bool:
    """Whether the figure is planned by one of the module doc's rules."""
    before = text[max(0, start - 80) : start]
    after = text[end : end + 40]
    if _BUDGET_AFTER.match(after) and (
        _BUDGET_SET.search(before)
        or (_SPENDS_FROM.search(before) and _PROPOSED.search(_sentence(text, start)))
    ):
        return True
    if "budget" in before and (
        _BUDGET_OF.search(before)
        or _SET_BUDGET_OF.search(before)
        or (_BUDGET_OF_BEFORE.search(before) and _FOR_PERIOD_AFTER.match(after))
    ):
        return True
    sentence = _sentence(text, start)
    subject = _BUDGET_SUBJECT.match(sentence) if "budget" in sentence.lower() else None
    if (
        subject is not None
        and not _OWNED.search(before)
        and (subject.group("be") is None or _THAN_NOW.match(after))
    ):
        return True  # ("The budget is £9.3m" is a standing one; "is 6.4% larger than this
        # year's" is next year's)
    if _MUST_FIND.search(before) or _ALLOTS.search(before):
        return True
    cost = _AT_COST.search(sentence)
    if cost is not None and _PROPOSED.search(sentence, 0, cost.start()):
        return True
    if _PROGRAMME_SET.search(before) and _PROGRAMME_AFTER.match(after):
        return True
    return bool(_SET_CHANGE_BEFORE.search(before) and _CHANGE_AFTER.match(after))
