# GENERATED from specs/keys.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH key, signature and certificate blobs: RFC 4253 §6.6, RFC 5656 §3.1, RFC 8709, OpenSSH PROTOCOL.certkeys / PROTOCOL.u2f / PROTOCOL.key / PROTOCOL.sshsig

Construct reference codec: the declarative reading of the spec, for cross-checks and dumps.
"""

from __future__ import annotations

from typing import Any

from construct import (
    Const,
    Error,
    GreedyBytes,
    GreedyRange,
    Int8ub,
    Int32ub,
    Int64ub,
    Prefixed,
    PrefixedArray,
    Struct,
    Switch,
    this,
)

from .._construct_types import (
    Exact,
    SSHMpint,
    SSHName,
    SSHString,
    SSHUtf8,
)
from .keys import (
    BcryptKdfOptions,
    Certificate,
    CertificateOption,
    CertificateOptions,
    CertificatePrincipals,
    DssCertPrivateKey,
    DssPrivateKey,
    DssPublicKey,
    EcdsaCertPrivateKey,
    EcdsaPrivateKey,
    EcdsaPublicKey,
    EcdsaSignature,
    EcdsaSignatureValues,
    Ed25519CertPrivateKey,
    Ed25519PrivateKey,
    Ed25519PublicKey,
    OpenSSHPrivateKeyEntry,
    OpenSSHPrivateKeyFile,
    OpenSSHPrivateSection,
    PublicKeyBlob,
    RawSignature,
    RsaCertPrivateKey,
    RsaPrivateKey,
    RsaPublicKey,
    Signature,
    SkEcdsaCertPrivateKey,
    SkEcdsaPrivateKey,
    SkEcdsaPublicKey,
    SkEcdsaSignature,
    SkEd25519CertPrivateKey,
    SkEd25519PrivateKey,
    SkEd25519PublicKey,
    SkEd25519Signature,
    SshSignatureBlob,
    SshSignedData,
    WebAuthnSkEcdsaSignature,
)

C_Ed25519PublicKey = Struct(
    "public_key" / SSHString,
)


def to_Ed25519PublicKey(c: Any) -> Ed25519PublicKey:
    return Ed25519PublicKey(c.public_key)


def from_Ed25519PublicKey(o: Ed25519PublicKey) -> dict[str, Any]:
    return {
        'public_key': bytes(o.public_key),
    }


C_RsaPublicKey = Struct(
    "e" / SSHMpint,
    "n" / SSHMpint,
)


def to_RsaPublicKey(c: Any) -> RsaPublicKey:
    return RsaPublicKey(c.e, c.n)


def from_RsaPublicKey(o: RsaPublicKey) -> dict[str, Any]:
    return {
        'e': o.e,
        'n': o.n,
    }


C_DssPublicKey = Struct(
    "p" / SSHMpint,
    "q" / SSHMpint,
    "g" / SSHMpint,
    "y" / SSHMpint,
)


def to_DssPublicKey(c: Any) -> DssPublicKey:
    return DssPublicKey(c.p, c.q, c.g, c.y)


def from_DssPublicKey(o: DssPublicKey) -> dict[str, Any]:
    return {
        'p': o.p,
        'q': o.q,
        'g': o.g,
        'y': o.y,
    }


C_EcdsaPublicKey = Struct(
    "curve" / SSHName,
    "q" / SSHString,
)


def to_EcdsaPublicKey(c: Any) -> EcdsaPublicKey:
    return EcdsaPublicKey(c.curve, c.q)


def from_EcdsaPublicKey(o: EcdsaPublicKey) -> dict[str, Any]:
    return {
        'curve': o.curve,
        'q': bytes(o.q),
    }


C_SkEcdsaPublicKey = Struct(
    "curve" / SSHName,
    "q" / SSHString,
    "application" / SSHUtf8,
)


def to_SkEcdsaPublicKey(c: Any) -> SkEcdsaPublicKey:
    return SkEcdsaPublicKey(c.curve, c.q, c.application)


def from_SkEcdsaPublicKey(o: SkEcdsaPublicKey) -> dict[str, Any]:
    return {
        'curve': o.curve,
        'q': bytes(o.q),
        'application': o.application,
    }


C_SkEd25519PublicKey = Struct(
    "public_key" / SSHString,
    "application" / SSHUtf8,
)


def to_SkEd25519PublicKey(c: Any) -> SkEd25519PublicKey:
    return SkEd25519PublicKey(c.public_key, c.application)


def from_SkEd25519PublicKey(o: SkEd25519PublicKey) -> dict[str, Any]:
    return {
        'public_key': bytes(o.public_key),
        'application': o.application,
    }


C_PublicKeyBlob = Struct(
    "key_type" / SSHName,
    "key" / Switch(this.key_type, {'ssh-ed25519': C_Ed25519PublicKey, 'ssh-rsa': C_RsaPublicKey, 'ssh-dss': C_DssPublicKey, 'ecdsa-sha2-nistp256': C_EcdsaPublicKey, 'ecdsa-sha2-nistp384': C_EcdsaPublicKey, 'ecdsa-sha2-nistp521': C_EcdsaPublicKey, 'sk-ecdsa-sha2-nistp256@openssh.com': C_SkEcdsaPublicKey, 'sk-ssh-ed25519@openssh.com': C_SkEd25519PublicKey}, default=GreedyBytes),
)


def to_PublicKeyBlob(c: Any) -> PublicKeyBlob:
    return PublicKeyBlob(c.key_type, _to_sw_PublicKeyBlob_key(c.key_type, c.key))


def from_PublicKeyBlob(o: PublicKeyBlob) -> dict[str, Any]:
    return {
        'key_type': o.key_type,
        'key': _from_sw_PublicKeyBlob_key(o.key_type, o.key),
    }


def _to_sw_PublicKeyBlob_key(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'ssh-ed25519': to_Ed25519PublicKey, 'ssh-rsa': to_RsaPublicKey, 'ssh-dss': to_DssPublicKey, 'ecdsa-sha2-nistp256': to_EcdsaPublicKey, 'ecdsa-sha2-nistp384': to_EcdsaPublicKey, 'ecdsa-sha2-nistp521': to_EcdsaPublicKey, 'sk-ecdsa-sha2-nistp256@openssh.com': to_SkEcdsaPublicKey, 'sk-ssh-ed25519@openssh.com': to_SkEd25519PublicKey}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


def _from_sw_PublicKeyBlob_key(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'ssh-ed25519': from_Ed25519PublicKey, 'ssh-rsa': from_RsaPublicKey, 'ssh-dss': from_DssPublicKey, 'ecdsa-sha2-nistp256': from_EcdsaPublicKey, 'ecdsa-sha2-nistp384': from_EcdsaPublicKey, 'ecdsa-sha2-nistp521': from_EcdsaPublicKey, 'sk-ecdsa-sha2-nistp256@openssh.com': from_SkEcdsaPublicKey, 'sk-ssh-ed25519@openssh.com': from_SkEd25519PublicKey}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


C_Certificate = Struct(
    "key_type" / SSHName,
    "nonce" / SSHString,
    "key" / Switch(this.key_type, {'ssh-ed25519-cert-v01@openssh.com': C_Ed25519PublicKey, 'ssh-rsa-cert-v01@openssh.com': C_RsaPublicKey, 'ssh-dss-cert-v01@openssh.com': C_DssPublicKey, 'ecdsa-sha2-nistp256-cert-v01@openssh.com': C_EcdsaPublicKey, 'ecdsa-sha2-nistp384-cert-v01@openssh.com': C_EcdsaPublicKey, 'ecdsa-sha2-nistp521-cert-v01@openssh.com': C_EcdsaPublicKey, 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': C_SkEcdsaPublicKey, 'sk-ssh-ed25519-cert-v01@openssh.com': C_SkEd25519PublicKey}, default=Error),
    "serial" / Int64ub,
    "cert_type" / Int32ub,
    "key_id" / SSHUtf8,
    "valid_principals" / SSHString,
    "valid_after" / Int64ub,
    "valid_before" / Int64ub,
    "critical_options" / SSHString,
    "extensions" / SSHString,
    "reserved" / SSHString,
    "signature_key" / SSHString,
    "signature" / SSHString,
)


def to_Certificate(c: Any) -> Certificate:
    return Certificate(c.key_type, c.nonce, _to_sw_Certificate_key(c.key_type, c.key), c.serial, c.cert_type, c.key_id, c.valid_principals, c.valid_after, c.valid_before, c.critical_options, c.extensions, c.reserved, c.signature_key, c.signature)


def from_Certificate(o: Certificate) -> dict[str, Any]:
    return {
        'key_type': o.key_type,
        'nonce': bytes(o.nonce),
        'key': _from_sw_Certificate_key(o.key_type, o.key),
        'serial': o.serial,
        'cert_type': o.cert_type,
        'key_id': o.key_id,
        'valid_principals': bytes(o.valid_principals),
        'valid_after': o.valid_after,
        'valid_before': o.valid_before,
        'critical_options': bytes(o.critical_options),
        'extensions': bytes(o.extensions),
        'reserved': bytes(o.reserved),
        'signature_key': bytes(o.signature_key),
        'signature': bytes(o.signature),
    }


def _to_sw_Certificate_key(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'ssh-ed25519-cert-v01@openssh.com': to_Ed25519PublicKey, 'ssh-rsa-cert-v01@openssh.com': to_RsaPublicKey, 'ssh-dss-cert-v01@openssh.com': to_DssPublicKey, 'ecdsa-sha2-nistp256-cert-v01@openssh.com': to_EcdsaPublicKey, 'ecdsa-sha2-nistp384-cert-v01@openssh.com': to_EcdsaPublicKey, 'ecdsa-sha2-nistp521-cert-v01@openssh.com': to_EcdsaPublicKey, 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': to_SkEcdsaPublicKey, 'sk-ssh-ed25519-cert-v01@openssh.com': to_SkEd25519PublicKey}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


def _from_sw_Certificate_key(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'ssh-ed25519-cert-v01@openssh.com': from_Ed25519PublicKey, 'ssh-rsa-cert-v01@openssh.com': from_RsaPublicKey, 'ssh-dss-cert-v01@openssh.com': from_DssPublicKey, 'ecdsa-sha2-nistp256-cert-v01@openssh.com': from_EcdsaPublicKey, 'ecdsa-sha2-nistp384-cert-v01@openssh.com': from_EcdsaPublicKey, 'ecdsa-sha2-nistp521-cert-v01@openssh.com': from_EcdsaPublicKey, 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': from_SkEcdsaPublicKey, 'sk-ssh-ed25519-cert-v01@openssh.com': from_SkEd25519PublicKey}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


C_CertificatePrincipals = Struct(
    "principals" / GreedyRange(SSHUtf8),
)


def to_CertificatePrincipals(c: Any) -> CertificatePrincipals:
    return CertificatePrincipals(tuple(e for e in c.principals))


def from_CertificatePrincipals(o: CertificatePrincipals) -> dict[str, Any]:
    return {
        'principals': [e for e in o.principals],
    }


C_CertificateOption = Struct(
    "name" / SSHUtf8,
    "data" / SSHString,
)


def to_CertificateOption(c: Any) -> CertificateOption:
    return CertificateOption(c.name, c.data)


def from_CertificateOption(o: CertificateOption) -> dict[str, Any]:
    return {
        'name': o.name,
        'data': bytes(o.data),
    }


C_CertificateOptions = Struct(
    "options" / GreedyRange(C_CertificateOption),
)


def to_CertificateOptions(c: Any) -> CertificateOptions:
    return CertificateOptions(tuple(to_CertificateOption(e) for e in c.options))


def from_CertificateOptions(o: CertificateOptions) -> dict[str, Any]:
    return {
        'options': [from_CertificateOption(e) for e in o.options],
    }


C_RawSignature = Struct(
    "signature" / SSHString,
)


def to_RawSignature(c: Any) -> RawSignature:
    return RawSignature(c.signature)


def from_RawSignature(o: RawSignature) -> dict[str, Any]:
    return {
        'signature': bytes(o.signature),
    }


C_EcdsaSignatureValues = Struct(
    "r" / SSHMpint,
    "s" / SSHMpint,
)


def to_EcdsaSignatureValues(c: Any) -> EcdsaSignatureValues:
    return EcdsaSignatureValues(c.r, c.s)


def from_EcdsaSignatureValues(o: EcdsaSignatureValues) -> dict[str, Any]:
    return {
        'r': o.r,
        's': o.s,
    }


C_EcdsaSignature = Struct(
    "signature" / Prefixed(Int32ub, Exact(C_EcdsaSignatureValues)),
)


def to_EcdsaSignature(c: Any) -> EcdsaSignature:
    return EcdsaSignature(to_EcdsaSignatureValues(c.signature))


def from_EcdsaSignature(o: EcdsaSignature) -> dict[str, Any]:
    return {
        'signature': from_EcdsaSignatureValues(o.signature),
    }


C_SkEcdsaSignature = Struct(
    "signature" / Prefixed(Int32ub, Exact(C_EcdsaSignatureValues)),
    "flags" / Int8ub,
    "counter" / Int32ub,
)


def to_SkEcdsaSignature(c: Any) -> SkEcdsaSignature:
    return SkEcdsaSignature(to_EcdsaSignatureValues(c.signature), c.flags, c.counter)


def from_SkEcdsaSignature(o: SkEcdsaSignature) -> dict[str, Any]:
    return {
        'signature': from_EcdsaSignatureValues(o.signature),
        'flags': o.flags,
        'counter': o.counter,
    }


C_WebAuthnSkEcdsaSignature = Struct(
    "signature" / Prefixed(Int32ub, Exact(C_EcdsaSignatureValues)),
    "flags" / Int8ub,
    "counter" / Int32ub,
    "origin" / SSHUtf8,
    "client_data" / SSHString,
    "extensions" / SSHString,
)


def to_WebAuthnSkEcdsaSignature(c: Any) -> WebAuthnSkEcdsaSignature:
    return WebAuthnSkEcdsaSignature(to_EcdsaSignatureValues(c.signature), c.flags, c.counter, c.origin, c.client_data, c.extensions)


def from_WebAuthnSkEcdsaSignature(o: WebAuthnSkEcdsaSignature) -> dict[str, Any]:
    return {
        'signature': from_EcdsaSignatureValues(o.signature),
        'flags': o.flags,
        'counter': o.counter,
        'origin': o.origin,
        'client_data': bytes(o.client_data),
        'extensions': bytes(o.extensions),
    }


C_SkEd25519Signature = Struct(
    "signature" / SSHString,
    "flags" / Int8ub,
    "counter" / Int32ub,
)


def to_SkEd25519Signature(c: Any) -> SkEd25519Signature:
    return SkEd25519Signature(c.signature, c.flags, c.counter)


def from_SkEd25519Signature(o: SkEd25519Signature) -> dict[str, Any]:
    return {
        'signature': bytes(o.signature),
        'flags': o.flags,
        'counter': o.counter,
    }


C_Signature = Struct(
    "algorithm" / SSHName,
    "body" / Switch(this.algorithm, {'ssh-ed25519': C_RawSignature, 'ssh-rsa': C_RawSignature, 'rsa-sha2-256': C_RawSignature, 'rsa-sha2-512': C_RawSignature, 'ssh-dss': C_RawSignature, 'ecdsa-sha2-nistp256': C_EcdsaSignature, 'ecdsa-sha2-nistp384': C_EcdsaSignature, 'ecdsa-sha2-nistp521': C_EcdsaSignature, 'sk-ecdsa-sha2-nistp256@openssh.com': C_SkEcdsaSignature, 'webauthn-sk-ecdsa-sha2-nistp256@openssh.com': C_WebAuthnSkEcdsaSignature, 'sk-ssh-ed25519@openssh.com': C_SkEd25519Signature}, default=GreedyBytes),
)


def to_Signature(c: Any) -> Signature:
    return Signature(c.algorithm, _to_sw_Signature_body(c.algorithm, c.body))


def from_Signature(o: Signature) -> dict[str, Any]:
    return {
        'algorithm': o.algorithm,
        'body': _from_sw_Signature_body(o.algorithm, o.body),
    }


def _to_sw_Signature_body(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'ssh-ed25519': to_RawSignature, 'ssh-rsa': to_RawSignature, 'rsa-sha2-256': to_RawSignature, 'rsa-sha2-512': to_RawSignature, 'ssh-dss': to_RawSignature, 'ecdsa-sha2-nistp256': to_EcdsaSignature, 'ecdsa-sha2-nistp384': to_EcdsaSignature, 'ecdsa-sha2-nistp521': to_EcdsaSignature, 'sk-ecdsa-sha2-nistp256@openssh.com': to_SkEcdsaSignature, 'webauthn-sk-ecdsa-sha2-nistp256@openssh.com': to_WebAuthnSkEcdsaSignature, 'sk-ssh-ed25519@openssh.com': to_SkEd25519Signature}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


def _from_sw_Signature_body(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'ssh-ed25519': from_RawSignature, 'ssh-rsa': from_RawSignature, 'rsa-sha2-256': from_RawSignature, 'rsa-sha2-512': from_RawSignature, 'ssh-dss': from_RawSignature, 'ecdsa-sha2-nistp256': from_EcdsaSignature, 'ecdsa-sha2-nistp384': from_EcdsaSignature, 'ecdsa-sha2-nistp521': from_EcdsaSignature, 'sk-ecdsa-sha2-nistp256@openssh.com': from_SkEcdsaSignature, 'webauthn-sk-ecdsa-sha2-nistp256@openssh.com': from_WebAuthnSkEcdsaSignature, 'sk-ssh-ed25519@openssh.com': from_SkEd25519Signature}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


C_OpenSSHPrivateKeyFile = Struct(
    "magic" / Const(b'openssh-key-v1\x00'),
    "cipher_name" / SSHName,
    "kdf_name" / SSHName,
    "kdf_options" / SSHString,
    "public_keys" / PrefixedArray(Int32ub, SSHString),
    "encrypted_section" / SSHString,
)


def to_OpenSSHPrivateKeyFile(c: Any) -> OpenSSHPrivateKeyFile:
    return OpenSSHPrivateKeyFile(c.cipher_name, c.kdf_name, c.kdf_options, tuple(e for e in c.public_keys), c.encrypted_section)


def from_OpenSSHPrivateKeyFile(o: OpenSSHPrivateKeyFile) -> dict[str, Any]:
    return {
        'cipher_name': o.cipher_name,
        'kdf_name': o.kdf_name,
        'kdf_options': bytes(o.kdf_options),
        'public_keys': [bytes(e) for e in o.public_keys],
        'encrypted_section': bytes(o.encrypted_section),
    }


C_BcryptKdfOptions = Struct(
    "salt" / SSHString,
    "rounds" / Int32ub,
)


def to_BcryptKdfOptions(c: Any) -> BcryptKdfOptions:
    return BcryptKdfOptions(c.salt, c.rounds)


def from_BcryptKdfOptions(o: BcryptKdfOptions) -> dict[str, Any]:
    return {
        'salt': bytes(o.salt),
        'rounds': o.rounds,
    }


C_OpenSSHPrivateSection = Struct(
    "check1" / Int32ub,
    "check2" / Int32ub,
    "keys_and_padding" / GreedyBytes,
)


def to_OpenSSHPrivateSection(c: Any) -> OpenSSHPrivateSection:
    return OpenSSHPrivateSection(c.check1, c.check2, c.keys_and_padding)


def from_OpenSSHPrivateSection(o: OpenSSHPrivateSection) -> dict[str, Any]:
    return {
        'check1': o.check1,
        'check2': o.check2,
        'keys_and_padding': bytes(o.keys_and_padding),
    }


C_Ed25519PrivateKey = Struct(
    "public_key" / SSHString,
    "private_key" / SSHString,
)


def to_Ed25519PrivateKey(c: Any) -> Ed25519PrivateKey:
    return Ed25519PrivateKey(c.public_key, c.private_key)


def from_Ed25519PrivateKey(o: Ed25519PrivateKey) -> dict[str, Any]:
    return {
        'public_key': bytes(o.public_key),
        'private_key': bytes(o.private_key),
    }


C_RsaPrivateKey = Struct(
    "n" / SSHMpint,
    "e" / SSHMpint,
    "d" / SSHMpint,
    "iqmp" / SSHMpint,
    "p" / SSHMpint,
    "q" / SSHMpint,
)


def to_RsaPrivateKey(c: Any) -> RsaPrivateKey:
    return RsaPrivateKey(c.n, c.e, c.d, c.iqmp, c.p, c.q)


def from_RsaPrivateKey(o: RsaPrivateKey) -> dict[str, Any]:
    return {
        'n': o.n,
        'e': o.e,
        'd': o.d,
        'iqmp': o.iqmp,
        'p': o.p,
        'q': o.q,
    }


C_DssPrivateKey = Struct(
    "p" / SSHMpint,
    "q" / SSHMpint,
    "g" / SSHMpint,
    "y" / SSHMpint,
    "x" / SSHMpint,
)


def to_DssPrivateKey(c: Any) -> DssPrivateKey:
    return DssPrivateKey(c.p, c.q, c.g, c.y, c.x)


def from_DssPrivateKey(o: DssPrivateKey) -> dict[str, Any]:
    return {
        'p': o.p,
        'q': o.q,
        'g': o.g,
        'y': o.y,
        'x': o.x,
    }


C_EcdsaPrivateKey = Struct(
    "curve" / SSHName,
    "q" / SSHString,
    "d" / SSHMpint,
)


def to_EcdsaPrivateKey(c: Any) -> EcdsaPrivateKey:
    return EcdsaPrivateKey(c.curve, c.q, c.d)


def from_EcdsaPrivateKey(o: EcdsaPrivateKey) -> dict[str, Any]:
    return {
        'curve': o.curve,
        'q': bytes(o.q),
        'd': o.d,
    }


C_SkEcdsaPrivateKey = Struct(
    "curve" / SSHName,
    "q" / SSHString,
    "application" / SSHUtf8,
    "flags" / Int8ub,
    "key_handle" / SSHString,
    "reserved" / SSHString,
)


def to_SkEcdsaPrivateKey(c: Any) -> SkEcdsaPrivateKey:
    return SkEcdsaPrivateKey(c.curve, c.q, c.application, c.flags, c.key_handle, c.reserved)


def from_SkEcdsaPrivateKey(o: SkEcdsaPrivateKey) -> dict[str, Any]:
    return {
        'curve': o.curve,
        'q': bytes(o.q),
        'application': o.application,
        'flags': o.flags,
        'key_handle': bytes(o.key_handle),
        'reserved': bytes(o.reserved),
    }


C_SkEd25519PrivateKey = Struct(
    "public_key" / SSHString,
    "application" / SSHUtf8,
    "flags" / Int8ub,
    "key_handle" / SSHString,
    "reserved" / SSHString,
)


def to_SkEd25519PrivateKey(c: Any) -> SkEd25519PrivateKey:
    return SkEd25519PrivateKey(c.public_key, c.application, c.flags, c.key_handle, c.reserved)


def from_SkEd25519PrivateKey(o: SkEd25519PrivateKey) -> dict[str, Any]:
    return {
        'public_key': bytes(o.public_key),
        'application': o.application,
        'flags': o.flags,
        'key_handle': bytes(o.key_handle),
        'reserved': bytes(o.reserved),
    }


C_Ed25519CertPrivateKey = Struct(
    "certificate" / SSHString,
    "public_key" / SSHString,
    "private_key" / SSHString,
)


def to_Ed25519CertPrivateKey(c: Any) -> Ed25519CertPrivateKey:
    return Ed25519CertPrivateKey(c.certificate, c.public_key, c.private_key)


def from_Ed25519CertPrivateKey(o: Ed25519CertPrivateKey) -> dict[str, Any]:
    return {
        'certificate': bytes(o.certificate),
        'public_key': bytes(o.public_key),
        'private_key': bytes(o.private_key),
    }


C_RsaCertPrivateKey = Struct(
    "certificate" / SSHString,
    "d" / SSHMpint,
    "iqmp" / SSHMpint,
    "p" / SSHMpint,
    "q" / SSHMpint,
)


def to_RsaCertPrivateKey(c: Any) -> RsaCertPrivateKey:
    return RsaCertPrivateKey(c.certificate, c.d, c.iqmp, c.p, c.q)


def from_RsaCertPrivateKey(o: RsaCertPrivateKey) -> dict[str, Any]:
    return {
        'certificate': bytes(o.certificate),
        'd': o.d,
        'iqmp': o.iqmp,
        'p': o.p,
        'q': o.q,
    }


C_DssCertPrivateKey = Struct(
    "certificate" / SSHString,
    "x" / SSHMpint,
)


def to_DssCertPrivateKey(c: Any) -> DssCertPrivateKey:
    return DssCertPrivateKey(c.certificate, c.x)


def from_DssCertPrivateKey(o: DssCertPrivateKey) -> dict[str, Any]:
    return {
        'certificate': bytes(o.certificate),
        'x': o.x,
    }


C_EcdsaCertPrivateKey = Struct(
    "certificate" / SSHString,
    "d" / SSHMpint,
)


def to_EcdsaCertPrivateKey(c: Any) -> EcdsaCertPrivateKey:
    return EcdsaCertPrivateKey(c.certificate, c.d)


def from_EcdsaCertPrivateKey(o: EcdsaCertPrivateKey) -> dict[str, Any]:
    return {
        'certificate': bytes(o.certificate),
        'd': o.d,
    }


C_SkEcdsaCertPrivateKey = Struct(
    "certificate" / SSHString,
    "application" / SSHUtf8,
    "flags" / Int8ub,
    "key_handle" / SSHString,
    "reserved" / SSHString,
)


def to_SkEcdsaCertPrivateKey(c: Any) -> SkEcdsaCertPrivateKey:
    return SkEcdsaCertPrivateKey(c.certificate, c.application, c.flags, c.key_handle, c.reserved)


def from_SkEcdsaCertPrivateKey(o: SkEcdsaCertPrivateKey) -> dict[str, Any]:
    return {
        'certificate': bytes(o.certificate),
        'application': o.application,
        'flags': o.flags,
        'key_handle': bytes(o.key_handle),
        'reserved': bytes(o.reserved),
    }


C_SkEd25519CertPrivateKey = Struct(
    "certificate" / SSHString,
    "public_key" / SSHString,
    "application" / SSHUtf8,
    "flags" / Int8ub,
    "key_handle" / SSHString,
    "reserved" / SSHString,
)


def to_SkEd25519CertPrivateKey(c: Any) -> SkEd25519CertPrivateKey:
    return SkEd25519CertPrivateKey(c.certificate, c.public_key, c.application, c.flags, c.key_handle, c.reserved)


def from_SkEd25519CertPrivateKey(o: SkEd25519CertPrivateKey) -> dict[str, Any]:
    return {
        'certificate': bytes(o.certificate),
        'public_key': bytes(o.public_key),
        'application': o.application,
        'flags': o.flags,
        'key_handle': bytes(o.key_handle),
        'reserved': bytes(o.reserved),
    }


C_OpenSSHPrivateKeyEntry = Struct(
    "key_type" / SSHName,
    "key" / Switch(this.key_type, {'ssh-ed25519': C_Ed25519PrivateKey, 'ssh-rsa': C_RsaPrivateKey, 'ssh-dss': C_DssPrivateKey, 'ecdsa-sha2-nistp256': C_EcdsaPrivateKey, 'ecdsa-sha2-nistp384': C_EcdsaPrivateKey, 'ecdsa-sha2-nistp521': C_EcdsaPrivateKey, 'sk-ecdsa-sha2-nistp256@openssh.com': C_SkEcdsaPrivateKey, 'sk-ssh-ed25519@openssh.com': C_SkEd25519PrivateKey, 'ssh-ed25519-cert-v01@openssh.com': C_Ed25519CertPrivateKey, 'ssh-rsa-cert-v01@openssh.com': C_RsaCertPrivateKey, 'ssh-dss-cert-v01@openssh.com': C_DssCertPrivateKey, 'ecdsa-sha2-nistp256-cert-v01@openssh.com': C_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp384-cert-v01@openssh.com': C_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp521-cert-v01@openssh.com': C_EcdsaCertPrivateKey, 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': C_SkEcdsaCertPrivateKey, 'sk-ssh-ed25519-cert-v01@openssh.com': C_SkEd25519CertPrivateKey}, default=Error),
    "comment" / SSHUtf8,
)


def to_OpenSSHPrivateKeyEntry(c: Any) -> OpenSSHPrivateKeyEntry:
    return OpenSSHPrivateKeyEntry(c.key_type, _to_sw_OpenSSHPrivateKeyEntry_key(c.key_type, c.key), c.comment)


def from_OpenSSHPrivateKeyEntry(o: OpenSSHPrivateKeyEntry) -> dict[str, Any]:
    return {
        'key_type': o.key_type,
        'key': _from_sw_OpenSSHPrivateKeyEntry_key(o.key_type, o.key),
        'comment': o.comment,
    }


def _to_sw_OpenSSHPrivateKeyEntry_key(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'ssh-ed25519': to_Ed25519PrivateKey, 'ssh-rsa': to_RsaPrivateKey, 'ssh-dss': to_DssPrivateKey, 'ecdsa-sha2-nistp256': to_EcdsaPrivateKey, 'ecdsa-sha2-nistp384': to_EcdsaPrivateKey, 'ecdsa-sha2-nistp521': to_EcdsaPrivateKey, 'sk-ecdsa-sha2-nistp256@openssh.com': to_SkEcdsaPrivateKey, 'sk-ssh-ed25519@openssh.com': to_SkEd25519PrivateKey, 'ssh-ed25519-cert-v01@openssh.com': to_Ed25519CertPrivateKey, 'ssh-rsa-cert-v01@openssh.com': to_RsaCertPrivateKey, 'ssh-dss-cert-v01@openssh.com': to_DssCertPrivateKey, 'ecdsa-sha2-nistp256-cert-v01@openssh.com': to_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp384-cert-v01@openssh.com': to_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp521-cert-v01@openssh.com': to_EcdsaCertPrivateKey, 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': to_SkEcdsaCertPrivateKey, 'sk-ssh-ed25519-cert-v01@openssh.com': to_SkEd25519CertPrivateKey}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


def _from_sw_OpenSSHPrivateKeyEntry_key(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'ssh-ed25519': from_Ed25519PrivateKey, 'ssh-rsa': from_RsaPrivateKey, 'ssh-dss': from_DssPrivateKey, 'ecdsa-sha2-nistp256': from_EcdsaPrivateKey, 'ecdsa-sha2-nistp384': from_EcdsaPrivateKey, 'ecdsa-sha2-nistp521': from_EcdsaPrivateKey, 'sk-ecdsa-sha2-nistp256@openssh.com': from_SkEcdsaPrivateKey, 'sk-ssh-ed25519@openssh.com': from_SkEd25519PrivateKey, 'ssh-ed25519-cert-v01@openssh.com': from_Ed25519CertPrivateKey, 'ssh-rsa-cert-v01@openssh.com': from_RsaCertPrivateKey, 'ssh-dss-cert-v01@openssh.com': from_DssCertPrivateKey, 'ecdsa-sha2-nistp256-cert-v01@openssh.com': from_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp384-cert-v01@openssh.com': from_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp521-cert-v01@openssh.com': from_EcdsaCertPrivateKey, 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': from_SkEcdsaCertPrivateKey, 'sk-ssh-ed25519-cert-v01@openssh.com': from_SkEd25519CertPrivateKey}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


C_SshSignatureBlob = Struct(
    "magic" / Const(b'SSHSIG'),
    "version" / Int32ub,
    "public_key" / SSHString,
    "namespace" / SSHUtf8,
    "reserved" / SSHString,
    "hash_algorithm" / SSHName,
    "signature" / SSHString,
)


def to_SshSignatureBlob(c: Any) -> SshSignatureBlob:
    return SshSignatureBlob(c.version, c.public_key, c.namespace, c.reserved, c.hash_algorithm, c.signature)


def from_SshSignatureBlob(o: SshSignatureBlob) -> dict[str, Any]:
    return {
        'version': o.version,
        'public_key': bytes(o.public_key),
        'namespace': o.namespace,
        'reserved': bytes(o.reserved),
        'hash_algorithm': o.hash_algorithm,
        'signature': bytes(o.signature),
    }


C_SshSignedData = Struct(
    "magic" / Const(b'SSHSIG'),
    "namespace" / SSHUtf8,
    "reserved" / SSHString,
    "hash_algorithm" / SSHName,
    "hash" / SSHString,
)


def to_SshSignedData(c: Any) -> SshSignedData:
    return SshSignedData(c.namespace, c.reserved, c.hash_algorithm, c.hash)


def from_SshSignedData(o: SshSignedData) -> dict[str, Any]:
    return {
        'namespace': o.namespace,
        'reserved': bytes(o.reserved),
        'hash_algorithm': o.hash_algorithm,
        'hash': bytes(o.hash),
    }

TABLE: dict[type, tuple[Any, Any, Any]] = {
    PublicKeyBlob: (C_PublicKeyBlob, to_PublicKeyBlob, from_PublicKeyBlob),
    Ed25519PublicKey: (C_Ed25519PublicKey, to_Ed25519PublicKey, from_Ed25519PublicKey),
    RsaPublicKey: (C_RsaPublicKey, to_RsaPublicKey, from_RsaPublicKey),
    DssPublicKey: (C_DssPublicKey, to_DssPublicKey, from_DssPublicKey),
    EcdsaPublicKey: (C_EcdsaPublicKey, to_EcdsaPublicKey, from_EcdsaPublicKey),
    SkEcdsaPublicKey: (C_SkEcdsaPublicKey, to_SkEcdsaPublicKey, from_SkEcdsaPublicKey),
    SkEd25519PublicKey: (C_SkEd25519PublicKey, to_SkEd25519PublicKey, from_SkEd25519PublicKey),
    Certificate: (C_Certificate, to_Certificate, from_Certificate),
    CertificatePrincipals: (C_CertificatePrincipals, to_CertificatePrincipals, from_CertificatePrincipals),
    CertificateOptions: (C_CertificateOptions, to_CertificateOptions, from_CertificateOptions),
    CertificateOption: (C_CertificateOption, to_CertificateOption, from_CertificateOption),
    Signature: (C_Signature, to_Signature, from_Signature),
    RawSignature: (C_RawSignature, to_RawSignature, from_RawSignature),
    EcdsaSignature: (C_EcdsaSignature, to_EcdsaSignature, from_EcdsaSignature),
    EcdsaSignatureValues: (C_EcdsaSignatureValues, to_EcdsaSignatureValues, from_EcdsaSignatureValues),
    SkEcdsaSignature: (C_SkEcdsaSignature, to_SkEcdsaSignature, from_SkEcdsaSignature),
    WebAuthnSkEcdsaSignature: (C_WebAuthnSkEcdsaSignature, to_WebAuthnSkEcdsaSignature, from_WebAuthnSkEcdsaSignature),
    SkEd25519Signature: (C_SkEd25519Signature, to_SkEd25519Signature, from_SkEd25519Signature),
    OpenSSHPrivateKeyFile: (C_OpenSSHPrivateKeyFile, to_OpenSSHPrivateKeyFile, from_OpenSSHPrivateKeyFile),
    BcryptKdfOptions: (C_BcryptKdfOptions, to_BcryptKdfOptions, from_BcryptKdfOptions),
    OpenSSHPrivateSection: (C_OpenSSHPrivateSection, to_OpenSSHPrivateSection, from_OpenSSHPrivateSection),
    OpenSSHPrivateKeyEntry: (C_OpenSSHPrivateKeyEntry, to_OpenSSHPrivateKeyEntry, from_OpenSSHPrivateKeyEntry),
    Ed25519PrivateKey: (C_Ed25519PrivateKey, to_Ed25519PrivateKey, from_Ed25519PrivateKey),
    RsaPrivateKey: (C_RsaPrivateKey, to_RsaPrivateKey, from_RsaPrivateKey),
    DssPrivateKey: (C_DssPrivateKey, to_DssPrivateKey, from_DssPrivateKey),
    EcdsaPrivateKey: (C_EcdsaPrivateKey, to_EcdsaPrivateKey, from_EcdsaPrivateKey),
    SkEcdsaPrivateKey: (C_SkEcdsaPrivateKey, to_SkEcdsaPrivateKey, from_SkEcdsaPrivateKey),
    SkEd25519PrivateKey: (C_SkEd25519PrivateKey, to_SkEd25519PrivateKey, from_SkEd25519PrivateKey),
    Ed25519CertPrivateKey: (C_Ed25519CertPrivateKey, to_Ed25519CertPrivateKey, from_Ed25519CertPrivateKey),
    RsaCertPrivateKey: (C_RsaCertPrivateKey, to_RsaCertPrivateKey, from_RsaCertPrivateKey),
    DssCertPrivateKey: (C_DssCertPrivateKey, to_DssCertPrivateKey, from_DssCertPrivateKey),
    EcdsaCertPrivateKey: (C_EcdsaCertPrivateKey, to_EcdsaCertPrivateKey, from_EcdsaCertPrivateKey),
    SkEcdsaCertPrivateKey: (C_SkEcdsaCertPrivateKey, to_SkEcdsaCertPrivateKey, from_SkEcdsaCertPrivateKey),
    SkEd25519CertPrivateKey: (C_SkEd25519CertPrivateKey, to_SkEd25519CertPrivateKey, from_SkEd25519CertPrivateKey),
    SshSignatureBlob: (C_SshSignatureBlob, to_SshSignatureBlob, from_SshSignatureBlob),
    SshSignedData: (C_SshSignedData, to_SshSignedData, from_SshSignedData),
}
