"""Views: what the briefing, the web app and the exports show, built from the store.

Views read the store (through :class:`ViewData`) and never import NLP code.
"""

from newsgraph.views.briefing import render_briefing, write_briefing
from newsgraph.views.data import Evidence, ViewData

__all__ = ["Evidence", "ViewData", "render_briefing", "write_briefing"]
