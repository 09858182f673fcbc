"""Line-level recognisers for the debris scrapers leave around an article.

Each function answers one question about one line of scraped text. They are
patterns of how news sites are built (counters, relative stamps, prompts,
photo credits, lists of other headlines), never strings of one corpus.
"""

from __future__ import annotations

import re

# "16 view", "1.2K views", "Views: 340", "Comments (12)", "5 comments", "3 min read", and a reading-time
# badge written the other way round: "Reading time: 4 minutes", "Estimated read time 6 min".
_COUNTER = re.compile(
    r"(?:\d[\d.,\s]*[kKmM]?\s*(?:views?|reads?|shares?|comments?|likes?|min(?:ute)?s?\s+read)"
    r"|(?:views?|reads?|shares?|comments?|likes?)\s*(?::\s*|\(\s*)?(?:\d{1,3}(?:[ \u202f\u00a0]\d{3})+|\d[\d.,]*)[kKmM]?\s*\)?"
    r"|(?:estimated\s+)?read(?:ing)?\s+time\s*:?\s*(?:about\s+|approx\.?\s+|~\s*)?\d{1,3}\s*"
    r"(?:min(?:ute)?s?|m)\.?"
    r"|(?:viewed|read|shared|seen)\s+\d[\d.,\s\u202f\u00a0]*[kKmM]?\s+times)",
    re.I,
)
# Icons a widget puts before or after its number ("👁 4,318 views", "💬 12 comments"): symbols, no letters.
_ICONS = re.compile(r"^[^\w\s]+\s*|\s*[^\w\s]+$")
_NUMWORD = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)"
# "3 hours ago", "Updated 20 mins ago", "yesterday", "just now"
_RELATIVE = re.compile(
    r"(?:(?:updated|posted|published)\s*:?\s*)?"
    r"(?:" + _NUMWORD + r"\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?)\s+ago"
    r"|just now|yesterday|today|moments? ago)",
    re.I,
)
# Calls to action that sit around articles: share, subscribe, feedback, contact ...
_PROMPT = re.compile(
    r"\b(?:share (?:this|your|on|via)|share your feedback|feedback|subscribe|sign up|newsletter|"
    r"follow us|contact us|click here|download (?:our|the)(?: [\w-]+){0,3} app|all rights reserved|"
    r"cookie|privacy policy|terms of (?:use|service)|advertisement|sponsored|"
    r"sneak a peek|log ?in|register now|join us on|whatsapp channel|copy link|print this|"
    r"skip to (?:main )?content|our standards(?=\s*:)|trust principles|"
    r"support (?:our|independent) (?:reporting|journalism|work)|reader-(?:funded|supported)|donate now|"
    r"leave a (?:reply|comment)|post a comment|add a comment|be the first to (?:comment|reply|review)(?=\W*$)|"
    r"listen to this (?:article|story))\b"
    r"|^search(?:\.\.\.|…| this site| here)?\s*$",  # the search box a scrape keeps as a line of its own
    re.I,
)
# Headers that open a trailing list of other articles.
TRAIL_HEADER = re.compile(
    r"^(?:latest(?: news| stories| articles| posts| headlines| briefs| analysis| updates| reports)?|"
    r"recent(?: news| stories| articles| posts| briefs)?|related(?: news| stories| articles| content| posts| coverage| topics| analysis| reading| links| videos?)?|"
    r"(?:à )?lire aussi|lea también|leia também|"
    r"read more|read also|also read|read next|up next|don'?t miss|more stories|more news|more analysis|more coverage|"
    r"more reading|more on this(?: story| topic)?|more like this|more from\b.*|more in\b.*|"
    r"also on\b.*|"
    r"recommended(?: for you| stories)?|you may also like|you might also like|"
    r"most (?:read|popular|viewed|shared|commented|watched|emailed)|"
    r"popular(?: now| stories| today| this week| this month)?|trending(?: now| stories)?|top stories|"
    r"editor'?s picks|see also|further reading|other news|in other news|"
    r"(?:related )?(?:topics|tags)(?=\s*$))"
    r"(?:\s+(?:this\s+(?:week|month)|today|now|of\s+the\s+(?:day|week|month)|right\s+now)(?=\s*$))?",
    re.I,
)
# "... meet in Paris. / Reuters", "... (AP). / AP", "Photo: Jane Doe/Agency"
# The credit after " / " is one to four capitalised words ("Reuters", "Getty Images").
_CREDIT_TAIL = re.compile(r"\s/\s*[A-Z][\w&'’-]*(?:\.[A-Z][\w&'’-]*)*(?:\s+[A-Z][\w&'’.-]*){0,3}$")
_CAPTION_HEAD = re.compile(
    r"^(?:photo|photograph|image|picture|file photo|pictured|caption|credit|illustration)"
    r"(?:\s+(?:caption|credit))?\b\s*(?:by|:)", re.I  # also "Photo caption:", "Image credit:"
)
# "[Photo] Villagers shelter ... Agency/Jane Doe", "[Image: The chamber ... Agency/John Roe]": a scraper
# writes the image as a bracketed label opening the line; what follows is its caption and credit.
_BRACKET_MEDIA = re.compile(
    r"^\[\s*(?:photo|photograph|image|picture|file photo|illustration|graphic|video|gallery|caption)s?\b"
    r"\s*(?:\]|[:\-–—/|]|by\b|credit\b)",
    re.I,
)
# "... at the port. (Photo by Jane Doe/Agency)", "(AFP Photo / Jane Doe)", "(Photo: Agency)": a credit in
# parentheses closing a caption line.
_CREDIT_PAREN = re.compile(
    r"\((?:[A-Z][\w&.-]*\s+){0,3}(?:photo|photograph|image|picture|file photo|video)s?\b\s*(?:by\b|:|/|credit\b)"
    r"[^()]{1,80}\)\s*\.?$",
    re.I,
)
# "... arrive for talks. (Agency/File)", "(Outlet/Jane Doe)", "(Ministry of Defence via Outlet Photo Desk)":
# capitalised names either side of a slash or of "via" in parentheses, closing a finished sentence at the
# end of a caption line - a photo credit, whose "Photo" the site left out. A story sentence ends with its
# full stop, not with such a pair.
_CREDIT_NAME_WORDS = r"[A-Z][\w&.'’-]*(?:\s+(?:of|the|and|for|de|&|[A-Z][\w&.'’-]*)){0,5}"
_SLASH_CREDIT = re.compile(
    r"[.!?”\"]\s*\(" + _CREDIT_NAME_WORDS + r"(?:\s*/\s*|\s+via\s+)" + _CREDIT_NAME_WORDS + r"\)$"
)
# "... in the province. Credit: Outlet / local resident", "... on Monday. Photo: Jane Doe": a credit label
# after a finished caption sentence, with a short unfinished tail to the end of the line.
# The label may be in capitals ("... in Tokyo. PHOTO: Outlet/Jane Doe"), but starts with a capital.
_CREDIT_LABEL_TAIL = re.compile(
    r"[.!?”\"]\s+(?=[A-Z])(?i:(?:File )?Photo(?:graph)?|Image|Picture|Credit|Photo credit|Image credit|Credits?)"
    r"\s*:\s*[^.!?:]{2,80}$"
)
# "... on the border, March 2, 2023. Agency/Jane Doe/File Photo  Purchase Licensing Rights": a wire photo's
# caption closing with the agency's licensing link.
_LICENSING_TAIL = re.compile(r"\b(?:Purchase|Buy)\s+Licensing\s+Rights\s*$", re.I)
# "... during the call. (Official White House photo)": a credit in parentheses that ends in "photo".
_PAREN_PHOTO_CREDIT = re.compile(r"[.!?”\"]\s*\((?:[A-Z][\w&.'’-]*\s+){1,5}(?i:photo|photograph|picture|image)s?\)\s*\.?$")
# "... after the explosions. MPA/Karim Jaafar": an agency and a photographer after a finished caption
# sentence, with no parentheses and no "Photo".
_BARE_SLASH_CREDIT = re.compile(r"[.!?”\"]\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}\s*/\s*"
                                r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")
# "... pose before their talks in the capital, Thursday. (Agency)": a bare parenthesised name of one to
# four capitalised words closing a one-sentence caption - the agency whose photo it is. A story paragraph
# has more than one sentence or does not end in a name; a transcript's stage direction ("(Applause)") is
# no credit.
_BARE_PAREN_CREDIT = re.compile(r"[.!?”\"]\s*\((?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\)$")
_STAGE_DIRECTIONS = frozenset({
    "applause", "laughter", "laughs", "cheers", "cheering", "inaudible", "crosstalk", "sic", "end", "ends",
    "more", "continued", "unquote", "translated", "translation", "video", "audio", "updated", "corrected",
})
MAX_BARE_CREDIT_CAPTION_WORDS = 40
_SENTENCE_BREAK = re.compile(r"[.!?][”\"]?\s+[A-Z“\"]")
# "... in the capital. (c) Outlet / archive", "... on Monday. © Jane Doe": a copyright mark and the holder's
# capitalised name (maybe "/ archive", "/ file") closing a finished caption sentence; a lettered clause
# ("(c) the parties shall ...") goes on in lower case.
_MARK_CREDIT = re.compile(
    r"[.!?”\"]\s+(?:©|\(c\))\s*(?:(?:19|20)\d{2}\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,4}"
    r"(?:\s*/\s*[\w'’-]+(?:\s+[\w'’-]+){0,2})?$"
)
# "... hold a news conference. — Outlet photo", "... in the capital. AFP Photo", "... — File photo": the
# credit's name (capitalised words, or "File") and "photo" after a finished caption sentence, maybe
# after a dash.
_PHOTO_WORD_CREDIT = re.compile(
    r"[.!?”\"]\s+(?:[-–—]\s*)?(?:[A-Z][\w&.'’-]*\s+){1,4}(?i:photo|photograph|picture|image|file photo)s?$"
)
MAX_CAPTION_WORDS = 60  # a caption is a sentence or two; a longer line is a paragraph of the story
# Parts of a one-line byline head: "By Jane Doe / Outlet / Sunday, March 3, 2024"
_HEAD_SEP = re.compile(r"\s+[/|•·]\s+|\s*[|•·]\s*")
_SOURCE_LINE = re.compile(r"^(?:source|sources|via)\s*:\s*(?P<name>\S.{0,60})$", re.I)
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Rr]eported by|[Aa]uthors?:|AUTHORS?:|[Rr]eporter:)\s*:?\s+"
    r"(?P<name>[A-Z][^\s,|/]*(?:\s+(?:[A-Z][^\s,|/]*|and|&|de|del|der|van|von|al|el|bin|ibn|la|le|da|di|du|dos))*)"
    r"(?:\s*(?:,|\||/|-|–|—|for)\s*(?P<org>[A-Z0-9].{0,50}))?$",
)
# Menus: "Home | World | Politics | Business"
_MENU_SEP = re.compile(r"\s*[|•·›»>]\s*")  # also breadcrumbs: "Home > World > Africa"

