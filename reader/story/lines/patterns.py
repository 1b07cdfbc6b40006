"""Surface patterns the line classifier tests: boilerplate, credits, timestamps, bylines.

These are generic web/wire conventions (agency credits, "N min read", "Updated …" stamps,
newsletter and share prompts), not strings from any particular file.
"""

from __future__ import annotations

import re

from reader.story.lines.bylines import BYLINE as BYLINE  # re-exported
from reader.story.lines.bylines import BYLINE_ROLE as BYLINE_ROLE  # re-exported
from reader.story.lines.bylines import NAMED_ROLE as NAMED_ROLE  # re-exported
from reader.story.lines.bylines import is_sign_off as is_sign_off  # re-exported
from reader.story.lines.words import word_count
from reader.text.letters import LOWER, UPPER

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|urday|rsday)?\.?"

# A clock time alone on a line: a live blog's entry time ("14:02", "2.15pm", "09:30 GMT").
CLOCK_LINE = re.compile(
    r"^(?:(?:updated|published|posted)\s*:?\s*)?"
    r"(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)"
    r"(?:\s+(?:gmt|bst|utc|cet|cest|et|est|edt|pt|pst|pdt|ist|aest|aedt|local time))?$",
    re.I,
)
RELATIVE_TIME = re.compile(
    r"^(?:(?:updated|published|posted|last updated|submitted|shared)\s*:?\s*)?"
    r"(?:(?:\d+|an?|one|two|few)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?)"
    r"|\d+\s?(?:s|m|h|hr|d|w))"  # "3h ago", "45m ago"
    r"\s+ago\.?$",
    re.I,
)
# "Yesterday", "Yesterday at 5:32pm", "Updated today, 09:14": a day named by its distance from
# now ("Today" alone is as often a menu item, so it needs a clock time or a verb before it).
RELATIVE_DAY = re.compile(
    r"^(?:(?:(?:updated|published|posted|last updated)\s*:?\s*)?yesterday"
    r"|(?:updated|published|posted|last updated)\s*:?\s*today)"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?\.?$"
    r"|^today,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?$",
    re.I,
)
# a day, month and year set apart by dots, as much of Europe writes a date: "11.02.2027",
# "06.06.27" (not a version number: the day and month must be a day and a month)
_DAY_NO = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NO = r"(?:0?[1-9]|1[0-2])"
_DOTTED = _DAY_NO + r"\." + _MONTH_NO + r"\.(?:(?:19|20)\d{2}|\d{2})"
_DATE_TOKEN = re.compile(
    rf"^(?:{_MONTH}|{_WEEKDAY}|(?:\d{{1,2}}|\d{{4}})(?:st|nd|rd|th)?,?|\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:[ap]m)?,?|"
    r"(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?,?|ago|(?:sec|min|hour|hr|day|week)s?|"
    r"[ap]\.?m\.?,?|(?:[ecmp][sd]t|utc|gmt|et|pt|cet|cest|bst|ist|jst|hkt|sgt|aest|aedt),?|updated|published|posted|last|on|at|"
    # a read-later tool's or an archive's stamp: "Saved Monday 6 July 2037", "Added: 3 May"
    r"(?:saved|added|bookmarked|clipped|archived):?|"
    r"\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?,?|\d{1,2}/\d{1,2}/\d{2,4},?|" + _DOTTED + ",?|"
    # a date written year first with dots, or with spaced dots: "2037.06.10.", "24. 3. 2037,"
    r"(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}\.?,?|\d{1,2}\.|"
    r"(?:updated|published|posted):|[-–—|•,:/])$",
    re.I,
)
_HAS_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|"
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}:\d{2}\s*[ap]\.?m\b|\b" + _DOTTED + r"\b"
    r"|\b(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}\b|\b\d{1,2}\. \d{1,2}\. (?:19|20)\d{2}\b",
    re.I,
)

READING_TIME = re.compile(
    r"^(?:(?:estimated\s+)?reading time\s*:?\s*)?(?:about\s+)?\d+\s*(?:-|\u2013|to)?\s*\d*\s*"
    r"(?:min(?:ute)?s?|m)\.?\s*(?:read|reading(?: time)?|listen|to (?:read|listen))?\.?$",
    re.I,
)

PROMO = re.compile(
    r"^(?:(?:read|see|watch|listen to)\s+(?:more|also|next|the full|our)\b|read full (?:story|release|article|report|statement|text)\b"
    # a broadcaster's pointer to its embedded video: "Watch the video above for a report ..."
    r"|watch the (?:video|report|clip|footage) (?:above|below)\b"
    r"|related\s*:|related (?:articles?|stories|coverage|topics)\b|more from\b"
    r"|recommended(?: for you| stories| articles| reading)?$"
    r"|(?:do|did) you find this (?:article|story|page|content)\b"
    r"|(?:was|is) this (?:article|story|page|content) (?:useful|helpful)"
    r"|ai[- ]generated\b|generated (?:by|with|using) ai\b|this (?:article|content|summary) (?:was|is) (?:ai[- ])?generated"
    r"|sign up\b|subscribe\b|get (?:the|our) .*newsletter|newsletter\b"
    # a page's audio and summary tools and its share prompt: "Listen to this story · 2:14",
    # "[Audio version of this article available: ...]", "Read a summary of this article on
    # FAST.", "Kindly share this story:"
    r"|[\u25b6\u25ba]?\s*listen to (?:this|the) (?:story|article)\s*[\u00b7\u2022|(\d]"
    r"|\[?audio version of (?:this|the) (?:story|article)\b"
    r"|read a summary of this (?:story|article)\b|(?:kindly|please) share this\b"
    r"|share (?:this|on|via)\b|share$|share (?:the |full )?(?:article|story|post|page|link)$|(?-i:Share(?: [A-Z][\w'’&.-]*){1,3})$|tweet$|email$|print$|copy link$|save$|comments?$"
    r"|advertisement\b|advertise with\b|article content$|sponsored(?: content| post| links?)?$|ad$|skip (?:to|advertisement)\b"
    r"|click here\b|tap here\b|follow us\b|follow .* on (?:twitter|x|facebook|instagram|linkedin)"
    r"|download (?:the|our) app\b|all rights reserved\b|©|copyright\b"
    r"|story continues below\b|continue reading\b|scroll to continue\b|(?:watch|listen) live\b"
    # an article page's own tools and notes: "Open this photo in gallery:", "Report an
    # editorial error", "Editorial code of conduct"
    r"|open this (?:photo|image|video) in (?:gallery|full ?screen)\b|(?:view|enlarge) (?:this )?image$"
    r"|report (?:an?|a) (?:editorial |technical )?(?:error|typo|issue|problem|correction)\b"
    r"|editorial (?:code of conduct|standards|guidelines)$"
    r"|(?:rate|report) this\b|(?:give|send (?:us )?)?feedback$|watch now\b|listen now\b"
    r"|also read\b|news provided by\b|view original content\b|(?:(?-i:SOURCE)\s+|source\s*:\s*)[A-Z][\w.]*(?:\s+\S+){0,4}$"
    r"|(?:presented|brought to you) by\b|an? (?:message|word|note) from (?:our )?(?:sponsors?\b|partners?\b|(?-i:[A-Z]))|in partnership with\b|sponsored by\b|paid (?:partner )?content\b"
    r"|(?:purchase|buy) licensing\b|reprints?(?: (?:and|&) permissions)?$|(?:please )?(?:turn on|enable) javascript\b"
    r"|view (?:this email|it|this) in (?:your|a) browser|unsubscribe\b|forwarded this email\b"
    # an email's own tools and its sponsor's label: "View in browser", "View online", "Forward
    # to a friend", "Reply to this email", "Together with Kalulu Fleet Leasing" (a label in
    # capitals only: "Together with his brother, ..." is a sentence)
    r"|view (?:in (?:your |a )?browser|online)$|forward (?:this (?:email|newsletter) )?to a (?:friend|colleague)\b"
    r"|upgrade to paid$|start (?:your )?(?:free )?trial$|become a paid (?:subscriber|member)\b|reply to this email\b|(?:together with|in association with)(?-i: (?:[A-Z][\w&'’.-]*|&|and|of)){1,5}$"
    r"|read (?:it |this |the full story )?on (?:our|the) (?:website|site|web)\b"
    r"|that(?:'|’)?s (?:all|it) for (?:today|now|tonight|this (?:morning|evening|week))\b"
    r"|thanks? (?:you )?for reading\b|see you (?:tomorrow|next (?:week|time)|again|on \w+day)\b"
    r"|you(?:'re| are) receiving this\b|you can (?:now )?(?:subscribe|follow|join)\b|(?:ad )?feedback$"
    r"|(?:most (?:popular|read|viewed|shared|watched)(?: (?:from|on|in) .{1,30})?|trending(?: now| stories)?|top stories)\s*:?$"
    r"|(?:more|explore more) on (?:this|these) (?:story|stories|topics?)\b|explore more\b"
    r"|(?:suggested |related )?topics\s*:?$|(?:media|press|investor) (?:contacts?|relations)\b|contacts?\s*:$"
    r"|view (?:all )?comments\b|comments (?:are|have been) (?:now )?(?:closed|disabled|turned off)\b"
    r"|commenting (?:is|has been) (?:now )?(?:closed|disabled)\b|(?:terms (?:of (?:use|service)|and privacy)|privacy (?:policy|dashboard|settings))\b"
    r"|(?:receive|get) (?:free|our|the latest|daily|weekly)\b.*\b(?:updates|alerts|newsletters?|emails?|digest)$"
    r"|we'?ll send you\b|go deeper\s*:|(?:leave|add|post|write) a (?:comment|reply)$|join the (?:conversation|discussion)$|(?:have|got) a (?:story|news) (?:idea|tip)\b|(?:have|got) a (?:story|news tip|tip)\?)",
    re.I,
)

