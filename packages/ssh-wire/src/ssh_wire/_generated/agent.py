# GENERATED from specs/agent.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH agent protocol: draft-miller-ssh-agent (now draft-ietf-sshm-ssh-agent) and OpenSSH PROTOCOL.agent extensions; a message is the agent packet after its uint32 length

Fast codec: slotted dataclasses and struct-based decoders/encoders.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from enum import IntEnum, IntFlag
from typing import ClassVar

from .._errors import (
    DecodeError,
    EncodeError,
)
from .._primitives import decode_name as _name
from .._primitives import encode_name as _enc_name
from .._runtime import Decoder as _Decoder
from .._runtime import Encoder as _Encoder
from .._runtime import d_null as _d_null
from .._runtime import e_null as _e_null
from .._runtime import utf8 as _utf8
from .keys import (
    DssCertPrivateKey,
    DssPrivateKey,
    EcdsaCertPrivateKey,
    EcdsaPrivateKey,
    Ed25519CertPrivateKey,
    Ed25519PrivateKey,
    RsaCertPrivateKey,
    RsaPrivateKey,
    SkEcdsaCertPrivateKey,
    SkEcdsaPrivateKey,
    SkEd25519CertPrivateKey,
    SkEd25519PrivateKey,
    _d_DssCertPrivateKey,
    _d_DssPrivateKey,
    _d_EcdsaCertPrivateKey,
    _d_EcdsaPrivateKey,
    _d_Ed25519CertPrivateKey,
    _d_Ed25519PrivateKey,
    _d_RsaCertPrivateKey,
    _d_RsaPrivateKey,
    _d_SkEcdsaCertPrivateKey,
    _d_SkEcdsaPrivateKey,
    _d_SkEd25519CertPrivateKey,
    _d_SkEd25519PrivateKey,
    _e_DssCertPrivateKey,
    _e_DssPrivateKey,
    _e_EcdsaCertPrivateKey,
    _e_EcdsaPrivateKey,
    _e_Ed25519CertPrivateKey,
    _e_Ed25519PrivateKey,
    _e_RsaCertPrivateKey,
    _e_RsaPrivateKey,
    _e_SkEcdsaCertPrivateKey,
    _e_SkEcdsaPrivateKey,
    _e_SkEd25519CertPrivateKey,
    _e_SkEd25519PrivateKey,
)

__all__ = [
    "AgentAddIdConstrained",
    "AgentAddIdentity",
    "AgentAddSmartcardKey",
    "AgentAddSmartcardKeyConstrained",
    "AgentAssociatedCerts",
    "AgentCertificateList",
    "AgentConstraint",
    "AgentConstraintType",
    "AgentDestinationConstraint",
    "AgentDestinationConstraintEntry",
    "AgentDestinationConstraints",
    "AgentDestinationHop",
    "AgentExtension",
    "AgentExtensionConstraint",
    "AgentExtensionFailure",
    "AgentExtensionResponse",
    "AgentFailure",
    "AgentHostKey",
    "AgentIdentitiesAnswer",
    "AgentIdentity",
    "AgentLifetimeConstraint",
    "AgentLock",
    "AgentMaxsignConstraint",
    "AgentQueryReply",
    "AgentRemoveAllIdentities",
    "AgentRemoveAllRsaIdentities",
    "AgentRemoveIdentity",
    "AgentRemoveSmartcardKey",
    "AgentRequestIdentities",
    "AgentRestrictDestination",
    "AgentSessionBind",
    "AgentSignFlag",
    "AgentSignRequest",
    "AgentSignResponse",
    "AgentSkProvider",
    "AgentSuccess",
    "AgentUnlock",
    "decode_agent_add_id_constrained",
    "decode_agent_add_identity",
    "decode_agent_add_smartcard_key",
    "decode_agent_add_smartcard_key_constrained",
    "decode_agent_associated_certs",
    "decode_agent_associated_certs_from",
    "decode_agent_certificate_list",
    "decode_agent_certificate_list_from",
    "decode_agent_constraint",
    "decode_agent_constraint_from",
    "decode_agent_destination_constraint",
    "decode_agent_destination_constraint_entry",
    "decode_agent_destination_constraint_entry_from",
    "decode_agent_destination_constraint_from",
    "decode_agent_destination_constraints",
    "decode_agent_destination_constraints_from",
    "decode_agent_destination_hop",
    "decode_agent_destination_hop_from",
    "decode_agent_extension",
    "decode_agent_extension_constraint",
    "decode_agent_extension_constraint_from",
    "decode_agent_extension_failure",
    "decode_agent_extension_response",
    "decode_agent_failure",
    "decode_agent_host_key",
    "decode_agent_host_key_from",
    "decode_agent_identities_answer",
    "decode_agent_identity",
    "decode_agent_identity_from",
    "decode_agent_lifetime_constraint",
    "decode_agent_lifetime_constraint_from",
    "decode_agent_lock",
    "decode_agent_maxsign_constraint",
    "decode_agent_maxsign_constraint_from",
    "decode_agent_query_reply",
    "decode_agent_query_reply_from",
    "decode_agent_remove_all_identities",
    "decode_agent_remove_all_rsa_identities",
    "decode_agent_remove_identity",
    "decode_agent_remove_smartcard_key",
    "decode_agent_request_identities",
    "decode_agent_restrict_destination",
    "decode_agent_restrict_destination_from",
    "decode_agent_session_bind",
    "decode_agent_session_bind_from",
    "decode_agent_sign_request",
    "decode_agent_sign_response",
    "decode_agent_sk_provider",
    "decode_agent_sk_provider_from",
    "decode_agent_success",
    "decode_agent_unlock",
    "encode_agent_add_id_constrained",
    "encode_agent_add_identity",
    "encode_agent_add_smartcard_key",
    "encode_agent_add_smartcard_key_constrained",
    "encode_agent_associated_certs",
    "encode_agent_certificate_list",
    "encode_agent_constraint",
    "encode_agent_destination_constraint",
    "encode_agent_destination_constraint_entry",
    "encode_agent_destination_constraints",
    "encode_agent_destination_hop",
    "encode_agent_extension",
    "encode_agent_extension_constraint",
    "encode_agent_extension_failure",
    "encode_agent_extension_response",
    "encode_agent_failure",
    "encode_agent_host_key",
    "encode_agent_identities_answer",
    "encode_agent_identity",
    "encode_agent_lifetime_constraint",
    "encode_agent_lock",
    "encode_agent_maxsign_constraint",
    "encode_agent_query_reply",
    "encode_agent_remove_all_identities",
    "encode_agent_remove_all_rsa_identities",
    "encode_agent_remove_identity",
    "encode_agent_remove_smartcard_key",
    "encode_agent_request_identities",
    "encode_agent_restrict_destination",
    "encode_agent_session_bind",
    "encode_agent_sign_request",
    "encode_agent_sign_response",
    "encode_agent_sk_provider",
    "encode_agent_success",
    "encode_agent_unlock",
]


class AgentConstraintType(IntEnum):
    """draft-miller-ssh-agent-04 §5.2 and OpenSSH PROTOCOL.agent §3: key constraint identifiers"""

    LIFETIME = 1
    CONFIRM = 2
    MAXSIGN = 3
    EXTENSION = 255


class AgentSignFlag(IntFlag):
    """draft-miller-ssh-agent-04 §4.5.1 / §5.3: signature request flags"""

    RSA_SHA2_256 = 0x2
    RSA_SHA2_512 = 0x4


@dataclass(slots=True)
class AgentIdentity:
    """draft-miller-ssh-agent-04 §4.4: one key in SSH_AGENT_IDENTITIES_ANSWER

    Attributes:
        key_blob: public key blob (PublicKeyBlob or Certificate)
    """

    NAME: ClassVar[str] = "AgentIdentity"

    key_blob: bytes
    comment: str


@dataclass(slots=True)
class AgentConstraint:
    """draft-miller-ssh-agent-04 §4.2.6: one key constraint of an ADD_ID_CONSTRAINED / ADD_SMARTCARD_KEY_CONSTRAINED request
    """

    NAME: ClassVar[str] = "AgentConstraint"

    constraint_type: int
    body: AgentLifetimeConstraint | AgentMaxsignConstraint | AgentExtensionConstraint | None


@dataclass(slots=True)
class AgentLifetimeConstraint:
    """draft-miller-ssh-agent-04 §4.2.6.1: SSH_AGENT_CONSTRAIN_LIFETIME
    """

    NAME: ClassVar[str] = "AgentLifetimeConstraint"

    seconds: int


@dataclass(slots=True)
class AgentMaxsignConstraint:
    """OpenSSH PROTOCOL.agent §3: SSH_AGENT_CONSTRAIN_MAXSIGN (XMSS keys only)
    """

    NAME: ClassVar[str] = "AgentMaxsignConstraint"

    max_signatures: int


@dataclass(slots=True)
class AgentExtensionConstraint:
    """draft-miller-ssh-agent-04 §4.2.6.3: SSH_AGENT_CONSTRAIN_EXTENSION. The details carry no length, so an unknown extension cannot be skipped: it is rejected, as OpenSSH does
    """

    NAME: ClassVar[str] = "AgentExtensionConstraint"

    extension_name: str
    details: AgentRestrictDestination | AgentAssociatedCerts | AgentSkProvider


@dataclass(slots=True)
class AgentRestrictDestination:
    """OpenSSH PROTOCOL.agent §2 (restrict-destination-v00@openssh.com), wire format per ssh-agent.c parse_key_constraint_extension: one string holding the destination constraints
    """

    NAME: ClassVar[str] = "AgentRestrictDestination"

    constraints: AgentDestinationConstraints


@dataclass(slots=True)
class AgentDestinationConstraints:
    """OpenSSH PROTOCOL.agent §2: the destination constraints, each wrapped in its own string
    """

    NAME: ClassVar[str] = "AgentDestinationConstraints"

    constraints: tuple[AgentDestinationConstraintEntry, ...]


