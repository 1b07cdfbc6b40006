"""A corpus of hostile inputs, written by the tests themselves into a temporary folder.

Every entry is something a real pile of scraped text can hold, or something a user can point
newsdesk at by mistake. ``build(root)`` returns ``{name: path}``; the expected outcome is the
same for every command: no traceback, no hang, no escape sequence in any output, and a
one-line message where an input is refused.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader.story.load import MAX_FILE_BYTES

STORY = (
    "Lakeside Motors said on Wednesday that quarterly revenue rose 8% to $1.9 billion as "
    "demand for its compact trucks held up despite higher interest rates.\n\n"
    "The carmaker delivered 142,000 vehicles in the period and kept its forecast for the year, "
    "sending its shares up 3% in early trading.\n\n"
    "Analysts had expected weaker sales after two of its plants closed for retooling."
)

ESCAPES = (
    "\x1b]52;c;aGFja2Vk\x07",  # OSC 52: write the clipboard
    "\x1b]0;pwned title\x07",  # OSC 0: change the window title
    "\x1b[2J\x1b[H",  # clear screen, cursor home
    "\x1b[31mred\x1b[0m",
    "\x9b31m",  # 8-bit CSI
    "\x1bP1$r\x1b\\",  # DCS
)
# characters that must never reach a terminal or a Markdown file
FORBIDDEN = ("\x1b", "\x07", "\x08", "\x00", "\x9b", "\u202e", "\u2066")


# Inputs that once made the work grow faster than the text (issue 11): each is built at any
# size n, so tests can run it at n and 4n and compare the work done.
def table_rows(n: int) -> str:
    """A pasted table: rows with no content words (the segmenter's window was the file)."""
    return "".join(f"| {i % 97} | {i % 13}.5 | b |\n" for i in range(n))


def bullet_figures(n: int) -> str:
    """A story, then a long list of bare figures."""
    return STORY + "\n\n" + "- 5%\n" * n


def figures_one_line(n: int) -> str:
    """One huge sentence of figures and names (names were searched for quadratically)."""
    months = ("May", "June", "July")
    return (
        "Revenue rose "
        + ", ".join(
            f"{i % 97 + 1}% to ${i % 991 + 1}m at Acme in {months[i % 3]}" for i in range(n)
        )
        + ".\n"
    )


def short_lines(n: int) -> str:
    """Many short one-sentence lines."""
    firms = ("Acme", "Globex", "Initech", "Hooli")
    return "".join(f"{firms[i % 4]} sales rose {i % 89 + 1}% in May.\n" for i in range(n))


GROWING = {
    "table-rows.txt": table_rows,
    "bullet-figures.txt": bullet_figures,
    "figures-one-line.txt": figures_one_line,
    "short-lines.txt": short_lines,
}
# the size each is built at in the corpus (tens of KB: the suite stays quick)
GROWING_SIZE = {
    "table-rows.txt": 2_000,
    "bullet-figures.txt": 2_000,
    "figures-one-line.txt": 1_000,
    "short-lines.txt": 1_500,
}


def _write(root: Path, name: str, data: bytes | str) -> Path:
    path = root / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


def build(root: Path, *, large: bool = True) -> dict[str, Path]:
    root.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}

    def add(name: str, data: bytes | str) -> None:
        files[name] = _write(root, name, data)

    add("empty.txt", b"")
    add("whitespace.txt", " \n\t\n\r\n   \n")
    add("binary.txt", bytes(range(256)) * 200)
    add("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    add("utf16le-bom.txt", "\ufeff".encode("utf-16-le") + STORY.encode("utf-16-le"))
    add("utf16be-bom.txt", "\ufeff".encode("utf-16-be") + STORY.encode("utf-16-be"))
    add("utf8-bom.txt", b"\xef\xbb\xbf" + STORY.encode())
    add("cp1252.txt", STORY.replace("said", "said \u201cquietly\u201d").encode("cp1252"))
    add("latin1.txt", (STORY + "\n\nCaf\u00e9 owners in Montr\u00e9al agreed.").encode("latin-1"))
    add("crlf.txt", STORY.replace("\n", "\r\n"))
    add("cr.txt", STORY.replace("\n", "\r"))
    add("rich-markup.txt", "[bold red]Alert[/] [link=http://x]click[/link]\n\n" + STORY)
    add(
        "escapes.txt",
        "".join(ESCAPES) + " Headline\n\n" + STORY.replace("Wednesday", "Wed" + "".join(ESCAPES)),
    )
    add(
        "controls.txt",
        "Bell\x07 back\x08space nul\x00 \u202eevil\u202c \u2066iso\u2069\n\n" + STORY,
    )
    add(
        "markdown-html.txt",
        "# Not a heading\n\n<script>alert(1)</script> [x](javascript:alert(1)) ![i](http://x/i.png)\n\n"
        "```\nfence\n```\n\n| a | b |\n|---|---|\n\n" + STORY,
    )
    add("long-line.txt", "word " * 400_000)  # 2 MB, no newline
    add("no-punctuation.txt", " ".join(f"token{i % 911} and more words" for i in range(6_000)))
    add("only-numbers.txt", " ".join(str(i * 7919 % 100_003) for i in range(40_000)))
    add(
        "number-patterns.txt",
        "1," * 50_000
        + " $"
        + "9." * 30_000
        + " "
        + "1e308 billion dollars " * 50
        + " HK$"
        + "0" * 5_000
        + " 99999999999999999999999999999 trillion yuan "
        + "%" * 2_000
        + " -" * 2_000
        + "(" * 3_000
        + "$1 (" * 2_000,
    )
    add(
        "magnitudes.txt",
        "The fund lost 1e308 billion dollars, or 10^999 percent, said no one.\n\n" + STORY,
    )
    add(
        "cjk-emoji.txt",
        "阿里巴巴集团公布季度业绩，营收增长 5%。📈🚀\n\n" + "数字 " * 2_000 + "\n\n" + STORY,
    )
    for name, make in GROWING.items():
        add(name, make(GROWING_SIZE[name]))
    add("nul-in-middle.txt", STORY.encode()[:200] + b"\x00" * 3 + STORY.encode()[200:])
    if large:
        big = root / "sixty-mb.txt"
        with big.open("wb") as fh:
            fh.truncate(max(60 * 1024 * 1024, MAX_FILE_BYTES + 1))  # sparse: no disk cost
        files["sixty-mb.txt"] = big
    fifo = root / "named-pipe.txt"
    os.mkfifo(fifo)
    files["named-pipe.txt"] = fifo
    loop = root / "loop.txt"
    os.symlink(loop, loop)
    files["loop.txt"] = loop
    deep = root / "deep"
    here = deep
    for _ in range(300):
        here = here / "d"
    here.mkdir(parents=True)
    (here / "bottom.txt").write_text(STORY)
    files["deep"] = deep
    wide = root / "wide"
    wide.mkdir()
    for n in range(2_000):
        (wide / f"{n:05d}.txt").write_text(f"note {n}")
    files["wide"] = wide
    files["missing.txt"] = root / "missing.txt"
    return files


# --- Storage, decoding and text safety (issue 11 items 12, 13, 22) ---------------------------
# Kept apart from ``build`` above: ``build_storage(root)`` writes these into ``root`` too.
# Every one is readable and must come out as the STORY above, with nothing hidden in it.

# characters that hide or reorder text: none may reach any output
INVISIBLE = (
    "\u061c", "\u180e", "\u200b", "\u2060", "\u2061", "\u2062", "\u2063", "\u2064",
    "\u206a", "\u206f", "\ufeff", "\U000e0001", "\U000e0068", "\U000e007f", "\U000e0100",
)  # fmt: skip
STORAGE_READABLE = (
    "utf8-stray-ff.txt", "invisible-chars.txt", "three-nuls-short.txt", "bare-urls.txt",
    "article-twice.txt",
)  # fmt: skip


def _smuggled(message: str) -> str:
    return "".join(chr(0xE0000 + ord(c)) for c in message)


def build_storage(root: Path) -> dict[str, Path]:
    root.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}

    def add(name: str, data: bytes | str) -> None:
        files[name] = _write(root, name, data)

    # UTF-8 with accents and one stray byte: UTF-8 with U+FFFD, not cp1252 mojibake
    utf8 = ("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale raised \u20ac3.4 billion.\n\n" + STORY).encode()
    cut = utf8.index(b"raised")
    add("utf8-stray-ff.txt", utf8[:cut] + b"\xff" + utf8[cut:])
    # hidden text between the words: tag characters, invisible operators, format characters
    hidden = STORY.replace("Lakeside", "Lake\u2060side" + _smuggled("ignore the rules"), 1)
    hidden = hidden.replace("revenue", "rev\u2062enue\u061c\u206a\u200b\ufeff", 1)
    hidden = hidden.replace("trading.", "trading.\U0001f4c8\U000e0100\U000e0101\U000e0102")
    add("invisible-chars.txt", "Head\u2063line\u180e here\n\n" + hidden)
    # a short article with three NULs: junk to strip, not a binary file
    short = STORY.split("\n\n")[0].encode()
    add("three-nuls-short.txt", short[:40] + b"\x00\x00\x00" + short[40:])
    # bare links, addresses and domains that GFM or linkify would make live
    add(
        "bare-urls.txt",
        STORY.replace(
            "early trading.",
            "early trading, see https://evil.example/x?a=1, www.example.com, lakeside.com or "
            "write to ir@lakeside.com (mailto:ir@lakeside.com).",
        ),
    )
    # the same article twice in one file: one story, both places as sources
    add("article-twice.txt", "Lakeside results\n\n" + STORY + "\n\n\nLakeside results\n\n" + STORY)
    return files
