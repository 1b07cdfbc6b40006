"""The metric vocabulary: the phrases a figure's metric is read from ("net income",
"like-for-like sales", "capex") and the canonical metric each names, as one trie-shaped
regular expression (longest phrase first at each position)."""

from __future__ import annotations

import re

from reader.figures.gate import folds_like_ascii, led

# (pattern, canonical metric); longer phrases first so "net income" beats "income"
METRICS: list[tuple[str, str]] = [
    ("adjusted earnings per share", "adjusted earnings per share"),
    ("adjusted eps", "adjusted earnings per share"),
    ("earnings per share", "earnings per share"),
    ("eps", "earnings per share"),
    ("per diluted share", "earnings per share"),
    ("per basic share", "earnings per share"),
    ("ticket sales", "ticket sales"),
    ("gross merchandise value", "gross merchandise value"),
    ("gmv", "gross merchandise value"),
    ("prize money", "prize money"),
    ("prize pool", "prize pool"),
    ("prize fund", "prize fund"),
    ("circulation", "circulation"),
    ("distribution per unit", "distribution per unit"),
    ("share buyback", "buyback"),
    ("share buybacks", "buyback"),
    ("revenue per member", "revenue per member"),
    ("revenue per subscriber", "revenue per subscriber"),
    ("pre-tax loss", "pre-tax loss"),
    ("pretax loss", "pre-tax loss"),
    ("operating loss", "operating loss"),
    ("operating losses", "operating loss"),
    ("pre-tax losses", "pre-tax loss"),
    ("net losses", "net loss"),
    ("youth unemployment", "youth unemployment"),
    ("wage bill", "wage bill"),
    ("add-ons", "transfer fee"),
    ("whose pay", "pay"),
    ("total pay", "pay"),
    ("annual pay", "pay"),
    ("basic pay", "pay"),
    ("executive pay", "pay"),
    ("sector index", "index"),
    ("index", "index"),
    ("like-for-like sales", "like-for-like sales"),
    ("like-for-like revenue", "like-for-like sales"),
    ("comparable sales", "comparable sales"),
    ("same-store sales", "same-store sales"),
    ("online sales", "online sales"),
    ("annual recurring revenue", "annual recurring revenue"),
    ("recurring revenue", "annual recurring revenue"),
    ("policy rate", "policy rate"),  # a central bank's rate by the name it is written with
    ("benchmark rate", "interest rate"),
    ("base rate", "base rate"),
    ("bank rate", "interest rate"),
    ("key rate", "interest rate"),
    ("deposit rate", "interest rate"),
    ("repo rate", "interest rate"),
    ("lending rate", "interest rate"),
    ("council tax", "council tax"),
    ("property tax", "property tax"),
    ("income tax", "income tax"),
    ("corporation tax", "corporation tax"),
    ("sales tax", "sales tax"),
    ("price cap", "price cap"),
    ("funding gap", "funding gap"),
    ("shortfall", "funding gap"),
    ("entry threshold", "entry threshold"),
    ("threshold", "threshold"),
    ("turnout", "turnout"),
    ("pay rise", "pay"),
    ("pay increase", "pay"),
    ("pay offer", "pay"),
    ("pay award", "pay"),
    ("discounts", "discount"),
    ("discount", "discount"),
    ("legal costs", "costs"),
    ("prosecution costs", "costs"),
    ("court costs", "costs"),
    ("box office", "box office"),
    ("box-office", "box office"),
    ("takings", "box office"),
    ("grossed", "box office"),
    ("transfer fee", "transfer fee"),
    ("net worth", "wealth"),
    ("fortune", "wealth"),
    ("wealth", "wealth"),
    ("pay package", "pay"),
    ("pay deal", "pay"),
    ("pay packet", "pay"),
    ("remuneration", "pay"),
    ("compensation", "pay"),
    ("salary", "salary"),
    ("salaries", "salary"),
    ("wages", "salary"),
    ("wage", "salary"),
    ("bonus", "bonus"),
    ("bonuses", "bonus"),
    ("budget", "budget"),
    ("order", "order"),
    ("orders", "order"),
    ("contract", "contract"),
    ("cost cuts", "cost savings"),
    ("cut costs", "cost savings"),
    ("cutting costs", "cost savings"),
    ("reduce costs", "cost savings"),
    ("to save", "cost savings"),
    ("share of", "market share"),
    ("per share", "earnings per share"),
    ("per ads", "earnings per share"),
    ("a share", "share price"),
    ("market share", "market share"),
    ("market cap", "market cap"),
    ("market capitalisation", "market cap"),
    ("market capitalization", "market cap"),
    ("net asset value", "net asset value"),
    ("net interest income", "net interest income"),
    ("market value", "market cap"),
    # an adjusted (non-GAAP) figure is another number than the reported one, same quarter
    ("adjusted net income", "adjusted net income"),
    ("adjusted net profit", "adjusted net income"),
    ("adjusted earnings", "adjusted earnings"),
    ("adjusted ebitda", "adjusted EBITDA"),
    ("adjusted ebita", "adjusted EBITA"),
    ("ebita", "EBITA"),
    ("net income", "net income"),
    ("net profit", "net income"),
    ("net loss", "net loss"),
    ("loss", "loss"),
    ("losses", "loss"),
    ("operating profit", "operating profit"),
    ("operating income", "operating profit"),
    ("pre-tax profit", "pre-tax profit"),
    ("pretax profit", "pre-tax profit"),
    # written with its basis after it, as many results statements do (taxed.py adds the
    # basis to a bare "profit" only for a sum)
    ("profit before tax", "profit before tax"),
    ("profits before tax", "profit before tax"),
    ("profit after tax", "profit after tax"),
    ("profits after tax", "profit after tax"),
    ("loss before tax", "loss before tax"),
    ("loss after tax", "loss after tax"),
    ("gross margin", "gross margin"),
    ("free cash flow", "free cash flow"),
    ("cash on hand", "cash on hand"),  # a firm's cash: "Cash on hand fell to A$412 million"
    ("cash balance", "cash"),
    ("cash reserves", "cash"),
    ("cash pile", "cash"),
    ("cash burn", "cash burn"),
    ("cash costs", "cash cost"),
    ("cash cost", "cash cost"),
    ("net cash", "net cash"),
    ("operating margin", "operating margin"),
    ("profit margin", "profit margin"),
    ("average revenue per member", "revenue per member"),
    ("average revenue per subscriber", "revenue per subscriber"),
    ("average revenue per", "average revenue per user"),
    ("arpu", "average revenue per user"),
    ("revenue per", "revenue per user"),
    ("revenue", "revenue"),
    ("revenues", "revenue"),
    ("net bookings", "bookings"),
    ("bookings", "bookings"),
    ("ebitda", "EBITDA"),
    ("cet1 ratio", "CET1 ratio"),
    ("cet1", "CET1 ratio"),
    ("core tier 1 ratio", "CET1 ratio"),
    ("core tier one ratio", "CET1 ratio"),
    ("tier 1 capital ratio", "tier 1 capital ratio"),
    ("tier 1 ratio", "tier 1 capital ratio"),
    ("core capital ratio", "core capital ratio"),
    ("capital ratio", "capital ratio"),
    # an insurer's ratios: "its combined ratio improved to 91.7%"
    ("combined ratio", "combined ratio"),
    ("claims ratio", "claims ratio"),
    ("loss ratio", "loss ratio"),
    ("expense ratio", "expense ratio"),
    ("leverage ratio", "leverage ratio"),
    ("arr", "annual recurring revenue"),
    ("loan book", "loans"),
    ("loans", "loans"),
    ("research and development", "R&D"),
    ("research", "R&D"),
    ("restructuring", "restructuring"),
    ("bonds", "debt"),
    ("invest", "investment"),
    ("turnover", "revenue"),
    ("sales", "sales"),
    ("profits", "profit"),
    ("profit", "profit"),
    ("earnings", "earnings"),
    ("valuation", "valuation"),
    ("valued", "valuation"),
    ("valuing", "valuation"),
    ("values", "valuation"),
    ("capital expenditure", "capex"),
    ("capital spending", "capex"),
    ("capex", "capex"),
    ("to buy back", "buyback"),
    ("buy back", "buyback"),
    ("to buy", "deal"),
    ("to acquire", "deal"),
    ("buyback", "buyback"),
    ("buy-back", "buyback"),
    ("repurchase", "buyback"),
    ("cost savings", "cost savings"),
    ("savings", "cost savings"),
    ("saving", "cost savings"),
    ("funding", "funding"),
    ("gross transaction value", "transaction value"),
    ("transaction value", "transaction value"),
    ("transactions", "transaction value"),
    ("trading volumes", "trading volume"),
    ("sales volumes", "sales volume"),
    ("sales volume", "sales volume"),
    ("sales by volume", "sales volume"),
    ("volume sales", "sales volume"),
    ("reserves", "reserves"),
    ("volumes", "volume"),
    ("volume", "volume"),
    ("financing round", "funding"),
    ("financing", "funding"),
    ("premium", "premium"),
    ("margin", "margin"),
    ("yield", "yield"),
    ("users", "users"),
    ("customers", "customers"),
    ("subscribers", "subscribers"),
    ("exports", "exports"),
    ("imports", "imports"),
    ("shipments", "shipments"),
    ("deliveries", "deliveries"),
    ("interest rates", "interest rate"),
    ("interest rate", "interest rate"),
    ("gross domestic product", "GDP"),
    ("GDP", "GDP"),
    ("price", "price"),
    ("prices", "price"),
    ("shares", "shares"),
    ("stock", "shares"),
    ("dividend", "dividend"),
    ("trade surplus", "trade surplus"),  # an economy's balances: "a trade surplus of €15.5bn"
    ("trade deficit", "trade deficit"),
    ("current account surplus", "current account surplus"),
    ("current account deficit", "current account deficit"),
    ("budget surplus", "budget surplus"),
    ("budget deficit", "budget deficit"),
    ("surplus", "surplus"),
    ("deficit", "deficit"),
    ("net debt", "net debt"),
    ("household debt", "household debt"),  # households' debts, not the state's
    ("debt", "debt"),
    ("debts", "debt"),
    ("borrowing costs", "interest rate"),
    ("public borrowing", "borrowing"),
    ("borrowing", "borrowing"),
    ("unit costs", "unit costs"),
    ("attendance", "attendance"),
    ("freight rates", "freight rates"),
    ("inflation", "inflation"),
    ("unemployment", "unemployment"),
    ("growth", "growth"),
    ("deal", "deal"),
    ("to sell", "deal"),
    ("fined", "fine"),
    ("fine", "fine"),
    ("penalty", "fine"),
    ("takeover", "deal"),
    ("acquisition", "deal"),
    ("merger", "deal"),
    ("investment", "investment"),
    ("spending", "spending"),
    ("costs", "costs"),
    ("estimated cost", "cost"),
    ("aid", "aid"),
    ("appeal", "aid"),
    ("pledged", "aid"),
    ("pledges", "aid"),
    ("donations", "donations"),
    ("donated", "donations"),
    ("load factor", "load factor"),
    # the most power a grid or a utility's customers drew: "Peak demand reached 2,410 megawatts"
    ("peak demand", "peak demand"),
    ("occupancy", "occupancy"),
    # a hotel's price per night: "The average room rate (ARR) rose 13.6%"
    ("average room rate", "average room rate"),
    ("average daily rate", "average daily rate"),
    ("room rate", "room rate"),
    ("room rates", "room rate"),
    ("revpar", "revenue per available room"),
    # subscribers a service loses: "Monthly churn fell to 2.3%", "If churn stays below 2.5%"
    ("monthly churn", "monthly churn"),
    ("churn rate", "churn"),
    ("churn", "churn"),
    ("owed", "debt"),
    ("owes", "debt"),
    ("owing", "debt"),  # "went into receivership owing about NZ$4.2 million to creditors"
    ("average claim", "claim"),
    ("waiting list", "waiting list"),
    ("waiting lists", "waiting list"),
    ("harvest", "output"),
    ("provision", "provision"),
    ("provisions", "provision"),
    ("one-off payment", "payment"),
    ("payment", "payment"),
    ("funds from operations", "funds from operations"),
    ("rents", "rent"),
    ("rent", "rent"),
]

