"""The reader's exit status is the app's: 1 after a crash, 0 after quitting (run on a
pseudo-terminal, as a user would)."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
import threading
from pathlib import Path

ARTICLE = (
    "Harbour Freight Posts Record Quarter\n\n"
    "Harbour Freight Lines said on Tuesday that revenue rose 12% to $2.4 billion in the "
    "third quarter as container volumes at its northern terminals hit a record.\n\n"
    "Harbour Freight shares rose 4% in early trading."
)


CRASHING_READER = """
import sys
import reader.tui.app as app

def crash(self):
    raise RuntimeError("boom")

if sys.argv[1] == "crash":
    app.ReaderApp.on_mount = crash
from reader.cli import main
sys.exit(main(sys.argv[2:]))
"""


def run_in_terminal(mode: str, home: Path, articles: list[str], keys: bytes = b"") -> int:
    """The reader on a pseudo-terminal (stdin and stdout); its exit status."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env = dict(
        os.environ,
        NEWSDESK_HOME=str(home),
        NEWSDESK_CONFIG=str(home / "config.toml"),
        TERM="xterm-256color",
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", CRASHING_READER, mode, *articles],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
    )
    os.close(slave)
    seen = bytearray()
    ready = threading.Event()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            seen.extend(chunk)
            if b"Harbour Freight" in seen:
                ready.set()

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        if keys:
            assert ready.wait(60), bytes(seen[-400:])
            os.write(master, keys)
        return proc.wait(timeout=90)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
        reader.join(5)


def test_the_readers_exit_status_is_the_apps(tmp_path: Path) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    home = tmp_path / "home"
    assert run_in_terminal("crash", home, [str(article)]) == 1
    assert run_in_terminal("quit", home, [str(article)], keys=b"q") == 0


def test_no_arguments_read_as_the_parser_would() -> None:
    from reader.cli.read import ReadArgs, make_read_parser, parse_args

    ns = make_read_parser().parse_args([])
    assert parse_args([]) == ReadArgs(tuple(ns.paths), ns.theme, bool(ns.whole), ns.scheduler)
    assert parse_args(["--whole"]) == ReadArgs((), None, True)


def test_the_readers_start_imports_no_parser() -> None:
    """``newsdesk`` alone opens the reader without argparse (and gettext) being imported."""
    code = (
        "import sys\n"
        "from reader.cli import _command\n"
        "from reader.cli.read import parse_args\n"
        "assert _command([]) == 'read'\n"
        "parse_args([])\n"
        "bad = [m for m in ('argparse', 'gettext') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
