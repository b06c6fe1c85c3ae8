# GENERATED from specs/transport.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH transport layer generic messages: RFC 4253 §11-12, RFC 8308 EXT_INFO, OpenSSH PING/PONG

Fast codec: slotted dataclasses and struct-based decoders/encoders.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import IntEnum
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
from .._runtime import utf8 as _utf8

__all__ = [
    "Debug",
    "DelayCompression",
    "DelayCompressionLists",
    "Disconnect",
    "DisconnectReason",
    "Elevation",
    "ExtInfo",
    "ExtInfoEntry",
    "ExtVersion",
    "Ignore",
    "KexInit",
    "NewKeys",
    "NoFlowControl",
    "Ping",
    "Pong",
    "ServerSigAlgs",
    "ServiceAccept",
    "ServiceRequest",
    "Unimplemented",
    "decode_debug",
    "decode_delay_compression",
    "decode_delay_compression_from",
    "decode_delay_compression_lists",
    "decode_delay_compression_lists_from",
    "decode_disconnect",
    "decode_elevation",
    "decode_elevation_from",
    "decode_ext_info",
    "decode_ext_info_entry",
    "decode_ext_info_entry_from",
    "decode_ext_version",
    "decode_ext_version_from",
    "decode_ignore",
    "decode_kex_init",
    "decode_new_keys",
    "decode_no_flow_control",
    "decode_no_flow_control_from",
    "decode_ping",
    "decode_pong",
    "decode_server_sig_algs",
    "decode_server_sig_algs_from",
    "decode_service_accept",
    "decode_service_request",
    "decode_unimplemented",
    "encode_debug",
    "encode_delay_compression",
    "encode_delay_compression_lists",
    "encode_disconnect",
    "encode_elevation",
    "encode_ext_info",
    "encode_ext_info_entry",
    "encode_ext_version",
    "encode_ignore",
    "encode_ignore_parts",
    "encode_kex_init",
    "encode_new_keys",
    "encode_no_flow_control",
    "encode_ping",
    "encode_pong",
    "encode_server_sig_algs",
    "encode_service_accept",
    "encode_service_request",
    "encode_unimplemented",
]


class DisconnectReason(IntEnum):
    """RFC 4250 §4.2.2 / RFC 4253 §11.1 disconnection reason codes"""

    HOST_NOT_ALLOWED_TO_CONNECT = 1
    PROTOCOL_ERROR = 2
    KEY_EXCHANGE_FAILED = 3
    RESERVED = 4
    MAC_ERROR = 5
    COMPRESSION_ERROR = 6
    SERVICE_NOT_AVAILABLE = 7
    PROTOCOL_VERSION_NOT_SUPPORTED = 8
    HOST_KEY_NOT_VERIFIABLE = 9
    CONNECTION_LOST = 10
    BY_APPLICATION = 11
    TOO_MANY_CONNECTIONS = 12
    AUTH_CANCELLED_BY_USER = 13
    NO_MORE_AUTH_METHODS_AVAILABLE = 14
    ILLEGAL_USER_NAME = 15


@dataclass(slots=True)
class ExtInfoEntry:
    """RFC 8308 §2.3: one extension-name / extension-value pair
    """

    NAME: ClassVar[str] = "ExtInfoEntry"

    extension_name: str
    value: ServerSigAlgs | DelayCompression | NoFlowControl | Elevation | ExtVersion | bytes


@dataclass(slots=True)
class ServerSigAlgs:
    """RFC 8308 §3.1: the value is a name-list of accepted public key algorithms
    """

    NAME: ClassVar[str] = "ServerSigAlgs"

    algorithms: tuple[str, ...]


@dataclass(slots=True)
class DelayCompression:
    """RFC 8308 §3.2: the value is a string holding two name-lists
    """

    NAME: ClassVar[str] = "DelayCompression"

    value: DelayCompressionLists


@dataclass(slots=True)
class DelayCompressionLists:
    """RFC 8308 §3.2: compression algorithms client-to-server, then server-to-client
    """

    NAME: ClassVar[str] = "DelayCompressionLists"

    compression_client_to_server: tuple[str, ...]
    compression_server_to_client: tuple[str, ...]


@dataclass(slots=True)
class NoFlowControl:
    """RFC 8308 §3.3: 'p' (preferred) or 's' (supported)
    """

    NAME: ClassVar[str] = "NoFlowControl"

    choice: str


@dataclass(slots=True)
class Elevation:
    """RFC 8308 §3.4: 'y', 'n' or 'd'
    """

    NAME: ClassVar[str] = "Elevation"

    choice: str


