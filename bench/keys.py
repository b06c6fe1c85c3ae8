"""Key benchmarks: SSH signature sign and verify per key type, the public-key cost of a
handshake (the server signs the exchange hash with its host key and the client verifies it;
for publickey userauth the client signs and the server verifies).

Each key type is timed three ways on the same data:

- ``ssh_wire``: :meth:`SSHKey.sign` (returns the SSH signature blob, RFC 4253 §6.6) and
  :meth:`SSHKey.verify` (takes the blob);
- ``cryptography``: the raw primitive underneath, on the same key objects, with the
  primitive's own signature encoding (DER for ECDSA/DSA), so the ratio shows what the SSH
  wrapping costs;
- ``paramiko``: ``PKey.sign_ssh_data(...).asbytes()`` and ``PKey.verify_ssh_sig(data,
  Message(blob))`` with a public key built from the wire blob, as its auth and transport code
  do, where paramiko has the type (paramiko 4 dropped DSA).

Everything is cross-checked before it is timed: signatures made one way verify the other
ways, and for the deterministic schemes (Ed25519, RSA PKCS#1 v1.5) all three produce the same
signature bytes.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import io
import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import repeat
from types import ModuleType
from typing import Any

from _timing import Timing
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

from ssh_wire import encode_string
from ssh_wire.keys import SSHKey, generate_key
from ssh_wire.messages import (
    EcdsaSignature,
    EcdsaSignatureValues,
    RawSignature,
    Signature,
    decode_signature,
    encode_signature,
)

__all__ = ["IMPLS", "KeyCase", "KeysResult", "build_cases", "format_report", "run", "userauth_data"]

OURS = "ssh_wire"
RAW = "cryptography"
PARAMIKO = "paramiko"
IMPLS = (OURS, RAW, PARAMIKO)
SIGN = "sign"
VERIFY = "verify"
OPS = (SIGN, VERIFY)
DATA_LEN = 100

# (label, generate_key type, bits, SSH signature algorithm)
KEY_SPECS: tuple[tuple[str, str, int | None, str], ...] = (
    ("ed25519", "ed25519", None, "ssh-ed25519"),
    ("ecdsa p256", "ecdsa", 256, "ecdsa-sha2-nistp256"),
    ("ecdsa p384", "ecdsa", 384, "ecdsa-sha2-nistp384"),
    ("ecdsa p521", "ecdsa", 521, "ecdsa-sha2-nistp521"),
    ("rsa 2048 sha2-512", "rsa", 2048, "rsa-sha2-512"),
    ("rsa 2048 sha2-256", "rsa", 2048, "rsa-sha2-256"),
    ("rsa 3072 sha2-512", "rsa", 3072, "rsa-sha2-512"),
    ("rsa 3072 sha2-256", "rsa", 3072, "rsa-sha2-256"),
    ("rsa 4096 sha2-512", "rsa", 4096, "rsa-sha2-512"),
    ("rsa 4096 sha2-256", "rsa", 4096, "rsa-sha2-256"),
    ("dsa 1024", "dsa", 1024, "ssh-dss"),
)
_DETERMINISTIC = ("ssh-ed25519", "rsa-sha2-512", "rsa-sha2-256")
_RSA_HASHES: dict[str, Callable[[], hashes.HashAlgorithm]] = {
    "rsa-sha2-512": hashes.SHA512,
    "rsa-sha2-256": hashes.SHA256,
}
_EC_HASHES: dict[int, Callable[[], hashes.HashAlgorithm]] = {
    256: hashes.SHA256,
    384: hashes.SHA384,
    521: hashes.SHA512,
}
_DSA_HALF = 20  # RFC 4253 §6.6: ssh-dss signatures are r || s, 20 bytes each


@dataclass(frozen=True, slots=True)
class Case:
    """One timed call: ``fn(arg)``."""

    fn: Callable[[Any], object]
    arg: Any


@dataclass(slots=True)
class KeyCase:
    """One key and signature algorithm: a table row pair (sign, verify).

    Attributes:
        label: the row label, e.g. ``rsa 2048 sha2-512``.
        algorithm: the SSH signature algorithm.
        key: our key object.
        cases: ``(op, implementation) -> Case`` for what each implementation can do.
    """

    label: str
    algorithm: str
    key: SSHKey
    cases: dict[tuple[str, str], Case] = field(default_factory=dict)


@dataclass(slots=True)
class KeysResult:
    """The timings of every key case.

    Attributes:
        cases: the cases, in report order.
        timings: ``(label, op, implementation) -> Timing``.
        paramiko_loaded: paramiko was importable.
    """

    cases: list[KeyCase]
    timings: dict[tuple[str, str, str], Timing]
    paramiko_loaded: bool


def userauth_data() -> bytes:
    """Returns the signed data: the first 100 bytes of a publickey USERAUTH_REQUEST's signed
    blob (RFC 4252 §7: session id, SSH_MSG_USERAUTH_REQUEST, user, service, "publickey",
    TRUE, algorithm, key blob) for an Ed25519 key; the whole blob is 148 bytes, and signing
    hashes it once, so its exact length does not move the figures."""
    key = SSHKey(ed25519.Ed25519PrivateKey.from_private_bytes(bytes(range(32))))
    blob = b"".join(
        [
            encode_string(hashlib.sha256(b"exchange hash").digest()),
            b"\x32",
            encode_string(b"alice"),
            encode_string(b"ssh-connection"),
            encode_string(b"publickey"),
            b"\x01",
            encode_string(b"ssh-ed25519"),
            encode_string(key.public_blob),
        ]
    )
    return blob[:DATA_LEN]


# --------------------------------------------------------------------------- raw primitives


@dataclass(frozen=True, slots=True)
class _Raw:
    """The raw ``cryptography`` operations of one key and algorithm.

    Attributes:
        sign: ``sign(data)`` returning the primitive's signature (DER for ECDSA/DSA).
        verify: the public key's ``verify(signature, data, **kwargs)``.
        kwargs: the scheme arguments ``verify`` needs (padding, hash, ECDSA scheme).
    """

    sign: Callable[[bytes], bytes]
    verify: Callable[..., None]
    kwargs: dict[str, Any]

    def check(self, signature: bytes, data: bytes) -> None:
        """Verify a raw signature.

        Raises:
            cryptography.exceptions.InvalidSignature: it does not verify.
        """
        self.verify(signature, data, **self.kwargs)


def _raw(key: SSHKey, algorithm: str) -> _Raw:
    """Returns the raw ``cryptography`` operations for ``key`` and ``algorithm``."""
    private = key.crypto_private_key
    if isinstance(private, ed25519.Ed25519PrivateKey):
        return _Raw(private.sign, private.public_key().verify, {})
    if isinstance(private, ec.EllipticCurvePrivateKey):
        scheme = ec.ECDSA(_EC_HASHES[private.curve.key_size]())
        kwargs: dict[str, Any] = {"signature_algorithm": scheme}
        sign = functools.partial(private.sign, **kwargs)
        return _Raw(sign, private.public_key().verify, kwargs)
    if isinstance(private, rsa.RSAPrivateKey):
        kwargs = {"padding": padding.PKCS1v15(), "algorithm": _RSA_HASHES[algorithm]()}
        return _Raw(functools.partial(private.sign, **kwargs), private.public_key().verify, kwargs)
    assert isinstance(private, dsa.DSAPrivateKey)
    kwargs = {"algorithm": hashes.SHA1()}
    return _Raw(functools.partial(private.sign, **kwargs), private.public_key().verify, kwargs)


def _ssh_from_raw(algorithm: str, raw: bytes) -> bytes:
    """Returns a raw ``cryptography`` signature in SSH form (for the cross-checks)."""
    body: Any
    if algorithm.startswith("ecdsa-"):
        r, s = decode_dss_signature(raw)
        body = EcdsaSignature(EcdsaSignatureValues(r, s))
    elif algorithm == "ssh-dss":
        r, s = decode_dss_signature(raw)
        body = RawSignature(r.to_bytes(_DSA_HALF, "big") + s.to_bytes(_DSA_HALF, "big"))
    else:
        body = RawSignature(raw)
    return encode_signature(Signature(algorithm, body))


def _raw_from_ssh(blob: bytes) -> bytes:
    """Returns an SSH signature blob in the raw ``cryptography`` form (DER for ECDSA/DSA)."""
    sig = decode_signature(blob)
    body = sig.body
    if isinstance(body, EcdsaSignature):
        return encode_dss_signature(body.signature.r, body.signature.s)
    assert isinstance(body, RawSignature)
    if sig.algorithm == "ssh-dss":
        r = int.from_bytes(body.signature[:_DSA_HALF], "big")
        s = int.from_bytes(body.signature[_DSA_HALF:], "big")
        return encode_dss_signature(r, s)
    return body.signature


# --------------------------------------------------------------------------- paramiko


def _paramiko_cases(pm: Any, key: SSHKey, algorithm: str, data: bytes) -> tuple[Case, Case] | None:
    """Build paramiko's sign and verify cases, or None when paramiko lacks the key type.

    Sign: ``sign_ssh_data(data, algorithm).asbytes()`` (auth_handler / transport add the
    Message as a string). Verify: a public key built from the wire blob, as paramiko's server
    does with the key in a USERAUTH_REQUEST, and ``verify_ssh_sig(data, Message(blob))``.

    Returns:
        ``(sign, verify)``; the verify case's argument is paramiko's own signature. None when
        paramiko has no class for the key type.
    """
    classes = {
        "ssh-ed25519": getattr(pm, "Ed25519Key", None),
        "ecdsa-sha2-nistp256": getattr(pm, "ECDSAKey", None),
        "ecdsa-sha2-nistp384": getattr(pm, "ECDSAKey", None),
        "ecdsa-sha2-nistp521": getattr(pm, "ECDSAKey", None),
        "ssh-rsa": getattr(pm, "RSAKey", None),
        "ssh-dss": getattr(pm, "DSSKey", None),  # removed in paramiko 4.0
    }
    cls = classes.get(key.type)
    if cls is None:
        return None
    private_key = key.crypto_private_key
    if key.type == "ssh-rsa":
        private = cls(key=private_key)
    elif key.type.startswith("ecdsa-"):
        private = cls(vals=(private_key, key.crypto_public_key))
    else:
        private = cls(file_obj=io.StringIO(key.export("openssh").decode("ascii")))
    public = cls(data=key.public_blob)
    message_cls = pm.Message
    wanted = algorithm if key.type == "ssh-rsa" else None

    def sign(payload: bytes) -> bytes:
        """Returns paramiko's SSH signature blob over ``payload``."""
        out: bytes = private.sign_ssh_data(payload, wanted).asbytes()
        return out

    def verify(blob: bytes) -> bool:
        """Returns paramiko's verdict on the SSH signature ``blob`` over the data."""
        ok: bool = public.verify_ssh_sig(data, message_cls(blob))
        return ok

    return Case(sign, data), Case(verify, sign(data))


