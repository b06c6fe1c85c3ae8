"""Handshake benchmarks: full handshakes per second, our client against our server, beside
OpenSSH doing the nearest step it can be timed on from here.

Algorithms: curve25519-sha256 and mlkem768x25519-sha256, an ssh-ed25519 host key and
aes128-gcm@openssh.com (both sides offer exactly these).

- ``in memory``: a fresh ``EnginePair`` (``ssh_engine._transport._pair``) runs version
  exchange, kex (including the server's host key signature and the client's verification),
  NEWKEYS both ways, EXT_INFO and the ``ssh-userauth`` service request to SERVICE_ACCEPT.
  No sockets, no event loop: the engines' CPU cost of one full handshake. Timed with
  :func:`_timing.measure` (GC on, calibration, warm-up, median and best of the rounds).
- ``TCP 127.0.0.1``: one asyncio loop holds a server running ``accept`` per connection and a
  client running ``connect``: TCP connect, the same handshake, until the server's ``accept``
  has returned and the client saw SERVICE_ACCEPT, then the client sends DISCONNECT and closes.
  One handshake at a time; rounds of at least ``tcp_round_ms``, median and best per round.
- ``OpenSSH``: ``ssh-keyscan -t ed25519 -p PORT 127.0.0.1`` against a private ``sshd``
  (``tests/interop/_sshd.py``) restricted to the same kex, host key and cipher, timed per
  run (wall clock of the subprocess). ssh-keyscan does TCP connect, version exchange,
  KEXINIT and the ECDH exchange; sshd forks and re-executes itself per connection and signs
  the exchange hash; ssh-keyscan prints the host key and aborts (it neither verifies the
  signature nor sends NEWKEYS). The figure **includes ssh-keyscan's process startup** (the
  spawn cost of ``/bin/true`` is printed beside it) and sshd runs with ``LogLevel DEBUG3``
  (the test helper's setting). So it does less protocol work than our TCP row and pays for
  two process startups that ours does not; the ratio is an orientation, not a like-for-like
  figure. OpenSSH 9.2 has no ML-KEM, so the mlkem row has no OpenSSH figure.
"""

from __future__ import annotations

import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from _timing import Timing, measure

from ssh_engine._algorithms import build_algorithm_config
from ssh_engine._transport import KexCompleted, TransportConfig
from ssh_engine._transport._driver import accept, connect
from ssh_engine._transport._pair import EnginePair
from ssh_engine._transport._stream import start_server
from ssh_wire.keys import SSHCertificate, SSHKey, generate_key

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository root
from tests.interop._sshd import (
    OpenSSHMissingError,
    require_program,
    start_sshd,
    stop_sshd,
)

__all__ = ["KEX_ALGORITHMS", "run"]

KEX_ALGORITHMS = ("curve25519-sha256", "mlkem768x25519-sha256")
HOST_KEY_ALG = "ssh-ed25519"
CIPHER = "aes128-gcm@openssh.com"
READY_TIMEOUT = 10.0


@dataclass(frozen=True, slots=True)
class Row:
    """One kex: our in-memory and TCP timings, OpenSSH's (or why there is none)."""

    kex: str
    memory: Timing
    tcp: Timing
    openssh: Timing | None
    ours_to_sshd: Timing | None
    openssh_note: str


def _configs(kex: str, host: SSHKey | None) -> tuple[TransportConfig, TransportConfig]:
    """Returns (client, server) configs offering exactly ``kex``, ed25519 and aes128-gcm."""
    algs = build_algorithm_config(
        {"kex": [kex], "server_host_key": [HOST_KEY_ALG], "cipher": [CIPHER]}
    )
    keys = (host,) if host is not None else ()
    return TransportConfig(algorithms=algs), TransportConfig(algorithms=algs, host_keys=keys)


def _check(kex: str, pair: EnginePair) -> None:
    """Raises RuntimeError unless ``pair`` negotiated what this benchmark claims to time."""
    done = [e for e in pair.client_events if isinstance(e, KexCompleted)]
    if not done or done[0].negotiated.kex != kex or CIPHER not in repr(done[0].negotiated):
        raise RuntimeError(f"{kex}: the in-memory handshake negotiated {done!r}")


