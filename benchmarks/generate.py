#!/usr/bin/env python3
"""Write a synthetic news corpus for newsgraph's throughput and quality benchmarks.

    python benchmarks/generate.py N OUT_DIR [--seed S] [--html-share 0.3]
        [--dup-share 0.1] [--undated-share 0.12] [--manifest PATH]

Real corpora cannot be shipped or scaled at will, so the benchmarks build their
own. The articles are assembled from the team's sentence templates in
``benchmarks/templates/``. Each one reports one event ("story") from a shared
pool, so several articles cover the same happening in different words. They
use the same traps as real scraped news: names spelled differently by
different outlets, relative dates ("on Tuesday"), an earlier event of the same
kind at another date, quotes with various attribution patterns, syndicated
near-duplicates, and HTML pages with navigation, cookie banners and sidebars
of unrelated dated headlines. The rest are plain text in several scraped
styles.

The output depends only on N, the seed and the shares: every story and
article draws from its own ``random.Random(f"{seed}/...")`` stream (string
seeds hash the same way in every Python process). ``--manifest`` writes the ground truth (one JSON line
per file: format, duplicate_of, people with the surfaces used, event dates).
The manifest goes outside OUT_DIR by default, so ingesting OUT_DIR does not
read it as an article.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import string
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

TEMPLATES = Path(__file__).resolve().parent / "templates"
MIN_WORDS, MAX_WORDS = 300, 600  # body length asked for by the benchmark brief
FIRST_DAY, LAST_DAY = dt.date(2018, 1, 1), dt.date(2024, 12, 31)
TEXT_STYLES = ("plain", "wrapped", "scraped", "prefix", "source")
MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Templates:
    """Everything read from ``benchmarks/templates``: loaded once per run."""

    people: list[dict[str, Any]]
    analysts: list[dict[str, str]]
    journalists: list[str]
    countries: dict[str, dict[str, Any]]
    organisations: list[str]
    outlets: list[dict[str, str]]
    credits: list[str]
    sentences: dict[str, Any]
    boiler: dict[str, Any]
    page: string.Template


def load_templates(folder: Path = TEMPLATES) -> Templates:
    """Read the YAML template files and the HTML page skeleton."""

    def read(name: str) -> dict[str, Any]:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~15x faster
        data = yaml.load((folder / name).read_text(encoding="utf-8"), Loader=loader)
        assert isinstance(data, dict), f"{name}: expected a mapping"
        return data

    people, places, outlets = read("people.yaml"), read("places.yaml"), read("outlets.yaml")
    return Templates(
        people=people["people"], analysts=people["analysts"], journalists=people["journalists"],
        countries=places["countries"], organisations=places["organisations"],
        outlets=outlets["outlets"], credits=outlets["credits"],
        sentences=read("sentences.yaml"), boiler=read("boilerplate.yaml"),
        page=string.Template((folder / "page.html").read_text(encoding="utf-8")),
    )


@dataclass(frozen=True)
class Story:
    """One real-world happening in the pool; several articles report it."""

    index: int
    kind: str
    a: dict[str, Any]
    b: dict[str, Any]
    c: dict[str, Any]
    city: str
    date: dt.date
    prev_date: dt.date  # an earlier event of the same kind between the same parties
    topics: tuple[str, str, str]


def make_story(t: Templates, seed: int, k: int) -> Story:
    """Draw story ``k`` of the pool from its own random stream."""
    rng = random.Random(f"{seed}/story/{k}")
    kind = rng.choice(sorted(t.sentences["kinds"]))
    date = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
    prev = date - dt.timedelta(days=rng.randint(40, 500))
    people = [p for p in t.people if in_office(p, prev.year) and in_office(p, date.year)]
    a = rng.choice(people)
    b = rng.choice([p for p in people if p["country"] != a["country"]])
    c = rng.choice([p for p in people if p["country"] not in (a["country"], b["country"])])
    host = b if kind in ("visit", "aid") else rng.choice((a, b))
    city = rng.choice(t.countries[host["country"]]["cities"])
    topics = tuple(rng.sample(t.sentences["topics"], 3))
    return Story(k, kind, a, b, c, city, date, prev, (topics[0], topics[1], topics[2]))


def in_office(person: dict[str, Any], year: int) -> bool:
    """Whether a real person held the role in ``year`` (made-up people always do)."""
    first, last = person.get("active", (1, 9999))
    return bool(first <= year <= last)


def day_phrase(event: dt.date, published: dt.date | None, rng: random.Random) -> str:
    """How a reporter writing on ``published`` names the day of ``event``."""
    lag = (published - event).days if published else 0
    if published and 1 <= lag <= 6 and rng.random() < 0.6:
        return f"on {WEEKDAYS[event.weekday()]}"
    if rng.random() < 0.5:
        return f"on {event.day} {MONTHS[event.month - 1]}"
    return f"on {MONTHS[event.month - 1]} {event.day}"


def past_phrase(event: dt.date, published: dt.date | None, rng: random.Random) -> str:
    """How an earlier event is dated: relative when the year is shared, explicit otherwise."""
    month = MONTHS[event.month - 1]
    if published and event.year == published.year:
        if event.month == published.month:
            return "earlier this month"
        if event.month == published.month - 1 and rng.random() < 0.5:
            return "last month"
        return f"in {month}"
    if published and event.year == published.year - 1 and rng.random() < 0.3:
        return f"last {month}" if event.month >= published.month else f"in {month} last year"
    return rng.choice((f"in {month} {event.year}", f"on {event.day} {month} {event.year}"))


@dataclass
class Article:
    """One composed article before it is rendered as a page or a text file."""

    index: int
    story: int
    title: str
    outlet: dict[str, str]
    author: str | None
    published: dt.date | None
    paragraphs: list[str]
    caption: str
    people: list[dict[str, str]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    duplicate_of: int | None = None


def person_forms(p: dict[str, Any], rng: random.Random) -> tuple[str, str]:
    """The full and the short spelling one outlet uses for ``p`` throughout an article."""
    return rng.choice([p["name"], *p["variants"]]), rng.choice(p["short"])


def story_slots(t: Templates, s: Story, rng: random.Random, published: dt.date | None) -> dict[str, str]:
    """Slot values shared by every sentence of one article."""
    slots: dict[str, str] = {}
    for key, p in (("A", s.a), ("B", s.b), ("C", s.c)):
        country = t.countries[p["country"]]
        slots[key], slots[key + "s"] = person_forms(p, rng)
        slots[key + "r"], slots[key + "c"] = p["role"], p["country"]
        slots[key + "d"], slots[key + "cap"] = country["demonym"], country["capital"]
    sent = t.sentences
    slots.update(
        city=s.city, t1=s.topics[0], t2=s.topics[1], t3=s.topics[2],
        date=day_phrase(s.date, published, rng), prev=past_phrase(s.prev_date, published, rng),
        org=rng.choice(t.organisations), num=str(rng.randint(2, 12)), amount=rng.choice(sent["amounts"]),
        acc=rng.choice(sent["accusations"]), acc_ing=rng.choice(sent["accusations_ing"]),
        acc_s=rng.choice(sent["sanction_reasons"]),
    )
    return slots


class Writer:
    """Fills templates in reading order, so each person's first mention is the full name."""

    def __init__(self, slots: dict[str, str]) -> None:
        self.slots = slots
        self.introduced: set[str] = set()

    def fill(self, template: str, **extra: str) -> str:
        local = dict(self.slots, **extra)
        if "{org}" in template:
            if "org" in self.introduced:  # "the World Bank (WB)" once, then "the WB"
                local["org"] = _short_org(local["org"])
            self.introduced.add("org")
        for key in ("A", "B", "C"):
            used = "{" + key + "}" in template or "{" + key + "s}" in template
            if used and key not in self.introduced:
                local[key + "s"] = local[key]
                self.introduced.add(key)
        return _capitalise(template.format_map(local))

    def speaker(self, key: str) -> str:
        """A quote's speaker: role and full name the first time, the short form after."""
        if key in self.introduced:
            return self.slots[key + "s"]
        self.introduced.add(key)
        return f"{self.slots[key + 'd']} {self.slots[key + 'r']} {self.slots[key]}"


