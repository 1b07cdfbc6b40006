"""The boundary trainer's generated files: every kind, seeded; held-back articles; short files."""

from __future__ import annotations

from reader.eval.boundary_files import KINDS, generate, hold_back, short_files
from reader.eval.concat import Article


def test_regrouped_training_files_add_a_kind_and_are_seeded() -> None:
    paras = [f"Story {k} opens here. It goes on. Then more. It ends." for k in range(5)]
    arts = {
        "business": [Article("business", f"Title {k}", list(paras)) for k in range(8)],
        "tech": [Article("tech", f"Tech {k}", list(paras)) for k in range(8)],
    }
    plain = generate(arts, 5, 3, regrouped=False)
    regrouped = generate(arts, 5, 3, regrouped=True)
    assert len(plain) == 4 * 3 and len(regrouped) == len(KINDS) * 3
    assert [c.units for c in regrouped] == [c.units for c in generate(arts, 5, 3, True)]
    # the second file of each round: pasted articles whose sentences were regrouped
    body = [ln.text for ln in regrouped[1].lines if ln.kind == "body"]
    assert body and all(1 <= t.count(".") <= 4 for t in body)


def test_hold_back_splits_each_category_apart() -> None:
    arts = {
        cat: [Article(cat, f"{cat} {k}", ["One.", "Two."]) for k in range(10)]
        for cat in ("business", "tech")
    }
    fit_on, held = hold_back(arts, 0.2, 7)
    for cat in arts:
        assert len(held[cat]) == 2 and len(fit_on[cat]) == 8
        assert not {id(a) for a in held[cat]} & {id(a) for a in fit_on[cat]}
        # the articles kept stay in their order: no validation, no change to the fit
        assert fit_on[cat] == [a for a in arts[cat] if a not in held[cat]]
    assert hold_back(arts, 0.2, 7) == (fit_on, held)
    assert hold_back(arts, 0.0, 7) == (arts, {})


def test_short_files_are_briefs_short_and_hand_pastes_in_every_layout(
    short_items: dict[str, list[Article]],
) -> None:
    files = short_files(short_items, 3, 3)
    assert len(files) == 9
    assert [c.units for c in files] == [c.units for c in short_files(short_items, 3, 3)]
    for c in files:
        # 2-6 articles of one or two sentences a paragraph
        assert 2 <= len({ln.story for ln in c.lines}) <= 6
    # the first three have no blank line at all, the last three blank lines only between articles
    assert not any(ln.kind == "blank" for c in files[:3] for ln in c.lines)
    for c in files[6:]:
        stories = [ln.story for ln in c.lines]
        blanks = [k for k, ln in enumerate(c.lines) if ln.kind == "blank"]
        assert all(stories[k - 1] != stories[k + 1] for k in blanks)
