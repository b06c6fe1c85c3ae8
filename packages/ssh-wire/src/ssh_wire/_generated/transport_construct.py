# GENERATED from specs/transport.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH transport layer generic messages: RFC 4253 §11-12, RFC 8308 EXT_INFO, OpenSSH PING/PONG

Construct reference codec: the declarative reading of the spec, for cross-checks and dumps.
"""

from __future__ import annotations

from typing import Any

from construct import (
    Bytes,
    Const,
    Flag,
    Int32ub,
    Prefixed,
    PrefixedArray,
    Struct,
    Switch,
    this,
)

from .._construct_types import (
    Exact,
    SSHName,
    SSHNameList,
    SSHString,
    SSHUtf8,
)
from .transport import (
    Debug,
    DelayCompression,
    DelayCompressionLists,
    Disconnect,
    Elevation,
    ExtInfo,
    ExtInfoEntry,
    ExtVersion,
    Ignore,
    KexInit,
    NewKeys,
    NoFlowControl,
    Ping,
    Pong,
    ServerSigAlgs,
    ServiceAccept,
    ServiceRequest,
    Unimplemented,
)

C_ServerSigAlgs = Struct(
    "algorithms" / SSHNameList,
)


def to_ServerSigAlgs(c: Any) -> ServerSigAlgs:
    return ServerSigAlgs(tuple(c.algorithms))


def from_ServerSigAlgs(o: ServerSigAlgs) -> dict[str, Any]:
    return {
        'algorithms': list(o.algorithms),
    }


C_DelayCompressionLists = Struct(
    "compression_client_to_server" / SSHNameList,
    "compression_server_to_client" / SSHNameList,
)


def to_DelayCompressionLists(c: Any) -> DelayCompressionLists:
    return DelayCompressionLists(tuple(c.compression_client_to_server), tuple(c.compression_server_to_client))


def from_DelayCompressionLists(o: DelayCompressionLists) -> dict[str, Any]:
    return {
        'compression_client_to_server': list(o.compression_client_to_server),
        'compression_server_to_client': list(o.compression_server_to_client),
    }


C_DelayCompression = Struct(
    "value" / Prefixed(Int32ub, Exact(C_DelayCompressionLists)),
)


def to_DelayCompression(c: Any) -> DelayCompression:
    return DelayCompression(to_DelayCompressionLists(c.value))


def from_DelayCompression(o: DelayCompression) -> dict[str, Any]:
    return {
        'value': from_DelayCompressionLists(o.value),
    }


C_NoFlowControl = Struct(
    "choice" / SSHUtf8,
)


def to_NoFlowControl(c: Any) -> NoFlowControl:
    return NoFlowControl(c.choice)


def from_NoFlowControl(o: NoFlowControl) -> dict[str, Any]:
    return {
        'choice': o.choice,
    }


C_Elevation = Struct(
    "choice" / SSHUtf8,
)


def to_Elevation(c: Any) -> Elevation:
    return Elevation(c.choice)


def from_Elevation(o: Elevation) -> dict[str, Any]:
    return {
        'choice': o.choice,
    }


C_ExtVersion = Struct(
    "version" / SSHUtf8,
)


def to_ExtVersion(c: Any) -> ExtVersion:
    return ExtVersion(c.version)


def from_ExtVersion(o: ExtVersion) -> dict[str, Any]:
    return {
        'version': o.version,
    }


C_ExtInfoEntry = Struct(
    "extension_name" / SSHName,
    "value" / Switch(this.extension_name, {'server-sig-algs': C_ServerSigAlgs, 'delay-compression': C_DelayCompression, 'no-flow-control': C_NoFlowControl, 'elevation': C_Elevation, 'publickey-hostbound@openssh.com': C_ExtVersion, 'ping@openssh.com': C_ExtVersion}, default=SSHString),
)


def to_ExtInfoEntry(c: Any) -> ExtInfoEntry:
    return ExtInfoEntry(c.extension_name, _to_sw_ExtInfoEntry_value(c.extension_name, c.value))


def from_ExtInfoEntry(o: ExtInfoEntry) -> dict[str, Any]:
    return {
        'extension_name': o.extension_name,
        'value': _from_sw_ExtInfoEntry_value(o.extension_name, o.value),
    }


def _to_sw_ExtInfoEntry_value(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'server-sig-algs': to_ServerSigAlgs, 'delay-compression': to_DelayCompression, 'no-flow-control': to_NoFlowControl, 'elevation': to_Elevation, 'publickey-hostbound@openssh.com': to_ExtVersion, 'ping@openssh.com': to_ExtVersion}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


def _from_sw_ExtInfoEntry_value(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'server-sig-algs': from_ServerSigAlgs, 'delay-compression': from_DelayCompression, 'no-flow-control': from_NoFlowControl, 'elevation': from_Elevation, 'publickey-hostbound@openssh.com': from_ExtVersion, 'ping@openssh.com': from_ExtVersion}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


C_Disconnect = Struct(
    "_mid" / Const(b'\x01'),
    "reason_code" / Int32ub,
    "description" / SSHUtf8,
    "language_tag" / SSHString,
)


def to_Disconnect(c: Any) -> Disconnect:
    return Disconnect(c.reason_code, c.description, c.language_tag)


def from_Disconnect(o: Disconnect) -> dict[str, Any]:
    return {
        'reason_code': o.reason_code,
        'description': o.description,
        'language_tag': bytes(o.language_tag),
    }


C_Ignore = Struct(
    "_mid" / Const(b'\x02'),
    "data" / SSHString,
)


def to_Ignore(c: Any) -> Ignore:
    return Ignore(c.data)


def from_Ignore(o: Ignore) -> dict[str, Any]:
    return {
        'data': bytes(o.data),
    }


C_Unimplemented = Struct(
    "_mid" / Const(b'\x03'),
    "sequence_number" / Int32ub,
)


def to_Unimplemented(c: Any) -> Unimplemented:
    return Unimplemented(c.sequence_number)


def from_Unimplemented(o: Unimplemented) -> dict[str, Any]:
    return {
        'sequence_number': o.sequence_number,
    }


C_Debug = Struct(
    "_mid" / Const(b'\x04'),
    "always_display" / Flag,
    "message" / SSHUtf8,
    "language_tag" / SSHString,
)


def to_Debug(c: Any) -> Debug:
    return Debug(c.always_display, c.message, c.language_tag)


def from_Debug(o: Debug) -> dict[str, Any]:
    return {
        'always_display': o.always_display,
        'message': o.message,
        'language_tag': bytes(o.language_tag),
    }


C_ServiceRequest = Struct(
    "_mid" / Const(b'\x05'),
    "service_name" / SSHName,
)


def to_ServiceRequest(c: Any) -> ServiceRequest:
    return ServiceRequest(c.service_name)


def from_ServiceRequest(o: ServiceRequest) -> dict[str, Any]:
    return {
        'service_name': o.service_name,
    }


C_ServiceAccept = Struct(
    "_mid" / Const(b'\x06'),
    "service_name" / SSHName,
)


def to_ServiceAccept(c: Any) -> ServiceAccept:
    return ServiceAccept(c.service_name)


def from_ServiceAccept(o: ServiceAccept) -> dict[str, Any]:
    return {
        'service_name': o.service_name,
    }


C_ExtInfo = Struct(
    "_mid" / Const(b'\x07'),
    "extensions" / PrefixedArray(Int32ub, C_ExtInfoEntry),
)


def to_ExtInfo(c: Any) -> ExtInfo:
    return ExtInfo(tuple(to_ExtInfoEntry(e) for e in c.extensions))


def from_ExtInfo(o: ExtInfo) -> dict[str, Any]:
    return {
        'extensions': [from_ExtInfoEntry(e) for e in o.extensions],
    }


C_KexInit = Struct(
    "_mid" / Const(b'\x14'),
    "cookie" / Bytes(16),
    "kex_algorithms" / SSHNameList,
    "server_host_key_algorithms" / SSHNameList,
    "encryption_algorithms_client_to_server" / SSHNameList,
    "encryption_algorithms_server_to_client" / SSHNameList,
    "mac_algorithms_client_to_server" / SSHNameList,
    "mac_algorithms_server_to_client" / SSHNameList,
    "compression_algorithms_client_to_server" / SSHNameList,
    "compression_algorithms_server_to_client" / SSHNameList,
    "languages_client_to_server" / SSHNameList,
    "languages_server_to_client" / SSHNameList,
    "first_kex_packet_follows" / Flag,
    "reserved" / Int32ub,
)


def to_KexInit(c: Any) -> KexInit:
    return KexInit(c.cookie, tuple(c.kex_algorithms), tuple(c.server_host_key_algorithms), tuple(c.encryption_algorithms_client_to_server), tuple(c.encryption_algorithms_server_to_client), tuple(c.mac_algorithms_client_to_server), tuple(c.mac_algorithms_server_to_client), tuple(c.compression_algorithms_client_to_server), tuple(c.compression_algorithms_server_to_client), tuple(c.languages_client_to_server), tuple(c.languages_server_to_client), c.first_kex_packet_follows, c.reserved)


def from_KexInit(o: KexInit) -> dict[str, Any]:
    return {
        'cookie': bytes(o.cookie),
        'kex_algorithms': list(o.kex_algorithms),
        'server_host_key_algorithms': list(o.server_host_key_algorithms),
        'encryption_algorithms_client_to_server': list(o.encryption_algorithms_client_to_server),
        'encryption_algorithms_server_to_client': list(o.encryption_algorithms_server_to_client),
        'mac_algorithms_client_to_server': list(o.mac_algorithms_client_to_server),
        'mac_algorithms_server_to_client': list(o.mac_algorithms_server_to_client),
        'compression_algorithms_client_to_server': list(o.compression_algorithms_client_to_server),
        'compression_algorithms_server_to_client': list(o.compression_algorithms_server_to_client),
        'languages_client_to_server': list(o.languages_client_to_server),
        'languages_server_to_client': list(o.languages_server_to_client),
        'first_kex_packet_follows': o.first_kex_packet_follows,
        'reserved': o.reserved,
    }


C_NewKeys = Struct(
    "_mid" / Const(b'\x15'),
)


def to_NewKeys(c: Any) -> NewKeys:
    return NewKeys()


def from_NewKeys(o: NewKeys) -> dict[str, Any]:
    return {
    }


C_Ping = Struct(
    "_mid" / Const(b'\xc0'),
    "data" / SSHString,
)


def to_Ping(c: Any) -> Ping:
    return Ping(c.data)


def from_Ping(o: Ping) -> dict[str, Any]:
    return {
        'data': bytes(o.data),
    }


C_Pong = Struct(
    "_mid" / Const(b'\xc1'),
    "data" / SSHString,
)


def to_Pong(c: Any) -> Pong:
    return Pong(c.data)


def from_Pong(o: Pong) -> dict[str, Any]:
    return {
        'data': bytes(o.data),
    }

TABLE: dict[type, tuple[Any, Any, Any]] = {
    ExtInfoEntry: (C_ExtInfoEntry, to_ExtInfoEntry, from_ExtInfoEntry),
    ServerSigAlgs: (C_ServerSigAlgs, to_ServerSigAlgs, from_ServerSigAlgs),
    DelayCompression: (C_DelayCompression, to_DelayCompression, from_DelayCompression),
    DelayCompressionLists: (C_DelayCompressionLists, to_DelayCompressionLists, from_DelayCompressionLists),
    NoFlowControl: (C_NoFlowControl, to_NoFlowControl, from_NoFlowControl),
    Elevation: (C_Elevation, to_Elevation, from_Elevation),
    ExtVersion: (C_ExtVersion, to_ExtVersion, from_ExtVersion),
    Disconnect: (C_Disconnect, to_Disconnect, from_Disconnect),
    Ignore: (C_Ignore, to_Ignore, from_Ignore),
    Unimplemented: (C_Unimplemented, to_Unimplemented, from_Unimplemented),
    Debug: (C_Debug, to_Debug, from_Debug),
    ServiceRequest: (C_ServiceRequest, to_ServiceRequest, from_ServiceRequest),
    ServiceAccept: (C_ServiceAccept, to_ServiceAccept, from_ServiceAccept),
    ExtInfo: (C_ExtInfo, to_ExtInfo, from_ExtInfo),
    KexInit: (C_KexInit, to_KexInit, from_KexInit),
    NewKeys: (C_NewKeys, to_NewKeys, from_NewKeys),
    Ping: (C_Ping, to_Ping, from_Ping),
    Pong: (C_Pong, to_Pong, from_Pong),
}
