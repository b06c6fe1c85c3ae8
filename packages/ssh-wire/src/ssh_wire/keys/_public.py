"""Public keys as text: the OpenSSH one-line form and RFC 4716.

The one-line form (sshd(8) AUTHORIZED_KEYS FILE FORMAT, ssh-keygen's ``.pub`` files) is
``keytype base64(blob) [comment]``. RFC 4716 (the SSH public key file format) wraps the
base64 blob between ``---- BEGIN SSH2 PUBLIC KEY ----`` lines, after optional headers.
Certificates (OpenSSH PROTOCOL.certkeys) are handed to :mod:`._certificate`.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

from .._errors import DecodeError, KeyParseError
from .._primitives import Buffer
from ._armor import b64decode_strict
from ._key import SSHKey, public_key_from_blob

if TYPE_CHECKING:
    from ._certificate import SSHCertificate

__all__ = [
    "RFC4716_BEGIN",
    "encode_openssh_public_key",
    "encode_rfc4716_public_key",
    "key_from_public_blob",
    "parse_openssh_public_line",
    "parse_rfc4716",
]

RFC4716_BEGIN = b"---- BEGIN SSH2 PUBLIC KEY ----"
RFC4716_END = b"---- END SSH2 PUBLIC KEY ----"
_CERT_SUFFIX = "-cert-v01@openssh.com"
# RFC 4716 §3: lines are at most 72 bytes; ssh-keygen wraps base64 at 70 columns.
_RFC4716_LINE = 72
_RFC4716_BODY_WIDTH = 70
_MAX_HEADER_VALUE = 1024  # RFC 4716 §3.3


def _blob_key_type(blob: bytes) -> str:
    try:
        return Buffer(blob, "PublicKeyBlob").get_name()
    except DecodeError as exc:
        raise KeyParseError(f"corrupt public key blob: {exc.reason}") from None


def key_from_public_blob(blob: bytes, comment: str = "") -> SSHKey | SSHCertificate:
    """Build a public key, or a certificate, from its SSH wire blob.

    Returns:
        An :class:`SSHKey`, or an ``SSHCertificate`` for ``*-cert-v01@openssh.com`` blobs.
    Raises:
        KeyParseError: malformed blob or unsupported key type.
    """
    if _blob_key_type(blob).endswith(_CERT_SUFFIX):
        from ._certificate import parse_certificate

        return parse_certificate(blob, comment)
    return public_key_from_blob(blob, comment)


# -- OpenSSH one-line form ----------------------------------------------------------------


def parse_openssh_public_line(line: bytes) -> SSHKey | SSHCertificate:
    """Parse ``keytype base64 [comment]`` (one line, surrounding whitespace ignored).

    Returns:
        The key or certificate, with the line's comment.
    Raises:
        KeyParseError: not that form, the type does not match the blob, or a bad blob.
    """
    try:
        text = line.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise KeyParseError("public key line is not valid UTF-8") from None
    parts = text.split(None, 2)
    if len(parts) < 2:
        raise KeyParseError("not an OpenSSH public key line")
    key_type, encoded = parts[0], parts[1]
    comment = parts[2].strip() if len(parts) == 3 else ""
    blob = b64decode_strict(encoded.encode("ascii", "replace"), "public key line")
    if _blob_key_type(blob) != key_type:
        raise KeyParseError("public key line: the key type does not match the key blob")
    return key_from_public_blob(blob, comment)


def encode_openssh_public_key(key: SSHKey) -> bytes:
    """Returns the ``.pub`` file form: ``keytype base64 [comment]`` and a newline."""
    return (key.openssh_public_line() + "\n").encode("utf-8")


# -- RFC 4716 -----------------------------------------------------------------------------


def parse_rfc4716(data: bytes) -> SSHKey | SSHCertificate:
    """Parse an RFC 4716 public key file (RFC 4716 §3).

    Headers (``Tag: value``, continued by a trailing backslash, §3.3) are read; the
    ``Comment`` header (§3.3.2) becomes the key's comment, without surrounding quotes.

    Returns:
        The key or certificate.
    Raises:
        KeyParseError: missing armour, malformed header, or a bad key blob.
    """
    lines = [line.strip() for line in data.splitlines()]
    try:
        start = lines.index(RFC4716_BEGIN)
        end = lines.index(RFC4716_END, start + 1)
    except ValueError:
        raise KeyParseError("not an RFC 4716 public key (armour lines missing)") from None
    inner = lines[start + 1 : end]
    comment = ""
    i = 0
    # §3.3: every header contains a colon, which base64 never does.
    while i < len(inner) and b":" in inner[i]:
        header = inner[i]
        while header.endswith(b"\\"):
            i += 1
            if i >= len(inner):
                raise KeyParseError("RFC 4716: header continuation runs past the end")
            header = header[:-1] + inner[i]
        i += 1
        tag, _, value = header.partition(b":")
        value = value.strip()
        if len(value) > _MAX_HEADER_VALUE:
            raise KeyParseError("RFC 4716: header value longer than 1024 bytes")
        if tag.strip().lower() == b"comment":
            if len(value) >= 2 and value.startswith(b'"') and value.endswith(b'"'):
                value = value[1:-1]
            try:
                comment = value.decode("utf-8")
            except UnicodeDecodeError:
                raise KeyParseError("RFC 4716: Comment header is not UTF-8") from None
    blob = b64decode_strict(b"".join(inner[i:]), "RFC 4716 public key")
    return key_from_public_blob(blob, comment)


def _wrap_header(header: str) -> list[bytes]:
    # §3.3: a header line longer than 72 bytes continues after a trailing backslash; split
    # on character boundaries so UTF-8 sequences stay whole.
    out: list[bytes] = []
    current = b""
    for char in header:
        piece = char.encode("utf-8")
        if len(current) + len(piece) > _RFC4716_LINE - 1:
            out.append(current + b"\\")
            current = b""
        current += piece
    out.append(current)
    return out


def encode_rfc4716_public_key(key: SSHKey) -> bytes:
    """Write the public key as an RFC 4716 file (what ``ssh-keygen -e`` writes).

    Returns:
        The armoured file, lines at most 72 bytes, the comment (if any) in a quoted
        ``Comment`` header.
    """
    lines = [RFC4716_BEGIN]
    if key.comment:
        lines.extend(_wrap_header(f'Comment: "{key.comment}"'))
    encoded = base64.b64encode(key.public_blob)
    width = _RFC4716_BODY_WIDTH
    lines.extend(encoded[i : i + width] for i in range(0, len(encoded), width))
    lines.append(RFC4716_END)
    return b"\n".join(lines) + b"\n"
