"""Whether a figure is ``planned``: an intention of the subject, a sale's terms, what someone
wants or aims for, an offer or appeal, or a change that takes effect later (the status
``status.status_for`` gives first among planned and forecast; intent.py holds the rules that
the clause's first verb does not show). Bounded windows, so linear.
"""

from __future__ import annotations

import re

from reader.figures.gate import Gated, led
from reader.figures.intent import PROPOSAL, RESULT_VERB, analysts_speak, decided, governs


def _spellings(word: str) -> tuple[str, ...]:
    """The words an alternative with an optional last letter spells: "plans?" → plan, plans."""
    return (word[:-2], word[:-1]) if word.endswith("?") else (word,)


_SET_ASIDE = re.compile(r"\b(?:set aside|sets aside|earmarked|put aside)(?: [a-z-]+){0,2} $")
# (or "for" a purpose still to be paid: "sets aside $96 million for on-farm grants", "over
# three years for marketing"; not a bank's provision "for bad loans", a charge already taken)
_FOR_OTHERS = re.compile(
    r"^(?: over (?:the next )?\w+ (?:years?|months?))? (?:to (?:help|support|assist|compensate|fund|pay for)"
    r"|for (?!(?:\w+ ){0,2}(?:bad|potential|expected|credit|loans?|doubtful|impairments?|losses|"
    r"debts?|non-performing)\b))"
)

