"""OpenSSH certificates: parsing, signature verification and acceptance checks.

The format is OpenSSH's PROTOCOL.certkeys ("New public key formats"): a
``*-cert-v01@openssh.com`` blob holding the certified key, its usage constraints and a CA
signature over every preceding byte. Issuing lives in :mod:`._cert_issue`.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from .._errors import DecodeError, KeyParseError, SSHError
from ..messages import (
    Certificate,
    CertificateType,
    PublicKeyBlob,
    decode_certificate,
    decode_certificate_principals,
    decode_public_key_blob,
    decode_signature,
    encode_public_key_blob,
)
from ._cert_options import CRITICAL_OPTIONS, decode_options, option_string
from ._key import SSHKey, public_key_from_blob

__all__ = [
    "CERT_SUFFIX",
    "DEFAULT_CA_SIGNATURE_ALGORITHMS",
    "FOREVER",
    "CertificateCAError",
    "CertificateError",
    "CertificateExpiredError",
    "CertificateNotYetValidError",
    "CertificateOptionError",
    "CertificatePrincipalError",
    "CertificateSignatureError",
    "CertificateTypeError",
    "SSHCertificate",
    "parse_certificate",
]

#: The type-name suffix of every certificate key type (PROTOCOL.certkeys).
CERT_SUFFIX = "-cert-v01@openssh.com"
#: ``valid before`` of a certificate that never expires (ssh-keygen's "forever").
FOREVER = 2**64 - 1
#: CA signature algorithms OpenSSH 9 accepts by default (``CASignatureAlgorithms`` in
#: sshd_config(5)/ssh_config(5)): SHA-1 ``ssh-rsa`` and ``ssh-dss`` are not among them.
DEFAULT_CA_SIGNATURE_ALGORITHMS = frozenset(
    {
        "ssh-ed25519",
        "ecdsa-sha2-nistp256",
        "ecdsa-sha2-nistp384",
        "ecdsa-sha2-nistp521",
        "rsa-sha2-512",
        "rsa-sha2-256",
    }
)
# sshkey.h SSHKEY_CERT_MAX_PRINCIPALS: OpenSSH refuses certificates listing more.
_MAX_PRINCIPALS = 256
_LEN = 4


class CertificateError(SSHError):
    """A well-formed certificate is not acceptable (see :meth:`SSHCertificate.check`)."""


class CertificateSignatureError(CertificateError):
    """The CA signature does not verify, or uses an algorithm that is not accepted."""


class CertificateCAError(CertificateError):
    """The certificate was signed by a CA key that is not trusted."""


class CertificateTypeError(CertificateError):
    """A user certificate was offered where a host certificate is needed, or vice versa."""


class CertificateExpiredError(CertificateError):
    """The current time is at or after the certificate's ``valid before``."""


class CertificateNotYetValidError(CertificateError):
    """The current time is before the certificate's ``valid after``."""


class CertificatePrincipalError(CertificateError):
    """The principal is not listed in the certificate (or it lists none and one is required)."""


class CertificateOptionError(CertificateError):
    """The certificate holds a critical option this implementation does not know."""


def _timestamp(when: int | float | datetime) -> int:
    """Seconds since the epoch; a naive datetime is taken as UTC."""
    if isinstance(when, datetime):
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return int(when.timestamp())
    return int(when)


def _datetime(value: int) -> datetime:
    try:
        return datetime.fromtimestamp(value, UTC)
    except (OverflowError, OSError, ValueError):
        return datetime.max.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True, eq=False)