_AGENCIES = (
    r"getty images|reuters|afp|ap|associated press|bloomberg|epa|efe|shutterstock|alamy|"
    r"xinhua|pa(?: images| media)?|anadolu|nurphoto|sipa|zuma|imago|dpa|ansa|kyodo|yonhap|"
    r"ap images|afp via getty images|bloomberg via getty images"
)
AGENCIES = _AGENCIES  # (the photo and wire agencies' names, as one alternation)
# A provider's name alone on a line: a photo credit, or the source under a headline.
BARE_AGENCY = re.compile(rf"^\(?(?:{_AGENCIES})\)?\.?$", re.I)
CREDIT_INLINE = re.compile(
    r"\((?:ap|afp|reuters|getty|epa)\s*photo\s*/[^)]*\)|[(\[](?:photo|image|picture)s?\s*(?:by|:|/)[^)\]]*[)\]]",
    re.I,
)
# An agency in capitals, a slash, a photographer: "SOPA IMAGES/Jane Doe", "REUTERS/Jane Doe".
_CAPS_SLASH_NAME = r"[A-Z][A-Z&]{1,}(?: [A-Z&]+){0,2}(?: PHOTO)?\s*/\s*[A-Z][a-z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){1,3}"
_CAPS_SLASH_NAME_RE = re.compile(_CAPS_SLASH_NAME)
# (compiled once: a call of ``re.search`` with a pattern string looks it up in re's cache,
# which a story's new patterns keep emptying)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_LETTER = re.compile(r"[a-z]", re.I)
_PRIVACY = re.compile(r"privacy (?:notice|policy)\s*:", re.I)
_YOU = re.compile(r"\byou(?:r)?\b", re.I)
# A wire credit glued to the end of a caption: "... on Monday. REUTERS/Jane Doe", or
# "... on Monday. Jane Doe | Bloomberg | Getty Images" (pipe-separated name and agencies), or
# "... in September (Sam Cole/PA)".
CREDIT_TAIL = re.compile(
    r"(?:\b(?:REUTERS|AFP|AP|EPA|XINHUA|ANADOLU)(?: PHOTO)?\s*/\s*[A-Z][\w.'\- /]{1,50}"
    r"|\b(?:Photo|Image|Picture|Pic|Photograph|Illustration|Composite)s?(?: credits?)?:\s*[A-Z][\w.'’&\- /|]{1,60}"
    r"|[.!?]\s+(?:Photo |Image )?(?i:courtesy)(?: of)?\s+[A-Z][\w.'’\- /|]{1,60}"
    rf"|[.!?]\s+{_CAPS_SLASH_NAME}"
    # a photographer and the paper after the caption's last sentence: "... for three straight
    # years. Tomas Aguilera/The Fresno Bee"
    r"|[.!?]\s+[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){1,2} ?/ ?(?:The )?[A-Z][\w.'’&\-]*"
    r"(?: [A-Z][\w.'’&\-]*){0,3}$"
    # a source and a handout or agency glued to the caption, as a Canadian paper's page copies:
    # "... will start on Sept. 1.Greywater Minerals/Handout"
    r"|[.!?][A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,2}/(?:Handout|The Canadian Press|Reuters|AP"
    r"|AFP|Bloomberg|Getty Images)$"
    # a paper's own photo in capitals with its photographer: "... on July 9. ST PHOTO: DESMOND
    # HO", "... in 2024. FILE PHOTO: JANE DOE"
    r"|[.!?]\s+(?:[A-Z]{1,6} )?(?:FILE )?(?:PHOTO|PICTURE|PIC)S?:\s*[A-Z][A-Za-z.'’\- ]{1,50}"
    # an Australian regional's photo line after its caption: "... at Lake Pertobe. Picture
    # supplied", "... on Monday. Picture by Sean Walsh"
    r"|[.!?]\s+(?:Picture|Photo|Image)s? (?:supplied|by [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3})\.?$"
    # a caption's credit after its last sentence, the Australian dailies' way: "... in
    # Canberra on Tuesday. Credit: Alex Moore", "... an 1868 letter. Photo credit: Supplied"
    r"|[.!?]\s+(?:(?i:photo|picture|image) )?(?i:credits?):\s*[A-Z0-9][\w.'’&\- /|]{1,60}$"
    # a New Zealand paper's "Photo / NAME" after the caption: "... on Saturday. Photo / Tania
    # Rawiri", and a source's courtesy in brackets: "... in Nagaoka. (Photo courtesy of Echigo
    # Hanabi Seika)"
    r"|[.!?]\s+(?:Photo|Picture|Image|Photograph)s? / [A-Z][\w.'’&\- ]{1,60}$"
    r"|(?:[.!?]\s+|\s)\((?:Photo|Picture|Image|Photograph)s? (?:courtesy of|by) [A-Z][^()]{1,60}\)$"
    # a copyright sign and the photographer after the caption: "... on October 28. © Jane
    # Doe / AFP"
    r"|[.!?]\s+\u00a9\s*[A-Z][\w.'’&\- /|]{1,60}$"
    # a Malaysian or Singapore daily's source after a dash: "... in Bukit Mertajam. —
    # Filepic", "... of the new plant. — Lumacore Semiconductor", "... on Monday. — Bernama"
    r"|[.!?]\s+[\u2014\u2013]\s*[A-Z][\w.'’&\-]*(?: [A-Z][\w.'’&\-]*){0,3}$"
    r"|[.!?)\]\"”]\s+[A-Z][\w.'’\-]*(?:\s+[\w.'’\-]+){0,4}"
    r"(?:\s*\|\s*[A-Z][\w.'’\-]*(?:\s+[\w.'’\-]+){0,4}){1,3}"
    # a photographer and an agency in brackets closing a caption, the British agencies' way:
    # "The new sails were lifted into place in September (Sam Cole/PA)"
    r"|\((?:[A-Z][\w.'’\-]+ ){1,3}[A-Z][\w.'’\-]+ ?/ ?[A-Z][\w&.'’\-]*(?: [A-Z][\w&.'’\-]*){0,3}\))$"
)


