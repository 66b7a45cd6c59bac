"""The upload-latency benchmark runs end to end at a tiny size (its numbers are not checked
here: timings belong to the benchmark itself)."""

from __future__ import annotations

from bench.upload_latency import parse_args, run


def test_a_tiny_run_reviews_every_entry() -> None:
    args = parse_args(
        [
            "--teachers=1",
            "--bulk-per-teacher=2",
            "--notes=1",
            "--note-interval=0",
            "--model-seconds=0",
            "--concurrency=1",
            "--timeout=60",
        ]
    )
    result = run(args)
    assert result["bulk"] == 2
    assert len(result["notes"]) == 1
    assert len(result["first_review"]) == 1
    assert result["calls"] == 3
