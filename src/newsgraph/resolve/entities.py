"""Cross-document entity resolution: per-document chains -> corpus entities.

Why this shape: each document's mention stage already decided which of its
mentions are one referent (a :class:`~newsgraph.model.Chain`). Here chains
from different documents are joined, in blocks, never all pairs:

1. chains with the same identity (same country, same seat, same folded name)
   join, unless both sides are firmly of different kinds (a person "Jordan"
   and the country Jordan);
2. non-person clusters join on spelling variants (same skeleton key, close
   fine forms) and on acronyms ("SDF" -> the one long form with that acronym);
3. multi-word person names join within surname blocks (and inner-word blocks,
   for a shorter form such as "Inacio Lula" of "Luiz Inacio Lula da Silva") when
   :func:`~newsgraph.resolve.names.same_person` holds for every pair of names
   across the two clusters (complete link, so A~B, A~C never drags B and C
   together when B and C have different middle names);
4. single-word names (a bare surname or given name in a document that never
   gave the full name) join the person cluster they fit; when several fit,
   only a clearly dominant one takes them, otherwise they stay apart.

Then each cluster is typed by vote and given a canonical name, aliases,
roles, affiliations, gazetteer ids and the country it acts for
(:func:`build_entity`).
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources

import jellyfish

from newsgraph.gazetteer import Place, country_of, demonym_country, lookup_place
from newsgraph.model import Chain, DocAnalysis, Document, Entity, Mention, MentionRef, kin_word
from newsgraph.resolve import entity_types as et
from newsgraph.resolve.names import (
    HONORIFICS,
    PARTICLES,
    bare_keys,
    block_keys,
    canonical_name,
    compound_surnames,
    fine_token,
    inner_keys,
    maternal_surname_dropped,
    middle_initials,
    name_key,
    name_tokens,
    particle_fits,
    same_person,
    single_key,
    skeleton,
)
from newsgraph.yamlio import load_yaml

__all__ = ["resolve_entities"]

# A bare name that fits several person clusters goes to the biggest only if it
# has at least this many times the mentions of the next (judgement: 2x means
# the corpus is clearly about that one; below it we would be guessing).
DOMINANCE_RATIO = 2.0
# Jaro-Winkler over fine forms for two non-person names with the same skeleton
# ("hmimim" == "hmimim"; "iran"/"oran" 0.83 must stay apart).
NONPERSON_MIN_JW = 0.9


@dataclass
class Item:
    """One document's chain, with everything resolution needs from it."""

    doc: str
    chain: int
    name: str
    tokens: list[str]
    mentions: list[Mention]
    evidence: list[et.Evidence]
    place: Place | None
    acronym: str | None
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    family: str = "MISC"
    strong: bool = False
    titled: list[str] = field(default_factory=list)  # "Prime Minister Keir Starmer", "Dr Ramgoolam" as written

    @property
    def identity(self) -> str:
        if self.place and self.place.kind == "country":
            return "C:" + self.place.country
        if self.place and self.place.kind == "seat":
            return "S:" + self.place.country + ":" + " ".join(self.tokens)
        return "N:" + " ".join(fine_token(t) for t in self.tokens)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:  # keep the smaller index as root: results do not depend on call order
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return out


# ---------------------------------------------------------------- items


def _chain_mentions(analysis: DocAnalysis, chain: Chain) -> list[Mention]:
    idx = chain.mentions or [i for i, m in enumerate(analysis.mentions) if m.chain == chain.id]
    return sorted((analysis.mentions[i] for i in idx if 0 <= i < len(analysis.mentions)),
                  key=lambda m: (m.start, m.end))


def _find_place(names: Sequence[str]) -> Place | None:
    """The strongest gazetteer hit among a chain's names (country/capital/seat over a city)."""
    city = None
    for n in names:
        p = lookup_place(n)
        if p and p.kind != "city":
            return p
        city = city or p
    return city