# the words before "to" in an intention: "plans to cut", "is to open", "wants to hire"
_INTENTION = (
    "will|would|shall|plans?|planning|planned|intends?|intending|aims?|aiming|tries|needs?|"
    "needed|trying|seeks?|seeking|proposes?|proposed|pledged?|pledges|promised?|promises|vowed?|"
    "vows|commits|committed|committing|set|sets|going|is|are|was|were|meant|due|hopes?|wants?|"
    # a plan's noun: "the government's programme to build 26,000 affordable homes by 2030"
    "programmes?|programs?|schemes?|drive|push|goal|ambition|pledges?|promises?"
)
_PLANNED = led(
    rf"\b(?:{_INTENTION}) to"
    r"(?: \w+)? (?:cut|axe|shed|slash|eliminate|hire|add|create|recruit|invest|spend|build|"
    r"open|close|shut|save|fund|raise|buy|acquire|pay|return|lay off|reduce|borrow|issue|sell|"
    r"lift|increase|boost|double|give|provide|deliver|bring|take|put|lower|freeze|expand|"
    r"have|reach|hit|attract|achieve|serve|sign up|win)\b"
    # leave a regulator gives to raise a price, or is asked for: "allowed Mehran Electric (Mesco)
    # to raise its average base tariff by Rs3.28", "is asking the commission to approve average
    # rate increases of 6.8 per cent"
    r"|\b(?:allowed|allows|allowing|permitted|permits|authori[sz]ed|authori[sz]es) [^.;]{1,80}?"
    r" to (?:raise|increase|lift|charge|hike|put up)\b"
    r"|\b(?:asking|asks|asked) [^.;]{1,80}? to approve\b"
    # plans or leave for it: "has lodged plans for a €185m expansion", "has planning permission
    # for 12 new sites"
    r"|\b(?:(?:lodged|lodges|submitted|submits|unveiled|unveils|announced|announces|filed|files|"
    r"drew up|drawn up|published|outlined|outlines|set out|sets out|revealed|reveals|put forward|"
    r"its|their|the) plans|permission|approval|consent|go-ahead) for"
    r"(?: (?:a|an|another|up to|a further))?(?: new)? $"
    # leave to do it: "won approval to expand the stadium to 41,000 seats"
    r"|\b(?:approval|permission|go-ahead|consent|planning permission|licence|license) to\b"
    # what a vote or a board approves is yet to be built or paid: "Voters on Sunday approved a
    # CHF 486 million tram line"
    r"|\b(?:approved|backed|endorsed|green-?lit) (?:a|an|plans for an?) (?:new )?$"
    # what money raised is for: "has raised £25m of new equity to open another 18 clubs"
    r"|\b(?:raised|raising|secured|securing|borrowed|borrowing) [^.;:]{1,80}? to (?:\w+ )?"
    r"(?:open|build|hire|recruit|create|add|buy|acquire|expand|launch)\b"
    # what money is to go on: "the money would pay for 12 more jets"
    r"|\bwould (?:\w+ )?(?:pay for|fund|finance|cover the cost of)\b"
    r"|\b(?:will|shall|must|(?:it|they|we|the (?:firm|company|group|bank|business|club|council|government|"
    r"airline|carrier|retailer|chain|lender|[a-z]*maker|corporation|fund|trust|festival|university|"
    r"authority|agency|ministry|department|board|insurer|operator|charity|league|team|school|"
    r"hospital|regulator|organisers|organizers|owners|[a-z]+(?:'s|\u2019s) owners)|and|but"
    # (or a firm's name: "Mr Vanstone said Corella would cut about 300 roles")
    r"|(?-i:[A-Z][\w&\u2019'-]+(?: [A-Z][\w&\u2019'-]+){0,3})) would)"
    r" (?:\w+ )?(?:cut|axe|shed|"
    r"slash|eliminate|hire|add|create|recruit|invest|spend|build|open|close|shut|pay|lay off|"
    r"reduce|buy|acquire|return|employ|sell|borrow|raise|lift|increase|scrap|give|provide|"
    r"allocate|inject|contribute|delay|postpone|cancel|merge|start|get|receive|save|"
    # works it will carry out: "The work will replace 220 metres of decking", "will install
    # 1,200 smart meters"
    r"replace|rebuild|renovate|refurbish|upgrade|repair|install|plant|widen|demolish|resurface|"
    # what it will do with money: "will use $1bn of the proceeds", "would book an impairment
    # of", "will take a charge of up to $95m"
    r"use|redirect|divert|earmark|devote|transfer|pass|book|"
    r"take(?= (?:a|an) (?:[\w-]+ )?(?:charge|hit|impairment|write-?down|write-?off|provision)))\b"
    # a stake its owner will hold: "Kestrel's parent will hold 51% of the new company" (not
    # "the smaller model will hold 120 songs")
    r"|\b(?:owners?|parent|shareholders?|investors?|state|government|family|founders?)"
    r" (?:will|would) (?:continue to )?hold\b"
    # "would put 450 of its workers on short hours", "will put in £1bn" (not "will put in a
    # lacklustre performance, generating growth of 1.8%")
    r"|\b(?:will|would|must|shall) (?:\w+ )?put(?: in| into| aside| up)? (?:about |around |some |"
    r"up to |nearly |almost |roughly |a further |another )?$"
    r"|\b(?:proposed|planned|intended|pledged|promised)(?: [a-z-]+){0,2} $"
    # an intention verb with the figure in its object: "It plans a further 15 openings", "The
    # board proposed a final dividend of 6.8p" (not the noun: "its plans drew 300 objections")
    r"|(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bour )(?<!\bwhose )"
    r"\b(?:planning|proposes|proposing|proposed)(?: (?:a|an|another|its|their))?"
    r"(?: (?!(?:by|in|on|at|to|for|from|with|after|before|were|was|is|are|have|has|had)\b)"
    r"[a-z-]+){0,2}(?: of)? $"
    # ("plans" is the verb only with its object right after it: "The chain plans a further 20",
    # "plans 40 openings", not "business plans forecast a quarter of a million")
    r"|(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bour )(?<!\bwhose )"
    r"\bplans(?: (?:a|an|another|its|their)(?: [a-z-]+){0,2}(?: of)?| (?:a further|further|"
    r"up to|more than|at least|about|around|some|roughly|nearly|as many as|as much as))? $"
    r"|\b(?:planned|intended|pledged|promised|proposed) to\b"
    # money committed or approved is yet to be spent: "after committing R$1.1 billion over five
    # years", "The Board approved an investment of HUF 12.5 billion", "We are investing Sh2.8
    # billion there over two years"
    r"|\b(?:committing|commits|pledging|pledges|allocating|allocates|earmarking|earmarks)"
    r"(?: (?:a further|another|an extra|up to|about|around|some|nearly|almost|roughly))? $"
    r"|\b(?:approved|approves|approving)(?: (?:a|an|the|its))?(?: [a-z-]+){0,2} (?:investment|"
    r"budget|spending|grant|loan|package|programme|program)(?: of)?(?: about| around| up to)? $"
    r"|\b(?:is|are|am) investing(?: about| around| up to| some| a further| another)? $"
    # a dividend a board declares or recommends is still to be paid: "The board declared an
    # interim dividend of 4 sen", "recommended a final cash dividend of SAR 0.75"
    r"|\b(?:declared|declares|declaring|recommended|recommends|recommending)"
    r"(?: (?:a|an|its|the))?(?: [a-z-]+){0,2} dividends?(?: payment)? of(?: about| around)? $"
    # (not shares that "offer a dividend yield of 4.9%": a yield is a fact of the price)
    r"|\boffer(?:ed|s|ing)? (?:a|an|its|staff|workers|employees|members)\b(?! (?:[\w-]+ )?yields?\b)"
    # a request or an offer is not (yet) an amount paid: "asked the government for £50m",
    # "asked state regulators Monday for a $118.6 million rate increase", "called for at least"
    r"|\b(?:asked|asks|asking|ask|called|calls|calling|appealed|appealing|bid|bidding)"
    r"(?: [\w'-]+){0,3} for(?: an?)?(?: about| around| some| up to| nearly| almost| roughly|"
    r" at least)? $"
    r"|\b(?:demanded|demanding|demands|sought|seeking|seeks|offered|offering)"
    r"(?: about| around| some| up to| nearly| almost| roughly)? $"
    # a claim lodged is a demand, not yet paid: "has lodged claims of S/ 1.4 billion", "filed a
    # claim for RSD 2.3 billion in extra costs"
    r"|\b(?:lodged|lodges|lodging|filed|files|filing|submitted|submits|made|makes|brought)"
    r"(?: (?:a|an|its|their))?(?: [a-z-]+)? claims? (?:of|for|worth)(?: about| around| some|"
    r" up to| nearly| almost| roughly| more than)? $"
    # what a plan pencils in: "It has pencilled in about 130 openings for the full year"
    r"|\b(?:pencilled|penciled|pencils|pencilling|penciling) in(?: about| around| some| up to|"
    r" nearly| almost| roughly| another| a further)? $",
    re.I,
)

