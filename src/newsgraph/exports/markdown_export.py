"""The briefing as Markdown: the same sections as the HTML briefing, as plain text.

Article text may contain markup; Markdown renderers pass raw HTML through, so
``<``, ``>`` and ``&`` are written as entities and table cells escape ``|``.
Evidence follows each fact as a quoted sentence with its outlet.
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.store.store import Store
from newsgraph.views.coverage import build_coverage, build_disputes
from newsgraph.views.data import Evidence, ViewData
from newsgraph.views.dossiers import build_dossiers
from newsgraph.views.story import build_story
from newsgraph.views.timeline import build_timeline

MAX_EVIDENCE = 3  # sentences shown per fact; the HTML briefing and JSON export have them all


def md(text: object) -> str:
    """Text safe inside Markdown: no raw HTML, no stray emphasis from * and _."""
    value = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "\\`*_[]#":
        value = value.replace(ch, "\\" + ch)
    return " ".join(value.split())


def cell(text: object) -> str:
    return md(text).replace("|", "\\|")


def _evidence(items: list[Evidence]) -> list[str]:
    lines = [f"   > {md(e.text)} — *{md(e.outlet)}*" for e in items[:MAX_EVIDENCE]]
    if len(items) > MAX_EVIDENCE:
        lines.append(f"   > … and {len(items) - MAX_EVIDENCE} more")
    return lines


def _story(data: ViewData) -> list[str]:
    story = build_story(data)
    out = [f"# {md(story.title)}", "", " · ".join(f"{v} {k}" for k, v in story.counts.items()), "",
           "## The story in a few lines", ""]
    for i, line in enumerate(story.lines, 1):
        out.append(f"{i}. **{md(line.event.type)}** {md(line.sentence)} "
                   f"({line.sources} source{'s' if line.sources != 1 else ''}: {md(', '.join(line.outlets))})")
        out += _evidence(line.evidence)
    return [*out, ""]


def _timeline(data: ViewData) -> list[str]:
    tl = build_timeline(data)
    out = ["## Timeline", "", "| date | type | family | event | sources |", "|---|---|---|---|---|"]
    out += [f"| {cell(p.date)} | {cell(p.type)} | {p.family} | {cell(p.label)} | {p.sources} |" for p in tl.points]
    out += [f"| undated | {cell(p.type)} | {p.family} | {cell(p.label)} | {p.sources} |" for p in tl.undated]
    return [*out, ""]


def _dossiers(data: ViewData) -> list[str]:
    out = ["## Entities", ""]
    for d in build_dossiers(data):
        out.append(f"### {md(d.entity.name)} ({md(d.entity.type)}, {d.mentions} mentions)")
        out.append("")
        out.append("- aliases: " + (", ".join(f"{md(a)} ×{n}" for a, n in d.aliases) or "none"))
        if d.roles:
            out.append("- roles: " + ", ".join(f"{md(r)} ×{n}" for r, n in d.roles))
        if d.affiliations:
            out.append("- affiliations: " + md(", ".join(d.affiliations)))
        for de in d.events:
            out.append(f"- {de.position} of **{md(de.event.type)}** {md(de.event.date.value or 'undated')}: "
                       f"{md(de.label)}")
        for q, _ev in d.quotes:
            out.append(f"- said: “{md(q.text)}” ({md(data.outlet(q.doc))})")
        out.append("")
    return out


def _quotes(data: ViewData) -> list[str]:
    out = ["## Quotes by speaker", ""]
    for q in sorted(data.resolution.quotes, key=lambda q: (data.entity_name(q.speaker) or q.speaker_text or "~")):
        who = data.entity_name(q.speaker) or q.speaker_text or "unknown speaker"
        out.append(f"- **{md(who)}**: “{md(q.text)}” — *{md(data.outlet(q.doc))}*")
    return [*out, ""]


def _coverage(data: ViewData) -> list[str]:
    cov = build_coverage(data)
    out = ["## Coverage", ""]
    if cov.events:
        out.append("| outlet | " + " | ".join(cell(v) for v in cov.events) + " |")
        out.append("|---|" + "---|" * len(cov.events))
        for outlet in cov.outlets:
            out.append(f"| {cell(outlet)} | " + " | ".join(str(cov.cell(outlet, v) or "") for v in cov.events) + " |")
    out += ["", "## Disputes", ""]
    for x in build_disputes(data):
        out.append(f"- **{md(x.kind)}: {md(x.subject)}**")
        for v in x.values:
            out.append(f"  - {md(v.value)} according to {md(', '.join(v.outlets))}")
            out += ["  " + ln for ln in _evidence(v.evidence)]
    return [*out, ""]


def render_markdown(data: ViewData) -> str:
    parts = [*_story(data), *_timeline(data), *_dossiers(data), *_quotes(data), *_coverage(data)]
    parts += ["## Sources", ""]
    parts += [f"- {md(d.id)}: {md(data.outlet(d.id))} — {md(d.title or d.source)} ({md(d.published or 'undated')})"
              for d in data.documents.values()]
    return "\n".join(parts) + "\n"


def export_markdown(store: Store, path: Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_markdown(ViewData.load(store)), encoding="utf-8")
