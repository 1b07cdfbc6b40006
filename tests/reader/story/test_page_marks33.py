"""Page furniture a blind paste and a blind set of single articles showed (paste34, paste36,
singles9): a wire's sign-off closes its story, a stamp may carry the page's reading time,
Postmedia's "Article content" and an advertiser's "Advertise with" line are furniture, a
paper's house byline ("Our Reporter") is a byline, a timeline's dates are its headings, and a
section heading that takes up the headline's words is no new story's headline."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.story.assemble import paragraphs_of
from reader.story.boundary.features import FEATURES, boundary_features
from reader.story.lines.classify import classify_lines, classify_rules
from reader.story.lines.line import Line
from reader.story.lines.patterns import is_promo, is_timestamp
from reader.story.paragraph import Paragraph
from reader.story.start_evidence import MARKED_CUE, page_marks


def test_a_wire_sign_off_marks_the_next_paragraph() -> None:
    sign_off = Line(3, "(Reporting by Salim Al Rawahi; Editing by Omar Fayed)", "promo")
    paras = [
        Paragraph("MUSCAT, Dec 3 (Gulf Wire) - Oman's fish landings rose 9% this year.", 1, 1),
        Paragraph("Sardine catches made up almost half of the total.", 2, 2, trail=[sign_off]),
        Paragraph("Qatar's Al Khor Dairy Co plans to add 5,000 cows at its farm.", 4, 4),
        Paragraph("The company said the expansion would lift output by a fifth.", 5, 5),
    ]
    marks = page_marks(paras)
    assert marks[2] >= MARKED_CUE
    assert marks[1] < MARKED_CUE and marks[3] < MARKED_CUE


def test_what_closes_a_story() -> None:
    from reader.story.lines.patterns import STORY_END

    for text in ("(Reporting by Jo Lee; Editing by Sam Roy)", "Reporting by Jo Lee", "-ends-",
                 "###", "- 30 -", "(With inputs from PTI)", "Reporting by Jo Lee; Editing by Sam Roy"):  # fmt: skip
        assert STORY_END.match(text), text
    for text in ("Reporting by the BBC found that rents rose 9% last year, the report said.",
                 "Ends of the earth", "(Adds analyst comment)"):  # fmt: skip
        assert not STORY_END.match(text), text


def test_a_stamp_with_the_page_reading_time() -> None:
    assert is_timestamp("3 Dec, 2026 06:00 AM 4 mins to read")
    assert is_timestamp("March 4, 2025 · 5 min read")
    assert not is_timestamp("4 mins to read")  # (a reading time alone is its own kind)
    assert not is_timestamp("He read it in 4 mins to read the rest")


def test_site_lines_that_are_furniture() -> None:
    assert is_promo("Article content") and is_promo("Advertise with NZME.")
    assert is_promo(
        "You're receiving this because you signed up at speysideletter.example. Forward it to "
        "a friend, or unsubscribe here."
    )
    assert is_promo("This week's letter is supported by Glenrinnes Hardware, Fife Street: logs.")
    assert not is_promo("This week the council is supported by a grant of £2m to fix roads.")
    assert not is_promo("Article contents of the report were leaked to the press on Monday.")


def test_a_house_byline() -> None:
    lines = classify_rules(
        ["Flour miller to build pasta plant", "", "Our Reporter", "",
         "Ogun Valley Foods Plc says it will build a pasta factory in Kano at a cost of N95bn.",
         "", "Our reporters say the plant is on schedule, the firm said on Tuesday."]
    )  # fmt: skip
    kinds = {ln.text: ln.kind for ln in lines}
    assert kinds["Our Reporter"] == "byline"
    scheme = classify_rules(
        ["Speed limit cut on a Northland road", "", "Aroha Pene, Local Democracy Reporting"]
    )
    assert scheme[-1].kind == "byline"
    assert kinds["Our reporters say the plant is on schedule, the firm said on Tuesday."] == "body"


def test_dates_rising_over_short_entries_are_a_timeline() -> None:
    from reader.story.lines.timeline import date_key, mark_timeline

    texts = ["The ban came in stages.", "January 2024", "The state announces the ban.",
             "July 2025", "A second phase extends it to straws.", "1 December 2026",
             "Final warnings are issued to wholesalers."]  # fmt: skip
    lines = [Line(i + 1, t, "timestamp" if date_key(t) else "body") for i, t in enumerate(texts)]
    mark_timeline(lines)
    assert [ln.kind for ln in lines if date_key(ln.text)] == ["heading"] * 3


def test_stamps_falling_or_few_stay_stamps() -> None:
    from reader.story.lines.timeline import date_key, mark_timeline

    for texts in (
        ["A brief.", "3 December 2026", "A story.", "2 December 2026", "Another.",
         "1 December 2026", "A third."],  # latest first: a paste's stamps
        ["A brief.", "January 2024", "A story.", "July 2025", "Another."],  # two dates only
    ):  # fmt: skip
        lines = [
            Line(i + 1, t, "timestamp" if date_key(t) else "body") for i, t in enumerate(texts)
        ]
        mark_timeline(lines)
        assert all(ln.kind == "timestamp" for ln in lines if date_key(ln.text))


def test_a_section_heading_with_the_headline_words_is_not_fresh() -> None:
    raw = [
        "Napier theatre reopens after quake strengthening",
        "",
        "For nearly four years the doors of the Ahuriri Playhouse on Napier's Marine Parade "
        "have been shut while engineers worked on the building.",
        "",
        "On Friday night the 1936 theatre will open again with a sold-out screening.",
        "",
        "Strengthening hidden behind the plaster",
        "",
        "Engineers from a Hastings firm threaded steel frames through the walls of the foyer.",
    ]
    paras, _ = paragraphs_of(classify_lines(raw))
    fresh = FEATURES.index("heading_fresh")
    last = boundary_features(paras)[-1]
    assert 0.0 < last[fresh] < 1.0  # ("strengthening" is the headline's; "hidden", "plaster" new)


def test_a_brokers_fields_between_bars_are_no_credit() -> None:
    from reader.story.lines.patterns import is_credit

    assert not is_credit(
        "Rating: BUY | Target price: W41,000 (previous W36,000) | Last close: W31,850"
    )
    assert is_credit("Jane Doe | Reuters") and is_credit("Updated: 12:30 | Reuters")


def test_a_tables_unit_caption_stays_with_its_rows() -> None:
    raw = [
        "Basel railway cuts forecast",
        "",
        "Kessler Bahn AG cut its full-year forecast on Wednesday after passenger numbers in the "
        "first half fell back from last year's record.",
        "",
        "First-half results, EUR million unless stated",
        "                         H1 2026    H1 2025    Change",
        "Operating revenue           1,684        1,769     -4.8%",
        "Operating profit              213          251    -15.2%",
        "",
        "The company said fares would rise by 8.6% from April to pay for new platform doors.",
    ]
    kinds = {ln.text: ln.kind for ln in classify_lines(raw)}
    assert kinds["First-half results, EUR million unless stated"] not in ("heading", "title")


def test_an_articles_blank_lines_before_its_sub_headings_open_no_stories() -> None:
    from reader.pipeline import Document, split_document

    text = (Path(__file__).parent / "data" / "sections.txt").read_text(encoding="utf-8")
    assert len(split_document(Document("peat.txt", text.split("\n"), "0" * 64))) == 1


# (it flips with the refits: session 46's made this file's judgement fall to p(several) 0.73,
# so the lexical search's length rule dropped the two-paragraph brief; session 48's second refit
# read it as several again, its third as one article again; session 50's as several, session
# 52's as one (p 0.789 against 0.8: a strict known miss for a session), session 53's as several,
# session 54's as one again: p 0.785 against the refit's threshold 0.85)
@pytest.mark.xfail(
    strict=True,
    reason="known miss since session 54's refit: the file-level judgement gives this file "
    "p(several) 0.785 against its new 0.85 threshold (chosen by train_filekind so that at most "
    "0.5% of generated single articles are judged several), so the lexical search keeps the "
    "brief after the one blank line with the article although the boundary scorer is sure",
)
def test_a_brief_pasted_after_a_headed_article_opens_its_own_story() -> None:
    from reader.pipeline import Document, split_document

    text = (Path(__file__).parent / "data" / "brief_after.txt").read_text(encoding="utf-8")
    stories = split_document(Document("paste.txt", text.split("\n"), "0" * 64))
    assert len(stories) == 2
    assert stories[1].paragraphs[0].startswith("Membership of the Cotswold cycling club")


def test_a_lede_a_places_superlative_introduces_after_a_read_more_line() -> None:
    from reader.pipeline import Document, split_document

    lines = [
        "Bergen port fees to rise 6% next year",
        "The Port of Bergen will raise its harbour fees by 6% from January to pay for a NOK 640 "
        "million shore-power scheme, the port authority said on Tuesday.",
        "Cruise lines, which brought 1.1 million passengers to the city this year, have said the "
        "increase could push some calls to Stavanger.",
        "Harbour director Knut Aase said the scheme would cut emissions from docked ships.",
        "Read more: Cruise passengers hit record in western Norway",
        "Membership of Norway's largest outdoor association grew 5% to 312,000 this year, the "
        "Norwegian Trekking Association said, as more families took up hiking.",
        "The association, which runs 550 cabins, said bookings for next summer were 12% ahead.",
    ]
    stories = split_document(Document("paste.txt", lines, "0" * 64))
    assert len(stories) == 2


def test_a_second_place_under_one_articles_head_block_opens_no_story() -> None:
    from reader.pipeline import Document, split_document

    text = (Path(__file__).parent / "data" / "second_place.txt").read_text(encoding="utf-8")
    stories = split_document(Document("maize.txt", text.split("\n"), "0" * 64))
    assert len(stories) == 1
    wire = [
        "Maize prices climb for a third week",
        "",
        "NAIROBI, Feb 11 (Wire) - Maize prices at the Nairobi wholesale market rose for a third "
        "straight week, traders said.",
        "A 90-kilo bag sold for 4,200 shillings.",
        "",
        "KAMPALA, Feb 11 (Wire) - Uganda's coffee exports rose 12% in January, the coffee board "
        "said on Thursday.",
        "Robusta made up four fifths of the total.",
    ]
    assert len(split_document(Document("wire.txt", wire, "0" * 64))) == 2