def _make_item(analysis: DocAnalysis, chain: Chain, text: str) -> Item | None:
    mentions = _chain_mentions(analysis, chain)
    surfaces = [m.text for m in mentions]
    name = chain.name or max(surfaces, key=len, default="")
    if not name_tokens(name):
        return None
    evidence: list[et.Evidence] = [et.label_evidence(m.label, m.text) for m in mentions]
    for m in mentions:
        cue = et.context_type(text, m.start, m.end) if text else None
        if cue:
            evidence.append((cue, et.W_CONTEXT, True))
        if m.role:
            evidence.append(("PERSON", et.W_ROLE, True))
    if chain.roles and not any(m.role for m in mentions):
        evidence.append(("PERSON", et.W_ROLE, True))
    evidence += et.surface_evidence([name, *surfaces])
    # Only forms as complete as the name: the bare "Jordan" of "Michael Jordan" is no country.
    full = [s for s in sorted(set(surfaces), key=surfaces.index)
            if len(name_tokens(s)) >= len(name_tokens(name))]
    place = _find_place([name, *full])
    evidence += et.place_type(place)
    if not evidence:
        evidence.append((chain.label, et.W_LABEL, False))
    item = Item(analysis.doc_id, chain.id, name, name_tokens(name), mentions, evidence, place,
                chain.acronym, roles=list(chain.roles), affiliations=list(chain.affiliations),
                titled=[t for m in mentions if (t := titled_form(text, m)) is not None])
    _retype(item)
    return item


# Words of a title written before a name, besides the mention's own role: "Mr Justice Goose".
TITLE_WORDS = frozenset({"justice"})
MAX_TITLE_CHARS = 60


def titled_form(text: str, m: Mention) -> str | None:
    """The name as written with the title right before it ("Prime Minister Keir Starmer", "Sir Keir
    Starmer", "Dr Ramgoolam", "Mr Justice Goose"): a surface form of the person the text shows, kept
    as an alias (never as the canonical name). Only a capitalised title joined by single spaces."""
    if not text or m.label != "PERSON":
        return None
    pos = m.start
    role = m.role or ""
    if role and role[:1].isupper() and len(role) <= MAX_TITLE_CHARS \
            and text[pos - len(role) - 1:pos].casefold() == role.casefold() + " ":
        pos -= len(role) + 1
    for _ in range(2):
        before = text[max(0, pos - 12):pos]
        if not before.endswith(" ") or before.endswith("  "):
            break
        word = before[:-1].rsplit(None, 1)[-1] if before[:-1].strip() else ""
        if not word[:1].isupper() or word.casefold().rstrip(".") not in HONORIFICS | TITLE_WORDS:
            break
        pos -= len(word) + 1
    return text[pos:m.end] if pos < m.start else None


def _retype(item: Item) -> None:
    label, _conf = et.vote(item.evidence)
    item.family = et.family(label)
    item.strong = et.is_strong(item.evidence, item.family)


def build_items(analyses: Sequence[DocAnalysis], documents: Mapping[str, Document]) -> list[Item]:
    """Every chain of every document, in a canonical order (by document id, then chain id)."""
    items: list[Item] = []
    for analysis in sorted(analyses, key=lambda a: a.doc_id):
        doc = documents.get(analysis.doc_id)
        text = doc.text if doc else ""
        for chain in sorted(analysis.chains, key=lambda c: c.id):
            item = _make_item(analysis, chain, text)
            if item is not None:
                items.append(item)
    return items


# ---------------------------------------------------------------- clustering steps


def _family_of(items: Sequence[Item], members: Sequence[int]) -> str:
    return et.family(et.vote(ev for i in members for ev in items[i].evidence)[0])