@dataclass(slots=True)
class ExtVersion:
    """OpenSSH PROTOCOL, EXT_INFO extensions such as ping@openssh.com and publickey-hostbound@openssh.com: the value is a version string such as '0'
    """

    NAME: ClassVar[str] = "ExtVersion"

    version: str


@dataclass(slots=True)
class Disconnect:
    """RFC 4253 §11.1

    Wire: SSH_MSG_DISCONNECT (1), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 1
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "Disconnect"

    reason_code: int
    description: str
    language_tag: bytes


@dataclass(slots=True)
class Ignore:
    """RFC 4253 §11.2

    Wire: SSH_MSG_IGNORE (2), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 2
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "Ignore"

    data: bytes | memoryview


@dataclass(slots=True)
class Unimplemented:
    """RFC 4253 §11.4: the sequence number of the rejected packet

    Wire: SSH_MSG_UNIMPLEMENTED (3), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 3
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "Unimplemented"

    sequence_number: int


@dataclass(slots=True)
class Debug:
    """RFC 4253 §11.3

    Wire: SSH_MSG_DEBUG (4), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 4
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "Debug"

    always_display: bool
    message: str
    language_tag: bytes


@dataclass(slots=True)
class ServiceRequest:
    """RFC 4253 §10

    Wire: SSH_MSG_SERVICE_REQUEST (5), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 5
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "ServiceRequest"

    service_name: str


@dataclass(slots=True)
class ServiceAccept:
    """RFC 4253 §10

    Wire: SSH_MSG_SERVICE_ACCEPT (6), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 6
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "ServiceAccept"

    service_name: str


@dataclass(slots=True)
class ExtInfo:
    """RFC 8308 §2.3

    Wire: SSH_MSG_EXT_INFO (7), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 7
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "ExtInfo"

    extensions: tuple[ExtInfoEntry, ...]


@dataclass(slots=True)
class KexInit:
    """RFC 4253 §7.1

    Wire: SSH_MSG_KEXINIT (20), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 20
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "KexInit"

    cookie: bytes
    kex_algorithms: tuple[str, ...]
    server_host_key_algorithms: tuple[str, ...]
    encryption_algorithms_client_to_server: tuple[str, ...]
    encryption_algorithms_server_to_client: tuple[str, ...]
    mac_algorithms_client_to_server: tuple[str, ...]
    mac_algorithms_server_to_client: tuple[str, ...]
    compression_algorithms_client_to_server: tuple[str, ...]
    compression_algorithms_server_to_client: tuple[str, ...]
    languages_client_to_server: tuple[str, ...]
    languages_server_to_client: tuple[str, ...]
    first_kex_packet_follows: bool
    reserved: int


@dataclass(slots=True)
class NewKeys:
    """RFC 4253 §7.3

    Wire: SSH_MSG_NEWKEYS (21), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 21
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "NewKeys"


@dataclass(slots=True)
class Ping:
    """OpenSSH PROTOCOL, "transport: ping facility" (ping@openssh.com)

    Wire: SSH2_MSG_PING (192), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 192
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "Ping"

    data: bytes


