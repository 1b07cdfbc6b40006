"""Three ways a short paste's last items were lost or cut twice (a user's paste, session 72).

- Where the paste changes layout (an article with a blank line between its paragraphs, then
  items with none) the story changes at one of the two gaps around the change; both were
  marked, so the blank-parted article's last paragraph ("The operator carried 1.1 million
  passengers ...") became a story of its own.
- A one-paragraph brief that ends the file after junk, where the scorer is sure, opening on a
  body named after "The" ("The Harbour District Council will plant ...").
- A one-paragraph brief that ends the file after a photo's caption, bringing in its subject
  ("A Napier bakery chain has been fined ..."); an article's own last paragraph after its
  photo, naming what the article named, stays with it.
"""

from __future__ import annotations

from pathlib import Path

from reader.story.boundary.features import blank_gaps, blank_layout
from reader.story.paragraph import Paragraph
from reader.story.start_evidence import MARKED_CUE, page_marks
from tests.reader.story.pasted import pasted_stories

LAYOUTS = """Hamilton toolmaker lifts profit as orders from Australia recover

By Ana Fifita
3 hours ago

Waikato Precision Tools said on Wednesday its net profit for the year to June rose 11 per cent to NZ$14.2 million, as orders from Australian mining contractors picked up in the second half.

The company, which makes drill bits and cutting heads, lifted revenue to NZ$96.4m from NZ$88.9m. Managing director Sione Latu said the Perth office had won three new contracts since March.

The board declared a final dividend of 6 cents a share, payable in October.

Advertisement

Bus fares to rise as regional council faces diesel bill

The Bay of Plenty regional council will raise bus fares by an average of 8% from March, blaming a diesel bill that has climbed by a quarter in two years.

A single adult trip in Tauranga will cost $3.20 at peak times, up from $2.90. Children will still travel free.

The council carried 2.6 million passengers last year, 6% fewer than before the pandemic. It has cut 12 routes since 2021.
Read more: Why bus drivers are leaving the job
Napier's port handled a record 5.9 million tonnes of cargo in the year to June, up 4.1%, as log exports recovered and more cruise ships called during the summer.
Port of Napier chief executive Rangi Walker said container volumes rose to 281,000 TEU. Net profit after tax was $31.6m, compared with $29.8m a year earlier. The port will spend $140m over five years on a new wharf.
Photo: Logs stacked at the main wharf. (Supplied)
A Napier bakery chain has been fined $58,000 for underpaying 41 workers. The Employment Relations Authority said Crust & Crumb owed staff a total of $187,000 in holiday pay over five years.
"""


def test_a_change_of_layout_opens_one_story_and_the_last_brief_after_a_photo_another(
    tmp_path: Path,
) -> None:
    stories = pasted_stories(tmp_path, LAYOUTS)
    assert [s.paragraphs[0][:24] for s in stories] == [
        "Waikato Precision Tools ",
        "The Bay of Plenty region",
        "Napier's port handled a ",
        "A Napier bakery chain ha",
    ]


def _paras(texts: list[str], blank_after: set[int]) -> list[Paragraph]:
    """Paragraphs one line each, a blank line after those in ``blank_after``."""
    out, line = [], 1
    for k, text in enumerate(texts):
        out.append(Paragraph(text, line, line))
        line += 2 if k in blank_after else 1
    return out


def test_only_the_gap_the_odds_favour_is_marked_at_a_change_of_layout() -> None:
    texts = [
        f"Paragraph {k} of the text runs on for a while, long enough to read as prose that a "
        "reader would take for an article's own paragraph, and then it ends here."
        for k in range(7)
    ]
    paras = _paras(texts, blank_after={0, 1, 2})  # blank-parted 0-3, then touching 3-6
    assert blank_layout(paras)[1] == [(3, 4)]
    assert blank_gaps(paras)[3] == blank_gaps(paras)[4] == 1.0
    # (without odds both gaps are marked, as before)
    assert page_marks(paras)[3] >= MARKED_CUE and page_marks(paras)[4] >= MARKED_CUE
    favour_4 = [0.0, -3.0, -3.0, 2.0, 6.0, -3.0, -3.0]
    marks = page_marks(paras, favour_4)
    assert marks[4] >= MARKED_CUE and marks[3] < MARKED_CUE
    favour_3 = [0.0, -3.0, -3.0, 6.0, 2.0, -3.0, -3.0]
    marks = page_marks(paras, favour_3)
    assert marks[3] >= MARKED_CUE and marks[4] < MARKED_CUE


ARTICLE_PHOTO = """Flooding forces 70 families from homes in Hawke's Bay

By Mere Tane
5 hours ago

More than 70 families were moved to evacuation centres in Hastings on Monday after the Ngaruroro River burst its banks following two days of heavy rain.

Civil Defence controller Tama Hohaia said most of the families had returned home by the evening, but 14 houses in Haumoana remained without power.

The council said it would spend $2.4m on repairs to the stopbanks, which were damaged in 2023.
Photo: Volunteers fill sandbags in Haumoana. (Supplied)
The Hastings District Council has warned of more heavy rain on Wednesday and asked residents near the river to keep sandbags in place until the weekend.
"""


def test_an_articles_last_paragraph_after_its_photo_stays_with_it(tmp_path: Path) -> None:
    stories = pasted_stories(tmp_path, ARTICLE_PHOTO)
    assert len(stories) == 1
