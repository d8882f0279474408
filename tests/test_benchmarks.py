"""The benchmark tables are rendered from ``benchmarks/results.json``, never typed by hand (nothing here is timed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import results
from benchmarks.timing import figure, orders


@pytest.mark.parametrize("readme", results.READMES, ids=lambda path: str(path.relative_to(results.ROOT)))
def test_readme_tables_are_the_rendering_of_results_json(readme: Path) -> None:
    text = readme.read_text(encoding="utf-8")
    assert results.rendered(text, results.load()) == text, "run python -m benchmarks --render"


def test_results_name_the_machine_the_date_and_every_target() -> None:
    stored = results.load()
    assert stored["machine"] and stored["date"] and stored["command"] == "python -m benchmarks"
    targets = {f["name"]: f["targets"] for f in stored["figures"] if f["targets"]}
    assert len(targets) >= 6, targets
    for f in stored["figures"]:
        assert f["ratios"][f["baseline"]] == 1.0 and "sumvin-sdk" in f["ratios"]


def test_rounds_come_in_cycles_in_which_every_contender_takes_every_position() -> None:
    cycle = list(orders(["base", "sdk", "other"], cycles=2))
    assert len(cycle) == 6 and cycle[:3] == cycle[3:]
    for name in ("base", "sdk", "other"):
        assert sorted(order.index(name) for order in cycle[:3]) == [0, 1, 2]


def test_a_figure_is_the_median_over_cycles_of_the_cycle_means_and_their_ratios() -> None:
    # three cycles of two rounds; per cycle the means are base 1, 3, 5 and sdk 2, 3, 20
    samples = {"base": [1.0, 1.0, 2.0, 4.0, 5.0, 5.0], "sdk": [1.0, 3.0, 3.0, 3.0, 10.0, 30.0]}
    found = figure("f", samples, "base", targets={"sdk": 1.2, "base": 1.0})
    assert found.ratios == {"base": 1.0, "sdk": 2.0}  # the median of 2.0, 1.0 and 4.0
    assert found.values == {"base": 3.0, "sdk": 3.0}
    assert found.met() == {"sdk": False, "base": True}
    assert found.spread == {"base": (1.0, 1.0), "sdk": (1.0, 4.0)}  # the lowest and highest per-cycle ratio


def test_each_ratio_is_rendered_with_its_spread_over_the_cycles() -> None:
    samples = {"base": [1.0, 1.0, 2.0, 4.0, 5.0, 5.0], "sdk": [1.0, 3.0, 3.0, 3.0, 10.0, 30.0]}
    stored = results.record([figure("f", samples, "base")], seconds=60)
    row = results.table(stored).splitlines()[-1]
    assert row.endswith("| 2.00x (1.00 to 4.00) |"), row
    del stored["figures"][0]["spread"]  # a run recorded before spreads were
    assert results.table(stored).splitlines()[-1].endswith("| 2.00x |")


def test_the_async_figure_makes_every_call_over_its_tasks_and_gives_wall_and_cpu_time_per_call() -> None:
    import asyncio

    from benchmarks import call_overhead

    made: list[int] = []

    async def call() -> None:
        made.append(len(made))
        await asyncio.sleep(0)

    wall, cpu = asyncio.run(call_overhead._spread(call, 3 * call_overhead.CONCURRENCY))
    assert len(made) == 3 * call_overhead.CONCURRENCY
    assert wall > 0 and cpu > 0


def test_the_run_time_is_measured_and_rendered_never_typed() -> None:
    stored = results.record([figure("f", {"base": [1.0], "sdk": [2.0]}, "base")], seconds=485.2)
    assert stored["seconds"] == 485 and "`python -m benchmarks` (the run took 8 minutes) on" in results.table(stored)
    assert "(the run took" not in results.table({k: v for k, v in stored.items() if k != "seconds"})
    for readme in results.READMES:
        typed = readme.read_text(encoding="utf-8").replace(results.table(results.load()), "")
        assert "minute" not in typed, f"{readme.name}: a run time typed by hand"


@pytest.mark.parametrize("kind", ["user", "wallets", "transactions"])
def test_the_sdk_decoder_the_benchmarks_time_gives_the_operations_typed_body(kind: str) -> None:
    """The decode figures time what a call does once its response is in; it must still give the typed body."""
    from benchmarks import bodies, decode

    body = bodies.user() if kind == "user" else bodies.wallets(3) if kind == "wallets" else bodies.transactions(3)
    parsed = decode.sdk_decoder(kind)(body)
    assert type(parsed).__module__.startswith("sumvin_sdk._generated.models"), type(parsed)