def credit_tail(text: str) -> bool:
    """``CREDIT_TAIL.search(text)``, skipped for the many lines that hold none of what each of
    its alternatives needs: a "/", a ":", a "|", "courtesy", "supplied", "Picture by" or a dash
    ("courtesy" case-blind; its letters o-u-r-t-e have no case-blind matches but their own
    cases, so "ourte" is in the lowered line)."""
    if (
        "/" in text
        or ":" in text
        or "|" in text
        or "ourte" in text.lower()
        or "supplied" in text
        or "cture by " in text  # ("Picture by NAME"; not every " by " of a body line)
        or "hoto by " in text
        or "mage by " in text
        or "graph by " in text  # ("(Photograph by NAME)")
        or "\u00a9" in text  # ("© NAME / AFP")
        or "\u2014" in text
        or "\u2013" in text
    ):
        return CREDIT_TAIL.search(text) is not None
    return False


def credit_inline(text: str) -> bool:
    """``CREDIT_INLINE.search(text)``, skipped for lines with no bracket (each of its
    alternatives opens with "(" or "[")."""
    if "(" in text or "[" in text:
        return CREDIT_INLINE.search(text) is not None
    return False


# A photo's source in brackets after the caption's full stop: "... in Seoul on Tuesday.
# (Yonhap)", "... at the plant. (Doryun Motors)".
# ... or with its photographer after a colon, the Australian broadcaster's way: "... on
# Monday. (ABC News: Jane Doe)", "(Supplied: Huon Growers Association)", "(Supplied: Mt Baw
# Baw Alpine Resort)"
# ... or the page's own word for an old or bought photo: "... airport. (File photo)", "(Stock
# image)", "(Archive picture)"
PAREN_CREDIT = re.compile(
    r"[.!?]\s*\((?:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}"
    r"(?:: [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,5})?"
    r"|(?:File|Stock|Archive) (?:photo|picture|image|pic)(?:graph)?s?)\)$"
)
# The words a photo's line is labelled with: "Photo:", "Images by", "Graphic -".
PHOTO_LABEL = r"(?:photo|image|picture|photograph|illustration|video|graphic)s?\s*(?:credits?)?\s*"
CREDIT_LINE = re.compile(
    rf"^(?:{PHOTO_LABEL}(?:by|:|/|—|-)\s*.+"
    # a copy of a page that labels the photo's source: "Image source, Getty Images"
    r"|(?:photo|image|picture|video)s?\s+sources?\s*[,:]\s*.+"
    r"|credit\s*:\s*.+"
    r"|\(?(?:ap|afp|reuters|epa)\s*photo\s*/.+"
    rf"|.{{0,60}}(?:/|\||via|for)\s*(?:{_AGENCIES})\)?"
    rf"|(?:{_AGENCIES})\.?)$",
    re.I,
)


# a place's letters are not all ASCII: "SÃO PAULO", "ŁÓDŹ", "Évry" (reader.text.letters)
_PLACE_LETTERS = UPPER + LOWER
# a paragraph's dateline, group 1 its place ("Beijing — ", "SEOUL, Nov 3 (Reuters) -- "), for
# the story's metadata (``shape.split_dateline``, which also checks the place's length and the
# rest's first letter). The figures keep two stricter twins on purpose, places in capitals
# only: figures.datelines._DATELINE (a dateline opening a sentence, so that a Title-case
# firm before a dash is not taken for a place) and figures.lead._DATELINE_ALONE (a line that
# is only a dateline)
DATELINE = re.compile(
    rf"^((?:[{UPPER}][{_PLACE_LETTERS}.'\u2019-]+|[{UPPER}]{{2,}})"
    rf"(?:[ ,]+(?:[{UPPER}][{_PLACE_LETTERS}.'\u2019-]+|[{UPPER}]{{2,}}|D\.C\.)){{0,3}}"
    # ", Nov 3", a day before its month (", 14 July (Bernama) --"), and a release's full date:
    # ", December 2, 2026", ", 2 December 2026"
    r"(?:\s*,\s*(?:\w+\.?\s*\d{0,2}(?:,?\s+(?:19|20)\d\d)?|\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+(?:19|20)\d\d)?))?"
    r"(?:\s*\((?:[A-Za-z ]{2,20})\))?)\s*(?:—|–|--| - )\s*(?=\S)"
)

BULLET = re.compile(r"^\s*(?:[-–•*·▪●◦]|\d{1,2}[.)])\s+(?=\S)")
BULLET_MARKER = re.compile(r"^\s*[-–•*·▪●◦]\s*$")

TERMINAL = re.compile(r"""[.!?…:;]["'”’)\]]*$""")
_TERMINALS = ".!?…:;"
_CLOSERS = "\"'”’)]"


def ends_terminal(text: str) -> bool:
    """``TERMINAL.search(text)``, read from the end instead of tried at every position: the
    last character before any closing quotes and brackets ends a sentence (``$`` also stands
    before a final newline)."""
    if _terminal_tail(text):
        return True
    return text.endswith("\n") and _terminal_tail(text[:-1])


def _terminal_tail(text: str) -> bool:
    bare = text.rstrip(_CLOSERS)
    return bare[-1:] in _TERMINALS and bare != ""


_GLUED_CLOCK = re.compile(r"\b((?:19|20)\d{2})(\d{1,2}:\d{2})")
_GLUED_WORD = re.compile(r"(?<=[\da-z])(?=(?:Updated|Published|Posted)\b)")


