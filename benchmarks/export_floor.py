"""How long a charter export takes, per preset: `uv run python benchmarks/export_floor.py [N]`.

Prints pages, PDF size and the best and median of N renders (plan + content →
PDF bytes with the plan embedded), so a regression in the charter's speed shows up.
"""

from __future__ import annotations

import statistics
import sys
import time

from wizard import presets
from wizard.charter import render_result as render
from wizard.content import default_content


def bench(runs: int = 5) -> list[tuple[str, int, int, float, float]]:
    content = default_content()
    rows = []
    for info in presets.available(content):
        plan = presets.load(content, info.name)
        render(plan, content)  # warm-up: fonts, content caches
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            result = render(plan, content)
            times.append(time.perf_counter() - t)
        rows.append((info.name, result.pages, len(result.pdf), min(times), statistics.median(times)))
    return rows


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    print(f"{'preset':<16}{'pages':>6}{'KB':>8}{'best s':>9}{'median s':>10}")
    for name, pages, size, best, median in bench(runs):
        print(f"{name:<16}{pages:>6}{size / 1024:>8.0f}{best:>9.2f}{median:>10.2f}")


if __name__ == "__main__":
    main()