def _join_identities(items: Sequence[Item], uf: _UnionFind) -> None:
    """Step 1: same identity joins, except firm person vs firm non-person."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        blocks[it.identity].append(i)
    for members in blocks.values():
        firm: dict[bool, list[int]] = defaultdict(list)  # is-person -> strong members
        for i in members:
            if items[i].strong:
                firm[items[i].family == "PERSON"].append(i)
        for group in firm.values():
            for i in group[1:]:
                uf.union(group[0], i)
        for i in members:
            if items[i].strong:
                continue
            is_person = items[i].family == "PERSON"
            target = firm.get(is_person) or firm.get(not is_person)
            if target:
                uf.union(target[0], i)
            else:
                firm[is_person] = [i]


def _join_nonperson_variants(items: Sequence[Item], uf: _UnionFind) -> None:
    """Step 2: non-person spelling variants (same skeleton, close fine forms), then acronyms."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        if it.family != "PERSON" and not (it.place and it.place.kind == "country"):
            blocks[name_key(it.name)].append(i)
    for members in blocks.values():
        # one representative per (fine form, gazetteer id): pairs stay few even for a
        # name that occurs in thousands of documents
        reps: dict[tuple[str, str | None], int] = {}
        for i in members:
            fine = " ".join(fine_token(t) for t in items[i].tokens)
            place = items[i].place
            # a nationality's country stands in for a gazetteer id: "Nigerien" and "Nigerian" are two peoples
            people = demonym_country(items[i].name) if place is None else None
            key = (fine, place.geonames_id if place else (f"D:{people}" if people else None))
            uf.union(reps.setdefault(key, i), i)
        for (fa, ga), a in reps.items():
            for (fb, gb), b in reps.items():
                if a < b and not (ga and gb and ga != gb) and (
                        fa == fb or jellyfish.jaro_winkler_similarity(fa, fb) >= NONPERSON_MIN_JW):
                    uf.union(a, b)
    _join_place_heads(items, uf)
    _join_national_bodies(items, uf)
    _join_acronyms(items, uf)


def _national_body_key(item: Item) -> tuple[str, str] | None:
    """(country, body) for a country's institution named by its country's adjective or possessive:
    "Venezuelan Foreign Ministry" and "Venezuela's foreign ministry" are both (Venezuela, foreign
    ministry); "Chinese Foreign Ministry" and "China's foreign ministry" too."""
    if item.family != "ORG":
        return None
    words = item.name.split()
    for n in (1, 2):
        if len(words) <= n:
            break
        lead = " ".join(words[:n])
        lead = lead[:-2] if lead.endswith(("'s", "’s")) else lead
        country = country_of(lead)
        if country is None:
            continue
        body = [w.casefold() for w in words[n:]]
        if body[-1] in _national_bodies() and not any(country_of(w) for w in words[n:]):
            return country, " ".join(body)
        return None
    return None


def _join_national_bodies(items: Sequence[Item], uf: _UnionFind) -> None:
    """A country's institution named with its adjective or its possessive is one body."""
    first: dict[tuple[str, str], int] = {}
    for i, it in enumerate(items):
        key = _national_body_key(it)
        if key is not None:
            uf.union(first.setdefault(key, i), i)


_CORPORATE = frozenset({"corp", "corporation", "inc", "ltd", "llc", "plc", "co", "company"})


@functools.lru_cache(maxsize=1)
def _national_bodies() -> frozenset[str]:
    """A country's institutions: "Belarus's Foreign Ministry" without its country is every country's
    foreign ministry, so the shorter name is no name of it. The nouns of ``name_shapes.yaml``
    (``national_bodies``, which the mention stage reads too), and "office"."""
    text = resources.files("newsgraph.data").joinpath("name_shapes.yaml").read_text(encoding="utf-8")
    return frozenset(str(w).lower() for w in load_yaml(text).get("national_bodies") or ()) | {"office"}