# --------------------------------------------------------------------------- cases


def build_cases(paramiko: ModuleType | None, data: bytes) -> list[KeyCase]:
    """Generate one key per size and build every case, checking each before timing.

    Returns:
        The cases, in :data:`KEY_SPECS` order (RSA keys of one size are shared by its
        rsa-sha2-512 and rsa-sha2-256 rows).
    Raises:
        RuntimeError: a cross-check failed (the columns would time different work).
    """
    keys: dict[tuple[str, int | None], SSHKey] = {}
    cases = []
    for label, key_type, bits, algorithm in KEY_SPECS:
        key = keys.get((key_type, bits))
        if key is None:
            # A comment: paramiko 5.1 misreads openssh-key-v1 files with an empty comment
            # and no padding (pkey._unpad_openssh slices data[:-0]).
            key = keys[key_type, bits] = generate_key(key_type, bits, comment="bench@ssh-wire")
        case = KeyCase(label, algorithm, key)
        ours_sig = key.sign(data, algorithm)
        case.cases[SIGN, OURS] = Case(functools.partial(key.sign, algorithm=algorithm), data)
        case.cases[VERIFY, OURS] = Case(functools.partial(key.verify, signature=ours_sig), data)
        raw = _raw(key, algorithm)
        raw_sig = raw.sign(data)
        case.cases[SIGN, RAW] = Case(raw.sign, data)
        case.cases[VERIFY, RAW] = Case(functools.partial(raw.verify, raw_sig, **raw.kwargs), data)
        paramiko_sig: bytes | None = None
        if paramiko is not None:
            found = _paramiko_cases(paramiko, key, algorithm, data)
            if found is not None:
                case.cases[SIGN, PARAMIKO], case.cases[VERIFY, PARAMIKO] = found
                paramiko_sig = found[1].arg
        _cross_check(case, data, raw, ours_sig, raw_sig, paramiko_sig)
        cases.append(case)
    return cases


