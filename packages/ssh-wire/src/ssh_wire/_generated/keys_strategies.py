# GENERATED from specs/keys.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH key, signature and certificate blobs: RFC 4253 §6.6, RFC 5656 §3.1, RFC 8709, OpenSSH PROTOCOL.certkeys / PROTOCOL.u2f / PROTOCOL.key / PROTOCOL.sshsig

Hypothesis strategies drawing valid values of every struct and message.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from .._strategy_base import bin_ as _bin
from .._strategy_base import byte as _byte
from .._strategy_base import mpint as _mpint
from .._strategy_base import name as _name
from .._strategy_base import text as _text
from .._strategy_base import u32 as _u32
from .._strategy_base import u64 as _u64
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


@st.composite
def st_PublicKeyBlob(draw: st.DrawFn) -> PublicKeyBlob:
    """Draws a valid PublicKeyBlob."""
    f_key_type = draw(st.one_of(st.sampled_from(['ssh-ed25519', 'ssh-rsa', 'ssh-dss', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'sk-ecdsa-sha2-nistp256@openssh.com', 'sk-ssh-ed25519@openssh.com']), _name))
    cases_key: dict[Any, Any] = {'ssh-ed25519': st_Ed25519PublicKey(), 'ssh-rsa': st_RsaPublicKey(), 'ssh-dss': st_DssPublicKey(), 'ecdsa-sha2-nistp256': st_EcdsaPublicKey(), 'ecdsa-sha2-nistp384': st_EcdsaPublicKey(), 'ecdsa-sha2-nistp521': st_EcdsaPublicKey(), 'sk-ecdsa-sha2-nistp256@openssh.com': st_SkEcdsaPublicKey(), 'sk-ssh-ed25519@openssh.com': st_SkEd25519PublicKey()}
    f_key = draw(cases_key.get(f_key_type, _bin))
    return PublicKeyBlob(f_key_type, f_key)

@st.composite
def st_Ed25519PublicKey(draw: st.DrawFn) -> Ed25519PublicKey:
    """Draws a valid Ed25519PublicKey."""
    f_public_key = draw(_bin)
    return Ed25519PublicKey(f_public_key)

@st.composite
def st_RsaPublicKey(draw: st.DrawFn) -> RsaPublicKey:
    """Draws a valid RsaPublicKey."""
    f_e = draw(_mpint)
    f_n = draw(_mpint)
    return RsaPublicKey(f_e, f_n)

@st.composite
def st_DssPublicKey(draw: st.DrawFn) -> DssPublicKey:
    """Draws a valid DssPublicKey."""
    f_p = draw(_mpint)
    f_q = draw(_mpint)
    f_g = draw(_mpint)
    f_y = draw(_mpint)
    return DssPublicKey(f_p, f_q, f_g, f_y)

@st.composite
def st_EcdsaPublicKey(draw: st.DrawFn) -> EcdsaPublicKey:
    """Draws a valid EcdsaPublicKey."""
    f_curve = draw(_name)
    f_q = draw(_bin)
    return EcdsaPublicKey(f_curve, f_q)

@st.composite
def st_SkEcdsaPublicKey(draw: st.DrawFn) -> SkEcdsaPublicKey:
    """Draws a valid SkEcdsaPublicKey."""
    f_curve = draw(_name)
    f_q = draw(_bin)
    f_application = draw(_text)
    return SkEcdsaPublicKey(f_curve, f_q, f_application)

@st.composite
def st_SkEd25519PublicKey(draw: st.DrawFn) -> SkEd25519PublicKey:
    """Draws a valid SkEd25519PublicKey."""
    f_public_key = draw(_bin)
    f_application = draw(_text)
    return SkEd25519PublicKey(f_public_key, f_application)

