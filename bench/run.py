"""Run the benchmarks and print the report: ``python bench/run.py`` (or ``nox -s bench``).

Prints one table per message, then a "targets" section with PASS/FAIL lines. A missed
target is reported, never turned into a failing exit status: benchmarks are not tests.
The process exits non-zero only if something crashes (including a codec cross-check).
"""

from __future__ import annotations

import argparse
import gc
import importlib.metadata
import os
import platform
import sys
import time
from types import ModuleType

import codec
from _timing import harness_overhead


def _version(dist: str) -> str:
    """Returns the installed version of distribution ``dist``, or "not installed"."""
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Returns the parsed command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=7, help="timed rounds per case (7)")
    parser.add_argument(
        "--round-ms", type=float, default=50.0, help="minimum duration of one round, ms (50)"
    )
    return parser.parse_args(argv)


def _header(libraries: dict[str, ModuleType | None], rounds: int, round_ms: float) -> list[str]:
    """Returns the report's opening lines: machine, versions, method."""
    return [
        "ssh_wire codec benchmarks",
        "=========================",
        f"python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}",
        f"ssh-wire {_version('ssh-wire')}, construct {_version('construct')}, "
        + ", ".join(
            f"{name} {_version(name) if module is not None else 'not installed'}"
            for name, module in libraries.items()
        ),
        f"method: own perf_counter_ns loop, cyclic GC ON (gc.isenabled()={gc.isenabled()}), "
        f"calibration + 1 warm-up round, then {rounds} round(s) of >= {round_ms:g} ms per case",
        "columns: ns per operation, median and best round; ratio = that column's median / fast "
        "median (higher = fast is faster)",
        "paramiko/asyncssh: their own Message / asyncssh.packet builders and parsers doing the "
        "same message; they parse bytes, so the memoryview and encode_parts rows are '-'",
        "OpenSSH: no figure here. Its codec (sshbuf, C) cannot be timed per message from "
        "Python, so no codec ratio against OpenSSH exists; none is invented.",
    ]


def main(argv: list[str] | None = None) -> int:
    """Run every benchmark and print the report to stdout.

    Returns:
        0 (missed targets are printed, not failed).
    Raises:
        RuntimeError: a codec cross-check failed, so timings would compare different work.
    """
    args = _parse_args(argv)
    rounds, round_ns = args.rounds, int(args.round_ms * 1_000_000)
    gc.enable()
    started = time.perf_counter()
    libraries = codec.load_libraries()
    for line in _header(libraries, rounds, args.round_ms):
        print(line)
    overhead = harness_overhead(rounds=rounds, round_ns=round_ns)
    print(
        f"harness overhead (loop + one call of an empty function): {overhead.median_ns:.0f} ns "
        "per op, included in every figure"
    )
    print()
    results = []
    for group in codec.build_groups(libraries):
        result = codec.run_group(group, rounds=rounds, round_ns=round_ns)
        results.append(result)
        for line in codec.format_group(result, libraries):
            print(line)
        print(flush=True)
    for line in codec.format_targets(results):
        print(line)
    print()
    print(f"total time {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
