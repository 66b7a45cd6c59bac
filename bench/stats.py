"""Percentile summaries shared by the benchmarks."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Summary:
    mean: float
    p50: float
    p95: float
    p99: float
    max: float
    count: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        cuts = statistics.quantiles(values, n=100, method="inclusive")
        return cls(
            mean=statistics.fmean(values),
            p50=cuts[49],
            p95=cuts[94],
            p99=cuts[98],
            max=max(values),
            count=len(values),
        )

    def cells(self) -> str:
        """p50 | p95 | p99 | max in ms, for a Markdown table row."""
        return " | ".join(f"{value:.2f}" for value in (self.p50, self.p95, self.p99, self.max))
