"""The story in a few lines: the most-reported events, each with its evidence.

"Most reported" is the number of distinct documents with a mention of the
event; ties go to the earlier event, so the lines read in story order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph.model import Event, Story
from newsgraph.views.data import Evidence, ViewData
from newsgraph.views.families import family

STORY_LINES = 6  # a few lines: enough for the main beats of a story, short enough to read first


@dataclass
class StoryLine:
    event: Event
    family: str
    sentence: str
    sources: int
    outlets: list[str]
    evidence: list[Evidence]

    def to_dict(self) -> dict[str, Any]:
        return {"event": self.event.id, "type": self.event.type, "family": self.family,
                "sentence": self.sentence, "sources": self.sources, "outlets": self.outlets,
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass
class StorySummary:
    title: str
    stories: list[Story]
    lines: list[StoryLine]
    counts: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "stories": [s.to_dict() for s in self.stories],
                "lines": [ln.to_dict() for ln in self.lines], "counts": self.counts}


def _sentence(data: ViewData, ev: Event) -> str:
    when = ev.date.value or "undated"
    hedge = "" if ev.modality == "asserted" else f" ({ev.modality})"
    return f"{when}: {data.event_label(ev)}{hedge}."


def build_story(data: ViewData, *, lines: int = STORY_LINES, title: str | None = None) -> StorySummary:
    res = data.resolution
    ranked = sorted(res.events, key=lambda v: (-data.source_count(v), v.date.value or "9999", v.id))[:lines]
    ranked.sort(key=lambda v: (v.date.value or "9999", v.id))
    story_lines = [StoryLine(ev, family(ev.type), _sentence(data, ev), data.source_count(ev),
                             data.event_outlets(ev), data.event_evidence(ev)) for ev in ranked]
    stories = sorted(res.stories, key=lambda s: -len(s.documents))
    heading = title or (stories[0].title if stories else "") or "newsgraph briefing"
    counts = {"documents": len(data.documents), "outlets": len(data.outlets()),
              "entities": len(res.entities), "events": len(res.events), "quotes": len(res.quotes),
              "disputes": len(res.disputes)}
    return StorySummary(title=heading, stories=stories, lines=story_lines, counts=counts)