# terms set for a sale still to come: "set a price range of €26 to €31", "expects to price its
# shares between $18 and $20", "plans to sell them at $40 each"
_TERMS = led(
    # a sum a budget or a plan fixes: "Gross market borrowing is set at ₹14.82 lakh crore",
    # "pegged the Centre's fiscal deficit for 2027-28 at 4.2 per cent" (not a price "set" by a
    # market: "shares were set at 410p" reads as planned too, an offer's terms)
    r"\b(?:(?:is|are) (?:now )?(?:set|pegged|budgeted|earmarked) at"
    r"|pegged (?:the |its |their )?(?:[\w'\u2019-]+ ){1,5}at) (?:about |around )?$"
    r"|\b(?:price|pricing|offer|offering|marketing|indicative) range (?:of |at |between )?"
    r"(?:about |around )?$"
    r"|\b(?:to|will|would) price (?:its |the |their )?(?:[a-z]+ ){0,2}(?:at |between |of )"
    r"(?:about |around )?$"
    # spending a body plans, the verb's own object: "The company plans capital expenditure of
    # ₹1,400 crore through FY40", "proposes spending of $2bn"
    r"|\b(?:plans|planned|proposes|proposed|is planning|are planning) (?:[a-z-]+ ){1,3}of "
    r"(?:about |around |some |up to )?$",
    re.I,
)
# what someone wants or aims for: "wants 100m subscribers by 2030", "is aiming for 5,000 stores",
# "wants pay to rise to €34,000"
_WANTS = led(
    r"\b(?:wants?|wanted|wanting|aims? for|aiming for|targets|targeting|goal of|target of|"
    r"ambition of)\b(?! to (?:be|have) )(?:[^,;.]|[,.](?=\d)){0,70}$",
    re.I,
)
# a change that takes effect later: "to $17.99 a month starting jan 1", "from next year"
_TAKES_EFFECT = re.compile(
    r"^[^,;.]{0,30}?\b(?:starting|beginning|effective|with effect from|from) (?:on |in )?"
    r"(?:\d{1,2}(?:st|nd|rd|th)? )?(?:next (?:year|month|week|season|quarter)|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
    r"nov|dec|january|february|march|april|june|july|august|september|october|november|"
    r"december|the (?:start|beginning) of next)\b",
    re.I,
)
# a change whose own clause says it is still to come: "..., that will take effect Jan. 1",
# "which takes effect next month"
_WILL_TAKE_EFFECT = re.compile(
    r"^(?:[^;.]|\.(?=\d)){0,40}?,? (?:that|which) (?:will |would |is to |is due to )?"
    r"(?:take|takes) effect\b",
    re.I,
)
# what is still to arrive or open by a time to come: "with another 9 aircraft due by 2039",
# "12 stores scheduled to open next year" (not a debt "due 2030", an amount outstanding)
_DUE_AFTER = re.compile(
    r"^(?: (?!(?:was|were|had|been)\b)[a-z-]+){0,2},? (?:still |now )?(?:due|scheduled|slated)"
    r" (?:by|before|for delivery|"
    r"to (?:arrive|open|start|begin|be delivered|be built|be completed|join))\b",
    re.I,
)
# money whose use is still to come, the figure its clause's subject: "HUF 120 billion of the
# proceeds will repay forint bonds", "the remaining VND1.74 trillion will repay short-term
# loans", "The rest, about RM150 million, is earmarked for fees" (not "would have", a what-if)
_WILL_GO_AFTER = re.compile(
    r"^(?: of (?:the|its|their|this|that) (?:[a-z-]+ )?(?:proceeds|money|funds|cash|sum|amount|"
    r"raise|loan|grant|budget))?,? (?:(?:will|is to|are to|is due to|are due to) (?:also )?"
    r"(?:go|come (?:from|out of)|repay|pay for|fund|finance|cover|be (?:used|spent|invested|put|directed|"
    r"channell?ed|paid|made|released|disbursed|transferred))"
    r"|(?:is|are|has been|have been) (?:also )?(?:earmarked|set aside|allocated|reserved)"
    # still to be paid out: "about S/ 5.2 billion is still to be paid out"
    r"|(?:is|are) (?:still |yet )to (?:be (?:paid|spent|found|raised)|come (?:from|out of)))\b",
    re.I,
)
# (past a comma only when the figure stands in apposition: "The rest, about RM150 million, is
# ...", not "Bitlayer, which says it has 4.2 million users, will repay ...")
_APPOSITION_HEAD = re.compile(r",(?: [\w-]+){0,2} $")
# what an organisation expects to do itself is its plan ("expects to open 60 new stores",
# "expected to close two plants"); a level it expects to reach is a forecast ("expects to sell",
# "expects to add"), and so is what others expect of it ("is expected to open")
_EXPECTS_TO_ACT = led(
    r"\b(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\balso )"
    r"(?<!\bstill )(?<!\bwidely )(?:expects?|expected|expecting) to (?:open|close|shut|hire|recruit|cut|axe|shed|build|"
    r"launch|invest|spend|buy|acquire|lay off|scrap)\b",
    re.I,
)
# what a decision or a failure threatens is not (yet) lost: "putting about 1,600 jobs at risk",
# "300 posts are under threat"
_AT_RISK_AFTER = re.compile(
    r"^(?: (?:are|is|now|could be|would be|will be|may be|remain|still))* (?:at risk|under threat"
    r"|in jeopardy)\b"
)
# a commitment agreed but not yet carried out: "agreed last month to raise pilots' pay by 9% over
# two years", "agreed to invest 2% of turnover" (not a deal or settlement: "agreed to buy X for
# £1bn", "agreed to pay $850m to settle")
_AGREED_TO = led(
    r"\b(?:agreed|agrees|agree|committed)(?: (?:last|this|on) \w+| in principle)? to (?:raise|cut|"
    r"increase|lift|fund|contribute|invest|spend|reduce|freeze|lower|provide|lend|grant)\b",
    re.I,
)
# words one of which every match of ``_PLANNED`` holds (its alternatives' verbs and nouns, in
# the order written; an intention as its word and "to": "is to", "due to"): a head with none
# of them is not searched (gate.py). Most heads hold none ("rose 5% to", "revenue of").
_PLANNED_WORDS = (
    *("approv", "permission", "go-ahead", "consent", "licen", "backed", "endorsed", "green"),
    *("rais", "secur", "borrow", "will", "would", "shall", "must", "plan", "propos", "intend"),
    *("pledg", "promis", "commit", "allocat", "earmark", "investing", "dividend", "offer"),
    *("ask", "call", "appeal", "bid", "demand", "sought", "seek", "pencil", "claim"),
    *("allow", "permit", "authori"),
)
PLANNED = Gated(
    _PLANNED,
    _PLANNED_WORDS
    + tuple(
        pair
        for word in _INTENTION.split("|")
        for pair in (f"{w} to" for w in _spellings(word))
        if not any(stem in pair for stem in _PLANNED_WORDS)
    ),
)
# (not an outlook put earlier: "had been expected to fetch between €600,000 and €900,000")
PAST_HEAD = led(
    r"\b(?:has|have|had) (?:\w+ )?(?:been(?! (?:expected|forecast|projected|predicted|tipped)"
    r" to\b)|reached|risen|fallen|grown)\b"
)

