# GENERATED from specs/keys.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH key, signature and certificate blobs: RFC 4253 §6.6, RFC 5656 §3.1, RFC 8709, OpenSSH PROTOCOL.certkeys / PROTOCOL.u2f / PROTOCOL.key / PROTOCOL.sshsig

Fast codec: slotted dataclasses and struct-based decoders/encoders.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from enum import IntEnum
from typing import ClassVar

from .._errors import (
    DecodeError,
    EncodeError,
)
from .._primitives import decode_mpint as _mpint
from .._primitives import decode_name as _name
from .._primitives import encode_mpint as _enc_mpint
from .._primitives import encode_name as _enc_name
from .._runtime import Decoder as _Decoder
from .._runtime import Encoder as _Encoder
from .._runtime import utf8 as _utf8

__all__ = [
    "BcryptKdfOptions",
    "Certificate",
    "CertificateOption",
    "CertificateOptions",
    "CertificatePrincipals",
    "CertificateType",
    "DssCertPrivateKey",
    "DssPrivateKey",
    "DssPublicKey",
    "EcdsaCertPrivateKey",
    "EcdsaPrivateKey",
    "EcdsaPublicKey",
    "EcdsaSignature",
    "EcdsaSignatureValues",
    "Ed25519CertPrivateKey",
    "Ed25519PrivateKey",
    "Ed25519PublicKey",
    "OpenSSHPrivateKeyEntry",
    "OpenSSHPrivateKeyFile",
    "OpenSSHPrivateSection",
    "PublicKeyBlob",
    "RawSignature",
    "RsaCertPrivateKey",
    "RsaPrivateKey",
    "RsaPublicKey",
    "Signature",
    "SkEcdsaCertPrivateKey",
    "SkEcdsaPrivateKey",
    "SkEcdsaPublicKey",
    "SkEcdsaSignature",
    "SkEd25519CertPrivateKey",
    "SkEd25519PrivateKey",
    "SkEd25519PublicKey",
    "SkEd25519Signature",
    "SshSignatureBlob",
    "SshSignedData",
    "WebAuthnSkEcdsaSignature",
    "decode_bcrypt_kdf_options",
    "decode_bcrypt_kdf_options_from",
    "decode_certificate",
    "decode_certificate_from",
    "decode_certificate_option",
    "decode_certificate_option_from",
    "decode_certificate_options",
    "decode_certificate_options_from",
    "decode_certificate_principals",
    "decode_certificate_principals_from",
    "decode_dss_cert_private_key",
    "decode_dss_cert_private_key_from",
    "decode_dss_private_key",
    "decode_dss_private_key_from",
    "decode_dss_public_key",
    "decode_dss_public_key_from",
    "decode_ecdsa_cert_private_key",
    "decode_ecdsa_cert_private_key_from",
    "decode_ecdsa_private_key",
    "decode_ecdsa_private_key_from",
    "decode_ecdsa_public_key",
    "decode_ecdsa_public_key_from",
    "decode_ecdsa_signature",
    "decode_ecdsa_signature_from",
    "decode_ecdsa_signature_values",
    "decode_ecdsa_signature_values_from",
    "decode_ed25519_cert_private_key",
    "decode_ed25519_cert_private_key_from",
    "decode_ed25519_private_key",
    "decode_ed25519_private_key_from",
    "decode_ed25519_public_key",
    "decode_ed25519_public_key_from",
    "decode_open_ssh_private_key_entry",
    "decode_open_ssh_private_key_entry_from",
    "decode_open_ssh_private_key_file",
    "decode_open_ssh_private_key_file_from",
    "decode_open_ssh_private_section",
    "decode_open_ssh_private_section_from",
    "decode_public_key_blob",
    "decode_public_key_blob_from",
    "decode_raw_signature",
    "decode_raw_signature_from",
    "decode_rsa_cert_private_key",
    "decode_rsa_cert_private_key_from",
    "decode_rsa_private_key",
    "decode_rsa_private_key_from",
    "decode_rsa_public_key",
    "decode_rsa_public_key_from",
    "decode_signature",
    "decode_signature_from",
    "decode_sk_ecdsa_cert_private_key",
    "decode_sk_ecdsa_cert_private_key_from",
    "decode_sk_ecdsa_private_key",
    "decode_sk_ecdsa_private_key_from",
    "decode_sk_ecdsa_public_key",
    "decode_sk_ecdsa_public_key_from",
    "decode_sk_ecdsa_signature",
    "decode_sk_ecdsa_signature_from",
    "decode_sk_ed25519_cert_private_key",
    "decode_sk_ed25519_cert_private_key_from",
    "decode_sk_ed25519_private_key",
    "decode_sk_ed25519_private_key_from",
    "decode_sk_ed25519_public_key",
    "decode_sk_ed25519_public_key_from",
    "decode_sk_ed25519_signature",
    "decode_sk_ed25519_signature_from",
    "decode_ssh_signature_blob",
    "decode_ssh_signature_blob_from",
    "decode_ssh_signed_data",
    "decode_ssh_signed_data_from",
    "decode_web_authn_sk_ecdsa_signature",
    "decode_web_authn_sk_ecdsa_signature_from",
    "encode_bcrypt_kdf_options",
    "encode_certificate",
    "encode_certificate_option",
    "encode_certificate_options",
    "encode_certificate_principals",
    "encode_dss_cert_private_key",
    "encode_dss_private_key",
    "encode_dss_public_key",
    "encode_ecdsa_cert_private_key",
    "encode_ecdsa_private_key",
    "encode_ecdsa_public_key",
    "encode_ecdsa_signature",
    "encode_ecdsa_signature_values",
    "encode_ed25519_cert_private_key",
    "encode_ed25519_private_key",
    "encode_ed25519_public_key",
    "encode_open_ssh_private_key_entry",
    "encode_open_ssh_private_key_file",
    "encode_open_ssh_private_section",
    "encode_public_key_blob",
    "encode_raw_signature",
    "encode_rsa_cert_private_key",
    "encode_rsa_private_key",
    "encode_rsa_public_key",
    "encode_signature",
    "encode_sk_ecdsa_cert_private_key",
    "encode_sk_ecdsa_private_key",
    "encode_sk_ecdsa_public_key",
    "encode_sk_ecdsa_signature",
    "encode_sk_ed25519_cert_private_key",
    "encode_sk_ed25519_private_key",
    "encode_sk_ed25519_public_key",
    "encode_sk_ed25519_signature",
    "encode_ssh_signature_blob",
    "encode_ssh_signed_data",
    "encode_web_authn_sk_ecdsa_signature",
]


class CertificateType(IntEnum):
    """OpenSSH PROTOCOL.certkeys: SSH_CERT_TYPE_* values of a certificate's type field"""

    USER = 1
    HOST = 2


@dataclass(slots=True)
class PublicKeyBlob:
    """A public key blob (RFC 4253 §6.6): key type name, then type-specific fields. Certificates (*-cert-v01@openssh.com) and unknown types decode as raw bytes; see Certificate
    """

    NAME: ClassVar[str] = "PublicKeyBlob"

    key_type: str
    key: Ed25519PublicKey | RsaPublicKey | DssPublicKey | EcdsaPublicKey | SkEcdsaPublicKey | SkEd25519PublicKey | bytes


@dataclass(slots=True)
class Ed25519PublicKey:
    """RFC 8709 §4: the 32-byte Ed25519 public key
    """

    NAME: ClassVar[str] = "Ed25519PublicKey"

    public_key: bytes


@dataclass(slots=True)
class RsaPublicKey:
    """RFC 4253 §6.6 ssh-rsa: public exponent e, then modulus n
    """

    NAME: ClassVar[str] = "RsaPublicKey"

    e: int
    n: int


@dataclass(slots=True)
class DssPublicKey:
    """RFC 4253 §6.6 ssh-dss: DSA parameters p, q, g and public key y
    """

    NAME: ClassVar[str] = "DssPublicKey"

    p: int
    q: int
    g: int
    y: int


@dataclass(slots=True)
class EcdsaPublicKey:
    """RFC 5656 §3.1: curve identifier (nistp256/384/521) and the encoded point Q
    """

    NAME: ClassVar[str] = "EcdsaPublicKey"

    curve: str
    q: bytes


@dataclass(slots=True)
class SkEcdsaPublicKey:
    """OpenSSH PROTOCOL.u2f sk-ecdsa-sha2-nistp256@openssh.com: curve, point Q, FIDO application
    """

    NAME: ClassVar[str] = "SkEcdsaPublicKey"

    curve: str
    q: bytes
    application: str


@dataclass(slots=True)
class SkEd25519PublicKey:
    """OpenSSH PROTOCOL.u2f sk-ssh-ed25519@openssh.com: Ed25519 public key, FIDO application
    """

    NAME: ClassVar[str] = "SkEd25519PublicKey"

    public_key: bytes
    application: str


@dataclass(slots=True)
class Certificate:
    """OpenSSH PROTOCOL.certkeys (and PROTOCOL.u2f for the sk-* types): a *-cert-v01@openssh.com public key. The signature covers every preceding byte, so keep the original blob for verification

    Attributes:
        valid_principals: packed principals; decode with CertificatePrincipals (empty means any principal)
        critical_options: packed options; decode with CertificateOptions
        extensions: packed extensions; decode with CertificateOptions
        signature_key: the CA public key blob (PublicKeyBlob)
        signature: the CA signature blob (Signature)
    """

    NAME: ClassVar[str] = "Certificate"

    key_type: str
    nonce: bytes
    key: Ed25519PublicKey | RsaPublicKey | DssPublicKey | EcdsaPublicKey | SkEcdsaPublicKey | SkEd25519PublicKey
    serial: int
    cert_type: int
    key_id: str
    valid_principals: bytes
    valid_after: int
    valid_before: int
    critical_options: bytes
    extensions: bytes
    reserved: bytes
    signature_key: bytes
    signature: bytes


@dataclass(slots=True)
class CertificatePrincipals:
    """OpenSSH PROTOCOL.certkeys: content of 'valid principals', zero or more packed strings
    """

    NAME: ClassVar[str] = "CertificatePrincipals"

    principals: tuple[str, ...]


@dataclass(slots=True)
class CertificateOptions:
    """OpenSSH PROTOCOL.certkeys: content of 'critical options' or 'extensions', a sequence of name/data tuples
    """

    NAME: ClassVar[str] = "CertificateOptions"

    options: tuple[CertificateOption, ...]


@dataclass(slots=True)
class CertificateOption:
    """OpenSSH PROTOCOL.certkeys: one option; data is option-specific (a packed string for force-command / source-address, empty for flag extensions)
    """

    NAME: ClassVar[str] = "CertificateOption"

    name: str
    data: bytes


@dataclass(slots=True)
class Signature:
    """A signature blob (RFC 4253 §6.6): signature algorithm name, then algorithm-specific fields
    """

    NAME: ClassVar[str] = "Signature"

    algorithm: str
    body: RawSignature | EcdsaSignature | SkEcdsaSignature | WebAuthnSkEcdsaSignature | SkEd25519Signature | bytes


@dataclass(slots=True)
class RawSignature:
    """RFC 4253 §6.6 (ssh-rsa, ssh-dss), RFC 8332 §3 (rsa-sha2-*), RFC 8709 §6 (ssh-ed25519): one opaque signature blob
    """

    NAME: ClassVar[str] = "RawSignature"

    signature: bytes


@dataclass(slots=True)
class EcdsaSignature:
    """RFC 5656 §3.1.2: the signature blob holds r and s
    """

    NAME: ClassVar[str] = "EcdsaSignature"

    signature: EcdsaSignatureValues


@dataclass(slots=True)
class EcdsaSignatureValues:
    """RFC 5656 §3.1.2: ecdsa_signature_blob
    """

    NAME: ClassVar[str] = "EcdsaSignatureValues"

    r: int
    s: int


@dataclass(slots=True)
class SkEcdsaSignature:
    """OpenSSH PROTOCOL.u2f: ECDSA r/s, then the authenticator flags and counter
    """

    NAME: ClassVar[str] = "SkEcdsaSignature"

    signature: EcdsaSignatureValues
    flags: int
    counter: int


@dataclass(slots=True)
class WebAuthnSkEcdsaSignature:
    """OpenSSH PROTOCOL.u2f webauthn-sk-ecdsa-sha2-nistp256@openssh.com: as SkEcdsaSignature plus the WebAuthn origin, clientData and extensions
    """

    NAME: ClassVar[str] = "WebAuthnSkEcdsaSignature"

    signature: EcdsaSignatureValues
    flags: int
    counter: int
    origin: str
    client_data: bytes
    extensions: bytes


@dataclass(slots=True)
class SkEd25519Signature:
    """OpenSSH PROTOCOL.u2f: Ed25519 signature, then the authenticator flags and counter
    """

    NAME: ClassVar[str] = "SkEd25519Signature"

    signature: bytes
    flags: int
    counter: int


@dataclass(slots=True)
class OpenSSHPrivateKeyFile:
    """OpenSSH PROTOCOL.key §1: the base64-decoded body of an 'OPENSSH PRIVATE KEY' file

    Attributes:
        kdf_options: empty for kdf 'none'; BcryptKdfOptions for 'bcrypt'
        public_keys: public key blobs (PublicKeyBlob)
        encrypted_section: OpenSSHPrivateSection, encrypted with cipher_name unless it is 'none'
    """

    NAME: ClassVar[str] = "OpenSSHPrivateKeyFile"

    cipher_name: str
    kdf_name: str
    kdf_options: bytes
    public_keys: tuple[bytes, ...]
    encrypted_section: bytes = field(repr=False)


@dataclass(slots=True)
class BcryptKdfOptions:
    """OpenSSH PROTOCOL.key §2: options of the 'bcrypt' KDF
    """

    NAME: ClassVar[str] = "BcryptKdfOptions"

    salt: bytes
    rounds: int


@dataclass(slots=True)
class OpenSSHPrivateSection:
    """OpenSSH PROTOCOL.key §3: the decrypted private section; keys_and_padding holds N OpenSSHPrivateKeyEntry then padding bytes 1, 2, 3, ...
    """

    NAME: ClassVar[str] = "OpenSSHPrivateSection"

    check1: int
    check2: int
    keys_and_padding: bytes = field(repr=False)


@dataclass(slots=True)
class OpenSSHPrivateKeyEntry:
    """OpenSSH PROTOCOL.key §3: one private key (sshkey_private_serialize encoding, as in the agent protocol) and its comment
    """

    NAME: ClassVar[str] = "OpenSSHPrivateKeyEntry"

    key_type: str
    key: Ed25519PrivateKey | RsaPrivateKey | DssPrivateKey | EcdsaPrivateKey | SkEcdsaPrivateKey | SkEd25519PrivateKey | Ed25519CertPrivateKey | RsaCertPrivateKey | DssCertPrivateKey | EcdsaCertPrivateKey | SkEcdsaCertPrivateKey | SkEd25519CertPrivateKey
    comment: str


@dataclass(slots=True)
class Ed25519PrivateKey:
    """draft-miller-ssh-agent §4.2.3 / OpenSSH ssh_ed25519_serialize_private: public key, then the 64-byte seed || public key
    """

    NAME: ClassVar[str] = "Ed25519PrivateKey"

    public_key: bytes
    private_key: bytes = field(repr=False)


@dataclass(slots=True)
class RsaPrivateKey:
    """draft-miller-ssh-agent §4.2.4 / OpenSSH ssh_rsa_serialize_private: n, e (note the order), d, iqmp, p, q
    """

    NAME: ClassVar[str] = "RsaPrivateKey"

    n: int
    e: int
    d: int = field(repr=False)
    iqmp: int = field(repr=False)
    p: int = field(repr=False)
    q: int = field(repr=False)


@dataclass(slots=True)
class DssPrivateKey:
    """draft-miller-ssh-agent §4.2.1 / OpenSSH ssh_dss_serialize_private: p, q, g, y, x
    """

    NAME: ClassVar[str] = "DssPrivateKey"

    p: int
    q: int
    g: int
    y: int
    x: int = field(repr=False)


