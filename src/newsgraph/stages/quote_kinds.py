"""Is a quoted span speech at all? Names, scare quotes and words-as-words are not.

News puts quote marks around much that nobody said: names and titles
("the 'Free Liberation Front' faction", an acronym in marks), scare quotes
("the so-called 'peace corridors'"), and words discussed as words ("the word
'reset'"). Giving those a speaker would invent quotes, so they are told apart
here, before any speaker is looked for.
"""

from __future__ import annotations

from typing import Any

from newsgraph.stages.quote_cues import CueData

# Particles that stay lower case inside names (al-, bin, de, van ...) and
# function words of titles ("Treaty of Friendship and Cooperation").
_NAME_PARTICLES = frozenset(
    ["al", "el", "ad", "ar", "as", "at", "ash", "bin", "ibn", "bint", "abu", "de", "del", "della", "der", "di", "da", "do", "dos", "du", "la", "le", "van", "von", "y", "of", "the", "and", "for", "on", "in", "to", "a", "an"]
)
# A title-case span longer than this reads as a quoted sentence, not a name
# (the longest organisation names in news run to about six words).
MAX_NAME_WORDS = 6
# Quoted phrases this short with no speech cue are emphasised terms, not quotes
# (seen in news: "green corridors", "reset"; real fragment quotes carry a cue).
MAX_TERM_WORDS = 4


def words_before(text: str, pos: int, n: int = 3) -> list[str]:
    """The last ``n`` words before ``pos``, lower case, punctuation stripped."""
    return [w.strip(",;:()").lower() for w in text[max(0, pos - 60) : pos].split()][-n:]


def non_speech_marker(text: str, mark_start: int, data: CueData, first: Any | None = None) -> bool:
    """True after "so-called", "the word", "known as" ...: the quote names or discusses a term.

    ``first`` is the quote's first token: after a naming marker ("named",
    "known as"), a quote that opens with a lower-case preposition is an
    adverbial fragment of speech ("would be named 'in the coming weeks'"),
    not a name.
    """
    before = words_before(text, mark_start, 4)
    for pattern in data.non_speech_before:
        n = len(pattern)
        if tuple(before[-n:]) == pattern:
            if pattern in data.naming_markers and _opens_with_preposition(first):
                continue
            return True
    return False


def _opens_with_preposition(first: Any | None) -> bool:
    return first is not None and first.pos_ == "ADP" and first.text[:1].islower()


def _capitalised(word: str) -> bool:
    parts = [p for p in word.replace("’", "'").split("-") if p]
    if not parts:
        return False
    head = [p for p in parts if p.lower() not in _NAME_PARTICLES]
    if not head:
        return word.lower() in _NAME_PARTICLES
    return all(p[0].isupper() or p[0].isdigit() for p in head)


def looks_like_name(quoted: str, tokens: list[Any]) -> bool:
    """Title-case or acronym spans without sentence punctuation: "Free Liberation Front", "SDF"."""
    q = quoted.strip()
    words = q.split()
    if not words or len(words) > MAX_NAME_WORDS or q[-1] in ".!?":
        return False
    if not all(_capitalised(w.strip(",;:'’")) or w.lower() in _NAME_PARTICLES for w in words):
        return False
    # A one-word capitalised reply ("Absolutely") is speech; proper nouns are names.
    content = [t for t in tokens if t.is_alpha]
    propn = sum(1 for t in content if t.pos_ == "PROPN" or t.ent_type_)
    return len(words) > 1 or propn * 2 >= max(1, len(content))


def is_short_term(quoted: str) -> bool:
    return len(quoted.split()) <= MAX_TERM_WORDS
