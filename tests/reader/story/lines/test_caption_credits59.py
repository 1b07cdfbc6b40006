"""A photo's caption over an article's lede, closed by its credit the way New Zealand,
Australian and Japanese English pages write it, is a caption, not the story's first paragraph
(``reader.story.lines.patterns.credit_tail``)."""

from __future__ import annotations

from reader.story.lines.classify import classify_lines
from reader.story.lines.patterns import credit_tail


def test_a_photo_slash_name_a_digit_credit_and_a_courtesy_in_brackets_close_a_caption() -> None:
    assert credit_tail("Boats wait for the tide at Ōpōtiki wharf on Friday. Photo / Mere Tapsell")
    assert credit_tail("Firefighters at the scene near Gympie on Sunday. Credit: 9NEWS")
    assert credit_tail(
        "Bottles move along the line at the Fujiyama plant in Shizuoka. "
        "(Photo courtesy of Fujiyama Brewing)"
    )
    assert not credit_tail("The council said the photo was taken in 2031 by a resident.")
    assert not credit_tail("Sales rose 4% to $3.1 million, the company said.")


def test_the_caption_over_the_lede_is_no_body() -> None:
    lines = [
        "Harbour board approves Ōpōtiki wharf upgrade",
        "",
        "By Mere Tapsell",
        "",
        "Boats wait for the tide at Ōpōtiki wharf on Friday. Photo / Mere Tapsell",
        "",
        "The Bay of Plenty harbour board has approved a $14 million upgrade of the Ōpōtiki "
        "wharf, which will let larger fishing boats unload at low tide from next year.",
    ]
    kinds = {ln.text[:20]: ln.kind for ln in classify_lines(lines) if ln.text}
    assert kinds["Boats wait for the t"] != "body"
    assert kinds["The Bay of Plenty ha"] == "body"


def test_a_copyright_credit_and_a_photograph_by_in_brackets_close_a_caption() -> None:
    assert credit_tail(
        "Runners pass the lighthouse at the halfway mark on Sunday. © Jane Kito / AFP"
    )
    assert credit_tail("The new ferry will enter service in May (Photograph by Tom Ries)")
    assert not credit_tail("The firm said it had bought the building (for about $4m) in May.")


def test_a_pages_audio_summary_and_share_tools_are_promo() -> None:
    from reader.story.lines.patterns import PROMO

    for line in (
        "\u25b6 Listen to this story \u00b7 4:05",
        "[Audio version of this article available: 2 minutes 10 seconds]",
        "Read a summary of this article on QUICK.",
        "Kindly share this story:",
    ):
        assert PROMO.search(line), line
    assert not PROMO.search("Listen to the minister explain the plan, he said.")