WORD = re.compile(r"[^\W\d_][\w'’.-]*")

# A decimal digit (Unicode category Nd): every character ``\d`` matches is one ``str.isdigit`` accepts.
_DECIMAL = re.compile(r"\d")


def has_digit(s: str) -> bool:
    """``any(ch.isdigit() for ch in s)``, with the search in C: the regex finds the decimal digits (Nd),
    and only a non-ASCII string without one can still hold another digit (superscripts "²", circled "①").
    The per-character generator in is_menu ran over every line of every article (is_menu over the
    21,000 lines of the 1000-article benchmark corpus: 0.22 s -> 0.14 s)."""
    if _DECIMAL.search(s):
        return True
    return not s.isascii() and any(map(str.isdigit, s))


_RULE = re.compile(r"^[-=_*~#.·•]{3,}$|^(?:[-=_*~#.·•]\s+){2,}[-=_*~#.·•]$")


def is_rule_line(line: str) -> bool:
    """A separator drawn with characters ("-----", "* * *"): layout, not text."""
    return bool(_RULE.match(line.strip()))


def is_counter(line: str) -> bool:
    """A view/comment counter or a reading-time badge standing on its own, or a few of them in a row
    parted by runs of spaces ("Views: 2 317    Comments: 14")."""
    if not _DECIMAL.search(line):
        return False  # every _COUNTER alternative holds a \d, and _ICONS.sub removes none (0.44 s -> 0.17 s)
    s = _ICONS.sub("", line).strip()
    if _COUNTER.fullmatch(s):
        return True
    parts = [p for p in re.split(r"\s{3,}", s) if p]
    return len(parts) > 1 and all(_COUNTER.fullmatch(p) for p in parts)