class SSHCertificate:
    """An OpenSSH certificate (PROTOCOL.certkeys), immutable.

    Build one with :func:`parse_certificate` or :func:`issue_certificate`; the fields then
    agree with :attr:`blob`, which is what gets signed, sent and stored.

    Attributes:
        blob: the certificate as sent on the wire and stored (base64) in ``*-cert.pub``.
        type: the certificate key type, e.g. ``ssh-ed25519-cert-v01@openssh.com``.
        key: the certified public key.
        nonce: the CA's random nonce.
        serial: the CA-assigned serial number (0 when unnumbered).
        cert_type: user or host.
        key_id: the free-form identity logged by the server.
        principals: user or host names it is valid for; empty means any.
        valid_after: start of validity, seconds since the epoch (0: always).
        valid_before: end of validity, exclusive (``FOREVER``: never).
        critical_options: name -> raw option data, as in the blob.
        extensions: name -> raw extension data, as in the blob.
        reserved: the reserved field (ignored).
        signature_key: the CA's public key.
        signature: the CA's signature blob.
        comment: the comment of the ``*-cert.pub`` line (not signed).
    """

    blob: bytes
    type: str
    key: SSHKey
    nonce: bytes
    serial: int
    cert_type: CertificateType
    key_id: str
    principals: tuple[str, ...]
    valid_after: int
    valid_before: int
    critical_options: Mapping[str, bytes]
    extensions: Mapping[str, bytes]
    reserved: bytes
    signature_key: SSHKey
    signature: bytes
    comment: str = ""

    # -- identity -----------------------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SSHCertificate) and self.blob == other.blob

    def __hash__(self) -> int:
        return hash(self.blob)

    def __repr__(self) -> str:
        kind = self.cert_type.name.lower()
        return f"<SSHCertificate {self.type} {kind} {self.key_id!r} serial={self.serial}>"

    def fingerprint(self, hash_name: str = "sha256") -> str:
        """Returns the certified key's fingerprint, as ``ssh-keygen -l`` prints for a cert.

        Raises:
            ValueError: ``hash_name`` is neither ``sha256`` nor ``md5``.
        """
        return self.key.fingerprint(hash_name)

    def openssh_public_line(self) -> str:
        """Returns the ``*-cert.pub`` line (``type base64 comment``)."""
        line = f"{self.type} {base64.b64encode(self.blob).decode()}"
        return f"{line} {self.comment}" if self.comment else line

    # -- validity period ----------------------------------------------------------------

    @property
    def valid_after_datetime(self) -> datetime | None:
        """``valid_after`` as an aware UTC datetime; None when 0 (valid since always)."""
        return None if self.valid_after == 0 else _datetime(self.valid_after)

    @property
    def valid_before_datetime(self) -> datetime | None:
        """``valid_before`` as an aware UTC datetime; None when ``FOREVER``.

        Times past ``datetime.max`` are clamped to it.
        """
        return None if self.valid_before == FOREVER else _datetime(self.valid_before)

    # -- options, decoded -----------------------------------------------------------------

    @property
    def force_command(self) -> str | None:
        """The ``force-command`` critical option, or None."""
        data = self.critical_options.get("force-command")
        return None if data is None else option_string("force-command", data)

    @property
    def source_address(self) -> tuple[str, ...] | None:
        """The ``source-address`` critical option split at commas (CIDR blocks), or None."""
        data = self.critical_options.get("source-address")
        if data is None:
            return None
        return tuple(part.strip() for part in option_string("source-address", data).split(","))

    @property
    def verify_required(self) -> bool:
        """True when the ``verify-required`` critical option is present (FIDO keys)."""
        return "verify-required" in self.critical_options

    @property
    def permit_x11_forwarding(self) -> bool:
        """True when the ``permit-X11-forwarding`` extension is present."""
        return "permit-X11-forwarding" in self.extensions

    @property
    def permit_agent_forwarding(self) -> bool:
        """True when the ``permit-agent-forwarding`` extension is present."""
        return "permit-agent-forwarding" in self.extensions

    @property
    def permit_port_forwarding(self) -> bool:
        """True when the ``permit-port-forwarding`` extension is present."""
        return "permit-port-forwarding" in self.extensions

    @property
    def permit_pty(self) -> bool:
        """True when the ``permit-pty`` extension is present."""
        return "permit-pty" in self.extensions

    @property
    def permit_user_rc(self) -> bool:
        """True when the ``permit-user-rc`` extension is present."""
        return "permit-user-rc" in self.extensions

    @property
    def no_touch_required(self) -> bool:
        """True when the ``no-touch-required`` extension is present (FIDO keys)."""
        return "no-touch-required" in self.extensions

    # -- signature ----------------------------------------------------------------------

    @property
    def signed_data(self) -> bytes:
        """The bytes the CA signed: the blob up to and including the signature key."""
        return self.blob[: len(self.blob) - _LEN - len(self.signature)]

    @property
    def signature_algorithm(self) -> str:
        """The CA signature's algorithm name (e.g. ``rsa-sha2-512``)."""
        return decode_signature(self.signature).algorithm

    def verify_signature(self) -> bool:
        """Check the CA signature (PROTOCOL.certkeys: over all fields up to the signature).

        The CA key and signature are taken from :attr:`blob` itself and must agree with
        :attr:`signature_key` and :attr:`signature`.

        Returns:
            True when the signature is valid and the CA key is a plain key (chained
            certificates are not supported); False otherwise. Never raises.
        """
        try:
            parsed = decode_certificate(self.blob)
            if decode_public_key_blob(parsed.signature_key).key_type.endswith(CERT_SUFFIX):
                return False
            ca_key = public_key_from_blob(parsed.signature_key)
        except (DecodeError, KeyParseError):
            return False
        if not ca_key.equals(self.signature_key) or parsed.signature != self.signature:
            return False
        return self.signature_key.verify(self.signed_data, self.signature)

    # -- acceptance -----------------------------------------------------------------------

    def check(
        self,
        principal: str | None = None,
        now: int | float | datetime | None = None,
        cert_type: CertificateType | None = None,
        ca_keys: Iterable[SSHKey] | None = None,
        *,
        require_principals: bool = False,
        ca_signature_algorithms: Collection[str] = DEFAULT_CA_SIGNATURE_ALGORITHMS,
    ) -> None:
        """Decide whether to accept the certificate, as sshd and ssh do.

        Args:
            principal: the user or host name it must be valid for; None skips the check.
            now: the time to check against (default: the current time); a naive datetime
                is taken as UTC.
            cert_type: the certificate type required; None accepts either.
            ca_keys: the trusted CA keys; None skips the trust check (the caller must then
                compare :attr:`signature_key` itself).
            require_principals: refuse a certificate listing no principal (sshd does for
                user certificates) instead of reading the empty list as "any".
            ca_signature_algorithms: the accepted CA signature algorithms.
        Returns:
            None: the certificate is acceptable.
        Raises:
            CertificateSignatureError: bad signature, certificate CA, or refused algorithm.
            CertificateCAError: the CA key is not in ``ca_keys``.
            CertificateTypeError: not of ``cert_type``.
            CertificateNotYetValidError: ``now`` is before ``valid_after``.
            CertificateExpiredError: ``now`` is at or after ``valid_before``.
            CertificatePrincipalError: ``principal`` is not listed.
            CertificateOptionError: an unknown critical option is present.
        """
        algorithm = self.signature_algorithm
        if algorithm not in ca_signature_algorithms:
            raise CertificateSignatureError(f"CA signature algorithm {algorithm} not accepted")
        if not self.verify_signature():
            raise CertificateSignatureError("certificate signature does not verify")
        if ca_keys is not None and not any(self.signature_key.equals(k) for k in ca_keys):
            raise CertificateCAError(
                f"certificate signed by untrusted CA {self.signature_key.fingerprint()}"
            )
        if cert_type is not None and self.cert_type != cert_type:
            raise CertificateTypeError(
                f"not a {CertificateType(cert_type).name.lower()} certificate"
            )
        # PROTOCOL.certkeys: valid if "valid after <= current time < valid before".
        moment = _timestamp(time.time() if now is None else now)
        if moment < self.valid_after:
            raise CertificateNotYetValidError("certificate is not yet valid")
        if moment >= self.valid_before:
            raise CertificateExpiredError("certificate has expired")
        if not self.principals:
            if require_principals:
                raise CertificatePrincipalError("certificate lacks a principal list")
        elif principal is not None and principal not in self.principals:
            raise CertificatePrincipalError(f"{principal!r} is not a listed principal")
        # PROTOCOL.certkeys "Critical options": refuse any option not recognised.
        unknown = sorted(set(self.critical_options) - CRITICAL_OPTIONS)
        if unknown:
            raise CertificateOptionError(f"unsupported critical option {unknown[0]!r}")