def _reduced_forms(item: Item) -> list[list[str]]:
    """Shorter names the same non-person goes by: "X Air Base" -> "X", "Y Corp." -> "Y",
    "Boston Z Club" -> "Z Club" (a leading place name; never down to a bare "Army")."""
    words = list(item.tokens)
    out: list[list[str]] = []
    if item.family == "PLACE":
        while len(words) > 1 and et.is_place_head(words[-1]):
            words = words[:-1]
    elif item.family == "ORG":
        while len(words) > 1 and words[-1] in _CORPORATE:
            words = words[:-1]
    if len(words) < len(item.tokens):
        out.append(words)
    if item.family == "ORG":
        for n in (1, 2):
            rest = item.tokens[n:]
            lead = lookup_place(" ".join(item.tokens[:n]))
            if lead and rest and (len(rest) > 1 or not et.name_shape_type("x " + rest[0])):
                out.append(rest)
    return out


def _join_place_heads(items: Sequence[Item], uf: _UnionFind) -> None:
    """Non-person names join the cluster of a shorter name they are known by (same family)."""
    by_identity: dict[tuple[str, str], int] = {}
    weak: dict[str, int] = {}  # a name the model typed loosely: "Chagos" (ORG) of "the Chagos Archipelago"
    for i, it in enumerate(items):
        by_identity.setdefault((it.family, it.identity), i)
        if it.family in ("ORG", "MISC") and not it.strong and len(it.tokens) == 1:
            weak.setdefault(it.identity, i)
    reductions = [(i, words) for i, it in enumerate(items) if it.family in ("PLACE", "ORG")
                  for words in _reduced_forms(it)]
    # "Belarus's Foreign Ministry" is "the Foreign Ministry" of a corpus that names no other country's
    # foreign ministry; where two countries' are named, the bare name could be either and joins neither
    body_countries: dict[str, set[str]] = defaultdict(set)
    bodies = _national_bodies()
    for i, words in reductions:
        if words[-1].lower() in bodies and (c := _lead_country(items[i], words)):
            body_countries[" ".join(fine_token(t) for t in words)].add(c)
    for i, words in reductions:
        key = " ".join(fine_token(t) for t in words)
        if len(body_countries.get(key, ())) > 1:
            continue
        other = by_identity.get((items[i].family, "N:" + key))
        if other is None and items[i].family == "PLACE":
            other = weak.get("N:" + key)
        if other is not None:
            uf.union(other, i)


def _lead_country(item: Item, rest: Sequence[str]) -> str | None:
    """The country named before ``rest`` in the item's name ("Belarus's" in "Belarus's Foreign Ministry")."""
    place = lookup_place(" ".join(item.tokens[:len(item.tokens) - len(rest)]))
    return place.country if place is not None else None


def _initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _join_acronyms(items: Sequence[Item], uf: _UnionFind) -> None:
    """An all-capitals name joins the single long form that carries it as acronym."""
    long_forms: dict[str, set[int]] = defaultdict(set)
    for i, it in enumerate(items):
        if it.family == "PERSON":
            continue
        if it.acronym:
            long_forms[it.acronym].add(uf.find(i))
        elif len(it.tokens) >= 2 and _initials(it.name):
            long_forms[_initials(it.name)].add(uf.find(i))
    for i, it in enumerate(items):
        word = it.name.replace(".", "").strip()
        if it.family == "PERSON" or not (word.isupper() and 2 <= len(word) <= 6 and " " not in word):
            continue
        roots = {uf.find(r) for r in long_forms.get(word, set())}
        if len(roots) == 1:
            uf.union(roots.pop(), i)


def _cluster_names(items: Sequence[Item], members: Sequence[int]) -> list[str]:
    return sorted({items[i].name for i in members if len(items[i].tokens) >= 2})


def _kin_owners(roles: Sequence[str]) -> set[str]:
    """Names of the people a kin role says one is a relative of: "father of Deby" -> {"Deby"}."""
    return {r.partition(" of ")[2] for r in roles if " of " in r and kin_word(r)}