@dataclass(slots=True)
class AgentDestinationConstraintEntry:
    """OpenSSH ssh-agent.c parse_dest_constraint: one string-wrapped destination constraint
    """

    NAME: ClassVar[str] = "AgentDestinationConstraintEntry"

    constraint: AgentDestinationConstraint


@dataclass(slots=True)
class AgentDestinationConstraint:
    """OpenSSH PROTOCOL.agent §2 / ssh-agent.c parse_dest_constraint: from hop, to hop (each string-wrapped), reserved
    """

    NAME: ClassVar[str] = "AgentDestinationConstraint"

    from_hop: AgentDestinationHop
    to_hop: AgentDestinationHop
    reserved: bytes


@dataclass(slots=True)
class AgentDestinationHop:
    """OpenSSH PROTOCOL.agent §2 / ssh-agent.c parse_dest_constraint_hop: user (empty in 'from'), hostname (empty for the origin), reserved, then keyspecs to the end
    """

    NAME: ClassVar[str] = "AgentDestinationHop"

    user: str
    hostname: str
    reserved: bytes
    host_keys: tuple[AgentHostKey, ...]


@dataclass(slots=True)
class AgentHostKey:
    """OpenSSH PROTOCOL.agent §2: a keyspec

    Attributes:
        key_blob: public key blob (PublicKeyBlob)
    """

    NAME: ClassVar[str] = "AgentHostKey"

    key_blob: bytes
    is_ca: bool


@dataclass(slots=True)
class AgentAssociatedCerts:
    """OpenSSH PROTOCOL.agent (associated-certs-v00@openssh.com) / ssh-agent.c: certificates to attach to keys loaded from a PKCS#11 token
    """

    NAME: ClassVar[str] = "AgentAssociatedCerts"

    certs_only: bool
    certs: AgentCertificateList


@dataclass(slots=True)
class AgentCertificateList:
    """OpenSSH ssh-agent.c parse_key_constraint_extension: certificate blobs (Certificate), each in a string, to the end
    """

    NAME: ClassVar[str] = "AgentCertificateList"

    certificates: tuple[bytes, ...]


@dataclass(slots=True)
class AgentSkProvider:
    """OpenSSH ssh-agent.c / ssh-add (sk-provider@openssh.com): the FIDO middleware for an added security key
    """

    NAME: ClassVar[str] = "AgentSkProvider"

    provider: str


@dataclass(slots=True)
class AgentSessionBind:
    """OpenSSH PROTOCOL.agent §1: session-bind@openssh.com

    Attributes:
        host_key: server host key blob (PublicKeyBlob)
        signature: host key signature of the session identifier (Signature)
    """

    NAME: ClassVar[str] = "AgentSessionBind"

    host_key: bytes
    session_identifier: bytes
    signature: bytes
    is_forwarding: bool


@dataclass(slots=True)
class AgentQueryReply:
    """draft-miller-ssh-agent-14 §3.8.1: the names of the supported extensions, following the echoed "query" in SSH_AGENT_EXTENSION_RESPONSE. OpenSSH's ssh-agent does not implement "query" (it answers SSH_AGENT_FAILURE)
    """

    NAME: ClassVar[str] = "AgentQueryReply"

    extension_names: tuple[str, ...]


@dataclass(slots=True)
class AgentFailure:
    """draft-miller-ssh-agent-04 §4.1

    Wire: SSH_AGENT_FAILURE (5), context ``agent``.
    """

    MSG_ID: ClassVar[int] = 5
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentFailure"


@dataclass(slots=True)
class AgentSuccess:
    """draft-miller-ssh-agent-04 §4.1; also OpenSSH's reply to a successful session-bind@openssh.com

    Wire: SSH_AGENT_SUCCESS (6), context ``agent``.
    """

    MSG_ID: ClassVar[int] = 6
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentSuccess"


@dataclass(slots=True)
class AgentRemoveAllRsaIdentities:
    """draft-miller-ssh-agent-04 §5.1.1 reserves 9 for SSH protocol 1; OpenSSH's ssh-add -D still sends it before REMOVE_ALL_IDENTITIES (ignoring the reply) and ssh-agent treats it as REMOVE_ALL_IDENTITIES

    Wire: SSH_AGENTC_REMOVE_ALL_RSA_IDENTITIES (9), context ``agent``.
    """

    MSG_ID: ClassVar[int] = 9
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentRemoveAllRsaIdentities"


@dataclass(slots=True)
class AgentRequestIdentities:
    """draft-miller-ssh-agent-04 §4.4

    Wire: SSH_AGENTC_REQUEST_IDENTITIES (11), context ``agent``.
    """

    MSG_ID: ClassVar[int] = 11
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentRequestIdentities"


@dataclass(slots=True)
class AgentIdentitiesAnswer:
    """draft-miller-ssh-agent-04 §4.4

    Wire: SSH_AGENT_IDENTITIES_ANSWER (12), context ``agent``.
    """

    MSG_ID: ClassVar[int] = 12
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentIdentitiesAnswer"

    identities: tuple[AgentIdentity, ...]


@dataclass(slots=True)
class AgentSignRequest:
    """draft-miller-ssh-agent-04 §4.5

    Wire: SSH_AGENTC_SIGN_REQUEST (13), context ``agent``.

    Attributes:
        key_blob: public key blob (PublicKeyBlob or Certificate)
    """

    MSG_ID: ClassVar[int] = 13
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentSignRequest"

    key_blob: bytes
    data: bytes
    flags: int


@dataclass(slots=True)
class AgentSignResponse:
    """draft-miller-ssh-agent-04 §4.5

    Wire: SSH_AGENT_SIGN_RESPONSE (14), context ``agent``.

    Attributes:
        signature: signature blob (Signature)
    """

    MSG_ID: ClassVar[int] = 14
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentSignResponse"

    signature: bytes


@dataclass(slots=True)
class AgentAddIdentity:
    """draft-miller-ssh-agent-04 §4.2; key fields as OpenSSH sshkey_private_serialize writes them

    Wire: SSH_AGENTC_ADD_IDENTITY (17), context ``agent``.
    """

    MSG_ID: ClassVar[int] = 17
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentAddIdentity"

    key_type: str
    key: Ed25519PrivateKey | RsaPrivateKey | DssPrivateKey | EcdsaPrivateKey | SkEcdsaPrivateKey | SkEd25519PrivateKey | Ed25519CertPrivateKey | RsaCertPrivateKey | DssCertPrivateKey | EcdsaCertPrivateKey | SkEcdsaCertPrivateKey | SkEd25519CertPrivateKey
    comment: str


@dataclass(slots=True)
class AgentRemoveIdentity:
    """draft-miller-ssh-agent-04 §4.3

    Wire: SSH_AGENTC_REMOVE_IDENTITY (18), context ``agent``.

    Attributes:
        key_blob: public key blob (PublicKeyBlob or Certificate)
    """

    MSG_ID: ClassVar[int] = 18
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentRemoveIdentity"

    key_blob: bytes


@dataclass(slots=True)
class AgentRemoveAllIdentities:
    """draft-miller-ssh-agent-04 §4.3

    Wire: SSH_AGENTC_REMOVE_ALL_IDENTITIES (19), context ``agent``.
    """

    MSG_ID: ClassVar[int] = 19
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentRemoveAllIdentities"


@dataclass(slots=True)
class AgentAddSmartcardKey:
    """draft-miller-ssh-agent-04 §4.2.5

    Wire: SSH_AGENTC_ADD_SMARTCARD_KEY (20), context ``agent``.
    """

    MSG_ID: ClassVar[int] = 20
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentAddSmartcardKey"

    reader_id: str
    pin: str = field(repr=False)


@dataclass(slots=True)
class AgentRemoveSmartcardKey:
    """draft-miller-ssh-agent-04 §4.3

    Wire: SSH_AGENTC_REMOVE_SMARTCARD_KEY (21), context ``agent``.
    """

    MSG_ID: ClassVar[int] = 21
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentRemoveSmartcardKey"

    reader_id: str
    pin: str = field(repr=False)


@dataclass(slots=True)
class AgentLock:
    """draft-miller-ssh-agent-04 §4.6

    Wire: SSH_AGENTC_LOCK (22), context ``agent``.
    """

    MSG_ID: ClassVar[int] = 22
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentLock"

    passphrase: str = field(repr=False)


@dataclass(slots=True)
class AgentUnlock:
    """draft-miller-ssh-agent-04 §4.6

    Wire: SSH_AGENTC_UNLOCK (23), context ``agent``.
    """

    MSG_ID: ClassVar[int] = 23
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentUnlock"

    passphrase: str = field(repr=False)


@dataclass(slots=True)
class AgentAddIdConstrained:
    """draft-miller-ssh-agent-04 §4.2.6: ADD_IDENTITY followed by key constraints

    Wire: SSH_AGENTC_ADD_ID_CONSTRAINED (25), context ``agent``.
    """

    MSG_ID: ClassVar[int] = 25
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentAddIdConstrained"

    key_type: str
    key: Ed25519PrivateKey | RsaPrivateKey | DssPrivateKey | EcdsaPrivateKey | SkEcdsaPrivateKey | SkEd25519PrivateKey | Ed25519CertPrivateKey | RsaCertPrivateKey | DssCertPrivateKey | EcdsaCertPrivateKey | SkEcdsaCertPrivateKey | SkEd25519CertPrivateKey
    comment: str
    constraints: tuple[AgentConstraint, ...]


@dataclass(slots=True)
class AgentAddSmartcardKeyConstrained:
    """draft-miller-ssh-agent-04 §4.2.5-4.2.6: ADD_SMARTCARD_KEY followed by key constraints

    Wire: SSH_AGENTC_ADD_SMARTCARD_KEY_CONSTRAINED (26), context ``agent``.
    """

    MSG_ID: ClassVar[int] = 26
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentAddSmartcardKeyConstrained"

    reader_id: str
    pin: str = field(repr=False)
    constraints: tuple[AgentConstraint, ...]