@dataclass(slots=True)
class EcdsaPrivateKey:
    """draft-miller-ssh-agent §4.2.2 / OpenSSH ssh_ecdsa_serialize_private: curve, point Q, private scalar d
    """

    NAME: ClassVar[str] = "EcdsaPrivateKey"

    curve: str
    q: bytes
    d: int = field(repr=False)


@dataclass(slots=True)
class SkEcdsaPrivateKey:
    """OpenSSH PROTOCOL.u2f / ssh_ecdsa_sk_serialize_private: curve, Q, application, flags, key handle, reserved
    """

    NAME: ClassVar[str] = "SkEcdsaPrivateKey"

    curve: str
    q: bytes
    application: str
    flags: int
    key_handle: bytes = field(repr=False)
    reserved: bytes


@dataclass(slots=True)
class SkEd25519PrivateKey:
    """OpenSSH PROTOCOL.u2f / ssh_ed25519_sk_serialize_private: public key, application, flags, key handle, reserved
    """

    NAME: ClassVar[str] = "SkEd25519PrivateKey"

    public_key: bytes
    application: str
    flags: int
    key_handle: bytes = field(repr=False)
    reserved: bytes


@dataclass(slots=True)
class Ed25519CertPrivateKey:
    """OpenSSH sshkey_private_serialize for ssh-ed25519-cert-v01@openssh.com: certificate, public key, seed || public key

    Attributes:
        certificate: the certificate blob (Certificate)
    """

    NAME: ClassVar[str] = "Ed25519CertPrivateKey"

    certificate: bytes
    public_key: bytes
    private_key: bytes = field(repr=False)


@dataclass(slots=True)
class RsaCertPrivateKey:
    """OpenSSH sshkey_private_serialize for ssh-rsa-cert-v01@openssh.com: certificate, d, iqmp, p, q

    Attributes:
        certificate: the certificate blob (Certificate)
    """

    NAME: ClassVar[str] = "RsaCertPrivateKey"

    certificate: bytes
    d: int = field(repr=False)
    iqmp: int = field(repr=False)
    p: int = field(repr=False)
    q: int = field(repr=False)


@dataclass(slots=True)
class DssCertPrivateKey:
    """OpenSSH sshkey_private_serialize for ssh-dss-cert-v01@openssh.com: certificate, x

    Attributes:
        certificate: the certificate blob (Certificate)
    """

    NAME: ClassVar[str] = "DssCertPrivateKey"

    certificate: bytes
    x: int = field(repr=False)


@dataclass(slots=True)
class EcdsaCertPrivateKey:
    """OpenSSH sshkey_private_serialize for ecdsa-sha2-nistp*-cert-v01@openssh.com: certificate, d

    Attributes:
        certificate: the certificate blob (Certificate)
    """

    NAME: ClassVar[str] = "EcdsaCertPrivateKey"

    certificate: bytes
    d: int = field(repr=False)


@dataclass(slots=True)
class SkEcdsaCertPrivateKey:
    """OpenSSH sshkey_private_serialize for sk-ecdsa-sha2-nistp256-cert-v01@openssh.com: certificate, application, flags, key handle, reserved

    Attributes:
        certificate: the certificate blob (Certificate)
    """

    NAME: ClassVar[str] = "SkEcdsaCertPrivateKey"

    certificate: bytes
    application: str
    flags: int
    key_handle: bytes = field(repr=False)
    reserved: bytes


@dataclass(slots=True)
class SkEd25519CertPrivateKey:
    """OpenSSH sshkey_private_serialize for sk-ssh-ed25519-cert-v01@openssh.com: certificate, public key, application, flags, key handle, reserved

    Attributes:
        certificate: the certificate blob (Certificate)
    """

    NAME: ClassVar[str] = "SkEd25519CertPrivateKey"

    certificate: bytes
    public_key: bytes
    application: str
    flags: int
    key_handle: bytes = field(repr=False)
    reserved: bytes


@dataclass(slots=True)
class SshSignatureBlob:
    """OpenSSH PROTOCOL.sshsig §2: the base64-decoded body of an 'SSH SIGNATURE' block

    Attributes:
        version: SIG_VERSION, currently 1; reject greater versions
        public_key: the signer's public key blob (PublicKeyBlob)
        hash_algorithm: sha256 or sha512
        signature: a signature blob (Signature) over SshSignedData
    """

    NAME: ClassVar[str] = "SshSignatureBlob"

    version: int
    public_key: bytes
    namespace: str
    reserved: bytes
    hash_algorithm: str
    signature: bytes


@dataclass(slots=True)
class SshSignedData:
    """OpenSSH PROTOCOL.sshsig §3: the data passed to the signing function

    Attributes:
        hash: H(message) with hash_algorithm
    """

    NAME: ClassVar[str] = "SshSignedData"

    namespace: str
    reserved: bytes
    hash_algorithm: str
    hash: bytes


_S_BI = struct.Struct(">BI")
_S_BII = struct.Struct(">BII")
_S_I = struct.Struct(">I")
_S_II = struct.Struct(">II")
_S_QII = struct.Struct(">QII")
_S_QQI = struct.Struct(">QQI")


def decode_public_key_blob(buf: bytes | memoryview) -> PublicKeyBlob:
    """Decode a complete PublicKeyBlob from ``buf``.

    Returns:
        The decoded PublicKeyBlob; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('PublicKeyBlob', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('PublicKeyBlob', pos, 'string runs past the end of the data')
    f_key_type = _name(buf[pos:e2], 'PublicKeyBlob', pos)
    pos = e2
    dec3 = _SWD_PublicKeyBlob_key.get(f_key_type)
    if dec3 is None:
        f_key = bytes(buf[pos:end])
        pos = end
    else:
        f_key, pos = dec3(buf, pos, end)
    if pos != end:
        raise DecodeError('PublicKeyBlob', pos, 'trailing bytes')
    return PublicKeyBlob(f_key_type, f_key)


def _d_PublicKeyBlob(buf: bytes | memoryview, pos: int, end: int) -> tuple[PublicKeyBlob, int]:
    if end - pos < 4:
        raise DecodeError('PublicKeyBlob', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('PublicKeyBlob', pos, 'string runs past the end of the data')
    f_key_type = _name(buf[pos:e2], 'PublicKeyBlob', pos)
    pos = e2
    dec3 = _SWD_PublicKeyBlob_key.get(f_key_type)
    if dec3 is None:
        f_key = bytes(buf[pos:end])
        pos = end
    else:
        f_key, pos = dec3(buf, pos, end)
    return PublicKeyBlob(f_key_type, f_key), pos


def decode_public_key_blob_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[PublicKeyBlob, int]:
    """Decode one PublicKeyBlob at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('PublicKeyBlob', pos, 'position outside the buffer')
    return _d_PublicKeyBlob(buf, pos, end)


