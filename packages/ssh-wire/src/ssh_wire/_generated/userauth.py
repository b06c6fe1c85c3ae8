# GENERATED from specs/userauth.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH user authentication: RFC 4252, RFC 4256 keyboard-interactive, OpenSSH PROTOCOL publickey-hostbound

Fast codec: slotted dataclasses and struct-based decoders/encoders.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import ClassVar

from .._errors import (
    DecodeError,
    EncodeError,
)
from .._primitives import decode_name as _name
from .._primitives import decode_name_list as _name_list
from .._primitives import encode_name as _enc_name
from .._primitives import encode_name_list as _enc_name_list
from .._runtime import Decoder as _Decoder
from .._runtime import Encoder as _Encoder
from .._runtime import d_null as _d_null
from .._runtime import e_null as _e_null
from .._runtime import utf8 as _utf8

__all__ = [
    "HostbasedSignedData",
    "HostboundSignedData",
    "PublickeySignedData",
    "UserauthBanner",
    "UserauthFailure",
    "UserauthHostbasedRequest",
    "UserauthHostboundRequest",
    "UserauthInfoRequest",
    "UserauthInfoResponse",
    "UserauthKbdintRequest",
    "UserauthPasswdChangereq",
    "UserauthPasswordRequest",
    "UserauthPkOk",
    "UserauthPrompt",
    "UserauthPublickeyRequest",
    "UserauthRequest",
    "UserauthSuccess",
    "decode_hostbased_signed_data",
    "decode_hostbased_signed_data_from",
    "decode_hostbound_signed_data",
    "decode_hostbound_signed_data_from",
    "decode_publickey_signed_data",
    "decode_publickey_signed_data_from",
    "decode_userauth_banner",
    "decode_userauth_failure",
    "decode_userauth_hostbased_request",
    "decode_userauth_hostbased_request_from",
    "decode_userauth_hostbound_request",
    "decode_userauth_hostbound_request_from",
    "decode_userauth_info_request",
    "decode_userauth_info_response",
    "decode_userauth_kbdint_request",
    "decode_userauth_kbdint_request_from",
    "decode_userauth_passwd_changereq",
    "decode_userauth_password_request",
    "decode_userauth_password_request_from",
    "decode_userauth_pk_ok",
    "decode_userauth_prompt",
    "decode_userauth_prompt_from",
    "decode_userauth_publickey_request",
    "decode_userauth_publickey_request_from",
    "decode_userauth_request",
    "decode_userauth_success",
    "encode_hostbased_signed_data",
    "encode_hostbound_signed_data",
    "encode_publickey_signed_data",
    "encode_userauth_banner",
    "encode_userauth_failure",
    "encode_userauth_hostbased_request",
    "encode_userauth_hostbound_request",
    "encode_userauth_info_request",
    "encode_userauth_info_response",
    "encode_userauth_kbdint_request",
    "encode_userauth_passwd_changereq",
    "encode_userauth_password_request",
    "encode_userauth_pk_ok",
    "encode_userauth_prompt",
    "encode_userauth_publickey_request",
    "encode_userauth_request",
    "encode_userauth_success",
]


@dataclass(slots=True)
class UserauthPasswordRequest:
    """RFC 4252 §8: 'password' method body; with change TRUE, password is the old one

    Attributes:
        change: TRUE when changing the password (answering SSH_MSG_USERAUTH_PASSWD_CHANGEREQ)
        password: plaintext password (the old password when change is TRUE)
        new_password: plaintext new password
    """

    NAME: ClassVar[str] = "UserauthPasswordRequest"

    change: bool
    password: str = field(repr=False)
    new_password: str | None = field(repr=False)


@dataclass(slots=True)
class UserauthPublickeyRequest:
    """RFC 4252 §7: 'publickey' method body; without a signature it is a query answered by SSH_MSG_USERAUTH_PK_OK

    Attributes:
        has_signature: FALSE for a query, TRUE when a signature follows
        algorithm: public key algorithm name
        public_key: public key blob
        signature: signature over PublickeySignedData
    """

    NAME: ClassVar[str] = "UserauthPublickeyRequest"

    has_signature: bool
    algorithm: str
    public_key: bytes
    signature: bytes | None


@dataclass(slots=True)
class UserauthHostboundRequest:
    """OpenSSH PROTOCOL §2.5: 'publickey-hostbound-v00@openssh.com' method body; like publickey with the server host key bound into the signed data

    Attributes:
        has_signature: FALSE for a query, TRUE when a signature follows
        algorithm: public key algorithm name
        public_key: public key blob
        server_host_key: the server's host key blob, as seen during key exchange
        signature: signature over HostboundSignedData
    """

    NAME: ClassVar[str] = "UserauthHostboundRequest"

    has_signature: bool
    algorithm: str
    public_key: bytes
    server_host_key: bytes
    signature: bytes | None


@dataclass(slots=True)
class UserauthHostbasedRequest:
    """RFC 4252 §9: 'hostbased' method body

    Attributes:
        algorithm: public key algorithm name for the host key
        public_key: client host's public key blob (and certificates)
        client_host_name: client host name, FQDN in US-ASCII
        client_user_name: user name on the client host
        signature: signature over HostbasedSignedData
    """

    NAME: ClassVar[str] = "UserauthHostbasedRequest"

    algorithm: str
    public_key: bytes
    client_host_name: str
    client_user_name: str
    signature: bytes


@dataclass(slots=True)
class UserauthKbdintRequest:
    """RFC 4256 §3.1: 'keyboard-interactive' method body

    Attributes:
        language_tag: deprecated (RFC 4256 §3.1), usually empty
        submethods: comma-separated submethod hints, usually empty
    """

    NAME: ClassVar[str] = "UserauthKbdintRequest"

    language_tag: bytes
    submethods: str


@dataclass(slots=True)
class UserauthPrompt:
    """RFC 4256 §3.2: one prompt of SSH_MSG_USERAUTH_INFO_REQUEST

    Attributes:
        echo: TRUE when the response may be echoed
    """

    NAME: ClassVar[str] = "UserauthPrompt"

    prompt: str
    echo: bool


@dataclass(slots=True)
class PublickeySignedData:
    """RFC 4252 §7: the data the 'publickey' signature is computed over

    Attributes:
        session_identifier: session identifier (exchange hash H of the first key exchange)
        algorithm: public key algorithm name
        public_key: public key blob
    """

    NAME: ClassVar[str] = "PublickeySignedData"

    session_identifier: bytes
    user_name: str
    service_name: str
    algorithm: str
    public_key: bytes


@dataclass(slots=True)
class HostboundSignedData:
    """OpenSSH PROTOCOL §2.5: the data the 'publickey-hostbound-v00@openssh.com' signature is computed over

    Attributes:
        session_identifier: session identifier (exchange hash H of the first key exchange)
        algorithm: public key algorithm name
        public_key: public key blob
        server_host_key: the server's host key blob
    """

    NAME: ClassVar[str] = "HostboundSignedData"

    session_identifier: bytes
    user_name: str
    service_name: str
    algorithm: str
    public_key: bytes
    server_host_key: bytes


@dataclass(slots=True)
class HostbasedSignedData:
    """RFC 4252 §9: the data the 'hostbased' signature is computed over

    Attributes:
        session_identifier: session identifier (exchange hash H of the first key exchange)
        algorithm: public key algorithm name for the host key
        public_key: client host's public key blob (and certificates)
        client_host_name: client host name, FQDN in US-ASCII
        client_user_name: user name on the client host
    """

    NAME: ClassVar[str] = "HostbasedSignedData"

    session_identifier: bytes
    user_name: str
    service_name: str
    algorithm: str
    public_key: bytes
    client_host_name: str
    client_user_name: str


