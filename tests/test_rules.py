"""User rules files: load, validate, apply after resolution."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import ConfigError
from newsgraph.model import Entity, MentionRef
from newsgraph.resolve.rules import apply_rules, load_rules


def _entities() -> tuple[list[Entity], dict[tuple[str, int], str]]:
    ents = [
        Entity("e1", "Volodymyr Zelensky", "PERSON", aliases={"Volodymyr Zelensky": 1},
               mentions=[MentionRef("a", 0, 18, "Volodymyr Zelensky")]),
        Entity("e2", "Zelensky", "ORG", aliases={"Zelensky": 2},
               mentions=[MentionRef("b", 0, 8, "Zelensky"), MentionRef("c", 5, 13, "Zelensky")]),
        Entity("e3", "Kim Jong Un", "PERSON", aliases={"Kim Jong Un": 1, "Kim": 1},
               mentions=[MentionRef("a", 30, 41, "Kim Jong Un"), MentionRef("d", 0, 3, "Kim")]),
        Entity("e4", "Jordan", "GPE", aliases={"Jordan": 1}, mentions=[MentionRef("e", 0, 6, "Jordan")]),
    ]
    cmap = {("a", 0): "e1", ("b", 0): "e2", ("c", 1): "e2", ("a", 1): "e3", ("d", 0): "e3", ("e", 0): "e4"}
    return ents, cmap


YAML_RULES = """\
merges:
  - [Volodymyr Zelensky, Zelensky]
splits:
  - {entity: Kim Jong Un, surface: Kim, into: Kim Yo Jong}
renames:
  Volodymyr Zelensky: Volodymyr Zelenskyy
types:
  Jordan: person
"""

TOML_RULES = """\
merges = [["Volodymyr Zelensky", "Zelensky"]]
[[splits]]
entity = "Kim Jong Un"
surface = "Kim"
into = "Kim Yo Jong"
[renames]
"Volodymyr Zelensky" = "Volodymyr Zelenskyy"
[types]
Jordan = "PERSON"
"""


@pytest.mark.parametrize(("suffix", "text"), [(".yaml", YAML_RULES), (".toml", TOML_RULES)])
def test_rules_apply_merge_split_rename_type(tmp_path: Path, suffix: str, text: str) -> None:
    path = tmp_path / f"rules{suffix}"
    path.write_text(text, encoding="utf-8")
    rules = load_rules(path)
    before, cmap = _entities()
    ents, new_map = apply_rules(before, cmap, rules)
    by_name = {e.name: e for e in ents}
    zel = by_name["Volodymyr Zelenskyy"]
    assert zel.id == "e1" and len(zel.mentions) == 3 and zel.aliases["Zelensky"] == 2
    assert "Volodymyr Zelensky" in zel.aliases
    assert new_map[("b", 0)] == new_map[("c", 1)] == "e1"
    assert "e2" not in {e.id for e in ents}
    kim, sister = by_name["Kim Jong Un"], by_name["Kim Yo Jong"]
    assert [m.text for m in kim.mentions] == ["Kim Jong Un"] and sister.id == "e5"
    assert [m.text for m in sister.mentions] == ["Kim"] and new_map[("d", 0)] == "e5"
    assert new_map[("a", 1)] == "e3"  # document a keeps its full-name chain
    assert by_name["Jordan"].type == "PERSON" and by_name["Jordan"].type_confidence == 1.0
    assert before[0].name == "Volodymyr Zelensky"  # inputs untouched


def test_rules_unknown_names_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text("merges:\n  - [Nobody Here, Zelensky]\nrenames:\n  Ghost: Spirit\n", encoding="utf-8")
    ents, cmap = _entities()
    out, out_map = apply_rules(ents, cmap, load_rules(path))
    assert [e.to_dict() for e in out] == [e.to_dict() for e in ents] and out_map == cmap


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("merges:\n  - [Zelensky]\n", "line 2, merges[0]"),
        ("merges:\n  - [A, B]\n  - just text\n", "line 3, merges[1]"),
        ("splits:\n  - {entity: A, surface: B}\n", "line 2, splits[0]"),
        ("types:\n  Jordan: PLANET\n", "line 2, types.Jordan"),
        ("colours:\n  red: 1\n", "line 1, colours"),
        ("renames:\n  - a\n", "line 1, renames"),
        ("merges: [[a, b]\n", "not valid YAML"),
    ],
)
def test_rules_bad_yaml_names_the_rule(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=expected.replace("[", r"\[").replace("]", r"\]")):
        load_rules(path)


def test_rules_bad_toml_and_suffix(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[splits]]\nentity = "A"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"splits\[0\]"):
        load_rules(bad)
    broken = tmp_path / "broken.toml"
    broken.write_text("merges = [", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_rules(broken)
    other = tmp_path / "rules.json"
    other.write_text("{}", encoding="utf-8")
    with pytest.raises(ConfigError, match="must end in"):
        load_rules(other)
    with pytest.raises(ConfigError, match="cannot read"):
        load_rules(tmp_path / "missing.yaml")