def _plain_type(cert: Certificate) -> str:
    """The certified key's own type name (PROTOCOL.certkeys, PROTOCOL.u2f for sk-*)."""
    base = cert.key_type.removesuffix(CERT_SUFFIX)
    # sk-* certificates decode but have no SSHKey form; public_key_from_blob refuses them.
    return base + "@openssh.com" if base.startswith("sk-") else base


def parse_certificate(blob: bytes | bytearray | memoryview, comment: str = "") -> SSHCertificate:
    """Parse a certificate blob (PROTOCOL.certkeys "New public key formats").

    Does not verify the CA signature: see :meth:`SSHCertificate.verify_signature` and
    :meth:`SSHCertificate.check`.

    Returns:
        The certificate.
    Raises:
        KeyParseError: malformed blob, unsupported key type, unknown certificate type, too
            many principals, repeated or malformed options, or a CA key that is itself a
            certificate or cannot be parsed.
    """
    raw = bytes(blob)
    try:
        cert = decode_certificate(raw)
    except DecodeError as exc:
        raise KeyParseError(f"corrupt certificate: {exc.reason}") from None
    if cert.cert_type not in (CertificateType.USER, CertificateType.HOST):
        raise KeyParseError(f"unknown certificate type {cert.cert_type}")
    key = public_key_from_blob(encode_public_key_blob(PublicKeyBlob(_plain_type(cert), cert.key)))
    try:
        principals = decode_certificate_principals(cert.valid_principals).principals
    except DecodeError as exc:
        raise KeyParseError(f"corrupt certificate principals: {exc.reason}") from None
    if len(principals) > _MAX_PRINCIPALS:
        raise KeyParseError(f"certificate lists more than {_MAX_PRINCIPALS} principals")
    if any("\0" in text for text in (cert.key_id, *principals)):
        raise KeyParseError("certificate key id or principal holds a NUL byte")
    try:
        ca_type = decode_public_key_blob(cert.signature_key).key_type
    except DecodeError as exc:
        raise KeyParseError(f"corrupt certificate CA key: {exc.reason}") from None
    if ca_type.endswith(CERT_SUFFIX):
        # PROTOCOL.certkeys: "Chained" certificates ... are NOT supported.
        raise KeyParseError("certificate signed by a certificate (chained) is not supported")
    ca_key = public_key_from_blob(cert.signature_key)
    try:
        decode_signature(cert.signature)
    except DecodeError as exc:
        raise KeyParseError(f"corrupt certificate signature: {exc.reason}") from None
    return SSHCertificate(
        blob=raw,
        type=cert.key_type,
        key=key,
        nonce=cert.nonce,
        serial=cert.serial,
        cert_type=CertificateType(cert.cert_type),
        key_id=cert.key_id,
        principals=principals,
        valid_after=cert.valid_after,
        valid_before=cert.valid_before,
        critical_options=decode_options(cert.critical_options, "critical options"),
        extensions=decode_options(cert.extensions, "extensions"),
        reserved=cert.reserved,
        signature_key=ca_key,
        signature=cert.signature,
        comment=comment,
    )
