# GENERATED from specs/connection.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH connection protocol: RFC 4254, RFC 4335 break, RFC 8160 IUTF8, OpenSSH PROTOCOL §2 extensions

Hypothesis strategies drawing valid values of every struct and message.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from .._strategy_base import bin_ as _bin
from .._strategy_base import byte as _byte
from .._strategy_base import name as _name
from .._strategy_base import text as _text
from .._strategy_base import u32 as _u32
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


@st.composite
def st_TcpipForwardRequest(draw: st.DrawFn) -> TcpipForwardRequest:
    """Draws a valid TcpipForwardRequest."""
    f_address_to_bind = draw(_text)
    f_port_to_bind = draw(_u32)
    return TcpipForwardRequest(f_address_to_bind, f_port_to_bind)

@st.composite
def st_CancelTcpipForwardRequest(draw: st.DrawFn) -> CancelTcpipForwardRequest:
    """Draws a valid CancelTcpipForwardRequest."""
    f_address_to_bind = draw(_text)
    f_port_to_bind = draw(_u32)
    return CancelTcpipForwardRequest(f_address_to_bind, f_port_to_bind)

@st.composite
def st_StreamlocalForwardRequest(draw: st.DrawFn) -> StreamlocalForwardRequest:
    """Draws a valid StreamlocalForwardRequest."""
    f_socket_path = draw(_text)
    return StreamlocalForwardRequest(f_socket_path)

@st.composite
def st_CancelStreamlocalForwardRequest(draw: st.DrawFn) -> CancelStreamlocalForwardRequest:
    """Draws a valid CancelStreamlocalForwardRequest."""
    f_socket_path = draw(_text)
    return CancelStreamlocalForwardRequest(f_socket_path)

@st.composite
def st_HostkeysRequest(draw: st.DrawFn) -> HostkeysRequest:
    """Draws a valid HostkeysRequest."""
    f_host_keys = draw(st.lists(_bin, max_size=3).map(tuple))
    return HostkeysRequest(f_host_keys)

@st.composite
def st_HostkeysProveRequest(draw: st.DrawFn) -> HostkeysProveRequest:
    """Draws a valid HostkeysProveRequest."""
    f_host_keys = draw(st.lists(_bin, max_size=3).map(tuple))
    return HostkeysProveRequest(f_host_keys)

@st.composite
def st_TcpipForwardReply(draw: st.DrawFn) -> TcpipForwardReply:
    """Draws a valid TcpipForwardReply."""
    f_bound_port = draw(_u32)
    return TcpipForwardReply(f_bound_port)

@st.composite
def st_HostkeysProveReply(draw: st.DrawFn) -> HostkeysProveReply:
    """Draws a valid HostkeysProveReply."""
    f_signatures = draw(st.lists(_bin, max_size=3).map(tuple))
    return HostkeysProveReply(f_signatures)

@st.composite
def st_X11ChannelOpen(draw: st.DrawFn) -> X11ChannelOpen:
    """Draws a valid X11ChannelOpen."""
    f_originator_address = draw(_text)
    f_originator_port = draw(_u32)
    return X11ChannelOpen(f_originator_address, f_originator_port)

@st.composite
def st_ForwardedTcpipChannelOpen(draw: st.DrawFn) -> ForwardedTcpipChannelOpen:
    """Draws a valid ForwardedTcpipChannelOpen."""
    f_address_connected = draw(_text)
    f_port_connected = draw(_u32)
    f_originator_address = draw(_text)
    f_originator_port = draw(_u32)
    return ForwardedTcpipChannelOpen(f_address_connected, f_port_connected, f_originator_address, f_originator_port)

@st.composite
def st_DirectTcpipChannelOpen(draw: st.DrawFn) -> DirectTcpipChannelOpen:
    """Draws a valid DirectTcpipChannelOpen."""
    f_host_to_connect = draw(_text)
    f_port_to_connect = draw(_u32)
    f_originator_address = draw(_text)
    f_originator_port = draw(_u32)
    return DirectTcpipChannelOpen(f_host_to_connect, f_port_to_connect, f_originator_address, f_originator_port)

@st.composite
def st_DirectStreamlocalChannelOpen(draw: st.DrawFn) -> DirectStreamlocalChannelOpen:
    """Draws a valid DirectStreamlocalChannelOpen."""
    f_socket_path = draw(_text)
    f_reserved = draw(_bin)
    f_reserved_port = draw(_u32)
    return DirectStreamlocalChannelOpen(f_socket_path, f_reserved, f_reserved_port)

@st.composite
def st_ForwardedStreamlocalChannelOpen(draw: st.DrawFn) -> ForwardedStreamlocalChannelOpen:
    """Draws a valid ForwardedStreamlocalChannelOpen."""
    f_socket_path = draw(_text)
    f_reserved = draw(_bin)
    return ForwardedStreamlocalChannelOpen(f_socket_path, f_reserved)