@dataclass(slots=True)
class AgentExtension:
    """draft-miller-ssh-agent-04 §4.7: extension contents follow the name unwrapped (as OpenSSH sends them)

    Wire: SSH_AGENTC_EXTENSION (27), context ``agent``.
    """

    MSG_ID: ClassVar[int] = 27
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentExtension"

    extension_type: str
    contents: AgentSessionBind | bytes | None


@dataclass(slots=True)
class AgentExtensionFailure:
    """draft-miller-ssh-agent-04 §4.7

    Wire: SSH_AGENT_EXTENSION_FAILURE (28), context ``agent``.
    """

    MSG_ID: ClassVar[int] = 28
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentExtensionFailure"


@dataclass(slots=True)
class AgentExtensionResponse:
    """draft-miller-ssh-agent-14 §3.8: extension-specific reply, echoing the extension type; contents are decoded through the reply table

    Wire: SSH_AGENT_EXTENSION_RESPONSE (29), context ``agent``.
    """

    MSG_ID: ClassVar[int] = 29
    CONTEXT: ClassVar[str] = "agent"
    NAME: ClassVar[str] = "AgentExtensionResponse"

    extension_type: str
    contents: bytes


_S_T = struct.Struct(">?")
_S_TI = struct.Struct(">?I")
_S_B = struct.Struct(">B")
_S_BI = struct.Struct(">BI")
_S_I = struct.Struct(">I")


def decode_agent_identity(buf: bytes | memoryview) -> AgentIdentity:
    """Decode a complete AgentIdentity from ``buf``.

    Returns:
        The decoded AgentIdentity; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('AgentIdentity', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentIdentity', pos, 'string runs past the end of the data')
    f_key_blob = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('AgentIdentity', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('AgentIdentity', pos, 'string runs past the end of the data')
    f_comment = _utf8(buf, pos, e4, 'AgentIdentity')
    pos = e4
    if pos != end:
        raise DecodeError('AgentIdentity', pos, 'trailing bytes')
    return AgentIdentity(f_key_blob, f_comment)


def _d_AgentIdentity(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentIdentity, int]:
    if end - pos < 4:
        raise DecodeError('AgentIdentity', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentIdentity', pos, 'string runs past the end of the data')
    f_key_blob = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('AgentIdentity', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('AgentIdentity', pos, 'string runs past the end of the data')
    f_comment = _utf8(buf, pos, e4, 'AgentIdentity')
    pos = e4
    return AgentIdentity(f_key_blob, f_comment), pos


def decode_agent_identity_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentIdentity, int]:
    """Decode one AgentIdentity at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('AgentIdentity', pos, 'position outside the buffer')
    return _d_AgentIdentity(buf, pos, end)


def encode_agent_identity(obj: AgentIdentity) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.key_blob
        v2 = obj.comment.encode('utf-8')
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentIdentity', str(exc)) from None


def _e_AgentIdentity(obj: AgentIdentity, parts: list[bytes | memoryview]) -> None:
    v1 = obj.key_blob
    v2 = obj.comment.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_agent_constraint(buf: bytes | memoryview) -> AgentConstraint:
    """Decode a complete AgentConstraint from ``buf``.

    Returns:
        The decoded AgentConstraint; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 1:
        raise DecodeError('AgentConstraint', pos, 'truncated')
    (f_constraint_type,) = _S_B.unpack_from(buf, pos)
    pos += 1
    dec1 = _SWD_AgentConstraint_body.get(f_constraint_type)
    if dec1 is None:
        raise DecodeError('AgentConstraint', pos, 'unknown constraint_type ' + repr(f_constraint_type))
    else:
        f_body, pos = dec1(buf, pos, end)
    if pos != end:
        raise DecodeError('AgentConstraint', pos, 'trailing bytes')
    return AgentConstraint(f_constraint_type, f_body)


def _d_AgentConstraint(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentConstraint, int]:
    if end - pos < 1:
        raise DecodeError('AgentConstraint', pos, 'truncated')
    (f_constraint_type,) = _S_B.unpack_from(buf, pos)
    pos += 1
    dec1 = _SWD_AgentConstraint_body.get(f_constraint_type)
    if dec1 is None:
        raise DecodeError('AgentConstraint', pos, 'unknown constraint_type ' + repr(f_constraint_type))
    else:
        f_body, pos = dec1(buf, pos, end)
    return AgentConstraint(f_constraint_type, f_body), pos


def decode_agent_constraint_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentConstraint, int]:
    """Decode one AgentConstraint at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('AgentConstraint', pos, 'position outside the buffer')
    return _d_AgentConstraint(buf, pos, end)


