"""The boundary trainer's command line: a category held out of the fit."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.eval.concat import Article
from reader.eval.train_boundary import KINDS, generate, held_back_scores, hold_back, main


def test_exclude_needs_a_known_category(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for cat in ("alpha", "beta"):
        (tmp_path / cat).mkdir()
        (tmp_path / cat / "001.txt").write_text("Title\n\nOne.\nTwo.\n", encoding="utf-8")
    out = tmp_path / "w.json"
    assert main([str(tmp_path), "--exclude", "gamma", "--out", str(out)]) == 2
    assert "no category 'gamma'" in capsys.readouterr().err
    assert not out.exists()


def test_an_unknown_feature_to_drop_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "alpha").mkdir()
    (tmp_path / "alpha" / "001.txt").write_text("Title\n\nOne.\nTwo.\n", encoding="utf-8")
    out = tmp_path / "w.json"
    assert main([str(tmp_path), "--drop", "cohesion,nonsense", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "no feature 'nonsense'" in err and err.count("\n") == 1
    assert not out.exists()


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


def _items() -> dict[str, list[Article]]:
    """Six articles of six two-sentence paragraphs in each of two categories."""
    paras = [f"The {{}} item {k} opens here. It goes on with more detail." for k in range(6)]
    return {
        cat: [
            Article(cat, f"{cat.title()} item {k}", [p.format(cat) for p in paras])
            for k in range(6)
        ]
        for cat in ("business", "tech")
    }


def test_held_back_scores_every_kind() -> None:
    from reader.story.boundary.scorer import shipped

    arts = _items()
    lines = held_back_scores(arts, 3, shipped(), 1).splitlines()
    assert [ln.split()[0] for ln in lines] == list(KINDS)
    assert all("right" in ln and "Pk" in ln for ln in lines)


def test_a_bad_hold_back_share_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "w.json"
    assert main([str(tmp_path), "--hold-back", "1.5", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "--hold-back" in err and err.count("\n") == 1
    assert not out.exists()


def test_short_files_are_briefs_short_and_hand_pastes_in_every_layout() -> None:
    from reader.eval.train_boundary import short_files

    arts = _items()
    files = short_files(arts, 3, 3)
    assert len(files) == 9
    assert [c.units for c in files] == [c.units for c in short_files(arts, 3, 3)]
    for c in files:
        # 2-6 articles of one or two sentences a paragraph
        assert 2 <= len({ln.story for ln in c.lines}) <= 6
    # the first three have no blank line at all, the last three blank lines only between articles
    assert not any(ln.kind == "blank" for c in files[:3] for ln in c.lines)
    for c in files[6:]:
        stories = [ln.story for ln in c.lines]
        blanks = [k for k, ln in enumerate(c.lines) if ln.kind == "blank"]
        assert all(stories[k - 1] != stories[k + 1] for k in blanks)


def test_short_decoding_stays_lexical_with_no_shift_when_nothing_beats_it() -> None:
    from reader.eval.train_boundary import SHORT_SHIFTS, choose_short_decoding
    from reader.story.boundary.scorer import shipped

    # no files: every setting ties, so the lexical search and no extra shift
    chosen = choose_short_decoding([], shipped())
    assert chosen.short_shift == 0.0 and chosen.short_min == 0
    assert 0.0 in SHORT_SHIFTS


def test_a_short_file_decoding_must_keep_as_many_single_articles_whole() -> None:
    from reader.eval.train_boundary import keeps_whole

    base = [True, True, False, True]
    one = [True, True, False, False]  # the first two files are single articles
    # more pastes right, a single article split: refused
    assert not keeps_whole([False, True, True, True], base, one)
    # pastes lost or gained, the singles kept: allowed
    assert keeps_whole([True, True, True, False], base, one)
    assert keeps_whole(base, base, one)
    assert keeps_whole([False, False], [True, True], None)  # no single articles: no guard


def test_a_shift_must_beat_none_surely_on_the_same_files() -> None:
    from reader.eval.train_boundary import SURE, beats

    base = [True] * 10 + [False] * 10
    assert beats(base, base) == 0.0
    # two more files right and none lost: z = 2 / sqrt(2), not sure enough
    two = [True] * 12 + [False] * 8
    assert 0 < beats(two, base) < SURE
    # six more, one lost: z = 5 / sqrt(7)
    six = [False] + [True] * 9 + [True] * 6 + [False] * 4
    assert beats(six, base) > SURE
    assert beats(base, six) < -SURE
