"""The benchmark runner's pure parts: pair-wise ratios, medians, the table, the markers, the targets.

No spaCy and no measuring here: the runner is loaded from its path and fed
hand-made run records.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", REPO / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[f"bench_{name}"] = module
    spec.loader.exec_module(module)
    return module


run = _load("run")
one_run = _load("one_run")


def pipe_run(total: float, articles: int = 100, **extra: float) -> dict[str, Any]:
    base = {"articles": articles, "ingest_s": total * 0.1, "analyse_s": total * 0.7, "resolve_s": total * 0.1,
            "write_s": total * 0.05, "export_s": total * 0.05, "total_s": total, "peak_rss_mb": 500.0,
            "store_mb": 10.0, "cpu_s": total * 1.5}
    base.update(extra)
    return base


def simple(total: float, articles: int = 100) -> dict[str, Any]:
    return {"articles": articles, "total_s": total, "peak_rss_mb": 100.0}


def test_ratios_are_taken_pair_by_pair_not_from_the_medians() -> None:
    # the machine slows down in run 2: both sides slow down together
    a, b = [10.0, 5.0, 9.0], [20.0, 10.0, 10.0]
    assert run.pair_ratios(a, b) == [0.5, 0.5, 0.9]
    assert run.median_pair_ratio(a, b) == 0.5
    # the ratio of medians would say 0.9 / 1.0: not what is reported
    assert run.median(a) / run.median(b) == 0.9


def test_unpaired_runs_are_refused_and_empty_medians_are_none() -> None:
    with pytest.raises(ValueError):
        run.pair_ratios([1.0, 2.0], [1.0])
    assert run.median([]) is None
    assert run.median([3.0, 1.0, 2.0, 10.0]) == 2.5


def test_summary_of_interleaved_runs() -> None:
    pipe = [pipe_run(10.0), pipe_run(20.0), pipe_run(12.0)]
    spacy = [simple(8.0), simple(16.0), simple(6.0)]
    html = [simple(1.0, 30), simple(2.0, 30), simple(1.0, 30)]
    traf = [simple(0.5, 30), simple(1.0, 30), simple(0.25, 30)]
    inc = [{"articles": 1, "total_s": t, "ingest_s": 0.1, "analyse_s": 0.5, "resolve_s": t - 0.7, "write_s": 0.1,
            "peak_rss_mb": 100.0 * t} for t in (1.5, 3.0, 1.0)]
    row = run.summarise(1000, 2, pipe, spacy, html, traf, inc)
    assert row["articles"] == 100 and row["runs"] == 3 and row["workers"] == 2
    assert row["articles_per_s"] == pytest.approx(100 / 12, abs=1e-4)
    # pair ratios (8/10, 16/20, 6/12) -> median 0.8
    assert row["ratio_vs_spacy"] == pytest.approx(0.8)
    assert row["ratio_html_vs_trafilatura"] == pytest.approx(0.5)
    assert row["resolve_share"] == pytest.approx(0.1)
    assert row["seconds"]["total"] == 12.0 and row["seconds"]["analyse"] == pytest.approx(8.4)
    assert row["incremental_s"] == 1.5 and row["incremental_runs"] == 3
    assert row["cpu_s_per_1000"] == pytest.approx(12.0 * 1.5 / 100 * 1000)
    assert len(row["raw"]["pipeline"]) == 3
    assert run.incremental_peak_mb(row) == pytest.approx(150.0)
    assert "| 1.50 | 150 |" in run.render_table([row])


def test_table_has_one_line_per_size_in_order() -> None:
    rows = [run.summarise(n, 2, [pipe_run(t)], [simple(t * 0.8)], [simple(1.0)], [simple(0.5)], [])
            for n, t in ((1000, 50.0), (100, 5.0))]
    table = run.render_table(rows).splitlines()
    assert len(table) == 4
    assert table[0].startswith("| N | docs |") and table[1].startswith("|---|")
    assert table[2].startswith("| 100 |") and table[3].startswith("| 1000 |")
    assert "| 0.80 |" in table[3]  # e2e / spaCy
    assert "10.0 %" in table[3]  # resolve share
    assert table[3].count("|") == len(run.TABLE_HEAD) + 1
    assert "| – |" in table[3]  # no incremental run measured


def test_targets_hold_or_miss_with_the_numbers() -> None:
    good = run.summarise(10_000, 2, [pipe_run(100.0, 10_000)], [simple(80.0, 10_000)], [simple(1.0)],
                         [simple(1.0)], [{"articles": 1, "total_s": 1.2, "ingest_s": 0.1, "analyse_s": 0.5,
                                          "resolve_s": 0.5, "write_s": 0.1}])
    lines = run.check_targets([good])
    assert any("0.80" in line and "holds" in line for line in lines)
    assert all("MISSES" not in line for line in lines)
    slow = run.summarise(10_000, 2, [pipe_run(100.0, 10_000, resolve_s=40.0, peak_rss_mb=2000.0)],
                         [simple(50.0, 10_000)], [simple(1.0)], [simple(1.0)], [])
    lines = run.check_targets([slow])
    assert any("0.50" in line and "MISSES" in line for line in lines)
    assert any("resolution share = 40.0%" in line and "MISSES" in line for line in lines)
    assert any("peak RSS MB = 2000" in line and "MISSES" in line for line in lines)
    assert any("+1 article s not measured" in line for line in lines)
    assert any("+1 article peak RSS MB not measured" in line for line in lines)
    assert any("not measured yet" in line for line in run.check_targets([]))


def test_markers_are_replaced_or_appended() -> None:
    doc = f"# Perf\n\nintro\n\n{run.BEGIN}\nold table\n{run.END}\n\n## After\n"
    new = run.replace_between_markers(doc, "NEW")
    assert "old table" not in new and f"{run.BEGIN}\nNEW\n{run.END}" in new
    assert new.startswith("# Perf\n\nintro") and new.endswith("## After\n")
    assert run.replace_between_markers(new, "NEW") == new  # idempotent
    appended = run.replace_between_markers("# Perf\n", "T")
    assert appended.endswith(f"{run.BEGIN}\nT\n{run.END}\n")


def test_block_describes_the_machine() -> None:
    row = run.summarise(100, 2, [pipe_run(5.0)], [simple(4.0)], [simple(1.0)], [simple(0.5)], [])
    row["machine"] = {"cores": 2, "cpu_model": "Some CPU", "ram_gb": 8.0, "python": "3.11.7",
                      "spacy": "3.8.18", "model": "en_core_web_sm 3.8.0", "platform": "Linux"}
    block = run.render_block([row])
    assert "Some CPU, 2 cores, 8.0 GB RAM; Python 3.11.7, spaCy 3.8.18" in block
    assert "| 100 |" in block


def test_tree_rss_counts_this_process() -> None:
    import os

    assert one_run.tree_rss_kb(os.getpid()) > 1000  # a Python process is more than 1 MB resident
    assert one_run.tree_rss_kb(2**22 + 12345) == 0  # no such process