def encode_agent_constraint(obj: AgentConstraint) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        parts.append(_S_B.pack(obj.constraint_type))
        v1 = obj.body
        case2 = _SWE_AgentConstraint_body.get(obj.constraint_type)
        if case2 is None:
            raise EncodeError('AgentConstraint', 'no case for constraint_type ' + repr(obj.constraint_type))
        elif case2[0] is None:
            if v1 is not None:
                raise EncodeError('AgentConstraint', 'body must be None for this constraint_type')
        elif type(v1) is not case2[0]:
            raise EncodeError('AgentConstraint', 'body must be ' + case2[0].__name__ + ' for constraint_type ' + repr(obj.constraint_type))
        else:
            case2[1](v1, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentConstraint', str(exc)) from None


def _e_AgentConstraint(obj: AgentConstraint, parts: list[bytes | memoryview]) -> None:
    parts.append(_S_B.pack(obj.constraint_type))
    v1 = obj.body
    case2 = _SWE_AgentConstraint_body.get(obj.constraint_type)
    if case2 is None:
        raise EncodeError('AgentConstraint', 'no case for constraint_type ' + repr(obj.constraint_type))
    elif case2[0] is None:
        if v1 is not None:
            raise EncodeError('AgentConstraint', 'body must be None for this constraint_type')
    elif type(v1) is not case2[0]:
        raise EncodeError('AgentConstraint', 'body must be ' + case2[0].__name__ + ' for constraint_type ' + repr(obj.constraint_type))
    else:
        case2[1](v1, parts)


def decode_agent_lifetime_constraint(buf: bytes | memoryview) -> AgentLifetimeConstraint:
    """Decode a complete AgentLifetimeConstraint from ``buf``.

    Returns:
        The decoded AgentLifetimeConstraint; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('AgentLifetimeConstraint', pos, 'truncated')
    (f_seconds,) = _S_I.unpack_from(buf, pos)
    pos += 4
    if pos != end:
        raise DecodeError('AgentLifetimeConstraint', pos, 'trailing bytes')
    return AgentLifetimeConstraint(f_seconds)


def _d_AgentLifetimeConstraint(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentLifetimeConstraint, int]:
    if end - pos < 4:
        raise DecodeError('AgentLifetimeConstraint', pos, 'truncated')
    (f_seconds,) = _S_I.unpack_from(buf, pos)
    pos += 4
    return AgentLifetimeConstraint(f_seconds), pos


def decode_agent_lifetime_constraint_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentLifetimeConstraint, int]:
    """Decode one AgentLifetimeConstraint at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('AgentLifetimeConstraint', pos, 'position outside the buffer')
    return _d_AgentLifetimeConstraint(buf, pos, end)


def encode_agent_lifetime_constraint(obj: AgentLifetimeConstraint) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_I.pack(obj.seconds)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentLifetimeConstraint', str(exc)) from None


def _e_AgentLifetimeConstraint(obj: AgentLifetimeConstraint, parts: list[bytes | memoryview]) -> None:
    parts.append(_S_I.pack(obj.seconds))


def decode_agent_maxsign_constraint(buf: bytes | memoryview) -> AgentMaxsignConstraint:
    """Decode a complete AgentMaxsignConstraint from ``buf``.

    Returns:
        The decoded AgentMaxsignConstraint; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('AgentMaxsignConstraint', pos, 'truncated')
    (f_max_signatures,) = _S_I.unpack_from(buf, pos)
    pos += 4
    if pos != end:
        raise DecodeError('AgentMaxsignConstraint', pos, 'trailing bytes')
    return AgentMaxsignConstraint(f_max_signatures)


def _d_AgentMaxsignConstraint(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentMaxsignConstraint, int]:
    if end - pos < 4:
        raise DecodeError('AgentMaxsignConstraint', pos, 'truncated')
    (f_max_signatures,) = _S_I.unpack_from(buf, pos)
    pos += 4
    return AgentMaxsignConstraint(f_max_signatures), pos


def decode_agent_maxsign_constraint_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentMaxsignConstraint, int]:
    """Decode one AgentMaxsignConstraint at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('AgentMaxsignConstraint', pos, 'position outside the buffer')
    return _d_AgentMaxsignConstraint(buf, pos, end)


def encode_agent_maxsign_constraint(obj: AgentMaxsignConstraint) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_I.pack(obj.max_signatures)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentMaxsignConstraint', str(exc)) from None


def _e_AgentMaxsignConstraint(obj: AgentMaxsignConstraint, parts: list[bytes | memoryview]) -> None:
    parts.append(_S_I.pack(obj.max_signatures))


def decode_agent_extension_constraint(buf: bytes | memoryview) -> AgentExtensionConstraint:
    """Decode a complete AgentExtensionConstraint from ``buf``.

    Returns:
        The decoded AgentExtensionConstraint; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('AgentExtensionConstraint', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentExtensionConstraint', pos, 'string runs past the end of the data')
    f_extension_name = _name(buf[pos:e2], 'AgentExtensionConstraint', pos)
    pos = e2
    dec3 = _SWD_AgentExtensionConstraint_details.get(f_extension_name)
    if dec3 is None:
        raise DecodeError('AgentExtensionConstraint', pos, 'unknown extension_name ' + repr(f_extension_name))
    else:
        f_details, pos = dec3(buf, pos, end)
    if pos != end:
        raise DecodeError('AgentExtensionConstraint', pos, 'trailing bytes')
    return AgentExtensionConstraint(f_extension_name, f_details)


def _d_AgentExtensionConstraint(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentExtensionConstraint, int]:
    if end - pos < 4:
        raise DecodeError('AgentExtensionConstraint', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentExtensionConstraint', pos, 'string runs past the end of the data')
    f_extension_name = _name(buf[pos:e2], 'AgentExtensionConstraint', pos)
    pos = e2
    dec3 = _SWD_AgentExtensionConstraint_details.get(f_extension_name)
    if dec3 is None:
        raise DecodeError('AgentExtensionConstraint', pos, 'unknown extension_name ' + repr(f_extension_name))
    else:
        f_details, pos = dec3(buf, pos, end)
    return AgentExtensionConstraint(f_extension_name, f_details), pos


def decode_agent_extension_constraint_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentExtensionConstraint, int]:
    """Decode one AgentExtensionConstraint at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('AgentExtensionConstraint', pos, 'position outside the buffer')
    return _d_AgentExtensionConstraint(buf, pos, end)


def encode_agent_extension_constraint(obj: AgentExtensionConstraint) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = _enc_name(obj.extension_name, 'AgentExtensionConstraint')
        parts += (_S_I.pack(len(v1)), v1,)
        v2 = obj.details
        case3 = _SWE_AgentExtensionConstraint_details.get(obj.extension_name)
        if case3 is None:
            raise EncodeError('AgentExtensionConstraint', 'no case for extension_name ' + repr(obj.extension_name))
        elif case3[0] is None:
            if v2 is not None:
                raise EncodeError('AgentExtensionConstraint', 'details must be None for this extension_name')
        elif type(v2) is not case3[0]:
            raise EncodeError('AgentExtensionConstraint', 'details must be ' + case3[0].__name__ + ' for extension_name ' + repr(obj.extension_name))
        else:
            case3[1](v2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentExtensionConstraint', str(exc)) from None


def _e_AgentExtensionConstraint(obj: AgentExtensionConstraint, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.extension_name, 'AgentExtensionConstraint')
    parts += (_S_I.pack(len(v1)), v1,)
    v2 = obj.details
    case3 = _SWE_AgentExtensionConstraint_details.get(obj.extension_name)
    if case3 is None:
        raise EncodeError('AgentExtensionConstraint', 'no case for extension_name ' + repr(obj.extension_name))
    elif case3[0] is None:
        if v2 is not None:
            raise EncodeError('AgentExtensionConstraint', 'details must be None for this extension_name')
    elif type(v2) is not case3[0]:
        raise EncodeError('AgentExtensionConstraint', 'details must be ' + case3[0].__name__ + ' for extension_name ' + repr(obj.extension_name))
    else:
        case3[1](v2, parts)


def decode_agent_restrict_destination(buf: bytes | memoryview) -> AgentRestrictDestination:
    """Decode a complete AgentRestrictDestination from ``buf``.

    Returns:
        The decoded AgentRestrictDestination; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('AgentRestrictDestination', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentRestrictDestination', pos, 'string runs past the end of the data')
    f_constraints, p3 = _d_AgentDestinationConstraints(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('AgentDestinationConstraints', p3, 'trailing bytes')
    pos = e2
    if pos != end:
        raise DecodeError('AgentRestrictDestination', pos, 'trailing bytes')
    return AgentRestrictDestination(f_constraints)


def _d_AgentRestrictDestination(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentRestrictDestination, int]:
    if end - pos < 4:
        raise DecodeError('AgentRestrictDestination', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentRestrictDestination', pos, 'string runs past the end of the data')
    f_constraints, p3 = _d_AgentDestinationConstraints(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('AgentDestinationConstraints', p3, 'trailing bytes')
    pos = e2
    return AgentRestrictDestination(f_constraints), pos


def decode_agent_restrict_destination_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentRestrictDestination, int]:
    """Decode one AgentRestrictDestination at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('AgentRestrictDestination', pos, 'position outside the buffer')
    return _d_AgentRestrictDestination(buf, pos, end)


def encode_agent_restrict_destination(obj: AgentRestrictDestination) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        sub2: list[bytes | memoryview] = []
        _e_AgentDestinationConstraints(obj.constraints, sub2)
        v1 = b''.join(sub2)
        parts += (_S_I.pack(len(v1)), v1,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentRestrictDestination', str(exc)) from None


def _e_AgentRestrictDestination(obj: AgentRestrictDestination, parts: list[bytes | memoryview]) -> None:
    sub2: list[bytes | memoryview] = []
    _e_AgentDestinationConstraints(obj.constraints, sub2)
    v1 = b''.join(sub2)
    parts += (_S_I.pack(len(v1)), v1,)


def decode_agent_destination_constraints(buf: bytes | memoryview) -> AgentDestinationConstraints:
    """Decode a complete AgentDestinationConstraints from ``buf``.

    Returns:
        The decoded AgentDestinationConstraints; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    items1 = []
    while pos < end:
        item2, pos = _d_AgentDestinationConstraintEntry(buf, pos, end)
        items1.append(item2)
    f_constraints = tuple(items1)
    if pos != end:
        raise DecodeError('AgentDestinationConstraints', pos, 'trailing bytes')
    return AgentDestinationConstraints(f_constraints)


def _d_AgentDestinationConstraints(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentDestinationConstraints, int]:
    items1 = []
    while pos < end:
        item2, pos = _d_AgentDestinationConstraintEntry(buf, pos, end)
        items1.append(item2)
    f_constraints = tuple(items1)
    return AgentDestinationConstraints(f_constraints), pos


def decode_agent_destination_constraints_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentDestinationConstraints, int]:
    """Decode one AgentDestinationConstraints at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('AgentDestinationConstraints', pos, 'position outside the buffer')
    return _d_AgentDestinationConstraints(buf, pos, end)


def encode_agent_destination_constraints(obj: AgentDestinationConstraints) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.constraints
        for it2 in lst1:
            _e_AgentDestinationConstraintEntry(it2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentDestinationConstraints', str(exc)) from None


def _e_AgentDestinationConstraints(obj: AgentDestinationConstraints, parts: list[bytes | memoryview]) -> None:
    lst1 = obj.constraints
    for it2 in lst1:
        _e_AgentDestinationConstraintEntry(it2, parts)


def decode_agent_destination_constraint_entry(buf: bytes | memoryview) -> AgentDestinationConstraintEntry:
    """Decode a complete AgentDestinationConstraintEntry from ``buf``.

    Returns:
        The decoded AgentDestinationConstraintEntry; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('AgentDestinationConstraintEntry', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentDestinationConstraintEntry', pos, 'string runs past the end of the data')
    f_constraint, p3 = _d_AgentDestinationConstraint(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('AgentDestinationConstraint', p3, 'trailing bytes')
    pos = e2
    if pos != end:
        raise DecodeError('AgentDestinationConstraintEntry', pos, 'trailing bytes')
    return AgentDestinationConstraintEntry(f_constraint)


def _d_AgentDestinationConstraintEntry(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentDestinationConstraintEntry, int]:
    if end - pos < 4:
        raise DecodeError('AgentDestinationConstraintEntry', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentDestinationConstraintEntry', pos, 'string runs past the end of the data')
    f_constraint, p3 = _d_AgentDestinationConstraint(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('AgentDestinationConstraint', p3, 'trailing bytes')
    pos = e2
    return AgentDestinationConstraintEntry(f_constraint), pos


def decode_agent_destination_constraint_entry_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentDestinationConstraintEntry, int]:
    """Decode one AgentDestinationConstraintEntry at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('AgentDestinationConstraintEntry', pos, 'position outside the buffer')
    return _d_AgentDestinationConstraintEntry(buf, pos, end)


def encode_agent_destination_constraint_entry(obj: AgentDestinationConstraintEntry) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        sub2: list[bytes | memoryview] = []
        _e_AgentDestinationConstraint(obj.constraint, sub2)
        v1 = b''.join(sub2)
        parts += (_S_I.pack(len(v1)), v1,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentDestinationConstraintEntry', str(exc)) from None


def _e_AgentDestinationConstraintEntry(obj: AgentDestinationConstraintEntry, parts: list[bytes | memoryview]) -> None:
    sub2: list[bytes | memoryview] = []
    _e_AgentDestinationConstraint(obj.constraint, sub2)
    v1 = b''.join(sub2)
    parts += (_S_I.pack(len(v1)), v1,)


def decode_agent_destination_constraint(buf: bytes | memoryview) -> AgentDestinationConstraint:
    """Decode a complete AgentDestinationConstraint from ``buf``.

    Returns:
        The decoded AgentDestinationConstraint; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('AgentDestinationConstraint', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentDestinationConstraint', pos, 'string runs past the end of the data')
    f_from_hop, p3 = _d_AgentDestinationHop(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('AgentDestinationHop', p3, 'trailing bytes')
    pos = e2
    if end - pos < 4:
        raise DecodeError('AgentDestinationConstraint', pos, 'truncated')
    (n4,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e5 = pos + n4
    if e5 > end:
        raise DecodeError('AgentDestinationConstraint', pos, 'string runs past the end of the data')
    f_to_hop, p6 = _d_AgentDestinationHop(buf, pos, e5)
    if p6 != e5:
        raise DecodeError('AgentDestinationHop', p6, 'trailing bytes')
    pos = e5
    if end - pos < 4:
        raise DecodeError('AgentDestinationConstraint', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('AgentDestinationConstraint', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e8])
    pos = e8
    if pos != end:
        raise DecodeError('AgentDestinationConstraint', pos, 'trailing bytes')
    return AgentDestinationConstraint(f_from_hop, f_to_hop, f_reserved)


def _d_AgentDestinationConstraint(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentDestinationConstraint, int]:
    if end - pos < 4:
        raise DecodeError('AgentDestinationConstraint', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentDestinationConstraint', pos, 'string runs past the end of the data')
    f_from_hop, p3 = _d_AgentDestinationHop(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('AgentDestinationHop', p3, 'trailing bytes')
    pos = e2
    if end - pos < 4:
        raise DecodeError('AgentDestinationConstraint', pos, 'truncated')
    (n4,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e5 = pos + n4
    if e5 > end:
        raise DecodeError('AgentDestinationConstraint', pos, 'string runs past the end of the data')
    f_to_hop, p6 = _d_AgentDestinationHop(buf, pos, e5)
    if p6 != e5:
        raise DecodeError('AgentDestinationHop', p6, 'trailing bytes')
    pos = e5
    if end - pos < 4:
        raise DecodeError('AgentDestinationConstraint', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('AgentDestinationConstraint', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e8])
    pos = e8
    return AgentDestinationConstraint(f_from_hop, f_to_hop, f_reserved), pos


def decode_agent_destination_constraint_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentDestinationConstraint, int]:
    """Decode one AgentDestinationConstraint at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('AgentDestinationConstraint', pos, 'position outside the buffer')
    return _d_AgentDestinationConstraint(buf, pos, end)


def encode_agent_destination_constraint(obj: AgentDestinationConstraint) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        sub2: list[bytes | memoryview] = []
        _e_AgentDestinationHop(obj.from_hop, sub2)
        v1 = b''.join(sub2)
        sub4: list[bytes | memoryview] = []
        _e_AgentDestinationHop(obj.to_hop, sub4)
        v3 = b''.join(sub4)
        v5 = obj.reserved
        parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v3)), v3, _S_I.pack(len(v5)), v5,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentDestinationConstraint', str(exc)) from None


def _e_AgentDestinationConstraint(obj: AgentDestinationConstraint, parts: list[bytes | memoryview]) -> None:
    sub2: list[bytes | memoryview] = []
    _e_AgentDestinationHop(obj.from_hop, sub2)
    v1 = b''.join(sub2)
    sub4: list[bytes | memoryview] = []
    _e_AgentDestinationHop(obj.to_hop, sub4)
    v3 = b''.join(sub4)
    v5 = obj.reserved
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v3)), v3, _S_I.pack(len(v5)), v5,)


