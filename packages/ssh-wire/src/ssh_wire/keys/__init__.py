"""SSH keys: every format OpenSSH and PuTTY write, signatures, certificates, SSHSIG.

:class:`SSHKey` is the one key type; the format modules parse into it and write from it.

- Parse: :func:`parse_key` / :func:`load_key` (openssh-key-v1, PEM PKCS#1/SEC1/DSA, legacy
  encrypted PEM, PKCS#8, PuTTY PPK v2/v3), :func:`parse_public_key` / :func:`load_public_key`
  (OpenSSH line, certificates, RFC 4716, PEM SubjectPublicKeyInfo, raw blob).
- Write: :func:`export_private_key` (openssh, pkcs8, pem, ppk), :func:`export_public_key`.
- Generate: :func:`generate_key`, :func:`generate_key_pair`.
- Certificates: :class:`SSHCertificate`, :func:`parse_certificate`, :func:`issue_certificate`.
- SSH signatures (``ssh-keygen -Y``): :func:`sshsig_sign`, :func:`sshsig_verify`.

Every failure on bad input is a :class:`KeyParseError` (or its subclasses
:class:`KeyEncryptedError` and :class:`KeyPassphraseError`), a :class:`CertificateError` or an
:class:`SSHSigError`, all rooted in ``ssh_wire.SSHError``.
"""

from __future__ import annotations

from .._errors import KeyEncryptedError, KeyParseError, KeyPassphraseError
from .._generated.keys import CertificateType
from ._cert_issue import issue_certificate
from ._cert_options import DEFAULT_USER_EXTENSIONS, OptionValue
from ._certificate import (
    DEFAULT_CA_SIGNATURE_ALGORITHMS,
    FOREVER,
    CertificateCAError,
    CertificateError,
    CertificateExpiredError,
    CertificateNotYetValidError,
    CertificateOptionError,
    CertificatePrincipalError,
    CertificateSignatureError,
    CertificateTypeError,
    SSHCertificate,
    parse_certificate,
)
from ._export import PRIVATE_FORMATS, PUBLIC_FORMATS, export_private_key, export_public_key
from ._generate import KEY_TYPES, GeneratedKeyPair, generate_key, generate_key_pair
from ._key import SSHKey, public_key_from_blob
from ._openssh import DEFAULT_CIPHER, DEFAULT_ROUNDS, OPENSSH_CIPHERS
from ._parse import load_key, load_public_key, parse_key, parse_public_key
from ._sshsig import (
    SSHSigError,
    SSHSigFormatError,
    SSHSigKeyNotAllowedError,
    SSHSigNamespaceError,
    SSHSigSignatureError,
    sshsig_sign,
    sshsig_verify,
)

__all__ = [
    "DEFAULT_CA_SIGNATURE_ALGORITHMS",
    "DEFAULT_CIPHER",
    "DEFAULT_ROUNDS",
    "DEFAULT_USER_EXTENSIONS",
    "FOREVER",
    "KEY_TYPES",
    "OPENSSH_CIPHERS",
    "PRIVATE_FORMATS",
    "PUBLIC_FORMATS",
    "CertificateCAError",
    "CertificateError",
    "CertificateExpiredError",
    "CertificateNotYetValidError",
    "CertificateOptionError",
    "CertificatePrincipalError",
    "CertificateSignatureError",
    "CertificateType",
    "CertificateTypeError",
    "GeneratedKeyPair",
    "KeyEncryptedError",
    "KeyParseError",
    "KeyPassphraseError",
    "OptionValue",
    "SSHCertificate",
    "SSHKey",
    "SSHSigError",
    "SSHSigFormatError",
    "SSHSigKeyNotAllowedError",
    "SSHSigNamespaceError",
    "SSHSigSignatureError",
    "export_private_key",
    "export_public_key",
    "generate_key",
    "generate_key_pair",
    "issue_certificate",
    "load_key",
    "load_public_key",
    "parse_certificate",
    "parse_key",
    "parse_public_key",
    "public_key_from_blob",
    "sshsig_sign",
    "sshsig_verify",
]
