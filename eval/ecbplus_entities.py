#!/usr/bin/env python3
"""Generality check for cross-document entity resolution on ECB+ (stories we never tuned on).

usage: python eval/ecbplus_entities.py [DATA_DIR] [--chains gold|surface|both]
                                      [--scope subtopic|topic] [--json]

ECB+ (github.com/cltl/ecbPlus) annotates participants (HUMAN_PART_PER/ORG/GPE,
LOC_GEO/FAC ...) with CROSS_DOC_COREF instances across the news articles of a
topic; each topic mixes two similar real-world events. We keep the *named*
mentions (every word capitalized, e.g. "Tara Reid", "Reid", "Promises
Treatment Center"), build one DocAnalysis per article from them and let
``newsgraph.resolve.entities.resolve_entities`` cluster them per topic. The
score is mention-level B³ against the gold instances (a mention only in an
intra-document chain was not annotated across documents: it is given to the
resolver but not scored). ECB+ gold instances
never cross sub-topics (the same real person in both events of a topic gets
two instance ids), so the default scope resolves each sub-topic alone;
``--scope topic`` mixes both and is capped by that annotation choice.

``--chains`` says what the within-document step is given:
  gold     mentions of one gold referent in one article form one chain
           (measures the cross-document step alone);
  surface  mentions with the same text in one article form one chain
           (closer to what a real within-document stage gives, no gold help).

Two string baselines are printed beside it: exact surface match across the
topic, and "same last word". Nothing here is used by newsgraph itself.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from newsgraph.model import Chain, DocAnalysis, Document, Mention
from newsgraph.resolve.entities import resolve_entities

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus"
LABELS = {"HUMAN_PART_PER": "PERSON", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_GPE": "GPE",
          "HUMAN_PART_FAC": "FAC", "HUMAN_PART_MET": "GPE", "LOC_GEO": "GPE", "LOC_FAC": "FAC",
          "LOC_OTHER": "LOC"}
PRONOUNS = {"i", "we", "he", "she", "it", "they", "you", "me", "us", "him", "her", "them", "this",
            "that", "these", "those", "his", "their", "our", "its", "my", "who", "which"}
LOWER_OK = {"of", "the", "al", "el", "bin", "de", "da", "van", "von", "and", "for", "-", "'s", "&"}


@dataclass
class GoldMention:
    doc: str
    start: int
    end: int
    text: str
    label: str
    gold: str  # instance id (cross-document) or doc-local id
    cross: bool = False  # the annotators linked it across documents (an ECB+ instance)


def _named(words: list[str]) -> list[str] | None:
    """The words of a proper-name mention without a leading article, or None if not a name."""
    while words and words[0].casefold() in ("the", "a", "an"):
        words = words[1:]
    if words and words[-1] in ("'s", "’s"):
        words = words[:-1]
    if not words or not words[0][:1].isupper() or words[0].casefold() in PRONOUNS:
        return None
    for w in words:
        if w.casefold() in LOWER_OK or not any(c.isalpha() for c in w):
            continue
        if not w[:1].isupper():
            return None
    return words


def read_doc(path: Path) -> tuple[Document, list[GoldMention]]:
    root = ET.parse(path).getroot()
    offsets: dict[str, tuple[int, int, str]] = {}
    parts: list[str] = []
    pos = 0
    for tok in root.iter("token"):
        text = tok.text or ""
        offsets[tok.get("t_id", "")] = (pos, pos + len(text), text)
        parts.append(text)
        pos += len(text) + 1
    doc = Document(id=path.stem, source=str(path), text=" ".join(parts))
    gold_of: dict[str, str] = {}
    for rel in root.iter("CROSS_DOC_COREF"):
        for src in rel.iter("source"):
            gold_of[src.get("m_id", "")] = rel.get("note") or f"x{rel.get('r_id')}"
    for rel in root.iter("INTRA_DOC_COREF"):
        target = next(rel.iter("target")).get("m_id", "")
        for src in rel.iter("source"):
            gold_of.setdefault(src.get("m_id", ""), f"{path.stem}:{target}")
    mentions: list[GoldMention] = []
    markables = root.find("Markables")
    for mk in markables if markables is not None else []:
        label = LABELS.get(mk.tag)
        anchors = [a.get("t_id", "") for a in mk.iter("token_anchor")]
        if not label or not anchors:
            continue
        toks = [offsets[t] for t in anchors if t in offsets]
        words = _named([t[2] for t in toks])
        if not words:
            continue
        skip = len(toks) - len(words) - (1 if toks[-1][2] in ("'s", "’s") else 0)
        toks = toks[skip: skip + len(words)]
        start, end = toks[0][0], toks[-1][1]
        mid = mk.get("m_id", "")
        gold = gold_of.get(mid, f"{path.stem}:m{mid}")
        mentions.append(GoldMention(doc.id, start, end, doc.text[start:end], label, gold,
                                    cross=":" not in gold))
    return doc, mentions


def build_analysis(doc: Document, mentions: list[GoldMention], chains_by: str) -> DocAnalysis:
    """One DocAnalysis; chains grouped by gold referent or by surface text."""
    analysis = DocAnalysis(doc_id=doc.id)
    groups: dict[str, list[GoldMention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        groups[m.gold if chains_by == "gold" else m.text].append(m)
    for cid, members in enumerate(groups.values()):
        chain = Chain(id=cid, name=max((m.text for m in members), key=len), label=members[0].label)
        for m in members:
            chain.mentions.append(len(analysis.mentions))
            analysis.mentions.append(Mention(m.start, m.end, m.text, m.label, chain=cid))
        analysis.chains.append(chain)
    return analysis


def bcubed(gold: dict[int, str], system: dict[int, str]) -> tuple[float, float, int]:
    """Sums of B³ precision and recall over items (divide by n yourself), and n."""
    g_members: dict[str, set[int]] = defaultdict(set)
    s_members: dict[str, set[int]] = defaultdict(set)
    for i, c in gold.items():
        g_members[c].add(i)
    for i, c in system.items():
        if i in gold:  # clusters seen through the scored mentions only
            s_members[c].add(i)
    p = r = 0.0
    for i in gold:
        g, s = g_members[gold[i]], s_members[system[i]]
        inter = len(g & s)
        p += inter / len(s)
        r += inter / len(g)
    return p, r, len(gold)


def ours(chains_by: str) -> Callable[[list[tuple[Document, list[GoldMention]]]], list[str]]:
    def run(docs: list[tuple[Document, list[GoldMention]]]) -> list[str]:
        analyses = [build_analysis(d, ms, chains_by) for d, ms in docs]
        _, chain_map = resolve_entities(analyses, {d.id: d for d, _ in docs})
        out: dict[tuple[str, int, int], str] = {}
        for a in analyses:
            for m in a.mentions:
                out[(a.doc_id, m.start, m.end)] = chain_map[(a.doc_id, m.chain)]
        return [out[(m.doc, m.start, m.end)] for _, ms in docs for m in ms]
    return run


def exact_string(docs: list[tuple[Document, list[GoldMention]]]) -> list[str]:
    return [m.text.casefold() for _, ms in docs for m in ms]


def last_word(docs: list[tuple[Document, list[GoldMention]]]) -> list[str]:
    return [m.text.split()[-1].casefold() for _, ms in docs for m in ms]


def drop_common_nouns(docs: list[tuple[Document, list[GoldMention]]]) -> None:
    """A one-word "name" that also occurs in lower case in the group ("Police", "Rehab")
    is a sentence-initial common noun, not a name."""
    lower = {w for d, _ in docs for w in re.findall(r"\b[a-z][a-z\-]+\b", d.text)}
    for _, ms in docs:
        ms[:] = [m for m in ms if " " in m.text or m.text.casefold() not in lower]


def score(topics: dict[str, list[Path]], systems: dict[str, Callable[..., list[str]]]) -> dict[str, dict]:
    totals = {name: [0.0, 0.0, 0] for name in systems}
    n_docs = 0
    for _topic, paths in sorted(topics.items()):
        docs = [read_doc(p) for p in sorted(paths)]
        drop_common_nouns(docs)
        n_docs += len(docs)
        flat = [m for _, ms in docs for m in ms]
        # Scored: mentions the annotators linked across documents. Mentions without a
        # CROSS_DOC_COREF were not annotated for it; they are input, not scored.
        gold = {i: m.gold for i, m in enumerate(flat) if m.cross}
        for name, system in systems.items():
            labels = system(docs)
            p, r, n = bcubed(gold, dict(enumerate(labels)))
            totals[name][0] += p
            totals[name][1] += r
            totals[name][2] += n
    out = {}
    for name, (p, r, n) in totals.items():
        pp, rr = (p / n, r / n) if n else (0.0, 0.0)
        f = 2 * pp * rr / (pp + rr) if pp + rr else 0.0
        out[name] = {"mentions": n, "documents": n_docs, "bcubed_p": round(pp, 4),
                     "bcubed_r": round(rr, 4), "bcubed_f1": round(f, 4)}
    return out


def find_topics(data_dir: Path, scope: str) -> dict[str, list[Path]]:
    """Groups of articles resolved together: a sub-topic (one event) or a whole topic (two)."""
    topics: dict[str, list[Path]] = defaultdict(list)
    for p in data_dir.glob("*/*.xml"):
        m = re.match(r"^\d+_\d+(ecb(?:plus)?)\.xml$", p.name)
        if m:
            topics[p.parent.name + ("/" + m.group(1) if scope == "subtopic" else "")].append(p)
    return topics


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--chains", choices=["gold", "surface", "both"], default="both")
    ap.add_argument("--scope", choices=["subtopic", "topic"], default="subtopic",
                    help="resolve each sub-topic alone (gold instances never cross sub-topics) "
                         "or both sub-topics of a topic together (same real entity counts as two)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(list(argv) if argv is not None else None)
    topics = find_topics(args.data_dir, args.scope)
    if not topics:
        print(f"no ECB+ topics under {args.data_dir}", file=sys.stderr)
        return 1
    systems: dict[str, Callable[..., list[str]]] = {"baseline exact string": exact_string,
                                                    "baseline last word": last_word}
    for mode in (["gold", "surface"] if args.chains == "both" else [args.chains]):
        systems[f"newsgraph ({mode} within-doc chains)"] = ours(mode)
    result = score(topics, systems)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for name, r in result.items():
            print(f"{name:42s} P {r['bcubed_p']:.3f}  R {r['bcubed_r']:.3f}  F1 {r['bcubed_f1']:.3f}"
                  f"  ({r['mentions']} named mentions, {r['documents']} documents)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
