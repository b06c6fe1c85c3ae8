"""Property tests: damaged key files of every format either parse or raise KeyParseError.

KeyParseError, KeyEncryptedError and KeyPassphraseError (its subclasses) are the only
exceptions parse_key and parse_public_key may raise: never ValueError, struct.error,
IndexError, UnsupportedAlgorithm, InvalidTag, UnicodeError…
"""

from __future__ import annotations

import base64
import contextlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ssh_wire.keys._openssh as openssh_mod
from ssh_wire.keys import KeyParseError, SSHKey
from ssh_wire.keys._export import export_private_key, export_public_key
from ssh_wire.keys._generate import generate_key
from ssh_wire.keys._openssh import OPENSSH_CIPHERS
from ssh_wire.keys._parse import parse_key, parse_public_key
from ssh_wire.keys._ppk import export_ppk
from ssh_wire.messages import (
    OpenSSHPrivateKeyEntry,
    OpenSSHPrivateKeyFile,
    OpenSSHPrivateSection,
    PublicKeyBlob,
    encode_open_ssh_private_key_entry,
    encode_open_ssh_private_key_file,
    encode_open_ssh_private_section,
    encode_public_key_blob,
)
from ssh_wire.strategies import STRATEGIES

DATA = Path(__file__).parent / "data" / "formats"
PASS = b"secret1"
_PRIVATE_SUFFIXES = (".key", ".pem", ".p8", ".der")
_PUBLIC_SUFFIXES = (".pub", ".rfc4716", ".cert")


@pytest.fixture(scope="module", autouse=True)
def _fast_kdf() -> Iterator[None]:
    # bcrypt capped at 1 round: a bit flip in the rounds field must not cost minutes.
    real = openssh_mod._bcrypt_kdf
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(openssh_mod, "_bcrypt_kdf", lambda p, s, n, r: real(p, s, n, min(r, 1)))
        yield


@cache
def private_corpus() -> tuple[tuple[str, bytes], ...]:
    """Every private key file in data/formats, plus files from our own writers."""
    files = [
        (p.name, p.read_bytes())
        for p in sorted(DATA.iterdir())
        if p.name.endswith(_PRIVATE_SUFFIXES)
        and not p.name.endswith(".spki.pem")
        and "pkcs1pub" not in p.name
    ]
    keys = [generate_key("ed25519", comment="c"), generate_key("rsa", 1024), generate_key("dsa")]
    keys.append(generate_key("ecdsa", 384, comment="ecdsa"))
    for key in keys:
        files.append((f"ours-{key.type}", export_private_key(key)))
        files.append((f"ours-{key.type}-pkcs8", export_private_key(key, "pkcs8", PASS)))
        files.append((f"ours-{key.type}-ppk3", export_ppk(key)))
        files.append((f"ours-{key.type}-ppk2", export_ppk(key, PASS, version=2)))
        for cipher in OPENSSH_CIPHERS:
            data = export_private_key(key, "openssh", PASS, cipher=cipher, rounds=1)
            files.append((f"ours-{key.type}-{cipher}", data))
    return tuple(files)


@cache
def public_corpus() -> tuple[tuple[str, bytes], ...]:
    files = [
        (p.name, p.read_bytes())
        for p in sorted(DATA.iterdir())
        if p.name.endswith(_PUBLIC_SUFFIXES) or p.name.endswith((".spki.pem", "pkcs1pub.pem"))
    ]
    key = generate_key("ecdsa", 521, comment="a comment " * 20)
    for fmt in ("openssh", "rfc4716", "pem"):
        files.append((f"ours-{fmt}", export_public_key(key, fmt)))
    files.append(("ours-blob", key.public_blob))
    return tuple(files)


def _decode_armoured(data: bytes) -> tuple[bytes, bytes, bytes] | None:
    """Split an armoured file into (head, decoded body, tail) when its body is plain base64."""
    lines = data.splitlines(keepends=True)
    if len(lines) < 3 or not lines[0].startswith(b"-----BEGIN"):
        return None
    body = b"".join(line.strip() for line in lines[1:-1])
    try:
        return lines[0], base64.b64decode(body, validate=True), lines[-1]
    except ValueError:
        return None