# an offer, an appeal or a plan is not (yet) a result: "a 215 pence-per-share cash offer", "this
# year's $4.1bn appeal", "The offer is a premium of 38%", "The new appeal includes $1.1bn"
_PROPOSAL_AFTER = re.compile(
    r"^(?:-[a-z-]+)?(?: (?:cash|takeover|share|all-share|all-cash|initial|improved|revised|"
    rf"final|humanitarian|aid|rescue|emergency|funding|pay|wage|salary|pension))* {PROPOSAL}\b",
    re.I,
)
_PROPOSAL_SUBJECT = re.compile(
    rf"^\s*(?:the|this|its|their|a) (?:new |revised |improved |cash |takeover |latest |initial |"
    rf"final )?{PROPOSAL} (?:is|was|would be|includes|included|values?|valued|valuing)\b",
    re.I,
)


# a deal's money owed only when its milestones are met: "plus up to $900m in milestone
# payments", "further milestones of up to CHF 420 million", "with up to £16m more in add-ons"
_CONTINGENT_BEFORE = re.compile(
    r"\bmilestones?(?: payments?)? (?:of|worth|totalling|totaling)(?: up to| as much as)? $",
    re.I,
)
_UP_TO = re.compile(r"\b(?:up to|as much as|potential(?:ly)?) $", re.I)
_CONTINGENT_AFTER = re.compile(
    r"^(?: more)? in (?:further |future |potential |development |regulatory |sales |commercial )?"
    r"(?:milestones?|milestone payments?|add-ons)\b",
    re.I,
)


