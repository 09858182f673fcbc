"""Jinja2 set-up shared by the offline briefing and the web app.

Autoescaping is always on: article text, titles and outlet names come from
the web and are shown as text, never as markup. Figures travel as JSON inside
``<script type="application/json">`` with ``<``, ``>`` and ``&`` escaped, so
nothing in the data can close the script element.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import jinja2
from markupsafe import Markup

from newsgraph.views.families import family

TEMPLATES = Path(__file__).parent / "templates"


def safe_url(value: Any) -> str | None:
    """The URL when it is http(s); None for javascript:, data: and the like."""
    if not value:
        return None
    text = str(value).strip()
    return text if urlparse(text).scheme in ("http", "https") else None


def script_json(value: Any) -> Markup:
    """JSON safe to place inside a <script> element."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


def asset(name: str) -> str:
    """A shipped static file (stylesheet, script) as text."""
    return (TEMPLATES / name).read_text(encoding="utf-8")


def environment(extra_dirs: Sequence[Path] = ()) -> jinja2.Environment:
    loader = jinja2.FileSystemLoader([*map(str, extra_dirs), str(TEMPLATES)])
    env = jinja2.Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["safe_url"] = safe_url
    env.filters["script_json"] = script_json
    env.globals["family"] = family
    return env
