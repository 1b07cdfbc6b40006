"""An e-mail's header block at the top of a text file ("From: …", "Subject: …", "Date: …"),
as a newsletter saved or pasted as text keeps it: blanked, so it is neither a headline nor
body. Line numbers stay as they are (the lines become empty, they are not removed)."""

from __future__ import annotations

import re

# a header field as mail clients show it; a run of these opens the file, a blank line ends it
_FIELD = re.compile(
    r"(?i)(?:from|to|cc|bcc|subject|date|sent|reply-to|message-id|mime-version|content-type|"
    r"content-transfer-encoding|x-[a-z-]{1,30}|list-unsubscribe|return-path|received):\s?\S?"
)
_NEEDS = ("from:", "subject:", "date:", "sent:")
_MAX_HEADER = 40  # lines: a longer "header" is not one
_FOLDED = re.compile(r"[ \t]+\S")  # a header's continuation line


def blank_mail_header(lines: list[str]) -> list[str]:
    """``lines`` with a leading mail header block blanked: at least two header fields, one of
    them From, Subject, Date or Sent, each at a line's start (folded lines carried), ended by
    a blank line. Anything else is returned as it is."""
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None or not _FIELD.match(lines[first]):
        return lines
    fields: list[str] = []
    end = first
    for end in range(first, min(len(lines), first + _MAX_HEADER)):
        line = lines[end]
        if not line.strip():
            break
        if _FIELD.match(line):
            fields.append(line.split(":", 1)[0].lower() + ":")
        elif not (fields and _FOLDED.match(line)):
            return lines  # a line that is neither a field nor a continuation: not a header
    else:
        return lines  # no blank line ends it
    if len(fields) < 2 or not any(f in _NEEDS for f in fields):
        return lines
    return lines[:first] + [""] * (end - first) + lines[end:]