# "($1 = 1.5612 Australian dollars)", "(1 euro = $1.0850)": a wire's exchange-rate note under the text.
_CURRENCY_NOTE = re.compile(r"\(\s*(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}\s)?\s?1\s+[\w.]*\s*=\s*[^()]{2,40}\)\s*")


def is_currency_note(line: str) -> bool:
    """A wire's exchange-rate note ("($1 = 0.9210 euros)") standing on its own line."""
    return bool(_CURRENCY_NOTE.fullmatch(line.strip()))


_META_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s{3,}")


MAX_ROLE_WORDS = 4


def _fact_parts(line: str) -> list[str]:
    """The parts of a row of page facts ("date | 5 min read | 1,204 views"); [] for a line with no
    separator or no digit, which is most lines (tested first, cheaply: this runs on every line)."""
    if not ("|" in line or "·" in line or "•" in line or "   " in line) or not any(ch.isdigit() for ch in line):
        return []
    return [p.strip() for p in _META_SEPARATOR.split(line.strip()) if p.strip()]


def meta_row(line: str) -> tuple[str | None, str] | None:
    """(author, ISO date) from a row of page facts that names its writer: "Jane Doe, Defence Editor ·
    Monday 24 February 2025 · 1,907 reads", "Jane Doe | 3 March 2025", "Posted by Jane Doe | 3/14/2025 |
    Reading time: 4 min". One part is a date (or more: "Published: X | Last updated: Y" gives X), at most one
    a person's name (2-4 capitalised words, maybe ", Role" of a few words), the rest counters or
    relative stamps; None for anything else."""
    from newsgraph.ingest.dates import parse_date_line

    parts = _fact_parts(line)
    if not 2 <= len(parts) <= 5:
        return None
    author: str | None = None
    day: str | None = None
    updated = False
    for part in parts:
        digits = any(ch.isdigit() for ch in part)
        if digits and (is_counter(part) or is_relative_stamp(part)):
            continue
        if digits and (found := parse_date_line(part)) is not None:
            if day is None or updated:  # "Published: X | Last updated: Y": the first, or the not-updated one
                day, updated = found, bool(_UPDATED.match(part))
        elif author is None and (name := _writer(part)) is not None:
            author = name
        else:
            return None
    return (author, day) if day is not None else None


_UPDATED = re.compile(r"^(?:last\s+)?(?:updated|modified|edited)\b", re.I)
# "Posted by Jane Doe", "By Jane Doe", "Written by Jane Doe": the writer's part of a row of page facts.
_WRITER_LABEL = re.compile(r"^(?:(?:posted|written|published)\s+by|by)\s+", re.I)


def _writer(part: str) -> str | None:
    """"Jane Doe", "Posted by Jane Doe" or "Jane Doe, Defence Editor": the name, when it looks like a
    person's."""
    name, _, role = _WRITER_LABEL.sub("", part).partition(",")
    name = name.strip()
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[0].isupper() for w in words) or not is_signature(name) \
            or any(ch.isdigit() for ch in name):
        return None
    if role and (len(role.split()) > MAX_ROLE_WORDS or not is_signature(role.strip())):
        return None
    return name


