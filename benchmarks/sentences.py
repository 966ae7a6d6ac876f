"""Sentence splitting: the pySBD golden rules (../shared/peer) and throughput on a large text.

    python benchmarks/sentences.py [--peer DIR]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from briefings.text.sentences import split

ROOT = Path(__file__).resolve().parent.parent


def golden_rules(peer: Path) -> tuple[int, int, list[int]]:
    cases = json.loads((peer / "sbd_golden_rules_en.json").read_text(encoding="utf-8-sig"))["cases"]
    failed = [i for i, case in enumerate(cases) if [s.strip() for s in split(case["text"])] != case["sentences"]]
    return len(cases) - len(failed), len(cases), failed


def large_text() -> str:
    """About 5 MB of article text: the seeds and the golden-rule texts repeated."""
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    return (seeds + "\n") * (5_000_000 // len(seeds.encode()) + 1)


def throughput(text: str, runs: int = 5) -> float:
    size = len(text.encode()) / 1e6
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for paragraph in text.split("\n"):
            split(paragraph)
        times.append(time.perf_counter() - start)
    return size / statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer", type=Path, default=ROOT.parent / "shared" / "peer")
    arguments = parser.parse_args()
    passed, total, failed = golden_rules(arguments.peer)
    print(f"golden rules: {passed}/{total}" + (f" (failed: {', '.join(map(str, failed))})" if failed else ""))
    text = large_text()
    print(f"throughput: {throughput(text):.1f} MB/s (median of 5 runs over {len(text.encode()) / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