def is_bare_stamp(text: str) -> bool:
    """A time stamp that names no date: "9 hours ago", "Yesterday", "14:05", "submitted 6 hours
    ago by u/tui_and_tea"."""
    t = text.strip()
    if (by := _AGO_BY.match(t)) is not None:
        t = t[: by.start(1)]  # (a forum's poster after the stamp)
    return bool(RELATIVE_TIME.match(t) or CLOCK_LINE.match(t) or RELATIVE_DAY.match(t))


# a post's stamp with its poster: "submitted 6 hours ago by u/tui_and_tea", "posted 2h ago by
# Mara"
_AGO_BY = re.compile(r"(?i)(?:submitted|posted|shared)\s.{1,24}?\sago(\s+by\s+\S+(?:\s\S+)?)$")


# a newsletter's issue label before its date: "Issue 112 ·", "Vol. 3, No. 14 —", "#48 |"
# a newsletter's issue after its date: " · Issue No. 412", ", Vol. 3 No. 12"
_ISSUE_TAIL = re.compile(
    r"\s*[·•|,\u2013\u2014-]\s*(?:issue|vol(?:ume)?\.?|edition)\s*(?:no\.?\s*)?#?\d+"
    r"(?:,? (?:no\.?|issue) ?\d+)?\s*$",
    re.I,
)
_ISSUE = re.compile(
    r"(?i)(?:(?:issue|vol(?:ume)?\.?|no\.|edition|number)\s*#?\s*\d+|#\d+)"
    r"(?:\s*[,·•|:\u2013\u2014-]?\s*(?:(?:no\.|issue|number)\s*#?\s*\d+))?\s*[·•|,:\u2013\u2014-]?\s*"
)


_READ_TAIL = re.compile(
    r"(?<=\S)[\s\u00b7\u2022|,\u2013\u2014-]+(?:\d+\s*(?:min(?:ute)?s?|m)\.?\s*(?:to\s+)?"
    r"(?:read|reading(?: time)?|listen)\.?"
    # ... or the time after the word: "· Read 4 min", "| Reading time: 6 minutes"
    r"|(?:read|reading(?: time)?|listen):?\s*\d+\s*(?:min(?:ute)?s?|m)\.?)$",
    re.I,
)


# a date written as one token: "2027-06-18", "11.02.2027", "18/06/2027"
_WHOLE_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}|" + _DAY_NO + "[./]" + _MONTH_NO + r"[./](?:19|20)\d{2}"
)
# a place of one to three capitalised words and a comma before a date: "Puerto Montt, 8
# November 2027"
_PLACED_DATE = re.compile(r"[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){0,2}, (?=\S)")
# a writer and an outlet before a broadcaster's stamp, parted by dots: "Ravi Sandhu · CBN News
# · Posted: Mar 24, 2037 6:00 PM CDT | Last Updated: 2 hours ago"
_CREDITED_STAMP = re.compile(
    r"(?:[^\u00b7\u2022|]{2,60} [\u00b7\u2022] ){1,3}(?=(?:posted|published|updated)\b)", re.I
)
# a section's label before a bar or a dot, the stamp after it: "Court in brief | 25 March
# 2037, 1:14pm AEDT", "News · 3 hours ago" (one word, or up to four with one in lower case:
# "Diana Yen | December 22, 2014" is a byline)
_LABEL_BAR = re.compile(
    r"[A-Z][A-Za-z&'\u2019-]*(?:(?: [A-Za-z&'\u2019-]+)?(?: [a-z][A-Za-z&'\u2019-]*)"
    r"(?: [A-Za-z&'\u2019-]+)?)? [|\u00b7\u2022] (?=\S)"
)


# an outlet's name and its section before the stamp, each past a dot, bar or dash: "Pest Ledger
# · Business · 2037.06.10. 11:52", "Prague Tech Observer — 24. 3. 2037, 08:30", "Northern
# Business Briefing | Key points | 3 December 2037" (one or two labels of one to four words, the
# first capitalised)
_OUTLET_LABELS = re.compile(
    r"(?:[A-Z][\w&'\u2019.-]*(?: (?:&|of|the|[A-Z][\w&'\u2019.-]*|[a-z][a-z'\u2019-]+)){0,3}"
    r" [|\u00b7\u2022\u2014\u2013] ){1,2}(?=\S)"
)
_MENU_DOT_BAR = re.compile(r" [|\u00b7\u2022\u2014\u2013] ")
# (a label alone must name an outlet: "Ada Brook | April 12, 2031" is a byline)
_OUTLET_WORD = re.compile(
    r"\b(?:Daily|News|Times|Post|Review|Observer|Ledger|Herald|Courier|Journal|Gazette|Tribune|"
    r"Chronicle|Express|Mirror|Standard|Telegraph|Guardian|Record|Press|Mail|Echo|Bulletin|"
    r"Weekly|Monitor|Insider|Wire|Report|Reporter|Today|Online|Magazine|Radio|TV)\b"
)


# a section's label after the stamp, past a bar or a dot: "4 November 2037 · Market", "12 May
# 2037 | Council news" (one to three words, the first capitalised)
_LABEL_TAIL = re.compile(r"\s[|\u00b7\u2022]\s[A-Z][A-Za-z&'\u2019-]*(?: [A-Za-z&'\u2019-]+){0,2}$")


# a date (a month and year, or a year or season) then a colon and what happened: a timeline's
# entry, not a stamp (but "March 3, 2037: 4:15pm" is one)
_TIMELINE_ENTRY = re.compile(
    r"(?:[A-Z][a-z]{2,8}\.? )?(?:\d{1,2},? )?\d{4}(?:/\d{2,4})?:\s+(?!\d{1,2}[:.]\d{2})\S"
)


# a stamp line of parts: a place, the date, a section's label and the byline, parted by bars,
# dots or dashes ("MONTERREY, N.L. — Friday, October 23, 2037 — Espectáculos — By Rodrigo
# Garza Villarreal"); each part but the date is a byline, a place or a label of a few
# capitalised words
_PART_SEP = re.compile(r"\s+[|\u00b7\u2022\u2014\u2013]\s+")


def _has_part_mark(t: str) -> bool:
    """Whether ``t`` holds one of the marks ``_PART_SEP`` needs: a line without one has no
    parts (five substring tests are far cheaper than ``_PART_SEP``, which, opening on white
    space, is tried at every space)."""
    return "|" in t or "\u00b7" in t or "\u2022" in t or "\u2014" in t or "\u2013" in t


_STAMP_PART = re.compile(
    r"By [A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,4}"
    r"|[A-Z][\w'\u2019.&-]*(?:,? (?:[A-Z&][\w'\u2019.-]*|de|del|la|of)){0,3}\.?"
)


def _parts_stamp(t: str) -> bool:
    """Whether ``t`` is a stamp line of three to six parts (``_PART_SEP``): one part a date, each
    other a byline, a place or a label (``_STAMP_PART``)."""
    parts = _PART_SEP.split(t)
    if not 3 <= len(parts) <= 6 or len(t) > 160:
        return False
    dated = [k for k, part in enumerate(parts) if is_timestamp(part)]
    if len(dated) != 1:
        return False
    others = [part for k, part in enumerate(parts) if k != dated[0]]
    # (a place and one label at most beside a byline, one label without: not a breadcrumb,
    # "Home | News | Business | 3 May 2037")
    labels = [part for part in others if not part.startswith("By ")]
    return len(labels) <= (2 if len(labels) < len(others) else 1) and all(
        _STAMP_PART.fullmatch(part) is not None for part in others
    )


