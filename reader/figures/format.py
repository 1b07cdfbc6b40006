"""Short callout text for a figure: "$34.81B revenue, +5% YoY (Alibaba)"."""

from __future__ import annotations

import re

from reader.model import Figure
from reader.text.safe import clean_line

_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "HKD": "HK$",
           "AUD": "A$", "CAD": "C$", "SGD": "S$", "NZD": "NZ$", "INR": "₹", "KRW": "₩", "BRL": "R$", "TWD": "NT$", "ZAR": "R"}  # fmt: skip
_PERIOD_SHORT = {"year-over-year": "YoY", "year-on-year": "YoY", "quarter-on-quarter": "QoQ",
                 "quarter-over-quarter": "QoQ"}  # fmt: skip
# a comparison point read without its preposition ("up from €262m a year earlier" keeps
# "year earlier"): shown as "on a year earlier", never "up year earlier"
_BARE_POINT = re.compile(r"(?:a |the )?year[- ]earlier", re.I)


def change_period(period: str | None, short: bool = False) -> str:
    """A change's period as it reads after "up 5%": "YoY" when ``short``, "on a year earlier"
    for a bare comparison point, otherwise as written ("from a year ago")."""
    if not period:
        return ""
    if short and (abbrev := _PERIOD_SHORT.get(period.lower())):
        return abbrev
    return "on a year earlier" if _BARE_POINT.fullmatch(period) else period


# a sum written in pence ("184p", "215 pence"): shown as written, not as "£1.84"
_IN_PENCE = re.compile(r"\d\s?(?:p|pence)$", re.I)


def _scaled(value: float) -> str:
    for factor, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= factor and not (suffix == "K" and abs(value) < 1e4):
            return f"{value / factor:.2f}".rstrip("0").rstrip(".") + suffix
    if value == int(value):
        return f"{int(value):,}"
    if abs(value) < 1:
        return f"{value:.3g}"  # "8.5 cents" -> "$0.085", not "$0.09"
    return f"{value:.2f}".rstrip("0").rstrip(".")


# what a non-actual figure is, in the words shown beside it
STATUS_LABELS = {
    "forecast": "forecast",
    "expected": "expected",
    "planned": "planned",
    "base": "earlier",
    "hypothetical": "hypothetical",
}


def status_label(f: Figure) -> str:
    """ "forecast", "expected", "planned", "earlier" (a base period), "hypothetical"; "" for
    a reported actual."""
    return STATUS_LABELS.get(f.status or "", "")


def metric_label(f: Figure) -> str:
    """The metric with the figure's status: "revenue (forecast)"."""
    label = status_label(f)
    metric = f.metric or ""
    if not label:
        return metric
    return f"{metric} ({label})" if metric else label


def format_lead(f: Figure) -> str:
    """The value the story list shows, with its direction when the figure is itself a change
    ("traffic fell 60%": "-60%", as the callout shows it) and its status when not an actual:
    "~$4.5B forecast"."""
    label = status_label(f)
    return (signed_value(f) or format_value(f)) + (f" {label}" if label else "")


def signed_value(f: Figure) -> str:
    """A figure that is itself the change, with its hedge and direction: "~+50%", "-60%", "-25
    basis points", "+41K customers", "-VND40M", "-≤$0.30" (down by up to 30 cents); "" for any
    other figure (a level, or a change without a direction)."""
    if f.change is None or f.change.amount != f.surface:
        return ""
    sign = {"up": "+", "down": "-"}.get(f.change.direction or "", "")
    if not sign:
        return ""
    if f.hedge and f.hedge != "~":
        return sign + f.hedge + _bare_value(f)  # a bound on the move: "-≤$0.30", "+>5%"
    return (f.hedge or "") + sign + _bare_value(f)


def format_value(f: Figure) -> str:
    """The value with its unit and hedge: "$34.81B", "~50%", ">1.5pp", "360M daily active users"."""
    return (f.hedge or "") + _bare_value(f)


def _bare_value(f: Figure) -> str:
    if f.kind == "percent":
        num = f"{f.value:.2f}".rstrip("0").rstrip(".")
        return num + ("pp" if f.unit == "pp" else "%")
    if f.kind == "money":
        unit = f.unit or ""
        symbol = _SYMBOL.get(unit)
        if unit == "GBP" and (0 < abs(f.value) < 1 or _IN_PENCE.search(f.surface)):
            # "34p a litre", "7.4p a share", "184p": as the British write it
            return f"{f.value * 100:,.2f}".rstrip("0").rstrip(".") + "p"
        if 1 <= abs(f.value) < 1000 and f.value != int(f.value):
            amount = f"{f.value:.2f}"  # a price: "£1.20", "$69.99", not "£1.2"
        elif 0 < abs(f.value) < 1 and round(f.value, 2) == f.value:
            amount = f"{f.value:.2f}"  # whole cents: "30 cents" is "$0.30", not "$0.3"
        else:
            amount = _scaled(f.value)
        if symbol is not None:
            return symbol + amount
        return f"{amount} {unit}".strip()
    text = _scaled(f.value)
    return clean_line(f"{text} {f.unit}" if f.unit else text)


def change_amount(f: Figure, *, short: bool = False) -> str:
    """The change's amount, or "" when it only repeats the figure: for "revenue grew 26%" the
    figure is the change, so a table shows "26% | revenue | up", not "up 26%" beside 26%.
    ``short``: a percentage written out as "%" ("14 per cent": "14%"), for narrow columns."""
    if f.change is None or not f.change.amount or f.change.amount == f.surface:
        return ""
    amount = f.change.amount
    return _PER_CENT.sub("%", amount) if short else amount


# a percentage's sign written out: "14 per cent", "6 percent", "4.5pc"
_PER_CENT = re.compile(r"(?<=\d) ?(?:per ?cent|percent|pc)\b")


def _metric_after_value(f: Figure) -> str:
    """What the metric adds after the value: nothing for a count of its noun, nor where it
    only says the unit again ("200 miles" measuring "miles"); a metric opening with the unit
    adds the rest ("40K tonnes" of "tonnes moved": "40K tonnes moved", not "40K tonnes tonnes
    moved"; "148 shops" opened: "148 shops opened")."""
    unit = (f.unit or "").lower().split()
    metric = f.metric or ""
    if unit and metric.lower().startswith(unit[-1] + " "):
        return " " + metric[len(unit[-1]) + 1 :]
    if not metric or (f.kind == "count" and f.unit):
        return ""  # (a count without its noun, "rose 9% to 61 million", shows what it counts)
    if unit and metric.lower() in (unit[-1], " ".join(unit)):
        return ""
    return " " + metric


def format_figure(f: Figure) -> str:
    """Value, metric, change and subject on one line, control characters stripped."""
    metric = _metric_after_value(f)
    parts = format_value(f) + metric
    if f.change is not None and (amount := change_amount(f, short=True)):
        sign = "+" if f.change.direction == "up" else "-" if f.change.direction == "down" else ""
        parts += f", {sign}{amount}"
        if f.change.period:
            parts += " " + change_period(f.change.period, short=True)
    elif signed := signed_value(f):
        parts = signed + metric  # "~+50% share price"
    if label := status_label(f):
        parts += f", {label}"  # "$6.6B revenue, forecast": never shown as a result
    if f.subject:
        parts += f" ({f.subject})"
    return clean_line(parts)