def is_meta_row(line: str) -> bool:
    """"19.07.2025 | Reading time 5 min | Viewed 3 412 times": a row of page facts, at least one a
    counter, the others dates or counters, or a writer's name (see meta_row; the date and writer are read
    from the page's head before lines are blanked)."""
    from newsgraph.ingest.dates import parse_date_line

    parts = _fact_parts(line)
    if len(parts) < 2 or not any(is_counter(p) for p in parts):
        return False
    if all(is_counter(p) or is_relative_stamp(p) or parse_date_line(p) is not None for p in parts):
        return True
    return meta_row(line) is not None  # the same row naming its writer, met below the head


# A weather badge in a page's top bar: "Addis Ababa 18°C", "☀ 31 °C", "Lima 64°F": an optional place
# name (capitalised words), then a temperature with its degree sign.
_WEATHER = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+)?[-−]?\d{1,3}\s*°\s*[CF]?")


def is_weather(part: str) -> bool:
    """A weather badge: a place and a temperature, nothing else (icons aside)."""
    return bool(_WEATHER.fullmatch(_ICON.sub("", part).strip()))


def is_relative_stamp(line: str) -> bool:
    """A relative time stamp ("3 hours ago"): says nothing about the publication date."""
    return bool(_RELATIVE.fullmatch(line.strip().rstrip(".")))


# "Like this article?  👍 48", "Was this story helpful?": a rating widget opening its line.
_RATE = re.compile(
    r"^(?:did you\s+)?(?:like|enjoy(?:ed)?|rate)\s+this\s+(?:article|story)\b|^was this (?:article |story )?helpful\b",
    re.I,
)


def is_prompt(line: str) -> bool:
    """A short call to action (share, subscribe, feedback, contact ...)."""
    words = line.split()
    if not words or words[0][0].islower():
        return False  # the tail of a sentence ("... see our privacy policy."), not a prompt
    return len(words) <= 14 and bool(_PROMPT.search(line) or _RATE.match(line.strip()))


def is_menu(line: str) -> bool:
    """A navigation bar: three or more one-to-three-word items between separators, or a flattened
    one whose items only runs of spaces separate (see _spaced_menu)."""
    s = line.strip()
    if s.startswith("|") or has_digit(s):
        return False  # a table row, not a menu
    parts = [p for p in _MENU_SEP.split(s) if p]
    if len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts) and bool(_MENU_SEP.search(s)):
        return True
    return _spaced_menu(s)


# A scraper flattens a menu's links into one line with two or more spaces between them:
# "Home  National  Politics  Business  Local edition". Prose never has five such items in a row.
_SPACED_SEP = re.compile(r"\s{2,}")
MIN_SPACED_ITEMS = 5


def _spaced_menu(s: str) -> bool:
    """Five or more capitalised items of one to three words, each pair parted by 2+ spaces (or a pipe:
    "News  Politics  Economy  Sport   | RU | KG | EN |", a menu and its language switch)."""
    head, _, switch = s.partition("|")
    if switch and not all(len(p.split()) <= 2 for p in switch.split("|") if p.strip()):
        return False  # after the pipe only short labels (a language switch), never a masthead's own menu
    parts = [p.strip() for p in _SPACED_SEP.split(head) if p.strip()]
    if len(parts) < MIN_SPACED_ITEMS or re.search(r"[.,;:!?\"“”]", s):
        return False
    return all(len(p.split()) <= 3 and _capitalised(p) for p in parts)


def _capitalised(item: str) -> bool:
    """An item starting with a capital, or with a letter of a script without case ("العربية")."""
    c = item[0]
    return c.isupper() or (c.isalpha() and not c.islower())


def is_caption(line: str) -> bool:
    """A photo caption or credit: ends with " / Agency", "(Photo by ...)", "(Agency/File)", "Credit: ...",
    "(c) Outlet / archive" or "— Outlet photo", or starts with "Photo:" or "Photo caption:"."""
    s = line.strip()
    if len(s) > 400:
        return False
    if _CAPTION_HEAD.match(s) or _CREDIT_PAREN.search(s) or _BRACKET_MEDIA.match(s) or _LICENSING_TAIL.search(s):
        return True
    if len(s.split()) <= MAX_CAPTION_WORDS and (_SLASH_CREDIT.search(s) or _CREDIT_LABEL_TAIL.search(s)
                                                or _MARK_CREDIT.search(s) or _PHOTO_WORD_CREDIT.search(s)
                                                or _PAREN_PHOTO_CREDIT.search(s) or _BARE_SLASH_CREDIT.search(s)):
        return True
    if _bare_paren_credit(s):
        return True
    m = _CREDIT_TAIL.search(s)
    if not m:
        return False
    # "... in Paris. / Reuters": a credit follows a finished caption; "... Blue Dot / Lift Off."
    # is a title with a slash inside a sentence.
    return s[: m.start()].rstrip().endswith((".", "!", "?", ")", "”", '"', "’")) or not s.endswith(".")


def _bare_paren_credit(s: str) -> bool:
    """"... in the capital, Thursday. (Agency)": one short caption sentence, then an agency's name in
    parentheses (see _BARE_PAREN_CREDIT)."""
    m = _BARE_PAREN_CREDIT.search(s)
    if not m or len(s.split()) > MAX_BARE_CREDIT_CAPTION_WORDS or any(ch.isdigit() for ch in m.group("name")):
        return False
    if m.group("name").lower() in _STAGE_DIRECTIONS:
        return False
    sentence = s[: m.start() + 1]
    return not _SENTENCE_BREAK.search(sentence) and sentence[:1].isupper()