# an item's source after its stamp: "16 Jun 2038, 06:40 | Source: company statement"
_SOURCE_TAIL = re.compile(r"\s*[|·•]\s*(?:source|via)\s*:\s*[^|·•]{1,60}$", re.I)


def is_timestamp(text: str) -> bool:
    """'9 hours ago', 'Yesterday', 'Updated 3:41 PM EST, Tue March 4, 2025', 'March 4, 2025',
    '2025-03-04'."""
    # (a list's bullet mark is no part of a date: "- 9 p.m. sailings end on March 3")
    t = (
        BULLET.sub("", text.strip(), count=1)
        if text.lstrip()[:1] in "-\u2013\u2022*"
        else text.strip()
    )
    if (credit := _CREDITED_STAMP.match(t)) is not None and is_timestamp(t[credit.end() :]):
        return True  # "Ravi Sandhu · CBN News · Posted: Mar 24, 2037 6:00 PM CDT | Last ..."
    if _has_part_mark(t) and _PART_SEP.search(t) is not None and _parts_stamp(t):
        return True  # "MONTERREY, N.L. — Friday, October 23, 2037 — Espectáculos — By ..."
    if (source := _SOURCE_TAIL.search(t)) is not None and source.start() > 0:
        return is_timestamp(t[: source.start()])  # "16 Jun 2038, 06:40 | Source: company statement"
    if not t or len(t) > 80:
        return False
    if t[:1].isalnum() and _TIMELINE_ENTRY.match(t):
        return False  # a timeline's entry: "March 2033: 96 days", "2019: Council votes"
    if (tail := _ISSUE_TAIL.search(t)) is not None and tail.start() > 0:
        return is_timestamp(t[: tail.start()])  # "Wednesday, June 10, 2037 · Issue No. 412"
    if t[:1] in "IiVvNnEe#" and (issue := _ISSUE.match(t)):
        t = t[issue.end() :]  # a newsletter's "Issue 112 · 28 November 2026"
        if not t:
            return True
    if is_bare_stamp(t) or _WHOLE_DATE.fullmatch(t) is not None:
        return True
    if (placed := _PLACED_DATE.match(t)) is not None and is_timestamp(t[placed.end() :]):
        return True  # a release's place and date on a line of their own
    if (
        (labels := _OUTLET_LABELS.match(t)) is not None
        and (_OUTLET_WORD.search(t, 0, labels.end()) or len(_MENU_DOT_BAR.findall(labels[0])) > 1)
        and is_timestamp(t[labels.end() :])
    ):
        return True  # the outlet and its section, then the stamp: "Pest Ledger · Business · ..."
    if (label := _LABEL_BAR.match(t)) is not None and is_timestamp(t[label.end() :]):
        return True  # a section's label, then the stamp: "Court in brief | 25 March 2037"
    if (tail := _LABEL_TAIL.search(t)) is not None and is_timestamp(t[: tail.start()]):
        return True  # the stamp, then its section: "4 November 2037 · Market"
    # a stamp with the page's reading time after it: "3 Dec, 2026 06:00 AM 4 mins to read"
    t = _READ_TAIL.sub("", t) or t
    # pasted stamps lose their spaces: "November 3, 20269:14 AM GMT+9Updated 2 hours ago"
    t = _GLUED_CLOCK.sub(r"\1 \2", t)
    t = _GLUED_WORD.sub(" ", t)
    if not _HAS_DATE.search(t) and not _YEAR.search(t):
        return False
    tokens = t.replace("(", " ").replace(")", " ").split()
    dateish = sum(1 for tok in tokens if _DATE_TOKEN.match(tok))
    return dateish >= max(2, int(0.8 * len(tokens) + 0.5))


# a field and its figure: "Target price: W41,000", "Last close: $31.85", "Yield: 4.2%" (not a
# stamp's "Updated: 12:30", a photo's "Photo: 2023 archive")
_FIELD = re.compile(
    r"(?!(?:updated|published|posted|photo|image|picture|video|source|credit)\b)"
    r"[A-Za-z][\w ]{1,30}:\s*(?:[A-Z]{1,3}\$?|[$\u20ac\u00a3\u00a5\u20a9\u20b9])?\s?\d[\d,.]*(?:%|\b)",
    re.I,
)


def is_credit(text: str) -> bool:
    """A photo credit line: 'Name | Agency | Getty Images', 'Photo: Reuters', '(AP Photo/…)'."""
    t = text.strip()
    if not t or len(t) > 120:
        return False
    parts = [p.strip() for p in t.split("|")]
    if len(parts) >= 2 and all(0 < word_count(p) <= 5 for p in parts) and not ends_terminal(t):
        # (not a broker's fields: "Rating: BUY | Target price: W41,000 | Last close: W31,850")
        return not any(_FIELD.match(p) for p in parts)
    if word_count(t) <= 14 and CREDIT_LINE.match(t):
        return True
    if _CAPS_SLASH_NAME_RE.fullmatch(t):
        return True
    return bool(CREDIT_INLINE.fullmatch(t))


# a linked item's source, its domain alone under the item's title: "(kiwiherald.co.nz)" (the
# item's byline, not a photo's credit: the title above it stays a headline)
_DOMAIN = r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}"
DOMAIN_LINE = re.compile(rf"\({_DOMAIN}\)|{_DOMAIN}")


