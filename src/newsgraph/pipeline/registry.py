"""Stage registry: each stage declares what it needs and what it sets.

Like spaCy's ``@Language.component(requires=..., assigns=...)``: the runner
checks the order once, before any document is processed, so a stage added in
the wrong place fails at start-up with a clear message instead of producing
empty fields at the end of a long run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsgraph.errors import ConfigError
from newsgraph.pipeline.context import DocContext

StageFunc = Callable[[DocContext], None]


@dataclass(frozen=True)
class Stage:
    name: str
    func: StageFunc
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


_REGISTRY: dict[str, Stage] = {}


def register(name: str, func: StageFunc, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()) -> Stage:
    """Add a stage under ``name`` (re-registering a name replaces it, which plugins may do)."""
    stage = Stage(name, func, tuple(requires), tuple(assigns))
    _REGISTRY[name] = stage
    return stage


def get(name: str) -> Stage:
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise ConfigError(f"unknown stage {name!r} (known stages: {known})") from None


def registered() -> list[str]:
    return list(_REGISTRY)


def check_order(names: list[str]) -> list[Stage]:
    """Return the stages in order, or raise if one needs a field no earlier stage sets."""
    available = {"document", "spacy"}
    stages = []
    for name in names:
        stage = get(name)
        missing = [r for r in stage.requires if r not in available]
        if missing:
            raise ConfigError(f"stage {name!r} requires {', '.join(missing)}, which no earlier stage assigns")
        available.update(stage.assigns)
        stages.append(stage)
    return stages