@st.composite
def st_Certificate(draw: st.DrawFn) -> Certificate:
    """Draws a valid Certificate."""
    f_key_type = draw(st.sampled_from(['ssh-ed25519-cert-v01@openssh.com', 'ssh-rsa-cert-v01@openssh.com', 'ssh-dss-cert-v01@openssh.com', 'ecdsa-sha2-nistp256-cert-v01@openssh.com', 'ecdsa-sha2-nistp384-cert-v01@openssh.com', 'ecdsa-sha2-nistp521-cert-v01@openssh.com', 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com', 'sk-ssh-ed25519-cert-v01@openssh.com']))
    f_nonce = draw(_bin)
    cases_key: dict[Any, Any] = {'ssh-ed25519-cert-v01@openssh.com': st_Ed25519PublicKey(), 'ssh-rsa-cert-v01@openssh.com': st_RsaPublicKey(), 'ssh-dss-cert-v01@openssh.com': st_DssPublicKey(), 'ecdsa-sha2-nistp256-cert-v01@openssh.com': st_EcdsaPublicKey(), 'ecdsa-sha2-nistp384-cert-v01@openssh.com': st_EcdsaPublicKey(), 'ecdsa-sha2-nistp521-cert-v01@openssh.com': st_EcdsaPublicKey(), 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': st_SkEcdsaPublicKey(), 'sk-ssh-ed25519-cert-v01@openssh.com': st_SkEd25519PublicKey()}
    f_key = draw(cases_key.get(f_key_type, st.nothing()))
    f_serial = draw(_u64)
    f_cert_type = draw(_u32)
    f_key_id = draw(_text)
    f_valid_principals = draw(_bin)
    f_valid_after = draw(_u64)
    f_valid_before = draw(_u64)
    f_critical_options = draw(_bin)
    f_extensions = draw(_bin)
    f_reserved = draw(_bin)
    f_signature_key = draw(_bin)
    f_signature = draw(_bin)
    return Certificate(f_key_type, f_nonce, f_key, f_serial, f_cert_type, f_key_id, f_valid_principals, f_valid_after, f_valid_before, f_critical_options, f_extensions, f_reserved, f_signature_key, f_signature)

@st.composite
def st_CertificatePrincipals(draw: st.DrawFn) -> CertificatePrincipals:
    """Draws a valid CertificatePrincipals."""
    f_principals = draw(st.lists(_text, max_size=3).map(tuple))
    return CertificatePrincipals(f_principals)

@st.composite
def st_CertificateOptions(draw: st.DrawFn) -> CertificateOptions:
    """Draws a valid CertificateOptions."""
    f_options = draw(st.lists(st_CertificateOption(), max_size=3).map(tuple))
    return CertificateOptions(f_options)

@st.composite
def st_CertificateOption(draw: st.DrawFn) -> CertificateOption:
    """Draws a valid CertificateOption."""
    f_name = draw(_text)
    f_data = draw(_bin)
    return CertificateOption(f_name, f_data)

@st.composite
def st_Signature(draw: st.DrawFn) -> Signature:
    """Draws a valid Signature."""
    f_algorithm = draw(st.one_of(st.sampled_from(['ssh-ed25519', 'ssh-rsa', 'rsa-sha2-256', 'rsa-sha2-512', 'ssh-dss', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'sk-ecdsa-sha2-nistp256@openssh.com', 'webauthn-sk-ecdsa-sha2-nistp256@openssh.com', 'sk-ssh-ed25519@openssh.com']), _name))
    cases_body: dict[Any, Any] = {'ssh-ed25519': st_RawSignature(), 'ssh-rsa': st_RawSignature(), 'rsa-sha2-256': st_RawSignature(), 'rsa-sha2-512': st_RawSignature(), 'ssh-dss': st_RawSignature(), 'ecdsa-sha2-nistp256': st_EcdsaSignature(), 'ecdsa-sha2-nistp384': st_EcdsaSignature(), 'ecdsa-sha2-nistp521': st_EcdsaSignature(), 'sk-ecdsa-sha2-nistp256@openssh.com': st_SkEcdsaSignature(), 'webauthn-sk-ecdsa-sha2-nistp256@openssh.com': st_WebAuthnSkEcdsaSignature(), 'sk-ssh-ed25519@openssh.com': st_SkEd25519Signature()}
    f_body = draw(cases_body.get(f_algorithm, _bin))
    return Signature(f_algorithm, f_body)

@st.composite
def st_RawSignature(draw: st.DrawFn) -> RawSignature:
    """Draws a valid RawSignature."""
    f_signature = draw(_bin)
    return RawSignature(f_signature)

@st.composite
def st_EcdsaSignature(draw: st.DrawFn) -> EcdsaSignature:
    """Draws a valid EcdsaSignature."""
    f_signature = draw(st_EcdsaSignatureValues())
    return EcdsaSignature(f_signature)

@st.composite
def st_EcdsaSignatureValues(draw: st.DrawFn) -> EcdsaSignatureValues:
    """Draws a valid EcdsaSignatureValues."""
    f_r = draw(_mpint)
    f_s = draw(_mpint)
    return EcdsaSignatureValues(f_r, f_s)

@st.composite
def st_SkEcdsaSignature(draw: st.DrawFn) -> SkEcdsaSignature:
    """Draws a valid SkEcdsaSignature."""
    f_signature = draw(st_EcdsaSignatureValues())
    f_flags = draw(_byte)
    f_counter = draw(_u32)
    return SkEcdsaSignature(f_signature, f_flags, f_counter)

@st.composite
def st_WebAuthnSkEcdsaSignature(draw: st.DrawFn) -> WebAuthnSkEcdsaSignature:
    """Draws a valid WebAuthnSkEcdsaSignature."""
    f_signature = draw(st_EcdsaSignatureValues())
    f_flags = draw(_byte)
    f_counter = draw(_u32)
    f_origin = draw(_text)
    f_client_data = draw(_bin)
    f_extensions = draw(_bin)
    return WebAuthnSkEcdsaSignature(f_signature, f_flags, f_counter, f_origin, f_client_data, f_extensions)

@st.composite
def st_SkEd25519Signature(draw: st.DrawFn) -> SkEd25519Signature:
    """Draws a valid SkEd25519Signature."""
    f_signature = draw(_bin)
    f_flags = draw(_byte)
    f_counter = draw(_u32)
    return SkEd25519Signature(f_signature, f_flags, f_counter)

@st.composite
def st_OpenSSHPrivateKeyFile(draw: st.DrawFn) -> OpenSSHPrivateKeyFile:
    """Draws a valid OpenSSHPrivateKeyFile."""
    f_cipher_name = draw(_name)
    f_kdf_name = draw(_name)
    f_kdf_options = draw(_bin)
    f_public_keys = draw(st.lists(_bin, max_size=3).map(tuple))
    f_encrypted_section = draw(_bin)
    return OpenSSHPrivateKeyFile(f_cipher_name, f_kdf_name, f_kdf_options, f_public_keys, f_encrypted_section)

@st.composite
def st_BcryptKdfOptions(draw: st.DrawFn) -> BcryptKdfOptions:
    """Draws a valid BcryptKdfOptions."""
    f_salt = draw(_bin)
    f_rounds = draw(_u32)
    return BcryptKdfOptions(f_salt, f_rounds)

@st.composite
def st_OpenSSHPrivateSection(draw: st.DrawFn) -> OpenSSHPrivateSection:
    """Draws a valid OpenSSHPrivateSection."""
    f_check1 = draw(_u32)
    f_check2 = draw(_u32)
    f_keys_and_padding = draw(_bin)
    return OpenSSHPrivateSection(f_check1, f_check2, f_keys_and_padding)

@st.composite
def st_OpenSSHPrivateKeyEntry(draw: st.DrawFn) -> OpenSSHPrivateKeyEntry:
    """Draws a valid OpenSSHPrivateKeyEntry."""
    f_key_type = draw(st.sampled_from(['ssh-ed25519', 'ssh-rsa', 'ssh-dss', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'sk-ecdsa-sha2-nistp256@openssh.com', 'sk-ssh-ed25519@openssh.com', 'ssh-ed25519-cert-v01@openssh.com', 'ssh-rsa-cert-v01@openssh.com', 'ssh-dss-cert-v01@openssh.com', 'ecdsa-sha2-nistp256-cert-v01@openssh.com', 'ecdsa-sha2-nistp384-cert-v01@openssh.com', 'ecdsa-sha2-nistp521-cert-v01@openssh.com', 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com', 'sk-ssh-ed25519-cert-v01@openssh.com']))
    cases_key: dict[Any, Any] = {'ssh-ed25519': st_Ed25519PrivateKey(), 'ssh-rsa': st_RsaPrivateKey(), 'ssh-dss': st_DssPrivateKey(), 'ecdsa-sha2-nistp256': st_EcdsaPrivateKey(), 'ecdsa-sha2-nistp384': st_EcdsaPrivateKey(), 'ecdsa-sha2-nistp521': st_EcdsaPrivateKey(), 'sk-ecdsa-sha2-nistp256@openssh.com': st_SkEcdsaPrivateKey(), 'sk-ssh-ed25519@openssh.com': st_SkEd25519PrivateKey(), 'ssh-ed25519-cert-v01@openssh.com': st_Ed25519CertPrivateKey(), 'ssh-rsa-cert-v01@openssh.com': st_RsaCertPrivateKey(), 'ssh-dss-cert-v01@openssh.com': st_DssCertPrivateKey(), 'ecdsa-sha2-nistp256-cert-v01@openssh.com': st_EcdsaCertPrivateKey(), 'ecdsa-sha2-nistp384-cert-v01@openssh.com': st_EcdsaCertPrivateKey(), 'ecdsa-sha2-nistp521-cert-v01@openssh.com': st_EcdsaCertPrivateKey(), 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': st_SkEcdsaCertPrivateKey(), 'sk-ssh-ed25519-cert-v01@openssh.com': st_SkEd25519CertPrivateKey()}
    f_key = draw(cases_key.get(f_key_type, st.nothing()))
    f_comment = draw(_text)
    return OpenSSHPrivateKeyEntry(f_key_type, f_key, f_comment)

@st.composite
def st_Ed25519PrivateKey(draw: st.DrawFn) -> Ed25519PrivateKey:
    """Draws a valid Ed25519PrivateKey."""
    f_public_key = draw(_bin)
    f_private_key = draw(_bin)
    return Ed25519PrivateKey(f_public_key, f_private_key)

@st.composite
def st_RsaPrivateKey(draw: st.DrawFn) -> RsaPrivateKey:
    """Draws a valid RsaPrivateKey."""
    f_n = draw(_mpint)
    f_e = draw(_mpint)
    f_d = draw(_mpint)
    f_iqmp = draw(_mpint)
    f_p = draw(_mpint)
    f_q = draw(_mpint)
    return RsaPrivateKey(f_n, f_e, f_d, f_iqmp, f_p, f_q)

@st.composite
def st_DssPrivateKey(draw: st.DrawFn) -> DssPrivateKey:
    """Draws a valid DssPrivateKey."""
    f_p = draw(_mpint)
    f_q = draw(_mpint)
    f_g = draw(_mpint)
    f_y = draw(_mpint)
    f_x = draw(_mpint)
    return DssPrivateKey(f_p, f_q, f_g, f_y, f_x)

@st.composite
def st_EcdsaPrivateKey(draw: st.DrawFn) -> EcdsaPrivateKey:
    """Draws a valid EcdsaPrivateKey."""
    f_curve = draw(_name)
    f_q = draw(_bin)
    f_d = draw(_mpint)
    return EcdsaPrivateKey(f_curve, f_q, f_d)

@st.composite
def st_SkEcdsaPrivateKey(draw: st.DrawFn) -> SkEcdsaPrivateKey:
    """Draws a valid SkEcdsaPrivateKey."""
    f_curve = draw(_name)
    f_q = draw(_bin)
    f_application = draw(_text)
    f_flags = draw(_byte)
    f_key_handle = draw(_bin)
    f_reserved = draw(_bin)
    return SkEcdsaPrivateKey(f_curve, f_q, f_application, f_flags, f_key_handle, f_reserved)

@st.composite
def st_SkEd25519PrivateKey(draw: st.DrawFn) -> SkEd25519PrivateKey:
    """Draws a valid SkEd25519PrivateKey."""
    f_public_key = draw(_bin)
    f_application = draw(_text)
    f_flags = draw(_byte)
    f_key_handle = draw(_bin)
    f_reserved = draw(_bin)
    return SkEd25519PrivateKey(f_public_key, f_application, f_flags, f_key_handle, f_reserved)

@st.composite
def st_Ed25519CertPrivateKey(draw: st.DrawFn) -> Ed25519CertPrivateKey:
    """Draws a valid Ed25519CertPrivateKey."""
    f_certificate = draw(_bin)
    f_public_key = draw(_bin)
    f_private_key = draw(_bin)
    return Ed25519CertPrivateKey(f_certificate, f_public_key, f_private_key)

@st.composite
def st_RsaCertPrivateKey(draw: st.DrawFn) -> RsaCertPrivateKey:
    """Draws a valid RsaCertPrivateKey."""
    f_certificate = draw(_bin)
    f_d = draw(_mpint)
    f_iqmp = draw(_mpint)
    f_p = draw(_mpint)
    f_q = draw(_mpint)
    return RsaCertPrivateKey(f_certificate, f_d, f_iqmp, f_p, f_q)

@st.composite
def st_DssCertPrivateKey(draw: st.DrawFn) -> DssCertPrivateKey:
    """Draws a valid DssCertPrivateKey."""
    f_certificate = draw(_bin)
    f_x = draw(_mpint)
    return DssCertPrivateKey(f_certificate, f_x)

@st.composite
def st_EcdsaCertPrivateKey(draw: st.DrawFn) -> EcdsaCertPrivateKey:
    """Draws a valid EcdsaCertPrivateKey."""
    f_certificate = draw(_bin)
    f_d = draw(_mpint)
    return EcdsaCertPrivateKey(f_certificate, f_d)

@st.composite
def st_SkEcdsaCertPrivateKey(draw: st.DrawFn) -> SkEcdsaCertPrivateKey:
    """Draws a valid SkEcdsaCertPrivateKey."""
    f_certificate = draw(_bin)
    f_application = draw(_text)
    f_flags = draw(_byte)
    f_key_handle = draw(_bin)
    f_reserved = draw(_bin)
    return SkEcdsaCertPrivateKey(f_certificate, f_application, f_flags, f_key_handle, f_reserved)

@st.composite
def st_SkEd25519CertPrivateKey(draw: st.DrawFn) -> SkEd25519CertPrivateKey:
    """Draws a valid SkEd25519CertPrivateKey."""
    f_certificate = draw(_bin)
    f_public_key = draw(_bin)
    f_application = draw(_text)
    f_flags = draw(_byte)
    f_key_handle = draw(_bin)
    f_reserved = draw(_bin)
    return SkEd25519CertPrivateKey(f_certificate, f_public_key, f_application, f_flags, f_key_handle, f_reserved)

@st.composite
def st_SshSignatureBlob(draw: st.DrawFn) -> SshSignatureBlob:
    """Draws a valid SshSignatureBlob."""
    f_version = draw(_u32)
    f_public_key = draw(_bin)
    f_namespace = draw(_text)
    f_reserved = draw(_bin)
    f_hash_algorithm = draw(_name)
    f_signature = draw(_bin)
    return SshSignatureBlob(f_version, f_public_key, f_namespace, f_reserved, f_hash_algorithm, f_signature)

@st.composite
def st_SshSignedData(draw: st.DrawFn) -> SshSignedData:
    """Draws a valid SshSignedData."""
    f_namespace = draw(_text)
    f_reserved = draw(_bin)
    f_hash_algorithm = draw(_name)
    f_hash = draw(_bin)
    return SshSignedData(f_namespace, f_reserved, f_hash_algorithm, f_hash)

TABLE: dict[type, Any] = {
    PublicKeyBlob: st_PublicKeyBlob(),
    Ed25519PublicKey: st_Ed25519PublicKey(),
    RsaPublicKey: st_RsaPublicKey(),
    DssPublicKey: st_DssPublicKey(),
    EcdsaPublicKey: st_EcdsaPublicKey(),
    SkEcdsaPublicKey: st_SkEcdsaPublicKey(),
    SkEd25519PublicKey: st_SkEd25519PublicKey(),
    Certificate: st_Certificate(),
    CertificatePrincipals: st_CertificatePrincipals(),
    CertificateOptions: st_CertificateOptions(),
    CertificateOption: st_CertificateOption(),
    Signature: st_Signature(),
    RawSignature: st_RawSignature(),
    EcdsaSignature: st_EcdsaSignature(),
    EcdsaSignatureValues: st_EcdsaSignatureValues(),
    SkEcdsaSignature: st_SkEcdsaSignature(),
    WebAuthnSkEcdsaSignature: st_WebAuthnSkEcdsaSignature(),
    SkEd25519Signature: st_SkEd25519Signature(),
    OpenSSHPrivateKeyFile: st_OpenSSHPrivateKeyFile(),
    BcryptKdfOptions: st_BcryptKdfOptions(),
    OpenSSHPrivateSection: st_OpenSSHPrivateSection(),
    OpenSSHPrivateKeyEntry: st_OpenSSHPrivateKeyEntry(),
    Ed25519PrivateKey: st_Ed25519PrivateKey(),
    RsaPrivateKey: st_RsaPrivateKey(),
    DssPrivateKey: st_DssPrivateKey(),
    EcdsaPrivateKey: st_EcdsaPrivateKey(),
    SkEcdsaPrivateKey: st_SkEcdsaPrivateKey(),
    SkEd25519PrivateKey: st_SkEd25519PrivateKey(),
    Ed25519CertPrivateKey: st_Ed25519CertPrivateKey(),
    RsaCertPrivateKey: st_RsaCertPrivateKey(),
    DssCertPrivateKey: st_DssCertPrivateKey(),
    EcdsaCertPrivateKey: st_EcdsaCertPrivateKey(),
    SkEcdsaCertPrivateKey: st_SkEcdsaCertPrivateKey(),
    SkEd25519CertPrivateKey: st_SkEd25519CertPrivateKey(),
    SshSignatureBlob: st_SshSignatureBlob(),
    SshSignedData: st_SshSignedData(),
}