# Wire and site footers, wherever they sit in the line.
FOOTER = re.compile(
    r"all rights reserved\.?$|^our standards\s*:|trust principles\b"
    # an Australian or New Zealand body's acknowledgement of the land's first peoples, closing
    # its pages: "The City of X acknowledges the Y People as the Traditional Owners of the land."
    r"|\backnowledges? (?:and pays? respects? to )?the\b.{0,80}\btraditional (?:owners|custodians)\b"
    r"|\bmay not be (?:published|reproduced|redistributed|rewritten)"
    r"|^(?:additional )?(?:reporting|writing) by\b.*;\s*(?:editing|writing|additional reporting) by\b"
    r"|^editing by\b|\bcontributed (?:reporting )?to this (?:report|story|article)\.?$"
    r"|^(?:--|\u2014|\u2013)?\s*(?i:with (?:assistance|additional reporting) from) "
    r"(?-i:[A-Z][\w.'\u2019-]*(?:,? (?:and )?[A-Z][\w.'\u2019-]*){0,11})\.?$"
    r"|\bcontributed(?: additional)? reporting\.?$"
    # a syndicated copy's footer: "This article originally appeared on Akron Beacon Journal:
    # <headline>", "This story was first published by The Conversation"
    r"|^(?:this|the) (?:article|story|piece) (?:(?:originally|first) )?(?:appeared|was "
    r"(?:originally |first )?published|was published) (?:on|in|by)\b"
    # a broadcaster's or paper's social line, however long: "Follow BBC West on Facebook, X and
    # Instagram. Send your story ideas to us on email or via WhatsApp."
    r"|^follow (?:us|[A-Z][\w&'\u2019.-]*(?: [A-Z][\w&'\u2019.-]*){0,4}) on (?:facebook|x|twitter|"
    r"instagram|linkedin|tiktok|youtube|threads|bluesky|whatsapp)\b"
    # a paywall's notice, however long: "This article is for subscribers. You are reading 1 of 3
    # free articles this month.", "You've read 3 of 5 free articles this month."
    r"|^this (?:article|story|content) is (?:only )?(?:for|available to|reserved for) "
    r"(?:paying )?(?:subscribers|members)\b"
    r"|^you(?:'|\u2019)?(?:ve| have| are)? (?:read(?:ing)? )?(?:\d+|one|two|three)(?: of \d+)? "
    r"(?:free )?(?:articles?|stories) (?:left|remaining|this month)\b"
    # a newsletter's footer and its sponsor's line, however long: "You're receiving this
    # because you signed up at ...", "This week's letter is supported by Glenrinnes Hardware"
    r"|^you(?:'|\u2019)?(?:re| are) receiving this\b"
    # a writer's post asking for subscribers: "Thanks for reading The Harbour Letter! Subscribe
    # for free to receive new posts and support my work.", "Paid subscribers also get my
    # monthly tables."
    r"|^thanks? (?:you )?for reading\b[^.!?]{0,60}[.!?]\s+(?:subscribe|sign up|become|upgrade|"
    r"support|join)\b"
    r"|^paid (?:subscribers|members) (?:also )?(?:get|receive|can read)\b.{0,80}\b(?:my|our)\b"
    # a post's paywall: "Keep reading with a 7-day free trial", "Subscribe to Kurzeme Notebook to
    # keep reading this post ...", "Already a paid subscriber? Sign in"
    r"|^keep reading with a\b|\bto keep reading (?:this|the) (?:post|article|story)\b"
    r"|^already a (?:paid )?(?:subscriber|member)\?"
    r"|^support (?:our|my|independent|local) (?:work|journalism|reporting|newsroom)\s*[:.!]"
    r"|\bplease consider (?:a paid subscription|subscribing|becoming a (?:paid )?(?:subscriber|"
    r"member|supporter)|(?:making )?a donation|donating)\b"
    # a group's or page's own notice: "Pinned by admins: ...", "Note from the page admins: ...",
    # "Admin notice: ...", "Page rules: keep it friendly."
    r"|^(?:pinned(?: post)?(?: by (?:the )?(?:admins?|moderators?|mods))?|(?:a )?note from the "
    r"(?:page |group )?(?:admins?|moderators?|mods)|admin(?:istrator)? (?:notice|note)|"
    r"(?:page|group|house|community) rules)\s*:"
    # (or names the letter: "You're receiving Order Paper because you signed up at …")
    r"|^you(?:'|\u2019)?(?:re| are) receiving [\w'\u2019&.-]+(?: [\w'\u2019&.-]+){0,4} because you\b"
    r"|^(?:this|today(?:'|\u2019)s|this week(?:'|\u2019)s) (?:letter|newsletter|issue|edition|email|"
    r"briefing|bulletin)\b[^.]{0,30}\b(?:is |was )?(?:supported|sponsored|brought to you|"
    r"made possible) by\b",
    re.I,
)


# "Also Read | …", "Related: …", "ALSO ON THE BEACON: …", "More from Business: …": a pointer to
# another article, headline included.
RELATED_PREFIX = re.compile(
    r"^(?:also read|read(?: (?:more|also))?|see also|related(?: article| story)?|more|recommended"
    r"|also (?:on|in|from) [^:|]{1,40}|more (?:from|on) [^:|]{1,40})\s*[:|]",
    re.I,
)
# "Home › Business › Markets", "Korea Herald > Business > Industry": where the page sits; two
# parts when the first is the home page or a site's section and the second a label of one to
# three capitalised words ("Driving / Road Tests", "Home / Personal Finance"; not a photo's
# "Boston Herald / Polaris")
_SECTION = (
    r"(?:Home|News|Business|Money|Markets|Sports?|Life|Lifestyle|Living|Travel|Food|Health|"
    r"Opinion|Politics|World|Tech|Technology|Science|Entertainment|Culture|Arts|Property|"
    r"Real Estate|Motoring|Driving|Cars|Autos|Education|Local|Weather|Environment|Climate)"
)
_CRUMB = r"[A-Z][a-z][\w&'\u2019-]*(?: (?:&|[A-Z][\w&'\u2019-]*)){0,2}"
BREADCRUMB = re.compile(
    r"^[^>›»]{1,40}(?:\s*[>›»]\s*[^>›»]{1,100}){2,}$|^[^/]{1,30}(?: / [^/]{1,30}){2,}$"
    rf"|^{_SECTION} [/>›»] {_CRUMB}$"
)


def is_breadcrumb(text: str) -> bool:
    t = text.strip()
    # the cheap tests first: the pattern backtracks heavily on long lines
    return word_count(t) <= 25 and not ends_terminal(t) and bool(BREADCRUMB.match(t))


# Reported speech: "Read more about the ruling online, the statement said." is a sentence.
_SPEECH = re.compile(r"\b(?:said|says|told|added|according to)\b", re.I)


# a sign-up box's longer line: "Sign up for our free weekday newsletter to get Outer Banks news
# in your inbox.", also after the box's question ("Want the day's top stories in your inbox?
# Sign up for ...")
_SIGN_UP = re.compile(
    r"(?:[^?]{3,90}\?\s+)?(?:sign up|subscribe|register)\b.*\b(?:newsletters?|inbox|e-?mails?|alerts)\b"
    # (the question names the inbox, the answer only where: "Want Order Paper in your inbox
    # every Thursday? Sign up at orderpaper.nz")
    r"|[^?]{0,60}\b(?:inbox|newsletters?|e-?mails?)\b[^?]{0,40}\?\s+(?:sign up|subscribe|register)\b",
    re.I,
)


def is_promo(text: str) -> bool:
    t = text.strip().strip("*_#>[]()").strip()
    n = word_count(t)
    if n > 30:
        return False  # every test below needs 30 words or fewer
    if ends_terminal(t) and _SPEECH.search(t):
        return False
    return (
        (n <= 14 and bool(PROMO.match(t)))
        or (n <= 12 and _tool_line(t))
        or (n <= 25 and bool(_SIGN_UP.match(t)))
        or (n <= 25 and bool(FOOTER.search(t)))
        or (n <= 30 and bool(RELATED_PREFIX.match(t)))
        or (n <= 30 and bool(TRANSLATION.search(t)))
        or (n <= 45 and bool(HELP_LINE.match(t)))
        or (n <= 30 and bool(_FORWARD_ASK.match(t)))
        or (n <= 30 and bool(_TIP_ASK.match(t)))
    )


# a paper asking for its readers' stories: "Have you got a story? Contact Council Watch at
# tips@...", "Got a story for the page? Send us a message or WhatsApp 082 ...", "Do you have a
# news tip? Email ..."
_TIP_ASK = re.compile(
    r"(?:have you |do you )?(?:got|have) an? (?:story|news tip|tip|news story)"
    r"(?: (?:for|to share with) (?:us|the page|the paper|[A-Z][\w' ]{1,30}))?\?\s+\S",
    re.I,
)


