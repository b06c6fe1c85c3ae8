"""Issuing OpenSSH certificates, as ``ssh-keygen -s`` does (PROTOCOL.certkeys)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from datetime import datetime

from .._errors import EncodeError, KeyParseError
from ..messages import (
    Certificate,
    CertificatePrincipals,
    CertificateType,
    decode_public_key_blob,
    encode_certificate,
    encode_certificate_principals,
)
from ._cert_options import DEFAULT_USER_EXTENSIONS, OptionValue, encode_options
from ._certificate import (
    _MAX_PRINCIPALS,
    CERT_SUFFIX,
    FOREVER,
    SSHCertificate,
    _timestamp,
    parse_certificate,
)
from ._key import SSHKey

__all__ = ["issue_certificate"]

# sshkey.c sshkey_certify_custom: a 32-byte random nonce first in every -v01 certificate.
_NONCE_LEN = 32
_LEN = 4


def _check_u64(name: str, value: int) -> int:
    if not 0 <= value <= FOREVER:
        raise ValueError(f"{name} must be in 0..2**64-1, not {value}")
    return value


def issue_certificate(
    ca_key: SSHKey,
    public_key: SSHKey,
    *,
    cert_type: CertificateType,
    key_id: str,
    principals: Iterable[str] = (),
    valid_after: int | datetime = 0,
    valid_before: int | datetime = FOREVER,
    serial: int = 0,
    critical_options: Mapping[str, OptionValue] | None = None,
    extensions: Mapping[str, OptionValue] | None = None,
    signature_algorithm: str | None = None,
    nonce: bytes | None = None,
    comment: str = "",
) -> SSHCertificate:
    """Certify ``public_key`` with ``ca_key``.

    Options and extensions are written sorted by name; a ``str`` value is packed as a string
    inside the option data (force-command, source-address), ``None`` is a flag.

    Args:
        ca_key: the CA's private key (a plain key: chained certificates do not exist).
        public_key: the key to certify (only its public half is used).
        cert_type: ``CertificateType.USER`` or ``CertificateType.HOST``.
        key_id: the identity sshd logs.
        principals: user or host names; empty means any.
        valid_after: seconds since the epoch or a datetime (naive means UTC); 0 = always.
        valid_before: as ``valid_after``; ``FOREVER`` (2**64-1) = never expires.
        serial: the serial number.
        critical_options: name -> value; default none.
        extensions: name -> value; default ssh-keygen's for user certificates
            (permit-X11-forwarding, permit-agent-forwarding, permit-port-forwarding,
            permit-pty, permit-user-rc) and none for host certificates.
        signature_algorithm: the CA signature algorithm; default ``rsa-sha2-512`` for RSA CAs
            (as ssh-keygen), the key type otherwise.
        nonce: the nonce; default 32 random bytes.
        comment: the comment of the certificate's public line.
    Returns:
        The signed certificate.
    Raises:
        KeyParseError: ``ca_key`` is public only or cannot make ``signature_algorithm``
            signatures.
        ValueError: an out-of-range number, an empty validity interval, too many principals,
            an empty principal, or a NUL character in a text field.
    """
    kind = CertificateType(cert_type)
    names = tuple(principals)
    if len(names) > _MAX_PRINCIPALS:
        raise ValueError(f"at most {_MAX_PRINCIPALS} principals are allowed")
    if any(not name or "\0" in name for name in names) or "\0" in key_id:
        raise ValueError("principals must be non-empty, and no text may hold a NUL")
    after = _check_u64("valid_after", _timestamp(valid_after))
    before = _check_u64("valid_before", _timestamp(valid_before))
    if after >= before:
        raise ValueError("empty validity interval (valid_after >= valid_before)")
    if not ca_key.is_private:
        raise KeyParseError("the CA key must be a private key")
    if extensions is None:
        extensions = dict.fromkeys(DEFAULT_USER_EXTENSIONS) if kind is CertificateType.USER else {}
    body = decode_public_key_blob(public_key.public_blob).key
    assert not isinstance(body, bytes)  # an SSHKey's blob is always of a known type
    unsigned = Certificate(
        key_type=public_key.type + CERT_SUFFIX,
        nonce=os.urandom(_NONCE_LEN) if nonce is None else nonce,
        key=body,
        serial=_check_u64("serial", serial),
        cert_type=kind,
        key_id=key_id,
        valid_principals=encode_certificate_principals(CertificatePrincipals(names)),
        valid_after=after,
        valid_before=before,
        critical_options=encode_options(critical_options or {}),
        extensions=encode_options(extensions),
        reserved=b"",
        signature_key=ca_key.public_blob,
        signature=b"",
    )
    try:
        encoded = encode_certificate(unsigned)
    except EncodeError as exc:
        raise ValueError(f"cannot encode certificate: {exc.reason}") from None
    # PROTOCOL.certkeys: the signature covers every field up to and including the signature
    # key, i.e. everything but the (here empty) trailing signature string.
    signed = encoded[:-_LEN]
    signature = ca_key.sign(signed, signature_algorithm)
    blob = signed + len(signature).to_bytes(_LEN, "big") + signature
    return parse_certificate(blob, comment)