@st.composite
def mutated(draw: st.DrawFn, corpus: tuple[tuple[str, bytes], ...]) -> bytes:
    _, data = draw(st.sampled_from(corpus))
    kind = draw(st.sampled_from(["truncate", "flip", "flip-inner", "splice", "garbage"]))
    if kind == "truncate":
        return data[: draw(st.integers(0, max(len(data) - 1, 0)))]
    if kind == "garbage":
        return draw(st.binary(max_size=300))
    if kind == "splice":
        at = draw(st.integers(0, len(data)))
        cut = draw(st.integers(0, 8))
        return data[:at] + draw(st.binary(max_size=8)) + data[at + cut :]
    buf = bytearray(data)
    armoured = _decode_armoured(data) if kind == "flip-inner" else None
    if armoured is not None:
        # Flip bits in the decoded payload and re-armour it, to reach the binary parsers.
        head, body, tail = armoured
        inner = bytearray(body)
        for _ in range(draw(st.integers(1, 3))):
            if inner:
                inner[draw(st.integers(0, len(inner) - 1))] ^= 1 << draw(st.integers(0, 7))
        encoded = base64.b64encode(bytes(inner))
        lines = b"\n".join(encoded[i : i + 64] for i in range(0, len(encoded), 64))
        return head + lines + b"\n" + tail
    for _ in range(draw(st.integers(1, 3))):
        if buf:
            buf[draw(st.integers(0, len(buf) - 1))] ^= 1 << draw(st.integers(0, 7))
    return bytes(buf)


def _parse_private(data: bytes, passphrase: bytes | None) -> None:
    try:
        key = parse_key(data, passphrase)
    except KeyParseError:
        return
    assert isinstance(key, SSHKey) and key.is_private


@settings(max_examples=400)
@given(data=mutated(private_corpus()), passphrase=st.sampled_from([PASS, None, b"wrong"]))
def test_damaged_private_keys_raise_only_key_errors(data: bytes, passphrase: bytes | None) -> None:
    _parse_private(data, passphrase)


@settings(max_examples=300)
@given(data=mutated(public_corpus()))
def test_damaged_public_keys_raise_only_key_errors(data: bytes) -> None:
    with contextlib.suppress(KeyParseError):
        parse_public_key(data)


@pytest.mark.parametrize(
    ("name", "data"), private_corpus(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_truncation_of_each_file(name: str, data: bytes) -> None:
    # Exhaustive over cut points in the binary payload, sampled over the armoured text.
    step = max(1, len(data) // 64)
    for cut in range(0, len(data), step):
        _parse_private(data[:cut], PASS)
    armoured = _decode_armoured(data)
    if armoured is not None:
        head, body, tail = armoured
        for cut in range(0, len(body), max(1, len(body) // 64)):
            encoded = base64.b64encode(body[:cut])
            _parse_private(head + encoded + b"\n" + tail, PASS)


def _openssh_file(entry: bytes, public_blob: bytes) -> bytes:
    plain = encode_open_ssh_private_section(OpenSSHPrivateSection(1, 1, entry))
    plain += bytes(range(1, -len(plain) % 8 + 1))
    outer = OpenSSHPrivateKeyFile("none", "none", b"", (public_blob,), plain)
    body = base64.b64encode(encode_open_ssh_private_key_file(outer))
    return (
        b"-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + b"\n-----END OPENSSH PRIVATE KEY-----\n"
    )


@settings(max_examples=300)
@given(entry=STRATEGIES[OpenSSHPrivateKeyEntry], blob=STRATEGIES[PublicKeyBlob])
def test_random_private_fields_raise_only_key_errors(
    entry: OpenSSHPrivateKeyEntry, blob: PublicKeyBlob
) -> None:
    # Structurally valid files holding arbitrary key values: from_private_fields must refuse
    # inconsistent numbers with KeyParseError, never ZeroDivisionError or ValueError.
    _parse_private(
        _openssh_file(encode_open_ssh_private_key_entry(entry), encode_public_key_blob(blob)), None
    )


@settings(max_examples=300)
@given(blob=STRATEGIES[PublicKeyBlob])
def test_random_public_blobs_raise_only_key_errors(blob: PublicKeyBlob) -> None:
    raw = encode_public_key_blob(blob)
    for data in (raw, b"%s %s c\n" % (blob.key_type.encode(), base64.b64encode(raw))):
        with contextlib.suppress(KeyParseError):
            parse_public_key(data)