# a newsletter asking to be passed on: "Know someone in the north who would like The Northern
# Beat? Forward this email to a friend."
_FORWARD_ASK = re.compile(
    r"know someone (?:[\w ]{0,30} )?who (?:would|might|'d) (?:like|enjoy|love)\b"
    r"|forward this (?:email|newsletter)\b",
    re.I,
)


# a note where to find help after a story on suicide, abuse or crime: "If this story has raised
# issues for you, you can call Lifeline on 13 11 14", "If you or someone you know is
# struggling, ...", "Support is available from ..."
HELP_LINE = re.compile(
    r"(?:if (?:this (?:story|article|report|content) has raised (?:issues|concerns)"
    r"|you or someone you know (?:is|are|has|needs?|may be|might be)\b"
    r"|you(?:'re|\u2019re| are| have been)? (?:affected|struggling|impacted) by (?:any of )?"
    r"(?:the issues|this|these|what)\b|you need (?:to talk to someone|support|help)\b)"
    r"|(?:support|help) is available\b"
    r"|for (?:confidential )?(?:help|support)(?: and (?:support|advice))?,? "
    r"(?:call|contact|visit|phone|text)\b)",
    re.I,
)


# a translated page's notes and tools: "Translated from Dutch · Show original", "This article
# was machine translated", "Original article in German", "Rate this translation"
TRANSLATION = re.compile(
    r"^(?:\* ?)?(?:(?:machine|automatically|auto)[- ])?translated (?:from|automatically|by ai)\b"
    r"|^(?:\* ?)?this (?:article|text|news|story|page|post) (?:was|has been|is) "
    r"(?:\w+ )?(?:automatically |machine[- ]|ai[- ])?translated\b"
    r"|^original (?:article|text|story) in [A-Z]\w+\b"
    r"|^(?:show|see|view) (?:the )?original\b"
    r"|\b(?:rate this translation|was this translation helpful)\b"
    r"|^translate this page$",
    re.I,
)


# a reader app's or an aggregator's tools, alone or in a bar: "Show more", "Open in app", "Mark
# as read"
_APP_TOOL = (
    r"(?:show (?:more|less)|see more|load more|open in (?:the )?(?:app|browser)"
    r"|mark (?:all )?as (?:un)?read|save for later|read later)\s*[.…>»→]*"
)
# a feed's or a forum's tools and counts under an item, parted by dots or bars: "412 comments ·
# share · save", "1.2K likes · 340 comments", "Reply | Report"
_TOOL = re.compile(
    r"(?:[\d.,]+[km]? )?(?:comments?|likes?|shares?|reactions?|votes?|points?|replies|upvotes?|"
    r"reposts?|restacks?|retweets?|bookmarks?|views?|members|followers)"
    # a group's own line over its feed: "Public group · 3.4K members"
    r"|(?:public|private) group|share|save|hide|report|reply|like|crosspost|give award|permalink|embed"
    r"|print(?: this (?:page|article|story))?|close(?: this)? window"
    r"|" + _APP_TOOL,
    re.I,
)


_TOOL_SEP = re.compile(r"\s[\u00b7\u2022|]\s")


def feed_tools(text: str) -> bool:
    """A feed's or an embedded post's counts and tools on a line of their own: "Like · Comment",
    "41 reposts 188 likes", "1,388 likes"."""
    t = text.strip()
    return word_count(t) <= 12 and _tool_line(t)


def feed_bar(text: str) -> bool:
    """A feed's bar of counts and tools under a post, two parts or more: "Like · Comment ·
    Share", "214 reactions · 37 comments · 12 shares"."""
    parts = [p.strip() for p in _TOOL_SEP.split(text.strip())]
    return len(parts) >= 2 and all(_TOOL.fullmatch(p) for p in parts)


def _tool_line(t: str) -> bool:
    parts = [p.strip() for p in _TOOL_SEP.split(t)]
    if len(parts) == 1:
        return _EMBED_TOOL.fullmatch(t) is not None or _COUNTS.fullmatch(t) is not None
    return all(_TOOL.fullmatch(p) for p in parts)


# an embedded post's count or link on a line of its own: "1,388 likes", "View more on
# Instagram", "Watch on YouTube" (a page's "2 comments" is left to the line roles)
_EMBED_TOOL = re.compile(
    r"[\d.,]+[km]? (?:likes?|reposts?|retweets?|reactions)"
    r"|(?:view|see|watch|open)(?: (?:more|this post|the full post|full post|all))?"
    r" on (?:instagram|facebook|x|twitter|tiktok|youtube|threads|bluesky|linkedin)",
    re.I,
)


# an embedded post's counts run together: "41 reposts 188 likes", "1.2K likes 340 replies"
_COUNTS = re.compile(
    r"(?:[\d.,]+[km]? (?:likes?|reposts?|retweets?|reactions?|replies|comments?|shares?|views?|"
    r"quotes?|bookmarks?)\s*){2,4}",
    re.I,
)


def is_reading_time(text: str) -> bool:
    t = text.strip()
    return len(t) <= 40 and bool(READING_TIME.match(t)) and _LETTER.search(t) is not None