def is_trail_header(line: str) -> bool:
    """'Latest news', 'Related', 'Read more' ... opening a list of other headlines.

    The header may be glued to the first headline ("Latest newsThe ..."), as
    scrapers flatten sidebars; it must be short or glued, not a body sentence
    that merely starts with "Related".
    """
    s = line.strip()
    m = TRAIL_HEADER.match(s)
    if not m:
        return False
    rest = s[m.end() :]
    if not rest.strip(" :»›>-–—|"):
        return True
    return bool(rest[:1].isupper() or rest[:1] in "“\"'‘")  # glued: "Latest newsThe ..."


# Wire credits closing an article: "Reporting by Jane Doe in Lima; Editing by John Roe",
# "(Additional reporting by ...)", "Writing by ...", "Compiled by ...".
_CREDIT_LINE = re.compile(
    r"^\(?\s*(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|produced)\s+by\s+(?P<rest>.{3,300})$", re.I
)
# The first name a credit gives: capitalised words up to " in ", ";", "," or ")".
_CREDIT_NAME = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})(?=\s+in\s|\s*[;,)]|\s*$)")
# Keyword lists: "Tags: Kenya, Uganda, Trade", "Topics: ...", "Filed under: ..."
_TAG_LINE = re.compile(r"^(?:tags?|topics?|keywords?|filed under|posted in|filed in|categories|category)\s*:\s*\S.{0,200}$", re.I)
# A row of hashtags, maybe after its label without a colon: "Tags #Kenya #Trade talks #EAC", "#Kenya #Uganda".
_HASHTAG_LABEL = re.compile(r"^(?:tags?|topics?|keywords?|hashtags?)\s*:?\s*(?=#)", re.I)
_HASHTAG = re.compile(r"#[^\s#][^#]*")
MAX_HASHTAG_WORDS = 4


def credit_line(line: str) -> str | None:
    """The reporter a wire credit line names ("" when it names none clearly), None for other lines.

    The first "Reporting by" person is the reporter; when reporting is credited to a desk or bureau
    ("Reporting by Agency bureaus; Writing by Jane Doe"), the writer is, since the byline-less wire
    story is hers. Desks, bureaus and editors are never returned.
    """
    s = line.strip()
    m = _CREDIT_LINE.match(s)
    if not m:
        return None
    # a credit is parenthesised, or short and not a sentence ("Produced by Iran, the drones were ..." is one)
    if not s.startswith("(") and (len(s.split()) > 25 or (s.endswith(".") and ";" not in s)):
        return None
    found: dict[str, str] = {}
    for seg in re.split(r"[;]", s.strip("() ")):
        part = re.match(r"^\s*(additional\s+reporting|reporting|writing)\s+by\s+(?P<rest>.+)$", seg, re.I)
        if not part or part.group(1).lower() in found:
            continue
        name = _CREDIT_NAME.match(part.group("rest").strip())
        if name and not any(w.lower().strip(".,") in _DESK_WORDS for w in name.group("name").split()):
            found[part.group(1).lower()] = name.group("name")
    return found.get("reporting") or found.get("writing") or ""


def is_tag_line(line: str) -> bool:
    """A keyword list under an article ("Tags: A, B, C")."""
    s = line.strip()
    return bool(_TAG_LINE.match(s)) or _hashtag_row(s)


def _hashtag_row(s: str) -> bool:
    """"Tags #Kenya #Trade talks", "#Kenya #Uganda #EAC": nothing but hashtags (two or more without a
    label) of a few words each; a sentence mentioning a hashtag has words before it."""
    label = _HASHTAG_LABEL.match(s)
    rest = s[label.end():] if label else s
    if not rest.startswith("#"):
        return False
    tags = _HASHTAG.findall(rest)
    if "".join(tags).replace(" ", "") != rest.replace(" ", "") or len(tags) < (1 if label else 2):
        return False
    return all(len(t.split()) <= MAX_HASHTAG_WORDS and not t.rstrip().endswith((".", "!", "?")) for t in tags)


def source_line(line: str) -> str | None:
    """The outlet named by a "SOURCE: X" line, else None."""
    m = _SOURCE_LINE.fullmatch(line.strip())
    if not m:
        return None
    name = m.group("name").strip(" .")
    return name if 0 < len(name.split()) <= 6 else None


def byline(line: str) -> tuple[str, str | None] | None:
    """(author, organisation or None) from "By NAME" / "By NAME, Outlet"."""
    m = _BYLINE.match(line.strip())
    if not m:
        return None
    name = m.group("name").strip()
    if not 1 <= len(name.split()) <= 8:
        return None
    org = byline_parts(m.group("org") or "")[0] if m.group("org") else None
    if org and org[0].isdigit():
        org = None  # "By Jane Doe | 28 September 2025", "By Jane Doe - 3 min read": a date or badge, no outlet
    return name, org


def byline_parts(rest: str) -> list[str]:
    """The parts after a byline's name ("Outlet / Sunday, March 3, 2024" -> ["Outlet", "Sunday, ..."])."""
    return [p.strip() for p in _HEAD_SEP.split(rest.strip()) if p.strip()]


def looks_like_headline(line: str) -> bool:
    """Short, no full stop at the end, starts with a capital or a digit/quote."""
    s = line.strip()
    words = s.split()
    if not 2 <= len(words) <= 30 or len(s) > 220:
        return False
    if s.endswith((".", ",", ";")) and not s.endswith("..."):
        return False
    return s[0].isupper() or s[0].isdigit() or s[0] in "“\"'‘"


