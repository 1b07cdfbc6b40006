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
    stop = min(len(lines), first + _MAX_HEADER)
    end, fields = _field_run(lines, first, stop)
    if end >= stop or lines[end].strip() or not _is_header(fields):
        return lines  # no blank line ends it, a line that is neither a field nor a
        # continuation, or too few fields: not a header
    return lines[:first] + [""] * (end - first) + lines[end:]


def _field_run(lines: list[str], start: int, stop: int) -> tuple[int, list[str]]:
    """From a field's line ``start``, where the run of header fields and their folded
    continuation lines ends (before ``stop``), and the run's field names ("from:")."""
    fields: list[str] = []
    end = start
    while end < stop:
        line = lines[end]
        if _FIELD.match(line):
            fields.append(line.split(":", 1)[0].lower() + ":")
        elif end == start or not _FOLDED.match(line):
            break
        end += 1
    return end, fields


def _is_header(fields: list[str]) -> bool:
    """Two fields or more, one of them From, Subject, Date or Sent."""
    return len(fields) >= 2 and any(f in _NEEDS for f in fields)


# a digest's message number above a header ("Message: 2"), a forwarded mail's rule
_DIGEST_MARK = re.compile(
    r"(?i)(?:message:?\s*\d{1,4}|-+ ?forwarded message ?-+|begin forwarded message:)"
)
_SUBJECT = re.compile(r"(?i)subject:\s*")
# what mail puts before a subject: a list's tag, replies and forwards ("[CCRUG] Re: …")
_SUBJECT_TAGS = re.compile(r"(?i)^(?:\[[^\]]{1,40}\]\s*|(?:re|fwd?|aw|sv):\s*)+")


def later_headers(lines: list[str]) -> list[str]:
    """``lines`` with each mail header inside the file read as a new item's head: a mailing
    list's digest ("Message: 2", "Date: …", "From: …", "Subject: [List] …") or a forwarded
    mail. Each run of two or more header fields (one of them From, Subject, Date or Sent,
    standing after a blank line, a rule or a digest's message number) is blanked, except the
    subject, which is left as its words alone: the item's headline. The file's opening
    header is ``blank_mail_header``'s."""
    out = list(lines)
    k = 0
    while k < len(out):
        if not _FIELD.match(out[k]) or (k and not _opens_header(out[k - 1])):
            k += 1
            continue
        end, fields = _field_run(out, k, len(out))
        if _is_header(fields) and end - k <= _MAX_HEADER:
            if k and _DIGEST_MARK.fullmatch(out[k - 1].strip()):
                out[k - 1] = ""
            for i in range(k, end):
                subject = _SUBJECT.match(out[i])
                out[i] = _SUBJECT_TAGS.sub("", out[i][subject.end() :]) if subject else ""
        k = max(end, k + 1)
    return out


def _opens_header(line: str) -> bool:
    """A line a header inside the file stands after: blank, a rule, a digest's number."""
    bare = line.strip()
    return not bare or set(bare) <= set("-=*_~#") or _DIGEST_MARK.fullmatch(bare) is not None