def _cross_check(
    case: KeyCase,
    data: bytes,
    raw: _Raw,
    ours_sig: bytes,
    raw_sig: bytes,
    paramiko_sig: bytes | None,
) -> None:
    """Check that every implementation makes and accepts the same signatures.

    Raises:
        RuntimeError: a signature made one way does not verify another way, a tampered one
            verifies, or a deterministic scheme produced different bytes.
    """
    key, where = case.key, case.label
    if decode_signature(ours_sig).algorithm != case.algorithm:
        raise RuntimeError(f"{where}: ssh_wire signed with the wrong algorithm")
    if not key.verify(data, ours_sig) or key.verify(data[:-1] + b"\xff", ours_sig):
        raise RuntimeError(f"{where}: ssh_wire does not verify its own signature correctly")
    try:
        raw.check(_raw_from_ssh(ours_sig), data)
    except InvalidSignature:
        raise RuntimeError(f"{where}: our signature does not verify with cryptography") from None
    if not key.verify(data, _ssh_from_raw(case.algorithm, raw_sig)):
        raise RuntimeError(f"{where}: the raw cryptography signature does not verify with ours")
    case.cases[VERIFY, RAW].fn(data)  # the raw verify case itself must pass
    deterministic = case.algorithm in _DETERMINISTIC
    if deterministic and _raw_from_ssh(ours_sig) != raw_sig:
        raise RuntimeError(f"{where}: ssh_wire and cryptography signatures differ")
    if paramiko_sig is None:
        return
    if not key.verify(data, paramiko_sig):
        raise RuntimeError(f"{where}: paramiko's signature does not verify with ours")
    if case.cases[VERIFY, PARAMIKO].fn(ours_sig) is not True:
        raise RuntimeError(f"{where}: our signature does not verify with paramiko")
    if case.cases[VERIFY, PARAMIKO].fn(paramiko_sig) is not True:
        raise RuntimeError(f"{where}: paramiko's verify case fails")
    if deterministic and paramiko_sig != ours_sig:
        raise RuntimeError(f"{where}: ssh_wire and paramiko signatures differ")