def is_signature(line: str) -> bool:
    """A short standalone name line (an outlet or team signing off): 1-6 capitalised words."""
    s = line.strip()
    words = s.split()
    if not 1 <= len(words) <= 6 or len(s) > 60 or s[-1] in '.,;:!?"”':
        return False
    small = {"of", "for", "and", "the", "&", "on", "de", "in", "at"}
    if ":" in s or s.count(",") >= 2:
        return False  # a labelled list ("Tags: Niger, France, Coup"): no one signing off
    return (
        all(w[0].isupper() or w[0].isdigit() or w.lower() in small for w in words) and words[0][0].isupper()
        and not is_widget_line(s)  # "Share  X  Facebook  Email": a share bar names no one
    )


# A consent banner speaks as the site ("We use cookies", "This site uses cookies", "We and our
# partners use cookies") or offers buttons ("[Accept all]", "[OK]"); a sentence in a story about
# cookie rules does neither. "cookie" is spelt the same in most languages that have a banner.
_COOKIE = re.compile(r"\bcookies?\b", re.I)
_SITE_VOICE = re.compile(
    r"\b(?:we|our partners|(?:this|our) (?:web)?(?:site|blog|page|portal)|ce site|este sitio|diese (?:web)?seite)\b"
    r"[^.]{0,40}?\b(?:use|uses|utilise|utilisent|usa|usamos|verwendet|verwenden)\s+(?:des\s+)?"
    r"(?:[\w-]+\s+){0,3}?cookies\b",  # "uses strictly necessary cookies"
    re.I,
)
_BUTTON = re.compile(r"\[[^\]\n]{1,25}\]")
# A banner that never says "cookie": the consent framework's own words ("We and our 143 partners store
# and/or access information on a device"), and its heading on a line of its own ("We value your privacy").
_TCF_VOICE = re.compile(r"\bwe and our (?:\d+ )?(?:vendors|partners)\b|\b(?:store|access) (?:and/or access )?"
                        r"information on (?:a|your) device\b", re.I)
_PRIVACY_HEADING = re.compile(r"(?:we (?:value|care about|respect) your privacy|your privacy(?: choices| matters)?"
                              r"|privacy (?:settings|preferences|choices))[.!]?", re.I)
_CONSENT = re.compile(r"\b(?:accept|agree|consent|manage preferences|cookie settings|accepter|refuser)\b", re.I)
MAX_BANNER_WORDS = 80
# ... and the site's voice opens the banner, after at most a label ("Privacy notice: ").
MAX_VOICE_OFFSET = 20
# ... or, after an opening like "We value your privacy.", offers its buttons in capitals at the end
# ("ACCEPT  REJECT  MORE OPTIONS"): a story sentence neither shouts them nor ends with them.
_CONSENT_BUTTONS = re.compile(r"\b(?:ACCEPT|AGREE|REJECT|DECLINE|OK|GOT IT)\b[A-Z\s!]*$")  # case-sensitive
# ... or a finished sentence about cookies, then one or two buttons written as such, closing the line
# ("... anonymous statistics. OK", "... our use of cookies.  Learn more  Got it"): capitalised button
# words after the full stop, nothing else; a story's sentence never ends in them.
_TRAILING_BUTTONS = re.compile(
    r"[.!?]\s+(?:(?:OK|Okay|Got it|Accept(?: all)?|Agree|I agree|Close|Dismiss|Learn more|More info|Decline|Reject(?: all)?)"
    r"(?:\s+|\s*[|/·]\s*)?){1,3}$"
)


# The banner's buttons left on a line of their own: "ACCEPT   REJECT NON-ESSENTIAL", "Accept all  Reject all",
# "AGREE  MORE OPTIONS". Only button words, two or more buttons, and at least one accepts or rejects.
_BUTTON_WORDS = (r"(?:accept|reject|decline|agree|allow|deny|refuse|ok(?:ay)?|got it|manage|customi[sz]e|"
                 r"more options|options|settings|preferences|cookies?|necessary|essential|non-essential|"
                 r"optional|all|only|selected|selection|choices)")
_BUTTON_ROW = re.compile(r"(?:" + _BUTTON_WORDS + r"(?:\s+" + _BUTTON_WORDS + r")*)(?:\s{2,}|\s*[|/·•]\s*)"
                         r"(?:" + _BUTTON_WORDS + r"(?:\s+" + _BUTTON_WORDS + r")*)"
                         r"(?:(?:\s{2,}|\s*[|/·•]\s*)" + _BUTTON_WORDS + r"(?:\s+" + _BUTTON_WORDS + r")*)*", re.I)
_BUTTON_VERB = re.compile(r"\b(?:accept|reject|decline|agree|allow|deny|refuse)\b", re.I)


def is_consent_buttons(line: str) -> bool:
    """A row of consent buttons alone ("ACCEPT   REJECT NON-ESSENTIAL"), set apart by runs of spaces or bars;
    a sentence ("Accept the deal or reject it") has other words and single spaces."""
    s = line.strip()
    return bool(_BUTTON_ROW.fullmatch(s) and _BUTTON_VERB.search(s))