@dataclass(slots=True)
class Pong:
    """OpenSSH PROTOCOL, "transport: ping facility" (ping@openssh.com)

    Wire: SSH2_MSG_PONG (193), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 193
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "Pong"

    data: bytes


_S_TI = struct.Struct(">?I")
_S_B = struct.Struct(">B")
_S_B16SI = struct.Struct(">B16sI")
_S_BTI = struct.Struct(">B?I")
_S_BI = struct.Struct(">BI")
_S_BII = struct.Struct(">BII")
_S_I = struct.Struct(">I")


def decode_ext_info_entry(buf: bytes | memoryview) -> ExtInfoEntry:
    """Decode a complete ExtInfoEntry from ``buf``.

    Returns:
        The decoded ExtInfoEntry; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('ExtInfoEntry', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ExtInfoEntry', pos, 'string runs past the end of the data')
    f_extension_name = _name(buf[pos:e2], 'ExtInfoEntry', pos)
    pos = e2
    dec3 = _SWD_ExtInfoEntry_value.get(f_extension_name)
    if dec3 is None:
        if end - pos < 4:
            raise DecodeError('ExtInfoEntry', pos, 'truncated')
        (n4,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e5 = pos + n4
        if e5 > end:
            raise DecodeError('ExtInfoEntry', pos, 'string runs past the end of the data')
        f_value = bytes(buf[pos:e5])
        pos = e5
    else:
        f_value, pos = dec3(buf, pos, end)
    if pos != end:
        raise DecodeError('ExtInfoEntry', pos, 'trailing bytes')
    return ExtInfoEntry(f_extension_name, f_value)


def _d_ExtInfoEntry(buf: bytes | memoryview, pos: int, end: int) -> tuple[ExtInfoEntry, int]:
    if end - pos < 4:
        raise DecodeError('ExtInfoEntry', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ExtInfoEntry', pos, 'string runs past the end of the data')
    f_extension_name = _name(buf[pos:e2], 'ExtInfoEntry', pos)
    pos = e2
    dec3 = _SWD_ExtInfoEntry_value.get(f_extension_name)
    if dec3 is None:
        if end - pos < 4:
            raise DecodeError('ExtInfoEntry', pos, 'truncated')
        (n4,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e5 = pos + n4
        if e5 > end:
            raise DecodeError('ExtInfoEntry', pos, 'string runs past the end of the data')
        f_value = bytes(buf[pos:e5])
        pos = e5
    else:
        f_value, pos = dec3(buf, pos, end)
    return ExtInfoEntry(f_extension_name, f_value), pos


def decode_ext_info_entry_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[ExtInfoEntry, int]:
    """Decode one ExtInfoEntry at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('ExtInfoEntry', pos, 'position outside the buffer')
    return _d_ExtInfoEntry(buf, pos, end)


def encode_ext_info_entry(obj: ExtInfoEntry) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = _enc_name(obj.extension_name, 'ExtInfoEntry')
        parts += (_S_I.pack(len(v1)), v1,)
        v2 = obj.value
        case3 = _SWE_ExtInfoEntry_value.get(obj.extension_name)
        if case3 is None:
            if not isinstance(v2, bytes | bytearray | memoryview):
                raise EncodeError('ExtInfoEntry', 'value must be bytes for an unknown extension_name')
            parts += (_S_I.pack(len(v2)), v2,)
        elif case3[0] is None:
            if v2 is not None:
                raise EncodeError('ExtInfoEntry', 'value must be None for this extension_name')
        elif type(v2) is not case3[0]:
            raise EncodeError('ExtInfoEntry', 'value must be ' + case3[0].__name__ + ' for extension_name ' + repr(obj.extension_name))
        else:
            case3[1](v2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ExtInfoEntry', str(exc)) from None


def _e_ExtInfoEntry(obj: ExtInfoEntry, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.extension_name, 'ExtInfoEntry')
    parts += (_S_I.pack(len(v1)), v1,)
    v2 = obj.value
    case3 = _SWE_ExtInfoEntry_value.get(obj.extension_name)
    if case3 is None:
        if not isinstance(v2, bytes | bytearray | memoryview):
            raise EncodeError('ExtInfoEntry', 'value must be bytes for an unknown extension_name')
        parts += (_S_I.pack(len(v2)), v2,)
    elif case3[0] is None:
        if v2 is not None:
            raise EncodeError('ExtInfoEntry', 'value must be None for this extension_name')
    elif type(v2) is not case3[0]:
        raise EncodeError('ExtInfoEntry', 'value must be ' + case3[0].__name__ + ' for extension_name ' + repr(obj.extension_name))
    else:
        case3[1](v2, parts)


def decode_server_sig_algs(buf: bytes | memoryview) -> ServerSigAlgs:
    """Decode a complete ServerSigAlgs from ``buf``.

    Returns:
        The decoded ServerSigAlgs; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('ServerSigAlgs', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ServerSigAlgs', pos, 'string runs past the end of the data')
    f_algorithms = _name_list(buf[pos:e2], 'ServerSigAlgs', pos)
    pos = e2
    if pos != end:
        raise DecodeError('ServerSigAlgs', pos, 'trailing bytes')
    return ServerSigAlgs(f_algorithms)


def _d_ServerSigAlgs(buf: bytes | memoryview, pos: int, end: int) -> tuple[ServerSigAlgs, int]:
    if end - pos < 4:
        raise DecodeError('ServerSigAlgs', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ServerSigAlgs', pos, 'string runs past the end of the data')
    f_algorithms = _name_list(buf[pos:e2], 'ServerSigAlgs', pos)
    pos = e2
    return ServerSigAlgs(f_algorithms), pos


def decode_server_sig_algs_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[ServerSigAlgs, int]:
    """Decode one ServerSigAlgs at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('ServerSigAlgs', pos, 'position outside the buffer')
    return _d_ServerSigAlgs(buf, pos, end)


def encode_server_sig_algs(obj: ServerSigAlgs) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_name_list(obj.algorithms, 'ServerSigAlgs')
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ServerSigAlgs', str(exc)) from None


def _e_ServerSigAlgs(obj: ServerSigAlgs, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name_list(obj.algorithms, 'ServerSigAlgs')
    parts += (_S_I.pack(len(v1)), v1,)


def decode_delay_compression(buf: bytes | memoryview) -> DelayCompression:
    """Decode a complete DelayCompression from ``buf``.

    Returns:
        The decoded DelayCompression; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('DelayCompression', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('DelayCompression', pos, 'string runs past the end of the data')
    f_value, p3 = _d_DelayCompressionLists(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('DelayCompressionLists', p3, 'trailing bytes')
    pos = e2
    if pos != end:
        raise DecodeError('DelayCompression', pos, 'trailing bytes')
    return DelayCompression(f_value)


def _d_DelayCompression(buf: bytes | memoryview, pos: int, end: int) -> tuple[DelayCompression, int]:
    if end - pos < 4:
        raise DecodeError('DelayCompression', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('DelayCompression', pos, 'string runs past the end of the data')
    f_value, p3 = _d_DelayCompressionLists(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('DelayCompressionLists', p3, 'trailing bytes')
    pos = e2
    return DelayCompression(f_value), pos


def decode_delay_compression_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[DelayCompression, int]:
    """Decode one DelayCompression at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('DelayCompression', pos, 'position outside the buffer')
    return _d_DelayCompression(buf, pos, end)


def encode_delay_compression(obj: DelayCompression) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        sub2: list[bytes | memoryview] = []
        _e_DelayCompressionLists(obj.value, sub2)
        v1 = b''.join(sub2)
        parts += (_S_I.pack(len(v1)), v1,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('DelayCompression', str(exc)) from None


def _e_DelayCompression(obj: DelayCompression, parts: list[bytes | memoryview]) -> None:
    sub2: list[bytes | memoryview] = []
    _e_DelayCompressionLists(obj.value, sub2)
    v1 = b''.join(sub2)
    parts += (_S_I.pack(len(v1)), v1,)


def decode_delay_compression_lists(buf: bytes | memoryview) -> DelayCompressionLists:
    """Decode a complete DelayCompressionLists from ``buf``.

    Returns:
        The decoded DelayCompressionLists; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('DelayCompressionLists', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('DelayCompressionLists', pos, 'string runs past the end of the data')
    f_compression_client_to_server = _name_list(buf[pos:e2], 'DelayCompressionLists', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('DelayCompressionLists', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('DelayCompressionLists', pos, 'string runs past the end of the data')
    f_compression_server_to_client = _name_list(buf[pos:e4], 'DelayCompressionLists', pos)
    pos = e4
    if pos != end:
        raise DecodeError('DelayCompressionLists', pos, 'trailing bytes')
    return DelayCompressionLists(f_compression_client_to_server, f_compression_server_to_client)


def _d_DelayCompressionLists(buf: bytes | memoryview, pos: int, end: int) -> tuple[DelayCompressionLists, int]:
    if end - pos < 4:
        raise DecodeError('DelayCompressionLists', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('DelayCompressionLists', pos, 'string runs past the end of the data')
    f_compression_client_to_server = _name_list(buf[pos:e2], 'DelayCompressionLists', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('DelayCompressionLists', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('DelayCompressionLists', pos, 'string runs past the end of the data')
    f_compression_server_to_client = _name_list(buf[pos:e4], 'DelayCompressionLists', pos)
    pos = e4
    return DelayCompressionLists(f_compression_client_to_server, f_compression_server_to_client), pos


def decode_delay_compression_lists_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[DelayCompressionLists, int]:
    """Decode one DelayCompressionLists at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('DelayCompressionLists', pos, 'position outside the buffer')
    return _d_DelayCompressionLists(buf, pos, end)


def encode_delay_compression_lists(obj: DelayCompressionLists) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_name_list(obj.compression_client_to_server, 'DelayCompressionLists')
        v2 = _enc_name_list(obj.compression_server_to_client, 'DelayCompressionLists')
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('DelayCompressionLists', str(exc)) from None


def _e_DelayCompressionLists(obj: DelayCompressionLists, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name_list(obj.compression_client_to_server, 'DelayCompressionLists')
    v2 = _enc_name_list(obj.compression_server_to_client, 'DelayCompressionLists')
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_no_flow_control(buf: bytes | memoryview) -> NoFlowControl:
    """Decode a complete NoFlowControl from ``buf``.

    Returns:
        The decoded NoFlowControl; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('NoFlowControl', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('NoFlowControl', pos, 'string runs past the end of the data')
    f_choice = _utf8(buf, pos, e2, 'NoFlowControl')
    pos = e2
    if pos != end:
        raise DecodeError('NoFlowControl', pos, 'trailing bytes')
    return NoFlowControl(f_choice)


def _d_NoFlowControl(buf: bytes | memoryview, pos: int, end: int) -> tuple[NoFlowControl, int]:
    if end - pos < 4:
        raise DecodeError('NoFlowControl', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('NoFlowControl', pos, 'string runs past the end of the data')
    f_choice = _utf8(buf, pos, e2, 'NoFlowControl')
    pos = e2
    return NoFlowControl(f_choice), pos


def decode_no_flow_control_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[NoFlowControl, int]:
    """Decode one NoFlowControl at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('NoFlowControl', pos, 'position outside the buffer')
    return _d_NoFlowControl(buf, pos, end)


def encode_no_flow_control(obj: NoFlowControl) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.choice.encode('utf-8')
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('NoFlowControl', str(exc)) from None


def _e_NoFlowControl(obj: NoFlowControl, parts: list[bytes | memoryview]) -> None:
    v1 = obj.choice.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1,)


def decode_elevation(buf: bytes | memoryview) -> Elevation:
    """Decode a complete Elevation from ``buf``.

    Returns:
        The decoded Elevation; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('Elevation', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Elevation', pos, 'string runs past the end of the data')
    f_choice = _utf8(buf, pos, e2, 'Elevation')
    pos = e2
    if pos != end:
        raise DecodeError('Elevation', pos, 'trailing bytes')
    return Elevation(f_choice)


def _d_Elevation(buf: bytes | memoryview, pos: int, end: int) -> tuple[Elevation, int]:
    if end - pos < 4:
        raise DecodeError('Elevation', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Elevation', pos, 'string runs past the end of the data')
    f_choice = _utf8(buf, pos, e2, 'Elevation')
    pos = e2
    return Elevation(f_choice), pos


def decode_elevation_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[Elevation, int]:
    """Decode one Elevation at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('Elevation', pos, 'position outside the buffer')
    return _d_Elevation(buf, pos, end)


def encode_elevation(obj: Elevation) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.choice.encode('utf-8')
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('Elevation', str(exc)) from None


def _e_Elevation(obj: Elevation, parts: list[bytes | memoryview]) -> None:
    v1 = obj.choice.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1,)


def decode_ext_version(buf: bytes | memoryview) -> ExtVersion:
    """Decode a complete ExtVersion from ``buf``.

    Returns:
        The decoded ExtVersion; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('ExtVersion', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ExtVersion', pos, 'string runs past the end of the data')
    f_version = _utf8(buf, pos, e2, 'ExtVersion')
    pos = e2
    if pos != end:
        raise DecodeError('ExtVersion', pos, 'trailing bytes')
    return ExtVersion(f_version)


def _d_ExtVersion(buf: bytes | memoryview, pos: int, end: int) -> tuple[ExtVersion, int]:
    if end - pos < 4:
        raise DecodeError('ExtVersion', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ExtVersion', pos, 'string runs past the end of the data')
    f_version = _utf8(buf, pos, e2, 'ExtVersion')
    pos = e2
    return ExtVersion(f_version), pos


def decode_ext_version_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[ExtVersion, int]:
    """Decode one ExtVersion at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('ExtVersion', pos, 'position outside the buffer')
    return _d_ExtVersion(buf, pos, end)


def encode_ext_version(obj: ExtVersion) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.version.encode('utf-8')
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ExtVersion', str(exc)) from None


def _e_ExtVersion(obj: ExtVersion, parts: list[bytes | memoryview]) -> None:
    v1 = obj.version.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1,)


def decode_disconnect(buf: bytes | memoryview) -> Disconnect:
    """Decode a complete Disconnect message from ``buf``.

    Returns:
        The decoded Disconnect; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('Disconnect', pos, 'truncated')
    mid, f_reason_code, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 1:
        raise DecodeError('Disconnect', 0, 'message number is not 1')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Disconnect', pos, 'string runs past the end of the data')
    f_description = _utf8(buf, pos, e2, 'Disconnect')
    pos = e2
    if end - pos < 4:
        raise DecodeError('Disconnect', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('Disconnect', pos, 'string runs past the end of the data')
    f_language_tag = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('Disconnect', pos, 'trailing bytes')
    return Disconnect(f_reason_code, f_description, f_language_tag)


def encode_disconnect(obj: Disconnect) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.description.encode('utf-8')
        v2 = obj.language_tag
        return _S_BII.pack(1, obj.reason_code, len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('Disconnect', str(exc)) from None


def decode_ignore(buf: bytes | memoryview) -> Ignore:
    """Decode a complete Ignore message from ``buf``.

    Returns:
        The decoded Ignore; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('Ignore', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 2:
        raise DecodeError('Ignore', 0, 'message number is not 2')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Ignore', pos, 'string runs past the end of the data')
    f_data = buf[pos:e2]
    pos = e2
    if pos != end:
        raise DecodeError('Ignore', pos, 'trailing bytes')
    return Ignore(f_data)


def encode_ignore(obj: Ignore) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.data
        return _S_BI.pack(2, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('Ignore', str(exc)) from None


def encode_ignore_parts(obj: Ignore) -> tuple[bytes, bytes | memoryview]:
    """Encode ``obj`` without copying its payload.

    Returns:
        ``(header, payload)``: their concatenation is ``encode_ignore(obj)``.
    Raises:
        EncodeError: a value does not fit its wire type.
    """
    try:
        v1 = obj.data
        return _S_BI.pack(2, len(v1)), v1
    except (struct.error, OverflowError, TypeError, AttributeError) as exc:
        raise EncodeError('Ignore', str(exc)) from None


def decode_unimplemented(buf: bytes | memoryview) -> Unimplemented:
    """Decode a complete Unimplemented message from ``buf``.

    Returns:
        The decoded Unimplemented; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('Unimplemented', pos, 'truncated')
    mid, f_sequence_number = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 3:
        raise DecodeError('Unimplemented', 0, 'message number is not 3')
    if pos != end:
        raise DecodeError('Unimplemented', pos, 'trailing bytes')
    return Unimplemented(f_sequence_number)


def encode_unimplemented(obj: Unimplemented) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_BI.pack(3, obj.sequence_number)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('Unimplemented', str(exc)) from None


def decode_debug(buf: bytes | memoryview) -> Debug:
    """Decode a complete Debug message from ``buf``.

    Returns:
        The decoded Debug; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 6:
        raise DecodeError('Debug', pos, 'truncated')
    mid, f_always_display, n1 = _S_BTI.unpack_from(buf, pos)
    pos += 6
    if mid != 4:
        raise DecodeError('Debug', 0, 'message number is not 4')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Debug', pos, 'string runs past the end of the data')
    f_message = _utf8(buf, pos, e2, 'Debug')
    pos = e2
    if end - pos < 4:
        raise DecodeError('Debug', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('Debug', pos, 'string runs past the end of the data')
    f_language_tag = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('Debug', pos, 'trailing bytes')
    return Debug(f_always_display, f_message, f_language_tag)


def encode_debug(obj: Debug) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.message.encode('utf-8')
        v2 = obj.language_tag
        return _S_BTI.pack(4, obj.always_display, len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('Debug', str(exc)) from None


def decode_service_request(buf: bytes | memoryview) -> ServiceRequest:
    """Decode a complete ServiceRequest message from ``buf``.

    Returns:
        The decoded ServiceRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('ServiceRequest', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 5:
        raise DecodeError('ServiceRequest', 0, 'message number is not 5')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ServiceRequest', pos, 'string runs past the end of the data')
    f_service_name = _name(buf[pos:e2], 'ServiceRequest', pos)
    pos = e2
    if pos != end:
        raise DecodeError('ServiceRequest', pos, 'trailing bytes')
    return ServiceRequest(f_service_name)


def encode_service_request(obj: ServiceRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_name(obj.service_name, 'ServiceRequest')
        return _S_BI.pack(5, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ServiceRequest', str(exc)) from None


def decode_service_accept(buf: bytes | memoryview) -> ServiceAccept:
    """Decode a complete ServiceAccept message from ``buf``.

    Returns:
        The decoded ServiceAccept; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('ServiceAccept', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 6:
        raise DecodeError('ServiceAccept', 0, 'message number is not 6')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ServiceAccept', pos, 'string runs past the end of the data')
    f_service_name = _name(buf[pos:e2], 'ServiceAccept', pos)
    pos = e2
    if pos != end:
        raise DecodeError('ServiceAccept', pos, 'trailing bytes')
    return ServiceAccept(f_service_name)


def encode_service_accept(obj: ServiceAccept) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_name(obj.service_name, 'ServiceAccept')
        return _S_BI.pack(6, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ServiceAccept', str(exc)) from None


def decode_ext_info(buf: bytes | memoryview) -> ExtInfo:
    """Decode a complete ExtInfo message from ``buf``.

    Returns:
        The decoded ExtInfo; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('ExtInfo', pos, 'truncated')
    mid, count2 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 7:
        raise DecodeError('ExtInfo', 0, 'message number is not 7')
    items1 = []
    if count2 > (end - pos) // 8:
        raise DecodeError('ExtInfo', pos, 'element count exceeds the data')
    for _ in range(count2):
        item3, pos = _d_ExtInfoEntry(buf, pos, end)
        items1.append(item3)
    f_extensions = tuple(items1)
    if pos != end:
        raise DecodeError('ExtInfo', pos, 'trailing bytes')
    return ExtInfo(f_extensions)


def encode_ext_info(obj: ExtInfo) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.extensions
        parts.append(_S_BI.pack(7, len(lst1)))
        for it2 in lst1:
            _e_ExtInfoEntry(it2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ExtInfo', str(exc)) from None


def decode_kex_init(buf: bytes | memoryview) -> KexInit:
    """Decode a complete KexInit message from ``buf``.

    Returns:
        The decoded KexInit; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 21:
        raise DecodeError('KexInit', pos, 'truncated')
    mid, f_cookie, n1 = _S_B16SI.unpack_from(buf, pos)
    pos += 21
    if mid != 20:
        raise DecodeError('KexInit', 0, 'message number is not 20')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('KexInit', pos, 'string runs past the end of the data')
    f_kex_algorithms = _name_list(buf[pos:e2], 'KexInit', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('KexInit', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('KexInit', pos, 'string runs past the end of the data')
    f_server_host_key_algorithms = _name_list(buf[pos:e4], 'KexInit', pos)
    pos = e4
    if end - pos < 4:
        raise DecodeError('KexInit', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('KexInit', pos, 'string runs past the end of the data')
    f_encryption_algorithms_client_to_server = _name_list(buf[pos:e6], 'KexInit', pos)
    pos = e6
    if end - pos < 4:
        raise DecodeError('KexInit', pos, 'truncated')
    (n7,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e8 = pos + n7
    if e8 > end:
        raise DecodeError('KexInit', pos, 'string runs past the end of the data')
    f_encryption_algorithms_server_to_client = _name_list(buf[pos:e8], 'KexInit', pos)
    pos = e8
    if end - pos < 4:
        raise DecodeError('KexInit', pos, 'truncated')
    (n9,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e10 = pos + n9
    if e10 > end:
        raise DecodeError('KexInit', pos, 'string runs past the end of the data')
    f_mac_algorithms_client_to_server = _name_list(buf[pos:e10], 'KexInit', pos)
    pos = e10
    if end - pos < 4:
        raise DecodeError('KexInit', pos, 'truncated')
    (n11,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e12 = pos + n11
    if e12 > end:
        raise DecodeError('KexInit', pos, 'string runs past the end of the data')
    f_mac_algorithms_server_to_client = _name_list(buf[pos:e12], 'KexInit', pos)
    pos = e12
    if end - pos < 4:
        raise DecodeError('KexInit', pos, 'truncated')
    (n13,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e14 = pos + n13
    if e14 > end:
        raise DecodeError('KexInit', pos, 'string runs past the end of the data')
    f_compression_algorithms_client_to_server = _name_list(buf[pos:e14], 'KexInit', pos)
    pos = e14
    if end - pos < 4:
        raise DecodeError('KexInit', pos, 'truncated')
    (n15,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e16 = pos + n15
    if e16 > end:
        raise DecodeError('KexInit', pos, 'string runs past the end of the data')
    f_compression_algorithms_server_to_client = _name_list(buf[pos:e16], 'KexInit', pos)
    pos = e16
    if end - pos < 4:
        raise DecodeError('KexInit', pos, 'truncated')
    (n17,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e18 = pos + n17
    if e18 > end:
        raise DecodeError('KexInit', pos, 'string runs past the end of the data')
    f_languages_client_to_server = _name_list(buf[pos:e18], 'KexInit', pos)
    pos = e18
    if end - pos < 4:
        raise DecodeError('KexInit', pos, 'truncated')
    (n19,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e20 = pos + n19
    if e20 > end:
        raise DecodeError('KexInit', pos, 'string runs past the end of the data')
    f_languages_server_to_client = _name_list(buf[pos:e20], 'KexInit', pos)
    pos = e20
    if end - pos < 5:
        raise DecodeError('KexInit', pos, 'truncated')
    f_first_kex_packet_follows, f_reserved = _S_TI.unpack_from(buf, pos)
    pos += 5
    if pos != end:
        raise DecodeError('KexInit', pos, 'trailing bytes')
    return KexInit(f_cookie, f_kex_algorithms, f_server_host_key_algorithms, f_encryption_algorithms_client_to_server, f_encryption_algorithms_server_to_client, f_mac_algorithms_client_to_server, f_mac_algorithms_server_to_client, f_compression_algorithms_client_to_server, f_compression_algorithms_server_to_client, f_languages_client_to_server, f_languages_server_to_client, f_first_kex_packet_follows, f_reserved)


def encode_kex_init(obj: KexInit) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.cookie
        if len(v1) != 16:
            raise EncodeError('KexInit', 'cookie must be 16 bytes')
        v2 = _enc_name_list(obj.kex_algorithms, 'KexInit')
        v3 = _enc_name_list(obj.server_host_key_algorithms, 'KexInit')
        v4 = _enc_name_list(obj.encryption_algorithms_client_to_server, 'KexInit')
        v5 = _enc_name_list(obj.encryption_algorithms_server_to_client, 'KexInit')
        v6 = _enc_name_list(obj.mac_algorithms_client_to_server, 'KexInit')
        v7 = _enc_name_list(obj.mac_algorithms_server_to_client, 'KexInit')
        v8 = _enc_name_list(obj.compression_algorithms_client_to_server, 'KexInit')
        v9 = _enc_name_list(obj.compression_algorithms_server_to_client, 'KexInit')
        v10 = _enc_name_list(obj.languages_client_to_server, 'KexInit')
        v11 = _enc_name_list(obj.languages_server_to_client, 'KexInit')
        return _S_B.pack(20) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(len(v3)) + v3 + _S_I.pack(len(v4)) + v4 + _S_I.pack(len(v5)) + v5 + _S_I.pack(len(v6)) + v6 + _S_I.pack(len(v7)) + v7 + _S_I.pack(len(v8)) + v8 + _S_I.pack(len(v9)) + v9 + _S_I.pack(len(v10)) + v10 + _S_I.pack(len(v11)) + v11 + _S_TI.pack(obj.first_kex_packet_follows, obj.reserved)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('KexInit', str(exc)) from None


def decode_new_keys(buf: bytes | memoryview) -> NewKeys:
    """Decode a complete NewKeys message from ``buf``.

    Returns:
        The decoded NewKeys; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 1:
        raise DecodeError('NewKeys', pos, 'truncated')
    (mid,) = _S_B.unpack_from(buf, pos)
    pos += 1
    if mid != 21:
        raise DecodeError('NewKeys', 0, 'message number is not 21')
    if pos != end:
        raise DecodeError('NewKeys', pos, 'trailing bytes')
    return NewKeys()


def encode_new_keys(obj: NewKeys) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_B.pack(21)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('NewKeys', str(exc)) from None


def decode_ping(buf: bytes | memoryview) -> Ping:
    """Decode a complete Ping message from ``buf``.

    Returns:
        The decoded Ping; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('Ping', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 192:
        raise DecodeError('Ping', 0, 'message number is not 192')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Ping', pos, 'string runs past the end of the data')
    f_data = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('Ping', pos, 'trailing bytes')
    return Ping(f_data)


def encode_ping(obj: Ping) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.data
        return _S_BI.pack(192, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('Ping', str(exc)) from None


def decode_pong(buf: bytes | memoryview) -> Pong:
    """Decode a complete Pong message from ``buf``.

    Returns:
        The decoded Pong; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('Pong', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 193:
        raise DecodeError('Pong', 0, 'message number is not 193')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('Pong', pos, 'string runs past the end of the data')
    f_data = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('Pong', pos, 'trailing bytes')
    return Pong(f_data)


def encode_pong(obj: Pong) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.data
        return _S_BI.pack(193, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('Pong', str(exc)) from None


_SWD_ExtInfoEntry_value: dict[str, _Decoder] = {
    'server-sig-algs': _d_ServerSigAlgs,
    'delay-compression': _d_DelayCompression,
    'no-flow-control': _d_NoFlowControl,
    'elevation': _d_Elevation,
    'publickey-hostbound@openssh.com': _d_ExtVersion,
    'ping@openssh.com': _d_ExtVersion,
}

_SWE_ExtInfoEntry_value: dict[str, tuple[type | None, _Encoder]] = {
    'server-sig-algs': (ServerSigAlgs, _e_ServerSigAlgs),
    'delay-compression': (DelayCompression, _e_DelayCompression),
    'no-flow-control': (NoFlowControl, _e_NoFlowControl),
    'elevation': (Elevation, _e_Elevation),
    'publickey-hostbound@openssh.com': (ExtVersion, _e_ExtVersion),
    'ping@openssh.com': (ExtVersion, _e_ExtVersion),
}