def _batch(fn: Callable[[Any], object], arg: Any, n: int) -> int:
    """Call ``fn(arg)`` ``n`` times.

    Returns:
        The elapsed wall time in nanoseconds.
    """
    start = time.perf_counter_ns()
    for _ in repeat(None, n):
        fn(arg)
    return time.perf_counter_ns() - start


def _gc_passes() -> int:
    """Returns how many collections the cyclic GC has run so far, over all generations."""
    return sum(stats["collections"] for stats in gc.get_stats())


def measure_interleaved(cases: list[Case], *, rounds: int, round_ns: int) -> list[Timing]:
    """Time several callables doing the same operation, their rounds interleaved.

    Like :func:`_timing.measure` (GC on, calibration, one warm-up round, median and best of
    ``rounds`` rounds of at least ``round_ns``), except that round *k* of every case runs
    before round *k + 1* of any: a burst of load from elsewhere on the machine then slows
    all columns alike instead of skewing one, so the ratios stay meaningful.

    Returns:
        One :class:`Timing` per case, in order (``gc_passes`` counts the whole group).
    Raises:
        Whatever a case raises.
    """
    gc.enable()
    gc.collect()
    counts = []
    for case in cases:
        n = 1
        while True:
            elapsed = _batch(case.fn, case.arg, n)
            if elapsed * 10 >= round_ns or n >= 10**8:
                break
            n *= 10
        counts.append(max(1, math.ceil(n * 1.1 * round_ns / max(elapsed, 1))))
    for case, n in zip(cases, counts, strict=True):
        _batch(case.fn, case.arg, n)  # warm-up round
    per_call: list[list[float]] = [[] for _ in cases]
    gc_before = _gc_passes()
    for _ in range(rounds):
        for index, (case, n) in enumerate(zip(cases, counts, strict=True)):
            per_call[index].append(_batch(case.fn, case.arg, n) / n)
    passes = _gc_passes() - gc_before
    return [
        Timing(statistics.median(times), min(times), n, rounds, passes)
        for times, n in zip(per_call, counts, strict=True)
    ]