# A call to action: a whole short line ("REGISTER NOW", "Learn more →"), or one closing a
# pitch after its sentence ("… before prices rise. Register now.", "… software. View Bio").
_CTA = (
    r"(?:register|sign up|subscribe|learn more|find out more|get in touch|buy tickets|book now|"
    r"download now|try it free|get started|view (?:full )?(?:bio|profile)|read more)"
    r"(?: now| today| here)?\s*[.!]?\s*[→>»]?"
)
CTA_LINE = re.compile(rf"^{_CTA}$|[.!?]\s+{_CTA}$|^(?:\.\.\.|…)\s*more$", re.I)
DISCLAIMER = re.compile(r"^\(?(?:disclaimer|disclosure)\s*:", re.I)
# Wire update notes: "(Adds analyst comment in sixth paragraph)", "(Updates with closing prices)";
# an agency's share in the copy.
# an agency's share in the copy: "(With inputs from PTI)", "(Additional reporting by ...)"
_AGENCY_SHARE = (
    r"^\((?:with (?:inputs|agency inputs|additional reporting)\b|additional reporting\b)[^)]*\)$"
)
WIRE_NOTE = re.compile(
    r"^\((?:adds|updates|recasts|rewrites|corrects|changes|fixes|removes|inserts|refiles)\b[^)]*\)$"
    rf"|{_AGENCY_SHARE}",
    re.I,
)
# a release's end mark: "ENDS", "-ends-", "###", "-30-"
_RELEASE_END = r"-*\s*ends\s*-*|#{3}|-\s*30\s*-"
# A line that closes a story: a wire's sign-off ("(Reporting by Jo Lee; Editing by Sam Roy)",
# "(With inputs from PTI)", "Compiled by ...") or a release's end mark ("ENDS", "###", "-30-").
STORY_END = re.compile(
    r"^\((?:additional )?(?:reporting|writing|compiled|edited|editing) by\b[^()]{0,120}\)\.?$"
    # unbracketed, names only: "Reporting by Jo Lee; Editing by Sam Roy"
    r"|^(?:additional )?(?:reporting|writing|compiled|edited|editing) by(?: [^\s;,.]+){1,5}"
    r"(?:[;,] (?:additional reporting|reporting|writing|compiled|edited|editing) by"
    r"(?: [^\s;,.]+){1,5})*\.?$"
    rf"|{_AGENCY_SHARE}"
    rf"|^(?:{_RELEASE_END})\.?$",
    re.I,
)
# A press release's markers: "FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL 00:01 …", "ENDS",
# "-ends-", "###": where a release begins and ends, never its text.
RELEASE_MARK = re.compile(
    rf"^(?:for immediate release|embargoed\b.{{0,60}}|{_RELEASE_END}"
    r"|notes? (?:to|for) editors\b.*)\.?$",
    re.I,
)
# A newsletter pitch: "We'll send you a daily digest email rounding up …".
PITCH = re.compile(
    r"^we(?:'|’)?ll send you\b.*\b(?:e-?mails?|newsletters?|digest|updates|alerts)\b", re.I
)
COOKIE = re.compile(r"\b(?:we|our)\b.*\bcookies?\b|\bcookies?\b.*\b(?:we|our)\b", re.I)
# Contact details alone on a line: an e-mail address, a phone number, a bare web address.
CONTACT = re.compile(
    r"^(?:(?:e-?mail|tel|phone|mobile|fax|web)\s*:?\s*)?"
    # (a date written with dots, "03.11.2037", is a stamp, no number to call; either order, so
    # not ``_DOTTED``, which is day first: a US page writes "12.22.14")
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?!\d{1,2}\.\d{1,2}\.\d{2,4}$)\+?\(?\d[\d\s().-]{6,18}\d"
    r"|(?:https?://|www\.)\S+)$",
    re.I,
)
# A photo gallery caption: "Item 1 of 4 …", "[1/4] …"; or a caption under its label, as a
# copy of a page gives it: "Image caption …", "Media caption …", "Pictured: …", "Caption: …".
GALLERY = re.compile(
    r"^(?:item \d{1,2} of \d{1,2}\b|\[\d{1,2}/\d{1,2}\]"
    r"|(?:image|media|photo|picture|video) caption\b|caption:|pictured:)",
    re.I,
)
# Labels over a summary box: a section of the story, never a story of its own.
SUMMARY_LABEL = re.compile(
    r"^(?:key (?:points|takeaways|facts|highlights)|highlights|synopsis|summary|in brief|"
    r"at a glance|the big picture|tl;?dr|what you need to know)\s*:?$",
    re.I,
)
# Closing sections of a press release: part of the release, never a new story.
CLOSING_SECTION = re.compile(
    r"^(?:about (?-i:[A-Z])[\w&.,'’\- ]{1,60}|forward[- ]looking statements?|safe harbou?r(?: statement)?|"
    r"cautionary (?:note|statement)s?\b.*|non-gaap financial measures)\s*:?$",
    re.I,
)


def article_part(text: str) -> bool:
    """A label of a part only an article has: a summary box ("Key points", ``SUMMARY_LABEL``)
    or a press release's closing section ("About Harbour Holdings", ``CLOSING_SECTION``)."""
    return SUMMARY_LABEL.match(text) is not None or CLOSING_SECTION.match(text) is not None


# a menu's labels on one line, parted by dots: "Byron Bay · Ballina · Mullumbimby · Lismore",
# "News · Sport · What's On" (three or more labels of one to three capitalised words)
_MENU_LABEL = re.compile(r"[A-Z][\w'\u2019&.-]*(?: (?:&|of|and|the|[A-Z][\w'\u2019&.-]*)){0,3}")
_MENU_DOT = re.compile(r" [\u00b7\u2022] ")


def menu_row(text: str) -> bool:
    parts = _MENU_DOT.split(text)
    return len(parts) >= 3 and all(_MENU_LABEL.fullmatch(p) for p in parts)


# a menu's labels parted by spaces alone: "News Slovenia Ljubljana Business Sport Culture" (four
# or more capitalised words, at least half of them a site's section names; a headline written
# in capitals names one such section at most)
_SECTION_WORD = re.compile(_SECTION)
SPACED_MENU_WORDS = 4


def spaced_menu(text: str) -> bool:
    words = text.split()
    if len(words) < SPACED_MENU_WORDS or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    return 2 * sum(_SECTION_WORD.fullmatch(w) is not None for w in words) >= len(words)


def is_furniture(text: str) -> bool:
    """Calls to action, disclaimers, wire update notes, cookie banners, contact details, a
    menu's labels parted by dots."""
    t = text.strip()
    n = word_count(t)
    if n <= 16 and ("\u00b7" in t or "\u2022" in t) and menu_row(t):
        return True
    if 4 <= n <= 12 and spaced_menu(t):
        return True
    if n <= 25 and CTA_LINE.search(t):
        return True
    if n <= 80 and DISCLAIMER.match(t):
        return True
    if WIRE_NOTE.match(t) or CONTACT.match(t) or RELEASE_MARK.match(t):
        return True
    if n <= 40 and PITCH.match(t):
        return True
    if n <= 80 and _PRIVACY.match(t):
        return True
    if n <= 5 and "newsletter" in t.lower():
        return True  # "Free daily newsletter", "after newsletter promotion"
    return n <= 60 and "cookie" in t.lower() and bool(COOKIE.search(t)) and _you(t)


def _you(text: str) -> bool:
    return _YOU.search(text) is not None


# a newsletter's greeting opening the letter: "Good morning. Three things today.", "Hello,
# everyone", "Welcome to this week's letter" (not "Morning trading was thin")
GREETING = re.compile(
    r"(?:good (?:morning|afternoon|evening)|hello|hi|hey|morning)[,.!:]"
    r"|(?:good (?:morning|afternoon|evening)|hello|hi|hey) (?:and welcome|everyone|all|there|"
    r"friends|readers|subscribers|(?-i:[A-Z][a-z]+)[,.!])"
    r"|welcome (?:to|back to) (?:this|today|your|the latest|another)\b"
    r"|dear (?:readers?|subscribers?|friends|all)\b",
    re.IGNORECASE,
)


# a newsletter's tagline under its name, speaking to the reader of the letter: "Your weekly
# round-up of Pacific business news.", "The daily briefing on markets", "Here's what you need to
# know today." (not "The weekly market report showed ...": a tagline ends the line)
TAGLINE = re.compile(
    r"(?:(?:your|the|our) (?:weekly|daily|monthly|fortnightly|morning|evening|weekend|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day) (?:round-?up|briefing|digest|newsletter|guide|"
    r"wrap|summary|look|dispatch|letter)\b[^.!?]{0,80}"
    r"|here(?:'s|’s| is| are) (?:what|all) you need to know\b[^.!?]{0,40})[.!]?\s*$",
    re.IGNORECASE,
)


def greeting(text: str) -> bool:
    """The line opens on a newsletter's greeting ("Good morning. Three things today.") or is
    its tagline ("Your weekly round-up of Pacific business news.")."""
    return GREETING.match(text) is not None or TAGLINE.match(text) is not None