@st.composite
def st_TunChannelOpen(draw: st.DrawFn) -> TunChannelOpen:
    """Draws a valid TunChannelOpen."""
    f_tunnel_mode = draw(_u32)
    f_remote_unit = draw(_u32)
    return TunChannelOpen(f_tunnel_mode, f_remote_unit)

@st.composite
def st_PtyReq(draw: st.DrawFn) -> PtyReq:
    """Draws a valid PtyReq."""
    f_term = draw(_text)
    f_width_chars = draw(_u32)
    f_height_rows = draw(_u32)
    f_width_pixels = draw(_u32)
    f_height_pixels = draw(_u32)
    f_modes = draw(st_TerminalModes())
    return PtyReq(f_term, f_width_chars, f_height_rows, f_width_pixels, f_height_pixels, f_modes)

@st.composite
def st_TerminalModes(draw: st.DrawFn) -> TerminalModes:
    """Draws a valid TerminalModes."""
    f_modes = draw(st.lists(st_TerminalMode(), max_size=3).map(tuple))
    return TerminalModes(f_modes)

@st.composite
def st_TerminalMode(draw: st.DrawFn) -> TerminalMode:
    """Draws a valid TerminalMode."""
    f_opcode = draw(st.one_of(st.sampled_from([0]), _byte))
    f_argument = draw(_u32) if f_opcode != 0 else None
    return TerminalMode(f_opcode, f_argument)

@st.composite
def st_X11Req(draw: st.DrawFn) -> X11Req:
    """Draws a valid X11Req."""
    f_single_connection = draw(st.booleans())
    f_x11_authentication_protocol = draw(_text)
    f_x11_authentication_cookie = draw(_bin)
    f_x11_screen_number = draw(_u32)
    return X11Req(f_single_connection, f_x11_authentication_protocol, f_x11_authentication_cookie, f_x11_screen_number)

@st.composite
def st_EnvRequest(draw: st.DrawFn) -> EnvRequest:
    """Draws a valid EnvRequest."""
    f_variable_name = draw(_bin)
    f_variable_value = draw(_bin)
    return EnvRequest(f_variable_name, f_variable_value)

@st.composite
def st_ExecRequest(draw: st.DrawFn) -> ExecRequest:
    """Draws a valid ExecRequest."""
    f_command = draw(_bin)
    return ExecRequest(f_command)

@st.composite
def st_SubsystemRequest(draw: st.DrawFn) -> SubsystemRequest:
    """Draws a valid SubsystemRequest."""
    f_subsystem_name = draw(_text)
    return SubsystemRequest(f_subsystem_name)

@st.composite
def st_WindowChange(draw: st.DrawFn) -> WindowChange:
    """Draws a valid WindowChange."""
    f_width_chars = draw(_u32)
    f_height_rows = draw(_u32)
    f_width_pixels = draw(_u32)
    f_height_pixels = draw(_u32)
    return WindowChange(f_width_chars, f_height_rows, f_width_pixels, f_height_pixels)

@st.composite
def st_XonXoff(draw: st.DrawFn) -> XonXoff:
    """Draws a valid XonXoff."""
    f_client_can_do = draw(st.booleans())
    return XonXoff(f_client_can_do)

@st.composite
def st_SignalRequest(draw: st.DrawFn) -> SignalRequest:
    """Draws a valid SignalRequest."""
    f_signal_name = draw(_name)
    return SignalRequest(f_signal_name)

@st.composite
def st_ExitStatus(draw: st.DrawFn) -> ExitStatus:
    """Draws a valid ExitStatus."""
    f_exit_status = draw(_u32)
    return ExitStatus(f_exit_status)

@st.composite
def st_ExitSignal(draw: st.DrawFn) -> ExitSignal:
    """Draws a valid ExitSignal."""
    f_signal_name = draw(_name)
    f_core_dumped = draw(st.booleans())
    f_error_message = draw(_text)
    f_language_tag = draw(_bin)
    return ExitSignal(f_signal_name, f_core_dumped, f_error_message, f_language_tag)

@st.composite
def st_BreakRequest(draw: st.DrawFn) -> BreakRequest:
    """Draws a valid BreakRequest."""
    f_break_length_ms = draw(_u32)
    return BreakRequest(f_break_length_ms)