def time_cases(
    cases: list[KeyCase], *, rounds: int, round_ns: int
) -> dict[tuple[str, str, str], Timing]:
    """Time every case, the implementations of one operation interleaved.

    Returns:
        ``(label, op, implementation) -> Timing``.
    """
    timings: dict[tuple[str, str, str], Timing] = {}
    for case in cases:
        for op in OPS:
            impls = [impl for impl in IMPLS if (op, impl) in case.cases]
            measured = measure_interleaved(
                [case.cases[op, impl] for impl in impls], rounds=rounds, round_ns=round_ns
            )
            for impl, timing in zip(impls, measured, strict=True):
                timings[case.label, op, impl] = timing
    return timings


# --------------------------------------------------------------------------- report

LABEL_W = 26
OPS_W = 10
US_W = 9
RATIO_W = 8
WRAP_W = 8


def _ratio(value: float) -> str:
    """Returns a ratio formatted for the table, e.g. ``1.05x`` or ``0.91x``."""
    return f"{value:.1f}x" if value >= 10 else f"{value:.2f}x"


def _us(ns: float) -> str:
    """Returns nanoseconds as microseconds with a precision that suits the size."""
    us = ns / 1000
    return f"{us:,.0f}" if us >= 1000 else f"{us:,.1f}"


