"""What blind set paste57 taught (session 40): a paragraph opening on a person named with a
courtesy or office title who says something ("Judge Tessa Harlow said it was ...", "Cllr
Declan Furey said ...") goes on the story before it (``goes_on.never_opens``); a firm or an
untitled person saying what happened may still open one."""

from __future__ import annotations

from reader.story.goes_on import never_opens


def test_a_titled_person_saying_something_never_opens_a_story() -> None:
    assert never_opens('Judge Tessa Harlow said it was "sheer luck" no one had been killed.')
    assert never_opens("Cllr Declan Furey said the hub was long overdue.")
    assert never_opens("Mr Okafor told the court he had not meant to hurt anyone.")
    assert never_opens("Dr Amara Singh, said the clinic would reopen on Monday.")


def test_a_firm_or_an_untitled_person_saying_what_happened_may_open_one() -> None:
    assert not never_opens("Hartwell Insurance said its operating profit rose 22% to £418m.")
    assert not never_opens("Sipho Mahlangu says thieves stole R600,000 of nuts from his farm.")
    assert not never_opens("Judges at the county show said entries were up this year.")