@st.composite
def st_GlobalRequest(draw: st.DrawFn) -> GlobalRequest:
    """Draws a valid GlobalRequest."""
    f_request_name = draw(st.one_of(st.sampled_from(['tcpip-forward', 'cancel-tcpip-forward', 'streamlocal-forward@openssh.com', 'cancel-streamlocal-forward@openssh.com', 'no-more-sessions@openssh.com', 'keepalive@openssh.com', 'hostkeys-00@openssh.com', 'hostkeys-prove-00@openssh.com']), _name))
    f_want_reply = draw(st.booleans())
    cases_body: dict[Any, Any] = {'tcpip-forward': st_TcpipForwardRequest(), 'cancel-tcpip-forward': st_CancelTcpipForwardRequest(), 'streamlocal-forward@openssh.com': st_StreamlocalForwardRequest(), 'cancel-streamlocal-forward@openssh.com': st_CancelStreamlocalForwardRequest(), 'no-more-sessions@openssh.com': st.none(), 'keepalive@openssh.com': st.none(), 'hostkeys-00@openssh.com': st_HostkeysRequest(), 'hostkeys-prove-00@openssh.com': st_HostkeysProveRequest()}
    f_body = draw(cases_body.get(f_request_name, _bin))
    return GlobalRequest(f_request_name, f_want_reply, f_body)

@st.composite
def st_RequestSuccess(draw: st.DrawFn) -> RequestSuccess:
    """Draws a valid RequestSuccess."""
    f_data = draw(_bin)
    return RequestSuccess(f_data)

def st_RequestFailure() -> st.SearchStrategy[RequestFailure]:
    """Draws a valid RequestFailure."""
    return st.just(RequestFailure())

@st.composite
def st_ChannelOpen(draw: st.DrawFn) -> ChannelOpen:
    """Draws a valid ChannelOpen."""
    f_channel_type = draw(st.one_of(st.sampled_from(['session', 'x11', 'forwarded-tcpip', 'direct-tcpip', 'direct-streamlocal@openssh.com', 'forwarded-streamlocal@openssh.com', 'tun@openssh.com', 'auth-agent@openssh.com']), _name))
    f_sender_channel = draw(_u32)
    f_initial_window_size = draw(_u32)
    f_maximum_packet_size = draw(_u32)
    cases_body: dict[Any, Any] = {'session': st.none(), 'x11': st_X11ChannelOpen(), 'forwarded-tcpip': st_ForwardedTcpipChannelOpen(), 'direct-tcpip': st_DirectTcpipChannelOpen(), 'direct-streamlocal@openssh.com': st_DirectStreamlocalChannelOpen(), 'forwarded-streamlocal@openssh.com': st_ForwardedStreamlocalChannelOpen(), 'tun@openssh.com': st_TunChannelOpen(), 'auth-agent@openssh.com': st.none()}
    f_body = draw(cases_body.get(f_channel_type, _bin))
    return ChannelOpen(f_channel_type, f_sender_channel, f_initial_window_size, f_maximum_packet_size, f_body)

@st.composite
def st_ChannelOpenConfirmation(draw: st.DrawFn) -> ChannelOpenConfirmation:
    """Draws a valid ChannelOpenConfirmation."""
    f_recipient_channel = draw(_u32)
    f_sender_channel = draw(_u32)
    f_initial_window_size = draw(_u32)
    f_maximum_packet_size = draw(_u32)
    f_channel_specific_data = draw(_bin)
    return ChannelOpenConfirmation(f_recipient_channel, f_sender_channel, f_initial_window_size, f_maximum_packet_size, f_channel_specific_data)

@st.composite
def st_ChannelOpenFailure(draw: st.DrawFn) -> ChannelOpenFailure:
    """Draws a valid ChannelOpenFailure."""
    f_recipient_channel = draw(_u32)
    f_reason_code = draw(_u32)
    f_description = draw(_text)
    f_language_tag = draw(_bin)
    return ChannelOpenFailure(f_recipient_channel, f_reason_code, f_description, f_language_tag)

@st.composite
def st_ChannelWindowAdjust(draw: st.DrawFn) -> ChannelWindowAdjust:
    """Draws a valid ChannelWindowAdjust."""
    f_recipient_channel = draw(_u32)
    f_bytes_to_add = draw(_u32)
    return ChannelWindowAdjust(f_recipient_channel, f_bytes_to_add)

@st.composite
def st_ChannelData(draw: st.DrawFn) -> ChannelData:
    """Draws a valid ChannelData."""
    f_recipient_channel = draw(_u32)
    f_data = draw(_bin)
    return ChannelData(f_recipient_channel, f_data)

@st.composite
def st_ChannelExtendedData(draw: st.DrawFn) -> ChannelExtendedData:
    """Draws a valid ChannelExtendedData."""
    f_recipient_channel = draw(_u32)
    f_data_type_code = draw(_u32)
    f_data = draw(_bin)
    return ChannelExtendedData(f_recipient_channel, f_data_type_code, f_data)