_Node = dict[str, "_Node"]


def _trie(phrases: list[str]) -> str:
    """One regex alternation as a character trie: a position is tried once per character
    instead of once per phrase. Longest match first at each position, as the list's order
    (longer phrases before their prefixes) asks."""
    root: _Node = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Node) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


METRIC_RE = led(r"\b(" + _trie([p.lower() for p, _ in METRICS]) + r")\b", re.I)  # gate.py
METRIC_OF = {p.lower(): m for p, m in METRICS}


# the same phrases, case-sensitive: on lower-cased ASCII text it finds what METRIC_RE finds,
# without case-insensitive matching (over twice as fast)
_METRIC_LOWER = re.compile(METRIC_RE.pattern)


def phrases_in(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """Start, end and lower-case phrase of each vocabulary match in ``text[lo:hi]``, as
    ``METRIC_RE.finditer(text, lo, hi)`` finds them (lower-casing keeps ASCII positions, and
    the character before ``lo`` is kept for the word boundary there)."""
    hi = len(text) if hi is None else min(hi, len(text))
    lo = max(0, lo)
    base = lo - 1 if lo > 0 else 0
    piece = text[base:hi]
    if not folds_like_ascii(piece):  # ("£", "’" keep the lower-case text's positions too)
        found = [(m.start(), m.end(), m.group(1).lower()) for m in METRIC_RE.finditer(text, lo, hi)]
    else:
        found = [
            (m.start() + base, m.end() + base, m.group(1))
            for m in _METRIC_LOWER.finditer(piece.lower(), lo - base)
        ]
    if any(p in _NOT_ALWAYS for _, _, p in found):
        found = [f for f in found if not names_no_measure(text, f[0], f[1], f[2])]
    return found


# vocabulary words that are sometimes no measure (``names_no_measure``)
_NOT_ALWAYS = frozenset(["research", "budget", "a share"])


def names_no_measure(text: str, start: int, end: int, phrase: str) -> bool:
    """Whether a vocabulary match names no measure where it stands: "research" naming who
    researches (``who_researches``), "budget" naming a kind of firm or product ("Indian budget
    airline SkyKite", "budget smartphones": ``_BUDGET_KIND``), "a share" of a whole ("as a share
    of premiums": no share price)."""
    if phrase == "research":
        return who_researches(text, start, end)
    if phrase == "budget" and _BUDGET_KIND.match(text, end) is not None:
        return True
    if phrase == "a share":
        return text.startswith(" of ", end)  # "as a share of premiums": a part, no price
    return inside_a_name(text, start, end)


def inside_a_name(text: str, start: int, end: int) -> bool:
    """Whether the phrase at ``start:end`` is written in capitals between two capitalised
    words of a name ("The Namibia Investment Promotion Agency provided N$15 million", "the
    Kenya Revenue Authority"), in a sentence written in ordinary case (not a headline's "Tesco
    Profit Rises 5%")."""
    if not text[start : start + 1].isupper():
        return False
    before = text[max(0, start - 40) : start].split()
    after = text[end : end + 40].split()
    if not (before and after and before[-1][:1].isupper() and after[0][:1].isupper()):
        return False
    if start <= len(before[-1]) + 1:
        return False  # (the word before opens the sentence: "The Revenue ...")
    words = text.split()[:12]
    return sum(w[:1].islower() for w in words) >= 3


# "budget" as a kind of firm or product, not a sum set aside: "Indian budget airline SkyKite",
# "a budget hotel chain", "budget smartphones"
_BUDGET_KIND = re.compile(
    r"[\s-]+(?:airlines?|carriers?|hotels?|chains?|brands?|retailers?|supermarkets?|grocers?|"
    r"flights?|operators?|smartphones?|phones?|models?|range|segment|travell?ers?|shoppers?|"
    r"rivals?|stores?|shops?|labels?|gyms?|car|cars)\b",
    re.I,
)


def who_researches(text: str, start: int, end: int) -> bool:
    """ "research" names who researches, not R&D spending: "research firm Quantel", "research by
    the institute", or a name's last word ("Counterpoint Research", "by Northgate Research")."""
    if _WHO_RESEARCHES.match(text, end) or _RESEARCH_TITLE.search(text, max(0, start - 30), start):
        return True  # (or a job's title: "head of research at Marina Street Capital")
    before = text[max(0, start - 30) : start].split()
    return text[start : start + 1] == "R" and bool(before) and before[-1][:1].isupper()


_RESEARCH_TITLE = re.compile(
    r"\b(?:head|director|chief|manager|vice[- ]president|VP) of (?:(?:equity|market|investment|"
    r"economic|global|fixed income|credit) )?$",
    re.I,
)
# "research firm Quantel", "research by the institute": who researches, no R&D spending
_WHO_RESEARCHES = re.compile(
    r" (?:firm|group|company|house|houses|note|notes|consultancy|institute|centre|center|"
    r"agency|analysts?|by|from|published|shows|showed|suggests|suggested|found|finds|"
    r"company's|firm's)\b",
    re.I,
)


def metrics_in(text: str, lo: int, hi: int) -> set[str]:
    """The metrics the vocabulary names in ``text[lo:hi]``."""
    return {METRIC_OF[p] for _, _, p in phrases_in(text, lo, hi)}
