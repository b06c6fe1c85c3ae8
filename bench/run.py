"""Run the benchmarks and print the report: ``python bench/run.py`` (or ``nox -s bench``).

Prints the codec tables (one per message) with a "targets" section of PASS/FAIL lines, then
the keys table (sign and verify per key type). A missed target is reported, never turned
into a failing exit status: benchmarks are not tests. The process exits non-zero only if
something crashes (including a codec or keys cross-check, or a throughput checksum). ``--only
codec|keys|packet|handshake|auth|throughput`` runs one.
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

import auth
import codec
import handshake
import keys
import packet
import throughput
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
    parser.add_argument(
        "--keys-round-ms",
        type=float,
        default=20.0,
        help="minimum duration of one round of the keys cases, ms (20; keeps them ~15 s)",
    )
    parser.add_argument(
        "--packet-round-ms",
        type=float,
        default=50.0,
        help="minimum duration of one round of the packet cases, ms (50; keeps them ~10 s)",
    )
    parser.add_argument(
        "--handshake-round-ms",
        type=float,
        default=200.0,
        help="minimum duration of one round of the TCP handshake cases, ms (200; suite ~10 s)",
    )
    parser.add_argument(
        "--auth-round-ms",
        type=float,
        default=200.0,
        help="minimum duration of one round of the in-process login cases, ms (200; suite ~20 s)",
    )
    parser.add_argument(
        "--throughput-rounds",
        type=int,
        default=5,
        help="timed transfers per throughput case (5; suite ~30 s)",
    )
    parser.add_argument("--bulk-mib", type=int, default=64, help="MiB per throughput transfer (64)")
    parser.add_argument(
        "--only",
        choices=("codec", "keys", "packet", "handshake", "auth", "throughput"),
        help="run one suite (default: all)",
    )
    return parser.parse_args(argv)


def _header(
    libraries: dict[str, ModuleType | None], rounds: int, round_ms: float, keys_round_ms: float
) -> list[str]:
    """Returns the report's opening lines: machine, versions, method."""
    return [
        "ssh_wire benchmarks",
        "===================",
        f"python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}",
        f"ssh-wire {_version('ssh-wire')}, construct {_version('construct')}, "
        + ", ".join(
            f"{name} {_version(name) if module is not None else 'not installed'}"
            for name, module in libraries.items()
        ),
        f"method: own perf_counter_ns loop, cyclic GC ON (gc.isenabled()={gc.isenabled()}), "
        f"calibration + 1 warm-up round, then {rounds} round(s) of >= {round_ms:g} ms per case "
        f"(keys cases: >= {keys_round_ms:g} ms)",
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
        RuntimeError: a codec or keys cross-check failed, so timings would compare different
            work.
    """
    args = _parse_args(argv)
    rounds, round_ns = args.rounds, int(args.round_ms * 1_000_000)
    gc.enable()
    started = time.perf_counter()
    libraries = codec.load_libraries()
    for line in _header(libraries, rounds, args.round_ms, args.keys_round_ms):
        print(line)
    overhead = harness_overhead(rounds=rounds, round_ns=round_ns)
    print(
        f"harness overhead (loop + one call of an empty function): {overhead.median_ns:.0f} ns "
        "per op, included in every figure"
    )
    print()
    if args.only in (None, "codec"):
        results = []
        for group in codec.build_groups(libraries):
            result = codec.run_group(group, rounds=rounds, round_ns=round_ns)
            results.append(result)
            for line in codec.format_group(result, libraries):
                print(line)
            print(flush=True)
        for line in codec.format_targets(results):
            print(line)
        print(flush=True)
    if args.only in (None, "keys"):
        keys_started = time.perf_counter()
        keys_round_ns = int(args.keys_round_ms * 1_000_000)
        for line in keys.run(libraries.get("paramiko"), rounds=rounds, round_ns=keys_round_ns):
            print(line)
        print(f"keys time {time.perf_counter() - keys_started:.1f} s")
        print()
    if args.only in (None, "packet"):
        packet_started = time.perf_counter()
        packet_round_ns = int(args.packet_round_ms * 1_000_000)
        for line in packet.run(rounds=rounds, round_ns=packet_round_ns):
            print(line)
        print(f"packet time {time.perf_counter() - packet_started:.1f} s")
        print()
    if args.only in (None, "handshake"):
        handshake_started = time.perf_counter()
        for line in handshake.run(
            rounds=rounds,
            round_ns=round_ns,
            tcp_round_ns=int(args.handshake_round_ms * 1_000_000),
        ):
            print(line)
        print(f"handshake time {time.perf_counter() - handshake_started:.1f} s")
        print()
    if args.only in (None, "auth"):
        auth_started = time.perf_counter()
        for line in auth.run(rounds=rounds, round_ns=int(args.auth_round_ms * 1_000_000)):
            print(line)
        print(f"auth time {time.perf_counter() - auth_started:.1f} s")
        print()
    if args.only in (None, "throughput"):
        throughput_started = time.perf_counter()
        for line in throughput.run(rounds=args.throughput_rounds, mib=args.bulk_mib):
            print(line)
        print(f"throughput time {time.perf_counter() - throughput_started:.1f} s")
        print()
    print(f"total time {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