def is_consent_banner(line: str) -> bool:
    """A cookie/consent banner: mentions cookies in the site's own voice, or with buttons or a consent
    verb, or ends in its buttons after a finished sentence, and is short; or the banner's row of buttons
    on a line of its own. Works for any language that
    writes "cookie(s)"."""
    s = line.strip()
    if is_consent_buttons(s) or _PRIVACY_HEADING.fullmatch(s):
        return True
    if (tcf := _TCF_VOICE.search(s)) and tcf.start() <= MAX_VOICE_OFFSET and _CONSENT.search(s) \
            and len(s.split()) <= MAX_BANNER_WORDS:
        return True  # "We and our 143 partners store and access information on your device ... Accept all"
    if not _COOKIE.search(s) or len(s.split()) > MAX_BANNER_WORDS:
        return False
    if _TRAILING_BUTTONS.search(s):
        return True
    voice = _SITE_VOICE.search(s)
    if voice and s[:1] not in "“\"'‘«" and (voice.start() <= MAX_VOICE_OFFSET or _CONSENT_BUTTONS.search(s)):
        return True  # the banner opens with it or ends in its buttons; a quoted "we use cookies" does not count
    return bool(_BUTTON.search(s)) and bool(_CONSENT.search(s) or s.lower().startswith(("accept", "privacy")))


# Reader widgets printed as text: "Listen to this article (6 min)", "Font A- A+", "Print", "Save" and
# share rows in several languages ("Share: Facebook | X", "Partager : Facebook X LinkedIn").
_SHARE_WORD = r"(?:share|partager|compartir|condividi|teilen|delen|compartilhar|udostępnij)"
_SOCIAL = (r"(?:facebook|x|twitter|linkedin|whatsapp|telegram|e-?mail|reddit|messenger|copy link|instagram|threads"
           r"|line|kakao(?:talk| story)?|wechat|weibo|vk|pinterest|bluesky|viber|signal|tumblr|flipboard|mastodon)")
# (messengers of Asian, Russian and Balkan sites too)
# The one- or two-letter icon labels a share bar flattens to text ("Share  f  X  in  WhatsApp"): only as parts
# of a widget row, where every other part is a widget or a counter too.
_SOCIAL_ICON = r"(?:f|fb|t|in|ig|yt|tg|wa|[\u2190-\u2bff\U0001f000-\U0001faff]\ufe0f?)"  # and lone icons: "✉", "🔗"
# Share icons a scraper writes as bracketed link labels: "[f] [x] [in] [mail]", "[Facebook] [Print]".
# ... and text-size buttons: "[Print] [Font +] [Font -] [Share]", "[A+] [A-]".
_ICON_LABELS = (r"(?:\[\s*(?:[a-z]{1,2}|mail|print|save|share|(?:font|text|a)\s*(?:size\s*)?[+-]|font size|"
                + _SOCIAL + r")\s*\]\s*)+")
_WIDGET = re.compile(
    r"(?:listen to (?:this )?(?:article|story)(?:\s*\([^)]{0,20}\))?"
    r"|" + _ICON_LABELS +
    r"|font(?: size)?\s*:?\s*a-?\s*a\+?|text size|print|save|bookmark|email|comments?|tweet|like|pin it"
    r"|report an? (?:error|typo|mistake)|suggest a correction|send feedback|copy link|read later"
    r"|" + _SHARE_WORD + r"(?:\s+(?:on|via))?\s*:?(?:\s*" + _SOCIAL + r")*"
    r"|" + _SOCIAL + r"(?:\s+" + _SOCIAL + r")*|" + _SOCIAL_ICON + r")",
    re.I,
)


def is_widget_line(line: str) -> bool:
    """A row of reader widgets and counters ("Listen to this article | Font A- A+ | 2.4k reads",
    "1 284 views | Partager : Facebook X", "Views: 3,907   Comments (12)   [f] [x] [in]"): every part,
    between "|" or a run of spaces (a flattened toolbar), is a widget or a counter."""
    parts = [p.strip() for p in re.split(r"\s*\|\s*|\s{2,}", line.strip()) if p.strip()]
    if not parts:
        return False
    if _icon_row(line):
        return True
    return all(_WIDGET.fullmatch(p) or is_counter(p) for p in parts) and not all(
        re.fullmatch(_SOCIAL, p, re.I) for p in parts
    )


# Icons (emoji, pictographs) in front of counters: "👁 1,902   💬 14   🔗 Share".
_ICON = re.compile(r"[\u2190-\u2bff\U0001f000-\U0001faff]+\ufe0f?")


def _icon_row(line: str) -> bool:
    """A row of icons each followed by a bare number or a widget word; an icon makes the bare
    number a counter. Needs an icon before a number."""
    if not _ICON.search(line):
        return False
    parts = [p.strip() for p in _ICON.split(line.strip().replace("|", " "))]
    items = [p for p in parts if p]
    numbers = [p for p in items if re.fullmatch(r"\d[\d.,]*\s*[kKmM]?", p)]
    rest = [p for p in items if p not in numbers]
    return bool(numbers) and all(_WIDGET.fullmatch(p) or is_counter(p) for p in rest)



# A byline naming a desk, not a person: "By Metro Bureau", "By the editorial desk", "By Staff".
_DESK_WORDS = frozenset({
    "bureau", "bureaus", "desk", "staff", "team", "newsroom", "correspondents", "reporters", "editors",
    "editorial", "agencies", "wires", "agency",
})
_DESK_BYLINE = re.compile(r"^by\s+(?:the\s+)?(?P<name>(?:[\w'’&-]+\s+){0,4}[\w'’&-]+)\s*$", re.I)


# Staff titles a byline gives without a name ("Diplomatic Correspondent", "Staff Reporter") and the
# report of a desk ("Desk Report", "News Report").
_NAMELESS_STAFF = frozenset({"correspondent", "reporter"})