def format_report(result: KeysResult, data_len: int) -> list[str]:
    """Render the sign/verify table, the per-type handshake cost and the notes.

    Returns:
        The report's lines (no trailing newline).
    """
    title = f"SSH signatures: sign and verify of a {data_len}-byte userauth blob, per key type"
    lines = [title, "-" * len(title)]
    head = (
        f"{'':<{LABEL_W}}"
        f"{OURS:>{OPS_W + 2 * US_W}}"
        f"{'cryptography (raw)':>{OPS_W + US_W + RATIO_W + WRAP_W}}"
        f"{PARAMIKO:>{OPS_W + US_W + RATIO_W}}"
    )
    sub = (
        f"{'op':<{LABEL_W}}"
        f"{'ops/s':>{OPS_W}}{'med us':>{US_W}}{'best us':>{US_W}}"
        f"{'ops/s':>{OPS_W}}{'med us':>{US_W}}{'ratio':>{RATIO_W}}{'wrap us':>{WRAP_W}}"
        f"{'ops/s':>{OPS_W}}{'med us':>{US_W}}{'ratio':>{RATIO_W}}"
    )
    lines += [head, sub]
    worst_wrap: tuple[float, str] | None = None
    for case in result.cases:
        for op in OPS:
            ours = result.timings[case.label, op, OURS]
            row = f"{case.label + ' ' + op:<{LABEL_W}}"
            row += f"{1e9 / ours.median_ns:>{OPS_W},.0f}{_us(ours.median_ns):>{US_W}}"
            row += f"{_us(ours.best_ns):>{US_W}}"
            raw = result.timings.get((case.label, op, RAW))
            if raw is None:
                row += f"{'-':>{OPS_W + US_W + RATIO_W + WRAP_W}}"
            else:
                wrap_ns = ours.median_ns - raw.median_ns
                row += f"{1e9 / raw.median_ns:>{OPS_W},.0f}{_us(raw.median_ns):>{US_W}}"
                row += f"{_ratio(raw.median_ns / ours.median_ns):>{RATIO_W}}"
                row += f"{wrap_ns / 1000:>+{WRAP_W}.1f}"
                share = wrap_ns / ours.median_ns
                if worst_wrap is None or share > worst_wrap[0]:
                    worst_wrap = (share, f"{case.label} {op}, {wrap_ns / 1000:+.1f} us")
            theirs = result.timings.get((case.label, op, PARAMIKO))
            if theirs is not None:
                row += f"{1e9 / theirs.median_ns:>{OPS_W},.0f}{_us(theirs.median_ns):>{US_W}}"
                row += f"{_ratio(theirs.median_ns / ours.median_ns):>{RATIO_W}}"
            elif not result.paramiko_loaded:
                row += f"{'not installed':>{OPS_W + US_W + RATIO_W}}"
            else:
                row += f"{'no such key type':>{OPS_W + US_W + RATIO_W}}"
            lines.append(row)
    lines.append("")
    lines.append(
        "one sign + one verify per key (the public-key work of one host-key check or one "
        "publickey userauth), ssh_wire medians:"
    )
    costs = []
    for case in result.cases:
        total = sum(result.timings[case.label, op, OURS].median_ns for op in OPS)
        costs.append(f"{case.label} {_us(total)} us")
    for start in range(0, len(costs), 4):
        lines.append("  " + ", ".join(costs[start : start + 4]))
    if worst_wrap is not None:
        lines.append(
            f"largest SSH wrapping share of an operation: {worst_wrap[0]:.0%} ({worst_wrap[1]})"
        )
    return lines


def header_lines() -> list[str]:
    """Returns the lines that explain the keys table's columns."""
    return [
        "keys: ssh_wire = SSHKey.sign/verify (SSH signature blobs); cryptography = the raw "
        "primitive on the same key (DER for ECDSA/DSA); paramiko = PKey.sign_ssh_data().asbytes()"
        " / verify_ssh_sig(data, Message(blob))",
        "keys: ratio = that column's median / ssh_wire median (below 1 = faster than ssh_wire);"
        " wrap = ssh_wire median - raw median, the cost of the SSH encoding and checks",
        "keys: the columns of one row are timed in interleaved rounds (load from elsewhere "
        "hits them alike); on RSA signs of several ms the wrap figure is within round noise",
        "keys: OpenSSH: no per-operation figure. `ssh-keygen -Y sign` is one process per "
        "signature (exec, file read, key parse), so its per-invocation time is not comparable "
        "with one sign; none is printed or invented.",
    ]


def run(paramiko: ModuleType | None, *, rounds: int, round_ns: int) -> list[str]:
    """Build, cross-check and time every key case, and render the report.

    Args:
        paramiko: the paramiko module, or None when it is not installed.
        rounds: timed rounds per case.
        round_ns: minimum duration of one round, in nanoseconds.
    Returns:
        The report's lines: column notes, the table and the per-type summary.
    Raises:
        RuntimeError: a cross-check failed.
    """
    data = userauth_data()
    cases = build_cases(paramiko, data)
    timings = time_cases(cases, rounds=rounds, round_ns=round_ns)
    result = KeysResult(cases, timings, paramiko is not None)
    return [*header_lines(), "", *format_report(result, len(data))]
