"""Line filters shared by every input kind, applied after the body is known.

Trafilatura and JSONL producers already give paragraphs, but they still let
through the small debris plain scrapes have: view counters, relative stamps,
share/subscribe prompts, photo credits, a trailing "Related" list. One pass
here keeps the rules in one place (boilerplate.py) for every format.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from newsgraph.ingest import boilerplate as bp

# See plaintext.MAX_TRAIL_LINE_WORDS: a list of headlines has no prose line.
MAX_TRAIL_LINE_WORDS = 40
# ... and at least half its lines are headlines (no final full stop), dates or
# labels of up to three words; a list of headline + one-line teaser pairs is
# exactly half. Below that the "header" opens prose (a README's "See also").
MIN_LIST_SHARE = 0.5
SHORT_ITEM_WORDS = 3


@dataclass
class Scrubbed:
    lines: list[str]
    captions: list[str] = field(default_factory=list)
    outlet: str | None = None  # from a "SOURCE: X" line or a sign-off above a trailing list
    reporter: str | None = None  # from a wire credit "Reporting by X; Editing by Y"


def cut_trailing_list(lines: list[str]) -> tuple[list[str], str | None]:
    """Lines before a trailing headline list, and the outlet its sign-off line names.

    The list must come after the third non-empty line and hold no prose line;
    a short standalone name right above it, after a line that ends a sentence,
    is the outlet signing off.
    """
    idx = [i for i, x in enumerate(lines) if x.strip()]
    for pos, i in enumerate(idx):
        if pos < 3 or not bp.is_trail_header(lines[i]):
            continue
        after = [lines[j] for j in idx[pos + 1 :]]
        if any(len(x.split()) > MAX_TRAIL_LINE_WORDS for x in after) or not _list_like(after):
            continue
        kept = lines[:i]
        sig, before = idx[pos - 1], idx[pos - 2] if pos >= 2 else None
        prev_ok = before is None or kept[before].rstrip().endswith((".", "!", "?", "”", '"'))
        if prev_ok and bp.is_signature(kept[sig]) and not _is_date(kept[sig]):
            outlet = kept[sig].strip()
            kept[sig] = ""
            return kept, outlet
        return kept, None
    return lines, None


# A headline of an inline list is short: "Denmark summons US envoy over Greenland visit".
MAX_INLINE_ITEM_WORDS = 16
MIN_INLINE_ITEMS = 2


def cut_inline_lists(lines: list[str]) -> list[str]:
    """Blank out lists of other headlines inside the body: a header ("Related:", "Lire aussi", "Related
    analysis") on its own line over bulleted headlines ("• X", "- Y", "» Z"), or glued to headlines
    separated by "|" ("Related: A | B | C"). The body's prose before and after stays."""
    out = list(lines)
    for i, raw in enumerate(out):
        s = raw.strip()
        m = bp.TRAIL_HEADER.match(s) if s else None
        if m is None:
            continue
        rest = s[m.end():]
        if rest.strip(" :»›>-–—"):
            items = [x.strip() for x in rest.lstrip(" :»›>-–—").split("|")]
            if rest.lstrip()[:1] in ":|" and len(items) >= MIN_INLINE_ITEMS \
                    and all(0 < len(x.split()) <= MAX_INLINE_ITEM_WORDS for x in items):
                out[i] = ""  # "Related: A | B | C", "Most popular: A | B"
            continue
        j = i + 1
        while j < len(out) and out[j].strip() and len(out[j].split()) <= MAX_INLINE_ITEM_WORDS + 1 \
                and (bp.strip_bullet(out[j]) != out[j] or bp.looks_like_headline(out[j].strip())):
            j += 1
        if j - i - 1 >= MIN_INLINE_ITEMS and (j == len(out) or not out[j].strip()):
            for k in range(i, j):
                out[k] = ""
    return out


def _list_like(lines: list[str]) -> bool:
    """Mostly headlines, dates and short labels - not sentences (a "See also" paragraph)."""
    from newsgraph.ingest.dates import parse_date_line

    items = [bp.strip_bullet(x) for x in lines]  # "- Headline", "2. Headline", "> Headline"
    hits = sum(
        1
        for x in items
        if bp.looks_like_headline(x) or len(x.split()) <= SHORT_ITEM_WORDS or parse_date_line(x) is not None
    )
    return hits >= MIN_LIST_SHARE * len(lines)


def scrub_lines(lines: list[str]) -> Scrubbed:
    """Blank out boilerplate lines; captions and credits move to ``captions``."""
    out = Scrubbed(lines=list(lines))
    for i, raw in enumerate(out.lines):
        line = raw.strip()
        if not line:
            continue
        if is_noise(line):
            out.lines[i] = ""
        elif bp.is_caption(line):
            out.captions.append(line)
            out.lines[i] = ""
            if _bare_credit(line) and _caption_above(out.lines, i):
                out.captions.append(out.lines[i - 1].strip())
                out.lines[i - 1] = ""
        elif (name := bp.source_line(line)) is not None:
            out.outlet = out.outlet or name
            out.lines[i] = ""
        elif (reporter := bp.credit_line(_unwrapped_credit(out.lines, i))) is not None:
            out.reporter = out.reporter or reporter or None
            for j in _credit_span(out.lines, i):
                out.lines[j] = ""
        elif bp.is_tag_line(line):
            out.lines[i] = ""
    _drop_caption_copies(out)
    return out


# A credit and nothing else: "Photograph: AFP via Getty Images", "(Photo: Outlet / Jane Doe)".
_BARE_CREDIT = re.compile(r"^\(?\s*(?:photo|photograph|image|picture|file photo|credit|photo credit)\s*:\s*"
                          r"[^.!?\"“”]{2,80}\)?$", re.I)
# A caption is one short sentence: the words of a story's paragraph run longer or hold a quote.
MAX_CAPTION_ABOVE_WORDS = 30


def _bare_credit(line: str) -> bool:
    return bool(_BARE_CREDIT.match(line.strip())) and len(line.split()) <= 10


def _caption_above(lines: list[str], i: int) -> bool:
    """Is the line right above a bare credit its caption: a block of its own (a blank line or the
    page's start before it), one short sentence, no quotation?"""
    if i == 0 or not (above := lines[i - 1].strip()) or (i >= 2 and lines[i - 2].strip()):
        return False
    words = above.split()
    return (len(words) <= MAX_CAPTION_ABOVE_WORDS and above.endswith(".")
            and not any(q in above for q in "\"“”")
            and above[:-1].count(". ") == 0)


# "Photo: X guard the embassy. Agency/Photographer" then the same words without the label: pages
# print a caption twice (alt text and visible caption), and only one copy carries the label.
_CAPTION_LABEL = re.compile(r"^(?:photo|photograph|image|picture|file photo|pictured|caption)\s*:\s*", re.I)


def _drop_caption_copies(out: Scrubbed) -> None:
    """Blank lines that repeat a caption found above or below, without its label."""
    texts = {_CAPTION_LABEL.sub("", c).strip() for c in out.captions}
    texts.discard("")
    if not texts:
        return
    for i, raw in enumerate(out.lines):
        if raw.strip() in texts:
            out.captions.append(raw.strip())
            out.lines[i] = ""


# A parenthesised wire credit hard-wrapped over a few lines: "(Reporting by Jane Doe; Additional reporting
# by John Roe in" / "Ostra; Editing by Ada Merrow)". Its ")" comes within this many lines.
MAX_CREDIT_LINES = 4


def _credit_span(lines: list[str], i: int) -> list[int]:
    """Line ``i`` and, when it opens a parenthesis it does not close, the following lines up to the
    one closing it (none blank between, all within MAX_CREDIT_LINES); only line ``i`` otherwise."""
    first = lines[i].strip()
    if not first.startswith("(") or first.count("(") <= first.count(")"):
        return [i]
    depth = first.count("(") - first.count(")")
    span = [i]
    for j in range(i + 1, min(len(lines), i + MAX_CREDIT_LINES)):
        line = lines[j].strip()
        if not line:
            break
        span.append(j)
        depth += line.count("(") - line.count(")")
        if depth <= 0:
            return span
    return [i]  # never closed: not a wrapped credit


def _unwrapped_credit(lines: list[str], i: int) -> str:
    """The credit starting at line ``i`` as one line, joined over its wrapped lines (see _credit_span)."""
    return " ".join(lines[j].strip() for j in _credit_span(lines, i))


# A pure test of one line, asked again for the same lines of an article: the plain-text reader tests its
# head lines while looking for the masthead and the first real line, then scrub_lines tests every line
# (a third of the plain-text calls repeat a line; 1000 articles: 0.77 s -> 0.61 s).
@functools.lru_cache(maxsize=4096)
def is_noise(line: str) -> bool:
    """Counter, relative stamp, menu bar, call to action, consent banner, row of reader widgets,
    copyright notice, weather badge, a row of page facts (date, reading time, views) or
    a wire's exchange-rate note."""
    return (
        bp.is_counter(line) or bp.is_relative_stamp(line) or bp.is_menu(line) or bp.is_prompt(line)
        or bp.is_consent_banner(line) or bp.is_widget_line(line) or bp.is_rule_line(line)
        or bp.is_copyright_notice(line) or bp.is_weather(line) or bp.is_meta_row(line)
        or bp.is_currency_note(line)
    )


def _is_date(line: str) -> bool:
    from newsgraph.ingest.dates import parse_date_line

    return parse_date_line(line) is not None