def _join_full_person_names(items: Sequence[Item], uf: _UnionFind) -> None:
    """Step 3: multi-word person names, blocked by surname key, complete link.

    First names with the same middle initials (or none on both sides) join; then a
    name without initials joins a name with initials only when exactly one such
    cluster fits it: "George Bush" stays apart when the corpus has both "George W.
    Bush" and "George H. W. Bush".
    """
    compounds = _person_compounds(items)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        if it.family == "PERSON" and len(it.tokens) >= 2:
            for key in block_keys(it.name, compounds=compounds) | inner_keys(it.name):
                blocks[key].append(i)
    names: dict[int, set[str]] = {r: set(_cluster_names(items, m)) for r, m in uf.groups().items()}

    bare = _bare_family_names(items)

    # clusters holding a person named as someone's relative ("Deby's late father, Idriss Deby"): they never
    # join a cluster that names the one they are a relative of (the son "Mahamat Idriss Deby", whose name
    # holds the father's)
    kin: dict[int, set[str]] = defaultdict(set)  # cluster -> names of the people its members are relatives of
    for i, it in enumerate(items):
        if it.family == "PERSON":
            kin[uf.find(i)].update(_kin_owners(it.roles))

    def fits(ra: int, rb: int) -> bool:
        for relative, other in ((ra, rb), (rb, ra)):
            if kin.get(relative) and any(same_person(o, n, compounds=compounds)
                                         for o in sorted(kin[relative]) for n in sorted(names[other])):
                return False  # "his father, Idriss Deby" never joins the son "Mahamat Idriss Deby"
        return all(same_person(x, y, compounds=compounds) or maternal_surname_dropped(x, y, bare)
                   for x in sorted(names[ra]) for y in sorted(names[rb]))

    def join(ra: int, rb: int) -> None:
        uf.union(ra, rb)
        names[uf.find(ra)] = names[ra] | names[rb]
        if kin.get(ra) or kin.get(rb):
            kin[uf.find(ra)] = kin.get(ra, set()) | kin.get(rb, set())

    _join_name_extensions(items, uf, blocks, names, bare, join, kin)
    _join_mistyped_persons(items, uf, blocks, compounds, fits, join)
    initials = {i: middle_initials(items[i].name) for m in blocks.values() for i in m}  # once per item
    for members in blocks.values():
        # One item per cluster and initials: the same name in a thousand articles is one cluster
        # after step 1, and comparing its items pairwise would only repeat one test (names only
        # grow, so a pair of clusters that does not fit never fits later).
        first: dict[tuple[int, tuple[str, ...]], int] = {}
        for i in members:
            first.setdefault((uf.find(i), initials[i]), i)
        reps = sorted(first.values())
        for x, a in enumerate(reps):
            for b in reps[x + 1:]:
                if initials[a] != initials[b]:
                    continue
                ra, rb = uf.find(a), uf.find(b)
                if ra != rb and fits(ra, rb):
                    join(ra, rb)
        with_initials: set[int] | None = None  # clusters of this block whose names have initials
        for a in reps:
            if initials[a]:
                continue
            ra = uf.find(a)
            if any(middle_initials(n) for n in names[ra]):
                continue
            if with_initials is None:
                with_initials = {uf.find(b) for b in reps if initials[b]}
            cands = sorted(with_initials - {ra})
            fitting = [rb for rb in cands if fits(ra, rb)]
            if len(fitting) == 1:
                join(ra, fitting[0])
                with_initials = None  # a root may have changed


def _first_word_alone(items: Sequence[Item]) -> frozenset[str]:
    """Words the corpus calls a person by alone that are the *first* word of a fuller name of that
    person's chain ("Abiy Ahmed ... Abiy said"): naming by the given name, as Ethiopian and Eritrean
    news does, where a fuller name adds the father's and grandfather's names."""
    found: set[str] = set()
    for it in items:
        if it.family != "PERSON" or len(it.tokens) < 2:
            continue
        first = skeleton(it.tokens[0])
        for m in it.mentions:
            words = name_tokens(m.text)
            if len(words) == 1 and skeleton(words[0]) == first:
                found.add(first)
    return frozenset(found)


