"""Text armour shared by the key formats: PEM-style blocks, base64, passphrases.

RFC 7468 describes the ``-----BEGIN LABEL-----`` armour that OpenSSH (PROTOCOL.key) and
OpenSSL both use; RFC 4716 §3 has its own ``---- BEGIN SSH2 PUBLIC KEY ----`` variant,
handled in :mod:`._public`.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field

from .._errors import KeyParseError

__all__ = [
    "PemBlock",
    "armor",
    "b64decode_strict",
    "find_pem_blocks",
    "normalize_passphrase",
    "to_bytes",
]

# RFC 7468 §2: labels are printable characters and spaces; the END label must match.
_PEM_RE = re.compile(
    rb"-----BEGIN ([\x21-\x2c\x2e-\x7e](?:[\x21-\x2c\x2e-\x7e ]*[\x21-\x2c\x2e-\x7e])?)-----"
    rb"(.*?)"
    rb"-----END \1-----",
    re.DOTALL,
)
_WHITESPACE = re.compile(rb"\s+")


@dataclass(frozen=True, slots=True)
class PemBlock:
    """One armoured block: its label, the raw text between the armour lines, and the block
    itself (armour included) as it appeared in the input. Only the label is in ``repr()``:
    the rest may be a private key."""

    label: str
    inner: bytes = field(default=b"", repr=False)
    text: bytes = field(default=b"", repr=False)


def to_bytes(data: bytes | bytearray | memoryview | str) -> bytes:
    """Returns ``data`` as bytes (a ``str`` is encoded as UTF-8)."""
    if isinstance(data, str):
        return data.encode("utf-8")
    return bytes(data)


def normalize_passphrase(passphrase: bytes | str | None) -> bytes | None:
    """Returns the passphrase as bytes, or None when it is None or empty.

    OpenSSH treats an empty passphrase as no passphrase (ssh-keygen -N '').
    """
    if passphrase is None:
        return None
    value = passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)
    return value or None


def find_pem_blocks(data: bytes) -> list[PemBlock]:
    """Returns every ``-----BEGIN X----- … -----END X-----`` block in ``data``, in order."""
    return [
        PemBlock(m.group(1).decode("ascii"), m.group(2), m.group(0)) for m in _PEM_RE.finditer(data)
    ]


def b64decode_strict(text: bytes, what: str) -> bytes:
    """Decode base64 ignoring whitespace.

    Returns:
        The decoded bytes.
    Raises:
        KeyParseError: characters outside the base64 alphabet or bad padding.
    """
    try:
        return base64.b64decode(_WHITESPACE.sub(b"", text), validate=True)
    except (binascii.Error, ValueError):
        raise KeyParseError(f"{what}: invalid base64") from None


def armor(label: str, body: bytes, width: int = 64) -> bytes:
    """Returns ``body`` base64-encoded in ``width``-character lines between BEGIN/END lines,
    with a final newline."""
    encoded = base64.b64encode(body)
    lines = [encoded[i : i + width] for i in range(0, len(encoded), width)]
    head = f"-----BEGIN {label}-----\n".encode("ascii")
    tail = f"-----END {label}-----\n".encode("ascii")
    return head + b"".join(line + b"\n" for line in lines) + tail