def planned(head: str, after: str) -> bool:
    """An intention, a sale's terms, a target or demand, an offer or appeal, or a change that
    takes effect later (module doc), read from the clause before the figure and the words
    after it."""
    if governs(PLANNED, head) or (_SET_ASIDE.search(head) and _FOR_OTHERS.match(after)):
        return True  # (and "set aside €120m to help growers": money yet to be paid out)
    if "expect" in head and governs(_EXPECTS_TO_ACT, head) and not analysts_speak(head):
        return True
    if (" at " in after or " under " in after or " in " in after) and _AT_RISK_AFTER.match(after):
        return True  # what a failure threatens is not yet lost
    low = head.lower()
    if ("agree" in low or "committed" in low) and governs(_AGREED_TO, head):
        return True  # agreed, not yet done
    if decided(head, after):
        return True  # intent.py: intentions, decided changes, plans, demands, pledges
    if _PROPOSAL_AFTER.match(after) or _PROPOSAL_SUBJECT.match(head):
        return True
    if _TERMS.search(head) or _WANTS.search(head):
        return True  # a sale's terms, a target or a demand: not yet a result
    if ("ilestone" in head or "ilestone" in after[:40] or "add-on" in after[:30]) and (
        _CONTINGENT_BEFORE.search(head)
        or (_CONTINGENT_AFTER.match(after) and _UP_TO.search(head[-40:]))
    ):
        return True  # a deal's milestones or add-ons: owed only if they are reached
    if _DUE_AFTER.match(after) and not PAST_HEAD.search(head):
        return True  # "another 9 aircraft due by 2039": still to come
    if _WILL_GO_AFTER.match(after) and (
        not after.startswith(",") or _APPOSITION_HEAD.search(head[-40:]) is not None
    ):
        return True  # "HUF 120 billion of the proceeds will repay ...": its use is to come
    if _WILL_TAKE_EFFECT.match(after):
        return True  # "approved an interim increase of $71.2 million that will take effect Jan. 1"
    return bool(
        _TAKES_EFFECT.match(after)
        and not PAST_HEAD.search(head)
        and not RESULT_VERB.search(head)
        and not _SET_OFF_CHANGE.search(head)
    )


