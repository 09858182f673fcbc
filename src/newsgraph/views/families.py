"""PLOVER event types grouped into cooperation and conflict, for colouring views.

The split follows the PLOVER codebook's verbal/material cooperation and
conflict quad classes: RETREAT (withdraw, release, ease) and CONCEDE are
de-escalation, so cooperation; ACCUSE and FIGHT are conflict. Types outside
both lists (INVESTIGATE, DOCUMENT, anything new) are "other" rather than guessed.
"""

from __future__ import annotations

COOPERATION = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
})
CONFLICT = frozenset({
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION",
    "COERCE", "ASSAULT", "FIGHT", "ACCUSE",
})

FAMILY_COLOURS = {  # colour-blind-safe pair (blue / vermilion) plus grey
    "cooperation": "#0072B2",
    "conflict": "#D55E00",
    "other": "#7f7f7f",
}


def family(event_type: str | None) -> str:
    """'cooperation', 'conflict' or 'other' for a PLOVER type (case-insensitive)."""
    value = (event_type or "").upper()
    if value in COOPERATION:
        return "cooperation"
    if value in CONFLICT:
        return "conflict"
    return "other"