def _join_mistyped_persons(items: Sequence[Item], uf: _UnionFind, blocks: Mapping[str, list[int]],
                           compounds: frozenset[str], fits: Callable[[int, int], bool],
                           join: Callable[[int, int], None]) -> None:
    """"talks with Mahamat Idriss Deby Itno", "Ibrahim Raisi" tagged as organisations in one sentence:
    a name of two words or more that the model alone called something else (no rule made it firm)
    joins the one person cluster whose names all fit it, when exactly one does."""
    for root, members in sorted(uf.groups().items()):
        if any(items[m].family == "PERSON" or items[m].strong or items[m].place is not None
               or len(items[m].tokens) < 2 for m in members):
            continue
        name = items[members[0]].name
        keys = block_keys(name, compounds=compounds) | inner_keys(name)
        fitting = {uf.find(j) for k in sorted(keys) for j in blocks.get(k, ()) if items[j].family == "PERSON"}
        fitting = {r for r in fitting if fits(uf.find(root), r)}
        if len(fitting) == 1:
            join(uf.find(root), fitting.pop())


def _join_name_extensions(items: Sequence[Item], uf: _UnionFind, blocks: Mapping[str, list[int]],
                          names: dict[int, set[str]], bare: frozenset[str], join: Callable[[int, int], None],
                          kin: Mapping[int, set[str]]) -> None:
    """"Abiy Ahmed" and "Abiy Ahmed Ali", "Muse Bihi" and "Muse Bihi Abdi": a two-word name that is the
    start of exactly one longer name, when the corpus calls the person by the first word alone and never
    by the two-word name's last word (which would make it a family name: "George Walker" is not "George
    Walker Bush", whom the corpus calls "Bush"). No particle ("bin", "al") in the longer name: fathers
    and sons share words there."""
    first_alone = _first_word_alone(items)
    if not first_alone:
        return
    for members in blocks.values():
        shorts = sorted({uf.find(i) for i in members if len(items[i].tokens) == 2
                         and skeleton(items[i].tokens[0]) in first_alone
                         and skeleton(items[i].tokens[1]) not in bare})
        for ra in shorts:
            if uf.find(ra) != ra or any(len(name_tokens(n)) != 2 for n in names[ra]):
                continue
            short = sorted(names[ra])[0]
            longs = {uf.find(j) for j in members if uf.find(j) != ra and len(items[j].tokens) >= 3
                     and _extends(short, items[j].name)}
            if len(longs) == 1 and not kin.get(ra):
                rb = longs.pop()
                if all(len(name_tokens(n)) == 2 or _extends(short, n) or same_person(short, n) for n in names[rb]):
                    join(ra, rb)


def _extends(short: str, full: str) -> bool:
    """Does ``full`` begin with the words of ``short`` (spellings aside) and add words after them,
    none a particle?"""
    ws, wf = name_tokens(short), name_tokens(full)
    if len(wf) <= len(ws) or any(w in PARTICLES for w in wf):
        return False
    return same_person(" ".join(wf[:len(ws)]), short) and all(
        skeleton(a) == skeleton(b) for a, b in zip(ws, wf, strict=False))


def _bare_family_names(items: Sequence[Item]) -> frozenset[str]:
    """Family names the corpus uses alone ("Glas was arrested"): a middle word among them is a family
    name. Both a one-word person on its own and a one-word mention in a fuller name's chain count
    ("Gabriela Sommerfeld Rosero ... Sommerfeld told the council")."""
    bare = {skeleton(it.tokens[0]) for it in items if it.family == "PERSON" and len(it.tokens) == 1}
    for it in items:
        if it.family == "PERSON" and len(it.tokens) >= 3:
            for m in it.mentions:
                words = name_tokens(m.text)
                if len(words) == 1:
                    bare.add(skeleton(words[0]))
    return frozenset(bare)