@dataclass(slots=True)
class UserauthRequest:
    """RFC 4252 §5

    Wire: SSH_MSG_USERAUTH_REQUEST (50), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 50
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "UserauthRequest"

    user_name: str
    service_name: str
    method_name: str
    method: UserauthPasswordRequest | UserauthPublickeyRequest | UserauthHostboundRequest | UserauthHostbasedRequest | UserauthKbdintRequest | bytes | None


@dataclass(slots=True)
class UserauthFailure:
    """RFC 4252 §5.1

    Wire: SSH_MSG_USERAUTH_FAILURE (51), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 51
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "UserauthFailure"

    methods_that_can_continue: tuple[str, ...]
    partial_success: bool


@dataclass(slots=True)
class UserauthSuccess:
    """RFC 4252 §5.1

    Wire: SSH_MSG_USERAUTH_SUCCESS (52), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 52
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "UserauthSuccess"


@dataclass(slots=True)
class UserauthBanner:
    """RFC 4252 §5.4

    Wire: SSH_MSG_USERAUTH_BANNER (53), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 53
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "UserauthBanner"

    message: str
    language_tag: bytes


@dataclass(slots=True)
class UserauthPkOk:
    """RFC 4252 §7: the server accepts the key of a publickey query (also publickey-hostbound)

    Wire: SSH_MSG_USERAUTH_PK_OK (60), context ``userauth-publickey``.

    Attributes:
        algorithm: public key algorithm name from the request
        public_key: public key blob from the request
    """

    MSG_ID: ClassVar[int] = 60
    CONTEXT: ClassVar[str] = "userauth-publickey"
    NAME: ClassVar[str] = "UserauthPkOk"

    algorithm: str
    public_key: bytes


@dataclass(slots=True)
class UserauthPasswdChangereq:
    """RFC 4252 §8

    Wire: SSH_MSG_USERAUTH_PASSWD_CHANGEREQ (60), context ``userauth-password``.
    """

    MSG_ID: ClassVar[int] = 60
    CONTEXT: ClassVar[str] = "userauth-password"
    NAME: ClassVar[str] = "UserauthPasswdChangereq"

    prompt: str
    language_tag: bytes


@dataclass(slots=True)
class UserauthInfoRequest:
    """RFC 4256 §3.2

    Wire: SSH_MSG_USERAUTH_INFO_REQUEST (60), context ``userauth-kbdint``.

    Attributes:
        language_tag: deprecated (RFC 4256 §3.2), usually empty
    """

    MSG_ID: ClassVar[int] = 60
    CONTEXT: ClassVar[str] = "userauth-kbdint"
    NAME: ClassVar[str] = "UserauthInfoRequest"

    name: str
    instruction: str
    language_tag: bytes
    prompts: tuple[UserauthPrompt, ...]


@dataclass(slots=True)
class UserauthInfoResponse:
    """RFC 4256 §3.4

    Wire: SSH_MSG_USERAUTH_INFO_RESPONSE (61), context ``userauth-kbdint``.
    """

    MSG_ID: ClassVar[int] = 61
    CONTEXT: ClassVar[str] = "userauth-kbdint"
    NAME: ClassVar[str] = "UserauthInfoResponse"

    responses: tuple[str, ...] = field(repr=False)


_S_T = struct.Struct(">?")
_S_TI = struct.Struct(">?I")
_S_B = struct.Struct(">B")
_S_BI = struct.Struct(">BI")
_S_I = struct.Struct(">I")


def decode_userauth_password_request(buf: bytes | memoryview) -> UserauthPasswordRequest:
    """Decode a complete UserauthPasswordRequest from ``buf``.

    Returns:
        The decoded UserauthPasswordRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('UserauthPasswordRequest', pos, 'truncated')
    f_change, n1 = _S_TI.unpack_from(buf, pos)
    pos += 5
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthPasswordRequest', pos, 'string runs past the end of the data')
    f_password = _utf8(buf, pos, e2, 'UserauthPasswordRequest')
    pos = e2
    if f_change:
        if end - pos < 4:
            raise DecodeError('UserauthPasswordRequest', pos, 'truncated')
        (n3,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e4 = pos + n3
        if e4 > end:
            raise DecodeError('UserauthPasswordRequest', pos, 'string runs past the end of the data')
        f_new_password = _utf8(buf, pos, e4, 'UserauthPasswordRequest')
        pos = e4
    else:
        f_new_password = None
    if pos != end:
        raise DecodeError('UserauthPasswordRequest', pos, 'trailing bytes')
    return UserauthPasswordRequest(f_change, f_password, f_new_password)


def _d_UserauthPasswordRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[UserauthPasswordRequest, int]:
    if end - pos < 5:
        raise DecodeError('UserauthPasswordRequest', pos, 'truncated')
    f_change, n1 = _S_TI.unpack_from(buf, pos)
    pos += 5
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthPasswordRequest', pos, 'string runs past the end of the data')
    f_password = _utf8(buf, pos, e2, 'UserauthPasswordRequest')
    pos = e2
    if f_change:
        if end - pos < 4:
            raise DecodeError('UserauthPasswordRequest', pos, 'truncated')
        (n3,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e4 = pos + n3
        if e4 > end:
            raise DecodeError('UserauthPasswordRequest', pos, 'string runs past the end of the data')
        f_new_password = _utf8(buf, pos, e4, 'UserauthPasswordRequest')
        pos = e4
    else:
        f_new_password = None
    return UserauthPasswordRequest(f_change, f_password, f_new_password), pos


def decode_userauth_password_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[UserauthPasswordRequest, int]:
    """Decode one UserauthPasswordRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('UserauthPasswordRequest', pos, 'position outside the buffer')
    return _d_UserauthPasswordRequest(buf, pos, end)


