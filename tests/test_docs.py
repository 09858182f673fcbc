"""Docs nobody tests drift: every command is documented, every doc the README links exists."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from newsgraph.cli.main import app

REPO = Path(__file__).resolve().parents[1]


def test_docs_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text()
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    missing = [name for name in commands if f"newsgraph {name}" not in readme]
    assert not missing, f"commands missing from README.md: {missing}"


def test_docs_links_in_readme_exist() -> None:
    readme = (REPO / "README.md").read_text()
    for target in re.findall(r"\]\(([^)#]+)\)", readme):
        if "://" not in target:
            assert (REPO / target).exists(), f"README links to missing {target}"
