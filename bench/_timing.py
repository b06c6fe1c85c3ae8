"""A small timing harness that keeps the cyclic garbage collector ON.

``timeit`` switches the collector off while it times, which flatters code that leaves
reference cycles behind (construct does, on every parse and build): with the collector on,
those cycles cost real collections, as they do in a running server. So this harness runs its
own loop with :func:`time.perf_counter_ns`, the collector explicitly enabled, a calibration
pass, one warm-up round, then several timed rounds, and reports the median and the best.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat
from typing import TypeVar

__all__ = ["Timing", "harness_overhead", "measure"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Timing:
    """The outcome of timing one callable.

    Attributes:
        median_ns: median over the rounds of the mean time of one call, in nanoseconds.
        best_ns: the fastest round's mean time of one call, in nanoseconds.
        iterations: calls per round.
        rounds: timed rounds (the warm-up round is not counted).
        gc_passes: cyclic GC collections (all generations) that ran during the timed rounds.
    """

    median_ns: float
    best_ns: float
    iterations: int
    rounds: int
    gc_passes: int

    @property
    def calls(self) -> int:
        """Returns the number of timed calls (rounds times iterations)."""
        return self.rounds * self.iterations


def _gc_passes() -> int:
    """Returns how many collections the cyclic GC has run so far, over all generations."""
    return sum(stats["collections"] for stats in gc.get_stats())


def _run(fn: Callable[[T], object], arg: T, n: int) -> int:
    """Call ``fn(arg)`` ``n`` times.

    Returns:
        The elapsed wall time in nanoseconds.
    """
    start = time.perf_counter_ns()
    for _ in repeat(None, n):
        fn(arg)
    return time.perf_counter_ns() - start


def _calibrate(fn: Callable[[T], object], arg: T, round_ns: int) -> int:
    """Find how many calls of ``fn(arg)`` fill one round of at least ``round_ns``.

    Grows the count tenfold until a batch takes a tenth of a round, then scales it up
    (with a 10 % margin). The batches double as warm-up.

    Returns:
        The iteration count per round (at least 1).
    """
    n = 1
    while True:
        elapsed = _run(fn, arg, n)
        if elapsed * 10 >= round_ns or n >= 10**8:
            break
        n *= 10
    return max(1, math.ceil(n * 1.1 * round_ns / max(elapsed, 1)))


def measure(
    fn: Callable[[T], object], arg: T, *, rounds: int = 7, round_ns: int = 50_000_000
) -> Timing:
    """Time ``fn(arg)`` with the cyclic GC enabled.

    Collects garbage left by earlier measurements, calibrates, runs one untimed warm-up
    round, then ``rounds`` timed rounds of at least ``round_ns`` each. The figures include
    the loop and the call itself (see :func:`harness_overhead`).

    Returns:
        A :class:`Timing` with the median and best time per call.
    Raises:
        Whatever ``fn`` raises.
    """
    if rounds < 1:
        raise ValueError("rounds must be at least 1")
    gc.enable()
    gc.collect()
    n = _calibrate(fn, arg, round_ns)
    _run(fn, arg, n)  # warm-up round
    gc_before = _gc_passes()
    per_call = [_run(fn, arg, n) / n for _ in range(rounds)]
    gc_after = _gc_passes()
    return Timing(
        median_ns=statistics.median(per_call),
        best_ns=min(per_call),
        iterations=n,
        rounds=rounds,
        gc_passes=gc_after - gc_before,
    )


def _noop(arg: object) -> None:
    """Do nothing; the callable timed by :func:`harness_overhead`."""


def harness_overhead(*, rounds: int = 7, round_ns: int = 50_000_000) -> Timing:
    """Time the harness itself: one loop iteration calling a function that does nothing.

    Returns:
        The :class:`Timing` of the empty call; every figure :func:`measure` reports includes it.
    """
    return measure(_noop, None, rounds=rounds, round_ns=round_ns)