def encode_userauth_password_request(obj: UserauthPasswordRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = obj.password.encode('utf-8')
        parts += (_S_TI.pack(obj.change, len(v1)), v1,)
        v2 = obj.new_password
        if obj.change:
            if v2 is None:
                raise EncodeError('UserauthPasswordRequest', 'new_password is required when obj.change')
            v3 = v2.encode('utf-8')
            parts += (_S_I.pack(len(v3)), v3,)
        elif v2 is not None:
            raise EncodeError('UserauthPasswordRequest', 'new_password must be None unless obj.change')
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('UserauthPasswordRequest', str(exc)) from None


def _e_UserauthPasswordRequest(obj: UserauthPasswordRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.password.encode('utf-8')
    parts += (_S_TI.pack(obj.change, len(v1)), v1,)
    v2 = obj.new_password
    if obj.change:
        if v2 is None:
            raise EncodeError('UserauthPasswordRequest', 'new_password is required when obj.change')
        v3 = v2.encode('utf-8')
        parts += (_S_I.pack(len(v3)), v3,)
    elif v2 is not None:
        raise EncodeError('UserauthPasswordRequest', 'new_password must be None unless obj.change')


def decode_userauth_publickey_request(buf: bytes | memoryview) -> UserauthPublickeyRequest:
    """Decode a complete UserauthPublickeyRequest from ``buf``.

    Returns:
        The decoded UserauthPublickeyRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('UserauthPublickeyRequest', pos, 'truncated')
    f_has_signature, n1 = _S_TI.unpack_from(buf, pos)
    pos += 5
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthPublickeyRequest', pos, 'string runs past the end of the data')
    f_algorithm = _name(buf[pos:e2], 'UserauthPublickeyRequest', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('UserauthPublickeyRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('UserauthPublickeyRequest', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e4])
    pos = e4
    if f_has_signature:
        if end - pos < 4:
            raise DecodeError('UserauthPublickeyRequest', pos, 'truncated')
        (n5,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e6 = pos + n5
        if e6 > end:
            raise DecodeError('UserauthPublickeyRequest', pos, 'string runs past the end of the data')
        f_signature = bytes(buf[pos:e6])
        pos = e6
    else:
        f_signature = None
    if pos != end:
        raise DecodeError('UserauthPublickeyRequest', pos, 'trailing bytes')
    return UserauthPublickeyRequest(f_has_signature, f_algorithm, f_public_key, f_signature)


def _d_UserauthPublickeyRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[UserauthPublickeyRequest, int]:
    if end - pos < 5:
        raise DecodeError('UserauthPublickeyRequest', pos, 'truncated')
    f_has_signature, n1 = _S_TI.unpack_from(buf, pos)
    pos += 5
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthPublickeyRequest', pos, 'string runs past the end of the data')
    f_algorithm = _name(buf[pos:e2], 'UserauthPublickeyRequest', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('UserauthPublickeyRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('UserauthPublickeyRequest', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e4])
    pos = e4
    if f_has_signature:
        if end - pos < 4:
            raise DecodeError('UserauthPublickeyRequest', pos, 'truncated')
        (n5,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e6 = pos + n5
        if e6 > end:
            raise DecodeError('UserauthPublickeyRequest', pos, 'string runs past the end of the data')
        f_signature = bytes(buf[pos:e6])
        pos = e6
    else:
        f_signature = None
    return UserauthPublickeyRequest(f_has_signature, f_algorithm, f_public_key, f_signature), pos


def decode_userauth_publickey_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[UserauthPublickeyRequest, int]:
    """Decode one UserauthPublickeyRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('UserauthPublickeyRequest', pos, 'position outside the buffer')
    return _d_UserauthPublickeyRequest(buf, pos, end)


def encode_userauth_publickey_request(obj: UserauthPublickeyRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = _enc_name(obj.algorithm, 'UserauthPublickeyRequest')
        v2 = obj.public_key
        parts += (_S_TI.pack(obj.has_signature, len(v1)), v1, _S_I.pack(len(v2)), v2,)
        v3 = obj.signature
        if obj.has_signature:
            if v3 is None:
                raise EncodeError('UserauthPublickeyRequest', 'signature is required when obj.has_signature')
            v4 = v3
            parts += (_S_I.pack(len(v4)), v4,)
        elif v3 is not None:
            raise EncodeError('UserauthPublickeyRequest', 'signature must be None unless obj.has_signature')
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('UserauthPublickeyRequest', str(exc)) from None


def _e_UserauthPublickeyRequest(obj: UserauthPublickeyRequest, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.algorithm, 'UserauthPublickeyRequest')
    v2 = obj.public_key
    parts += (_S_TI.pack(obj.has_signature, len(v1)), v1, _S_I.pack(len(v2)), v2,)
    v3 = obj.signature
    if obj.has_signature:
        if v3 is None:
            raise EncodeError('UserauthPublickeyRequest', 'signature is required when obj.has_signature')
        v4 = v3
        parts += (_S_I.pack(len(v4)), v4,)
    elif v3 is not None:
        raise EncodeError('UserauthPublickeyRequest', 'signature must be None unless obj.has_signature')


def decode_userauth_hostbound_request(buf: bytes | memoryview) -> UserauthHostboundRequest:
    """Decode a complete UserauthHostboundRequest from ``buf``.

    Returns:
        The decoded UserauthHostboundRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('UserauthHostboundRequest', pos, 'truncated')
    f_has_signature, n1 = _S_TI.unpack_from(buf, pos)
    pos += 5
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthHostboundRequest', pos, 'string runs past the end of the data')
    f_algorithm = _name(buf[pos:e2], 'UserauthHostboundRequest', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('UserauthHostboundRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('UserauthHostboundRequest', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('UserauthHostboundRequest', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('UserauthHostboundRequest', pos, 'string runs past the end of the data')
    f_server_host_key = bytes(buf[pos:e6])
    pos = e6
    if f_has_signature:
        if end - pos < 4:
            raise DecodeError('UserauthHostboundRequest', pos, 'truncated')
        (n7,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e8 = pos + n7
        if e8 > end:
            raise DecodeError('UserauthHostboundRequest', pos, 'string runs past the end of the data')
        f_signature = bytes(buf[pos:e8])
        pos = e8
    else:
        f_signature = None
    if pos != end:
        raise DecodeError('UserauthHostboundRequest', pos, 'trailing bytes')
    return UserauthHostboundRequest(f_has_signature, f_algorithm, f_public_key, f_server_host_key, f_signature)


def _d_UserauthHostboundRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[UserauthHostboundRequest, int]:
    if end - pos < 5:
        raise DecodeError('UserauthHostboundRequest', pos, 'truncated')
    f_has_signature, n1 = _S_TI.unpack_from(buf, pos)
    pos += 5
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthHostboundRequest', pos, 'string runs past the end of the data')
    f_algorithm = _name(buf[pos:e2], 'UserauthHostboundRequest', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('UserauthHostboundRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('UserauthHostboundRequest', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('UserauthHostboundRequest', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('UserauthHostboundRequest', pos, 'string runs past the end of the data')
    f_server_host_key = bytes(buf[pos:e6])
    pos = e6
    if f_has_signature:
        if end - pos < 4:
            raise DecodeError('UserauthHostboundRequest', pos, 'truncated')
        (n7,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e8 = pos + n7
        if e8 > end:
            raise DecodeError('UserauthHostboundRequest', pos, 'string runs past the end of the data')
        f_signature = bytes(buf[pos:e8])
        pos = e8
    else:
        f_signature = None
    return UserauthHostboundRequest(f_has_signature, f_algorithm, f_public_key, f_server_host_key, f_signature), pos


def decode_userauth_hostbound_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[UserauthHostboundRequest, int]:
    """Decode one UserauthHostboundRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('UserauthHostboundRequest', pos, 'position outside the buffer')
    return _d_UserauthHostboundRequest(buf, pos, end)


def encode_userauth_hostbound_request(obj: UserauthHostboundRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = _enc_name(obj.algorithm, 'UserauthHostboundRequest')
        v2 = obj.public_key
        v3 = obj.server_host_key
        parts += (_S_TI.pack(obj.has_signature, len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3,)
        v4 = obj.signature
        if obj.has_signature:
            if v4 is None:
                raise EncodeError('UserauthHostboundRequest', 'signature is required when obj.has_signature')
            v5 = v4
            parts += (_S_I.pack(len(v5)), v5,)
        elif v4 is not None:
            raise EncodeError('UserauthHostboundRequest', 'signature must be None unless obj.has_signature')
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('UserauthHostboundRequest', str(exc)) from None


def _e_UserauthHostboundRequest(obj: UserauthHostboundRequest, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.algorithm, 'UserauthHostboundRequest')
    v2 = obj.public_key
    v3 = obj.server_host_key
    parts += (_S_TI.pack(obj.has_signature, len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3,)
    v4 = obj.signature
    if obj.has_signature:
        if v4 is None:
            raise EncodeError('UserauthHostboundRequest', 'signature is required when obj.has_signature')
        v5 = v4
        parts += (_S_I.pack(len(v5)), v5,)
    elif v4 is not None:
        raise EncodeError('UserauthHostboundRequest', 'signature must be None unless obj.has_signature')


def decode_userauth_hostbased_request(buf: bytes | memoryview) -> UserauthHostbasedRequest:
    """Decode a complete UserauthHostbasedRequest from ``buf``.

    Returns:
        The decoded UserauthHostbasedRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('UserauthHostbasedRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthHostbasedRequest', pos, 'string runs past the end of the data')
    f_algorithm = _name(buf[pos:e2], 'UserauthHostbasedRequest', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('UserauthHostbasedRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('UserauthHostbasedRequest', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('UserauthHostbasedRequest', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('UserauthHostbasedRequest', pos, 'string runs past the end of the data')
    f_client_host_name = _utf8(buf, pos, e6, 'UserauthHostbasedRequest')
    pos = e6
    if end - pos < 4:
        raise DecodeError('UserauthHostbasedRequest', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('UserauthHostbasedRequest', pos, 'string runs past the end of the data')
    f_client_user_name = _utf8(buf, pos, e8, 'UserauthHostbasedRequest')
    pos = e8
    if end - pos < 4:
        raise DecodeError('UserauthHostbasedRequest', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('UserauthHostbasedRequest', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e10])
    pos = e10
    if pos != end:
        raise DecodeError('UserauthHostbasedRequest', pos, 'trailing bytes')
    return UserauthHostbasedRequest(f_algorithm, f_public_key, f_client_host_name, f_client_user_name, f_signature)


def _d_UserauthHostbasedRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[UserauthHostbasedRequest, int]:
    if end - pos < 4:
        raise DecodeError('UserauthHostbasedRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthHostbasedRequest', pos, 'string runs past the end of the data')
    f_algorithm = _name(buf[pos:e2], 'UserauthHostbasedRequest', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('UserauthHostbasedRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('UserauthHostbasedRequest', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('UserauthHostbasedRequest', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('UserauthHostbasedRequest', pos, 'string runs past the end of the data')
    f_client_host_name = _utf8(buf, pos, e6, 'UserauthHostbasedRequest')
    pos = e6
    if end - pos < 4:
        raise DecodeError('UserauthHostbasedRequest', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('UserauthHostbasedRequest', pos, 'string runs past the end of the data')
    f_client_user_name = _utf8(buf, pos, e8, 'UserauthHostbasedRequest')
    pos = e8
    if end - pos < 4:
        raise DecodeError('UserauthHostbasedRequest', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('UserauthHostbasedRequest', pos, 'string runs past the end of the data')
    f_signature = bytes(buf[pos:e10])
    pos = e10
    return UserauthHostbasedRequest(f_algorithm, f_public_key, f_client_host_name, f_client_user_name, f_signature), pos


def decode_userauth_hostbased_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[UserauthHostbasedRequest, int]:
    """Decode one UserauthHostbasedRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('UserauthHostbasedRequest', pos, 'position outside the buffer')
    return _d_UserauthHostbasedRequest(buf, pos, end)


def encode_userauth_hostbased_request(obj: UserauthHostbasedRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_name(obj.algorithm, 'UserauthHostbasedRequest')
        v2 = obj.public_key
        v3 = obj.client_host_name.encode('utf-8')
        v4 = obj.client_user_name.encode('utf-8')
        v5 = obj.signature
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + _S_I.pack(len(v4)) + v4 + _S_I.pack(len(v5)) + v5
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('UserauthHostbasedRequest', str(exc)) from None


def _e_UserauthHostbasedRequest(obj: UserauthHostbasedRequest, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.algorithm, 'UserauthHostbasedRequest')
    v2 = obj.public_key
    v3 = obj.client_host_name.encode('utf-8')
    v4 = obj.client_user_name.encode('utf-8')
    v5 = obj.signature
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_I.pack(len(v4)), v4, _S_I.pack(len(v5)), v5,)


def decode_userauth_kbdint_request(buf: bytes | memoryview) -> UserauthKbdintRequest:
    """Decode a complete UserauthKbdintRequest from ``buf``.

    Returns:
        The decoded UserauthKbdintRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('UserauthKbdintRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthKbdintRequest', pos, 'string runs past the end of the data')
    f_language_tag = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('UserauthKbdintRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('UserauthKbdintRequest', pos, 'string runs past the end of the data')
    f_submethods = _utf8(buf, pos, e4, 'UserauthKbdintRequest')
    pos = e4
    if pos != end:
        raise DecodeError('UserauthKbdintRequest', pos, 'trailing bytes')
    return UserauthKbdintRequest(f_language_tag, f_submethods)


def _d_UserauthKbdintRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[UserauthKbdintRequest, int]:
    if end - pos < 4:
        raise DecodeError('UserauthKbdintRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthKbdintRequest', pos, 'string runs past the end of the data')
    f_language_tag = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('UserauthKbdintRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('UserauthKbdintRequest', pos, 'string runs past the end of the data')
    f_submethods = _utf8(buf, pos, e4, 'UserauthKbdintRequest')
    pos = e4
    return UserauthKbdintRequest(f_language_tag, f_submethods), pos


def decode_userauth_kbdint_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[UserauthKbdintRequest, int]:
    """Decode one UserauthKbdintRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('UserauthKbdintRequest', pos, 'position outside the buffer')
    return _d_UserauthKbdintRequest(buf, pos, end)


def encode_userauth_kbdint_request(obj: UserauthKbdintRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.language_tag
        v2 = obj.submethods.encode('utf-8')
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('UserauthKbdintRequest', str(exc)) from None


def _e_UserauthKbdintRequest(obj: UserauthKbdintRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.language_tag
    v2 = obj.submethods.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_userauth_prompt(buf: bytes | memoryview) -> UserauthPrompt:
    """Decode a complete UserauthPrompt from ``buf``.

    Returns:
        The decoded UserauthPrompt; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('UserauthPrompt', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthPrompt', pos, 'string runs past the end of the data')
    f_prompt = _utf8(buf, pos, e2, 'UserauthPrompt')
    pos = e2
    if end - pos < 1:
        raise DecodeError('UserauthPrompt', pos, 'truncated')
    (f_echo,) = _S_T.unpack_from(buf, pos)
    pos += 1
    if pos != end:
        raise DecodeError('UserauthPrompt', pos, 'trailing bytes')
    return UserauthPrompt(f_prompt, f_echo)


def _d_UserauthPrompt(buf: bytes | memoryview, pos: int, end: int) -> tuple[UserauthPrompt, int]:
    if end - pos < 4:
        raise DecodeError('UserauthPrompt', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthPrompt', pos, 'string runs past the end of the data')
    f_prompt = _utf8(buf, pos, e2, 'UserauthPrompt')
    pos = e2
    if end - pos < 1:
        raise DecodeError('UserauthPrompt', pos, 'truncated')
    (f_echo,) = _S_T.unpack_from(buf, pos)
    pos += 1
    return UserauthPrompt(f_prompt, f_echo), pos


def decode_userauth_prompt_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[UserauthPrompt, int]:
    """Decode one UserauthPrompt at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('UserauthPrompt', pos, 'position outside the buffer')
    return _d_UserauthPrompt(buf, pos, end)


def encode_userauth_prompt(obj: UserauthPrompt) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.prompt.encode('utf-8')
        return _S_I.pack(len(v1)) + v1 + _S_T.pack(obj.echo)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('UserauthPrompt', str(exc)) from None


def _e_UserauthPrompt(obj: UserauthPrompt, parts: list[bytes | memoryview]) -> None:
    v1 = obj.prompt.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1, _S_T.pack(obj.echo),)


def decode_publickey_signed_data(buf: bytes | memoryview) -> PublickeySignedData:
    """Decode a complete PublickeySignedData from ``buf``.

    Returns:
        The decoded PublickeySignedData; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('PublickeySignedData', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('PublickeySignedData', pos, 'string runs past the end of the data')
    f_session_identifier = bytes(buf[pos:e2])
    pos = e2
    if buf[pos:pos + 1] != b'2':
        raise DecodeError('PublickeySignedData', pos, "message_number must be the constant b'2'")
    pos += 1
    if end - pos < 4:
        raise DecodeError('PublickeySignedData', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('PublickeySignedData', pos, 'string runs past the end of the data')
    f_user_name = _utf8(buf, pos, e4, 'PublickeySignedData')
    pos = e4
    if end - pos < 4:
        raise DecodeError('PublickeySignedData', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('PublickeySignedData', pos, 'string runs past the end of the data')
    f_service_name = _name(buf[pos:e6], 'PublickeySignedData', pos)
    pos = e6
    if buf[pos:pos + 13] != b'\x00\x00\x00\tpublickey':
        raise DecodeError('PublickeySignedData', pos, "method_name must be the constant b'\\x00\\x00\\x00\\tpublickey'")
    pos += 13
    if buf[pos:pos + 1] != b'\x01':
        raise DecodeError('PublickeySignedData', pos, "has_signature must be the constant b'\\x01'")
    pos += 1
    if end - pos < 4:
        raise DecodeError('PublickeySignedData', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('PublickeySignedData', pos, 'string runs past the end of the data')
    f_algorithm = _name(buf[pos:e8], 'PublickeySignedData', pos)
    pos = e8
    if end - pos < 4:
        raise DecodeError('PublickeySignedData', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('PublickeySignedData', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e10])
    pos = e10
    if pos != end:
        raise DecodeError('PublickeySignedData', pos, 'trailing bytes')
    return PublickeySignedData(f_session_identifier, f_user_name, f_service_name, f_algorithm, f_public_key)


def _d_PublickeySignedData(buf: bytes | memoryview, pos: int, end: int) -> tuple[PublickeySignedData, int]:
    if end - pos < 4:
        raise DecodeError('PublickeySignedData', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('PublickeySignedData', pos, 'string runs past the end of the data')
    f_session_identifier = bytes(buf[pos:e2])
    pos = e2
    if buf[pos:pos + 1] != b'2':
        raise DecodeError('PublickeySignedData', pos, "message_number must be the constant b'2'")
    pos += 1
    if end - pos < 4:
        raise DecodeError('PublickeySignedData', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('PublickeySignedData', pos, 'string runs past the end of the data')
    f_user_name = _utf8(buf, pos, e4, 'PublickeySignedData')
    pos = e4
    if end - pos < 4:
        raise DecodeError('PublickeySignedData', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('PublickeySignedData', pos, 'string runs past the end of the data')
    f_service_name = _name(buf[pos:e6], 'PublickeySignedData', pos)
    pos = e6
    if buf[pos:pos + 13] != b'\x00\x00\x00\tpublickey':
        raise DecodeError('PublickeySignedData', pos, "method_name must be the constant b'\\x00\\x00\\x00\\tpublickey'")
    pos += 13
    if buf[pos:pos + 1] != b'\x01':
        raise DecodeError('PublickeySignedData', pos, "has_signature must be the constant b'\\x01'")
    pos += 1
    if end - pos < 4:
        raise DecodeError('PublickeySignedData', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('PublickeySignedData', pos, 'string runs past the end of the data')
    f_algorithm = _name(buf[pos:e8], 'PublickeySignedData', pos)
    pos = e8
    if end - pos < 4:
        raise DecodeError('PublickeySignedData', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('PublickeySignedData', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e10])
    pos = e10
    return PublickeySignedData(f_session_identifier, f_user_name, f_service_name, f_algorithm, f_public_key), pos


def decode_publickey_signed_data_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[PublickeySignedData, int]:
    """Decode one PublickeySignedData at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('PublickeySignedData', pos, 'position outside the buffer')
    return _d_PublickeySignedData(buf, pos, end)


def encode_publickey_signed_data(obj: PublickeySignedData) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.session_identifier
        v2 = obj.user_name.encode('utf-8')
        v3 = _enc_name(obj.service_name, 'PublickeySignedData')
        v4 = _enc_name(obj.algorithm, 'PublickeySignedData')
        v5 = obj.public_key
        return _S_I.pack(len(v1)) + v1 + b'2' + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + b'\x00\x00\x00\tpublickey' + b'\x01' + _S_I.pack(len(v4)) + v4 + _S_I.pack(len(v5)) + v5
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('PublickeySignedData', str(exc)) from None


def _e_PublickeySignedData(obj: PublickeySignedData, parts: list[bytes | memoryview]) -> None:
    v1 = obj.session_identifier
    v2 = obj.user_name.encode('utf-8')
    v3 = _enc_name(obj.service_name, 'PublickeySignedData')
    v4 = _enc_name(obj.algorithm, 'PublickeySignedData')
    v5 = obj.public_key
    parts += (_S_I.pack(len(v1)), v1, b'2', _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, b'\x00\x00\x00\tpublickey', b'\x01', _S_I.pack(len(v4)), v4, _S_I.pack(len(v5)), v5,)


def decode_hostbound_signed_data(buf: bytes | memoryview) -> HostboundSignedData:
    """Decode a complete HostboundSignedData from ``buf``.

    Returns:
        The decoded HostboundSignedData; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('HostboundSignedData', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('HostboundSignedData', pos, 'string runs past the end of the data')
    f_session_identifier = bytes(buf[pos:e2])
    pos = e2
    if buf[pos:pos + 1] != b'2':
        raise DecodeError('HostboundSignedData', pos, "message_number must be the constant b'2'")
    pos += 1
    if end - pos < 4:
        raise DecodeError('HostboundSignedData', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('HostboundSignedData', pos, 'string runs past the end of the data')
    f_user_name = _utf8(buf, pos, e4, 'HostboundSignedData')
    pos = e4
    if end - pos < 4:
        raise DecodeError('HostboundSignedData', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('HostboundSignedData', pos, 'string runs past the end of the data')
    f_service_name = _name(buf[pos:e6], 'HostboundSignedData', pos)
    pos = e6
    if buf[pos:pos + 39] != b'\x00\x00\x00#publickey-hostbound-v00@openssh.com':
        raise DecodeError('HostboundSignedData', pos, "method_name must be the constant b'\\x00\\x00\\x00#publickey-hostbound-v00@openssh.com'")
    pos += 39
    if buf[pos:pos + 1] != b'\x01':
        raise DecodeError('HostboundSignedData', pos, "has_signature must be the constant b'\\x01'")
    pos += 1
    if end - pos < 4:
        raise DecodeError('HostboundSignedData', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('HostboundSignedData', pos, 'string runs past the end of the data')
    f_algorithm = _name(buf[pos:e8], 'HostboundSignedData', pos)
    pos = e8
    if end - pos < 4:
        raise DecodeError('HostboundSignedData', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('HostboundSignedData', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e10])
    pos = e10
    if end - pos < 4:
        raise DecodeError('HostboundSignedData', pos, 'truncated')
    (n11,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('HostboundSignedData', pos, 'string runs past the end of the data')
    f_server_host_key = bytes(buf[pos:e12])
    pos = e12
    if pos != end:
        raise DecodeError('HostboundSignedData', pos, 'trailing bytes')
    return HostboundSignedData(f_session_identifier, f_user_name, f_service_name, f_algorithm, f_public_key, f_server_host_key)


def _d_HostboundSignedData(buf: bytes | memoryview, pos: int, end: int) -> tuple[HostboundSignedData, int]:
    if end - pos < 4:
        raise DecodeError('HostboundSignedData', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('HostboundSignedData', pos, 'string runs past the end of the data')
    f_session_identifier = bytes(buf[pos:e2])
    pos = e2
    if buf[pos:pos + 1] != b'2':
        raise DecodeError('HostboundSignedData', pos, "message_number must be the constant b'2'")
    pos += 1
    if end - pos < 4:
        raise DecodeError('HostboundSignedData', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('HostboundSignedData', pos, 'string runs past the end of the data')
    f_user_name = _utf8(buf, pos, e4, 'HostboundSignedData')
    pos = e4
    if end - pos < 4:
        raise DecodeError('HostboundSignedData', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('HostboundSignedData', pos, 'string runs past the end of the data')
    f_service_name = _name(buf[pos:e6], 'HostboundSignedData', pos)
    pos = e6
    if buf[pos:pos + 39] != b'\x00\x00\x00#publickey-hostbound-v00@openssh.com':
        raise DecodeError('HostboundSignedData', pos, "method_name must be the constant b'\\x00\\x00\\x00#publickey-hostbound-v00@openssh.com'")
    pos += 39
    if buf[pos:pos + 1] != b'\x01':
        raise DecodeError('HostboundSignedData', pos, "has_signature must be the constant b'\\x01'")
    pos += 1
    if end - pos < 4:
        raise DecodeError('HostboundSignedData', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('HostboundSignedData', pos, 'string runs past the end of the data')
    f_algorithm = _name(buf[pos:e8], 'HostboundSignedData', pos)
    pos = e8
    if end - pos < 4:
        raise DecodeError('HostboundSignedData', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('HostboundSignedData', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e10])
    pos = e10
    if end - pos < 4:
        raise DecodeError('HostboundSignedData', pos, 'truncated')
    (n11,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('HostboundSignedData', pos, 'string runs past the end of the data')
    f_server_host_key = bytes(buf[pos:e12])
    pos = e12
    return HostboundSignedData(f_session_identifier, f_user_name, f_service_name, f_algorithm, f_public_key, f_server_host_key), pos


def decode_hostbound_signed_data_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[HostboundSignedData, int]:
    """Decode one HostboundSignedData at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('HostboundSignedData', pos, 'position outside the buffer')
    return _d_HostboundSignedData(buf, pos, end)


def encode_hostbound_signed_data(obj: HostboundSignedData) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.session_identifier
        v2 = obj.user_name.encode('utf-8')
        v3 = _enc_name(obj.service_name, 'HostboundSignedData')
        v4 = _enc_name(obj.algorithm, 'HostboundSignedData')
        v5 = obj.public_key
        v6 = obj.server_host_key
        return _S_I.pack(len(v1)) + v1 + b'2' + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + b'\x00\x00\x00#publickey-hostbound-v00@openssh.com' + b'\x01' + _S_I.pack(len(v4)) + v4 + _S_I.pack(len(v5)) + v5 + _S_I.pack(len(v6)) + v6
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('HostboundSignedData', str(exc)) from None


def _e_HostboundSignedData(obj: HostboundSignedData, parts: list[bytes | memoryview]) -> None:
    v1 = obj.session_identifier
    v2 = obj.user_name.encode('utf-8')
    v3 = _enc_name(obj.service_name, 'HostboundSignedData')
    v4 = _enc_name(obj.algorithm, 'HostboundSignedData')
    v5 = obj.public_key
    v6 = obj.server_host_key
    parts += (_S_I.pack(len(v1)), v1, b'2', _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, b'\x00\x00\x00#publickey-hostbound-v00@openssh.com', b'\x01', _S_I.pack(len(v4)), v4, _S_I.pack(len(v5)), v5, _S_I.pack(len(v6)), v6,)


def decode_hostbased_signed_data(buf: bytes | memoryview) -> HostbasedSignedData:
    """Decode a complete HostbasedSignedData from ``buf``.

    Returns:
        The decoded HostbasedSignedData; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('HostbasedSignedData', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('HostbasedSignedData', pos, 'string runs past the end of the data')
    f_session_identifier = bytes(buf[pos:e2])
    pos = e2
    if buf[pos:pos + 1] != b'2':
        raise DecodeError('HostbasedSignedData', pos, "message_number must be the constant b'2'")
    pos += 1
    if end - pos < 4:
        raise DecodeError('HostbasedSignedData', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('HostbasedSignedData', pos, 'string runs past the end of the data')
    f_user_name = _utf8(buf, pos, e4, 'HostbasedSignedData')
    pos = e4
    if end - pos < 4:
        raise DecodeError('HostbasedSignedData', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('HostbasedSignedData', pos, 'string runs past the end of the data')
    f_service_name = _name(buf[pos:e6], 'HostbasedSignedData', pos)
    pos = e6
    if buf[pos:pos + 13] != b'\x00\x00\x00\thostbased':
        raise DecodeError('HostbasedSignedData', pos, "method_name must be the constant b'\\x00\\x00\\x00\\thostbased'")
    pos += 13
    if end - pos < 4:
        raise DecodeError('HostbasedSignedData', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('HostbasedSignedData', pos, 'string runs past the end of the data')
    f_algorithm = _name(buf[pos:e8], 'HostbasedSignedData', pos)
    pos = e8
    if end - pos < 4:
        raise DecodeError('HostbasedSignedData', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('HostbasedSignedData', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e10])
    pos = e10
    if end - pos < 4:
        raise DecodeError('HostbasedSignedData', pos, 'truncated')
    (n11,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('HostbasedSignedData', pos, 'string runs past the end of the data')
    f_client_host_name = _utf8(buf, pos, e12, 'HostbasedSignedData')
    pos = e12
    if end - pos < 4:
        raise DecodeError('HostbasedSignedData', pos, 'truncated')
    (n13,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e14 = pos + n13
    if e14 > end:
        raise DecodeError('HostbasedSignedData', pos, 'string runs past the end of the data')
    f_client_user_name = _utf8(buf, pos, e14, 'HostbasedSignedData')
    pos = e14
    if pos != end:
        raise DecodeError('HostbasedSignedData', pos, 'trailing bytes')
    return HostbasedSignedData(f_session_identifier, f_user_name, f_service_name, f_algorithm, f_public_key, f_client_host_name, f_client_user_name)


def _d_HostbasedSignedData(buf: bytes | memoryview, pos: int, end: int) -> tuple[HostbasedSignedData, int]:
    if end - pos < 4:
        raise DecodeError('HostbasedSignedData', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('HostbasedSignedData', pos, 'string runs past the end of the data')
    f_session_identifier = bytes(buf[pos:e2])
    pos = e2
    if buf[pos:pos + 1] != b'2':
        raise DecodeError('HostbasedSignedData', pos, "message_number must be the constant b'2'")
    pos += 1
    if end - pos < 4:
        raise DecodeError('HostbasedSignedData', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('HostbasedSignedData', pos, 'string runs past the end of the data')
    f_user_name = _utf8(buf, pos, e4, 'HostbasedSignedData')
    pos = e4
    if end - pos < 4:
        raise DecodeError('HostbasedSignedData', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('HostbasedSignedData', pos, 'string runs past the end of the data')
    f_service_name = _name(buf[pos:e6], 'HostbasedSignedData', pos)
    pos = e6
    if buf[pos:pos + 13] != b'\x00\x00\x00\thostbased':
        raise DecodeError('HostbasedSignedData', pos, "method_name must be the constant b'\\x00\\x00\\x00\\thostbased'")
    pos += 13
    if end - pos < 4:
        raise DecodeError('HostbasedSignedData', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('HostbasedSignedData', pos, 'string runs past the end of the data')
    f_algorithm = _name(buf[pos:e8], 'HostbasedSignedData', pos)
    pos = e8
    if end - pos < 4:
        raise DecodeError('HostbasedSignedData', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('HostbasedSignedData', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e10])
    pos = e10
    if end - pos < 4:
        raise DecodeError('HostbasedSignedData', pos, 'truncated')
    (n11,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('HostbasedSignedData', pos, 'string runs past the end of the data')
    f_client_host_name = _utf8(buf, pos, e12, 'HostbasedSignedData')
    pos = e12
    if end - pos < 4:
        raise DecodeError('HostbasedSignedData', pos, 'truncated')
    (n13,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e14 = pos + n13
    if e14 > end:
        raise DecodeError('HostbasedSignedData', pos, 'string runs past the end of the data')
    f_client_user_name = _utf8(buf, pos, e14, 'HostbasedSignedData')
    pos = e14
    return HostbasedSignedData(f_session_identifier, f_user_name, f_service_name, f_algorithm, f_public_key, f_client_host_name, f_client_user_name), pos


def decode_hostbased_signed_data_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[HostbasedSignedData, int]:
    """Decode one HostbasedSignedData at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('HostbasedSignedData', pos, 'position outside the buffer')
    return _d_HostbasedSignedData(buf, pos, end)


def encode_hostbased_signed_data(obj: HostbasedSignedData) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.session_identifier
        v2 = obj.user_name.encode('utf-8')
        v3 = _enc_name(obj.service_name, 'HostbasedSignedData')
        v4 = _enc_name(obj.algorithm, 'HostbasedSignedData')
        v5 = obj.public_key
        v6 = obj.client_host_name.encode('utf-8')
        v7 = obj.client_user_name.encode('utf-8')
        return _S_I.pack(len(v1)) + v1 + b'2' + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + b'\x00\x00\x00\thostbased' + _S_I.pack(len(v4)) + v4 + _S_I.pack(len(v5)) + v5 + _S_I.pack(len(v6)) + v6 + _S_I.pack(len(v7)) + v7
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('HostbasedSignedData', str(exc)) from None


def _e_HostbasedSignedData(obj: HostbasedSignedData, parts: list[bytes | memoryview]) -> None:
    v1 = obj.session_identifier
    v2 = obj.user_name.encode('utf-8')
    v3 = _enc_name(obj.service_name, 'HostbasedSignedData')
    v4 = _enc_name(obj.algorithm, 'HostbasedSignedData')
    v5 = obj.public_key
    v6 = obj.client_host_name.encode('utf-8')
    v7 = obj.client_user_name.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1, b'2', _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, b'\x00\x00\x00\thostbased', _S_I.pack(len(v4)), v4, _S_I.pack(len(v5)), v5, _S_I.pack(len(v6)), v6, _S_I.pack(len(v7)), v7,)


def decode_userauth_request(buf: bytes | memoryview) -> UserauthRequest:
    """Decode a complete UserauthRequest message from ``buf``.

    Returns:
        The decoded UserauthRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('UserauthRequest', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 50:
        raise DecodeError('UserauthRequest', 0, 'message number is not 50')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthRequest', pos, 'string runs past the end of the data')
    f_user_name = _utf8(buf, pos, e2, 'UserauthRequest')
    pos = e2
    if end - pos < 4:
        raise DecodeError('UserauthRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('UserauthRequest', pos, 'string runs past the end of the data')
    f_service_name = _name(buf[pos:e4], 'UserauthRequest', pos)
    pos = e4
    if end - pos < 4:
        raise DecodeError('UserauthRequest', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('UserauthRequest', pos, 'string runs past the end of the data')
    f_method_name = _name(buf[pos:e6], 'UserauthRequest', pos)
    pos = e6
    dec7 = _SWD_UserauthRequest_method.get(f_method_name)
    if dec7 is None:
        f_method = bytes(buf[pos:end])
        pos = end
    else:
        f_method, pos = dec7(buf, pos, end)
    if pos != end:
        raise DecodeError('UserauthRequest', pos, 'trailing bytes')
    return UserauthRequest(f_user_name, f_service_name, f_method_name, f_method)


def encode_userauth_request(obj: UserauthRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = obj.user_name.encode('utf-8')
        v2 = _enc_name(obj.service_name, 'UserauthRequest')
        v3 = _enc_name(obj.method_name, 'UserauthRequest')
        parts += (_S_BI.pack(50, len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3,)
        v4 = obj.method
        case5 = _SWE_UserauthRequest_method.get(obj.method_name)
        if case5 is None:
            if not isinstance(v4, bytes | bytearray | memoryview):
                raise EncodeError('UserauthRequest', 'method must be bytes for an unknown method_name')
            parts.append(v4)
        elif case5[0] is None:
            if v4 is not None:
                raise EncodeError('UserauthRequest', 'method must be None for this method_name')
        elif type(v4) is not case5[0]:
            raise EncodeError('UserauthRequest', 'method must be ' + case5[0].__name__ + ' for method_name ' + repr(obj.method_name))
        else:
            case5[1](v4, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('UserauthRequest', str(exc)) from None


def decode_userauth_failure(buf: bytes | memoryview) -> UserauthFailure:
    """Decode a complete UserauthFailure message from ``buf``.

    Returns:
        The decoded UserauthFailure; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('UserauthFailure', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 51:
        raise DecodeError('UserauthFailure', 0, 'message number is not 51')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthFailure', pos, 'string runs past the end of the data')
    f_methods_that_can_continue = _name_list(buf[pos:e2], 'UserauthFailure', pos)
    pos = e2
    if end - pos < 1:
        raise DecodeError('UserauthFailure', pos, 'truncated')
    (f_partial_success,) = _S_T.unpack_from(buf, pos)
    pos += 1
    if pos != end:
        raise DecodeError('UserauthFailure', pos, 'trailing bytes')
    return UserauthFailure(f_methods_that_can_continue, f_partial_success)


def encode_userauth_failure(obj: UserauthFailure) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_name_list(obj.methods_that_can_continue, 'UserauthFailure')
        return _S_BI.pack(51, len(v1)) + v1 + _S_T.pack(obj.partial_success)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('UserauthFailure', str(exc)) from None


def decode_userauth_success(buf: bytes | memoryview) -> UserauthSuccess:
    """Decode a complete UserauthSuccess message from ``buf``.

    Returns:
        The decoded UserauthSuccess; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 1:
        raise DecodeError('UserauthSuccess', pos, 'truncated')
    (mid,) = _S_B.unpack_from(buf, pos)
    pos += 1
    if mid != 52:
        raise DecodeError('UserauthSuccess', 0, 'message number is not 52')
    if pos != end:
        raise DecodeError('UserauthSuccess', pos, 'trailing bytes')
    return UserauthSuccess()


def encode_userauth_success(obj: UserauthSuccess) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_B.pack(52)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('UserauthSuccess', str(exc)) from None


def decode_userauth_banner(buf: bytes | memoryview) -> UserauthBanner:
    """Decode a complete UserauthBanner message from ``buf``.

    Returns:
        The decoded UserauthBanner; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('UserauthBanner', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 53:
        raise DecodeError('UserauthBanner', 0, 'message number is not 53')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthBanner', pos, 'string runs past the end of the data')
    f_message = _utf8(buf, pos, e2, 'UserauthBanner')
    pos = e2
    if end - pos < 4:
        raise DecodeError('UserauthBanner', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('UserauthBanner', pos, 'string runs past the end of the data')
    f_language_tag = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('UserauthBanner', pos, 'trailing bytes')
    return UserauthBanner(f_message, f_language_tag)


def encode_userauth_banner(obj: UserauthBanner) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.message.encode('utf-8')
        v2 = obj.language_tag
        return _S_BI.pack(53, len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('UserauthBanner', str(exc)) from None


def decode_userauth_pk_ok(buf: bytes | memoryview) -> UserauthPkOk:
    """Decode a complete UserauthPkOk message from ``buf``.

    Returns:
        The decoded UserauthPkOk; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('UserauthPkOk', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 60:
        raise DecodeError('UserauthPkOk', 0, 'message number is not 60')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthPkOk', pos, 'string runs past the end of the data')
    f_algorithm = _name(buf[pos:e2], 'UserauthPkOk', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('UserauthPkOk', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('UserauthPkOk', pos, 'string runs past the end of the data')
    f_public_key = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('UserauthPkOk', pos, 'trailing bytes')
    return UserauthPkOk(f_algorithm, f_public_key)


def encode_userauth_pk_ok(obj: UserauthPkOk) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_name(obj.algorithm, 'UserauthPkOk')
        v2 = obj.public_key
        return _S_BI.pack(60, len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('UserauthPkOk', str(exc)) from None


def decode_userauth_passwd_changereq(buf: bytes | memoryview) -> UserauthPasswdChangereq:
    """Decode a complete UserauthPasswdChangereq message from ``buf``.

    Returns:
        The decoded UserauthPasswdChangereq; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('UserauthPasswdChangereq', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 60:
        raise DecodeError('UserauthPasswdChangereq', 0, 'message number is not 60')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthPasswdChangereq', pos, 'string runs past the end of the data')
    f_prompt = _utf8(buf, pos, e2, 'UserauthPasswdChangereq')
    pos = e2
    if end - pos < 4:
        raise DecodeError('UserauthPasswdChangereq', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('UserauthPasswdChangereq', pos, 'string runs past the end of the data')
    f_language_tag = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('UserauthPasswdChangereq', pos, 'trailing bytes')
    return UserauthPasswdChangereq(f_prompt, f_language_tag)


def encode_userauth_passwd_changereq(obj: UserauthPasswdChangereq) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.prompt.encode('utf-8')
        v2 = obj.language_tag
        return _S_BI.pack(60, len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('UserauthPasswdChangereq', str(exc)) from None


def decode_userauth_info_request(buf: bytes | memoryview) -> UserauthInfoRequest:
    """Decode a complete UserauthInfoRequest message from ``buf``.

    Returns:
        The decoded UserauthInfoRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('UserauthInfoRequest', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 60:
        raise DecodeError('UserauthInfoRequest', 0, 'message number is not 60')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('UserauthInfoRequest', pos, 'string runs past the end of the data')
    f_name = _utf8(buf, pos, e2, 'UserauthInfoRequest')
    pos = e2
    if end - pos < 4:
        raise DecodeError('UserauthInfoRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('UserauthInfoRequest', pos, 'string runs past the end of the data')
    f_instruction = _utf8(buf, pos, e4, 'UserauthInfoRequest')
    pos = e4
    if end - pos < 4:
        raise DecodeError('UserauthInfoRequest', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('UserauthInfoRequest', pos, 'string runs past the end of the data')
    f_language_tag = bytes(buf[pos:e6])
    pos = e6
    if end - pos < 4:
        raise DecodeError('UserauthInfoRequest', pos, 'truncated')
    (count8,) = _S_I.unpack_from(buf, pos)
    pos += 4
    items7 = []
    if count8 > (end - pos) // 5:
        raise DecodeError('UserauthInfoRequest', pos, 'element count exceeds the data')
    for _ in range(count8):
        item9, pos = _d_UserauthPrompt(buf, pos, end)
        items7.append(item9)
    f_prompts = tuple(items7)
    if pos != end:
        raise DecodeError('UserauthInfoRequest', pos, 'trailing bytes')
    return UserauthInfoRequest(f_name, f_instruction, f_language_tag, f_prompts)


def encode_userauth_info_request(obj: UserauthInfoRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = obj.name.encode('utf-8')
        v2 = obj.instruction.encode('utf-8')
        v3 = obj.language_tag
        lst4 = obj.prompts
        parts += (_S_BI.pack(60, len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(len(v3)), v3, _S_I.pack(len(lst4)),)
        for it5 in lst4:
            _e_UserauthPrompt(it5, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('UserauthInfoRequest', str(exc)) from None


def decode_userauth_info_response(buf: bytes | memoryview) -> UserauthInfoResponse:
    """Decode a complete UserauthInfoResponse message from ``buf``.

    Returns:
        The decoded UserauthInfoResponse; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('UserauthInfoResponse', pos, 'truncated')
    mid, count2 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 61:
        raise DecodeError('UserauthInfoResponse', 0, 'message number is not 61')
    items1 = []
    if count2 > (end - pos) // 4:
        raise DecodeError('UserauthInfoResponse', pos, 'element count exceeds the data')
    for _ in range(count2):
        if end - pos < 4:
            raise DecodeError('UserauthInfoResponse', pos, 'truncated')
        (n4,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e5 = pos + n4
        if e5 > end:
            raise DecodeError('UserauthInfoResponse', pos, 'string runs past the end of the data')
        item3 = _utf8(buf, pos, e5, 'UserauthInfoResponse')
        pos = e5
        items1.append(item3)
    f_responses = tuple(items1)
    if pos != end:
        raise DecodeError('UserauthInfoResponse', pos, 'trailing bytes')
    return UserauthInfoResponse(f_responses)


def encode_userauth_info_response(obj: UserauthInfoResponse) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.responses
        parts.append(_S_BI.pack(61, len(lst1)))
        for it2 in lst1:
            v3 = it2.encode('utf-8')
            parts += (_S_I.pack(len(v3)), v3,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('UserauthInfoResponse', str(exc)) from None


_SWD_UserauthRequest_method: dict[str, _Decoder] = {
    'none': _d_null,
    'password': _d_UserauthPasswordRequest,
    'publickey': _d_UserauthPublickeyRequest,
    'publickey-hostbound-v00@openssh.com': _d_UserauthHostboundRequest,
    'hostbased': _d_UserauthHostbasedRequest,
    'keyboard-interactive': _d_UserauthKbdintRequest,
}

_SWE_UserauthRequest_method: dict[str, tuple[type | None, _Encoder]] = {
    'none': (None, _e_null),
    'password': (UserauthPasswordRequest, _e_UserauthPasswordRequest),
    'publickey': (UserauthPublickeyRequest, _e_UserauthPublickeyRequest),
    'publickey-hostbound-v00@openssh.com': (UserauthHostboundRequest, _e_UserauthHostboundRequest),
    'hostbased': (UserauthHostbasedRequest, _e_UserauthHostbasedRequest),
    'keyboard-interactive': (UserauthKbdintRequest, _e_UserauthKbdintRequest),
}
