"""Page furniture that is never an actor or a quote: credit lines, editor's notes (corrections and
clarifications among them), photo captions, team sheets and results lists of initials and surnames,
all-caps subheads (alone or run into their paragraph before a dash), "Related:"/"Read more" lines,
newsletter and follow prompts ("Follow Pam Key on Twitter"), jump markers ("Story continues below"), the slots
of advertisements, and the market-data links and story references of wire copy ("(GS.N: Quote, Profile, Research,
Stock Buzz)", "[ID:nLDE7300QU]").

``blank_furniture`` turns them into spaces (line breaks kept) in the text handed to spaCy, so every
offset stays valid and no extractor ever sees them.
"""

from __future__ import annotations

import re

from ..model import Offsets

_CREDIT = (
    r"(?:additional\s+|editing\s+and\s+)?(?:reporting|writing|editing|compiled|research|graphics|translation)"
    r"(?:\s+and\s+\w+)?\s+by\b"
)
_RELATED = r"related(?:\s+(?:coverage|content|articles?|stories|reading))?"
"""The heading of a list of other stories ("Related", "Related coverage")."""
_PIECE = r"(?:story|article|report|post)"
_ERRED = r"(?:misstated|misquoted|misidentified|misspel\w*|incorrectly|erroneously|wrongly|mistakenly|omitted)"
"""What a correction says an earlier version of the piece did."""
_PARAGRAPH = re.compile(
    rf"""^[\s(\[]*(?:
        {_CREDIT}
      | editor[’']?s[’']?\s+note\b
      | (?:correction|clarification)s?(?:\s*[:|]|\s*[—–-]\s)
      | this\s+{_PIECE}\s+has\s+been\s+(?:corrected|updated|revised|clarified|amended)
        (?:\s+(?:to|with|throughout)\b|\s*[.:])
      | an\s+earlier\s+version\s+of\s+this\s+{_PIECE}\b[^.\n]*?\b{_ERRED}\b
      | (?:photo|photograph|image|picture|video|file\s+photo)(?:\s+(?:caption|copyright|credit))?\s*[:|]
      | (?:image|photo|picture)\s+(?:caption|copyright|credit)\b
      | (?:{_RELATED}|read\s+more|more\s+on\s+this|see\s+also
           |also\s+read|recommended)\b\s*[:|—–-]
      | read\s+more\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_INLINE_CREDIT = re.compile(rf"\(\s*{_CREDIT}[^()]*\)", re.IGNORECASE)
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!?”\"]\s)\s*(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled)"
    r"(?:\s+and\s+\w+)?\s+by\b[^\n]*"
)
_NEWSLETTER = re.compile(
    r"\b(?:sign\s+up|subscribe)\b.{0,80}\bnewsletters?\b|\bnewsletters?\b.{0,80}"
    r"\b(?:sign\s+up|subscribe)\b",
    re.IGNORECASE,
)
_NETWORK = r"(?:twitter|x|facebook|instagram|threads|bluesky|linkedin)"
_FOLLOW = re.compile(
    rf"""^[\s"“]*follow\s+[^\n]{{1,40}}?\s+on\s+{_NETWORK}(?:\s*(?:,|and|&)\s*{_NETWORK})*
        (?:\s*:?\s*(?:at\s+)?@\w+)?(?:\s+for\s+[^.!?,\n]{{1,40}})?\s*[.!]?["”]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
"""A follow prompt, the whole paragraph ("Follow Pam Key on Twitter @pamkeyNEN.", "Follow us on Twitter:
@desk", "Follow @desk on X for live updates", also in the quotation marks a transcript sets around each
paragraph); not a sentence that goes on ("Follow me on Twitter and on Facebook ..., said Lena Ortiz.")."""
_INLINE_FOLLOW = re.compile(
    rf"""(?:^|(?<=[.!?\]]\s)|(?<=\[))(?:you\s+can\s+(?:also\s+)?)?follow\s+
        (?:me|us|him|her|them|@\w+|[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{0,3}})\s+on\s+{_NETWORK}
        (?:\s*(?:,|and|&)\s*(?:on\s+)?{_NETWORK})*(?:\s*:?\s*(?:at\s+)?(?:@\w+|https?://[^\s\]]+?))?
        \s*[.!\]](?=\s|$)""",
    re.IGNORECASE | re.VERBOSE,
)
"""A follow prompt as a sentence of its own inside a paragraph, as wire copy run into one line has them
("... among others. Follow Fast Company on Twitter. Email ...", "[Follow Philip Elmer-DeWitt on Twitter
@philiped]", "You can also follow me on Twitter ."); not one that goes on ("..., said Lena Ortiz.")."""
_INLINE_RELATED = re.compile(
    rf"""(?<=[.!?]\s)(?:
        read\s+more\s*(?::[^\n]*|["“”]*\s*$)
      | {_RELATED}(?:\s+from\s+[^:\n]{{1,40}}?)?
        (?:\s*\([^)\n]{{0,40}}\))?\s*:[^\n]*
    )""",
    re.IGNORECASE | re.VERBOSE | re.MULTILINE,
)
"""A "Read more" or "Related" list run into the end of a paragraph after its last sentence ("... the
author of this post. Read More: Most Innovative Companies: Twitter", "Related content from GigaOM Pro
(subscription req'd): ..."), to the paragraph's end; not "Related to the damaged facility is ..."."""
_INLINE_PHOTO_CREDIT = re.compile(
    r"(?<=[.!?]\s)(?:[Ii]mage|[Pp]hoto|[Pp]icture)s?\s+(?:courtesy\s+of|by)\s+(?:(?:[A-Z][\w'&/.-]*|of|the|and|user),?\s+){0,7}[A-Z][\w'&/-]*\s?\."
)
"""A photo credit run into a paragraph ("Image courtesy of Flickr user Torkildr.", "Photo by Joe McDonald/Fine
Arts Museums of San Francisco."): names only, to a full stop."""
_AGENCY = r"(?:Getty(?:\s+Images)?|AFP)"
_PHOTO_ASIDE = re.compile(
    rf"\((?=[^()\n]*?(?:\b(?:photo|image|picture)s?\s*(?:by\b|:|/)|/\s*{_AGENCY}\b))[^()\n]{{0,200}}\)(?!\s*[-—–]\s)",
    re.IGNORECASE,
)
"""A photo's caption or credit in brackets ("(Photo by Jo Kent/Getty)", "(AP Photo/Ana Ruiz)", "(JO KENT/AFP/Getty
Images Designers at the show in Milan)"): the whole aside; not a dateline's source ("Tripoli (ANTARA/AFP) - ...")."""
_AGENCY_CREDIT = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:[A-Z][\w.'-]*\s+){{1,3}}?[A-Z][\w.'-]*\s*/\s*(?:[A-Z]+\s*/\s*)?{_AGENCY}\b"
)
"""A photographer's credit opening a paragraph or sentence ("Ron Lake / Getty Images Hate the law? ..."): the name
and agency."""
_COPYRIGHT = re.compile(
    r"(?<!\S)(?:©\s*(?:Copyright\s+)?|Copyright\s+(?:©\s*)?)(?:19|20)\d{2}\b"
    r"(?=[^\n]*(?i:rights\s+reserved|click\s+(?:here\s+)?for|commercial\s+use|may\s+not\s+be))[^\n]{0,400}$"
)
"""A copyright notice that closes a paragraph ("© Copyright 2011 Associated Press. All rights reserved. This
material may not be published ...", "Copyright 2011 Thomson Reuters. Click for Restrictions."), to its end:
a year after the mark, then the notice's legal words."""
_INLINE_PROMPT = re.compile(
    r"\b(?:sign\s+up|subscribe)\s+(?:for|to)\s+(?:our|the|her|his|their)\b[^.!?\n]{0,60}"
    r"\bnewsletters?\b",
    re.IGNORECASE,
)
_CONTINUES = re.compile(
    r"\b(?:story|article)\s+continues\s+(?:below|after\s+(?:this\s+|the\s+)?(?:advertisement|ad))\b", re.I
)
"""A page's jump marker left in the text ("Story continues below"), mid-paragraph as often as alone."""
_AD_SLOT = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=[.!?][\"”]\s)|(?<=[.!?][\"”]{2}\s))Advertisement(?=\s+[\"“A-Z]|\s*$)", re.MULTILINE
)
"""An advertisement's slot left in the text between two sentences ("... too little too late. Advertisement
Blake Griffin had 20 points"); not the common noun ("Advertisement spending rose", "its Advertisement Policy")."""
_TICKER_LINKS = re.compile(
    r"\(\s*[A-Za-z0-9][A-Za-z0-9._\-]*\s*:\s*Quote(?:\s*,\s*(?:Profile|Research|Stock\s+Buzz|Chart|News|Financials))*\s*\)"
)
_STORY_ID = re.compile(r"\[ID:\s*[A-Za-z0-9]+\]")
"""A wire story's reference to another story ("[ID:nLDE7300QU]"), whose code the NER runs into the next name."""
_INLINE = (
    _INLINE_CREDIT,
    _TRAILING_CREDIT,
    _INLINE_FOLLOW,
    _INLINE_RELATED,
    _INLINE_PHOTO_CREDIT,
    _PHOTO_ASIDE,
    _AGENCY_CREDIT,
    _COPYRIGHT,
    _INLINE_PROMPT,
    _CONTINUES,
    _AD_SLOT,
    _TICKER_LINKS,
    _STORY_ID,
)
"""Furniture inside a paragraph, blanked wherever it stands."""
_RUN_IN = re.compile(r"\s*([^\n—–\"“”()]{4,160}?)\s*[—–]\s")
"""A lead-in before a dash that opens a paragraph ("CONGRESS HAS INVESTIGATED HIM — Oz's ...")."""
_MIN_RUN_IN_WORDS = 4
"""Words of a run-in subhead: a short name before a dash is the sentence's ("NATO — the ...", "KING CHARLES III
— ..."), and so is a lead-in with quotation marks or brackets (a shouted tweet, a dateline's "(AP)")."""
_MAX_PROMPT_WORDS = 25
_MAX_SUBHEAD_WORDS = 12
_LIST_LABEL = re.compile(r"^\s*(?:[A-Z][\w'’.-]*\s*){0,3}(?:\(\w+\))?:")
"""A list's label: a team's or bench's name ("Scotland:", "Replacements (from):"), or none."""
_ASIDE = re.compile(r"\([^()\n]*\)")
_INITIAL_NAME = re.compile(r"[A-Z]{1,2}\.?\s+(?:(?:[Dd][aeu]l?|van|der|von)\s+)*[A-Z][\w'’-]+")
_BARE_NAME = re.compile(r"(?:[A-Z][\w'’./-]*\s+){0,2}[A-Z][\w'’./-]*")
_LISTED = ((_INITIAL_NAME, 3, 0.8), (_BARE_NAME, 5, 0.9))
"""What a team sheet or results list holds: at least so many items, so great a share of them an initial and a
surname alone ("S Danielli", "CA del Fava"; not "A Beautiful Mind", "US Senate"), or else names of capitalised
words alone ("Rabeni", "Mauro Bergamasco")."""
_TEAM_SHEET = re.compile(
    r";[^;]*;|\((?:capt\w*|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+\d{1,3})\)|^\s*(?:Replacements|Subs)\b"
)
"""What sets a team sheet of bare names apart from a list of countries or clubs: semicolons between the lines of
the formation (two at least), a captain's mark or a substitute's minute ("Traore (Biscan 67)"), or a bench's label."""
_LIST_SENTENCE = re.compile(r"[^.!?]*(?:[.!?]+(?=\s+[A-Z(]|\s*$)|$)")
"""A sentence of a paragraph, as far as a list needs it: a team sheet may follow a report's last sentence."""


def _subhead(part: str) -> bool:
    """An all-caps line of a few words ("TALKS RESUME IN GENEVA")."""
    letters = [c for c in part if c.isalpha()]
    words = part.split()
    return (
        len(letters) >= 4
        and len(words) <= _MAX_SUBHEAD_WORDS
        and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
        and not part.rstrip().endswith((".", ",", ";"))
        and ":" not in part
    )


def _name_list(part: str) -> bool:
    """A team sheet or results list: names between commas and semicolons, their clubs in brackets ("Scotland: C
    Paterson; S Danielli, A Craig (capt), ...", "K Endacott (City of Plymouth AC), J Kwakye (Woodford Green).",
    "Murphy; Rabeni, Smith, Gibson, ..."); the prose around it names the same people in full."""
    items = [i.strip(" .") for i in re.split(r"[,;]", _ASIDE.sub("", _LIST_LABEL.sub("", part.strip())))]
    items = [i for i in items if i]
    return any(
        len(items) >= least
        and sum(1 for i in items if name.fullmatch(i)) >= share * len(items)
        and (name is _INITIAL_NAME or _TEAM_SHEET.search(part) is not None)
        for name, least, share in _LISTED
    )


def _name_lists(part: str) -> list[Offsets]:
    """The sentences of ``part`` that are team sheets or results lists."""
    return [m.span() for m in _LIST_SENTENCE.finditer(part) if m.group().strip() and _name_list(m.group())]


def furniture_spans(text: str, paragraphs: list[Offsets]) -> list[Offsets]:
    """The furniture of ``text``: whole paragraphs, and credit lines inside paragraphs."""
    out: list[Offsets] = []
    for start, end in paragraphs:
        part = text[start:end]
        if not part.strip():
            continue
        if (
            _PARAGRAPH.match(part)
            or _FOLLOW.match(part)
            or _subhead(part)
            or (len(part.split()) <= _MAX_PROMPT_WORDS and _NEWSLETTER.search(part))
        ):
            out.append((start, end))
            continue
        run_in = _RUN_IN.match(part)
        if run_in is not None and len(run_in.group(1).split()) >= _MIN_RUN_IN_WORDS and _subhead(run_in.group(1)):
            out.append((start + run_in.start(1), start + run_in.end(1)))
        for inline in _INLINE:
            out += [(start + m.start(), start + m.end()) for m in inline.finditer(part)]
        out += [(start + a, start + b) for a, b in _name_lists(part)]
    return out


def blank_furniture(text: str, paragraphs: list[Offsets]) -> str:
    """``text`` with its furniture replaced by spaces (line breaks kept, so offsets do not move)."""
    spans = furniture_spans(text, paragraphs)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