def encode_public_key_blob(obj: PublicKeyBlob) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = _enc_name(obj.key_type, 'PublicKeyBlob')
        parts += (_S_I.pack(len(v1)), v1,)
        v2 = obj.key
        case3 = _SWE_PublicKeyBlob_key.get(obj.key_type)
        if case3 is None:
            if not isinstance(v2, bytes | bytearray | memoryview):
                raise EncodeError('PublicKeyBlob', 'key must be bytes for an unknown key_type')
            parts.append(v2)
        elif case3[0] is None:
            if v2 is not None:
                raise EncodeError('PublicKeyBlob', 'key must be None for this key_type')
        elif type(v2) is not case3[0]:
            raise EncodeError('PublicKeyBlob', 'key must be ' + case3[0].__name__ + ' for key_type ' + repr(obj.key_type))
        else:
            case3[1](v2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('PublicKeyBlob', str(exc)) from None


def _e_PublicKeyBlob(obj: PublicKeyBlob, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.key_type, 'PublicKeyBlob')
    parts += (_S_I.pack(len(v1)), v1,)
    v2 = obj.key
    case3 = _SWE_PublicKeyBlob_key.get(obj.key_type)
    if case3 is None:
        if not isinstance(v2, bytes | bytearray | memoryview):
            raise EncodeError('PublicKeyBlob', 'key must be bytes for an unknown key_type')
        parts.append(v2)
    elif case3[0] is None:
        if v2 is not None:
            raise EncodeError('PublicKeyBlob', 'key must be None for this key_type')
    elif type(v2) is not case3[0]:
        raise EncodeError('PublicKeyBlob', 'key must be ' + case3[0].__name__ + ' for key_type ' + repr(obj.key_type))
    else:
        case3[1](v2, parts)


def decode_ed25519_public_key(buf: bytes | memoryview) -> Ed25519PublicKey:
    """Decode a complete Ed25519PublicKey from ``buf``.

    Returns:
        The decoded Ed25519PublicKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('Ed25519PublicKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Ed25519PublicKey', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('Ed25519PublicKey', pos, 'trailing bytes')
    return Ed25519PublicKey(f_public_key)


def _d_Ed25519PublicKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[Ed25519PublicKey, int]:
    if end - pos < 4:
        raise DecodeError('Ed25519PublicKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Ed25519PublicKey', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e2])
    pos = e2
    return Ed25519PublicKey(f_public_key), pos


def decode_ed25519_public_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[Ed25519PublicKey, int]:
    """Decode one Ed25519PublicKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('Ed25519PublicKey', pos, 'position outside the buffer')
    return _d_Ed25519PublicKey(buf, pos, end)


def encode_ed25519_public_key(obj: Ed25519PublicKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.public_key
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('Ed25519PublicKey', str(exc)) from None


def _e_Ed25519PublicKey(obj: Ed25519PublicKey, parts: list[bytes | memoryview]) -> None:
    v1 = obj.public_key
    parts += (_S_I.pack(len(v1)), v1,)


def decode_rsa_public_key(buf: bytes | memoryview) -> RsaPublicKey:
    """Decode a complete RsaPublicKey from ``buf``.

    Returns:
        The decoded RsaPublicKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('RsaPublicKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('RsaPublicKey', pos, 'string runs past the end of the data')
    f_e = _mpint(buf[pos:e2], 'RsaPublicKey', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('RsaPublicKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('RsaPublicKey', pos, 'string runs past the end of the data')
    f_n = _mpint(buf[pos:e4], 'RsaPublicKey', pos)
    pos = e4
    if pos != end:
        raise DecodeError('RsaPublicKey', pos, 'trailing bytes')
    return RsaPublicKey(f_e, f_n)


def _d_RsaPublicKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[RsaPublicKey, int]:
    if end - pos < 4:
        raise DecodeError('RsaPublicKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('RsaPublicKey', pos, 'string runs past the end of the data')
    f_e = _mpint(buf[pos:e2], 'RsaPublicKey', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('RsaPublicKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('RsaPublicKey', pos, 'string runs past the end of the data')
    f_n = _mpint(buf[pos:e4], 'RsaPublicKey', pos)
    pos = e4
    return RsaPublicKey(f_e, f_n), pos


def decode_rsa_public_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[RsaPublicKey, int]:
    """Decode one RsaPublicKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('RsaPublicKey', pos, 'position outside the buffer')
    return _d_RsaPublicKey(buf, pos, end)


def encode_rsa_public_key(obj: RsaPublicKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_mpint(obj.e)
        v2 = _enc_mpint(obj.n)
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('RsaPublicKey', str(exc)) from None


def _e_RsaPublicKey(obj: RsaPublicKey, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_mpint(obj.e)
    v2 = _enc_mpint(obj.n)
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_dss_public_key(buf: bytes | memoryview) -> DssPublicKey:
    """Decode a complete DssPublicKey from ``buf``.

    Returns:
        The decoded DssPublicKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('DssPublicKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('DssPublicKey', pos, 'string runs past the end of the data')
    f_p = _mpint(buf[pos:e2], 'DssPublicKey', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('DssPublicKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('DssPublicKey', pos, 'string runs past the end of the data')
    f_q = _mpint(buf[pos:e4], 'DssPublicKey', pos)
    pos = e4
    if end - pos < 4:
        raise DecodeError('DssPublicKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('DssPublicKey', pos, 'string runs past the end of the data')
    f_g = _mpint(buf[pos:e6], 'DssPublicKey', pos)
    pos = e6
    if end - pos < 4:
        raise DecodeError('DssPublicKey', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('DssPublicKey', pos, 'string runs past the end of the data')
    f_y = _mpint(buf[pos:e8], 'DssPublicKey', pos)
    pos = e8
    if pos != end:
        raise DecodeError('DssPublicKey', pos, 'trailing bytes')
    return DssPublicKey(f_p, f_q, f_g, f_y)


def _d_DssPublicKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[DssPublicKey, int]:
    if end - pos < 4:
        raise DecodeError('DssPublicKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('DssPublicKey', pos, 'string runs past the end of the data')
    f_p = _mpint(buf[pos:e2], 'DssPublicKey', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('DssPublicKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('DssPublicKey', pos, 'string runs past the end of the data')
    f_q = _mpint(buf[pos:e4], 'DssPublicKey', pos)
    pos = e4
    if end - pos < 4:
        raise DecodeError('DssPublicKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('DssPublicKey', pos, 'string runs past the end of the data')
    f_g = _mpint(buf[pos:e6], 'DssPublicKey', pos)
    pos = e6
    if end - pos < 4:
        raise DecodeError('DssPublicKey', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('DssPublicKey', pos, 'string runs past the end of the data')
    f_y = _mpint(buf[pos:e8], 'DssPublicKey', pos)
    pos = e8
    return DssPublicKey(f_p, f_q, f_g, f_y), pos


def decode_dss_public_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[DssPublicKey, int]:
    """Decode one DssPublicKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('DssPublicKey', pos, 'position outside the buffer')
    return _d_DssPublicKey(buf, pos, end)


def encode_dss_public_key(obj: DssPublicKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_mpint(obj.p)
        v2 = _enc_mpint(obj.q)
        v3 = _enc_mpint(obj.g)
        v4 = _enc_mpint(obj.y)
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + _S_I.pack(len(v4)) + v4
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('DssPublicKey', str(exc)) from None


def _e_DssPublicKey(obj: DssPublicKey, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_mpint(obj.p)
    v2 = _enc_mpint(obj.q)
    v3 = _enc_mpint(obj.g)
    v4 = _enc_mpint(obj.y)
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_I.pack(len(v4)), v4,)


def decode_ecdsa_public_key(buf: bytes | memoryview) -> EcdsaPublicKey:
    """Decode a complete EcdsaPublicKey from ``buf``.

    Returns:
        The decoded EcdsaPublicKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('EcdsaPublicKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('EcdsaPublicKey', pos, 'string runs past the end of the data')
    f_curve = _name(buf[pos:e2], 'EcdsaPublicKey', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('EcdsaPublicKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('EcdsaPublicKey', pos, 'string runs past the end of the data')
    f_q = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('EcdsaPublicKey', pos, 'trailing bytes')
    return EcdsaPublicKey(f_curve, f_q)


def _d_EcdsaPublicKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[EcdsaPublicKey, int]:
    if end - pos < 4:
        raise DecodeError('EcdsaPublicKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('EcdsaPublicKey', pos, 'string runs past the end of the data')
    f_curve = _name(buf[pos:e2], 'EcdsaPublicKey', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('EcdsaPublicKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('EcdsaPublicKey', pos, 'string runs past the end of the data')
    f_q = bytes(buf[pos:e4])
    pos = e4
    return EcdsaPublicKey(f_curve, f_q), pos


def decode_ecdsa_public_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[EcdsaPublicKey, int]:
    """Decode one EcdsaPublicKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('EcdsaPublicKey', pos, 'position outside the buffer')
    return _d_EcdsaPublicKey(buf, pos, end)


def encode_ecdsa_public_key(obj: EcdsaPublicKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_name(obj.curve, 'EcdsaPublicKey')
        v2 = obj.q
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('EcdsaPublicKey', str(exc)) from None


def _e_EcdsaPublicKey(obj: EcdsaPublicKey, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.curve, 'EcdsaPublicKey')
    v2 = obj.q
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_sk_ecdsa_public_key(buf: bytes | memoryview) -> SkEcdsaPublicKey:
    """Decode a complete SkEcdsaPublicKey from ``buf``.

    Returns:
        The decoded SkEcdsaPublicKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SkEcdsaPublicKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SkEcdsaPublicKey', pos, 'string runs past the end of the data')
    f_curve = _name(buf[pos:e2], 'SkEcdsaPublicKey', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('SkEcdsaPublicKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SkEcdsaPublicKey', pos, 'string runs past the end of the data')
    f_q = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('SkEcdsaPublicKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('SkEcdsaPublicKey', pos, 'string runs past the end of the data')
    f_application = _utf8(buf, pos, e6, 'SkEcdsaPublicKey')
    pos = e6
    if pos != end:
        raise DecodeError('SkEcdsaPublicKey', pos, 'trailing bytes')
    return SkEcdsaPublicKey(f_curve, f_q, f_application)


def _d_SkEcdsaPublicKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[SkEcdsaPublicKey, int]:
    if end - pos < 4:
        raise DecodeError('SkEcdsaPublicKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SkEcdsaPublicKey', pos, 'string runs past the end of the data')
    f_curve = _name(buf[pos:e2], 'SkEcdsaPublicKey', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('SkEcdsaPublicKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SkEcdsaPublicKey', pos, 'string runs past the end of the data')
    f_q = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('SkEcdsaPublicKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('SkEcdsaPublicKey', pos, 'string runs past the end of the data')
    f_application = _utf8(buf, pos, e6, 'SkEcdsaPublicKey')
    pos = e6
    return SkEcdsaPublicKey(f_curve, f_q, f_application), pos


def decode_sk_ecdsa_public_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SkEcdsaPublicKey, int]:
    """Decode one SkEcdsaPublicKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SkEcdsaPublicKey', pos, 'position outside the buffer')
    return _d_SkEcdsaPublicKey(buf, pos, end)


def encode_sk_ecdsa_public_key(obj: SkEcdsaPublicKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_name(obj.curve, 'SkEcdsaPublicKey')
        v2 = obj.q
        v3 = obj.application.encode('utf-8')
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SkEcdsaPublicKey', str(exc)) from None


def _e_SkEcdsaPublicKey(obj: SkEcdsaPublicKey, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.curve, 'SkEcdsaPublicKey')
    v2 = obj.q
    v3 = obj.application.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3,)


def decode_sk_ed25519_public_key(buf: bytes | memoryview) -> SkEd25519PublicKey:
    """Decode a complete SkEd25519PublicKey from ``buf``.

    Returns:
        The decoded SkEd25519PublicKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SkEd25519PublicKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SkEd25519PublicKey', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SkEd25519PublicKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SkEd25519PublicKey', pos, 'string runs past the end of the data')
    f_application = _utf8(buf, pos, e4, 'SkEd25519PublicKey')
    pos = e4
    if pos != end:
        raise DecodeError('SkEd25519PublicKey', pos, 'trailing bytes')
    return SkEd25519PublicKey(f_public_key, f_application)


def _d_SkEd25519PublicKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[SkEd25519PublicKey, int]:
    if end - pos < 4:
        raise DecodeError('SkEd25519PublicKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SkEd25519PublicKey', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SkEd25519PublicKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SkEd25519PublicKey', pos, 'string runs past the end of the data')
    f_application = _utf8(buf, pos, e4, 'SkEd25519PublicKey')
    pos = e4
    return SkEd25519PublicKey(f_public_key, f_application), pos


def decode_sk_ed25519_public_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SkEd25519PublicKey, int]:
    """Decode one SkEd25519PublicKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SkEd25519PublicKey', pos, 'position outside the buffer')
    return _d_SkEd25519PublicKey(buf, pos, end)


def encode_sk_ed25519_public_key(obj: SkEd25519PublicKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.public_key
        v2 = obj.application.encode('utf-8')
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SkEd25519PublicKey', str(exc)) from None


def _e_SkEd25519PublicKey(obj: SkEd25519PublicKey, parts: list[bytes | memoryview]) -> None:
    v1 = obj.public_key
    v2 = obj.application.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_certificate(buf: bytes | memoryview) -> Certificate:
    """Decode a complete Certificate from ``buf``.

    Returns:
        The decoded Certificate; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('Certificate', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_key_type = _name(buf[pos:e2], 'Certificate', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('Certificate', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_nonce = bytes(buf[pos:e4])
    pos = e4
    dec5 = _SWD_Certificate_key.get(f_key_type)
    if dec5 is None:
        raise DecodeError('Certificate', pos, 'unknown key_type ' + repr(f_key_type))
    else:
        f_key, pos = dec5(buf, pos, end)
    if end - pos < 16:
        raise DecodeError('Certificate', pos, 'truncated')
    f_serial, f_cert_type, n6 = _S_QII.unpack_from(buf, pos)
    pos += 16
    e7 = pos + n6
    if e7 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_key_id = _utf8(buf, pos, e7, 'Certificate')
    pos = e7
    if end - pos < 4:
        raise DecodeError('Certificate', pos, 'truncated')
    (n8,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e9 = pos + n8
    if e9 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_valid_principals = bytes(buf[pos:e9])
    pos = e9
    if end - pos < 20:
        raise DecodeError('Certificate', pos, 'truncated')
    f_valid_after, f_valid_before, n10 = _S_QQI.unpack_from(buf, pos)
    pos += 20
    e11 = pos + n10
    if e11 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_critical_options = bytes(buf[pos:e11])
    pos = e11
    if end - pos < 4:
        raise DecodeError('Certificate', pos, 'truncated')
    (n12,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e13 = pos + n12
    if e13 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_extensions = bytes(buf[pos:e13])
    pos = e13
    if end - pos < 4:
        raise DecodeError('Certificate', pos, 'truncated')
    (n14,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e15 = pos + n14
    if e15 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e15])
    pos = e15
    if end - pos < 4:
        raise DecodeError('Certificate', pos, 'truncated')
    (n16,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e17 = pos + n16
    if e17 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_signature_key = bytes(buf[pos:e17])
    pos = e17
    if end - pos < 4:
        raise DecodeError('Certificate', pos, 'truncated')
    (n18,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e19 = pos + n18
    if e19 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e19])
    pos = e19
    if pos != end:
        raise DecodeError('Certificate', pos, 'trailing bytes')
    return Certificate(f_key_type, f_nonce, f_key, f_serial, f_cert_type, f_key_id, f_valid_principals, f_valid_after, f_valid_before, f_critical_options, f_extensions, f_reserved, f_signature_key, f_signature)


def _d_Certificate(buf: bytes | memoryview, pos: int, end: int) -> tuple[Certificate, int]:
    if end - pos < 4:
        raise DecodeError('Certificate', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_key_type = _name(buf[pos:e2], 'Certificate', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('Certificate', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_nonce = bytes(buf[pos:e4])
    pos = e4
    dec5 = _SWD_Certificate_key.get(f_key_type)
    if dec5 is None:
        raise DecodeError('Certificate', pos, 'unknown key_type ' + repr(f_key_type))
    else:
        f_key, pos = dec5(buf, pos, end)
    if end - pos < 16:
        raise DecodeError('Certificate', pos, 'truncated')
    f_serial, f_cert_type, n6 = _S_QII.unpack_from(buf, pos)
    pos += 16
    e7 = pos + n6
    if e7 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_key_id = _utf8(buf, pos, e7, 'Certificate')
    pos = e7
    if end - pos < 4:
        raise DecodeError('Certificate', pos, 'truncated')
    (n8,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e9 = pos + n8
    if e9 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_valid_principals = bytes(buf[pos:e9])
    pos = e9
    if end - pos < 20:
        raise DecodeError('Certificate', pos, 'truncated')
    f_valid_after, f_valid_before, n10 = _S_QQI.unpack_from(buf, pos)
    pos += 20
    e11 = pos + n10
    if e11 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_critical_options = bytes(buf[pos:e11])
    pos = e11
    if end - pos < 4:
        raise DecodeError('Certificate', pos, 'truncated')
    (n12,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e13 = pos + n12
    if e13 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_extensions = bytes(buf[pos:e13])
    pos = e13
    if end - pos < 4:
        raise DecodeError('Certificate', pos, 'truncated')
    (n14,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e15 = pos + n14
    if e15 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e15])
    pos = e15
    if end - pos < 4:
        raise DecodeError('Certificate', pos, 'truncated')
    (n16,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e17 = pos + n16
    if e17 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_signature_key = bytes(buf[pos:e17])
    pos = e17
    if end - pos < 4:
        raise DecodeError('Certificate', pos, 'truncated')
    (n18,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e19 = pos + n18
    if e19 > end:
        raise DecodeError('Certificate', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e19])
    pos = e19
    return Certificate(f_key_type, f_nonce, f_key, f_serial, f_cert_type, f_key_id, f_valid_principals, f_valid_after, f_valid_before, f_critical_options, f_extensions, f_reserved, f_signature_key, f_signature), pos


def decode_certificate_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[Certificate, int]:
    """Decode one Certificate at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('Certificate', pos, 'position outside the buffer')
    return _d_Certificate(buf, pos, end)


def encode_certificate(obj: Certificate) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = _enc_name(obj.key_type, 'Certificate')
        v2 = obj.nonce
        parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)
        v3 = obj.key
        case4 = _SWE_Certificate_key.get(obj.key_type)
        if case4 is None:
            raise EncodeError('Certificate', 'no case for key_type ' + repr(obj.key_type))
        elif case4[0] is None:
            if v3 is not None:
                raise EncodeError('Certificate', 'key must be None for this key_type')
        elif type(v3) is not case4[0]:
            raise EncodeError('Certificate', 'key must be ' + case4[0].__name__ + ' for key_type ' + repr(obj.key_type))
        else:
            case4[1](v3, parts)
        v5 = obj.key_id.encode('utf-8')
        v6 = obj.valid_principals
        v7 = obj.critical_options
        v8 = obj.extensions
        v9 = obj.reserved
        v10 = obj.signature_key
        v11 = obj.signature
        parts += (_S_QII.pack(obj.serial, obj.cert_type, len(v5)), v5, _S_I.pack(len(v6)), v6, _S_QQI.pack(obj.valid_after, obj.valid_before, len(v7)), v7, _S_I.pack(len(v8)), v8, _S_I.pack(len(v9)), v9, _S_I.pack(len(v10)), v10, _S_I.pack(len(v11)), v11,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('Certificate', str(exc)) from None


def _e_Certificate(obj: Certificate, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.key_type, 'Certificate')
    v2 = obj.nonce
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)
    v3 = obj.key
    case4 = _SWE_Certificate_key.get(obj.key_type)
    if case4 is None:
        raise EncodeError('Certificate', 'no case for key_type ' + repr(obj.key_type))
    elif case4[0] is None:
        if v3 is not None:
            raise EncodeError('Certificate', 'key must be None for this key_type')
    elif type(v3) is not case4[0]:
        raise EncodeError('Certificate', 'key must be ' + case4[0].__name__ + ' for key_type ' + repr(obj.key_type))
    else:
        case4[1](v3, parts)
    v5 = obj.key_id.encode('utf-8')
    v6 = obj.valid_principals
    v7 = obj.critical_options
    v8 = obj.extensions
    v9 = obj.reserved
    v10 = obj.signature_key
    v11 = obj.signature
    parts += (_S_QII.pack(obj.serial, obj.cert_type, len(v5)), v5, _S_I.pack(len(v6)), v6, _S_QQI.pack(obj.valid_after, obj.valid_before, len(v7)), v7, _S_I.pack(len(v8)), v8, _S_I.pack(len(v9)), v9, _S_I.pack(len(v10)), v10, _S_I.pack(len(v11)), v11,)


def decode_certificate_principals(buf: bytes | memoryview) -> CertificatePrincipals:
    """Decode a complete CertificatePrincipals from ``buf``.

    Returns:
        The decoded CertificatePrincipals; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    items1 = []
    while pos < end:
        if end - pos < 4:
            raise DecodeError('CertificatePrincipals', pos, 'truncated')
        (n3,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e4 = pos + n3
        if e4 > end:
            raise DecodeError('CertificatePrincipals', pos, 'string runs past the end of the data')
        item2 = _utf8(buf, pos, e4, 'CertificatePrincipals')
        pos = e4
        items1.append(item2)
    f_principals = tuple(items1)
    if pos != end:
        raise DecodeError('CertificatePrincipals', pos, 'trailing bytes')
    return CertificatePrincipals(f_principals)


def _d_CertificatePrincipals(buf: bytes | memoryview, pos: int, end: int) -> tuple[CertificatePrincipals, int]:
    items1 = []
    while pos < end:
        if end - pos < 4:
            raise DecodeError('CertificatePrincipals', pos, 'truncated')
        (n3,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e4 = pos + n3
        if e4 > end:
            raise DecodeError('CertificatePrincipals', pos, 'string runs past the end of the data')
        item2 = _utf8(buf, pos, e4, 'CertificatePrincipals')
        pos = e4
        items1.append(item2)
    f_principals = tuple(items1)
    return CertificatePrincipals(f_principals), pos


def decode_certificate_principals_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[CertificatePrincipals, int]:
    """Decode one CertificatePrincipals at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('CertificatePrincipals', pos, 'position outside the buffer')
    return _d_CertificatePrincipals(buf, pos, end)


def encode_certificate_principals(obj: CertificatePrincipals) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.principals
        for it2 in lst1:
            v3 = it2.encode('utf-8')
            parts += (_S_I.pack(len(v3)), v3,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('CertificatePrincipals', str(exc)) from None


def _e_CertificatePrincipals(obj: CertificatePrincipals, parts: list[bytes | memoryview]) -> None:
    lst1 = obj.principals
    for it2 in lst1:
        v3 = it2.encode('utf-8')
        parts += (_S_I.pack(len(v3)), v3,)


def decode_certificate_options(buf: bytes | memoryview) -> CertificateOptions:
    """Decode a complete CertificateOptions from ``buf``.

    Returns:
        The decoded CertificateOptions; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    items1 = []
    while pos < end:
        item2, pos = _d_CertificateOption(buf, pos, end)
        items1.append(item2)
    f_options = tuple(items1)
    if pos != end:
        raise DecodeError('CertificateOptions', pos, 'trailing bytes')
    return CertificateOptions(f_options)


def _d_CertificateOptions(buf: bytes | memoryview, pos: int, end: int) -> tuple[CertificateOptions, int]:
    items1 = []
    while pos < end:
        item2, pos = _d_CertificateOption(buf, pos, end)
        items1.append(item2)
    f_options = tuple(items1)
    return CertificateOptions(f_options), pos


def decode_certificate_options_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[CertificateOptions, int]:
    """Decode one CertificateOptions at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('CertificateOptions', pos, 'position outside the buffer')
    return _d_CertificateOptions(buf, pos, end)


def encode_certificate_options(obj: CertificateOptions) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.options
        for it2 in lst1:
            _e_CertificateOption(it2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('CertificateOptions', str(exc)) from None


def _e_CertificateOptions(obj: CertificateOptions, parts: list[bytes | memoryview]) -> None:
    lst1 = obj.options
    for it2 in lst1:
        _e_CertificateOption(it2, parts)


def decode_certificate_option(buf: bytes | memoryview) -> CertificateOption:
    """Decode a complete CertificateOption from ``buf``.

    Returns:
        The decoded CertificateOption; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('CertificateOption', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('CertificateOption', pos, 'string runs past the end of the data')
    f_name = _utf8(buf, pos, e2, 'CertificateOption')
    pos = e2
    if end - pos < 4:
        raise DecodeError('CertificateOption', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('CertificateOption', pos, 'string runs past the end of the data')
    f_data = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('CertificateOption', pos, 'trailing bytes')
    return CertificateOption(f_name, f_data)


def _d_CertificateOption(buf: bytes | memoryview, pos: int, end: int) -> tuple[CertificateOption, int]:
    if end - pos < 4:
        raise DecodeError('CertificateOption', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('CertificateOption', pos, 'string runs past the end of the data')
    f_name = _utf8(buf, pos, e2, 'CertificateOption')
    pos = e2
    if end - pos < 4:
        raise DecodeError('CertificateOption', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('CertificateOption', pos, 'string runs past the end of the data')
    f_data = bytes(buf[pos:e4])
    pos = e4
    return CertificateOption(f_name, f_data), pos


def decode_certificate_option_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[CertificateOption, int]:
    """Decode one CertificateOption at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('CertificateOption', pos, 'position outside the buffer')
    return _d_CertificateOption(buf, pos, end)


def encode_certificate_option(obj: CertificateOption) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.name.encode('utf-8')
        v2 = obj.data
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('CertificateOption', str(exc)) from None


def _e_CertificateOption(obj: CertificateOption, parts: list[bytes | memoryview]) -> None:
    v1 = obj.name.encode('utf-8')
    v2 = obj.data
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_signature(buf: bytes | memoryview) -> Signature:
    """Decode a complete Signature from ``buf``.

    Returns:
        The decoded Signature; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('Signature', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Signature', pos, 'string runs past the end of the data')
    f_algorithm = _name(buf[pos:e2], 'Signature', pos)
    pos = e2
    dec3 = _SWD_Signature_body.get(f_algorithm)
    if dec3 is None:
        f_body = bytes(buf[pos:end])
        pos = end
    else:
        f_body, pos = dec3(buf, pos, end)
    if pos != end:
        raise DecodeError('Signature', pos, 'trailing bytes')
    return Signature(f_algorithm, f_body)


def _d_Signature(buf: bytes | memoryview, pos: int, end: int) -> tuple[Signature, int]:
    if end - pos < 4:
        raise DecodeError('Signature', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Signature', pos, 'string runs past the end of the data')
    f_algorithm = _name(buf[pos:e2], 'Signature', pos)
    pos = e2
    dec3 = _SWD_Signature_body.get(f_algorithm)
    if dec3 is None:
        f_body = bytes(buf[pos:end])
        pos = end
    else:
        f_body, pos = dec3(buf, pos, end)
    return Signature(f_algorithm, f_body), pos


def decode_signature_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[Signature, int]:
    """Decode one Signature at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('Signature', pos, 'position outside the buffer')
    return _d_Signature(buf, pos, end)


def encode_signature(obj: Signature) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = _enc_name(obj.algorithm, 'Signature')
        parts += (_S_I.pack(len(v1)), v1,)
        v2 = obj.body
        case3 = _SWE_Signature_body.get(obj.algorithm)
        if case3 is None:
            if not isinstance(v2, bytes | bytearray | memoryview):
                raise EncodeError('Signature', 'body must be bytes for an unknown algorithm')
            parts.append(v2)
        elif case3[0] is None:
            if v2 is not None:
                raise EncodeError('Signature', 'body must be None for this algorithm')
        elif type(v2) is not case3[0]:
            raise EncodeError('Signature', 'body must be ' + case3[0].__name__ + ' for algorithm ' + repr(obj.algorithm))
        else:
            case3[1](v2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('Signature', str(exc)) from None


def _e_Signature(obj: Signature, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.algorithm, 'Signature')
    parts += (_S_I.pack(len(v1)), v1,)
    v2 = obj.body
    case3 = _SWE_Signature_body.get(obj.algorithm)
    if case3 is None:
        if not isinstance(v2, bytes | bytearray | memoryview):
            raise EncodeError('Signature', 'body must be bytes for an unknown algorithm')
        parts.append(v2)
    elif case3[0] is None:
        if v2 is not None:
            raise EncodeError('Signature', 'body must be None for this algorithm')
    elif type(v2) is not case3[0]:
        raise EncodeError('Signature', 'body must be ' + case3[0].__name__ + ' for algorithm ' + repr(obj.algorithm))
    else:
        case3[1](v2, parts)


def decode_raw_signature(buf: bytes | memoryview) -> RawSignature:
    """Decode a complete RawSignature from ``buf``.

    Returns:
        The decoded RawSignature; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('RawSignature', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('RawSignature', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('RawSignature', pos, 'trailing bytes')
    return RawSignature(f_signature)


def _d_RawSignature(buf: bytes | memoryview, pos: int, end: int) -> tuple[RawSignature, int]:
    if end - pos < 4:
        raise DecodeError('RawSignature', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('RawSignature', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e2])
    pos = e2
    return RawSignature(f_signature), pos


def decode_raw_signature_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[RawSignature, int]:
    """Decode one RawSignature at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('RawSignature', pos, 'position outside the buffer')
    return _d_RawSignature(buf, pos, end)


def encode_raw_signature(obj: RawSignature) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.signature
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('RawSignature', str(exc)) from None


def _e_RawSignature(obj: RawSignature, parts: list[bytes | memoryview]) -> None:
    v1 = obj.signature
    parts += (_S_I.pack(len(v1)), v1,)


def decode_ecdsa_signature(buf: bytes | memoryview) -> EcdsaSignature:
    """Decode a complete EcdsaSignature from ``buf``.

    Returns:
        The decoded EcdsaSignature; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('EcdsaSignature', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('EcdsaSignature', pos, 'string runs past the end of the data')
    f_signature, p3 = _d_EcdsaSignatureValues(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('EcdsaSignatureValues', p3, 'trailing bytes')
    pos = e2
    if pos != end:
        raise DecodeError('EcdsaSignature', pos, 'trailing bytes')
    return EcdsaSignature(f_signature)


def _d_EcdsaSignature(buf: bytes | memoryview, pos: int, end: int) -> tuple[EcdsaSignature, int]:
    if end - pos < 4:
        raise DecodeError('EcdsaSignature', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('EcdsaSignature', pos, 'string runs past the end of the data')
    f_signature, p3 = _d_EcdsaSignatureValues(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('EcdsaSignatureValues', p3, 'trailing bytes')
    pos = e2
    return EcdsaSignature(f_signature), pos


def decode_ecdsa_signature_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[EcdsaSignature, int]:
    """Decode one EcdsaSignature at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('EcdsaSignature', pos, 'position outside the buffer')
    return _d_EcdsaSignature(buf, pos, end)


def encode_ecdsa_signature(obj: EcdsaSignature) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        sub2: list[bytes | memoryview] = []
        _e_EcdsaSignatureValues(obj.signature, sub2)
        v1 = b''.join(sub2)
        parts += (_S_I.pack(len(v1)), v1,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('EcdsaSignature', str(exc)) from None


def _e_EcdsaSignature(obj: EcdsaSignature, parts: list[bytes | memoryview]) -> None:
    sub2: list[bytes | memoryview] = []
    _e_EcdsaSignatureValues(obj.signature, sub2)
    v1 = b''.join(sub2)
    parts += (_S_I.pack(len(v1)), v1,)


def decode_ecdsa_signature_values(buf: bytes | memoryview) -> EcdsaSignatureValues:
    """Decode a complete EcdsaSignatureValues from ``buf``.

    Returns:
        The decoded EcdsaSignatureValues; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('EcdsaSignatureValues', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('EcdsaSignatureValues', pos, 'string runs past the end of the data')
    f_r = _mpint(buf[pos:e2], 'EcdsaSignatureValues', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('EcdsaSignatureValues', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('EcdsaSignatureValues', pos, 'string runs past the end of the data')
    f_s = _mpint(buf[pos:e4], 'EcdsaSignatureValues', pos)
    pos = e4
    if pos != end:
        raise DecodeError('EcdsaSignatureValues', pos, 'trailing bytes')
    return EcdsaSignatureValues(f_r, f_s)


def _d_EcdsaSignatureValues(buf: bytes | memoryview, pos: int, end: int) -> tuple[EcdsaSignatureValues, int]:
    if end - pos < 4:
        raise DecodeError('EcdsaSignatureValues', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('EcdsaSignatureValues', pos, 'string runs past the end of the data')
    f_r = _mpint(buf[pos:e2], 'EcdsaSignatureValues', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('EcdsaSignatureValues', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('EcdsaSignatureValues', pos, 'string runs past the end of the data')
    f_s = _mpint(buf[pos:e4], 'EcdsaSignatureValues', pos)
    pos = e4
    return EcdsaSignatureValues(f_r, f_s), pos


def decode_ecdsa_signature_values_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[EcdsaSignatureValues, int]:
    """Decode one EcdsaSignatureValues at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('EcdsaSignatureValues', pos, 'position outside the buffer')
    return _d_EcdsaSignatureValues(buf, pos, end)


def encode_ecdsa_signature_values(obj: EcdsaSignatureValues) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_mpint(obj.r)
        v2 = _enc_mpint(obj.s)
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('EcdsaSignatureValues', str(exc)) from None


def _e_EcdsaSignatureValues(obj: EcdsaSignatureValues, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_mpint(obj.r)
    v2 = _enc_mpint(obj.s)
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_sk_ecdsa_signature(buf: bytes | memoryview) -> SkEcdsaSignature:
    """Decode a complete SkEcdsaSignature from ``buf``.

    Returns:
        The decoded SkEcdsaSignature; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SkEcdsaSignature', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SkEcdsaSignature', pos, 'string runs past the end of the data')
    f_signature, p3 = _d_EcdsaSignatureValues(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('EcdsaSignatureValues', p3, 'trailing bytes')
    pos = e2
    if end - pos < 5:
        raise DecodeError('SkEcdsaSignature', pos, 'truncated')
    f_flags, f_counter = _S_BI.unpack_from(buf, pos)
    pos += 5
    if pos != end:
        raise DecodeError('SkEcdsaSignature', pos, 'trailing bytes')
    return SkEcdsaSignature(f_signature, f_flags, f_counter)


def _d_SkEcdsaSignature(buf: bytes | memoryview, pos: int, end: int) -> tuple[SkEcdsaSignature, int]:
    if end - pos < 4:
        raise DecodeError('SkEcdsaSignature', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SkEcdsaSignature', pos, 'string runs past the end of the data')
    f_signature, p3 = _d_EcdsaSignatureValues(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('EcdsaSignatureValues', p3, 'trailing bytes')
    pos = e2
    if end - pos < 5:
        raise DecodeError('SkEcdsaSignature', pos, 'truncated')
    f_flags, f_counter = _S_BI.unpack_from(buf, pos)
    pos += 5
    return SkEcdsaSignature(f_signature, f_flags, f_counter), pos


def decode_sk_ecdsa_signature_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SkEcdsaSignature, int]:
    """Decode one SkEcdsaSignature at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SkEcdsaSignature', pos, 'position outside the buffer')
    return _d_SkEcdsaSignature(buf, pos, end)


def encode_sk_ecdsa_signature(obj: SkEcdsaSignature) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        sub2: list[bytes | memoryview] = []
        _e_EcdsaSignatureValues(obj.signature, sub2)
        v1 = b''.join(sub2)
        parts += (_S_I.pack(len(v1)), v1, _S_BI.pack(obj.flags, obj.counter),)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SkEcdsaSignature', str(exc)) from None


def _e_SkEcdsaSignature(obj: SkEcdsaSignature, parts: list[bytes | memoryview]) -> None:
    sub2: list[bytes | memoryview] = []
    _e_EcdsaSignatureValues(obj.signature, sub2)
    v1 = b''.join(sub2)
    parts += (_S_I.pack(len(v1)), v1, _S_BI.pack(obj.flags, obj.counter),)


def decode_web_authn_sk_ecdsa_signature(buf: bytes | memoryview) -> WebAuthnSkEcdsaSignature:
    """Decode a complete WebAuthnSkEcdsaSignature from ``buf``.

    Returns:
        The decoded WebAuthnSkEcdsaSignature; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'string runs past the end of the data')
    f_signature, p3 = _d_EcdsaSignatureValues(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('EcdsaSignatureValues', p3, 'trailing bytes')
    pos = e2
    if end - pos < 9:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'truncated')
    f_flags, f_counter, n4 = _S_BII.unpack_from(buf, pos)
    pos += 9
    e5 = pos + n4
    if e5 > end:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'string runs past the end of the data')
    f_origin = _utf8(buf, pos, e5, 'WebAuthnSkEcdsaSignature')
    pos = e5
    if end - pos < 4:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'truncated')
    (n6,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e7 = pos + n6
    if e7 > end:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'string runs past the end of the data')
    f_client_data = bytes(buf[pos:e7])
    pos = e7
    if end - pos < 4:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'truncated')
    (n8,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e9 = pos + n8
    if e9 > end:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'string runs past the end of the data')
    f_extensions = bytes(buf[pos:e9])
    pos = e9
    if pos != end:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'trailing bytes')
    return WebAuthnSkEcdsaSignature(f_signature, f_flags, f_counter, f_origin, f_client_data, f_extensions)


def _d_WebAuthnSkEcdsaSignature(buf: bytes | memoryview, pos: int, end: int) -> tuple[WebAuthnSkEcdsaSignature, int]:
    if end - pos < 4:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'string runs past the end of the data')
    f_signature, p3 = _d_EcdsaSignatureValues(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('EcdsaSignatureValues', p3, 'trailing bytes')
    pos = e2
    if end - pos < 9:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'truncated')
    f_flags, f_counter, n4 = _S_BII.unpack_from(buf, pos)
    pos += 9
    e5 = pos + n4
    if e5 > end:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'string runs past the end of the data')
    f_origin = _utf8(buf, pos, e5, 'WebAuthnSkEcdsaSignature')
    pos = e5
    if end - pos < 4:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'truncated')
    (n6,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e7 = pos + n6
    if e7 > end:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'string runs past the end of the data')
    f_client_data = bytes(buf[pos:e7])
    pos = e7
    if end - pos < 4:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'truncated')
    (n8,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e9 = pos + n8
    if e9 > end:
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'string runs past the end of the data')
    f_extensions = bytes(buf[pos:e9])
    pos = e9
    return WebAuthnSkEcdsaSignature(f_signature, f_flags, f_counter, f_origin, f_client_data, f_extensions), pos


def decode_web_authn_sk_ecdsa_signature_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[WebAuthnSkEcdsaSignature, int]:
    """Decode one WebAuthnSkEcdsaSignature at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('WebAuthnSkEcdsaSignature', pos, 'position outside the buffer')
    return _d_WebAuthnSkEcdsaSignature(buf, pos, end)


def encode_web_authn_sk_ecdsa_signature(obj: WebAuthnSkEcdsaSignature) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        sub2: list[bytes | memoryview] = []
        _e_EcdsaSignatureValues(obj.signature, sub2)
        v1 = b''.join(sub2)
        v3 = obj.origin.encode('utf-8')
        v4 = obj.client_data
        v5 = obj.extensions
        parts += (_S_I.pack(len(v1)), v1, _S_BII.pack(obj.flags, obj.counter, len(v3)), v3, _S_I.pack(len(v4)), v4, _S_I.pack(len(v5)), v5,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('WebAuthnSkEcdsaSignature', str(exc)) from None


def _e_WebAuthnSkEcdsaSignature(obj: WebAuthnSkEcdsaSignature, parts: list[bytes | memoryview]) -> None:
    sub2: list[bytes | memoryview] = []
    _e_EcdsaSignatureValues(obj.signature, sub2)
    v1 = b''.join(sub2)
    v3 = obj.origin.encode('utf-8')
    v4 = obj.client_data
    v5 = obj.extensions
    parts += (_S_I.pack(len(v1)), v1, _S_BII.pack(obj.flags, obj.counter, len(v3)), v3, _S_I.pack(len(v4)), v4, _S_I.pack(len(v5)), v5,)


def decode_sk_ed25519_signature(buf: bytes | memoryview) -> SkEd25519Signature:
    """Decode a complete SkEd25519Signature from ``buf``.

    Returns:
        The decoded SkEd25519Signature; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SkEd25519Signature', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SkEd25519Signature', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 5:
        raise DecodeError('SkEd25519Signature', pos, 'truncated')
    f_flags, f_counter = _S_BI.unpack_from(buf, pos)
    pos += 5
    if pos != end:
        raise DecodeError('SkEd25519Signature', pos, 'trailing bytes')
    return SkEd25519Signature(f_signature, f_flags, f_counter)


def _d_SkEd25519Signature(buf: bytes | memoryview, pos: int, end: int) -> tuple[SkEd25519Signature, int]:
    if end - pos < 4:
        raise DecodeError('SkEd25519Signature', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SkEd25519Signature', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 5:
        raise DecodeError('SkEd25519Signature', pos, 'truncated')
    f_flags, f_counter = _S_BI.unpack_from(buf, pos)
    pos += 5
    return SkEd25519Signature(f_signature, f_flags, f_counter), pos


def decode_sk_ed25519_signature_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SkEd25519Signature, int]:
    """Decode one SkEd25519Signature at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SkEd25519Signature', pos, 'position outside the buffer')
    return _d_SkEd25519Signature(buf, pos, end)


def encode_sk_ed25519_signature(obj: SkEd25519Signature) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.signature
        return _S_I.pack(len(v1)) + v1 + _S_BI.pack(obj.flags, obj.counter)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SkEd25519Signature', str(exc)) from None


def _e_SkEd25519Signature(obj: SkEd25519Signature, parts: list[bytes | memoryview]) -> None:
    v1 = obj.signature
    parts += (_S_I.pack(len(v1)), v1, _S_BI.pack(obj.flags, obj.counter),)


def decode_open_ssh_private_key_file(buf: bytes | memoryview) -> OpenSSHPrivateKeyFile:
    """Decode a complete OpenSSHPrivateKeyFile from ``buf``.

    Returns:
        The decoded OpenSSHPrivateKeyFile; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if buf[pos:pos + 15] != b'openssh-key-v1\x00':
        raise DecodeError('OpenSSHPrivateKeyFile', pos, "magic must be the constant b'openssh-key-v1\\x00'")
    pos += 15
    if end - pos < 4:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'string runs past the end of the data')
    f_cipher_name = _name(buf[pos:e2], 'OpenSSHPrivateKeyFile', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'string runs past the end of the data')
    f_kdf_name = _name(buf[pos:e4], 'OpenSSHPrivateKeyFile', pos)
    pos = e4
    if end - pos < 4:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'string runs past the end of the data')
    f_kdf_options = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'truncated')
    (count8,) = _S_I.unpack_from(buf, pos)
    pos += 4
    items7 = []
    if count8 > (end - pos) // 4:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'element count exceeds the data')
    for _ in range(count8):
        if end - pos < 4:
            raise DecodeError('OpenSSHPrivateKeyFile', pos, 'truncated')
        (n10,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e11 = pos + n10
        if e11 > end:
            raise DecodeError('OpenSSHPrivateKeyFile', pos, 'string runs past the end of the data')
        item9 = bytes(buf[pos:e11])
        pos = e11
        items7.append(item9)
    f_public_keys = tuple(items7)
    if end - pos < 4:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'truncated')
    (n12,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e13 = pos + n12
    if e13 > end:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'string runs past the end of the data')
    f_encrypted_section = bytes(buf[pos:e13])
    pos = e13
    if pos != end:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'trailing bytes')
    return OpenSSHPrivateKeyFile(f_cipher_name, f_kdf_name, f_kdf_options, f_public_keys, f_encrypted_section)


def _d_OpenSSHPrivateKeyFile(buf: bytes | memoryview, pos: int, end: int) -> tuple[OpenSSHPrivateKeyFile, int]:
    if buf[pos:pos + 15] != b'openssh-key-v1\x00':
        raise DecodeError('OpenSSHPrivateKeyFile', pos, "magic must be the constant b'openssh-key-v1\\x00'")
    pos += 15
    if end - pos < 4:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'string runs past the end of the data')
    f_cipher_name = _name(buf[pos:e2], 'OpenSSHPrivateKeyFile', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'string runs past the end of the data')
    f_kdf_name = _name(buf[pos:e4], 'OpenSSHPrivateKeyFile', pos)
    pos = e4
    if end - pos < 4:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'string runs past the end of the data')
    f_kdf_options = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'truncated')
    (count8,) = _S_I.unpack_from(buf, pos)
    pos += 4
    items7 = []
    if count8 > (end - pos) // 4:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'element count exceeds the data')
    for _ in range(count8):
        if end - pos < 4:
            raise DecodeError('OpenSSHPrivateKeyFile', pos, 'truncated')
        (n10,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e11 = pos + n10
        if e11 > end:
            raise DecodeError('OpenSSHPrivateKeyFile', pos, 'string runs past the end of the data')
        item9 = bytes(buf[pos:e11])
        pos = e11
        items7.append(item9)
    f_public_keys = tuple(items7)
    if end - pos < 4:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'truncated')
    (n12,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e13 = pos + n12
    if e13 > end:
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'string runs past the end of the data')
    f_encrypted_section = bytes(buf[pos:e13])
    pos = e13
    return OpenSSHPrivateKeyFile(f_cipher_name, f_kdf_name, f_kdf_options, f_public_keys, f_encrypted_section), pos


def decode_open_ssh_private_key_file_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[OpenSSHPrivateKeyFile, int]:
    """Decode one OpenSSHPrivateKeyFile at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('OpenSSHPrivateKeyFile', pos, 'position outside the buffer')
    return _d_OpenSSHPrivateKeyFile(buf, pos, end)


def encode_open_ssh_private_key_file(obj: OpenSSHPrivateKeyFile) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = _enc_name(obj.cipher_name, 'OpenSSHPrivateKeyFile')
        v2 = _enc_name(obj.kdf_name, 'OpenSSHPrivateKeyFile')
        v3 = obj.kdf_options
        lst4 = obj.public_keys
        parts += (b'openssh-key-v1\x00', _S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_I.pack(len(lst4)),)
        for it5 in lst4:
            v6 = it5
            parts += (_S_I.pack(len(v6)), v6,)
        v7 = obj.encrypted_section
        parts += (_S_I.pack(len(v7)), v7,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('OpenSSHPrivateKeyFile', str(exc)) from None


def _e_OpenSSHPrivateKeyFile(obj: OpenSSHPrivateKeyFile, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.cipher_name, 'OpenSSHPrivateKeyFile')
    v2 = _enc_name(obj.kdf_name, 'OpenSSHPrivateKeyFile')
    v3 = obj.kdf_options
    lst4 = obj.public_keys
    parts += (b'openssh-key-v1\x00', _S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_I.pack(len(lst4)),)
    for it5 in lst4:
        v6 = it5
        parts += (_S_I.pack(len(v6)), v6,)
    v7 = obj.encrypted_section
    parts += (_S_I.pack(len(v7)), v7,)


def decode_bcrypt_kdf_options(buf: bytes | memoryview) -> BcryptKdfOptions:
    """Decode a complete BcryptKdfOptions from ``buf``.

    Returns:
        The decoded BcryptKdfOptions; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('BcryptKdfOptions', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('BcryptKdfOptions', pos, 'string runs past the end of the data')
    f_salt = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('BcryptKdfOptions', pos, 'truncated')
    (f_rounds,) = _S_I.unpack_from(buf, pos)
    pos += 4
    if pos != end:
        raise DecodeError('BcryptKdfOptions', pos, 'trailing bytes')
    return BcryptKdfOptions(f_salt, f_rounds)


def _d_BcryptKdfOptions(buf: bytes | memoryview, pos: int, end: int) -> tuple[BcryptKdfOptions, int]:
    if end - pos < 4:
        raise DecodeError('BcryptKdfOptions', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('BcryptKdfOptions', pos, 'string runs past the end of the data')
    f_salt = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('BcryptKdfOptions', pos, 'truncated')
    (f_rounds,) = _S_I.unpack_from(buf, pos)
    pos += 4
    return BcryptKdfOptions(f_salt, f_rounds), pos


def decode_bcrypt_kdf_options_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[BcryptKdfOptions, int]:
    """Decode one BcryptKdfOptions at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('BcryptKdfOptions', pos, 'position outside the buffer')
    return _d_BcryptKdfOptions(buf, pos, end)


def encode_bcrypt_kdf_options(obj: BcryptKdfOptions) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.salt
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(obj.rounds)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('BcryptKdfOptions', str(exc)) from None


def _e_BcryptKdfOptions(obj: BcryptKdfOptions, parts: list[bytes | memoryview]) -> None:
    v1 = obj.salt
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(obj.rounds),)


def decode_open_ssh_private_section(buf: bytes | memoryview) -> OpenSSHPrivateSection:
    """Decode a complete OpenSSHPrivateSection from ``buf``.

    Returns:
        The decoded OpenSSHPrivateSection; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 8:
        raise DecodeError('OpenSSHPrivateSection', pos, 'truncated')
    f_check1, f_check2 = _S_II.unpack_from(buf, pos)
    pos += 8
    f_keys_and_padding = bytes(buf[pos:end])
    pos = end
    if pos != end:
        raise DecodeError('OpenSSHPrivateSection', pos, 'trailing bytes')
    return OpenSSHPrivateSection(f_check1, f_check2, f_keys_and_padding)


def _d_OpenSSHPrivateSection(buf: bytes | memoryview, pos: int, end: int) -> tuple[OpenSSHPrivateSection, int]:
    if end - pos < 8:
        raise DecodeError('OpenSSHPrivateSection', pos, 'truncated')
    f_check1, f_check2 = _S_II.unpack_from(buf, pos)
    pos += 8
    f_keys_and_padding = bytes(buf[pos:end])
    pos = end
    return OpenSSHPrivateSection(f_check1, f_check2, f_keys_and_padding), pos


def decode_open_ssh_private_section_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[OpenSSHPrivateSection, int]:
    """Decode one OpenSSHPrivateSection at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('OpenSSHPrivateSection', pos, 'position outside the buffer')
    return _d_OpenSSHPrivateSection(buf, pos, end)


def encode_open_ssh_private_section(obj: OpenSSHPrivateSection) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_II.pack(obj.check1, obj.check2) + obj.keys_and_padding
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('OpenSSHPrivateSection', str(exc)) from None


def _e_OpenSSHPrivateSection(obj: OpenSSHPrivateSection, parts: list[bytes | memoryview]) -> None:
    parts += (_S_II.pack(obj.check1, obj.check2), obj.keys_and_padding,)


def decode_open_ssh_private_key_entry(buf: bytes | memoryview) -> OpenSSHPrivateKeyEntry:
    """Decode a complete OpenSSHPrivateKeyEntry from ``buf``.

    Returns:
        The decoded OpenSSHPrivateKeyEntry; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('OpenSSHPrivateKeyEntry', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('OpenSSHPrivateKeyEntry', pos, 'string runs past the end of the data')
    f_key_type = _name(buf[pos:e2], 'OpenSSHPrivateKeyEntry', pos)
    pos = e2
    dec3 = _SWD_OpenSSHPrivateKeyEntry_key.get(f_key_type)
    if dec3 is None:
        raise DecodeError('OpenSSHPrivateKeyEntry', pos, 'unknown key_type ' + repr(f_key_type))
    else:
        f_key, pos = dec3(buf, pos, end)
    if end - pos < 4:
        raise DecodeError('OpenSSHPrivateKeyEntry', pos, 'truncated')
    (n4,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e5 = pos + n4
    if e5 > end:
        raise DecodeError('OpenSSHPrivateKeyEntry', pos, 'string runs past the end of the data')
    f_comment = _utf8(buf, pos, e5, 'OpenSSHPrivateKeyEntry')
    pos = e5
    if pos != end:
        raise DecodeError('OpenSSHPrivateKeyEntry', pos, 'trailing bytes')
    return OpenSSHPrivateKeyEntry(f_key_type, f_key, f_comment)


def _d_OpenSSHPrivateKeyEntry(buf: bytes | memoryview, pos: int, end: int) -> tuple[OpenSSHPrivateKeyEntry, int]:
    if end - pos < 4:
        raise DecodeError('OpenSSHPrivateKeyEntry', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('OpenSSHPrivateKeyEntry', pos, 'string runs past the end of the data')
    f_key_type = _name(buf[pos:e2], 'OpenSSHPrivateKeyEntry', pos)
    pos = e2
    dec3 = _SWD_OpenSSHPrivateKeyEntry_key.get(f_key_type)
    if dec3 is None:
        raise DecodeError('OpenSSHPrivateKeyEntry', pos, 'unknown key_type ' + repr(f_key_type))
    else:
        f_key, pos = dec3(buf, pos, end)
    if end - pos < 4:
        raise DecodeError('OpenSSHPrivateKeyEntry', pos, 'truncated')
    (n4,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e5 = pos + n4
    if e5 > end:
        raise DecodeError('OpenSSHPrivateKeyEntry', pos, 'string runs past the end of the data')
    f_comment = _utf8(buf, pos, e5, 'OpenSSHPrivateKeyEntry')
    pos = e5
    return OpenSSHPrivateKeyEntry(f_key_type, f_key, f_comment), pos


def decode_open_ssh_private_key_entry_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[OpenSSHPrivateKeyEntry, int]:
    """Decode one OpenSSHPrivateKeyEntry at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('OpenSSHPrivateKeyEntry', pos, 'position outside the buffer')
    return _d_OpenSSHPrivateKeyEntry(buf, pos, end)


def encode_open_ssh_private_key_entry(obj: OpenSSHPrivateKeyEntry) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = _enc_name(obj.key_type, 'OpenSSHPrivateKeyEntry')
        parts += (_S_I.pack(len(v1)), v1,)
        v2 = obj.key
        case3 = _SWE_OpenSSHPrivateKeyEntry_key.get(obj.key_type)
        if case3 is None:
            raise EncodeError('OpenSSHPrivateKeyEntry', 'no case for key_type ' + repr(obj.key_type))
        elif case3[0] is None:
            if v2 is not None:
                raise EncodeError('OpenSSHPrivateKeyEntry', 'key must be None for this key_type')
        elif type(v2) is not case3[0]:
            raise EncodeError('OpenSSHPrivateKeyEntry', 'key must be ' + case3[0].__name__ + ' for key_type ' + repr(obj.key_type))
        else:
            case3[1](v2, parts)
        v4 = obj.comment.encode('utf-8')
        parts += (_S_I.pack(len(v4)), v4,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('OpenSSHPrivateKeyEntry', str(exc)) from None


def _e_OpenSSHPrivateKeyEntry(obj: OpenSSHPrivateKeyEntry, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.key_type, 'OpenSSHPrivateKeyEntry')
    parts += (_S_I.pack(len(v1)), v1,)
    v2 = obj.key
    case3 = _SWE_OpenSSHPrivateKeyEntry_key.get(obj.key_type)
    if case3 is None:
        raise EncodeError('OpenSSHPrivateKeyEntry', 'no case for key_type ' + repr(obj.key_type))
    elif case3[0] is None:
        if v2 is not None:
            raise EncodeError('OpenSSHPrivateKeyEntry', 'key must be None for this key_type')
    elif type(v2) is not case3[0]:
        raise EncodeError('OpenSSHPrivateKeyEntry', 'key must be ' + case3[0].__name__ + ' for key_type ' + repr(obj.key_type))
    else:
        case3[1](v2, parts)
    v4 = obj.comment.encode('utf-8')
    parts += (_S_I.pack(len(v4)), v4,)


def decode_ed25519_private_key(buf: bytes | memoryview) -> Ed25519PrivateKey:
    """Decode a complete Ed25519PrivateKey from ``buf``.

    Returns:
        The decoded Ed25519PrivateKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('Ed25519PrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Ed25519PrivateKey', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('Ed25519PrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('Ed25519PrivateKey', pos, 'string runs past the end of the data')
    f_private_key = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('Ed25519PrivateKey', pos, 'trailing bytes')
    return Ed25519PrivateKey(f_public_key, f_private_key)


def _d_Ed25519PrivateKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[Ed25519PrivateKey, int]:
    if end - pos < 4:
        raise DecodeError('Ed25519PrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Ed25519PrivateKey', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('Ed25519PrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('Ed25519PrivateKey', pos, 'string runs past the end of the data')
    f_private_key = bytes(buf[pos:e4])
    pos = e4
    return Ed25519PrivateKey(f_public_key, f_private_key), pos


def decode_ed25519_private_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[Ed25519PrivateKey, int]:
    """Decode one Ed25519PrivateKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('Ed25519PrivateKey', pos, 'position outside the buffer')
    return _d_Ed25519PrivateKey(buf, pos, end)


def encode_ed25519_private_key(obj: Ed25519PrivateKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.public_key
        v2 = obj.private_key
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('Ed25519PrivateKey', str(exc)) from None


def _e_Ed25519PrivateKey(obj: Ed25519PrivateKey, parts: list[bytes | memoryview]) -> None:
    v1 = obj.public_key
    v2 = obj.private_key
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_rsa_private_key(buf: bytes | memoryview) -> RsaPrivateKey:
    """Decode a complete RsaPrivateKey from ``buf``.

    Returns:
        The decoded RsaPrivateKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('RsaPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('RsaPrivateKey', pos, 'string runs past the end of the data')
    f_n = _mpint(buf[pos:e2], 'RsaPrivateKey', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('RsaPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('RsaPrivateKey', pos, 'string runs past the end of the data')
    f_e = _mpint(buf[pos:e4], 'RsaPrivateKey', pos)
    pos = e4
    if end - pos < 4:
        raise DecodeError('RsaPrivateKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('RsaPrivateKey', pos, 'string runs past the end of the data')
    f_d = _mpint(buf[pos:e6], 'RsaPrivateKey', pos)
    pos = e6
    if end - pos < 4:
        raise DecodeError('RsaPrivateKey', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('RsaPrivateKey', pos, 'string runs past the end of the data')
    f_iqmp = _mpint(buf[pos:e8], 'RsaPrivateKey', pos)
    pos = e8
    if end - pos < 4:
        raise DecodeError('RsaPrivateKey', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('RsaPrivateKey', pos, 'string runs past the end of the data')
    f_p = _mpint(buf[pos:e10], 'RsaPrivateKey', pos)
    pos = e10
    if end - pos < 4:
        raise DecodeError('RsaPrivateKey', pos, 'truncated')
    (n11,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('RsaPrivateKey', pos, 'string runs past the end of the data')
    f_q = _mpint(buf[pos:e12], 'RsaPrivateKey', pos)
    pos = e12
    if pos != end:
        raise DecodeError('RsaPrivateKey', pos, 'trailing bytes')
    return RsaPrivateKey(f_n, f_e, f_d, f_iqmp, f_p, f_q)


def _d_RsaPrivateKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[RsaPrivateKey, int]:
    if end - pos < 4:
        raise DecodeError('RsaPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('RsaPrivateKey', pos, 'string runs past the end of the data')
    f_n = _mpint(buf[pos:e2], 'RsaPrivateKey', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('RsaPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('RsaPrivateKey', pos, 'string runs past the end of the data')
    f_e = _mpint(buf[pos:e4], 'RsaPrivateKey', pos)
    pos = e4
    if end - pos < 4:
        raise DecodeError('RsaPrivateKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('RsaPrivateKey', pos, 'string runs past the end of the data')
    f_d = _mpint(buf[pos:e6], 'RsaPrivateKey', pos)
    pos = e6
    if end - pos < 4:
        raise DecodeError('RsaPrivateKey', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('RsaPrivateKey', pos, 'string runs past the end of the data')
    f_iqmp = _mpint(buf[pos:e8], 'RsaPrivateKey', pos)
    pos = e8
    if end - pos < 4:
        raise DecodeError('RsaPrivateKey', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('RsaPrivateKey', pos, 'string runs past the end of the data')
    f_p = _mpint(buf[pos:e10], 'RsaPrivateKey', pos)
    pos = e10
    if end - pos < 4:
        raise DecodeError('RsaPrivateKey', pos, 'truncated')
    (n11,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('RsaPrivateKey', pos, 'string runs past the end of the data')
    f_q = _mpint(buf[pos:e12], 'RsaPrivateKey', pos)
    pos = e12
    return RsaPrivateKey(f_n, f_e, f_d, f_iqmp, f_p, f_q), pos


def decode_rsa_private_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[RsaPrivateKey, int]:
    """Decode one RsaPrivateKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('RsaPrivateKey', pos, 'position outside the buffer')
    return _d_RsaPrivateKey(buf, pos, end)


def encode_rsa_private_key(obj: RsaPrivateKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_mpint(obj.n)
        v2 = _enc_mpint(obj.e)
        v3 = _enc_mpint(obj.d)
        v4 = _enc_mpint(obj.iqmp)
        v5 = _enc_mpint(obj.p)
        v6 = _enc_mpint(obj.q)
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + _S_I.pack(len(v4)) + v4 + _S_I.pack(len(v5)) + v5 + _S_I.pack(len(v6)) + v6
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('RsaPrivateKey', str(exc)) from None


def _e_RsaPrivateKey(obj: RsaPrivateKey, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_mpint(obj.n)
    v2 = _enc_mpint(obj.e)
    v3 = _enc_mpint(obj.d)
    v4 = _enc_mpint(obj.iqmp)
    v5 = _enc_mpint(obj.p)
    v6 = _enc_mpint(obj.q)
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_I.pack(len(v4)), v4, _S_I.pack(len(v5)), v5, _S_I.pack(len(v6)), v6,)


def decode_dss_private_key(buf: bytes | memoryview) -> DssPrivateKey:
    """Decode a complete DssPrivateKey from ``buf``.

    Returns:
        The decoded DssPrivateKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('DssPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('DssPrivateKey', pos, 'string runs past the end of the data')
    f_p = _mpint(buf[pos:e2], 'DssPrivateKey', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('DssPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('DssPrivateKey', pos, 'string runs past the end of the data')
    f_q = _mpint(buf[pos:e4], 'DssPrivateKey', pos)
    pos = e4
    if end - pos < 4:
        raise DecodeError('DssPrivateKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('DssPrivateKey', pos, 'string runs past the end of the data')
    f_g = _mpint(buf[pos:e6], 'DssPrivateKey', pos)
    pos = e6
    if end - pos < 4:
        raise DecodeError('DssPrivateKey', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('DssPrivateKey', pos, 'string runs past the end of the data')
    f_y = _mpint(buf[pos:e8], 'DssPrivateKey', pos)
    pos = e8
    if end - pos < 4:
        raise DecodeError('DssPrivateKey', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('DssPrivateKey', pos, 'string runs past the end of the data')
    f_x = _mpint(buf[pos:e10], 'DssPrivateKey', pos)
    pos = e10
    if pos != end:
        raise DecodeError('DssPrivateKey', pos, 'trailing bytes')
    return DssPrivateKey(f_p, f_q, f_g, f_y, f_x)


def _d_DssPrivateKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[DssPrivateKey, int]:
    if end - pos < 4:
        raise DecodeError('DssPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('DssPrivateKey', pos, 'string runs past the end of the data')
    f_p = _mpint(buf[pos:e2], 'DssPrivateKey', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('DssPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('DssPrivateKey', pos, 'string runs past the end of the data')
    f_q = _mpint(buf[pos:e4], 'DssPrivateKey', pos)
    pos = e4
    if end - pos < 4:
        raise DecodeError('DssPrivateKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('DssPrivateKey', pos, 'string runs past the end of the data')
    f_g = _mpint(buf[pos:e6], 'DssPrivateKey', pos)
    pos = e6
    if end - pos < 4:
        raise DecodeError('DssPrivateKey', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('DssPrivateKey', pos, 'string runs past the end of the data')
    f_y = _mpint(buf[pos:e8], 'DssPrivateKey', pos)
    pos = e8
    if end - pos < 4:
        raise DecodeError('DssPrivateKey', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('DssPrivateKey', pos, 'string runs past the end of the data')
    f_x = _mpint(buf[pos:e10], 'DssPrivateKey', pos)
    pos = e10
    return DssPrivateKey(f_p, f_q, f_g, f_y, f_x), pos


def decode_dss_private_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[DssPrivateKey, int]:
    """Decode one DssPrivateKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('DssPrivateKey', pos, 'position outside the buffer')
    return _d_DssPrivateKey(buf, pos, end)


def encode_dss_private_key(obj: DssPrivateKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_mpint(obj.p)
        v2 = _enc_mpint(obj.q)
        v3 = _enc_mpint(obj.g)
        v4 = _enc_mpint(obj.y)
        v5 = _enc_mpint(obj.x)
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + _S_I.pack(len(v4)) + v4 + _S_I.pack(len(v5)) + v5
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('DssPrivateKey', str(exc)) from None


def _e_DssPrivateKey(obj: DssPrivateKey, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_mpint(obj.p)
    v2 = _enc_mpint(obj.q)
    v3 = _enc_mpint(obj.g)
    v4 = _enc_mpint(obj.y)
    v5 = _enc_mpint(obj.x)
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_I.pack(len(v4)), v4, _S_I.pack(len(v5)), v5,)


def decode_ecdsa_private_key(buf: bytes | memoryview) -> EcdsaPrivateKey:
    """Decode a complete EcdsaPrivateKey from ``buf``.

    Returns:
        The decoded EcdsaPrivateKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('EcdsaPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('EcdsaPrivateKey', pos, 'string runs past the end of the data')
    f_curve = _name(buf[pos:e2], 'EcdsaPrivateKey', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('EcdsaPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('EcdsaPrivateKey', pos, 'string runs past the end of the data')
    f_q = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('EcdsaPrivateKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('EcdsaPrivateKey', pos, 'string runs past the end of the data')
    f_d = _mpint(buf[pos:e6], 'EcdsaPrivateKey', pos)
    pos = e6
    if pos != end:
        raise DecodeError('EcdsaPrivateKey', pos, 'trailing bytes')
    return EcdsaPrivateKey(f_curve, f_q, f_d)


def _d_EcdsaPrivateKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[EcdsaPrivateKey, int]:
    if end - pos < 4:
        raise DecodeError('EcdsaPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('EcdsaPrivateKey', pos, 'string runs past the end of the data')
    f_curve = _name(buf[pos:e2], 'EcdsaPrivateKey', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('EcdsaPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('EcdsaPrivateKey', pos, 'string runs past the end of the data')
    f_q = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('EcdsaPrivateKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('EcdsaPrivateKey', pos, 'string runs past the end of the data')
    f_d = _mpint(buf[pos:e6], 'EcdsaPrivateKey', pos)
    pos = e6
    return EcdsaPrivateKey(f_curve, f_q, f_d), pos


def decode_ecdsa_private_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[EcdsaPrivateKey, int]:
    """Decode one EcdsaPrivateKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('EcdsaPrivateKey', pos, 'position outside the buffer')
    return _d_EcdsaPrivateKey(buf, pos, end)


def encode_ecdsa_private_key(obj: EcdsaPrivateKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_name(obj.curve, 'EcdsaPrivateKey')
        v2 = obj.q
        v3 = _enc_mpint(obj.d)
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('EcdsaPrivateKey', str(exc)) from None


def _e_EcdsaPrivateKey(obj: EcdsaPrivateKey, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.curve, 'EcdsaPrivateKey')
    v2 = obj.q
    v3 = _enc_mpint(obj.d)
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3,)


def decode_sk_ecdsa_private_key(buf: bytes | memoryview) -> SkEcdsaPrivateKey:
    """Decode a complete SkEcdsaPrivateKey from ``buf``.

    Returns:
        The decoded SkEcdsaPrivateKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'string runs past the end of the data')
    f_curve = _name(buf[pos:e2], 'SkEcdsaPrivateKey', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'string runs past the end of the data')
    f_q = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'string runs past the end of the data')
    f_application = _utf8(buf, pos, e6, 'SkEcdsaPrivateKey')
    pos = e6
    if end - pos < 5:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'truncated')
    f_flags, n7 = _S_BI.unpack_from(buf, pos)
    pos += 5
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'string runs past the end of the data')
    f_key_handle = bytes(buf[pos:e8])
    pos = e8
    if end - pos < 4:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e10])
    pos = e10
    if pos != end:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'trailing bytes')
    return SkEcdsaPrivateKey(f_curve, f_q, f_application, f_flags, f_key_handle, f_reserved)


def _d_SkEcdsaPrivateKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[SkEcdsaPrivateKey, int]:
    if end - pos < 4:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'string runs past the end of the data')
    f_curve = _name(buf[pos:e2], 'SkEcdsaPrivateKey', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'string runs past the end of the data')
    f_q = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'string runs past the end of the data')
    f_application = _utf8(buf, pos, e6, 'SkEcdsaPrivateKey')
    pos = e6
    if end - pos < 5:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'truncated')
    f_flags, n7 = _S_BI.unpack_from(buf, pos)
    pos += 5
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'string runs past the end of the data')
    f_key_handle = bytes(buf[pos:e8])
    pos = e8
    if end - pos < 4:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('SkEcdsaPrivateKey', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e10])
    pos = e10
    return SkEcdsaPrivateKey(f_curve, f_q, f_application, f_flags, f_key_handle, f_reserved), pos


def decode_sk_ecdsa_private_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SkEcdsaPrivateKey, int]:
    """Decode one SkEcdsaPrivateKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SkEcdsaPrivateKey', pos, 'position outside the buffer')
    return _d_SkEcdsaPrivateKey(buf, pos, end)


def encode_sk_ecdsa_private_key(obj: SkEcdsaPrivateKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_name(obj.curve, 'SkEcdsaPrivateKey')
        v2 = obj.q
        v3 = obj.application.encode('utf-8')
        v4 = obj.key_handle
        v5 = obj.reserved
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + _S_BI.pack(obj.flags, len(v4)) + v4 + _S_I.pack(len(v5)) + v5
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SkEcdsaPrivateKey', str(exc)) from None


def _e_SkEcdsaPrivateKey(obj: SkEcdsaPrivateKey, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.curve, 'SkEcdsaPrivateKey')
    v2 = obj.q
    v3 = obj.application.encode('utf-8')
    v4 = obj.key_handle
    v5 = obj.reserved
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_BI.pack(obj.flags, len(v4)), v4, _S_I.pack(len(v5)), v5,)


def decode_sk_ed25519_private_key(buf: bytes | memoryview) -> SkEd25519PrivateKey:
    """Decode a complete SkEd25519PrivateKey from ``buf``.

    Returns:
        The decoded SkEd25519PrivateKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SkEd25519PrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SkEd25519PrivateKey', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SkEd25519PrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SkEd25519PrivateKey', pos, 'string runs past the end of the data')
    f_application = _utf8(buf, pos, e4, 'SkEd25519PrivateKey')
    pos = e4
    if end - pos < 5:
        raise DecodeError('SkEd25519PrivateKey', pos, 'truncated')
    f_flags, n5 = _S_BI.unpack_from(buf, pos)
    pos += 5
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('SkEd25519PrivateKey', pos, 'string runs past the end of the data')
    f_key_handle = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('SkEd25519PrivateKey', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('SkEd25519PrivateKey', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e8])
    pos = e8
    if pos != end:
        raise DecodeError('SkEd25519PrivateKey', pos, 'trailing bytes')
    return SkEd25519PrivateKey(f_public_key, f_application, f_flags, f_key_handle, f_reserved)


def _d_SkEd25519PrivateKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[SkEd25519PrivateKey, int]:
    if end - pos < 4:
        raise DecodeError('SkEd25519PrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SkEd25519PrivateKey', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SkEd25519PrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SkEd25519PrivateKey', pos, 'string runs past the end of the data')
    f_application = _utf8(buf, pos, e4, 'SkEd25519PrivateKey')
    pos = e4
    if end - pos < 5:
        raise DecodeError('SkEd25519PrivateKey', pos, 'truncated')
    f_flags, n5 = _S_BI.unpack_from(buf, pos)
    pos += 5
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('SkEd25519PrivateKey', pos, 'string runs past the end of the data')
    f_key_handle = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('SkEd25519PrivateKey', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('SkEd25519PrivateKey', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e8])
    pos = e8
    return SkEd25519PrivateKey(f_public_key, f_application, f_flags, f_key_handle, f_reserved), pos


def decode_sk_ed25519_private_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SkEd25519PrivateKey, int]:
    """Decode one SkEd25519PrivateKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SkEd25519PrivateKey', pos, 'position outside the buffer')
    return _d_SkEd25519PrivateKey(buf, pos, end)


def encode_sk_ed25519_private_key(obj: SkEd25519PrivateKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.public_key
        v2 = obj.application.encode('utf-8')
        v3 = obj.key_handle
        v4 = obj.reserved
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_BI.pack(obj.flags, len(v3)) + v3 + _S_I.pack(len(v4)) + v4
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SkEd25519PrivateKey', str(exc)) from None


def _e_SkEd25519PrivateKey(obj: SkEd25519PrivateKey, parts: list[bytes | memoryview]) -> None:
    v1 = obj.public_key
    v2 = obj.application.encode('utf-8')
    v3 = obj.key_handle
    v4 = obj.reserved
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_BI.pack(obj.flags, len(v3)), v3, _S_I.pack(len(v4)), v4,)


def decode_ed25519_cert_private_key(buf: bytes | memoryview) -> Ed25519CertPrivateKey:
    """Decode a complete Ed25519CertPrivateKey from ``buf``.

    Returns:
        The decoded Ed25519CertPrivateKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('Ed25519CertPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Ed25519CertPrivateKey', pos, 'string runs past the end of the data')
    f_certificate = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('Ed25519CertPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('Ed25519CertPrivateKey', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('Ed25519CertPrivateKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('Ed25519CertPrivateKey', pos, 'string runs past the end of the data')
    f_private_key = bytes(buf[pos:e6])
    pos = e6
    if pos != end:
        raise DecodeError('Ed25519CertPrivateKey', pos, 'trailing bytes')
    return Ed25519CertPrivateKey(f_certificate, f_public_key, f_private_key)


def _d_Ed25519CertPrivateKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[Ed25519CertPrivateKey, int]:
    if end - pos < 4:
        raise DecodeError('Ed25519CertPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Ed25519CertPrivateKey', pos, 'string runs past the end of the data')
    f_certificate = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('Ed25519CertPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('Ed25519CertPrivateKey', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('Ed25519CertPrivateKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('Ed25519CertPrivateKey', pos, 'string runs past the end of the data')
    f_private_key = bytes(buf[pos:e6])
    pos = e6
    return Ed25519CertPrivateKey(f_certificate, f_public_key, f_private_key), pos


def decode_ed25519_cert_private_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[Ed25519CertPrivateKey, int]:
    """Decode one Ed25519CertPrivateKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('Ed25519CertPrivateKey', pos, 'position outside the buffer')
    return _d_Ed25519CertPrivateKey(buf, pos, end)


def encode_ed25519_cert_private_key(obj: Ed25519CertPrivateKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.certificate
        v2 = obj.public_key
        v3 = obj.private_key
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('Ed25519CertPrivateKey', str(exc)) from None


def _e_Ed25519CertPrivateKey(obj: Ed25519CertPrivateKey, parts: list[bytes | memoryview]) -> None:
    v1 = obj.certificate
    v2 = obj.public_key
    v3 = obj.private_key
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3,)


def decode_rsa_cert_private_key(buf: bytes | memoryview) -> RsaCertPrivateKey:
    """Decode a complete RsaCertPrivateKey from ``buf``.

    Returns:
        The decoded RsaCertPrivateKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('RsaCertPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('RsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_certificate = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('RsaCertPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('RsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_d = _mpint(buf[pos:e4], 'RsaCertPrivateKey', pos)
    pos = e4
    if end - pos < 4:
        raise DecodeError('RsaCertPrivateKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('RsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_iqmp = _mpint(buf[pos:e6], 'RsaCertPrivateKey', pos)
    pos = e6
    if end - pos < 4:
        raise DecodeError('RsaCertPrivateKey', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('RsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_p = _mpint(buf[pos:e8], 'RsaCertPrivateKey', pos)
    pos = e8
    if end - pos < 4:
        raise DecodeError('RsaCertPrivateKey', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('RsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_q = _mpint(buf[pos:e10], 'RsaCertPrivateKey', pos)
    pos = e10
    if pos != end:
        raise DecodeError('RsaCertPrivateKey', pos, 'trailing bytes')
    return RsaCertPrivateKey(f_certificate, f_d, f_iqmp, f_p, f_q)


def _d_RsaCertPrivateKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[RsaCertPrivateKey, int]:
    if end - pos < 4:
        raise DecodeError('RsaCertPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('RsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_certificate = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('RsaCertPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('RsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_d = _mpint(buf[pos:e4], 'RsaCertPrivateKey', pos)
    pos = e4
    if end - pos < 4:
        raise DecodeError('RsaCertPrivateKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('RsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_iqmp = _mpint(buf[pos:e6], 'RsaCertPrivateKey', pos)
    pos = e6
    if end - pos < 4:
        raise DecodeError('RsaCertPrivateKey', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('RsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_p = _mpint(buf[pos:e8], 'RsaCertPrivateKey', pos)
    pos = e8
    if end - pos < 4:
        raise DecodeError('RsaCertPrivateKey', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('RsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_q = _mpint(buf[pos:e10], 'RsaCertPrivateKey', pos)
    pos = e10
    return RsaCertPrivateKey(f_certificate, f_d, f_iqmp, f_p, f_q), pos


def decode_rsa_cert_private_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[RsaCertPrivateKey, int]:
    """Decode one RsaCertPrivateKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('RsaCertPrivateKey', pos, 'position outside the buffer')
    return _d_RsaCertPrivateKey(buf, pos, end)


def encode_rsa_cert_private_key(obj: RsaCertPrivateKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.certificate
        v2 = _enc_mpint(obj.d)
        v3 = _enc_mpint(obj.iqmp)
        v4 = _enc_mpint(obj.p)
        v5 = _enc_mpint(obj.q)
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + _S_I.pack(len(v4)) + v4 + _S_I.pack(len(v5)) + v5
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('RsaCertPrivateKey', str(exc)) from None


def _e_RsaCertPrivateKey(obj: RsaCertPrivateKey, parts: list[bytes | memoryview]) -> None:
    v1 = obj.certificate
    v2 = _enc_mpint(obj.d)
    v3 = _enc_mpint(obj.iqmp)
    v4 = _enc_mpint(obj.p)
    v5 = _enc_mpint(obj.q)
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_I.pack(len(v4)), v4, _S_I.pack(len(v5)), v5,)


def decode_dss_cert_private_key(buf: bytes | memoryview) -> DssCertPrivateKey:
    """Decode a complete DssCertPrivateKey from ``buf``.

    Returns:
        The decoded DssCertPrivateKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('DssCertPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('DssCertPrivateKey', pos, 'string runs past the end of the data')
    f_certificate = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('DssCertPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('DssCertPrivateKey', pos, 'string runs past the end of the data')
    f_x = _mpint(buf[pos:e4], 'DssCertPrivateKey', pos)
    pos = e4
    if pos != end:
        raise DecodeError('DssCertPrivateKey', pos, 'trailing bytes')
    return DssCertPrivateKey(f_certificate, f_x)


def _d_DssCertPrivateKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[DssCertPrivateKey, int]:
    if end - pos < 4:
        raise DecodeError('DssCertPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('DssCertPrivateKey', pos, 'string runs past the end of the data')
    f_certificate = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('DssCertPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('DssCertPrivateKey', pos, 'string runs past the end of the data')
    f_x = _mpint(buf[pos:e4], 'DssCertPrivateKey', pos)
    pos = e4
    return DssCertPrivateKey(f_certificate, f_x), pos


def decode_dss_cert_private_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[DssCertPrivateKey, int]:
    """Decode one DssCertPrivateKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('DssCertPrivateKey', pos, 'position outside the buffer')
    return _d_DssCertPrivateKey(buf, pos, end)


def encode_dss_cert_private_key(obj: DssCertPrivateKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.certificate
        v2 = _enc_mpint(obj.x)
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('DssCertPrivateKey', str(exc)) from None


def _e_DssCertPrivateKey(obj: DssCertPrivateKey, parts: list[bytes | memoryview]) -> None:
    v1 = obj.certificate
    v2 = _enc_mpint(obj.x)
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_ecdsa_cert_private_key(buf: bytes | memoryview) -> EcdsaCertPrivateKey:
    """Decode a complete EcdsaCertPrivateKey from ``buf``.

    Returns:
        The decoded EcdsaCertPrivateKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('EcdsaCertPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('EcdsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_certificate = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('EcdsaCertPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('EcdsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_d = _mpint(buf[pos:e4], 'EcdsaCertPrivateKey', pos)
    pos = e4
    if pos != end:
        raise DecodeError('EcdsaCertPrivateKey', pos, 'trailing bytes')
    return EcdsaCertPrivateKey(f_certificate, f_d)


def _d_EcdsaCertPrivateKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[EcdsaCertPrivateKey, int]:
    if end - pos < 4:
        raise DecodeError('EcdsaCertPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('EcdsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_certificate = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('EcdsaCertPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('EcdsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_d = _mpint(buf[pos:e4], 'EcdsaCertPrivateKey', pos)
    pos = e4
    return EcdsaCertPrivateKey(f_certificate, f_d), pos


def decode_ecdsa_cert_private_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[EcdsaCertPrivateKey, int]:
    """Decode one EcdsaCertPrivateKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('EcdsaCertPrivateKey', pos, 'position outside the buffer')
    return _d_EcdsaCertPrivateKey(buf, pos, end)


def encode_ecdsa_cert_private_key(obj: EcdsaCertPrivateKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.certificate
        v2 = _enc_mpint(obj.d)
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('EcdsaCertPrivateKey', str(exc)) from None


def _e_EcdsaCertPrivateKey(obj: EcdsaCertPrivateKey, parts: list[bytes | memoryview]) -> None:
    v1 = obj.certificate
    v2 = _enc_mpint(obj.d)
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_sk_ecdsa_cert_private_key(buf: bytes | memoryview) -> SkEcdsaCertPrivateKey:
    """Decode a complete SkEcdsaCertPrivateKey from ``buf``.

    Returns:
        The decoded SkEcdsaCertPrivateKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_certificate = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_application = _utf8(buf, pos, e4, 'SkEcdsaCertPrivateKey')
    pos = e4
    if end - pos < 5:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'truncated')
    f_flags, n5 = _S_BI.unpack_from(buf, pos)
    pos += 5
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_key_handle = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e8])
    pos = e8
    if pos != end:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'trailing bytes')
    return SkEcdsaCertPrivateKey(f_certificate, f_application, f_flags, f_key_handle, f_reserved)


def _d_SkEcdsaCertPrivateKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[SkEcdsaCertPrivateKey, int]:
    if end - pos < 4:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_certificate = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_application = _utf8(buf, pos, e4, 'SkEcdsaCertPrivateKey')
    pos = e4
    if end - pos < 5:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'truncated')
    f_flags, n5 = _S_BI.unpack_from(buf, pos)
    pos += 5
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_key_handle = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e8])
    pos = e8
    return SkEcdsaCertPrivateKey(f_certificate, f_application, f_flags, f_key_handle, f_reserved), pos


def decode_sk_ecdsa_cert_private_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SkEcdsaCertPrivateKey, int]:
    """Decode one SkEcdsaCertPrivateKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SkEcdsaCertPrivateKey', pos, 'position outside the buffer')
    return _d_SkEcdsaCertPrivateKey(buf, pos, end)


def encode_sk_ecdsa_cert_private_key(obj: SkEcdsaCertPrivateKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.certificate
        v2 = obj.application.encode('utf-8')
        v3 = obj.key_handle
        v4 = obj.reserved
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_BI.pack(obj.flags, len(v3)) + v3 + _S_I.pack(len(v4)) + v4
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SkEcdsaCertPrivateKey', str(exc)) from None


def _e_SkEcdsaCertPrivateKey(obj: SkEcdsaCertPrivateKey, parts: list[bytes | memoryview]) -> None:
    v1 = obj.certificate
    v2 = obj.application.encode('utf-8')
    v3 = obj.key_handle
    v4 = obj.reserved
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_BI.pack(obj.flags, len(v3)), v3, _S_I.pack(len(v4)), v4,)


def decode_sk_ed25519_cert_private_key(buf: bytes | memoryview) -> SkEd25519CertPrivateKey:
    """Decode a complete SkEd25519CertPrivateKey from ``buf``.

    Returns:
        The decoded SkEd25519CertPrivateKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'string runs past the end of the data')
    f_certificate = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'string runs past the end of the data')
    f_application = _utf8(buf, pos, e6, 'SkEd25519CertPrivateKey')
    pos = e6
    if end - pos < 5:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'truncated')
    f_flags, n7 = _S_BI.unpack_from(buf, pos)
    pos += 5
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'string runs past the end of the data')
    f_key_handle = bytes(buf[pos:e8])
    pos = e8
    if end - pos < 4:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e10])
    pos = e10
    if pos != end:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'trailing bytes')
    return SkEd25519CertPrivateKey(f_certificate, f_public_key, f_application, f_flags, f_key_handle, f_reserved)


def _d_SkEd25519CertPrivateKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[SkEd25519CertPrivateKey, int]:
    if end - pos < 4:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'string runs past the end of the data')
    f_certificate = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'string runs past the end of the data')
    f_application = _utf8(buf, pos, e6, 'SkEd25519CertPrivateKey')
    pos = e6
    if end - pos < 5:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'truncated')
    f_flags, n7 = _S_BI.unpack_from(buf, pos)
    pos += 5
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'string runs past the end of the data')
    f_key_handle = bytes(buf[pos:e8])
    pos = e8
    if end - pos < 4:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e10])
    pos = e10
    return SkEd25519CertPrivateKey(f_certificate, f_public_key, f_application, f_flags, f_key_handle, f_reserved), pos


def decode_sk_ed25519_cert_private_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SkEd25519CertPrivateKey, int]:
    """Decode one SkEd25519CertPrivateKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SkEd25519CertPrivateKey', pos, 'position outside the buffer')
    return _d_SkEd25519CertPrivateKey(buf, pos, end)


def encode_sk_ed25519_cert_private_key(obj: SkEd25519CertPrivateKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.certificate
        v2 = obj.public_key
        v3 = obj.application.encode('utf-8')
        v4 = obj.key_handle
        v5 = obj.reserved
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + _S_BI.pack(obj.flags, len(v4)) + v4 + _S_I.pack(len(v5)) + v5
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SkEd25519CertPrivateKey', str(exc)) from None


def _e_SkEd25519CertPrivateKey(obj: SkEd25519CertPrivateKey, parts: list[bytes | memoryview]) -> None:
    v1 = obj.certificate
    v2 = obj.public_key
    v3 = obj.application.encode('utf-8')
    v4 = obj.key_handle
    v5 = obj.reserved
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_BI.pack(obj.flags, len(v4)), v4, _S_I.pack(len(v5)), v5,)


def decode_ssh_signature_blob(buf: bytes | memoryview) -> SshSignatureBlob:
    """Decode a complete SshSignatureBlob from ``buf``.

    Returns:
        The decoded SshSignatureBlob; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if buf[pos:pos + 6] != b'SSHSIG':
        raise DecodeError('SshSignatureBlob', pos, "magic must be the constant b'SSHSIG'")
    pos += 6
    if end - pos < 8:
        raise DecodeError('SshSignatureBlob', pos, 'truncated')
    f_version, n1 = _S_II.unpack_from(buf, pos)
    pos += 8
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SshSignatureBlob', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SshSignatureBlob', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SshSignatureBlob', pos, 'string runs past the end of the data')
    f_namespace = _utf8(buf, pos, e4, 'SshSignatureBlob')
    pos = e4
    if end - pos < 4:
        raise DecodeError('SshSignatureBlob', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('SshSignatureBlob', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('SshSignatureBlob', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('SshSignatureBlob', pos, 'string runs past the end of the data')
    f_hash_algorithm = _name(buf[pos:e8], 'SshSignatureBlob', pos)
    pos = e8
    if end - pos < 4:
        raise DecodeError('SshSignatureBlob', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('SshSignatureBlob', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e10])
    pos = e10
    if pos != end:
        raise DecodeError('SshSignatureBlob', pos, 'trailing bytes')
    return SshSignatureBlob(f_version, f_public_key, f_namespace, f_reserved, f_hash_algorithm, f_signature)


def _d_SshSignatureBlob(buf: bytes | memoryview, pos: int, end: int) -> tuple[SshSignatureBlob, int]:
    if buf[pos:pos + 6] != b'SSHSIG':
        raise DecodeError('SshSignatureBlob', pos, "magic must be the constant b'SSHSIG'")
    pos += 6
    if end - pos < 8:
        raise DecodeError('SshSignatureBlob', pos, 'truncated')
    f_version, n1 = _S_II.unpack_from(buf, pos)
    pos += 8
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SshSignatureBlob', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SshSignatureBlob', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SshSignatureBlob', pos, 'string runs past the end of the data')
    f_namespace = _utf8(buf, pos, e4, 'SshSignatureBlob')
    pos = e4
    if end - pos < 4:
        raise DecodeError('SshSignatureBlob', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('SshSignatureBlob', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('SshSignatureBlob', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('SshSignatureBlob', pos, 'string runs past the end of the data')
    f_hash_algorithm = _name(buf[pos:e8], 'SshSignatureBlob', pos)
    pos = e8
    if end - pos < 4:
        raise DecodeError('SshSignatureBlob', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('SshSignatureBlob', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e10])
    pos = e10
    return SshSignatureBlob(f_version, f_public_key, f_namespace, f_reserved, f_hash_algorithm, f_signature), pos


def decode_ssh_signature_blob_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SshSignatureBlob, int]:
    """Decode one SshSignatureBlob at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SshSignatureBlob', pos, 'position outside the buffer')
    return _d_SshSignatureBlob(buf, pos, end)


def encode_ssh_signature_blob(obj: SshSignatureBlob) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.public_key
        v2 = obj.namespace.encode('utf-8')
        v3 = obj.reserved
        v4 = _enc_name(obj.hash_algorithm, 'SshSignatureBlob')
        v5 = obj.signature
        return b'SSHSIG' + _S_II.pack(obj.version, len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + _S_I.pack(len(v4)) + v4 + _S_I.pack(len(v5)) + v5
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SshSignatureBlob', str(exc)) from None


def _e_SshSignatureBlob(obj: SshSignatureBlob, parts: list[bytes | memoryview]) -> None:
    v1 = obj.public_key
    v2 = obj.namespace.encode('utf-8')
    v3 = obj.reserved
    v4 = _enc_name(obj.hash_algorithm, 'SshSignatureBlob')
    v5 = obj.signature
    parts += (b'SSHSIG', _S_II.pack(obj.version, len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_I.pack(len(v4)), v4, _S_I.pack(len(v5)), v5,)


def decode_ssh_signed_data(buf: bytes | memoryview) -> SshSignedData:
    """Decode a complete SshSignedData from ``buf``.

    Returns:
        The decoded SshSignedData; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if buf[pos:pos + 6] != b'SSHSIG':
        raise DecodeError('SshSignedData', pos, "magic must be the constant b'SSHSIG'")
    pos += 6
    if end - pos < 4:
        raise DecodeError('SshSignedData', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SshSignedData', pos, 'string runs past the end of the data')
    f_namespace = _utf8(buf, pos, e2, 'SshSignedData')
    pos = e2
    if end - pos < 4:
        raise DecodeError('SshSignedData', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SshSignedData', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('SshSignedData', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('SshSignedData', pos, 'string runs past the end of the data')
    f_hash_algorithm = _name(buf[pos:e6], 'SshSignedData', pos)
    pos = e6
    if end - pos < 4:
        raise DecodeError('SshSignedData', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('SshSignedData', pos, 'string runs past the end of the data')
    f_hash = bytes(buf[pos:e8])
    pos = e8
    if pos != end:
        raise DecodeError('SshSignedData', pos, 'trailing bytes')
    return SshSignedData(f_namespace, f_reserved, f_hash_algorithm, f_hash)


def _d_SshSignedData(buf: bytes | memoryview, pos: int, end: int) -> tuple[SshSignedData, int]:
    if buf[pos:pos + 6] != b'SSHSIG':
        raise DecodeError('SshSignedData', pos, "magic must be the constant b'SSHSIG'")
    pos += 6
    if end - pos < 4:
        raise DecodeError('SshSignedData', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SshSignedData', pos, 'string runs past the end of the data')
    f_namespace = _utf8(buf, pos, e2, 'SshSignedData')
    pos = e2
    if end - pos < 4:
        raise DecodeError('SshSignedData', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SshSignedData', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('SshSignedData', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('SshSignedData', pos, 'string runs past the end of the data')
    f_hash_algorithm = _name(buf[pos:e6], 'SshSignedData', pos)
    pos = e6
    if end - pos < 4:
        raise DecodeError('SshSignedData', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('SshSignedData', pos, 'string runs past the end of the data')
    f_hash = bytes(buf[pos:e8])
    pos = e8
    return SshSignedData(f_namespace, f_reserved, f_hash_algorithm, f_hash), pos


def decode_ssh_signed_data_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SshSignedData, int]:
    """Decode one SshSignedData at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SshSignedData', pos, 'position outside the buffer')
    return _d_SshSignedData(buf, pos, end)


def encode_ssh_signed_data(obj: SshSignedData) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.namespace.encode('utf-8')
        v2 = obj.reserved
        v3 = _enc_name(obj.hash_algorithm, 'SshSignedData')
        v4 = obj.hash
        return b'SSHSIG' + _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + _S_I.pack(len(v4)) + v4
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SshSignedData', str(exc)) from None


def _e_SshSignedData(obj: SshSignedData, parts: list[bytes | memoryview]) -> None:
    v1 = obj.namespace.encode('utf-8')
    v2 = obj.reserved
    v3 = _enc_name(obj.hash_algorithm, 'SshSignedData')
    v4 = obj.hash
    parts += (b'SSHSIG', _S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_I.pack(len(v4)), v4,)


_SWD_PublicKeyBlob_key: dict[str, _Decoder] = {
    'ssh-ed25519': _d_Ed25519PublicKey,
    'ssh-rsa': _d_RsaPublicKey,
    'ssh-dss': _d_DssPublicKey,
    'ecdsa-sha2-nistp256': _d_EcdsaPublicKey,
    'ecdsa-sha2-nistp384': _d_EcdsaPublicKey,
    'ecdsa-sha2-nistp521': _d_EcdsaPublicKey,
    'sk-ecdsa-sha2-nistp256@openssh.com': _d_SkEcdsaPublicKey,
    'sk-ssh-ed25519@openssh.com': _d_SkEd25519PublicKey,
}

_SWE_PublicKeyBlob_key: dict[str, tuple[type | None, _Encoder]] = {
    'ssh-ed25519': (Ed25519PublicKey, _e_Ed25519PublicKey),
    'ssh-rsa': (RsaPublicKey, _e_RsaPublicKey),
    'ssh-dss': (DssPublicKey, _e_DssPublicKey),
    'ecdsa-sha2-nistp256': (EcdsaPublicKey, _e_EcdsaPublicKey),
    'ecdsa-sha2-nistp384': (EcdsaPublicKey, _e_EcdsaPublicKey),
    'ecdsa-sha2-nistp521': (EcdsaPublicKey, _e_EcdsaPublicKey),
    'sk-ecdsa-sha2-nistp256@openssh.com': (SkEcdsaPublicKey, _e_SkEcdsaPublicKey),
    'sk-ssh-ed25519@openssh.com': (SkEd25519PublicKey, _e_SkEd25519PublicKey),
}

_SWD_Certificate_key: dict[str, _Decoder] = {
    'ssh-ed25519-cert-v01@openssh.com': _d_Ed25519PublicKey,
    'ssh-rsa-cert-v01@openssh.com': _d_RsaPublicKey,
    'ssh-dss-cert-v01@openssh.com': _d_DssPublicKey,
    'ecdsa-sha2-nistp256-cert-v01@openssh.com': _d_EcdsaPublicKey,
    'ecdsa-sha2-nistp384-cert-v01@openssh.com': _d_EcdsaPublicKey,
    'ecdsa-sha2-nistp521-cert-v01@openssh.com': _d_EcdsaPublicKey,
    'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': _d_SkEcdsaPublicKey,
    'sk-ssh-ed25519-cert-v01@openssh.com': _d_SkEd25519PublicKey,
}

_SWE_Certificate_key: dict[str, tuple[type | None, _Encoder]] = {
    'ssh-ed25519-cert-v01@openssh.com': (Ed25519PublicKey, _e_Ed25519PublicKey),
    'ssh-rsa-cert-v01@openssh.com': (RsaPublicKey, _e_RsaPublicKey),
    'ssh-dss-cert-v01@openssh.com': (DssPublicKey, _e_DssPublicKey),
    'ecdsa-sha2-nistp256-cert-v01@openssh.com': (EcdsaPublicKey, _e_EcdsaPublicKey),
    'ecdsa-sha2-nistp384-cert-v01@openssh.com': (EcdsaPublicKey, _e_EcdsaPublicKey),
    'ecdsa-sha2-nistp521-cert-v01@openssh.com': (EcdsaPublicKey, _e_EcdsaPublicKey),
    'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': (SkEcdsaPublicKey, _e_SkEcdsaPublicKey),
    'sk-ssh-ed25519-cert-v01@openssh.com': (SkEd25519PublicKey, _e_SkEd25519PublicKey),
}

_SWD_Signature_body: dict[str, _Decoder] = {
    'ssh-ed25519': _d_RawSignature,
    'ssh-rsa': _d_RawSignature,
    'rsa-sha2-256': _d_RawSignature,
    'rsa-sha2-512': _d_RawSignature,
    'ssh-dss': _d_RawSignature,
    'ecdsa-sha2-nistp256': _d_EcdsaSignature,
    'ecdsa-sha2-nistp384': _d_EcdsaSignature,
    'ecdsa-sha2-nistp521': _d_EcdsaSignature,
    'sk-ecdsa-sha2-nistp256@openssh.com': _d_SkEcdsaSignature,
    'webauthn-sk-ecdsa-sha2-nistp256@openssh.com': _d_WebAuthnSkEcdsaSignature,
    'sk-ssh-ed25519@openssh.com': _d_SkEd25519Signature,
}

_SWE_Signature_body: dict[str, tuple[type | None, _Encoder]] = {
    'ssh-ed25519': (RawSignature, _e_RawSignature),
    'ssh-rsa': (RawSignature, _e_RawSignature),
    'rsa-sha2-256': (RawSignature, _e_RawSignature),
    'rsa-sha2-512': (RawSignature, _e_RawSignature),
    'ssh-dss': (RawSignature, _e_RawSignature),
    'ecdsa-sha2-nistp256': (EcdsaSignature, _e_EcdsaSignature),
    'ecdsa-sha2-nistp384': (EcdsaSignature, _e_EcdsaSignature),
    'ecdsa-sha2-nistp521': (EcdsaSignature, _e_EcdsaSignature),
    'sk-ecdsa-sha2-nistp256@openssh.com': (SkEcdsaSignature, _e_SkEcdsaSignature),
    'webauthn-sk-ecdsa-sha2-nistp256@openssh.com': (WebAuthnSkEcdsaSignature, _e_WebAuthnSkEcdsaSignature),
    'sk-ssh-ed25519@openssh.com': (SkEd25519Signature, _e_SkEd25519Signature),
}

_SWD_OpenSSHPrivateKeyEntry_key: dict[str, _Decoder] = {
    'ssh-ed25519': _d_Ed25519PrivateKey,
    'ssh-rsa': _d_RsaPrivateKey,
    'ssh-dss': _d_DssPrivateKey,
    'ecdsa-sha2-nistp256': _d_EcdsaPrivateKey,
    'ecdsa-sha2-nistp384': _d_EcdsaPrivateKey,
    'ecdsa-sha2-nistp521': _d_EcdsaPrivateKey,
    'sk-ecdsa-sha2-nistp256@openssh.com': _d_SkEcdsaPrivateKey,
    'sk-ssh-ed25519@openssh.com': _d_SkEd25519PrivateKey,
    'ssh-ed25519-cert-v01@openssh.com': _d_Ed25519CertPrivateKey,
    'ssh-rsa-cert-v01@openssh.com': _d_RsaCertPrivateKey,
    'ssh-dss-cert-v01@openssh.com': _d_DssCertPrivateKey,
    'ecdsa-sha2-nistp256-cert-v01@openssh.com': _d_EcdsaCertPrivateKey,
    'ecdsa-sha2-nistp384-cert-v01@openssh.com': _d_EcdsaCertPrivateKey,
    'ecdsa-sha2-nistp521-cert-v01@openssh.com': _d_EcdsaCertPrivateKey,
    'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': _d_SkEcdsaCertPrivateKey,
    'sk-ssh-ed25519-cert-v01@openssh.com': _d_SkEd25519CertPrivateKey,
}

_SWE_OpenSSHPrivateKeyEntry_key: dict[str, tuple[type | None, _Encoder]] = {
    'ssh-ed25519': (Ed25519PrivateKey, _e_Ed25519PrivateKey),
    'ssh-rsa': (RsaPrivateKey, _e_RsaPrivateKey),
    'ssh-dss': (DssPrivateKey, _e_DssPrivateKey),
    'ecdsa-sha2-nistp256': (EcdsaPrivateKey, _e_EcdsaPrivateKey),
    'ecdsa-sha2-nistp384': (EcdsaPrivateKey, _e_EcdsaPrivateKey),
    'ecdsa-sha2-nistp521': (EcdsaPrivateKey, _e_EcdsaPrivateKey),
    'sk-ecdsa-sha2-nistp256@openssh.com': (SkEcdsaPrivateKey, _e_SkEcdsaPrivateKey),
    'sk-ssh-ed25519@openssh.com': (SkEd25519PrivateKey, _e_SkEd25519PrivateKey),
    'ssh-ed25519-cert-v01@openssh.com': (Ed25519CertPrivateKey, _e_Ed25519CertPrivateKey),
    'ssh-rsa-cert-v01@openssh.com': (RsaCertPrivateKey, _e_RsaCertPrivateKey),
    'ssh-dss-cert-v01@openssh.com': (DssCertPrivateKey, _e_DssCertPrivateKey),
    'ecdsa-sha2-nistp256-cert-v01@openssh.com': (EcdsaCertPrivateKey, _e_EcdsaCertPrivateKey),
    'ecdsa-sha2-nistp384-cert-v01@openssh.com': (EcdsaCertPrivateKey, _e_EcdsaCertPrivateKey),
    'ecdsa-sha2-nistp521-cert-v01@openssh.com': (EcdsaCertPrivateKey, _e_EcdsaCertPrivateKey),
    'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': (SkEcdsaCertPrivateKey, _e_SkEcdsaCertPrivateKey),
    'sk-ssh-ed25519-cert-v01@openssh.com': (SkEd25519CertPrivateKey, _e_SkEd25519CertPrivateKey),
}
