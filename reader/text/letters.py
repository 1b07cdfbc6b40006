"""Capital and small letters of names in any Latin, Greek or Cyrillic spelling, for character
classes in patterns: "Metsävalo", "Ørsted", "Škoda", "Société Générale", "Łódź", "SÃO PAULO".

Python's ``re`` has no Unicode case classes (``\\p{Lu}``), and ``[A-Z]`` alone stops a name at
its first accented letter ("Metsävalo" read as "Mets") or misses one that starts with one. The
classes are built once from Unicode's own case data over the Latin-1 Supplement, Latin
Extended-A/B, Greek and Cyrillic blocks."""

from __future__ import annotations

from collections.abc import Callable

# Latin-1 Supplement to Latin Extended-B, then Greek and Coptic, then Cyrillic.
_BLOCKS = ((0x00C0, 0x024F), (0x0370, 0x03FF), (0x0400, 0x04FF))


def _class(test: Callable[[str], bool]) -> str:
    """The letters of ``_BLOCKS`` passing ``test``, as character-class ranges."""
    points = [c for lo, hi in _BLOCKS for c in range(lo, hi + 1) if test(chr(c))]
    out: list[str] = []
    k = 0
    while k < len(points):
        j = k
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        out.append(chr(points[k]) if j == k else f"{chr(points[k])}-{chr(points[j])}")
        k = j + 1
    return "".join(out)


# For use inside a character class: "[" + UPPER + "]".
UPPER = "A-Z" + _class(str.isupper)
LOWER = "a-z" + _class(str.islower)
CAP = f"[{UPPER}]"  # one capital letter
SMALL = f"[{LOWER}]"  # one small letter