def _person_compounds(items: Sequence[Item]) -> frozenset[str]:
    """Compound family names the corpus attests (hyphenated, or glued in another spelling)."""
    return compound_surnames(sorted({m.text for it in items if it.family == "PERSON" for m in it.mentions}
                                    | {it.name for it in items if it.family == "PERSON"}))


def _mention_count(items: Sequence[Item], members: Sequence[int]) -> int:
    return sum(len(items[i].mentions) for i in members)


def _attach_single_names(items: Sequence[Item], uf: _UnionFind) -> None:
    """Step 4: single-word clusters join the person cluster they fit, if it is unambiguous."""
    groups = uf.groups()
    persons = {r: m for r, m in groups.items()
               if _family_of(items, m) == "PERSON" and _cluster_names(items, m)}
    compounds = _person_compounds(items)
    by_surname: dict[str, set[int]] = defaultdict(set)
    for root, members in persons.items():
        for name in _cluster_names(items, members):
            for key in bare_keys(name, compounds=compounds):
                by_surname[key].add(root)
    for root, members in sorted(groups.items()):
        if root in persons or any(len(items[i].tokens) != 1 for i in members):
            continue
        fam = _family_of(items, members)
        if fam != "PERSON" and any(items[i].strong for i in members):
            continue
        bare = items[members[0]].name
        if len(bare) >= 2 and bare.isupper():
            continue  # "UN", "AU": an acronym, never the family name of "Kim Jong Un" or "Salim Au"
        cands = sorted(set().union(*(by_surname.get(k, set()) for k in single_key(bare))))
        cands = [c for c in cands
                 if same_person(bare, _cluster_names(items, persons[c])[0], compounds=compounds)]
        # "Ben Ali" goes to a Ben Ali or Benali, not to a name that merely ends in "Ali"
        cands = [c for c in cands if any(particle_fits(bare, n) for n in _cluster_names(items, persons[c]))] or cands
        target = _choose_person(items, members, cands, persons)
        if target is not None:
            uf.union(target, root)


def _choose_person(items: Sequence[Item], members: Sequence[int], cands: list[int],
                   persons: Mapping[int, list[int]]) -> int | None:
    """The one candidate a bare name can safely go to, or None."""
    own_docs = {items[i].doc for i in members}
    # A chain in the same document was already judged a different referent by the mention stage.
    cands = [c for c in cands if not own_docs & {items[i].doc for i in persons[c]}] or cands
    if len(cands) == 1:
        return cands[0]
    if not cands:
        return None
    ranked = sorted(cands, key=lambda c: (-_mention_count(items, persons[c]), c))
    first, second = (_mention_count(items, persons[c]) for c in ranked[:2])
    return ranked[0] if first >= DOMINANCE_RATIO * second else None


def cluster_items(items: Sequence[Item]) -> list[list[int]]:
    """Clusters of item indices, each sorted, in order of first item."""
    uf = _UnionFind(len(items))
    _join_identities(items, uf)
    _join_nonperson_variants(items, uf)
    _join_full_person_names(items, uf)
    _attach_single_names(items, uf)
    return sorted((sorted(m) for m in uf.groups().values()), key=lambda m: m[0])


# ---------------------------------------------------------------- entry point


def resolve_entities(analyses: Sequence[DocAnalysis], documents: Mapping[str, Document]
                     ) -> tuple[list[Entity], dict[tuple[str, int], str]]:
    """Entities of a corpus and the map (doc id, chain id) -> entity id.

    Ids follow first appearance in document-id order, so resolving A and B
    together gives the same entities whatever order they are passed in.
    """
    items = build_items(analyses, documents)
    clusters = cluster_items(items)
    clusters.sort(key=lambda m: min((items[i].doc, _first_offset(items[i])) for i in m))
    entities: list[Entity] = []
    chain_map: dict[tuple[str, int], str] = {}
    for n, members in enumerate(clusters, start=1):
        eid = f"e{n}"
        entities.append(build_entity(eid, [items[i] for i in members]))
        for i in members:
            chain_map[(items[i].doc, items[i].chain)] = eid
    return entities, chain_map


