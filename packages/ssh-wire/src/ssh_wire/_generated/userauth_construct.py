# GENERATED from specs/userauth.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH user authentication: RFC 4252, RFC 4256 keyboard-interactive, OpenSSH PROTOCOL publickey-hostbound

Construct reference codec: the declarative reading of the spec, for cross-checks and dumps.
"""

from __future__ import annotations

from typing import Any

from construct import (
    Const,
    Flag,
    GreedyBytes,
    If,
    Int32ub,
    Pass,
    PrefixedArray,
    Struct,
    Switch,
    this,
)

from .._construct_types import (
    SSHName,
    SSHNameList,
    SSHString,
    SSHUtf8,
)
from .userauth import (
    HostbasedSignedData,
    HostboundSignedData,
    PublickeySignedData,
    UserauthBanner,
    UserauthFailure,
    UserauthHostbasedRequest,
    UserauthHostboundRequest,
    UserauthInfoRequest,
    UserauthInfoResponse,
    UserauthKbdintRequest,
    UserauthPasswdChangereq,
    UserauthPasswordRequest,
    UserauthPkOk,
    UserauthPrompt,
    UserauthPublickeyRequest,
    UserauthRequest,
    UserauthSuccess,
)

C_UserauthPasswordRequest = Struct(
    "change" / Flag,
    "password" / SSHUtf8,
    "new_password" / If(this.change, SSHUtf8),
)


def to_UserauthPasswordRequest(c: Any) -> UserauthPasswordRequest:
    return UserauthPasswordRequest(c.change, c.password, c.new_password)


def from_UserauthPasswordRequest(o: UserauthPasswordRequest) -> dict[str, Any]:
    return {
        'change': o.change,
        'password': o.password,
        'new_password': o.new_password,
    }


C_UserauthPublickeyRequest = Struct(
    "has_signature" / Flag,
    "algorithm" / SSHName,
    "public_key" / SSHString,
    "signature" / If(this.has_signature, SSHString),
)


def to_UserauthPublickeyRequest(c: Any) -> UserauthPublickeyRequest:
    return UserauthPublickeyRequest(c.has_signature, c.algorithm, c.public_key, c.signature)


def from_UserauthPublickeyRequest(o: UserauthPublickeyRequest) -> dict[str, Any]:
    return {
        'has_signature': o.has_signature,
        'algorithm': o.algorithm,
        'public_key': bytes(o.public_key),
        'signature': None if o.signature is None else bytes(o.signature),
    }


C_UserauthHostboundRequest = Struct(
    "has_signature" / Flag,
    "algorithm" / SSHName,
    "public_key" / SSHString,
    "server_host_key" / SSHString,
    "signature" / If(this.has_signature, SSHString),
)


def to_UserauthHostboundRequest(c: Any) -> UserauthHostboundRequest:
    return UserauthHostboundRequest(c.has_signature, c.algorithm, c.public_key, c.server_host_key, c.signature)


def from_UserauthHostboundRequest(o: UserauthHostboundRequest) -> dict[str, Any]:
    return {
        'has_signature': o.has_signature,
        'algorithm': o.algorithm,
        'public_key': bytes(o.public_key),
        'server_host_key': bytes(o.server_host_key),
        'signature': None if o.signature is None else bytes(o.signature),
    }


C_UserauthHostbasedRequest = Struct(
    "algorithm" / SSHName,
    "public_key" / SSHString,
    "client_host_name" / SSHUtf8,
    "client_user_name" / SSHUtf8,
    "signature" / SSHString,
)


def to_UserauthHostbasedRequest(c: Any) -> UserauthHostbasedRequest:
    return UserauthHostbasedRequest(c.algorithm, c.public_key, c.client_host_name, c.client_user_name, c.signature)


def from_UserauthHostbasedRequest(o: UserauthHostbasedRequest) -> dict[str, Any]:
    return {
        'algorithm': o.algorithm,
        'public_key': bytes(o.public_key),
        'client_host_name': o.client_host_name,
        'client_user_name': o.client_user_name,
        'signature': bytes(o.signature),
    }


C_UserauthKbdintRequest = Struct(
    "language_tag" / SSHString,
    "submethods" / SSHUtf8,
)


def to_UserauthKbdintRequest(c: Any) -> UserauthKbdintRequest:
    return UserauthKbdintRequest(c.language_tag, c.submethods)


def from_UserauthKbdintRequest(o: UserauthKbdintRequest) -> dict[str, Any]:
    return {
        'language_tag': bytes(o.language_tag),
        'submethods': o.submethods,
    }


C_UserauthPrompt = Struct(
    "prompt" / SSHUtf8,
    "echo" / Flag,
)


def to_UserauthPrompt(c: Any) -> UserauthPrompt:
    return UserauthPrompt(c.prompt, c.echo)


def from_UserauthPrompt(o: UserauthPrompt) -> dict[str, Any]:
    return {
        'prompt': o.prompt,
        'echo': o.echo,
    }


C_PublickeySignedData = Struct(
    "session_identifier" / SSHString,
    "message_number" / Const(b'2'),
    "user_name" / SSHUtf8,
    "service_name" / SSHName,
    "method_name" / Const(b'\x00\x00\x00\tpublickey'),
    "has_signature" / Const(b'\x01'),
    "algorithm" / SSHName,
    "public_key" / SSHString,
)


def to_PublickeySignedData(c: Any) -> PublickeySignedData:
    return PublickeySignedData(c.session_identifier, c.user_name, c.service_name, c.algorithm, c.public_key)


def from_PublickeySignedData(o: PublickeySignedData) -> dict[str, Any]:
    return {
        'session_identifier': bytes(o.session_identifier),
        'user_name': o.user_name,
        'service_name': o.service_name,
        'algorithm': o.algorithm,
        'public_key': bytes(o.public_key),
    }


C_HostboundSignedData = Struct(
    "session_identifier" / SSHString,
    "message_number" / Const(b'2'),
    "user_name" / SSHUtf8,
    "service_name" / SSHName,
    "method_name" / Const(b'\x00\x00\x00#publickey-hostbound-v00@openssh.com'),
    "has_signature" / Const(b'\x01'),
    "algorithm" / SSHName,
    "public_key" / SSHString,
    "server_host_key" / SSHString,
)


def to_HostboundSignedData(c: Any) -> HostboundSignedData:
    return HostboundSignedData(c.session_identifier, c.user_name, c.service_name, c.algorithm, c.public_key, c.server_host_key)


def from_HostboundSignedData(o: HostboundSignedData) -> dict[str, Any]:
    return {
        'session_identifier': bytes(o.session_identifier),
        'user_name': o.user_name,
        'service_name': o.service_name,
        'algorithm': o.algorithm,
        'public_key': bytes(o.public_key),
        'server_host_key': bytes(o.server_host_key),
    }


C_HostbasedSignedData = Struct(
    "session_identifier" / SSHString,
    "message_number" / Const(b'2'),
    "user_name" / SSHUtf8,
    "service_name" / SSHName,
    "method_name" / Const(b'\x00\x00\x00\thostbased'),
    "algorithm" / SSHName,
    "public_key" / SSHString,
    "client_host_name" / SSHUtf8,
    "client_user_name" / SSHUtf8,
)


def to_HostbasedSignedData(c: Any) -> HostbasedSignedData:
    return HostbasedSignedData(c.session_identifier, c.user_name, c.service_name, c.algorithm, c.public_key, c.client_host_name, c.client_user_name)


def from_HostbasedSignedData(o: HostbasedSignedData) -> dict[str, Any]:
    return {
        'session_identifier': bytes(o.session_identifier),
        'user_name': o.user_name,
        'service_name': o.service_name,
        'algorithm': o.algorithm,
        'public_key': bytes(o.public_key),
        'client_host_name': o.client_host_name,
        'client_user_name': o.client_user_name,
    }


C_UserauthRequest = Struct(
    "_mid" / Const(b'2'),
    "user_name" / SSHUtf8,
    "service_name" / SSHName,
    "method_name" / SSHName,
    "method" / Switch(this.method_name, {'none': Pass, 'password': C_UserauthPasswordRequest, 'publickey': C_UserauthPublickeyRequest, 'publickey-hostbound-v00@openssh.com': C_UserauthHostboundRequest, 'hostbased': C_UserauthHostbasedRequest, 'keyboard-interactive': C_UserauthKbdintRequest}, default=GreedyBytes),
)


def to_UserauthRequest(c: Any) -> UserauthRequest:
    return UserauthRequest(c.user_name, c.service_name, c.method_name, _to_sw_UserauthRequest_method(c.method_name, c.method))


def from_UserauthRequest(o: UserauthRequest) -> dict[str, Any]:
    return {
        'user_name': o.user_name,
        'service_name': o.service_name,
        'method_name': o.method_name,
        'method': _from_sw_UserauthRequest_method(o.method_name, o.method),
    }


def _to_sw_UserauthRequest_method(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'none': None, 'password': to_UserauthPasswordRequest, 'publickey': to_UserauthPublickeyRequest, 'publickey-hostbound-v00@openssh.com': to_UserauthHostboundRequest, 'hostbased': to_UserauthHostbasedRequest, 'keyboard-interactive': to_UserauthKbdintRequest}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


def _from_sw_UserauthRequest_method(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'none': None, 'password': from_UserauthPasswordRequest, 'publickey': from_UserauthPublickeyRequest, 'publickey-hostbound-v00@openssh.com': from_UserauthHostboundRequest, 'hostbased': from_UserauthHostbasedRequest, 'keyboard-interactive': from_UserauthKbdintRequest}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


C_UserauthFailure = Struct(
    "_mid" / Const(b'3'),
    "methods_that_can_continue" / SSHNameList,
    "partial_success" / Flag,
)


def to_UserauthFailure(c: Any) -> UserauthFailure:
    return UserauthFailure(tuple(c.methods_that_can_continue), c.partial_success)


def from_UserauthFailure(o: UserauthFailure) -> dict[str, Any]:
    return {
        'methods_that_can_continue': list(o.methods_that_can_continue),
        'partial_success': o.partial_success,
    }


C_UserauthSuccess = Struct(
    "_mid" / Const(b'4'),
)


def to_UserauthSuccess(c: Any) -> UserauthSuccess:
    return UserauthSuccess()


def from_UserauthSuccess(o: UserauthSuccess) -> dict[str, Any]:
    return {
    }


C_UserauthBanner = Struct(
    "_mid" / Const(b'5'),
    "message" / SSHUtf8,
    "language_tag" / SSHString,
)


def to_UserauthBanner(c: Any) -> UserauthBanner:
    return UserauthBanner(c.message, c.language_tag)


def from_UserauthBanner(o: UserauthBanner) -> dict[str, Any]:
    return {
        'message': o.message,
        'language_tag': bytes(o.language_tag),
    }


C_UserauthPkOk = Struct(
    "_mid" / Const(b'<'),
    "algorithm" / SSHName,
    "public_key" / SSHString,
)


def to_UserauthPkOk(c: Any) -> UserauthPkOk:
    return UserauthPkOk(c.algorithm, c.public_key)


def from_UserauthPkOk(o: UserauthPkOk) -> dict[str, Any]:
    return {
        'algorithm': o.algorithm,
        'public_key': bytes(o.public_key),
    }


C_UserauthPasswdChangereq = Struct(
    "_mid" / Const(b'<'),
    "prompt" / SSHUtf8,
    "language_tag" / SSHString,
)


def to_UserauthPasswdChangereq(c: Any) -> UserauthPasswdChangereq:
    return UserauthPasswdChangereq(c.prompt, c.language_tag)


def from_UserauthPasswdChangereq(o: UserauthPasswdChangereq) -> dict[str, Any]:
    return {
        'prompt': o.prompt,
        'language_tag': bytes(o.language_tag),
    }


C_UserauthInfoRequest = Struct(
    "_mid" / Const(b'<'),
    "name" / SSHUtf8,
    "instruction" / SSHUtf8,
    "language_tag" / SSHString,
    "prompts" / PrefixedArray(Int32ub, C_UserauthPrompt),
)


def to_UserauthInfoRequest(c: Any) -> UserauthInfoRequest:
    return UserauthInfoRequest(c.name, c.instruction, c.language_tag, tuple(to_UserauthPrompt(e) for e in c.prompts))


def from_UserauthInfoRequest(o: UserauthInfoRequest) -> dict[str, Any]:
    return {
        'name': o.name,
        'instruction': o.instruction,
        'language_tag': bytes(o.language_tag),
        'prompts': [from_UserauthPrompt(e) for e in o.prompts],
    }


C_UserauthInfoResponse = Struct(
    "_mid" / Const(b'='),
    "responses" / PrefixedArray(Int32ub, SSHUtf8),
)


def to_UserauthInfoResponse(c: Any) -> UserauthInfoResponse:
    return UserauthInfoResponse(tuple(e for e in c.responses))


def from_UserauthInfoResponse(o: UserauthInfoResponse) -> dict[str, Any]:
    return {
        'responses': [e for e in o.responses],
    }

TABLE: dict[type, tuple[Any, Any, Any]] = {
    UserauthPasswordRequest: (C_UserauthPasswordRequest, to_UserauthPasswordRequest, from_UserauthPasswordRequest),
    UserauthPublickeyRequest: (C_UserauthPublickeyRequest, to_UserauthPublickeyRequest, from_UserauthPublickeyRequest),
    UserauthHostboundRequest: (C_UserauthHostboundRequest, to_UserauthHostboundRequest, from_UserauthHostboundRequest),
    UserauthHostbasedRequest: (C_UserauthHostbasedRequest, to_UserauthHostbasedRequest, from_UserauthHostbasedRequest),
    UserauthKbdintRequest: (C_UserauthKbdintRequest, to_UserauthKbdintRequest, from_UserauthKbdintRequest),
    UserauthPrompt: (C_UserauthPrompt, to_UserauthPrompt, from_UserauthPrompt),
    PublickeySignedData: (C_PublickeySignedData, to_PublickeySignedData, from_PublickeySignedData),
    HostboundSignedData: (C_HostboundSignedData, to_HostboundSignedData, from_HostboundSignedData),
    HostbasedSignedData: (C_HostbasedSignedData, to_HostbasedSignedData, from_HostbasedSignedData),
    UserauthRequest: (C_UserauthRequest, to_UserauthRequest, from_UserauthRequest),
    UserauthFailure: (C_UserauthFailure, to_UserauthFailure, from_UserauthFailure),
    UserauthSuccess: (C_UserauthSuccess, to_UserauthSuccess, from_UserauthSuccess),
    UserauthBanner: (C_UserauthBanner, to_UserauthBanner, from_UserauthBanner),
    UserauthPkOk: (C_UserauthPkOk, to_UserauthPkOk, from_UserauthPkOk),
    UserauthPasswdChangereq: (C_UserauthPasswdChangereq, to_UserauthPasswdChangereq, from_UserauthPasswdChangereq),
    UserauthInfoRequest: (C_UserauthInfoRequest, to_UserauthInfoRequest, from_UserauthInfoRequest),
    UserauthInfoResponse: (C_UserauthInfoResponse, to_UserauthInfoResponse, from_UserauthInfoResponse),
}
