"""What blind set paste57 taught (session 40): a Malaysian or Singapore daily's source after a
dash closes a caption ("... at a school in Bukit Mertajam. — Filepic"; ``patterns.credit_tail``),
and a story's closing paragraph that reports what someone said or held stays the story's last
line even between an "Advertisement" line and the next headline, where a lone photo caption
would stand (``headlines.mark_lone_captions``)."""

from __future__ import annotations

from reader.story.lines.classify import classify_lines
from reader.story.lines.patterns import credit_tail


def test_a_source_after_a_dash_closes_a_caption() -> None:
    assert credit_tail("A relief centre was opened at a school in Bukit Mertajam. \u2014 Filepic")
    assert credit_tail("An artist's impression of the new depot at Kulim. \u2014 Harbourline Bhd")
    assert not credit_tail("The council said the works would start soon \u2014 and end in May.")
    assert not credit_tail("Prices rose 4% in the month, the agency said.")


def _kinds(text: str) -> dict[str, str]:
    return {ln.text: ln.kind for ln in classify_lines(text.split("\n")) if ln.text}


def test_a_reported_closing_paragraph_before_the_next_headline_is_kept() -> None:
    closing = (
        "Delivering judgment, Justice Amaka Obi held that the prosecution had proved its case "
        "and ordered that N41m recovered from the convict be returned to the bank."
    )
    text = "\n".join(
        [
            "Court jails ex-bank cashier five years for N86m fraud",
            "By Tobi Adesanya",
            "A Federal High Court in Abuja on Wednesday sentenced a former bank cashier to five "
            "years in prison for stealing N86m from dormant customer accounts.",
            "The convict was prosecuted by the anti-graft agency on a ten-count charge of stealing "
            "and forgery, to which he pleaded not guilty when he was arraigned last year.",
            "Advertisement",
            closing,
            "Abuja fintech raises $12m to expand to Ghana and Kenya",
            "By Nnamdi Okereke",
            "An Abuja payments company that lets market traders take card payments has raised "
            "$12m from investors to expand into Ghana and Kenya, it said on Thursday.",
        ]
    )
    assert _kinds(text)[closing] == "body"
    caption = "Traders at Wuse Market in Abuja on Thursday."
    assert _kinds(text.replace(closing, caption))[caption] == "caption"


def test_a_photographer_and_paper_or_a_pic_label_close_a_caption() -> None:
    # (blind set singles31: a US paper's and an Irish paper's photo lines)
    assert credit_tail(
        "A bulldozer piles uprooted trees on a ranch west of Kerman on Aug. 24. "
        "Tomas Aguilera/The Fresno Bee"
    )
    assert credit_tail("Cyclists try out the new greenway beside the river. Pic: Conor McHale")
    assert not credit_tail("He said it was fine. Then he left/The end")