def decode_agent_destination_hop(buf: bytes | memoryview) -> AgentDestinationHop:
    """Decode a complete AgentDestinationHop from ``buf``.

    Returns:
        The decoded AgentDestinationHop; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('AgentDestinationHop', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentDestinationHop', pos, 'string runs past the end of the data')
    f_user = _utf8(buf, pos, e2, 'AgentDestinationHop')
    pos = e2
    if end - pos < 4:
        raise DecodeError('AgentDestinationHop', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('AgentDestinationHop', pos, 'string runs past the end of the data')
    f_hostname = _utf8(buf, pos, e4, 'AgentDestinationHop')
    pos = e4
    if end - pos < 4:
        raise DecodeError('AgentDestinationHop', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('AgentDestinationHop', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e6])
    pos = e6
    items7 = []
    while pos < end:
        item8, pos = _d_AgentHostKey(buf, pos, end)
        items7.append(item8)
    f_host_keys = tuple(items7)
    if pos != end:
        raise DecodeError('AgentDestinationHop', pos, 'trailing bytes')
    return AgentDestinationHop(f_user, f_hostname, f_reserved, f_host_keys)


def _d_AgentDestinationHop(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentDestinationHop, int]:
    if end - pos < 4:
        raise DecodeError('AgentDestinationHop', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentDestinationHop', pos, 'string runs past the end of the data')
    f_user = _utf8(buf, pos, e2, 'AgentDestinationHop')
    pos = e2
    if end - pos < 4:
        raise DecodeError('AgentDestinationHop', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('AgentDestinationHop', pos, 'string runs past the end of the data')
    f_hostname = _utf8(buf, pos, e4, 'AgentDestinationHop')
    pos = e4
    if end - pos < 4:
        raise DecodeError('AgentDestinationHop', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('AgentDestinationHop', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e6])
    pos = e6
    items7 = []
    while pos < end:
        item8, pos = _d_AgentHostKey(buf, pos, end)
        items7.append(item8)
    f_host_keys = tuple(items7)
    return AgentDestinationHop(f_user, f_hostname, f_reserved, f_host_keys), pos


def decode_agent_destination_hop_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentDestinationHop, int]:
    """Decode one AgentDestinationHop at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('AgentDestinationHop', pos, 'position outside the buffer')
    return _d_AgentDestinationHop(buf, pos, end)


def encode_agent_destination_hop(obj: AgentDestinationHop) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = obj.user.encode('utf-8')
        v2 = obj.hostname.encode('utf-8')
        v3 = obj.reserved
        lst4 = obj.host_keys
        parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3,)
        for it5 in lst4:
            _e_AgentHostKey(it5, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentDestinationHop', str(exc)) from None


def _e_AgentDestinationHop(obj: AgentDestinationHop, parts: list[bytes | memoryview]) -> None:
    v1 = obj.user.encode('utf-8')
    v2 = obj.hostname.encode('utf-8')
    v3 = obj.reserved
    lst4 = obj.host_keys
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3,)
    for it5 in lst4:
        _e_AgentHostKey(it5, parts)


def decode_agent_host_key(buf: bytes | memoryview) -> AgentHostKey:
    """Decode a complete AgentHostKey from ``buf``.

    Returns:
        The decoded AgentHostKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('AgentHostKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentHostKey', pos, 'string runs past the end of the data')
    f_key_blob = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 1:
        raise DecodeError('AgentHostKey', pos, 'truncated')
    (f_is_ca,) = _S_T.unpack_from(buf, pos)
    pos += 1
    if pos != end:
        raise DecodeError('AgentHostKey', pos, 'trailing bytes')
    return AgentHostKey(f_key_blob, f_is_ca)


def _d_AgentHostKey(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentHostKey, int]:
    if end - pos < 4:
        raise DecodeError('AgentHostKey', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentHostKey', pos, 'string runs past the end of the data')
    f_key_blob = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 1:
        raise DecodeError('AgentHostKey', pos, 'truncated')
    (f_is_ca,) = _S_T.unpack_from(buf, pos)
    pos += 1
    return AgentHostKey(f_key_blob, f_is_ca), pos


def decode_agent_host_key_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentHostKey, int]:
    """Decode one AgentHostKey at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('AgentHostKey', pos, 'position outside the buffer')
    return _d_AgentHostKey(buf, pos, end)


