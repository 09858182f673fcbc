"""Reading the package's YAML data files fast.

Why: PyYAML's pure-Python loader took 0.4 s to read the trigger lexicon alone, once in every
worker process; libyaml's C loader (shipped in PyYAML's wheels) gives the same data about ten
times faster. Users' own files (``build --rules``) keep the pure loader and its error messages.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``, with the C loader when PyYAML has it."""
    return yaml.load(text, Loader=_LOADER)