def _short_org(name: str) -> str:
    match = re.search(r"\(([^)]+)\)$", name)
    return f"the {match.group(1)}" if match else name


def _capitalise(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


Spec = str | tuple[str, ...]  # a template, or ("quote", speaker key, quote, pattern) / ("analyst", ...)


def quote_specs(t: Templates, rng: random.Random) -> list[Spec]:
    """Two to four quotes from the two parties, then one from an analyst."""
    sent = t.sentences
    count = rng.randint(2, 4)
    specs: list[Spec] = [
        ("quote", key, q, pattern)
        for key, q, pattern in zip(rng.sample(["A", "B", "A", "B"], count), rng.sample(sent["quotes"], count),
                                   rng.sample(sent["attributions"], count), strict=True)
    ]
    analyst = rng.choice(t.analysts)
    specs.append(("analyst", rng.choice(sent["analyst_lines"]), rng.choice(sent["analyst_quotes"]),
                  analyst["name"], analyst["affiliation"]))
    return specs


def layout(t: Templates, s: Story, rng: random.Random) -> list[list[Spec]]:
    """Which templates go where: lede, details, quotes, history, reactions, closing."""
    sent, kind = t.sentences, t.sentences["kinds"][s.kind]
    details = rng.sample(kind["details"], len(kind["details"])) + rng.sample(sent["details"], 14)
    background = rng.sample(sent["background"], 10)
    quotes = quote_specs(t, rng)
    groups: list[list[Spec]] = [[rng.choice(kind["ledes"])], details[:3], quotes[:1]]
    groups += [[rng.choice(kind["previous"]), *background[:2]], quotes[1:2], quotes[2:3]]
    groups += [details[3:6], [rng.choice(sent["reactions"])], *([q] for q in quotes[3:])]
    groups += [background[2:4], details[6:9], background[4:7], details[9:13], background[7:], details[13:]]
    groups.append([rng.choice(sent["closings"])])
    return [g for g in groups if g]


def fill_spec(w: Writer, spec: Spec) -> str:
    """Fill one template; quotes get their speaker introduced in reading order."""
    if isinstance(spec, str):
        return w.fill(spec)
    if spec[0] == "quote":
        _, key, q, pattern = spec
        return w.fill(pattern.replace("{S}", w.speaker(key)), q=w.fill(q))
    _, pattern, q, name, affiliation = spec
    return w.fill(pattern, q=q, N=name, Ns=name.split()[-1], aff=affiliation)


def fit_length(w: Writer, groups: list[list[Spec]], target: int) -> list[str]:
    """Fill paragraphs in reading order until ``target`` words, never past MAX_WORDS.

    Stops at the first sentence that does not fit, so no later sentence relies on
    a first mention (full name, spelled-out acronym) that was cut.
    """
    paragraphs: list[str] = []
    total = 0
    for group in groups:
        kept = []
        for spec in group:
            sentence = fill_spec(w, spec)
            n = len(sentence.split())
            if total >= target or total + n > MAX_WORDS:
                break
            kept.append(sentence)
            total += n
        if kept:
            paragraphs.append(" ".join(kept))
        if len(kept) < len(group):
            break
    return paragraphs


def compose(t: Templates, s: Story, index: int, seed: int, undated_share: float) -> Article:
    """Write article ``index`` about story ``s``."""
    rng = random.Random(f"{seed}/article/{index}")
    published = None if rng.random() < undated_share else s.date + dt.timedelta(days=rng.randint(0, 3))
    slots = story_slots(t, s, rng, published)
    writer = Writer(slots)
    kind = t.sentences["kinds"][s.kind]
    title = _capitalise(rng.choice(kind["headlines"]).format_map(slots))
    paragraphs = fit_length(writer, layout(t, s, rng), rng.randint(MIN_WORDS + 20, MAX_WORDS - 20))
    caption = rng.choice(t.boiler["captions"]).format_map(
        dict(slots, A=slots["As"], B=slots["Bs"])) + f" / {rng.choice(t.credits)}"
    people = [{"name": p["name"], "full": slots[k], "short": slots[k + "s"]}
              for k, p in (("A", s.a), ("B", s.b), ("C", s.c))]
    events = [
        {"kind": s.kind, "plover": kind["plover"], "date": s.date.isoformat(), "text": slots["date"],
         "resolvable": published is not None},
        {"kind": s.kind, "plover": kind["plover"], "date": s.prev_date.isoformat(), "text": slots["prev"],
         "resolvable": published is not None or str(s.prev_date.year) in slots["prev"], "earlier": True},
    ]
    author = rng.choice(t.journalists) if rng.random() < 0.7 else None
    return Article(index, s.index, title, rng.choice(t.outlets), author, published, paragraphs, caption,
                   people, events)


def syndicate(original: Article, t: Templates, index: int, seed: int) -> Article:
    """A republished copy: another outlet, another header line, one small edit."""
    rng = random.Random(f"{seed}/dup/{index}")
    paragraphs = list(original.paragraphs)
    if len(paragraphs) > 5 and rng.random() < 0.5:
        paragraphs.pop()  # the syndicating outlet trimmed the last paragraph
    else:
        i = rng.randrange(len(paragraphs))
        paragraphs[i] = re.sub(r"\bsaid\b", "stated", paragraphs[i], count=1).replace(" also ", " ", 1)
    paragraphs.append(f"This article was first published by {original.outlet['name']}.")
    outlet = rng.choice([o for o in t.outlets if o["name"] != original.outlet["name"]])
    return Article(index, original.story, original.title, outlet, None, original.published, paragraphs,
                   original.caption, original.people, original.events, duplicate_of=original.index)


def date_line(d: dt.date, rng: random.Random) -> str:
    """A publication date as outlets print it at the head of a page."""
    return rng.choice((d.isoformat(), f"{d.day} {MONTHS[d.month - 1]} {d.year}",
                       f"{MONTHS[d.month - 1]} {d.day}, {d.year}"))


def sidebar_items(t: Templates, rng: random.Random, near: dt.date) -> list[tuple[str, dt.date]]:
    """Unrelated headlines with dates close to the article's (a trap for date finders)."""
    cities = [c for country in t.countries.values() for c in country["cities"]]
    heads = rng.sample(t.boiler["sidebar_headlines"], 4)
    return [(h.format(city=rng.choice(cities)), near - dt.timedelta(days=rng.randint(0, 9))) for h in heads]


def hard_wrap(paragraph: str, width: int) -> str:
    """Break lines at spaces near ``width`` (textwrap does this ~10x slower)."""
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


def render_text(a: Article, t: Templates, style: str, rng: random.Random) -> str:
    """Plain text as scrapers save it, in one of TEXT_STYLES."""
    body = list(a.paragraphs)
    head = [a.title, ""]
    if style == "prefix":
        head = [] if rng.random() < 0.5 else [a.title, ""]
        body[0] = f"{a.outlet['name']} - {body[0]}"
    if a.author and style != "prefix":
        head.append(f"By {a.author}")
    if a.published and style in ("plain", "wrapped", "source"):
        head.append(date_line(a.published, rng))
    if style == "source":
        head.append(f"SOURCE:{a.outlet['name']}")
    if style == "scraped":
        head = [a.title, "", a.title, "", f"{rng.randint(2, 900)} views",
                f"{rng.randint(1, 11)} hours ago", a.caption]
    if style == "wrapped":
        width = rng.randint(64, 82)
        body = [hard_wrap(p, width) for p in body]
    text = "\n".join(head).strip() + "\n\n" + "\n\n".join(body) + "\n"
    if style == "source":
        near = a.published or FIRST_DAY
        tail = ["", *rng.sample(t.boiler["prompts"], 2), "", "Latest news"]
        for headline, d in sidebar_items(t, rng, near):
            tail += [headline, d.strftime("%d %b %Y")]
        text += "\n".join(tail) + "\n"
    return text


def render_html(a: Article, t: Templates, rng: random.Random) -> str:
    """An article page with navigation, cookie banner, sidebar and, usually, meta tags."""
    e = html.escape
    url = f"https://www.{a.outlet['domain']}/news/{a.index:05d}-{slugify(a.title)}"
    meta = [f'<meta property="og:title" content="{e(a.title)}">', f'<link rel="canonical" href="{url}">']
    with_meta = rng.random() < 0.7
    if with_meta:
        meta.append(f'<meta property="og:site_name" content="{e(a.outlet["name"])}">')
        if a.published:
            meta.append(f'<meta property="article:published_time" content="{a.published.isoformat()}T08:00:00Z">')
        if a.author:
            meta.append(f'<meta name="author" content="{e(a.author)}">')
    byline = f'<p class="byline">By {e(a.author)}</p>' if a.author else ""
    if a.published and not with_meta:
        byline += f'<p class="date">{e(date_line(a.published, rng))}</p>'
    near = a.published or FIRST_DAY
    sidebar = "\n".join(f'<li><a href="#">{e(h)}</a> <span class="date">{d.strftime("%d %B %Y")}</span></li>'
                        for h, d in sidebar_items(t, rng, near))
    b = t.boiler
    return t.page.substitute(
        title=e(a.title), outlet=e(a.outlet["name"]), meta="\n".join(meta),
        cookie=e(rng.choice(b["cookie_texts"])), button=e(rng.choice(b["cookie_buttons"])),
        nav="\n".join(f'<li><a href="#">{e(x)}</a></li>' for x in rng.sample(b["nav_sections"], 7)),
        byline=byline, figure=f"<figure><img src=\"/img/{a.index}.jpg\" alt=\"\"><figcaption>{e(a.caption)}"
                              "</figcaption></figure>",
        body="\n".join(f"<p>{e(p)}</p>" for p in a.paragraphs), prompt=e(rng.choice(b["prompts"])),
        sidebar_title=e(rng.choice(b["sidebar_titles"])), sidebar=sidebar, footer=e(rng.choice(b["footers"])),
    )


def slugify(text: str, words: int = 6) -> str:
    """A short ASCII file-name slug from a title."""
    parts = re.findall(r"[a-z0-9]+", text.lower().encode("ascii", "ignore").decode())
    return "-".join(parts[:words]) or "article"


@dataclass(frozen=True)
class Plan:
    """Which articles are HTML and which are syndicated copies of which originals."""

    html: frozenset[int]
    duplicate_of: dict[int, int]
    story_of: list[int]


def make_plan(n: int, seed: int, *, html_share: float, dup_share: float) -> Plan:
    """Exact shares (rounded), so tests and benchmark reports can rely on the counts."""
    rng = random.Random(f"{seed}/plan/{n}")
    html_ids = frozenset(rng.sample(range(n), round(n * html_share)))
    dups = sorted(rng.sample(range(1, n), min(round(n * dup_share), max(n - 1, 0))))
    dup_set = set(dups)
    originals_so_far: list[int] = []
    duplicate_of: dict[int, int] = {}
    for i in range(n):
        if i in dup_set:
            duplicate_of[i] = rng.choice(originals_so_far)
        else:
            originals_so_far.append(i)
    pool = max(1, n // 6)  # about six reports per happening, like a busy news day
    story_of = [min(int(rng.paretovariate(1.2)) - 1, pool - 1) if rng.random() < 0.3 else rng.randrange(pool)
                for _ in range(n)]
    return Plan(html_ids, duplicate_of, story_of)


def generate(n: int, out_dir: Path, *, seed: int = 0, html_share: float = 0.3, dup_share: float = 0.1,
             undated_share: float = 0.12, manifest: Path | None = None) -> list[dict[str, Any]]:
    """Write ``n`` articles to ``out_dir``; return (and optionally write) the manifest rows."""
    t = load_templates()
    plan = make_plan(n, seed, html_share=html_share, dup_share=dup_share)
    out_dir.mkdir(parents=True, exist_ok=True)
    stories: dict[int, Story] = {}
    articles: dict[int, Article] = {}
    rows = []
    for i in range(n):
        k = plan.story_of[i]
        story = stories.get(k) or stories.setdefault(k, make_story(t, seed, k))
        if i in plan.duplicate_of:
            article = syndicate(articles[plan.duplicate_of[i]], t, i, seed)
        else:
            article = articles[i] = compose(t, story, i, seed, undated_share)
        rows.append(write_article(article, t, out_dir, seed, is_html=i in plan.html))
    if manifest:
        manifest.parent.mkdir(parents=True, exist_ok=True)
        with manifest.open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return rows


def write_article(a: Article, t: Templates, out_dir: Path, seed: int, *, is_html: bool) -> dict[str, Any]:
    """Render one article to its file and return its manifest row."""
    rng = random.Random(f"{seed}/render/{a.index}")
    style = "html" if is_html else rng.choice(TEXT_STYLES)
    content = render_html(a, t, rng) if is_html else render_text(a, t, style, rng)
    name = f"{a.index:05d}_{slugify(a.title)}.{'html' if is_html else 'txt'}"
    (out_dir / name).write_text(content, encoding="utf-8")
    return {"file": name, "format": "html" if is_html else "text", "style": style, "story": a.story,
            "title": a.title, "outlet": a.outlet["name"], "author": a.author,
            "published": a.published.isoformat() if a.published else None,
            "duplicate_of": a.duplicate_of, "words": sum(len(p.split()) for p in a.paragraphs),
            "people": a.people, "events": a.events}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--html-share", type=float, default=0.3)
    parser.add_argument("--dup-share", type=float, default=0.1)
    parser.add_argument("--undated-share", type=float, default=0.12)
    parser.add_argument("--manifest", type=Path, default=None, help="write ground truth as JSON lines here")
    args = parser.parse_args(argv)
    for name in ("html_share", "dup_share", "undated_share"):
        if not 0.0 <= getattr(args, name) <= 1.0:
            parser.error(f"--{name.replace('_', '-')} must be between 0 and 1")
    if args.n < 0:
        parser.error("N must be zero or more")
    start = time.perf_counter()
    rows = generate(args.n, args.out_dir, seed=args.seed, html_share=args.html_share,
                    dup_share=args.dup_share, undated_share=args.undated_share, manifest=args.manifest)
    took = time.perf_counter() - start
    print(f"wrote {len(rows)} articles to {args.out_dir} in {took:.1f}s "
          f"({sum(r['format'] == 'html' for r in rows)} HTML, "
          f"{sum(r['duplicate_of'] is not None for r in rows)} near-duplicates)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