@st.composite
def st_ChannelEof(draw: st.DrawFn) -> ChannelEof:
    """Draws a valid ChannelEof."""
    f_recipient_channel = draw(_u32)
    return ChannelEof(f_recipient_channel)

@st.composite
def st_ChannelClose(draw: st.DrawFn) -> ChannelClose:
    """Draws a valid ChannelClose."""
    f_recipient_channel = draw(_u32)
    return ChannelClose(f_recipient_channel)

@st.composite
def st_ChannelRequest(draw: st.DrawFn) -> ChannelRequest:
    """Draws a valid ChannelRequest."""
    f_recipient_channel = draw(_u32)
    f_request_type = draw(st.one_of(st.sampled_from(['pty-req', 'x11-req', 'env', 'shell', 'exec', 'subsystem', 'window-change', 'xon-xoff', 'signal', 'exit-status', 'exit-signal', 'break', 'auth-agent-req@openssh.com', 'eow@openssh.com', 'keepalive@openssh.com']), _name))
    f_want_reply = draw(st.booleans())
    cases_body: dict[Any, Any] = {'pty-req': st_PtyReq(), 'x11-req': st_X11Req(), 'env': st_EnvRequest(), 'shell': st.none(), 'exec': st_ExecRequest(), 'subsystem': st_SubsystemRequest(), 'window-change': st_WindowChange(), 'xon-xoff': st_XonXoff(), 'signal': st_SignalRequest(), 'exit-status': st_ExitStatus(), 'exit-signal': st_ExitSignal(), 'break': st_BreakRequest(), 'auth-agent-req@openssh.com': st.none(), 'eow@openssh.com': st.none(), 'keepalive@openssh.com': st.none()}
    f_body = draw(cases_body.get(f_request_type, _bin))
    return ChannelRequest(f_recipient_channel, f_request_type, f_want_reply, f_body)

@st.composite
def st_ChannelSuccess(draw: st.DrawFn) -> ChannelSuccess:
    """Draws a valid ChannelSuccess."""
    f_recipient_channel = draw(_u32)
    return ChannelSuccess(f_recipient_channel)

@st.composite
def st_ChannelFailure(draw: st.DrawFn) -> ChannelFailure:
    """Draws a valid ChannelFailure."""
    f_recipient_channel = draw(_u32)
    return ChannelFailure(f_recipient_channel)

TABLE: dict[type, Any] = {
    TcpipForwardRequest: st_TcpipForwardRequest(),
    CancelTcpipForwardRequest: st_CancelTcpipForwardRequest(),
    StreamlocalForwardRequest: st_StreamlocalForwardRequest(),
    CancelStreamlocalForwardRequest: st_CancelStreamlocalForwardRequest(),
    HostkeysRequest: st_HostkeysRequest(),
    HostkeysProveRequest: st_HostkeysProveRequest(),
    TcpipForwardReply: st_TcpipForwardReply(),
    HostkeysProveReply: st_HostkeysProveReply(),
    X11ChannelOpen: st_X11ChannelOpen(),
    ForwardedTcpipChannelOpen: st_ForwardedTcpipChannelOpen(),
    DirectTcpipChannelOpen: st_DirectTcpipChannelOpen(),
    DirectStreamlocalChannelOpen: st_DirectStreamlocalChannelOpen(),
    ForwardedStreamlocalChannelOpen: st_ForwardedStreamlocalChannelOpen(),
    TunChannelOpen: st_TunChannelOpen(),
    PtyReq: st_PtyReq(),
    TerminalModes: st_TerminalModes(),
    TerminalMode: st_TerminalMode(),
    X11Req: st_X11Req(),
    EnvRequest: st_EnvRequest(),
    ExecRequest: st_ExecRequest(),
    SubsystemRequest: st_SubsystemRequest(),
    WindowChange: st_WindowChange(),
    XonXoff: st_XonXoff(),
    SignalRequest: st_SignalRequest(),
    ExitStatus: st_ExitStatus(),
    ExitSignal: st_ExitSignal(),
    BreakRequest: st_BreakRequest(),
    GlobalRequest: st_GlobalRequest(),
    RequestSuccess: st_RequestSuccess(),
    RequestFailure: st_RequestFailure(),
    ChannelOpen: st_ChannelOpen(),
    ChannelOpenConfirmation: st_ChannelOpenConfirmation(),
    ChannelOpenFailure: st_ChannelOpenFailure(),
    ChannelWindowAdjust: st_ChannelWindowAdjust(),
    ChannelData: st_ChannelData(),
    ChannelExtendedData: st_ChannelExtendedData(),
    ChannelEof: st_ChannelEof(),
    ChannelClose: st_ChannelClose(),
    ChannelRequest: st_ChannelRequest(),
    ChannelSuccess: st_ChannelSuccess(),
    ChannelFailure: st_ChannelFailure(),
}