def encode_agent_host_key(obj: AgentHostKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.key_blob
        return _S_I.pack(len(v1)) + v1 + _S_T.pack(obj.is_ca)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentHostKey', str(exc)) from None


def _e_AgentHostKey(obj: AgentHostKey, parts: list[bytes | memoryview]) -> None:
    v1 = obj.key_blob
    parts += (_S_I.pack(len(v1)), v1, _S_T.pack(obj.is_ca),)


def decode_agent_associated_certs(buf: bytes | memoryview) -> AgentAssociatedCerts:
    """Decode a complete AgentAssociatedCerts from ``buf``.

    Returns:
        The decoded AgentAssociatedCerts; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('AgentAssociatedCerts', pos, 'truncated')
    f_certs_only, n1 = _S_TI.unpack_from(buf, pos)
    pos += 5
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentAssociatedCerts', pos, 'string runs past the end of the data')
    f_certs, p3 = _d_AgentCertificateList(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('AgentCertificateList', p3, 'trailing bytes')
    pos = e2
    if pos != end:
        raise DecodeError('AgentAssociatedCerts', pos, 'trailing bytes')
    return AgentAssociatedCerts(f_certs_only, f_certs)


def _d_AgentAssociatedCerts(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentAssociatedCerts, int]:
    if end - pos < 5:
        raise DecodeError('AgentAssociatedCerts', pos, 'truncated')
    f_certs_only, n1 = _S_TI.unpack_from(buf, pos)
    pos += 5
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentAssociatedCerts', pos, 'string runs past the end of the data')
    f_certs, p3 = _d_AgentCertificateList(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('AgentCertificateList', p3, 'trailing bytes')
    pos = e2
    return AgentAssociatedCerts(f_certs_only, f_certs), pos


def decode_agent_associated_certs_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentAssociatedCerts, int]:
    """Decode one AgentAssociatedCerts at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('AgentAssociatedCerts', pos, 'position outside the buffer')
    return _d_AgentAssociatedCerts(buf, pos, end)


def encode_agent_associated_certs(obj: AgentAssociatedCerts) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        sub2: list[bytes | memoryview] = []
        _e_AgentCertificateList(obj.certs, sub2)
        v1 = b''.join(sub2)
        parts += (_S_TI.pack(obj.certs_only, len(v1)), v1,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentAssociatedCerts', str(exc)) from None


def _e_AgentAssociatedCerts(obj: AgentAssociatedCerts, parts: list[bytes | memoryview]) -> None:
    sub2: list[bytes | memoryview] = []
    _e_AgentCertificateList(obj.certs, sub2)
    v1 = b''.join(sub2)
    parts += (_S_TI.pack(obj.certs_only, len(v1)), v1,)


def decode_agent_certificate_list(buf: bytes | memoryview) -> AgentCertificateList:
    """Decode a complete AgentCertificateList from ``buf``.

    Returns:
        The decoded AgentCertificateList; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    items1 = []
    while pos < end:
        if end - pos < 4:
            raise DecodeError('AgentCertificateList', pos, 'truncated')
        (n3,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e4 = pos + n3
        if e4 > end:
            raise DecodeError('AgentCertificateList', pos, 'string runs past the end of the data')
        item2 = bytes(buf[pos:e4])
        pos = e4
        items1.append(item2)
    f_certificates = tuple(items1)
    if pos != end:
        raise DecodeError('AgentCertificateList', pos, 'trailing bytes')
    return AgentCertificateList(f_certificates)


def _d_AgentCertificateList(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentCertificateList, int]:
    items1 = []
    while pos < end:
        if end - pos < 4:
            raise DecodeError('AgentCertificateList', pos, 'truncated')
        (n3,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e4 = pos + n3
        if e4 > end:
            raise DecodeError('AgentCertificateList', pos, 'string runs past the end of the data')
        item2 = bytes(buf[pos:e4])
        pos = e4
        items1.append(item2)
    f_certificates = tuple(items1)
    return AgentCertificateList(f_certificates), pos


def decode_agent_certificate_list_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentCertificateList, int]:
    """Decode one AgentCertificateList at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('AgentCertificateList', pos, 'position outside the buffer')
    return _d_AgentCertificateList(buf, pos, end)


def encode_agent_certificate_list(obj: AgentCertificateList) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.certificates
        for it2 in lst1:
            v3 = it2
            parts += (_S_I.pack(len(v3)), v3,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentCertificateList', str(exc)) from None


def _e_AgentCertificateList(obj: AgentCertificateList, parts: list[bytes | memoryview]) -> None:
    lst1 = obj.certificates
    for it2 in lst1:
        v3 = it2
        parts += (_S_I.pack(len(v3)), v3,)


def decode_agent_sk_provider(buf: bytes | memoryview) -> AgentSkProvider:
    """Decode a complete AgentSkProvider from ``buf``.

    Returns:
        The decoded AgentSkProvider; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('AgentSkProvider', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentSkProvider', pos, 'string runs past the end of the data')
    f_provider = _utf8(buf, pos, e2, 'AgentSkProvider')
    pos = e2
    if pos != end:
        raise DecodeError('AgentSkProvider', pos, 'trailing bytes')
    return AgentSkProvider(f_provider)


def _d_AgentSkProvider(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentSkProvider, int]:
    if end - pos < 4:
        raise DecodeError('AgentSkProvider', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentSkProvider', pos, 'string runs past the end of the data')
    f_provider = _utf8(buf, pos, e2, 'AgentSkProvider')
    pos = e2
    return AgentSkProvider(f_provider), pos


def decode_agent_sk_provider_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentSkProvider, int]:
    """Decode one AgentSkProvider at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('AgentSkProvider', pos, 'position outside the buffer')
    return _d_AgentSkProvider(buf, pos, end)


def encode_agent_sk_provider(obj: AgentSkProvider) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.provider.encode('utf-8')
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentSkProvider', str(exc)) from None


def _e_AgentSkProvider(obj: AgentSkProvider, parts: list[bytes | memoryview]) -> None:
    v1 = obj.provider.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1,)


def decode_agent_session_bind(buf: bytes | memoryview) -> AgentSessionBind:
    """Decode a complete AgentSessionBind from ``buf``.

    Returns:
        The decoded AgentSessionBind; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('AgentSessionBind', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentSessionBind', pos, 'string runs past the end of the data')
    f_host_key = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('AgentSessionBind', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('AgentSessionBind', pos, 'string runs past the end of the data')
    f_session_identifier = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('AgentSessionBind', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('AgentSessionBind', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 1:
        raise DecodeError('AgentSessionBind', pos, 'truncated')
    (f_is_forwarding,) = _S_T.unpack_from(buf, pos)
    pos += 1
    if pos != end:
        raise DecodeError('AgentSessionBind', pos, 'trailing bytes')
    return AgentSessionBind(f_host_key, f_session_identifier, f_signature, f_is_forwarding)


def _d_AgentSessionBind(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentSessionBind, int]:
    if end - pos < 4:
        raise DecodeError('AgentSessionBind', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentSessionBind', pos, 'string runs past the end of the data')
    f_host_key = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('AgentSessionBind', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('AgentSessionBind', pos, 'string runs past the end of the data')
    f_session_identifier = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('AgentSessionBind', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('AgentSessionBind', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 1:
        raise DecodeError('AgentSessionBind', pos, 'truncated')
    (f_is_forwarding,) = _S_T.unpack_from(buf, pos)
    pos += 1
    return AgentSessionBind(f_host_key, f_session_identifier, f_signature, f_is_forwarding), pos


def decode_agent_session_bind_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentSessionBind, int]:
    """Decode one AgentSessionBind at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('AgentSessionBind', pos, 'position outside the buffer')
    return _d_AgentSessionBind(buf, pos, end)


def encode_agent_session_bind(obj: AgentSessionBind) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.host_key
        v2 = obj.session_identifier
        v3 = obj.signature
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + _S_T.pack(obj.is_forwarding)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentSessionBind', str(exc)) from None


def _e_AgentSessionBind(obj: AgentSessionBind, parts: list[bytes | memoryview]) -> None:
    v1 = obj.host_key
    v2 = obj.session_identifier
    v3 = obj.signature
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_T.pack(obj.is_forwarding),)


def decode_agent_query_reply(buf: bytes | memoryview) -> AgentQueryReply:
    """Decode a complete AgentQueryReply from ``buf``.

    Returns:
        The decoded AgentQueryReply; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    items1 = []
    while pos < end:
        if end - pos < 4:
            raise DecodeError('AgentQueryReply', pos, 'truncated')
        (n3,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e4 = pos + n3
        if e4 > end:
            raise DecodeError('AgentQueryReply', pos, 'string runs past the end of the data')
        item2 = _name(buf[pos:e4], 'AgentQueryReply', pos)
        pos = e4
        items1.append(item2)
    f_extension_names = tuple(items1)
    if pos != end:
        raise DecodeError('AgentQueryReply', pos, 'trailing bytes')
    return AgentQueryReply(f_extension_names)


def _d_AgentQueryReply(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentQueryReply, int]:
    items1 = []
    while pos < end:
        if end - pos < 4:
            raise DecodeError('AgentQueryReply', pos, 'truncated')
        (n3,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e4 = pos + n3
        if e4 > end:
            raise DecodeError('AgentQueryReply', pos, 'string runs past the end of the data')
        item2 = _name(buf[pos:e4], 'AgentQueryReply', pos)
        pos = e4
        items1.append(item2)
    f_extension_names = tuple(items1)
    return AgentQueryReply(f_extension_names), pos


def decode_agent_query_reply_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[AgentQueryReply, int]:
    """Decode one AgentQueryReply at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('AgentQueryReply', pos, 'position outside the buffer')
    return _d_AgentQueryReply(buf, pos, end)


def encode_agent_query_reply(obj: AgentQueryReply) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.extension_names
        for it2 in lst1:
            v3 = _enc_name(it2, 'AgentQueryReply')
            parts += (_S_I.pack(len(v3)), v3,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentQueryReply', str(exc)) from None


def _e_AgentQueryReply(obj: AgentQueryReply, parts: list[bytes | memoryview]) -> None:
    lst1 = obj.extension_names
    for it2 in lst1:
        v3 = _enc_name(it2, 'AgentQueryReply')
        parts += (_S_I.pack(len(v3)), v3,)


def decode_agent_failure(buf: bytes | memoryview) -> AgentFailure:
    """Decode a complete AgentFailure message from ``buf``.

    Returns:
        The decoded AgentFailure; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 1:
        raise DecodeError('AgentFailure', pos, 'truncated')
    (mid,) = _S_B.unpack_from(buf, pos)
    pos += 1
    if mid != 5:
        raise DecodeError('AgentFailure', 0, 'message number is not 5')
    if pos != end:
        raise DecodeError('AgentFailure', pos, 'trailing bytes')
    return AgentFailure()


def encode_agent_failure(obj: AgentFailure) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_B.pack(5)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentFailure', str(exc)) from None


def decode_agent_success(buf: bytes | memoryview) -> AgentSuccess:
    """Decode a complete AgentSuccess message from ``buf``.

    Returns:
        The decoded AgentSuccess; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 1:
        raise DecodeError('AgentSuccess', pos, 'truncated')
    (mid,) = _S_B.unpack_from(buf, pos)
    pos += 1
    if mid != 6:
        raise DecodeError('AgentSuccess', 0, 'message number is not 6')
    if pos != end:
        raise DecodeError('AgentSuccess', pos, 'trailing bytes')
    return AgentSuccess()


def encode_agent_success(obj: AgentSuccess) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_B.pack(6)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentSuccess', str(exc)) from None


def decode_agent_remove_all_rsa_identities(buf: bytes | memoryview) -> AgentRemoveAllRsaIdentities:
    """Decode a complete AgentRemoveAllRsaIdentities message from ``buf``.

    Returns:
        The decoded AgentRemoveAllRsaIdentities; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 1:
        raise DecodeError('AgentRemoveAllRsaIdentities', pos, 'truncated')
    (mid,) = _S_B.unpack_from(buf, pos)
    pos += 1
    if mid != 9:
        raise DecodeError('AgentRemoveAllRsaIdentities', 0, 'message number is not 9')
    if pos != end:
        raise DecodeError('AgentRemoveAllRsaIdentities', pos, 'trailing bytes')
    return AgentRemoveAllRsaIdentities()


def encode_agent_remove_all_rsa_identities(obj: AgentRemoveAllRsaIdentities) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_B.pack(9)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentRemoveAllRsaIdentities', str(exc)) from None


def decode_agent_request_identities(buf: bytes | memoryview) -> AgentRequestIdentities:
    """Decode a complete AgentRequestIdentities message from ``buf``.

    Returns:
        The decoded AgentRequestIdentities; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 1:
        raise DecodeError('AgentRequestIdentities', pos, 'truncated')
    (mid,) = _S_B.unpack_from(buf, pos)
    pos += 1
    if mid != 11:
        raise DecodeError('AgentRequestIdentities', 0, 'message number is not 11')
    if pos != end:
        raise DecodeError('AgentRequestIdentities', pos, 'trailing bytes')
    return AgentRequestIdentities()


def encode_agent_request_identities(obj: AgentRequestIdentities) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_B.pack(11)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentRequestIdentities', str(exc)) from None


def decode_agent_identities_answer(buf: bytes | memoryview) -> AgentIdentitiesAnswer:
    """Decode a complete AgentIdentitiesAnswer message from ``buf``.

    Returns:
        The decoded AgentIdentitiesAnswer; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('AgentIdentitiesAnswer', pos, 'truncated')
    mid, count2 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 12:
        raise DecodeError('AgentIdentitiesAnswer', 0, 'message number is not 12')
    items1 = []
    if count2 > (end - pos) // 8:
        raise DecodeError('AgentIdentitiesAnswer', pos, 'element count exceeds the data')
    for _ in range(count2):
        item3, pos = _d_AgentIdentity(buf, pos, end)
        items1.append(item3)
    f_identities = tuple(items1)
    if pos != end:
        raise DecodeError('AgentIdentitiesAnswer', pos, 'trailing bytes')
    return AgentIdentitiesAnswer(f_identities)


def encode_agent_identities_answer(obj: AgentIdentitiesAnswer) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.identities
        parts.append(_S_BI.pack(12, len(lst1)))
        for it2 in lst1:
            _e_AgentIdentity(it2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentIdentitiesAnswer', str(exc)) from None


def decode_agent_sign_request(buf: bytes | memoryview) -> AgentSignRequest:
    """Decode a complete AgentSignRequest message from ``buf``.

    Returns:
        The decoded AgentSignRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('AgentSignRequest', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 13:
        raise DecodeError('AgentSignRequest', 0, 'message number is not 13')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentSignRequest', pos, 'string runs past the end of the data')
    f_key_blob = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('AgentSignRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('AgentSignRequest', pos, 'string runs past the end of the data')
    f_data = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('AgentSignRequest', pos, 'truncated')
    (f_flags,) = _S_I.unpack_from(buf, pos)
    pos += 4
    if pos != end:
        raise DecodeError('AgentSignRequest', pos, 'trailing bytes')
    return AgentSignRequest(f_key_blob, f_data, f_flags)


def encode_agent_sign_request(obj: AgentSignRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.key_blob
        v2 = obj.data
        return _S_BI.pack(13, len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(obj.flags)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentSignRequest', str(exc)) from None


def decode_agent_sign_response(buf: bytes | memoryview) -> AgentSignResponse:
    """Decode a complete AgentSignResponse message from ``buf``.

    Returns:
        The decoded AgentSignResponse; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('AgentSignResponse', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 14:
        raise DecodeError('AgentSignResponse', 0, 'message number is not 14')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentSignResponse', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('AgentSignResponse', pos, 'trailing bytes')
    return AgentSignResponse(f_signature)


def encode_agent_sign_response(obj: AgentSignResponse) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.signature
        return _S_BI.pack(14, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentSignResponse', str(exc)) from None


def decode_agent_add_identity(buf: bytes | memoryview) -> AgentAddIdentity:
    """Decode a complete AgentAddIdentity message from ``buf``.

    Returns:
        The decoded AgentAddIdentity; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('AgentAddIdentity', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 17:
        raise DecodeError('AgentAddIdentity', 0, 'message number is not 17')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentAddIdentity', pos, 'string runs past the end of the data')
    f_key_type = _name(buf[pos:e2], 'AgentAddIdentity', pos)
    pos = e2
    dec3 = _SWD_AgentAddIdentity_key.get(f_key_type)
    if dec3 is None:
        raise DecodeError('AgentAddIdentity', pos, 'unknown key_type ' + repr(f_key_type))
    else:
        f_key, pos = dec3(buf, pos, end)
    if end - pos < 4:
        raise DecodeError('AgentAddIdentity', pos, 'truncated')
    (n4,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e5 = pos + n4
    if e5 > end:
        raise DecodeError('AgentAddIdentity', pos, 'string runs past the end of the data')
    f_comment = _utf8(buf, pos, e5, 'AgentAddIdentity')
    pos = e5
    if pos != end:
        raise DecodeError('AgentAddIdentity', pos, 'trailing bytes')
    return AgentAddIdentity(f_key_type, f_key, f_comment)


def encode_agent_add_identity(obj: AgentAddIdentity) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = _enc_name(obj.key_type, 'AgentAddIdentity')
        parts += (_S_BI.pack(17, len(v1)), v1,)
        v2 = obj.key
        case3 = _SWE_AgentAddIdentity_key.get(obj.key_type)
        if case3 is None:
            raise EncodeError('AgentAddIdentity', 'no case for key_type ' + repr(obj.key_type))
        elif case3[0] is None:
            if v2 is not None:
                raise EncodeError('AgentAddIdentity', 'key must be None for this key_type')
        elif type(v2) is not case3[0]:
            raise EncodeError('AgentAddIdentity', 'key must be ' + case3[0].__name__ + ' for key_type ' + repr(obj.key_type))
        else:
            case3[1](v2, parts)
        v4 = obj.comment.encode('utf-8')
        parts += (_S_I.pack(len(v4)), v4,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentAddIdentity', str(exc)) from None


def decode_agent_remove_identity(buf: bytes | memoryview) -> AgentRemoveIdentity:
    """Decode a complete AgentRemoveIdentity message from ``buf``.

    Returns:
        The decoded AgentRemoveIdentity; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('AgentRemoveIdentity', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 18:
        raise DecodeError('AgentRemoveIdentity', 0, 'message number is not 18')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentRemoveIdentity', pos, 'string runs past the end of the data')
    f_key_blob = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('AgentRemoveIdentity', pos, 'trailing bytes')
    return AgentRemoveIdentity(f_key_blob)


def encode_agent_remove_identity(obj: AgentRemoveIdentity) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.key_blob
        return _S_BI.pack(18, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentRemoveIdentity', str(exc)) from None


def decode_agent_remove_all_identities(buf: bytes | memoryview) -> AgentRemoveAllIdentities:
    """Decode a complete AgentRemoveAllIdentities message from ``buf``.

    Returns:
        The decoded AgentRemoveAllIdentities; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 1:
        raise DecodeError('AgentRemoveAllIdentities', pos, 'truncated')
    (mid,) = _S_B.unpack_from(buf, pos)
    pos += 1
    if mid != 19:
        raise DecodeError('AgentRemoveAllIdentities', 0, 'message number is not 19')
    if pos != end:
        raise DecodeError('AgentRemoveAllIdentities', pos, 'trailing bytes')
    return AgentRemoveAllIdentities()


def encode_agent_remove_all_identities(obj: AgentRemoveAllIdentities) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_B.pack(19)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentRemoveAllIdentities', str(exc)) from None


def decode_agent_add_smartcard_key(buf: bytes | memoryview) -> AgentAddSmartcardKey:
    """Decode a complete AgentAddSmartcardKey message from ``buf``.

    Returns:
        The decoded AgentAddSmartcardKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('AgentAddSmartcardKey', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 20:
        raise DecodeError('AgentAddSmartcardKey', 0, 'message number is not 20')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentAddSmartcardKey', pos, 'string runs past the end of the data')
    f_reader_id = _utf8(buf, pos, e2, 'AgentAddSmartcardKey')
    pos = e2
    if end - pos < 4:
        raise DecodeError('AgentAddSmartcardKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('AgentAddSmartcardKey', pos, 'string runs past the end of the data')
    f_pin = _utf8(buf, pos, e4, 'AgentAddSmartcardKey')
    pos = e4
    if pos != end:
        raise DecodeError('AgentAddSmartcardKey', pos, 'trailing bytes')
    return AgentAddSmartcardKey(f_reader_id, f_pin)


def encode_agent_add_smartcard_key(obj: AgentAddSmartcardKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.reader_id.encode('utf-8')
        v2 = obj.pin.encode('utf-8')
        return _S_BI.pack(20, len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentAddSmartcardKey', str(exc)) from None


def decode_agent_remove_smartcard_key(buf: bytes | memoryview) -> AgentRemoveSmartcardKey:
    """Decode a complete AgentRemoveSmartcardKey message from ``buf``.

    Returns:
        The decoded AgentRemoveSmartcardKey; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('AgentRemoveSmartcardKey', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 21:
        raise DecodeError('AgentRemoveSmartcardKey', 0, 'message number is not 21')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentRemoveSmartcardKey', pos, 'string runs past the end of the data')
    f_reader_id = _utf8(buf, pos, e2, 'AgentRemoveSmartcardKey')
    pos = e2
    if end - pos < 4:
        raise DecodeError('AgentRemoveSmartcardKey', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('AgentRemoveSmartcardKey', pos, 'string runs past the end of the data')
    f_pin = _utf8(buf, pos, e4, 'AgentRemoveSmartcardKey')
    pos = e4
    if pos != end:
        raise DecodeError('AgentRemoveSmartcardKey', pos, 'trailing bytes')
    return AgentRemoveSmartcardKey(f_reader_id, f_pin)


def encode_agent_remove_smartcard_key(obj: AgentRemoveSmartcardKey) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.reader_id.encode('utf-8')
        v2 = obj.pin.encode('utf-8')
        return _S_BI.pack(21, len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentRemoveSmartcardKey', str(exc)) from None


def decode_agent_lock(buf: bytes | memoryview) -> AgentLock:
    """Decode a complete AgentLock message from ``buf``.

    Returns:
        The decoded AgentLock; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('AgentLock', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 22:
        raise DecodeError('AgentLock', 0, 'message number is not 22')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentLock', pos, 'string runs past the end of the data')
    f_passphrase = _utf8(buf, pos, e2, 'AgentLock')
    pos = e2
    if pos != end:
        raise DecodeError('AgentLock', pos, 'trailing bytes')
    return AgentLock(f_passphrase)


def encode_agent_lock(obj: AgentLock) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.passphrase.encode('utf-8')
        return _S_BI.pack(22, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentLock', str(exc)) from None


def decode_agent_unlock(buf: bytes | memoryview) -> AgentUnlock:
    """Decode a complete AgentUnlock message from ``buf``.

    Returns:
        The decoded AgentUnlock; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('AgentUnlock', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 23:
        raise DecodeError('AgentUnlock', 0, 'message number is not 23')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentUnlock', pos, 'string runs past the end of the data')
    f_passphrase = _utf8(buf, pos, e2, 'AgentUnlock')
    pos = e2
    if pos != end:
        raise DecodeError('AgentUnlock', pos, 'trailing bytes')
    return AgentUnlock(f_passphrase)


def encode_agent_unlock(obj: AgentUnlock) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.passphrase.encode('utf-8')
        return _S_BI.pack(23, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentUnlock', str(exc)) from None


def decode_agent_add_id_constrained(buf: bytes | memoryview) -> AgentAddIdConstrained:
    """Decode a complete AgentAddIdConstrained message from ``buf``.

    Returns:
        The decoded AgentAddIdConstrained; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('AgentAddIdConstrained', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 25:
        raise DecodeError('AgentAddIdConstrained', 0, 'message number is not 25')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentAddIdConstrained', pos, 'string runs past the end of the data')
    f_key_type = _name(buf[pos:e2], 'AgentAddIdConstrained', pos)
    pos = e2
    dec3 = _SWD_AgentAddIdConstrained_key.get(f_key_type)
    if dec3 is None:
        raise DecodeError('AgentAddIdConstrained', pos, 'unknown key_type ' + repr(f_key_type))
    else:
        f_key, pos = dec3(buf, pos, end)
    if end - pos < 4:
        raise DecodeError('AgentAddIdConstrained', pos, 'truncated')
    (n4,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e5 = pos + n4
    if e5 > end:
        raise DecodeError('AgentAddIdConstrained', pos, 'string runs past the end of the data')
    f_comment = _utf8(buf, pos, e5, 'AgentAddIdConstrained')
    pos = e5
    items6 = []
    while pos < end:
        item7, pos = _d_AgentConstraint(buf, pos, end)
        items6.append(item7)
    f_constraints = tuple(items6)
    if pos != end:
        raise DecodeError('AgentAddIdConstrained', pos, 'trailing bytes')
    return AgentAddIdConstrained(f_key_type, f_key, f_comment, f_constraints)


def encode_agent_add_id_constrained(obj: AgentAddIdConstrained) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = _enc_name(obj.key_type, 'AgentAddIdConstrained')
        parts += (_S_BI.pack(25, len(v1)), v1,)
        v2 = obj.key
        case3 = _SWE_AgentAddIdConstrained_key.get(obj.key_type)
        if case3 is None:
            raise EncodeError('AgentAddIdConstrained', 'no case for key_type ' + repr(obj.key_type))
        elif case3[0] is None:
            if v2 is not None:
                raise EncodeError('AgentAddIdConstrained', 'key must be None for this key_type')
        elif type(v2) is not case3[0]:
            raise EncodeError('AgentAddIdConstrained', 'key must be ' + case3[0].__name__ + ' for key_type ' + repr(obj.key_type))
        else:
            case3[1](v2, parts)
        v4 = obj.comment.encode('utf-8')
        lst5 = obj.constraints
        parts += (_S_I.pack(len(v4)), v4,)
        for it6 in lst5:
            _e_AgentConstraint(it6, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentAddIdConstrained', str(exc)) from None


def decode_agent_add_smartcard_key_constrained(buf: bytes | memoryview) -> AgentAddSmartcardKeyConstrained:
    """Decode a complete AgentAddSmartcardKeyConstrained message from ``buf``.

    Returns:
        The decoded AgentAddSmartcardKeyConstrained; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('AgentAddSmartcardKeyConstrained', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 26:
        raise DecodeError('AgentAddSmartcardKeyConstrained', 0, 'message number is not 26')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentAddSmartcardKeyConstrained', pos, 'string runs past the end of the data')
    f_reader_id = _utf8(buf, pos, e2, 'AgentAddSmartcardKeyConstrained')
    pos = e2
    if end - pos < 4:
        raise DecodeError('AgentAddSmartcardKeyConstrained', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('AgentAddSmartcardKeyConstrained', pos, 'string runs past the end of the data')
    f_pin = _utf8(buf, pos, e4, 'AgentAddSmartcardKeyConstrained')
    pos = e4
    items5 = []
    while pos < end:
        item6, pos = _d_AgentConstraint(buf, pos, end)
        items5.append(item6)
    f_constraints = tuple(items5)
    if pos != end:
        raise DecodeError('AgentAddSmartcardKeyConstrained', pos, 'trailing bytes')
    return AgentAddSmartcardKeyConstrained(f_reader_id, f_pin, f_constraints)


def encode_agent_add_smartcard_key_constrained(obj: AgentAddSmartcardKeyConstrained) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = obj.reader_id.encode('utf-8')
        v2 = obj.pin.encode('utf-8')
        lst3 = obj.constraints
        parts += (_S_BI.pack(26, len(v1)), v1, _S_I.pack(len(v2)), v2,)
        for it4 in lst3:
            _e_AgentConstraint(it4, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentAddSmartcardKeyConstrained', str(exc)) from None


def decode_agent_extension(buf: bytes | memoryview) -> AgentExtension:
    """Decode a complete AgentExtension message from ``buf``.

    Returns:
        The decoded AgentExtension; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('AgentExtension', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 27:
        raise DecodeError('AgentExtension', 0, 'message number is not 27')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentExtension', pos, 'string runs past the end of the data')
    f_extension_type = _name(buf[pos:e2], 'AgentExtension', pos)
    pos = e2
    dec3 = _SWD_AgentExtension_contents.get(f_extension_type)
    if dec3 is None:
        f_contents = bytes(buf[pos:end])
        pos = end
    else:
        f_contents, pos = dec3(buf, pos, end)
    if pos != end:
        raise DecodeError('AgentExtension', pos, 'trailing bytes')
    return AgentExtension(f_extension_type, f_contents)


def encode_agent_extension(obj: AgentExtension) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = _enc_name(obj.extension_type, 'AgentExtension')
        parts += (_S_BI.pack(27, len(v1)), v1,)
        v2 = obj.contents
        case3 = _SWE_AgentExtension_contents.get(obj.extension_type)
        if case3 is None:
            if not isinstance(v2, bytes | bytearray | memoryview):
                raise EncodeError('AgentExtension', 'contents must be bytes for an unknown extension_type')
            parts.append(v2)
        elif case3[0] is None:
            if v2 is not None:
                raise EncodeError('AgentExtension', 'contents must be None for this extension_type')
        elif type(v2) is not case3[0]:
            raise EncodeError('AgentExtension', 'contents must be ' + case3[0].__name__ + ' for extension_type ' + repr(obj.extension_type))
        else:
            case3[1](v2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentExtension', str(exc)) from None


def decode_agent_extension_failure(buf: bytes | memoryview) -> AgentExtensionFailure:
    """Decode a complete AgentExtensionFailure message from ``buf``.

    Returns:
        The decoded AgentExtensionFailure; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 1:
        raise DecodeError('AgentExtensionFailure', pos, 'truncated')
    (mid,) = _S_B.unpack_from(buf, pos)
    pos += 1
    if mid != 28:
        raise DecodeError('AgentExtensionFailure', 0, 'message number is not 28')
    if pos != end:
        raise DecodeError('AgentExtensionFailure', pos, 'trailing bytes')
    return AgentExtensionFailure()


def encode_agent_extension_failure(obj: AgentExtensionFailure) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_B.pack(28)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentExtensionFailure', str(exc)) from None


def decode_agent_extension_response(buf: bytes | memoryview) -> AgentExtensionResponse:
    """Decode a complete AgentExtensionResponse message from ``buf``.

    Returns:
        The decoded AgentExtensionResponse; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('AgentExtensionResponse', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 29:
        raise DecodeError('AgentExtensionResponse', 0, 'message number is not 29')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('AgentExtensionResponse', pos, 'string runs past the end of the data')
    f_extension_type = _name(buf[pos:e2], 'AgentExtensionResponse', pos)
    pos = e2
    f_contents = bytes(buf[pos:end])
    pos = end
    if pos != end:
        raise DecodeError('AgentExtensionResponse', pos, 'trailing bytes')
    return AgentExtensionResponse(f_extension_type, f_contents)


def encode_agent_extension_response(obj: AgentExtensionResponse) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_name(obj.extension_type, 'AgentExtensionResponse')
        return _S_BI.pack(29, len(v1)) + v1 + obj.contents
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('AgentExtensionResponse', str(exc)) from None


_SWD_AgentConstraint_body: dict[int, _Decoder] = {
    1: _d_AgentLifetimeConstraint,
    2: _d_null,
    3: _d_AgentMaxsignConstraint,
    255: _d_AgentExtensionConstraint,
}

_SWE_AgentConstraint_body: dict[int, tuple[type | None, _Encoder]] = {
    1: (AgentLifetimeConstraint, _e_AgentLifetimeConstraint),
    2: (None, _e_null),
    3: (AgentMaxsignConstraint, _e_AgentMaxsignConstraint),
    255: (AgentExtensionConstraint, _e_AgentExtensionConstraint),
}

_SWD_AgentExtensionConstraint_details: dict[str, _Decoder] = {
    'restrict-destination-v00@openssh.com': _d_AgentRestrictDestination,
    'associated-certs-v00@openssh.com': _d_AgentAssociatedCerts,
    'sk-provider@openssh.com': _d_AgentSkProvider,
}

_SWE_AgentExtensionConstraint_details: dict[str, tuple[type | None, _Encoder]] = {
    'restrict-destination-v00@openssh.com': (AgentRestrictDestination, _e_AgentRestrictDestination),
    'associated-certs-v00@openssh.com': (AgentAssociatedCerts, _e_AgentAssociatedCerts),
    'sk-provider@openssh.com': (AgentSkProvider, _e_AgentSkProvider),
}

_SWD_AgentAddIdentity_key: dict[str, _Decoder] = {
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

_SWE_AgentAddIdentity_key: dict[str, tuple[type | None, _Encoder]] = {
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

_SWD_AgentAddIdConstrained_key: dict[str, _Decoder] = {
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

_SWE_AgentAddIdConstrained_key: dict[str, tuple[type | None, _Encoder]] = {
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

_SWD_AgentExtension_contents: dict[str, _Decoder] = {
    'query': _d_null,
    'session-bind@openssh.com': _d_AgentSessionBind,
}

_SWE_AgentExtension_contents: dict[str, tuple[type | None, _Encoder]] = {
    'query': (None, _e_null),
    'session-bind@openssh.com': (AgentSessionBind, _e_AgentSessionBind),
}