# a change set off by a comma compares with a month: "revenue of NT$486 million for last month,
# up 6.1 percent from October", ", down 2% and 1.4% from March" (not "fares go up 5% from
# January": no comma before it); so does one after a year-on-year change ("up 23.4 percent
# year-on-year and 6.1 percent from October")
_SET_OFF_CHANGE = re.compile(
    r"(?:^|,)\s*(?:up|down|higher|lower)\b[^,;]*$"
    r"|^\s*(?:year-on-year|year on year|on the year|from a year (?:earlier|ago)) and\s*$",
    re.I,
)


# a change written in the present that takes effect in a month to come: "a subscription costs
# £5.99 a month, rising to £6.99 in January" (not "rose to £6.99 in January", nor "in January
# 2004", nor in a sentence with a past verb)
_RISING_TO = re.compile(
    r"\b(?:rising|increasing|going up|climbing|falling|dropping|moving) (?:again )?(?:to|by) "
    r"(?:about |around |some |nearly |almost |roughly )?$"
)
_IN_MONTH = re.compile(
    r"^(?: a (?:month|year|week|day))? (?:in|from|on) (?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
    r"nov|dec)\b(?! \d| of (?:19|20)\d\d)",
    re.I,
)
_PAST_VERB = led(
    r"\b(?:was|were|had|did|rose|fell|said|grew|increased|decreased|jumped|climbed|dropped|"
    r"declined|reported|posted|announced|paid|cost|sold)\b|\b[a-z]{3,}ed\b",
    re.I,
)


def later_change(text: str, start: int, end: int) -> bool:
    """Whether the figure is a change in the present tense that takes effect in a month to come
    (the comment above)."""
    if _IN_MONTH.match(text[end : end + 40]) is None:
        return False
    lo = max(0, start - 160)
    sentence = text[max(lo, text.rfind(". ", lo, start) + 1) : start]
    return _RISING_TO.search(sentence) is not None and _PAST_VERB.search(sentence) is None