def _memory(kex: str, host: SSHKey, *, rounds: int, round_ns: int) -> Timing:
    """Times one full in-memory handshake (a fresh EnginePair each call)."""
    client, server = _configs(kex, host)

    def handshake(_: None) -> EnginePair:
        pair = EnginePair(client, server)
        pair.handshake()
        return pair

    _check(kex, handshake(None))
    return measure(handshake, None, rounds=rounds, round_ns=round_ns)


async def _time_handshakes(
    kex: str,
    port: int,
    trusted: Callable[[SSHKey | SSHCertificate], bool],
    *,
    rounds: int,
    round_ns: int,
    served: asyncio.Queue[BaseException | None] | None = None,
) -> Timing:
    """Times sequential handshakes of our client (asyncio driver) against 127.0.0.1:``port``:
    connect, kex, SERVICE_ACCEPT, DISCONNECT and close. With ``served``, each also waits
    for our server's handler to report that it finished (accept returned, connection closed).

    Raises:
        RuntimeError: a side failed or other algorithms were negotiated.
    """
    client, _ = _configs(kex, None)

    async def once() -> None:
        conn, events = await connect(
            "127.0.0.1", port, client, host_key_verifier=trusted, ready_timeout=READY_TIMEOUT
        )
        if not any(isinstance(e, KexCompleted) and e.negotiated.kex == kex for e in events):
            raise RuntimeError(f"{kex}: the TCP handshake negotiated {events!r}")
        await conn.close()
        if served is not None:
            failure = await asyncio.wait_for(served.get(), READY_TIMEOUT)
            if failure is not None:
                raise RuntimeError(f"{kex}: the server side failed: {failure!r}") from failure

    for _ in range(5):  # warm-up
        await once()
    per_call: list[float] = []
    count = 0
    for _ in range(rounds):
        n, start = 0, time.perf_counter_ns()
        while (elapsed := time.perf_counter_ns() - start) < round_ns or n == 0:
            await once()
            n += 1
        per_call.append(elapsed / n)
        count = n
    return Timing(statistics.median(per_call), min(per_call), count, rounds, 0)


