"""Quote recall and speaker accuracy on PolNeAR (brat standoff: Source / Cue / Content).

Usage: python eval/polnear_eval.py [DATA_DIR] [--parts train,dev] [--limit N] [--errors K]

DATA_DIR (default ../shared/data/polnear) holds ``<part>/text/*.txt`` and
``<part>/attributions/*.ann`` (``<article>_<annotator>.ann``; an article
annotated twice is counted once, with its first file). Only gold Contents that contain quotation marks
count (the direct quotes). A gold quote is *found* when one of our quotes lies
at least half inside the Content's character range. Its *speaker* is right
when our speaker as written at the cue ("he", "Trump", "the campaign")
overlaps the gold Source span, or when the name we resolved it to ends with
the same word as the gold Source text. Gold quotes without a Source are
counted for recall only.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.model import DocAnalysis, Document
from newsgraph.nlp import load_nlp
from newsgraph.pipeline.context import DocContext
from newsgraph.stages.mentions import extract_mentions
from newsgraph.stages.quotes import FoundQuote, find_quotes
from newsgraph.stages.sentences import split_sentences

QUOTE_CHARS = "“”\""


@dataclass
class GoldQuote:
    start: int
    end: int
    text: str
    source: tuple[int, int, str] | None


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    with_source: int = 0
    speaker_ok: int = 0
    errors: list[str] = field(default_factory=list)


def read_ann(path: Path) -> list[GoldQuote]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, _, offs = parts[1].partition(" ")
            frags = [(int(a), int(b)) for a, b in (f.split() for f in offs.split(";"))]
            spans[parts[0]] = (kind, frags, parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(p.split(":", 1) for p in parts[1].split() if ":" in p))
    out = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content is None or sum(content[2].count(c) for c in QUOTE_CHARS) < 1:
            continue
        frags = content[1]
        src = spans.get(rel.get("Source", ""))
        source = (src[1][0][0], src[1][-1][1], src[2]) if src else None
        out.append(GoldQuote(frags[0][0], frags[-1][1], content[2], source))
    return out


def analyse(text: str, nlp: object) -> list[FoundQuote]:
    doc = nlp(text)  # type: ignore[operator]
    ctx = DocContext(Document(id="d", source="x", text=text), doc, DocAnalysis(doc_id="d"))
    split_sentences(ctx)
    extract_mentions(ctx)
    found, _ = find_quotes(doc, ctx.analysis)
    return found


def _inside(q: FoundQuote, g: GoldQuote) -> bool:
    a, b = q.mention.start, q.mention.end
    overlap = min(b, g.end) - max(a, g.start)
    return b > a and overlap * 2 >= (b - a)


def _speaker_ok(q: FoundQuote, g: GoldQuote) -> bool:
    assert g.source is not None
    s, e, text = g.source
    sp = q.speaker
    if sp is not None and sp.start < e and sp.end > s:
        return True
    name = (q.mention.speaker_text or "").lower().split()
    gold = text.lower().replace("’s", "").split()
    return bool(name and gold and name[-1] == gold[-1])


def _one_per_article(files: list[Path]) -> list[Path]:
    """A few articles were annotated twice (two annotator suffixes); count each article once."""
    seen: set[str] = set()
    out = []
    for f in files:
        article = f.stem.rsplit("_", 1)[0]
        if article not in seen:
            seen.add(article)
            out.append(f)
    return out


def score_part(folder: Path, nlp: object, *, limit: int | None, errors: int) -> Tally:
    t = Tally()
    files = _one_per_article(sorted((folder / "attributions").glob("*.ann")))[:limit]
    for ann in files:
        # annotation files carry an annotator suffix: <article>_<annotator>.ann
        text = (folder / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")).read_text("utf-8")
        gold = read_ann(ann)
        if not gold:
            continue
        found = analyse(text, nlp)
        for g in gold:
            t.gold += 1
            hits = [q for q in found if _inside(q, g)]
            if not hits:
                if len(t.errors) < errors:
                    t.errors.append(f"MISS {ann.stem[:40]}: {g.text[:90]!r}")
                continue
            t.found += 1
            if g.source is None:
                continue
            t.with_source += 1
            if any(_speaker_ok(q, g) for q in hits):
                t.speaker_ok += 1
            elif len(t.errors) < errors:
                got = hits[0].mention.speaker_text
                t.errors.append(f"SPEAKER {ann.stem[:40]}: {g.text[:60]!r} got {got!r}, gold {g.source[2]!r}")
    return t


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "n/a"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/data/polnear"))
    ap.add_argument("--parts", default="train,dev")
    ap.add_argument("--limit", type=int, default=None, help="at most N documents per part")
    ap.add_argument("--errors", type=int, default=0, help="print up to K misses / wrong speakers per part")
    args = ap.parse_args(argv)
    nlp = load_nlp()
    print("| part | gold quotes | found | recall | with source | speaker right | speaker accuracy |")
    print("|---|---|---|---|---|---|---|")
    for part in args.parts.split(","):
        t = score_part(Path(args.data_dir) / part, nlp, limit=args.limit, errors=args.errors)
        print(f"| {part} | {t.gold} | {t.found} | {_pct(t.found, t.gold)} | {t.with_source} | {t.speaker_ok} "
              f"| {_pct(t.speaker_ok, t.with_source)} |")
        for e in t.errors:
            print("   ", e, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
