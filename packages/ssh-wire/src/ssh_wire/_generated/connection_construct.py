# GENERATED from specs/connection.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH connection protocol: RFC 4254, RFC 4335 break, RFC 8160 IUTF8, OpenSSH PROTOCOL §2 extensions

Construct reference codec: the declarative reading of the spec, for cross-checks and dumps.
"""

from __future__ import annotations

from typing import Any

from construct import (
    Const,
    Flag,
    GreedyBytes,
    GreedyRange,
    If,
    Int8ub,
    Int32ub,
    Pass,
    Prefixed,
    Struct,
    Switch,
    this,
)

from .._construct_types import (
    Exact,
    SSHName,
    SSHString,
    SSHUtf8,
)
from .connection import (
    BreakRequest,
    CancelStreamlocalForwardRequest,
    CancelTcpipForwardRequest,
    ChannelClose,
    ChannelData,
    ChannelEof,
    ChannelExtendedData,
    ChannelFailure,
    ChannelOpen,
    ChannelOpenConfirmation,
    ChannelOpenFailure,
    ChannelRequest,
    ChannelSuccess,
    ChannelWindowAdjust,
    DirectStreamlocalChannelOpen,
    DirectTcpipChannelOpen,
    EnvRequest,
    ExecRequest,
    ExitSignal,
    ExitStatus,
    ForwardedStreamlocalChannelOpen,
    ForwardedTcpipChannelOpen,
    GlobalRequest,
    HostkeysProveReply,
    HostkeysProveRequest,
    HostkeysRequest,
    PtyReq,
    RequestFailure,
    RequestSuccess,
    SignalRequest,
    StreamlocalForwardRequest,
    SubsystemRequest,
    TcpipForwardReply,
    TcpipForwardRequest,
    TerminalMode,
    TerminalModes,
    TunChannelOpen,
    WindowChange,
    X11ChannelOpen,
    X11Req,
    XonXoff,
)

C_TcpipForwardRequest = Struct(
    "address_to_bind" / SSHUtf8,
    "port_to_bind" / Int32ub,
)


def to_TcpipForwardRequest(c: Any) -> TcpipForwardRequest:
    return TcpipForwardRequest(c.address_to_bind, c.port_to_bind)


def from_TcpipForwardRequest(o: TcpipForwardRequest) -> dict[str, Any]:
    return {
        'address_to_bind': o.address_to_bind,
        'port_to_bind': o.port_to_bind,
    }


C_CancelTcpipForwardRequest = Struct(
    "address_to_bind" / SSHUtf8,
    "port_to_bind" / Int32ub,
)


def to_CancelTcpipForwardRequest(c: Any) -> CancelTcpipForwardRequest:
    return CancelTcpipForwardRequest(c.address_to_bind, c.port_to_bind)


def from_CancelTcpipForwardRequest(o: CancelTcpipForwardRequest) -> dict[str, Any]:
    return {
        'address_to_bind': o.address_to_bind,
        'port_to_bind': o.port_to_bind,
    }


C_StreamlocalForwardRequest = Struct(
    "socket_path" / SSHUtf8,
)


def to_StreamlocalForwardRequest(c: Any) -> StreamlocalForwardRequest:
    return StreamlocalForwardRequest(c.socket_path)


def from_StreamlocalForwardRequest(o: StreamlocalForwardRequest) -> dict[str, Any]:
    return {
        'socket_path': o.socket_path,
    }


C_CancelStreamlocalForwardRequest = Struct(
    "socket_path" / SSHUtf8,
)


def to_CancelStreamlocalForwardRequest(c: Any) -> CancelStreamlocalForwardRequest:
    return CancelStreamlocalForwardRequest(c.socket_path)


def from_CancelStreamlocalForwardRequest(o: CancelStreamlocalForwardRequest) -> dict[str, Any]:
    return {
        'socket_path': o.socket_path,
    }


C_HostkeysRequest = Struct(
    "host_keys" / GreedyRange(SSHString),
)


def to_HostkeysRequest(c: Any) -> HostkeysRequest:
    return HostkeysRequest(tuple(e for e in c.host_keys))


def from_HostkeysRequest(o: HostkeysRequest) -> dict[str, Any]:
    return {
        'host_keys': [bytes(e) for e in o.host_keys],
    }


C_HostkeysProveRequest = Struct(
    "host_keys" / GreedyRange(SSHString),
)


def to_HostkeysProveRequest(c: Any) -> HostkeysProveRequest:
    return HostkeysProveRequest(tuple(e for e in c.host_keys))


def from_HostkeysProveRequest(o: HostkeysProveRequest) -> dict[str, Any]:
    return {
        'host_keys': [bytes(e) for e in o.host_keys],
    }


C_TcpipForwardReply = Struct(
    "bound_port" / Int32ub,
)


def to_TcpipForwardReply(c: Any) -> TcpipForwardReply:
    return TcpipForwardReply(c.bound_port)


def from_TcpipForwardReply(o: TcpipForwardReply) -> dict[str, Any]:
    return {
        'bound_port': o.bound_port,
    }


C_HostkeysProveReply = Struct(
    "signatures" / GreedyRange(SSHString),
)


def to_HostkeysProveReply(c: Any) -> HostkeysProveReply:
    return HostkeysProveReply(tuple(e for e in c.signatures))


def from_HostkeysProveReply(o: HostkeysProveReply) -> dict[str, Any]:
    return {
        'signatures': [bytes(e) for e in o.signatures],
    }


C_X11ChannelOpen = Struct(
    "originator_address" / SSHUtf8,
    "originator_port" / Int32ub,
)


def to_X11ChannelOpen(c: Any) -> X11ChannelOpen:
    return X11ChannelOpen(c.originator_address, c.originator_port)


def from_X11ChannelOpen(o: X11ChannelOpen) -> dict[str, Any]:
    return {
        'originator_address': o.originator_address,
        'originator_port': o.originator_port,
    }


C_ForwardedTcpipChannelOpen = Struct(
    "address_connected" / SSHUtf8,
    "port_connected" / Int32ub,
    "originator_address" / SSHUtf8,
    "originator_port" / Int32ub,
)


def to_ForwardedTcpipChannelOpen(c: Any) -> ForwardedTcpipChannelOpen:
    return ForwardedTcpipChannelOpen(c.address_connected, c.port_connected, c.originator_address, c.originator_port)


def from_ForwardedTcpipChannelOpen(o: ForwardedTcpipChannelOpen) -> dict[str, Any]:
    return {
        'address_connected': o.address_connected,
        'port_connected': o.port_connected,
        'originator_address': o.originator_address,
        'originator_port': o.originator_port,
    }


C_DirectTcpipChannelOpen = Struct(
    "host_to_connect" / SSHUtf8,
    "port_to_connect" / Int32ub,
    "originator_address" / SSHUtf8,
    "originator_port" / Int32ub,
)


def to_DirectTcpipChannelOpen(c: Any) -> DirectTcpipChannelOpen:
    return DirectTcpipChannelOpen(c.host_to_connect, c.port_to_connect, c.originator_address, c.originator_port)


def from_DirectTcpipChannelOpen(o: DirectTcpipChannelOpen) -> dict[str, Any]:
    return {
        'host_to_connect': o.host_to_connect,
        'port_to_connect': o.port_to_connect,
        'originator_address': o.originator_address,
        'originator_port': o.originator_port,
    }


C_DirectStreamlocalChannelOpen = Struct(
    "socket_path" / SSHUtf8,
    "reserved" / SSHString,
    "reserved_port" / Int32ub,
)


def to_DirectStreamlocalChannelOpen(c: Any) -> DirectStreamlocalChannelOpen:
    return DirectStreamlocalChannelOpen(c.socket_path, c.reserved, c.reserved_port)


def from_DirectStreamlocalChannelOpen(o: DirectStreamlocalChannelOpen) -> dict[str, Any]:
    return {
        'socket_path': o.socket_path,
        'reserved': bytes(o.reserved),
        'reserved_port': o.reserved_port,
    }


C_ForwardedStreamlocalChannelOpen = Struct(
    "socket_path" / SSHUtf8,
    "reserved" / SSHString,
)


def to_ForwardedStreamlocalChannelOpen(c: Any) -> ForwardedStreamlocalChannelOpen:
    return ForwardedStreamlocalChannelOpen(c.socket_path, c.reserved)


def from_ForwardedStreamlocalChannelOpen(o: ForwardedStreamlocalChannelOpen) -> dict[str, Any]:
    return {
        'socket_path': o.socket_path,
        'reserved': bytes(o.reserved),
    }


C_TunChannelOpen = Struct(
    "tunnel_mode" / Int32ub,
    "remote_unit" / Int32ub,
)


def to_TunChannelOpen(c: Any) -> TunChannelOpen:
    return TunChannelOpen(c.tunnel_mode, c.remote_unit)


def from_TunChannelOpen(o: TunChannelOpen) -> dict[str, Any]:
    return {
        'tunnel_mode': o.tunnel_mode,
        'remote_unit': o.remote_unit,
    }


C_TerminalMode = Struct(
    "opcode" / Int8ub,
    "argument" / If(this.opcode != 0, Int32ub),
)


def to_TerminalMode(c: Any) -> TerminalMode:
    return TerminalMode(c.opcode, c.argument)


def from_TerminalMode(o: TerminalMode) -> dict[str, Any]:
    return {
        'opcode': o.opcode,
        'argument': o.argument,
    }


C_TerminalModes = Struct(
    "modes" / GreedyRange(C_TerminalMode),
)


def to_TerminalModes(c: Any) -> TerminalModes:
    return TerminalModes(tuple(to_TerminalMode(e) for e in c.modes))


def from_TerminalModes(o: TerminalModes) -> dict[str, Any]:
    return {
        'modes': [from_TerminalMode(e) for e in o.modes],
    }


C_PtyReq = Struct(
    "term" / SSHUtf8,
    "width_chars" / Int32ub,
    "height_rows" / Int32ub,
    "width_pixels" / Int32ub,
    "height_pixels" / Int32ub,
    "modes" / Prefixed(Int32ub, Exact(C_TerminalModes)),
)


def to_PtyReq(c: Any) -> PtyReq:
    return PtyReq(c.term, c.width_chars, c.height_rows, c.width_pixels, c.height_pixels, to_TerminalModes(c.modes))


def from_PtyReq(o: PtyReq) -> dict[str, Any]:
    return {
        'term': o.term,
        'width_chars': o.width_chars,
        'height_rows': o.height_rows,
        'width_pixels': o.width_pixels,
        'height_pixels': o.height_pixels,
        'modes': from_TerminalModes(o.modes),
    }


C_X11Req = Struct(
    "single_connection" / Flag,
    "x11_authentication_protocol" / SSHUtf8,
    "x11_authentication_cookie" / SSHString,
    "x11_screen_number" / Int32ub,
)


def to_X11Req(c: Any) -> X11Req:
    return X11Req(c.single_connection, c.x11_authentication_protocol, c.x11_authentication_cookie, c.x11_screen_number)


def from_X11Req(o: X11Req) -> dict[str, Any]:
    return {
        'single_connection': o.single_connection,
        'x11_authentication_protocol': o.x11_authentication_protocol,
        'x11_authentication_cookie': bytes(o.x11_authentication_cookie),
        'x11_screen_number': o.x11_screen_number,
    }


C_EnvRequest = Struct(
    "variable_name" / SSHString,
    "variable_value" / SSHString,
)


def to_EnvRequest(c: Any) -> EnvRequest:
    return EnvRequest(c.variable_name, c.variable_value)


def from_EnvRequest(o: EnvRequest) -> dict[str, Any]:
    return {
        'variable_name': bytes(o.variable_name),
        'variable_value': bytes(o.variable_value),
    }


C_ExecRequest = Struct(
    "command" / SSHString,
)


def to_ExecRequest(c: Any) -> ExecRequest:
    return ExecRequest(c.command)


def from_ExecRequest(o: ExecRequest) -> dict[str, Any]:
    return {
        'command': bytes(o.command),
    }


C_SubsystemRequest = Struct(
    "subsystem_name" / SSHUtf8,
)


def to_SubsystemRequest(c: Any) -> SubsystemRequest:
    return SubsystemRequest(c.subsystem_name)


def from_SubsystemRequest(o: SubsystemRequest) -> dict[str, Any]:
    return {
        'subsystem_name': o.subsystem_name,
    }


C_WindowChange = Struct(
    "width_chars" / Int32ub,
    "height_rows" / Int32ub,
    "width_pixels" / Int32ub,
    "height_pixels" / Int32ub,
)


def to_WindowChange(c: Any) -> WindowChange:
    return WindowChange(c.width_chars, c.height_rows, c.width_pixels, c.height_pixels)


def from_WindowChange(o: WindowChange) -> dict[str, Any]:
    return {
        'width_chars': o.width_chars,
        'height_rows': o.height_rows,
        'width_pixels': o.width_pixels,
        'height_pixels': o.height_pixels,
    }


C_XonXoff = Struct(
    "client_can_do" / Flag,
)


def to_XonXoff(c: Any) -> XonXoff:
    return XonXoff(c.client_can_do)


def from_XonXoff(o: XonXoff) -> dict[str, Any]:
    return {
        'client_can_do': o.client_can_do,
    }


C_SignalRequest = Struct(
    "signal_name" / SSHName,
)


def to_SignalRequest(c: Any) -> SignalRequest:
    return SignalRequest(c.signal_name)


def from_SignalRequest(o: SignalRequest) -> dict[str, Any]:
    return {
        'signal_name': o.signal_name,
    }


C_ExitStatus = Struct(
    "exit_status" / Int32ub,
)


def to_ExitStatus(c: Any) -> ExitStatus:
    return ExitStatus(c.exit_status)


def from_ExitStatus(o: ExitStatus) -> dict[str, Any]:
    return {
        'exit_status': o.exit_status,
    }


C_ExitSignal = Struct(
    "signal_name" / SSHName,
    "core_dumped" / Flag,
    "error_message" / SSHUtf8,
    "language_tag" / SSHString,
)


def to_ExitSignal(c: Any) -> ExitSignal:
    return ExitSignal(c.signal_name, c.core_dumped, c.error_message, c.language_tag)


def from_ExitSignal(o: ExitSignal) -> dict[str, Any]:
    return {
        'signal_name': o.signal_name,
        'core_dumped': o.core_dumped,
        'error_message': o.error_message,
        'language_tag': bytes(o.language_tag),
    }


C_BreakRequest = Struct(
    "break_length_ms" / Int32ub,
)


def to_BreakRequest(c: Any) -> BreakRequest:
    return BreakRequest(c.break_length_ms)


def from_BreakRequest(o: BreakRequest) -> dict[str, Any]:
    return {
        'break_length_ms': o.break_length_ms,
    }


C_GlobalRequest = Struct(
    "_mid" / Const(b'P'),
    "request_name" / SSHName,
    "want_reply" / Flag,
    "body" / Switch(this.request_name, {'tcpip-forward': C_TcpipForwardRequest, 'cancel-tcpip-forward': C_CancelTcpipForwardRequest, 'streamlocal-forward@openssh.com': C_StreamlocalForwardRequest, 'cancel-streamlocal-forward@openssh.com': C_CancelStreamlocalForwardRequest, 'no-more-sessions@openssh.com': Pass, 'keepalive@openssh.com': Pass, 'hostkeys-00@openssh.com': C_HostkeysRequest, 'hostkeys-prove-00@openssh.com': C_HostkeysProveRequest}, default=GreedyBytes),
)


def to_GlobalRequest(c: Any) -> GlobalRequest:
    return GlobalRequest(c.request_name, c.want_reply, _to_sw_GlobalRequest_body(c.request_name, c.body))


def from_GlobalRequest(o: GlobalRequest) -> dict[str, Any]:
    return {
        'request_name': o.request_name,
        'want_reply': o.want_reply,
        'body': _from_sw_GlobalRequest_body(o.request_name, o.body),
    }


def _to_sw_GlobalRequest_body(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'tcpip-forward': to_TcpipForwardRequest, 'cancel-tcpip-forward': to_CancelTcpipForwardRequest, 'streamlocal-forward@openssh.com': to_StreamlocalForwardRequest, 'cancel-streamlocal-forward@openssh.com': to_CancelStreamlocalForwardRequest, 'no-more-sessions@openssh.com': None, 'keepalive@openssh.com': None, 'hostkeys-00@openssh.com': to_HostkeysRequest, 'hostkeys-prove-00@openssh.com': to_HostkeysProveRequest}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


def _from_sw_GlobalRequest_body(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'tcpip-forward': from_TcpipForwardRequest, 'cancel-tcpip-forward': from_CancelTcpipForwardRequest, 'streamlocal-forward@openssh.com': from_StreamlocalForwardRequest, 'cancel-streamlocal-forward@openssh.com': from_CancelStreamlocalForwardRequest, 'no-more-sessions@openssh.com': None, 'keepalive@openssh.com': None, 'hostkeys-00@openssh.com': from_HostkeysRequest, 'hostkeys-prove-00@openssh.com': from_HostkeysProveRequest}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


C_RequestSuccess = Struct(
    "_mid" / Const(b'Q'),
    "data" / GreedyBytes,
)


def to_RequestSuccess(c: Any) -> RequestSuccess:
    return RequestSuccess(c.data)


def from_RequestSuccess(o: RequestSuccess) -> dict[str, Any]:
    return {
        'data': bytes(o.data),
    }


C_RequestFailure = Struct(
    "_mid" / Const(b'R'),
)


def to_RequestFailure(c: Any) -> RequestFailure:
    return RequestFailure()


def from_RequestFailure(o: RequestFailure) -> dict[str, Any]:
    return {
    }


C_ChannelOpen = Struct(
    "_mid" / Const(b'Z'),
    "channel_type" / SSHName,
    "sender_channel" / Int32ub,
    "initial_window_size" / Int32ub,
    "maximum_packet_size" / Int32ub,
    "body" / Switch(this.channel_type, {'session': Pass, 'x11': C_X11ChannelOpen, 'forwarded-tcpip': C_ForwardedTcpipChannelOpen, 'direct-tcpip': C_DirectTcpipChannelOpen, 'direct-streamlocal@openssh.com': C_DirectStreamlocalChannelOpen, 'forwarded-streamlocal@openssh.com': C_ForwardedStreamlocalChannelOpen, 'tun@openssh.com': C_TunChannelOpen, 'auth-agent@openssh.com': Pass}, default=GreedyBytes),
)


def to_ChannelOpen(c: Any) -> ChannelOpen:
    return ChannelOpen(c.channel_type, c.sender_channel, c.initial_window_size, c.maximum_packet_size, _to_sw_ChannelOpen_body(c.channel_type, c.body))


def from_ChannelOpen(o: ChannelOpen) -> dict[str, Any]:
    return {
        'channel_type': o.channel_type,
        'sender_channel': o.sender_channel,
        'initial_window_size': o.initial_window_size,
        'maximum_packet_size': o.maximum_packet_size,
        'body': _from_sw_ChannelOpen_body(o.channel_type, o.body),
    }


def _to_sw_ChannelOpen_body(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'session': None, 'x11': to_X11ChannelOpen, 'forwarded-tcpip': to_ForwardedTcpipChannelOpen, 'direct-tcpip': to_DirectTcpipChannelOpen, 'direct-streamlocal@openssh.com': to_DirectStreamlocalChannelOpen, 'forwarded-streamlocal@openssh.com': to_ForwardedStreamlocalChannelOpen, 'tun@openssh.com': to_TunChannelOpen, 'auth-agent@openssh.com': None}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


def _from_sw_ChannelOpen_body(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'session': None, 'x11': from_X11ChannelOpen, 'forwarded-tcpip': from_ForwardedTcpipChannelOpen, 'direct-tcpip': from_DirectTcpipChannelOpen, 'direct-streamlocal@openssh.com': from_DirectStreamlocalChannelOpen, 'forwarded-streamlocal@openssh.com': from_ForwardedStreamlocalChannelOpen, 'tun@openssh.com': from_TunChannelOpen, 'auth-agent@openssh.com': None}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


C_ChannelOpenConfirmation = Struct(
    "_mid" / Const(b'['),
    "recipient_channel" / Int32ub,
    "sender_channel" / Int32ub,
    "initial_window_size" / Int32ub,
    "maximum_packet_size" / Int32ub,
    "channel_specific_data" / GreedyBytes,
)


def to_ChannelOpenConfirmation(c: Any) -> ChannelOpenConfirmation:
    return ChannelOpenConfirmation(c.recipient_channel, c.sender_channel, c.initial_window_size, c.maximum_packet_size, c.channel_specific_data)


def from_ChannelOpenConfirmation(o: ChannelOpenConfirmation) -> dict[str, Any]:
    return {
        'recipient_channel': o.recipient_channel,
        'sender_channel': o.sender_channel,
        'initial_window_size': o.initial_window_size,
        'maximum_packet_size': o.maximum_packet_size,
        'channel_specific_data': bytes(o.channel_specific_data),
    }


C_ChannelOpenFailure = Struct(
    "_mid" / Const(b'\\'),
    "recipient_channel" / Int32ub,
    "reason_code" / Int32ub,
    "description" / SSHUtf8,
    "language_tag" / SSHString,
)


def to_ChannelOpenFailure(c: Any) -> ChannelOpenFailure:
    return ChannelOpenFailure(c.recipient_channel, c.reason_code, c.description, c.language_tag)


def from_ChannelOpenFailure(o: ChannelOpenFailure) -> dict[str, Any]:
    return {
        'recipient_channel': o.recipient_channel,
        'reason_code': o.reason_code,
        'description': o.description,
        'language_tag': bytes(o.language_tag),
    }


C_ChannelWindowAdjust = Struct(
    "_mid" / Const(b']'),
    "recipient_channel" / Int32ub,
    "bytes_to_add" / Int32ub,
)


def to_ChannelWindowAdjust(c: Any) -> ChannelWindowAdjust:
    return ChannelWindowAdjust(c.recipient_channel, c.bytes_to_add)


def from_ChannelWindowAdjust(o: ChannelWindowAdjust) -> dict[str, Any]:
    return {
        'recipient_channel': o.recipient_channel,
        'bytes_to_add': o.bytes_to_add,
    }


C_ChannelData = Struct(
    "_mid" / Const(b'^'),
    "recipient_channel" / Int32ub,
    "data" / SSHString,
)


def to_ChannelData(c: Any) -> ChannelData:
    return ChannelData(c.recipient_channel, c.data)


def from_ChannelData(o: ChannelData) -> dict[str, Any]:
    return {
        'recipient_channel': o.recipient_channel,
        'data': bytes(o.data),
    }


C_ChannelExtendedData = Struct(
    "_mid" / Const(b'_'),
    "recipient_channel" / Int32ub,
    "data_type_code" / Int32ub,
    "data" / SSHString,
)


def to_ChannelExtendedData(c: Any) -> ChannelExtendedData:
    return ChannelExtendedData(c.recipient_channel, c.data_type_code, c.data)


def from_ChannelExtendedData(o: ChannelExtendedData) -> dict[str, Any]:
    return {
        'recipient_channel': o.recipient_channel,
        'data_type_code': o.data_type_code,
        'data': bytes(o.data),
    }


C_ChannelEof = Struct(
    "_mid" / Const(b'`'),
    "recipient_channel" / Int32ub,
)


def to_ChannelEof(c: Any) -> ChannelEof:
    return ChannelEof(c.recipient_channel)


def from_ChannelEof(o: ChannelEof) -> dict[str, Any]:
    return {
        'recipient_channel': o.recipient_channel,
    }


C_ChannelClose = Struct(
    "_mid" / Const(b'a'),
    "recipient_channel" / Int32ub,
)


def to_ChannelClose(c: Any) -> ChannelClose:
    return ChannelClose(c.recipient_channel)


def from_ChannelClose(o: ChannelClose) -> dict[str, Any]:
    return {
        'recipient_channel': o.recipient_channel,
    }


C_ChannelRequest = Struct(
    "_mid" / Const(b'b'),
    "recipient_channel" / Int32ub,
    "request_type" / SSHName,
    "want_reply" / Flag,
    "body" / Switch(this.request_type, {'pty-req': C_PtyReq, 'x11-req': C_X11Req, 'env': C_EnvRequest, 'shell': Pass, 'exec': C_ExecRequest, 'subsystem': C_SubsystemRequest, 'window-change': C_WindowChange, 'xon-xoff': C_XonXoff, 'signal': C_SignalRequest, 'exit-status': C_ExitStatus, 'exit-signal': C_ExitSignal, 'break': C_BreakRequest, 'auth-agent-req@openssh.com': Pass, 'eow@openssh.com': Pass, 'keepalive@openssh.com': Pass}, default=GreedyBytes),
)


def to_ChannelRequest(c: Any) -> ChannelRequest:
    return ChannelRequest(c.recipient_channel, c.request_type, c.want_reply, _to_sw_ChannelRequest_body(c.request_type, c.body))


def from_ChannelRequest(o: ChannelRequest) -> dict[str, Any]:
    return {
        'recipient_channel': o.recipient_channel,
        'request_type': o.request_type,
        'want_reply': o.want_reply,
        'body': _from_sw_ChannelRequest_body(o.request_type, o.body),
    }


def _to_sw_ChannelRequest_body(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'pty-req': to_PtyReq, 'x11-req': to_X11Req, 'env': to_EnvRequest, 'shell': None, 'exec': to_ExecRequest, 'subsystem': to_SubsystemRequest, 'window-change': to_WindowChange, 'xon-xoff': to_XonXoff, 'signal': to_SignalRequest, 'exit-status': to_ExitStatus, 'exit-signal': to_ExitSignal, 'break': to_BreakRequest, 'auth-agent-req@openssh.com': None, 'eow@openssh.com': None, 'keepalive@openssh.com': None}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


def _from_sw_ChannelRequest_body(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'pty-req': from_PtyReq, 'x11-req': from_X11Req, 'env': from_EnvRequest, 'shell': None, 'exec': from_ExecRequest, 'subsystem': from_SubsystemRequest, 'window-change': from_WindowChange, 'xon-xoff': from_XonXoff, 'signal': from_SignalRequest, 'exit-status': from_ExitStatus, 'exit-signal': from_ExitSignal, 'break': from_BreakRequest, 'auth-agent-req@openssh.com': None, 'eow@openssh.com': None, 'keepalive@openssh.com': None}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


C_ChannelSuccess = Struct(
    "_mid" / Const(b'c'),
    "recipient_channel" / Int32ub,
)


def to_ChannelSuccess(c: Any) -> ChannelSuccess:
    return ChannelSuccess(c.recipient_channel)


def from_ChannelSuccess(o: ChannelSuccess) -> dict[str, Any]:
    return {
        'recipient_channel': o.recipient_channel,
    }


C_ChannelFailure = Struct(
    "_mid" / Const(b'd'),
    "recipient_channel" / Int32ub,
)


def to_ChannelFailure(c: Any) -> ChannelFailure:
    return ChannelFailure(c.recipient_channel)


def from_ChannelFailure(o: ChannelFailure) -> dict[str, Any]:
    return {
        'recipient_channel': o.recipient_channel,
    }

TABLE: dict[type, tuple[Any, Any, Any]] = {
    TcpipForwardRequest: (C_TcpipForwardRequest, to_TcpipForwardRequest, from_TcpipForwardRequest),
    CancelTcpipForwardRequest: (C_CancelTcpipForwardRequest, to_CancelTcpipForwardRequest, from_CancelTcpipForwardRequest),
    StreamlocalForwardRequest: (C_StreamlocalForwardRequest, to_StreamlocalForwardRequest, from_StreamlocalForwardRequest),
    CancelStreamlocalForwardRequest: (C_CancelStreamlocalForwardRequest, to_CancelStreamlocalForwardRequest, from_CancelStreamlocalForwardRequest),
    HostkeysRequest: (C_HostkeysRequest, to_HostkeysRequest, from_HostkeysRequest),
    HostkeysProveRequest: (C_HostkeysProveRequest, to_HostkeysProveRequest, from_HostkeysProveRequest),
    TcpipForwardReply: (C_TcpipForwardReply, to_TcpipForwardReply, from_TcpipForwardReply),
    HostkeysProveReply: (C_HostkeysProveReply, to_HostkeysProveReply, from_HostkeysProveReply),
    X11ChannelOpen: (C_X11ChannelOpen, to_X11ChannelOpen, from_X11ChannelOpen),
    ForwardedTcpipChannelOpen: (C_ForwardedTcpipChannelOpen, to_ForwardedTcpipChannelOpen, from_ForwardedTcpipChannelOpen),
    DirectTcpipChannelOpen: (C_DirectTcpipChannelOpen, to_DirectTcpipChannelOpen, from_DirectTcpipChannelOpen),
    DirectStreamlocalChannelOpen: (C_DirectStreamlocalChannelOpen, to_DirectStreamlocalChannelOpen, from_DirectStreamlocalChannelOpen),
    ForwardedStreamlocalChannelOpen: (C_ForwardedStreamlocalChannelOpen, to_ForwardedStreamlocalChannelOpen, from_ForwardedStreamlocalChannelOpen),
    TunChannelOpen: (C_TunChannelOpen, to_TunChannelOpen, from_TunChannelOpen),
    PtyReq: (C_PtyReq, to_PtyReq, from_PtyReq),
    TerminalModes: (C_TerminalModes, to_TerminalModes, from_TerminalModes),
    TerminalMode: (C_TerminalMode, to_TerminalMode, from_TerminalMode),
    X11Req: (C_X11Req, to_X11Req, from_X11Req),
    EnvRequest: (C_EnvRequest, to_EnvRequest, from_EnvRequest),
    ExecRequest: (C_ExecRequest, to_ExecRequest, from_ExecRequest),
    SubsystemRequest: (C_SubsystemRequest, to_SubsystemRequest, from_SubsystemRequest),
    WindowChange: (C_WindowChange, to_WindowChange, from_WindowChange),
    XonXoff: (C_XonXoff, to_XonXoff, from_XonXoff),
    SignalRequest: (C_SignalRequest, to_SignalRequest, from_SignalRequest),
    ExitStatus: (C_ExitStatus, to_ExitStatus, from_ExitStatus),
    ExitSignal: (C_ExitSignal, to_ExitSignal, from_ExitSignal),
    BreakRequest: (C_BreakRequest, to_BreakRequest, from_BreakRequest),
    GlobalRequest: (C_GlobalRequest, to_GlobalRequest, from_GlobalRequest),
    RequestSuccess: (C_RequestSuccess, to_RequestSuccess, from_RequestSuccess),
    RequestFailure: (C_RequestFailure, to_RequestFailure, from_RequestFailure),
    ChannelOpen: (C_ChannelOpen, to_ChannelOpen, from_ChannelOpen),
    ChannelOpenConfirmation: (C_ChannelOpenConfirmation, to_ChannelOpenConfirmation, from_ChannelOpenConfirmation),
    ChannelOpenFailure: (C_ChannelOpenFailure, to_ChannelOpenFailure, from_ChannelOpenFailure),
    ChannelWindowAdjust: (C_ChannelWindowAdjust, to_ChannelWindowAdjust, from_ChannelWindowAdjust),
    ChannelData: (C_ChannelData, to_ChannelData, from_ChannelData),
    ChannelExtendedData: (C_ChannelExtendedData, to_ChannelExtendedData, from_ChannelExtendedData),
    ChannelEof: (C_ChannelEof, to_ChannelEof, from_ChannelEof),
    ChannelClose: (C_ChannelClose, to_ChannelClose, from_ChannelClose),
    ChannelRequest: (C_ChannelRequest, to_ChannelRequest, from_ChannelRequest),
    ChannelSuccess: (C_ChannelSuccess, to_ChannelSuccess, from_ChannelSuccess),
    ChannelFailure: (C_ChannelFailure, to_ChannelFailure, from_ChannelFailure),
}