async def _tcp_async(kex: str, host: SSHKey, *, rounds: int, round_ns: int) -> Timing:
    """Times our client against our server (``accept`` per connection) over 127.0.0.1."""
    _, server_config = _configs(kex, host)
    public = host.public_key()
    served: asyncio.Queue[BaseException | None] = asyncio.Queue()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        failure: BaseException | None = None
        try:
            conn, _ = await accept(reader, writer, server_config, ready_timeout=READY_TIMEOUT)
            try:
                async with asyncio.timeout(READY_TIMEOUT):
                    while not conn.engine.closed:
                        await conn.next_event()
            except (ConnectionError, OSError):
                pass  # the client's DISCONNECT and EOF end the connection
            finally:
                await conn.close()
        except Exception as exc:  # handed to the timing loop, which raises it
            failure = exc
        await served.put(failure)

    server = await start_server(handle, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        return await _time_handshakes(
            kex,
            port,
            lambda key: key == public,
            rounds=rounds,
            round_ns=round_ns,
            served=served,
        )


def _tcp(kex: str, host: SSHKey, *, rounds: int, round_ns: int) -> Timing:
    """Runs :func:`_tcp_async` in a fresh event loop."""
    return asyncio.run(_tcp_async(kex, host, rounds=rounds, round_ns=round_ns))


def _time_process(argv: list[str], runs: int, expect: bytes = b"") -> Timing:
    """Times ``runs`` runs of ``argv`` (wall clock, process startup included), after one
    warm-up run; each run is its own round.

    Raises:
        RuntimeError: a run failed, or its output lacks ``expect``.
    """
    per_run: list[float] = []
    for i in range(runs + 1):
        start = time.perf_counter_ns()
        done = subprocess.run(argv, capture_output=True, timeout=READY_TIMEOUT, check=False)
        elapsed = time.perf_counter_ns() - start
        if done.returncode != 0 or expect not in done.stdout:
            raise RuntimeError(f"{argv} failed ({done.returncode}): {done.stderr[-500:]!r}")
        if i:
            per_run.append(elapsed)
    return Timing(statistics.median(per_run), min(per_run), 1, runs, 0)


def _sshd_fingerprint(public_path: Path) -> str:
    """Returns the SHA256 fingerprint of an OpenSSH public key file, as ``ssh-keygen -l``."""
    out = subprocess.run(
        [require_program("ssh-keygen"), "-l", "-f", str(public_path)],
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    ).stdout
    return out.split()[1]


def _openssh(
    kex: str, runs: int, *, rounds: int, tcp_round_ns: int
) -> tuple[Timing | None, Timing | None, str]:
    """Times ssh-keyscan, and our client, against a private sshd offering only ``kex``.

    Returns:
        (ssh-keyscan timing, our client -> sshd timing, note); the timings are None, and
        the note says why, when OpenSSH cannot do ``kex`` here.
    """
    supported = subprocess.run(
        ["ssh", "-Q", "kex"], capture_output=True, text=True, timeout=10, check=False
    ).stdout.split()
    if kex not in supported:
        return None, None, f"OpenSSH here has no {kex}"
    try:
        keyscan = require_program("ssh-keyscan")
    except OpenSSHMissingError as exc:
        return None, None, str(exc)
    with tempfile.TemporaryDirectory(prefix="sshwire-bench-") as tmp:
        try:
            sshd = start_sshd(
                Path(tmp),
                extra_config=[
                    f"KexAlgorithms {kex}",
                    f"HostKeyAlgorithms {HOST_KEY_ALG}",
                    f"Ciphers {CIPHER}",
                ],
            )
        except (OpenSSHMissingError, RuntimeError) as exc:
            return None, None, f"sshd did not start: {str(exc).splitlines()[0]}"
        try:
            argv = [keyscan, "-t", "ed25519", "-p", str(sshd.port), "127.0.0.1"]
            keyscan_timing = _time_process(argv, runs, expect=b" ssh-ed25519 ")
            fingerprint = _sshd_fingerprint(sshd.host_keys["ed25519"].with_suffix(".pub"))
            ours = asyncio.run(
                _time_handshakes(
                    kex,
                    sshd.port,
                    lambda key: key.fingerprint() == fingerprint,
                    rounds=rounds,
                    round_ns=tcp_round_ns,
                )
            )
            return keyscan_timing, ours, ""
        finally:
            stop_sshd(sshd)


def measure_all(*, rounds: int, round_ns: int, tcp_round_ns: int, openssh_runs: int) -> list[Row]:
    """Verify and time every kex of :data:`KEX_ALGORITHMS`.

    Returns:
        One :class:`Row` per kex.
    Raises:
        RuntimeError: a handshake negotiated something else or failed.
    """
    host = generate_key("ed25519")
    rows = []
    for kex in KEX_ALGORITHMS:
        memory = _memory(kex, host, rounds=rounds, round_ns=round_ns)
        tcp = _tcp(kex, host, rounds=rounds, round_ns=tcp_round_ns)
        openssh, to_sshd, note = _openssh(
            kex, openssh_runs, rounds=rounds, tcp_round_ns=tcp_round_ns
        )
        rows.append(Row(kex, memory, tcp, openssh, to_sshd, note))
    return rows


def _spawn_baseline(runs: int) -> Timing | None:
    """Times starting and reaping ``true`` (the process startup share of the OpenSSH row)."""
    true = shutil.which("true")
    return _time_process([true], runs) if true else None


def _per_s(timing: Timing) -> str:
    return f"{1e9 / timing.median_ns:>10,.0f}"


def _ms(ns: float) -> str:
    return f"{ns / 1e6:>9.2f}"


def format_report(rows: list[Row], spawn: Timing | None, openssh_runs: int) -> list[str]:
    """Render the handshake table and the ratios.

    Returns:
        The report's lines.
    """
    title = (
        f"handshakes, our client <-> our server ({HOST_KEY_ALG} host key, {CIPHER}): "
        "handshakes per second from the median; median and best in ms"
    )
    lines = [title, "-" * len(title)]
    lines.append(f"{'kex':<24}{'what':<46}{'per s':>10}{'median':>9}{'best':>9}{'runs':>8}")
    for row in rows:
        cases = [
            ("ours, in memory (EnginePair, CPU only)", row.memory),
            ("ours, TCP 127.0.0.1 (asyncio driver)", row.tcp),
        ]
        if row.ours_to_sshd is not None:
            cases.append(("ours client -> OpenSSH sshd, TCP", row.ours_to_sshd))
        if row.openssh is not None:
            cases.append(("OpenSSH ssh-keyscan -> sshd (+ startup)", row.openssh))
        for what, timing in cases:
            lines.append(
                f"{row.kex:<24}{what:<46}{_per_s(timing)}{_ms(timing.median_ns)}"
                f"{_ms(timing.best_ns)}{timing.calls:>8}"
            )
        if row.openssh is None:
            lines.append(f"{row.kex:<24}{'OpenSSH: no figure (' + row.openssh_note + ')'}")
    if spawn is not None:
        lines.append(
            f"{'(baseline)':<24}{'spawn + reap /bin/true (process startup)':<46}{_per_s(spawn)}"
            f"{_ms(spawn.median_ns)}{_ms(spawn.best_ns)}{spawn.calls:>8}"
        )
    lines.append("")
    lines.append("what each row does:")
    lines.append(
        "  in memory: version exchange, KEXINIT, kex incl. the host key signature (server) and "
        "its verification (client), NEWKEYS, EXT_INFO, ssh-userauth SERVICE_REQUEST/ACCEPT; "
        "a fresh engine pair per handshake, no I/O"
    )
    lines.append(
        "  TCP: the same plus TCP connect/accept on 127.0.0.1 and both asyncio drivers, until "
        "both sides are done (client saw SERVICE_ACCEPT, server's accept returned); then "
        "DISCONNECT + close; one handshake at a time"
    )
    lines.append(
        "  ours client -> OpenSSH sshd: our TCP row's client against the private sshd (same "
        "algorithms, to SERVICE_ACCEPT, then DISCONNECT); sshd forks + re-execs per "
        "connection and logs at DEBUG3; compares the server sides with the client held equal"
    )
    lines.append(
        "  OpenSSH keyscan: wall clock of one `ssh-keyscan -t ed25519` run (median of "
        f"{openssh_runs}): "
        "INCLUDES ssh-keyscan's process startup and sshd's fork + re-exec per connection; "
        "version exchange, KEXINIT, ECDH, server signature; ssh-keyscan aborts after reading "
        "the host key (no signature check, no NEWKEYS, no service request); sshd at LogLevel "
        "DEBUG3"
    )
    lines.append("")
    lines.append("ratios (handshakes per second from the medians; > 1 = ours does more per second)")
    for row in rows:
        if row.openssh is None or row.ours_to_sshd is None:
            lines.append(f"  {row.kex}: no OpenSSH figure ({row.openssh_note})")
            continue
        server_ratio = row.ours_to_sshd.median_ns / row.tcp.median_ns
        keyscan_ratio = row.openssh.median_ns / row.tcp.median_ns
        lines.append(
            f"  {row.kex}: our server / OpenSSH sshd, same client (ours), full handshake over "
            f"TCP: {server_ratio:.2f}x"
        )
        line = (
            f"  {row.kex}: ours client+server over TCP / ssh-keyscan run (incl. process "
            f"startup): {keyscan_ratio:.2f}x"
        )
        if spawn is not None and row.openssh.median_ns > spawn.median_ns:
            net = row.openssh.median_ns - spawn.median_ns
            line += f"; minus the /bin/true spawn: {net / row.tcp.median_ns:.2f}x"
        lines.append(line)
    return lines


def run(*, rounds: int, round_ns: int, tcp_round_ns: int, openssh_runs: int = 30) -> list[str]:
    """Measure and render the handshake benchmarks.

    Returns:
        The report's lines.
    Raises:
        RuntimeError: a handshake failed or negotiated other algorithms.
    """
    rows = measure_all(
        rounds=rounds, round_ns=round_ns, tcp_round_ns=tcp_round_ns, openssh_runs=openssh_runs
    )
    spawn = _spawn_baseline(openssh_runs)
    return format_report(rows, spawn, openssh_runs)