def is_desk_name(name: str) -> bool:
    """"Metro Bureau", "the editorial desk", "Staff", "Diplomatic Correspondent", "Desk Report": a byline
    name that is a desk, a team or a staff title, not a person."""
    words = [w.strip(".,").lower() for w in name.split()]
    return bool(words) and (words[-1] in _DESK_WORDS or words[0] == "the" or _nameless_staff(words))


def _nameless_staff(words: list[str]) -> bool:
    return words[-1] in _NAMELESS_STAFF or (
        len(words) == 2 and words[-1] == "report" and words[0] in (*_DESK_WORDS, "news", "online"))


def desk_line(line: str) -> bool:
    """"Outlet Staff", "Metro Desk", "Foreign Bureau": a byline without "By" that names a desk, not a
    person - a short capitalised name line whose last word is a desk word ("The ..." alone is not)."""
    s = line.strip()
    words = s.split()
    low = [w.strip(".,").lower() for w in words]
    # "By Jane Doe, Staff Reporter" names a person: a staff title alone is only a desk without "By" or a name
    nameless = _nameless_staff(low) and "," not in s and low[0] != "by"
    return 2 <= len(words) <= 5 and is_signature(s) and (low[-1] in _DESK_WORDS or nameless)


def desk_byline(line: str) -> bool:
    """"By the editorial desk", "By Metro Bureau": a byline line that names no person."""
    m = _DESK_BYLINE.match(line.strip())
    return bool(m) and is_desk_name(line.strip()[2:].strip())


# A job or title beside a name ("Jane Doe; Senior Fellow", "Jane Doe, Staff Writer").
_JOB_WORDS = re.compile(
    r"\b(?:fellow|writer|correspondent|editor|reporter|staff|contributor|columnist|analyst|professor|"
    r"researcher|director|chief|senior|associate|head of|bureau chief|journalist|photographer)s?\b",
    re.I,
)
MAX_JOB_WORDS = 5


def is_job_title(part: str) -> bool:
    """A short job title ("Senior Fellow", "Staff Writer"), not a name."""
    return len(part.split()) <= MAX_JOB_WORDS and bool(_JOB_WORDS.search(part))


# "© 2025 Outlet. All rights reserved", "Copyright (c) 2024 Outlet Pvt Ltd", "(c) Outlet — All rights reserved",
# and the year after the holder: "(c) Outlet 2024. All rights reserved", "© Outlet 2019-2025".
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:(?P<year>(?:19|20)\d{2})(?:\s*[-–]\s*(?:19|20)\d{2})?\s+)?"
    r"(?P<name>[A-Z][^.|©—–]{0,60}?)(?:\s+(?:(?:19|20)\d{2}\s*[-–]\s*)?(?P<year2>(?:19|20)\d{2}))?"
    r"\s*(?:[.|,—–]|\ball rights\b|$)",
    re.I,
)
_CORPORATE = re.compile(r"[\s,]+(?:pvt\.?\s+ltd|private limited|ltd|limited|inc|llc|plc|gmbh|s\.?a)\.?$", re.I)


# "Outlet (c) 2025. All rights reserved", "Outlet © 2024": the holder written before the mark.
_COPYRIGHT_AFTER = re.compile(
    r"^(?P<name>[A-Z][^.:|©()]{0,60}?)\s+(?:©|\(c\)|copyright)\s*"
    r"(?P<year>(?:19|20)\d{2})?(?:\s*[-–]\s*(?:19|20)\d{2})?\s*(?:[.|,—–]|\ball rights\b|$)",
    re.I,
)


def copyright_line(line: str) -> tuple[str | None, str] | None:
    """(year or None, holder) of a copyright footer line, None for other lines. The holder loses a
    company suffix ("Pvt Ltd", "Inc"). The mark may come first ("© 2025 Outlet") or after the
    holder ("Outlet (c) 2025"), the latter only with a year or "all rights reserved"."""
    s = line.strip()
    after = _COPYRIGHT_AFTER.match(s)
    if after and (after.group("year") or re.search(r"\ball rights reserved\b", s, re.I)):
        name = _CORPORATE.sub("", after.group("name").strip())
        return (after.group("year"), name) if name and is_signature(name) else None
    if not re.match(r"^(?:©|\(c\)|copyright\b)", s, re.I):
        return None
    m = _COPYRIGHT.match(s)
    if not m:
        return None
    name = _CORPORATE.sub("", m.group("name").strip())
    if not name or not is_signature(name):
        return None
    return m.group("year") or m.group("year2"), name


MAX_NOTICE_WORDS = 60


def is_copyright_notice(line: str) -> bool:
    """A copyright notice ("(c) Outlet 2024. All rights reserved. Republication ... prohibited"): a
    copyright line with a year or "all rights reserved", of any length a notice has. It is the page's
    furniture; a story sentence about copyright has no holder and year right after the mark."""
    s = line.strip()
    c = copyright_line(s)
    return c is not None and len(s.split()) <= MAX_NOTICE_WORDS and \
        bool(c[0] or re.search(r"\ball rights reserved\b", s, re.I))


_BULLET = re.compile(r"^\s*(?:[-–—•*>»·]+|\d{1,2}[.)])\s+")


def strip_bullet(line: str) -> str:
    """A list item without its bullet or number ("- Headline", "2. Headline", "> Headline")."""
    return _BULLET.sub("", line)