def _first_offset(item: Item) -> int:
    return min((m.start for m in item.mentions), default=0)


# ---------------------------------------------------------------- entity fields


def build_entity(eid: str, items: Sequence[Item]) -> Entity:
    """One Entity from its chains: type by vote, canonical name, aliases, roles, country."""
    label, confidence = et.vote(ev for it in items for ev in it.evidence)
    aliases = Counter(m.text for it in items for m in it.mentions)
    for it in items:
        aliases.setdefault(it.name, 0)
    place = _cluster_place(items, label)
    if place and place.kind == "country":
        name = place.country
    else:
        name = canonical_name({s: n + 1 for s, n in aliases.items()}) or items[0].name
    if label == "PERSON":  # the titled forms the articles write, after the name is chosen without them
        for titled in (t for it in items for t in it.titled):
            aliases[titled] += 1
    mentions = sorted((MentionRef(it.doc, m.start, m.end, m.text) for it in items for m in it.mentions),
                      key=lambda r: (r.doc, r.start, r.end))
    affiliations = _affiliations(items)
    entity = Entity(id=eid, name=name, type=label, type_confidence=confidence,
                    aliases=dict(sorted(aliases.items(), key=lambda kv: (-kv[1], kv[0]))),
                    mentions=mentions, roles=_roles(items), affiliations=affiliations)
    if place is not None:
        if place.geonames_id:
            entity.ids["geonames"] = place.geonames_id
        if place.kind in ("capital", "seat"):
            entity.metonym_of = place.country
        entity.country = place.country or None
    elif label == "NORP":
        entity.country = demonym_country(name)
    else:
        fallback = _country_in_name(name) if label == "ORG" else None
        entity.country = affiliations[0] if affiliations else fallback
    return entity


def _cluster_place(items: Sequence[Item], label: str) -> Place | None:
    """The gazetteer place most of the cluster's chains point at, if the entity is a place.

    A mere town of the same name counts only when the vote made the entity a GPE or FAC.
    """
    if et.family(label) != "PLACE":
        return None
    votes = Counter(it.place for it in items if it.place is not None
                    and (it.place.kind != "city" or label in ("GPE", "FAC")))
    if not votes:
        return None
    return max(votes, key=lambda p: (votes[p], p.kind != "city", p.name))


def _roles(items: Sequence[Item]) -> list[dict[str, object]]:
    """Every role with its evidence span; chain-level roles anchor on the chain's first mention."""
    out: list[dict[str, object]] = []
    seen: set[tuple[str, str, int]] = set()
    for it in items:
        for m in it.mentions:
            if m.role and (m.role, it.doc, m.start) not in seen:
                seen.add((m.role, it.doc, m.start))
                out.append({"role": m.role, "doc": it.doc, "start": m.start, "end": m.end})
        have = {m.role for m in it.mentions if m.role}
        for role in it.roles:
            if role not in have and it.mentions and (role, it.doc, -1) not in seen:
                seen.add((role, it.doc, -1))
                first = it.mentions[0]
                out.append({"role": role, "doc": it.doc, "start": first.start, "end": first.end})
    return out


def _affiliations(items: Sequence[Item]) -> list[str]:
    """Affiliations by number of supporting mentions, countries under their canonical name."""
    votes: Counter[str] = Counter()
    for it in items:
        for m in it.mentions:
            if m.affiliation:
                votes[country_of(m.affiliation) or m.affiliation] += 1
        for a in it.affiliations:
            votes[country_of(a) or a] += 1
    return sorted(votes, key=lambda a: (-votes[a], a))


def _country_in_name(name: str) -> str | None:
    """"Kenya Defence Forces" -> Kenya: the country an organization's own name claims, from its first words."""
    words = name.replace("-", " ").split()
    for n in (2, 1):
        if len(words) > n:
            hit = country_of(" ".join(words[:n]))
            if hit:
                return hit
    return None
