# GENERATED from specs/connection.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH connection protocol: RFC 4254, RFC 4335 break, RFC 8160 IUTF8, OpenSSH PROTOCOL §2 extensions

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
from .._primitives import decode_name as _name
from .._primitives import encode_name as _enc_name
from .._runtime import Decoder as _Decoder
from .._runtime import Encoder as _Encoder
from .._runtime import d_null as _d_null
from .._runtime import e_null as _e_null
from .._runtime import utf8 as _utf8

__all__ = [
    "BreakRequest",
    "CancelStreamlocalForwardRequest",
    "CancelTcpipForwardRequest",
    "ChannelClose",
    "ChannelData",
    "ChannelEof",
    "ChannelExtendedData",
    "ChannelFailure",
    "ChannelOpen",
    "ChannelOpenConfirmation",
    "ChannelOpenFailure",
    "ChannelOpenFailureReason",
    "ChannelRequest",
    "ChannelSuccess",
    "ChannelWindowAdjust",
    "DirectStreamlocalChannelOpen",
    "DirectTcpipChannelOpen",
    "EnvRequest",
    "ExecRequest",
    "ExitSignal",
    "ExitStatus",
    "ExtendedDataType",
    "ForwardedStreamlocalChannelOpen",
    "ForwardedTcpipChannelOpen",
    "GlobalRequest",
    "HostkeysProveReply",
    "HostkeysProveRequest",
    "HostkeysRequest",
    "PtyReq",
    "RequestFailure",
    "RequestSuccess",
    "SignalRequest",
    "StreamlocalForwardRequest",
    "SubsystemRequest",
    "TcpipForwardReply",
    "TcpipForwardRequest",
    "TerminalMode",
    "TerminalModes",
    "TerminalOpcode",
    "TunChannelOpen",
    "TunnelMode",
    "WindowChange",
    "X11ChannelOpen",
    "X11Req",
    "XonXoff",
    "decode_break_request",
    "decode_break_request_from",
    "decode_cancel_streamlocal_forward_request",
    "decode_cancel_streamlocal_forward_request_from",
    "decode_cancel_tcpip_forward_request",
    "decode_cancel_tcpip_forward_request_from",
    "decode_channel_close",
    "decode_channel_data",
    "decode_channel_eof",
    "decode_channel_extended_data",
    "decode_channel_failure",
    "decode_channel_open",
    "decode_channel_open_confirmation",
    "decode_channel_open_failure",
    "decode_channel_request",
    "decode_channel_success",
    "decode_channel_window_adjust",
    "decode_direct_streamlocal_channel_open",
    "decode_direct_streamlocal_channel_open_from",
    "decode_direct_tcpip_channel_open",
    "decode_direct_tcpip_channel_open_from",
    "decode_env_request",
    "decode_env_request_from",
    "decode_exec_request",
    "decode_exec_request_from",
    "decode_exit_signal",
    "decode_exit_signal_from",
    "decode_exit_status",
    "decode_exit_status_from",
    "decode_forwarded_streamlocal_channel_open",
    "decode_forwarded_streamlocal_channel_open_from",
    "decode_forwarded_tcpip_channel_open",
    "decode_forwarded_tcpip_channel_open_from",
    "decode_global_request",
    "decode_hostkeys_prove_reply",
    "decode_hostkeys_prove_reply_from",
    "decode_hostkeys_prove_request",
    "decode_hostkeys_prove_request_from",
    "decode_hostkeys_request",
    "decode_hostkeys_request_from",
    "decode_pty_req",
    "decode_pty_req_from",
    "decode_request_failure",
    "decode_request_success",
    "decode_signal_request",
    "decode_signal_request_from",
    "decode_streamlocal_forward_request",
    "decode_streamlocal_forward_request_from",
    "decode_subsystem_request",
    "decode_subsystem_request_from",
    "decode_tcpip_forward_reply",
    "decode_tcpip_forward_reply_from",
    "decode_tcpip_forward_request",
    "decode_tcpip_forward_request_from",
    "decode_terminal_mode",
    "decode_terminal_mode_from",
    "decode_terminal_modes",
    "decode_terminal_modes_from",
    "decode_tun_channel_open",
    "decode_tun_channel_open_from",
    "decode_window_change",
    "decode_window_change_from",
    "decode_x11_channel_open",
    "decode_x11_channel_open_from",
    "decode_x11_req",
    "decode_x11_req_from",
    "decode_xon_xoff",
    "decode_xon_xoff_from",
    "encode_break_request",
    "encode_cancel_streamlocal_forward_request",
    "encode_cancel_tcpip_forward_request",
    "encode_channel_close",
    "encode_channel_data",
    "encode_channel_data_parts",
    "encode_channel_eof",
    "encode_channel_extended_data",
    "encode_channel_extended_data_parts",
    "encode_channel_failure",
    "encode_channel_open",
    "encode_channel_open_confirmation",
    "encode_channel_open_failure",
    "encode_channel_request",
    "encode_channel_success",
    "encode_channel_window_adjust",
    "encode_direct_streamlocal_channel_open",
    "encode_direct_tcpip_channel_open",
    "encode_env_request",
    "encode_exec_request",
    "encode_exit_signal",
    "encode_exit_status",
    "encode_forwarded_streamlocal_channel_open",
    "encode_forwarded_tcpip_channel_open",
    "encode_global_request",
    "encode_hostkeys_prove_reply",
    "encode_hostkeys_prove_request",
    "encode_hostkeys_request",
    "encode_pty_req",
    "encode_request_failure",
    "encode_request_success",
    "encode_signal_request",
    "encode_streamlocal_forward_request",
    "encode_subsystem_request",
    "encode_tcpip_forward_reply",
    "encode_tcpip_forward_request",
    "encode_terminal_mode",
    "encode_terminal_modes",
    "encode_tun_channel_open",
    "encode_window_change",
    "encode_x11_channel_open",
    "encode_x11_req",
    "encode_xon_xoff",
]


class ChannelOpenFailureReason(IntEnum):
    """RFC 4254 §5.1 / RFC 4250 §4.3.2 channel open failure reason codes"""

    ADMINISTRATIVELY_PROHIBITED = 1
    CONNECT_FAILED = 2
    UNKNOWN_CHANNEL_TYPE = 3
    RESOURCE_SHORTAGE = 4


class ExtendedDataType(IntEnum):
    """RFC 4254 §5.2 / RFC 4250 §4.4.2 extended channel data type codes"""

    STDERR = 1


class TerminalOpcode(IntEnum):
    """RFC 4254 §8 / RFC 4250 §4.5.2 encoded terminal mode opcodes, plus IUTF8 (RFC 8160)"""

    TTY_OP_END = 0
    VINTR = 1
    VQUIT = 2
    VERASE = 3
    VKILL = 4
    VEOF = 5
    VEOL = 6
    VEOL2 = 7
    VSTART = 8
    VSTOP = 9
    VSUSP = 10
    VDSUSP = 11
    VREPRINT = 12
    VWERASE = 13
    VLNEXT = 14
    VFLUSH = 15
    VSWTCH = 16
    VSTATUS = 17
    VDISCARD = 18
    IGNPAR = 30
    PARMRK = 31
    INPCK = 32
    ISTRIP = 33
    INLCR = 34
    IGNCR = 35
    ICRNL = 36
    IUCLC = 37
    IXON = 38
    IXANY = 39
    IXOFF = 40
    IMAXBEL = 41
    IUTF8 = 42
    ISIG = 50
    ICANON = 51
    XCASE = 52
    ECHO = 53
    ECHOE = 54
    ECHOK = 55
    ECHONL = 56
    NOFLSH = 57
    TOSTOP = 58
    IEXTEN = 59
    ECHOCTL = 60
    ECHOKE = 61
    PENDIN = 62
    OPOST = 70
    OLCUC = 71
    ONLCR = 72
    OCRNL = 73
    ONOCR = 74
    ONLRET = 75
    CS7 = 90
    CS8 = 91
    PARENB = 92
    PARODD = 93
    TTY_OP_ISPEED = 128
    TTY_OP_OSPEED = 129


class TunnelMode(IntEnum):
    """OpenSSH PROTOCOL §2.3: tun@openssh.com tunnel modes (SSH_TUNMODE_*)"""

    POINTOPOINT = 1
    ETHERNET = 2


@dataclass(slots=True)
class TcpipForwardRequest:
    """RFC 4254 §7.1: tcpip-forward; port 0 asks the server to pick a port
    """

    NAME: ClassVar[str] = "TcpipForwardRequest"

    address_to_bind: str
    port_to_bind: int


@dataclass(slots=True)
class CancelTcpipForwardRequest:
    """RFC 4254 §7.1: cancel-tcpip-forward
    """

    NAME: ClassVar[str] = "CancelTcpipForwardRequest"

    address_to_bind: str
    port_to_bind: int


@dataclass(slots=True)
class StreamlocalForwardRequest:
    """OpenSSH PROTOCOL §2.4: streamlocal-forward@openssh.com (remote Unix socket forwarding)
    """

    NAME: ClassVar[str] = "StreamlocalForwardRequest"

    socket_path: str


@dataclass(slots=True)
class CancelStreamlocalForwardRequest:
    """OpenSSH PROTOCOL §2.4: cancel-streamlocal-forward@openssh.com
    """

    NAME: ClassVar[str] = "CancelStreamlocalForwardRequest"

    socket_path: str


@dataclass(slots=True)
class HostkeysRequest:
    """OpenSSH PROTOCOL §2.5: hostkeys-00@openssh.com; each string is a public host key blob (sent with want_reply false)
    """

    NAME: ClassVar[str] = "HostkeysRequest"

    host_keys: tuple[bytes, ...]


@dataclass(slots=True)
class HostkeysProveRequest:
    """OpenSSH PROTOCOL §2.5: hostkeys-prove-00@openssh.com; public host key blobs the client wants proven
    """

    NAME: ClassVar[str] = "HostkeysProveRequest"

    host_keys: tuple[bytes, ...]


@dataclass(slots=True)
class TcpipForwardReply:
    """RFC 4254 §7.1: the port the server bound; sent only when port_to_bind was 0
    """

    NAME: ClassVar[str] = "TcpipForwardReply"

    bound_port: int


@dataclass(slots=True)
class HostkeysProveReply:
    """OpenSSH PROTOCOL §2.5: one signature per requested host key, in request order
    """

    NAME: ClassVar[str] = "HostkeysProveReply"

    signatures: tuple[bytes, ...]


@dataclass(slots=True)
class X11ChannelOpen:
    """RFC 4254 §6.3.2: x11 channel
    """

    NAME: ClassVar[str] = "X11ChannelOpen"

    originator_address: str
    originator_port: int


@dataclass(slots=True)
class ForwardedTcpipChannelOpen:
    """RFC 4254 §7.2: forwarded-tcpip channel (server to client, after tcpip-forward)
    """

    NAME: ClassVar[str] = "ForwardedTcpipChannelOpen"

    address_connected: str
    port_connected: int
    originator_address: str
    originator_port: int


@dataclass(slots=True)
class DirectTcpipChannelOpen:
    """RFC 4254 §7.2: direct-tcpip channel (client to server, local forwarding)
    """

    NAME: ClassVar[str] = "DirectTcpipChannelOpen"

    host_to_connect: str
    port_to_connect: int
    originator_address: str
    originator_port: int


@dataclass(slots=True)
class DirectStreamlocalChannelOpen:
    """OpenSSH PROTOCOL §2.4: direct-streamlocal@openssh.com channel
    """

    NAME: ClassVar[str] = "DirectStreamlocalChannelOpen"

    socket_path: str
    reserved: bytes
    reserved_port: int


@dataclass(slots=True)
class ForwardedStreamlocalChannelOpen:
    """OpenSSH PROTOCOL §2.4: forwarded-streamlocal@openssh.com channel; reserved is sent empty
    """

    NAME: ClassVar[str] = "ForwardedStreamlocalChannelOpen"

    socket_path: str
    reserved: bytes


@dataclass(slots=True)
class TunChannelOpen:
    """OpenSSH PROTOCOL §2.3: tun@openssh.com channel; remote_unit 0x7fffffff lets the server choose
    """

    NAME: ClassVar[str] = "TunChannelOpen"

    tunnel_mode: int
    remote_unit: int


@dataclass(slots=True)
class PtyReq:
    """RFC 4254 §6.2: pty-req

    Attributes:
        term: TERM environment variable value, e.g. vt100
    """

    NAME: ClassVar[str] = "PtyReq"

    term: str
    width_chars: int
    height_rows: int
    width_pixels: int
    height_pixels: int
    modes: TerminalModes


@dataclass(slots=True)
class TerminalModes:
    """RFC 4254 §8: encoded terminal modes; a well-formed list ends with TTY_OP_END (opcode 0)
    """

    NAME: ClassVar[str] = "TerminalModes"

    modes: tuple[TerminalMode, ...]


@dataclass(slots=True)
class TerminalMode:
    """RFC 4254 §8: one opcode; opcodes 1-159 carry a uint32 argument, TTY_OP_END has none
    """

    NAME: ClassVar[str] = "TerminalMode"

    opcode: int
    argument: int | None


@dataclass(slots=True)
class X11Req:
    """RFC 4254 §6.3.1: x11-req
    """

    NAME: ClassVar[str] = "X11Req"

    single_connection: bool
    x11_authentication_protocol: str
    x11_authentication_cookie: bytes = field(repr=False)
    x11_screen_number: int


@dataclass(slots=True)
class EnvRequest:
    """RFC 4254 §6.4: env
    """

    NAME: ClassVar[str] = "EnvRequest"

    variable_name: bytes
    variable_value: bytes


@dataclass(slots=True)
class ExecRequest:
    """RFC 4254 §6.5: exec
    """

    NAME: ClassVar[str] = "ExecRequest"

    command: bytes


@dataclass(slots=True)
class SubsystemRequest:
    """RFC 4254 §6.5: subsystem
    """

    NAME: ClassVar[str] = "SubsystemRequest"

    subsystem_name: str


@dataclass(slots=True)
class WindowChange:
    """RFC 4254 §6.7: window-change (want_reply is always false)
    """

    NAME: ClassVar[str] = "WindowChange"

    width_chars: int
    height_rows: int
    width_pixels: int
    height_pixels: int


@dataclass(slots=True)
class XonXoff:
    """RFC 4254 §6.8: xon-xoff (want_reply is always false)
    """

    NAME: ClassVar[str] = "XonXoff"

    client_can_do: bool


@dataclass(slots=True)
class SignalRequest:
    """RFC 4254 §6.9: signal; OpenSSH also accepts INFO@openssh.com (SIGINFO)

    Attributes:
        signal_name: signal name without the SIG prefix, e.g. TERM
    """

    NAME: ClassVar[str] = "SignalRequest"

    signal_name: str


@dataclass(slots=True)
class ExitStatus:
    """RFC 4254 §6.10: exit-status
    """

    NAME: ClassVar[str] = "ExitStatus"

    exit_status: int


@dataclass(slots=True)
class ExitSignal:
    """RFC 4254 §6.10: exit-signal

    Attributes:
        signal_name: signal name without the SIG prefix, e.g. KILL
    """

    NAME: ClassVar[str] = "ExitSignal"

    signal_name: str
    core_dumped: bool
    error_message: str
    language_tag: bytes


@dataclass(slots=True)
class BreakRequest:
    """RFC 4335 §3: break

    Attributes:
        break_length_ms: break length in milliseconds
    """

    NAME: ClassVar[str] = "BreakRequest"

    break_length_ms: int


@dataclass(slots=True)
class GlobalRequest:
    """RFC 4254 §4; request types from RFC 4254 §7.1 and OpenSSH PROTOCOL §2.2, §2.4, §2.5

    Wire: SSH_MSG_GLOBAL_REQUEST (80), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 80
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "GlobalRequest"

    request_name: str
    want_reply: bool
    body: TcpipForwardRequest | CancelTcpipForwardRequest | StreamlocalForwardRequest | CancelStreamlocalForwardRequest | HostkeysRequest | HostkeysProveRequest | bytes | None


@dataclass(slots=True)
class RequestSuccess:
    """RFC 4254 §4: the data is request-specific; see the reply structs (TcpipForwardReply, HostkeysProveReply)

    Wire: SSH_MSG_REQUEST_SUCCESS (81), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 81
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "RequestSuccess"

    data: bytes


@dataclass(slots=True)
class RequestFailure:
    """RFC 4254 §4

    Wire: SSH_MSG_REQUEST_FAILURE (82), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 82
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "RequestFailure"


@dataclass(slots=True)
class ChannelOpen:
    """RFC 4254 §5.1; channel types from RFC 4254 §6.1, §6.3.2, §7.2 and OpenSSH PROTOCOL §2.3, §2.4, PROTOCOL.agent

    Wire: SSH_MSG_CHANNEL_OPEN (90), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 90
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "ChannelOpen"

    channel_type: str
    sender_channel: int
    initial_window_size: int
    maximum_packet_size: int
    body: X11ChannelOpen | ForwardedTcpipChannelOpen | DirectTcpipChannelOpen | DirectStreamlocalChannelOpen | ForwardedStreamlocalChannelOpen | TunChannelOpen | bytes | None


@dataclass(slots=True)
class ChannelOpenConfirmation:
    """RFC 4254 §5.1

    Wire: SSH_MSG_CHANNEL_OPEN_CONFIRMATION (91), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 91
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "ChannelOpenConfirmation"

    recipient_channel: int
    sender_channel: int
    initial_window_size: int
    maximum_packet_size: int
    channel_specific_data: bytes


@dataclass(slots=True)
class ChannelOpenFailure:
    """RFC 4254 §5.1

    Wire: SSH_MSG_CHANNEL_OPEN_FAILURE (92), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 92
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "ChannelOpenFailure"

    recipient_channel: int
    reason_code: int
    description: str
    language_tag: bytes


@dataclass(slots=True)
class ChannelWindowAdjust:
    """RFC 4254 §5.2

    Wire: SSH_MSG_CHANNEL_WINDOW_ADJUST (93), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 93
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "ChannelWindowAdjust"

    recipient_channel: int
    bytes_to_add: int


@dataclass(slots=True)
class ChannelData:
    """RFC 4254 §5.2

    Wire: SSH_MSG_CHANNEL_DATA (94), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 94
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "ChannelData"

    recipient_channel: int
    data: bytes | memoryview


@dataclass(slots=True)
class ChannelExtendedData:
    """RFC 4254 §5.2

    Wire: SSH_MSG_CHANNEL_EXTENDED_DATA (95), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 95
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "ChannelExtendedData"

    recipient_channel: int
    data_type_code: int
    data: bytes | memoryview


@dataclass(slots=True)
class ChannelEof:
    """RFC 4254 §5.3

    Wire: SSH_MSG_CHANNEL_EOF (96), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 96
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "ChannelEof"

    recipient_channel: int


@dataclass(slots=True)
class ChannelClose:
    """RFC 4254 §5.3

    Wire: SSH_MSG_CHANNEL_CLOSE (97), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 97
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "ChannelClose"

    recipient_channel: int


@dataclass(slots=True)
class ChannelRequest:
    """RFC 4254 §5.4; request types from RFC 4254 §6, RFC 4335 and OpenSSH PROTOCOL §2.1, PROTOCOL.agent

    Wire: SSH_MSG_CHANNEL_REQUEST (98), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 98
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "ChannelRequest"

    recipient_channel: int
    request_type: str
    want_reply: bool
    body: PtyReq | X11Req | EnvRequest | ExecRequest | SubsystemRequest | WindowChange | XonXoff | SignalRequest | ExitStatus | ExitSignal | BreakRequest | bytes | None


@dataclass(slots=True)
class ChannelSuccess:
    """RFC 4254 §5.4

    Wire: SSH_MSG_CHANNEL_SUCCESS (99), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 99
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "ChannelSuccess"

    recipient_channel: int


@dataclass(slots=True)
class ChannelFailure:
    """RFC 4254 §5.4

    Wire: SSH_MSG_CHANNEL_FAILURE (100), context ``ssh``.
    """

    MSG_ID: ClassVar[int] = 100
    CONTEXT: ClassVar[str] = "ssh"
    NAME: ClassVar[str] = "ChannelFailure"

    recipient_channel: int


_S_T = struct.Struct(">?")
_S_TI = struct.Struct(">?I")
_S_B = struct.Struct(">B")
_S_BI = struct.Struct(">BI")
_S_BII = struct.Struct(">BII")
_S_BIII = struct.Struct(">BIII")
_S_BIIII = struct.Struct(">BIIII")
_S_I = struct.Struct(">I")
_S_II = struct.Struct(">II")
_S_III = struct.Struct(">III")
_S_IIII = struct.Struct(">IIII")
_S_IIIII = struct.Struct(">IIIII")


def decode_tcpip_forward_request(buf: bytes | memoryview) -> TcpipForwardRequest:
    """Decode a complete TcpipForwardRequest from ``buf``.

    Returns:
        The decoded TcpipForwardRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('TcpipForwardRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('TcpipForwardRequest', pos, 'string runs past the end of the data')
    f_address_to_bind = _utf8(buf, pos, e2, 'TcpipForwardRequest')
    pos = e2
    if end - pos < 4:
        raise DecodeError('TcpipForwardRequest', pos, 'truncated')
    (f_port_to_bind,) = _S_I.unpack_from(buf, pos)
    pos += 4
    if pos != end:
        raise DecodeError('TcpipForwardRequest', pos, 'trailing bytes')
    return TcpipForwardRequest(f_address_to_bind, f_port_to_bind)


def _d_TcpipForwardRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[TcpipForwardRequest, int]:
    if end - pos < 4:
        raise DecodeError('TcpipForwardRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('TcpipForwardRequest', pos, 'string runs past the end of the data')
    f_address_to_bind = _utf8(buf, pos, e2, 'TcpipForwardRequest')
    pos = e2
    if end - pos < 4:
        raise DecodeError('TcpipForwardRequest', pos, 'truncated')
    (f_port_to_bind,) = _S_I.unpack_from(buf, pos)
    pos += 4
    return TcpipForwardRequest(f_address_to_bind, f_port_to_bind), pos


def decode_tcpip_forward_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[TcpipForwardRequest, int]:
    """Decode one TcpipForwardRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('TcpipForwardRequest', pos, 'position outside the buffer')
    return _d_TcpipForwardRequest(buf, pos, end)


def encode_tcpip_forward_request(obj: TcpipForwardRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.address_to_bind.encode('utf-8')
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(obj.port_to_bind)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('TcpipForwardRequest', str(exc)) from None


def _e_TcpipForwardRequest(obj: TcpipForwardRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.address_to_bind.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(obj.port_to_bind),)


def decode_cancel_tcpip_forward_request(buf: bytes | memoryview) -> CancelTcpipForwardRequest:
    """Decode a complete CancelTcpipForwardRequest from ``buf``.

    Returns:
        The decoded CancelTcpipForwardRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('CancelTcpipForwardRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('CancelTcpipForwardRequest', pos, 'string runs past the end of the data')
    f_address_to_bind = _utf8(buf, pos, e2, 'CancelTcpipForwardRequest')
    pos = e2
    if end - pos < 4:
        raise DecodeError('CancelTcpipForwardRequest', pos, 'truncated')
    (f_port_to_bind,) = _S_I.unpack_from(buf, pos)
    pos += 4
    if pos != end:
        raise DecodeError('CancelTcpipForwardRequest', pos, 'trailing bytes')
    return CancelTcpipForwardRequest(f_address_to_bind, f_port_to_bind)


def _d_CancelTcpipForwardRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[CancelTcpipForwardRequest, int]:
    if end - pos < 4:
        raise DecodeError('CancelTcpipForwardRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('CancelTcpipForwardRequest', pos, 'string runs past the end of the data')
    f_address_to_bind = _utf8(buf, pos, e2, 'CancelTcpipForwardRequest')
    pos = e2
    if end - pos < 4:
        raise DecodeError('CancelTcpipForwardRequest', pos, 'truncated')
    (f_port_to_bind,) = _S_I.unpack_from(buf, pos)
    pos += 4
    return CancelTcpipForwardRequest(f_address_to_bind, f_port_to_bind), pos


def decode_cancel_tcpip_forward_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[CancelTcpipForwardRequest, int]:
    """Decode one CancelTcpipForwardRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('CancelTcpipForwardRequest', pos, 'position outside the buffer')
    return _d_CancelTcpipForwardRequest(buf, pos, end)


def encode_cancel_tcpip_forward_request(obj: CancelTcpipForwardRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.address_to_bind.encode('utf-8')
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(obj.port_to_bind)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('CancelTcpipForwardRequest', str(exc)) from None


def _e_CancelTcpipForwardRequest(obj: CancelTcpipForwardRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.address_to_bind.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(obj.port_to_bind),)


def decode_streamlocal_forward_request(buf: bytes | memoryview) -> StreamlocalForwardRequest:
    """Decode a complete StreamlocalForwardRequest from ``buf``.

    Returns:
        The decoded StreamlocalForwardRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('StreamlocalForwardRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('StreamlocalForwardRequest', pos, 'string runs past the end of the data')
    f_socket_path = _utf8(buf, pos, e2, 'StreamlocalForwardRequest')
    pos = e2
    if pos != end:
        raise DecodeError('StreamlocalForwardRequest', pos, 'trailing bytes')
    return StreamlocalForwardRequest(f_socket_path)


def _d_StreamlocalForwardRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[StreamlocalForwardRequest, int]:
    if end - pos < 4:
        raise DecodeError('StreamlocalForwardRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('StreamlocalForwardRequest', pos, 'string runs past the end of the data')
    f_socket_path = _utf8(buf, pos, e2, 'StreamlocalForwardRequest')
    pos = e2
    return StreamlocalForwardRequest(f_socket_path), pos


def decode_streamlocal_forward_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[StreamlocalForwardRequest, int]:
    """Decode one StreamlocalForwardRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('StreamlocalForwardRequest', pos, 'position outside the buffer')
    return _d_StreamlocalForwardRequest(buf, pos, end)


def encode_streamlocal_forward_request(obj: StreamlocalForwardRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.socket_path.encode('utf-8')
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('StreamlocalForwardRequest', str(exc)) from None


def _e_StreamlocalForwardRequest(obj: StreamlocalForwardRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.socket_path.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1,)


def decode_cancel_streamlocal_forward_request(buf: bytes | memoryview) -> CancelStreamlocalForwardRequest:
    """Decode a complete CancelStreamlocalForwardRequest from ``buf``.

    Returns:
        The decoded CancelStreamlocalForwardRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('CancelStreamlocalForwardRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('CancelStreamlocalForwardRequest', pos, 'string runs past the end of the data')
    f_socket_path = _utf8(buf, pos, e2, 'CancelStreamlocalForwardRequest')
    pos = e2
    if pos != end:
        raise DecodeError('CancelStreamlocalForwardRequest', pos, 'trailing bytes')
    return CancelStreamlocalForwardRequest(f_socket_path)


def _d_CancelStreamlocalForwardRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[CancelStreamlocalForwardRequest, int]:
    if end - pos < 4:
        raise DecodeError('CancelStreamlocalForwardRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('CancelStreamlocalForwardRequest', pos, 'string runs past the end of the data')
    f_socket_path = _utf8(buf, pos, e2, 'CancelStreamlocalForwardRequest')
    pos = e2
    return CancelStreamlocalForwardRequest(f_socket_path), pos


def decode_cancel_streamlocal_forward_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[CancelStreamlocalForwardRequest, int]:
    """Decode one CancelStreamlocalForwardRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('CancelStreamlocalForwardRequest', pos, 'position outside the buffer')
    return _d_CancelStreamlocalForwardRequest(buf, pos, end)


def encode_cancel_streamlocal_forward_request(obj: CancelStreamlocalForwardRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.socket_path.encode('utf-8')
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('CancelStreamlocalForwardRequest', str(exc)) from None


def _e_CancelStreamlocalForwardRequest(obj: CancelStreamlocalForwardRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.socket_path.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1,)


def decode_hostkeys_request(buf: bytes | memoryview) -> HostkeysRequest:
    """Decode a complete HostkeysRequest from ``buf``.

    Returns:
        The decoded HostkeysRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    items1 = []
    while pos < end:
        if end - pos < 4:
            raise DecodeError('HostkeysRequest', pos, 'truncated')
        (n3,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e4 = pos + n3
        if e4 > end:
            raise DecodeError('HostkeysRequest', pos, 'string runs past the end of the data')
        item2 = bytes(buf[pos:e4])
        pos = e4
        items1.append(item2)
    f_host_keys = tuple(items1)
    if pos != end:
        raise DecodeError('HostkeysRequest', pos, 'trailing bytes')
    return HostkeysRequest(f_host_keys)


def _d_HostkeysRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[HostkeysRequest, int]:
    items1 = []
    while pos < end:
        if end - pos < 4:
            raise DecodeError('HostkeysRequest', pos, 'truncated')
        (n3,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e4 = pos + n3
        if e4 > end:
            raise DecodeError('HostkeysRequest', pos, 'string runs past the end of the data')
        item2 = bytes(buf[pos:e4])
        pos = e4
        items1.append(item2)
    f_host_keys = tuple(items1)
    return HostkeysRequest(f_host_keys), pos


def decode_hostkeys_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[HostkeysRequest, int]:
    """Decode one HostkeysRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('HostkeysRequest', pos, 'position outside the buffer')
    return _d_HostkeysRequest(buf, pos, end)


def encode_hostkeys_request(obj: HostkeysRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.host_keys
        for it2 in lst1:
            v3 = it2
            parts += (_S_I.pack(len(v3)), v3,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('HostkeysRequest', str(exc)) from None


def _e_HostkeysRequest(obj: HostkeysRequest, parts: list[bytes | memoryview]) -> None:
    lst1 = obj.host_keys
    for it2 in lst1:
        v3 = it2
        parts += (_S_I.pack(len(v3)), v3,)


def decode_hostkeys_prove_request(buf: bytes | memoryview) -> HostkeysProveRequest:
    """Decode a complete HostkeysProveRequest from ``buf``.

    Returns:
        The decoded HostkeysProveRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    items1 = []
    while pos < end:
        if end - pos < 4:
            raise DecodeError('HostkeysProveRequest', pos, 'truncated')
        (n3,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e4 = pos + n3
        if e4 > end:
            raise DecodeError('HostkeysProveRequest', pos, 'string runs past the end of the data')
        item2 = bytes(buf[pos:e4])
        pos = e4
        items1.append(item2)
    f_host_keys = tuple(items1)
    if pos != end:
        raise DecodeError('HostkeysProveRequest', pos, 'trailing bytes')
    return HostkeysProveRequest(f_host_keys)


def _d_HostkeysProveRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[HostkeysProveRequest, int]:
    items1 = []
    while pos < end:
        if end - pos < 4:
            raise DecodeError('HostkeysProveRequest', pos, 'truncated')
        (n3,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e4 = pos + n3
        if e4 > end:
            raise DecodeError('HostkeysProveRequest', pos, 'string runs past the end of the data')
        item2 = bytes(buf[pos:e4])
        pos = e4
        items1.append(item2)
    f_host_keys = tuple(items1)
    return HostkeysProveRequest(f_host_keys), pos


def decode_hostkeys_prove_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[HostkeysProveRequest, int]:
    """Decode one HostkeysProveRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('HostkeysProveRequest', pos, 'position outside the buffer')
    return _d_HostkeysProveRequest(buf, pos, end)


def encode_hostkeys_prove_request(obj: HostkeysProveRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.host_keys
        for it2 in lst1:
            v3 = it2
            parts += (_S_I.pack(len(v3)), v3,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('HostkeysProveRequest', str(exc)) from None


def _e_HostkeysProveRequest(obj: HostkeysProveRequest, parts: list[bytes | memoryview]) -> None:
    lst1 = obj.host_keys
    for it2 in lst1:
        v3 = it2
        parts += (_S_I.pack(len(v3)), v3,)


def decode_tcpip_forward_reply(buf: bytes | memoryview) -> TcpipForwardReply:
    """Decode a complete TcpipForwardReply from ``buf``.

    Returns:
        The decoded TcpipForwardReply; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('TcpipForwardReply', pos, 'truncated')
    (f_bound_port,) = _S_I.unpack_from(buf, pos)
    pos += 4
    if pos != end:
        raise DecodeError('TcpipForwardReply', pos, 'trailing bytes')
    return TcpipForwardReply(f_bound_port)


def _d_TcpipForwardReply(buf: bytes | memoryview, pos: int, end: int) -> tuple[TcpipForwardReply, int]:
    if end - pos < 4:
        raise DecodeError('TcpipForwardReply', pos, 'truncated')
    (f_bound_port,) = _S_I.unpack_from(buf, pos)
    pos += 4
    return TcpipForwardReply(f_bound_port), pos


def decode_tcpip_forward_reply_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[TcpipForwardReply, int]:
    """Decode one TcpipForwardReply at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('TcpipForwardReply', pos, 'position outside the buffer')
    return _d_TcpipForwardReply(buf, pos, end)


def encode_tcpip_forward_reply(obj: TcpipForwardReply) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_I.pack(obj.bound_port)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('TcpipForwardReply', str(exc)) from None


def _e_TcpipForwardReply(obj: TcpipForwardReply, parts: list[bytes | memoryview]) -> None:
    parts.append(_S_I.pack(obj.bound_port))


def decode_hostkeys_prove_reply(buf: bytes | memoryview) -> HostkeysProveReply:
    """Decode a complete HostkeysProveReply from ``buf``.

    Returns:
        The decoded HostkeysProveReply; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    items1 = []
    while pos < end:
        if end - pos < 4:
            raise DecodeError('HostkeysProveReply', pos, 'truncated')
        (n3,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e4 = pos + n3
        if e4 > end:
            raise DecodeError('HostkeysProveReply', pos, 'string runs past the end of the data')
        item2 = bytes(buf[pos:e4])
        pos = e4
        items1.append(item2)
    f_signatures = tuple(items1)
    if pos != end:
        raise DecodeError('HostkeysProveReply', pos, 'trailing bytes')
    return HostkeysProveReply(f_signatures)


def _d_HostkeysProveReply(buf: bytes | memoryview, pos: int, end: int) -> tuple[HostkeysProveReply, int]:
    items1 = []
    while pos < end:
        if end - pos < 4:
            raise DecodeError('HostkeysProveReply', pos, 'truncated')
        (n3,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e4 = pos + n3
        if e4 > end:
            raise DecodeError('HostkeysProveReply', pos, 'string runs past the end of the data')
        item2 = bytes(buf[pos:e4])
        pos = e4
        items1.append(item2)
    f_signatures = tuple(items1)
    return HostkeysProveReply(f_signatures), pos


def decode_hostkeys_prove_reply_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[HostkeysProveReply, int]:
    """Decode one HostkeysProveReply at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('HostkeysProveReply', pos, 'position outside the buffer')
    return _d_HostkeysProveReply(buf, pos, end)


def encode_hostkeys_prove_reply(obj: HostkeysProveReply) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.signatures
        for it2 in lst1:
            v3 = it2
            parts += (_S_I.pack(len(v3)), v3,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('HostkeysProveReply', str(exc)) from None


def _e_HostkeysProveReply(obj: HostkeysProveReply, parts: list[bytes | memoryview]) -> None:
    lst1 = obj.signatures
    for it2 in lst1:
        v3 = it2
        parts += (_S_I.pack(len(v3)), v3,)


def decode_x11_channel_open(buf: bytes | memoryview) -> X11ChannelOpen:
    """Decode a complete X11ChannelOpen from ``buf``.

    Returns:
        The decoded X11ChannelOpen; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('X11ChannelOpen', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('X11ChannelOpen', pos, 'string runs past the end of the data')
    f_originator_address = _utf8(buf, pos, e2, 'X11ChannelOpen')
    pos = e2
    if end - pos < 4:
        raise DecodeError('X11ChannelOpen', pos, 'truncated')
    (f_originator_port,) = _S_I.unpack_from(buf, pos)
    pos += 4
    if pos != end:
        raise DecodeError('X11ChannelOpen', pos, 'trailing bytes')
    return X11ChannelOpen(f_originator_address, f_originator_port)


def _d_X11ChannelOpen(buf: bytes | memoryview, pos: int, end: int) -> tuple[X11ChannelOpen, int]:
    if end - pos < 4:
        raise DecodeError('X11ChannelOpen', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('X11ChannelOpen', pos, 'string runs past the end of the data')
    f_originator_address = _utf8(buf, pos, e2, 'X11ChannelOpen')
    pos = e2
    if end - pos < 4:
        raise DecodeError('X11ChannelOpen', pos, 'truncated')
    (f_originator_port,) = _S_I.unpack_from(buf, pos)
    pos += 4
    return X11ChannelOpen(f_originator_address, f_originator_port), pos


def decode_x11_channel_open_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[X11ChannelOpen, int]:
    """Decode one X11ChannelOpen at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('X11ChannelOpen', pos, 'position outside the buffer')
    return _d_X11ChannelOpen(buf, pos, end)


def encode_x11_channel_open(obj: X11ChannelOpen) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.originator_address.encode('utf-8')
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(obj.originator_port)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('X11ChannelOpen', str(exc)) from None


def _e_X11ChannelOpen(obj: X11ChannelOpen, parts: list[bytes | memoryview]) -> None:
    v1 = obj.originator_address.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(obj.originator_port),)


def decode_forwarded_tcpip_channel_open(buf: bytes | memoryview) -> ForwardedTcpipChannelOpen:
    """Decode a complete ForwardedTcpipChannelOpen from ``buf``.

    Returns:
        The decoded ForwardedTcpipChannelOpen; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('ForwardedTcpipChannelOpen', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ForwardedTcpipChannelOpen', pos, 'string runs past the end of the data')
    f_address_connected = _utf8(buf, pos, e2, 'ForwardedTcpipChannelOpen')
    pos = e2
    if end - pos < 8:
        raise DecodeError('ForwardedTcpipChannelOpen', pos, 'truncated')
    f_port_connected, n3 = _S_II.unpack_from(buf, pos)
    pos += 8
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('ForwardedTcpipChannelOpen', pos, 'string runs past the end of the data')
    f_originator_address = _utf8(buf, pos, e4, 'ForwardedTcpipChannelOpen')
    pos = e4
    if end - pos < 4:
        raise DecodeError('ForwardedTcpipChannelOpen', pos, 'truncated')
    (f_originator_port,) = _S_I.unpack_from(buf, pos)
    pos += 4
    if pos != end:
        raise DecodeError('ForwardedTcpipChannelOpen', pos, 'trailing bytes')
    return ForwardedTcpipChannelOpen(f_address_connected, f_port_connected, f_originator_address, f_originator_port)


def _d_ForwardedTcpipChannelOpen(buf: bytes | memoryview, pos: int, end: int) -> tuple[ForwardedTcpipChannelOpen, int]:
    if end - pos < 4:
        raise DecodeError('ForwardedTcpipChannelOpen', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ForwardedTcpipChannelOpen', pos, 'string runs past the end of the data')
    f_address_connected = _utf8(buf, pos, e2, 'ForwardedTcpipChannelOpen')
    pos = e2
    if end - pos < 8:
        raise DecodeError('ForwardedTcpipChannelOpen', pos, 'truncated')
    f_port_connected, n3 = _S_II.unpack_from(buf, pos)
    pos += 8
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('ForwardedTcpipChannelOpen', pos, 'string runs past the end of the data')
    f_originator_address = _utf8(buf, pos, e4, 'ForwardedTcpipChannelOpen')
    pos = e4
    if end - pos < 4:
        raise DecodeError('ForwardedTcpipChannelOpen', pos, 'truncated')
    (f_originator_port,) = _S_I.unpack_from(buf, pos)
    pos += 4
    return ForwardedTcpipChannelOpen(f_address_connected, f_port_connected, f_originator_address, f_originator_port), pos


def decode_forwarded_tcpip_channel_open_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[ForwardedTcpipChannelOpen, int]:
    """Decode one ForwardedTcpipChannelOpen at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('ForwardedTcpipChannelOpen', pos, 'position outside the buffer')
    return _d_ForwardedTcpipChannelOpen(buf, pos, end)


def encode_forwarded_tcpip_channel_open(obj: ForwardedTcpipChannelOpen) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.address_connected.encode('utf-8')
        v2 = obj.originator_address.encode('utf-8')
        return _S_I.pack(len(v1)) + v1 + _S_II.pack(obj.port_connected, len(v2)) + v2 + _S_I.pack(obj.originator_port)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ForwardedTcpipChannelOpen', str(exc)) from None


def _e_ForwardedTcpipChannelOpen(obj: ForwardedTcpipChannelOpen, parts: list[bytes | memoryview]) -> None:
    v1 = obj.address_connected.encode('utf-8')
    v2 = obj.originator_address.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1, _S_II.pack(obj.port_connected, len(v2)), v2, _S_I.pack(obj.originator_port),)


def decode_direct_tcpip_channel_open(buf: bytes | memoryview) -> DirectTcpipChannelOpen:
    """Decode a complete DirectTcpipChannelOpen from ``buf``.

    Returns:
        The decoded DirectTcpipChannelOpen; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('DirectTcpipChannelOpen', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('DirectTcpipChannelOpen', pos, 'string runs past the end of the data')
    f_host_to_connect = _utf8(buf, pos, e2, 'DirectTcpipChannelOpen')
    pos = e2
    if end - pos < 8:
        raise DecodeError('DirectTcpipChannelOpen', pos, 'truncated')
    f_port_to_connect, n3 = _S_II.unpack_from(buf, pos)
    pos += 8
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('DirectTcpipChannelOpen', pos, 'string runs past the end of the data')
    f_originator_address = _utf8(buf, pos, e4, 'DirectTcpipChannelOpen')
    pos = e4
    if end - pos < 4:
        raise DecodeError('DirectTcpipChannelOpen', pos, 'truncated')
    (f_originator_port,) = _S_I.unpack_from(buf, pos)
    pos += 4
    if pos != end:
        raise DecodeError('DirectTcpipChannelOpen', pos, 'trailing bytes')
    return DirectTcpipChannelOpen(f_host_to_connect, f_port_to_connect, f_originator_address, f_originator_port)


def _d_DirectTcpipChannelOpen(buf: bytes | memoryview, pos: int, end: int) -> tuple[DirectTcpipChannelOpen, int]:
    if end - pos < 4:
        raise DecodeError('DirectTcpipChannelOpen', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('DirectTcpipChannelOpen', pos, 'string runs past the end of the data')
    f_host_to_connect = _utf8(buf, pos, e2, 'DirectTcpipChannelOpen')
    pos = e2
    if end - pos < 8:
        raise DecodeError('DirectTcpipChannelOpen', pos, 'truncated')
    f_port_to_connect, n3 = _S_II.unpack_from(buf, pos)
    pos += 8
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('DirectTcpipChannelOpen', pos, 'string runs past the end of the data')
    f_originator_address = _utf8(buf, pos, e4, 'DirectTcpipChannelOpen')
    pos = e4
    if end - pos < 4:
        raise DecodeError('DirectTcpipChannelOpen', pos, 'truncated')
    (f_originator_port,) = _S_I.unpack_from(buf, pos)
    pos += 4
    return DirectTcpipChannelOpen(f_host_to_connect, f_port_to_connect, f_originator_address, f_originator_port), pos


def decode_direct_tcpip_channel_open_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[DirectTcpipChannelOpen, int]:
    """Decode one DirectTcpipChannelOpen at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('DirectTcpipChannelOpen', pos, 'position outside the buffer')
    return _d_DirectTcpipChannelOpen(buf, pos, end)


def encode_direct_tcpip_channel_open(obj: DirectTcpipChannelOpen) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.host_to_connect.encode('utf-8')
        v2 = obj.originator_address.encode('utf-8')
        return _S_I.pack(len(v1)) + v1 + _S_II.pack(obj.port_to_connect, len(v2)) + v2 + _S_I.pack(obj.originator_port)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('DirectTcpipChannelOpen', str(exc)) from None


def _e_DirectTcpipChannelOpen(obj: DirectTcpipChannelOpen, parts: list[bytes | memoryview]) -> None:
    v1 = obj.host_to_connect.encode('utf-8')
    v2 = obj.originator_address.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1, _S_II.pack(obj.port_to_connect, len(v2)), v2, _S_I.pack(obj.originator_port),)


def decode_direct_streamlocal_channel_open(buf: bytes | memoryview) -> DirectStreamlocalChannelOpen:
    """Decode a complete DirectStreamlocalChannelOpen from ``buf``.

    Returns:
        The decoded DirectStreamlocalChannelOpen; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('DirectStreamlocalChannelOpen', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('DirectStreamlocalChannelOpen', pos, 'string runs past the end of the data')
    f_socket_path = _utf8(buf, pos, e2, 'DirectStreamlocalChannelOpen')
    pos = e2
    if end - pos < 4:
        raise DecodeError('DirectStreamlocalChannelOpen', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('DirectStreamlocalChannelOpen', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('DirectStreamlocalChannelOpen', pos, 'truncated')
    (f_reserved_port,) = _S_I.unpack_from(buf, pos)
    pos += 4
    if pos != end:
        raise DecodeError('DirectStreamlocalChannelOpen', pos, 'trailing bytes')
    return DirectStreamlocalChannelOpen(f_socket_path, f_reserved, f_reserved_port)


def _d_DirectStreamlocalChannelOpen(buf: bytes | memoryview, pos: int, end: int) -> tuple[DirectStreamlocalChannelOpen, int]:
    if end - pos < 4:
        raise DecodeError('DirectStreamlocalChannelOpen', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('DirectStreamlocalChannelOpen', pos, 'string runs past the end of the data')
    f_socket_path = _utf8(buf, pos, e2, 'DirectStreamlocalChannelOpen')
    pos = e2
    if end - pos < 4:
        raise DecodeError('DirectStreamlocalChannelOpen', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('DirectStreamlocalChannelOpen', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('DirectStreamlocalChannelOpen', pos, 'truncated')
    (f_reserved_port,) = _S_I.unpack_from(buf, pos)
    pos += 4
    return DirectStreamlocalChannelOpen(f_socket_path, f_reserved, f_reserved_port), pos


def decode_direct_streamlocal_channel_open_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[DirectStreamlocalChannelOpen, int]:
    """Decode one DirectStreamlocalChannelOpen at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('DirectStreamlocalChannelOpen', pos, 'position outside the buffer')
    return _d_DirectStreamlocalChannelOpen(buf, pos, end)


def encode_direct_streamlocal_channel_open(obj: DirectStreamlocalChannelOpen) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.socket_path.encode('utf-8')
        v2 = obj.reserved
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(obj.reserved_port)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('DirectStreamlocalChannelOpen', str(exc)) from None


def _e_DirectStreamlocalChannelOpen(obj: DirectStreamlocalChannelOpen, parts: list[bytes | memoryview]) -> None:
    v1 = obj.socket_path.encode('utf-8')
    v2 = obj.reserved
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(obj.reserved_port),)


def decode_forwarded_streamlocal_channel_open(buf: bytes | memoryview) -> ForwardedStreamlocalChannelOpen:
    """Decode a complete ForwardedStreamlocalChannelOpen from ``buf``.

    Returns:
        The decoded ForwardedStreamlocalChannelOpen; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('ForwardedStreamlocalChannelOpen', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ForwardedStreamlocalChannelOpen', pos, 'string runs past the end of the data')
    f_socket_path = _utf8(buf, pos, e2, 'ForwardedStreamlocalChannelOpen')
    pos = e2
    if end - pos < 4:
        raise DecodeError('ForwardedStreamlocalChannelOpen', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('ForwardedStreamlocalChannelOpen', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('ForwardedStreamlocalChannelOpen', pos, 'trailing bytes')
    return ForwardedStreamlocalChannelOpen(f_socket_path, f_reserved)


def _d_ForwardedStreamlocalChannelOpen(buf: bytes | memoryview, pos: int, end: int) -> tuple[ForwardedStreamlocalChannelOpen, int]:
    if end - pos < 4:
        raise DecodeError('ForwardedStreamlocalChannelOpen', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ForwardedStreamlocalChannelOpen', pos, 'string runs past the end of the data')
    f_socket_path = _utf8(buf, pos, e2, 'ForwardedStreamlocalChannelOpen')
    pos = e2
    if end - pos < 4:
        raise DecodeError('ForwardedStreamlocalChannelOpen', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('ForwardedStreamlocalChannelOpen', pos, 'string runs past the end of the data')
    f_reserved = bytes(buf[pos:e4])
    pos = e4
    return ForwardedStreamlocalChannelOpen(f_socket_path, f_reserved), pos


def decode_forwarded_streamlocal_channel_open_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[ForwardedStreamlocalChannelOpen, int]:
    """Decode one ForwardedStreamlocalChannelOpen at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('ForwardedStreamlocalChannelOpen', pos, 'position outside the buffer')
    return _d_ForwardedStreamlocalChannelOpen(buf, pos, end)


def encode_forwarded_streamlocal_channel_open(obj: ForwardedStreamlocalChannelOpen) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.socket_path.encode('utf-8')
        v2 = obj.reserved
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ForwardedStreamlocalChannelOpen', str(exc)) from None


def _e_ForwardedStreamlocalChannelOpen(obj: ForwardedStreamlocalChannelOpen, parts: list[bytes | memoryview]) -> None:
    v1 = obj.socket_path.encode('utf-8')
    v2 = obj.reserved
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_tun_channel_open(buf: bytes | memoryview) -> TunChannelOpen:
    """Decode a complete TunChannelOpen from ``buf``.

    Returns:
        The decoded TunChannelOpen; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 8:
        raise DecodeError('TunChannelOpen', pos, 'truncated')
    f_tunnel_mode, f_remote_unit = _S_II.unpack_from(buf, pos)
    pos += 8
    if pos != end:
        raise DecodeError('TunChannelOpen', pos, 'trailing bytes')
    return TunChannelOpen(f_tunnel_mode, f_remote_unit)


def _d_TunChannelOpen(buf: bytes | memoryview, pos: int, end: int) -> tuple[TunChannelOpen, int]:
    if end - pos < 8:
        raise DecodeError('TunChannelOpen', pos, 'truncated')
    f_tunnel_mode, f_remote_unit = _S_II.unpack_from(buf, pos)
    pos += 8
    return TunChannelOpen(f_tunnel_mode, f_remote_unit), pos


def decode_tun_channel_open_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[TunChannelOpen, int]:
    """Decode one TunChannelOpen at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('TunChannelOpen', pos, 'position outside the buffer')
    return _d_TunChannelOpen(buf, pos, end)


def encode_tun_channel_open(obj: TunChannelOpen) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_II.pack(obj.tunnel_mode, obj.remote_unit)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('TunChannelOpen', str(exc)) from None


def _e_TunChannelOpen(obj: TunChannelOpen, parts: list[bytes | memoryview]) -> None:
    parts.append(_S_II.pack(obj.tunnel_mode, obj.remote_unit))


def decode_pty_req(buf: bytes | memoryview) -> PtyReq:
    """Decode a complete PtyReq from ``buf``.

    Returns:
        The decoded PtyReq; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('PtyReq', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('PtyReq', pos, 'string runs past the end of the data')
    f_term = _utf8(buf, pos, e2, 'PtyReq')
    pos = e2
    if end - pos < 20:
        raise DecodeError('PtyReq', pos, 'truncated')
    f_width_chars, f_height_rows, f_width_pixels, f_height_pixels, n3 = _S_IIIII.unpack_from(buf, pos)
    pos += 20
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('PtyReq', pos, 'string runs past the end of the data')
    f_modes, p5 = _d_TerminalModes(buf, pos, e4)
    if p5 != e4:
        raise DecodeError('TerminalModes', p5, 'trailing bytes')
    pos = e4
    if pos != end:
        raise DecodeError('PtyReq', pos, 'trailing bytes')
    return PtyReq(f_term, f_width_chars, f_height_rows, f_width_pixels, f_height_pixels, f_modes)


def _d_PtyReq(buf: bytes | memoryview, pos: int, end: int) -> tuple[PtyReq, int]:
    if end - pos < 4:
        raise DecodeError('PtyReq', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('PtyReq', pos, 'string runs past the end of the data')
    f_term = _utf8(buf, pos, e2, 'PtyReq')
    pos = e2
    if end - pos < 20:
        raise DecodeError('PtyReq', pos, 'truncated')
    f_width_chars, f_height_rows, f_width_pixels, f_height_pixels, n3 = _S_IIIII.unpack_from(buf, pos)
    pos += 20
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('PtyReq', pos, 'string runs past the end of the data')
    f_modes, p5 = _d_TerminalModes(buf, pos, e4)
    if p5 != e4:
        raise DecodeError('TerminalModes', p5, 'trailing bytes')
    pos = e4
    return PtyReq(f_term, f_width_chars, f_height_rows, f_width_pixels, f_height_pixels, f_modes), pos


def decode_pty_req_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[PtyReq, int]:
    """Decode one PtyReq at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('PtyReq', pos, 'position outside the buffer')
    return _d_PtyReq(buf, pos, end)


def encode_pty_req(obj: PtyReq) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = obj.term.encode('utf-8')
        sub3: list[bytes | memoryview] = []
        _e_TerminalModes(obj.modes, sub3)
        v2 = b''.join(sub3)
        parts += (_S_I.pack(len(v1)), v1, _S_IIIII.pack(obj.width_chars, obj.height_rows, obj.width_pixels, obj.height_pixels, len(v2)), v2,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('PtyReq', str(exc)) from None


def _e_PtyReq(obj: PtyReq, parts: list[bytes | memoryview]) -> None:
    v1 = obj.term.encode('utf-8')
    sub3: list[bytes | memoryview] = []
    _e_TerminalModes(obj.modes, sub3)
    v2 = b''.join(sub3)
    parts += (_S_I.pack(len(v1)), v1, _S_IIIII.pack(obj.width_chars, obj.height_rows, obj.width_pixels, obj.height_pixels, len(v2)), v2,)


def decode_terminal_modes(buf: bytes | memoryview) -> TerminalModes:
    """Decode a complete TerminalModes from ``buf``.

    Returns:
        The decoded TerminalModes; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    items1 = []
    while pos < end:
        item2, pos = _d_TerminalMode(buf, pos, end)
        items1.append(item2)
    f_modes = tuple(items1)
    if pos != end:
        raise DecodeError('TerminalModes', pos, 'trailing bytes')
    return TerminalModes(f_modes)


def _d_TerminalModes(buf: bytes | memoryview, pos: int, end: int) -> tuple[TerminalModes, int]:
    items1 = []
    while pos < end:
        item2, pos = _d_TerminalMode(buf, pos, end)
        items1.append(item2)
    f_modes = tuple(items1)
    return TerminalModes(f_modes), pos


def decode_terminal_modes_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[TerminalModes, int]:
    """Decode one TerminalModes at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('TerminalModes', pos, 'position outside the buffer')
    return _d_TerminalModes(buf, pos, end)


def encode_terminal_modes(obj: TerminalModes) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.modes
        for it2 in lst1:
            _e_TerminalMode(it2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('TerminalModes', str(exc)) from None


def _e_TerminalModes(obj: TerminalModes, parts: list[bytes | memoryview]) -> None:
    lst1 = obj.modes
    for it2 in lst1:
        _e_TerminalMode(it2, parts)


def decode_terminal_mode(buf: bytes | memoryview) -> TerminalMode:
    """Decode a complete TerminalMode from ``buf``.

    Returns:
        The decoded TerminalMode; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 1:
        raise DecodeError('TerminalMode', pos, 'truncated')
    (f_opcode,) = _S_B.unpack_from(buf, pos)
    pos += 1
    if f_opcode != 0:
        if end - pos < 4:
            raise DecodeError('TerminalMode', pos, 'truncated')
        (f_argument,) = _S_I.unpack_from(buf, pos)
        pos += 4
    else:
        f_argument = None
    if pos != end:
        raise DecodeError('TerminalMode', pos, 'trailing bytes')
    return TerminalMode(f_opcode, f_argument)


def _d_TerminalMode(buf: bytes | memoryview, pos: int, end: int) -> tuple[TerminalMode, int]:
    if end - pos < 1:
        raise DecodeError('TerminalMode', pos, 'truncated')
    (f_opcode,) = _S_B.unpack_from(buf, pos)
    pos += 1
    if f_opcode != 0:
        if end - pos < 4:
            raise DecodeError('TerminalMode', pos, 'truncated')
        (f_argument,) = _S_I.unpack_from(buf, pos)
        pos += 4
    else:
        f_argument = None
    return TerminalMode(f_opcode, f_argument), pos


def decode_terminal_mode_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[TerminalMode, int]:
    """Decode one TerminalMode at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('TerminalMode', pos, 'position outside the buffer')
    return _d_TerminalMode(buf, pos, end)


def encode_terminal_mode(obj: TerminalMode) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        parts.append(_S_B.pack(obj.opcode))
        v1 = obj.argument
        if obj.opcode != 0:
            if v1 is None:
                raise EncodeError('TerminalMode', 'argument is required when obj.opcode != 0')
            parts.append(_S_I.pack(v1))
        elif v1 is not None:
            raise EncodeError('TerminalMode', 'argument must be None unless obj.opcode != 0')
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('TerminalMode', str(exc)) from None


def _e_TerminalMode(obj: TerminalMode, parts: list[bytes | memoryview]) -> None:
    parts.append(_S_B.pack(obj.opcode))
    v1 = obj.argument
    if obj.opcode != 0:
        if v1 is None:
            raise EncodeError('TerminalMode', 'argument is required when obj.opcode != 0')
        parts.append(_S_I.pack(v1))
    elif v1 is not None:
        raise EncodeError('TerminalMode', 'argument must be None unless obj.opcode != 0')


def decode_x11_req(buf: bytes | memoryview) -> X11Req:
    """Decode a complete X11Req from ``buf``.

    Returns:
        The decoded X11Req; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('X11Req', pos, 'truncated')
    f_single_connection, n1 = _S_TI.unpack_from(buf, pos)
    pos += 5
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('X11Req', pos, 'string runs past the end of the data')
    f_x11_authentication_protocol = _utf8(buf, pos, e2, 'X11Req')
    pos = e2
    if end - pos < 4:
        raise DecodeError('X11Req', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('X11Req', pos, 'string runs past the end of the data')
    f_x11_authentication_cookie = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('X11Req', pos, 'truncated')
    (f_x11_screen_number,) = _S_I.unpack_from(buf, pos)
    pos += 4
    if pos != end:
        raise DecodeError('X11Req', pos, 'trailing bytes')
    return X11Req(f_single_connection, f_x11_authentication_protocol, f_x11_authentication_cookie, f_x11_screen_number)


def _d_X11Req(buf: bytes | memoryview, pos: int, end: int) -> tuple[X11Req, int]:
    if end - pos < 5:
        raise DecodeError('X11Req', pos, 'truncated')
    f_single_connection, n1 = _S_TI.unpack_from(buf, pos)
    pos += 5
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('X11Req', pos, 'string runs past the end of the data')
    f_x11_authentication_protocol = _utf8(buf, pos, e2, 'X11Req')
    pos = e2
    if end - pos < 4:
        raise DecodeError('X11Req', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('X11Req', pos, 'string runs past the end of the data')
    f_x11_authentication_cookie = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 4:
        raise DecodeError('X11Req', pos, 'truncated')
    (f_x11_screen_number,) = _S_I.unpack_from(buf, pos)
    pos += 4
    return X11Req(f_single_connection, f_x11_authentication_protocol, f_x11_authentication_cookie, f_x11_screen_number), pos


def decode_x11_req_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[X11Req, int]:
    """Decode one X11Req at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('X11Req', pos, 'position outside the buffer')
    return _d_X11Req(buf, pos, end)


def encode_x11_req(obj: X11Req) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.x11_authentication_protocol.encode('utf-8')
        v2 = obj.x11_authentication_cookie
        return _S_TI.pack(obj.single_connection, len(v1)) + v1 + _S_I.pack(len(v2)) + v2 + _S_I.pack(obj.x11_screen_number)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('X11Req', str(exc)) from None


def _e_X11Req(obj: X11Req, parts: list[bytes | memoryview]) -> None:
    v1 = obj.x11_authentication_protocol.encode('utf-8')
    v2 = obj.x11_authentication_cookie
    parts += (_S_TI.pack(obj.single_connection, len(v1)), v1, _S_I.pack(len(v2)), v2, _S_I.pack(obj.x11_screen_number),)


def decode_env_request(buf: bytes | memoryview) -> EnvRequest:
    """Decode a complete EnvRequest from ``buf``.

    Returns:
        The decoded EnvRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('EnvRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('EnvRequest', pos, 'string runs past the end of the data')
    f_variable_name = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('EnvRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('EnvRequest', pos, 'string runs past the end of the data')
    f_variable_value = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('EnvRequest', pos, 'trailing bytes')
    return EnvRequest(f_variable_name, f_variable_value)


def _d_EnvRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[EnvRequest, int]:
    if end - pos < 4:
        raise DecodeError('EnvRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('EnvRequest', pos, 'string runs past the end of the data')
    f_variable_name = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('EnvRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('EnvRequest', pos, 'string runs past the end of the data')
    f_variable_value = bytes(buf[pos:e4])
    pos = e4
    return EnvRequest(f_variable_name, f_variable_value), pos


def decode_env_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[EnvRequest, int]:
    """Decode one EnvRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('EnvRequest', pos, 'position outside the buffer')
    return _d_EnvRequest(buf, pos, end)


def encode_env_request(obj: EnvRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.variable_name
        v2 = obj.variable_value
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('EnvRequest', str(exc)) from None


def _e_EnvRequest(obj: EnvRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.variable_name
    v2 = obj.variable_value
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_exec_request(buf: bytes | memoryview) -> ExecRequest:
    """Decode a complete ExecRequest from ``buf``.

    Returns:
        The decoded ExecRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('ExecRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ExecRequest', pos, 'string runs past the end of the data')
    f_command = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('ExecRequest', pos, 'trailing bytes')
    return ExecRequest(f_command)


def _d_ExecRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[ExecRequest, int]:
    if end - pos < 4:
        raise DecodeError('ExecRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ExecRequest', pos, 'string runs past the end of the data')
    f_command = bytes(buf[pos:e2])
    pos = e2
    return ExecRequest(f_command), pos


def decode_exec_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[ExecRequest, int]:
    """Decode one ExecRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('ExecRequest', pos, 'position outside the buffer')
    return _d_ExecRequest(buf, pos, end)


def encode_exec_request(obj: ExecRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.command
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ExecRequest', str(exc)) from None


def _e_ExecRequest(obj: ExecRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.command
    parts += (_S_I.pack(len(v1)), v1,)


def decode_subsystem_request(buf: bytes | memoryview) -> SubsystemRequest:
    """Decode a complete SubsystemRequest from ``buf``.

    Returns:
        The decoded SubsystemRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SubsystemRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SubsystemRequest', pos, 'string runs past the end of the data')
    f_subsystem_name = _utf8(buf, pos, e2, 'SubsystemRequest')
    pos = e2
    if pos != end:
        raise DecodeError('SubsystemRequest', pos, 'trailing bytes')
    return SubsystemRequest(f_subsystem_name)


def _d_SubsystemRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[SubsystemRequest, int]:
    if end - pos < 4:
        raise DecodeError('SubsystemRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SubsystemRequest', pos, 'string runs past the end of the data')
    f_subsystem_name = _utf8(buf, pos, e2, 'SubsystemRequest')
    pos = e2
    return SubsystemRequest(f_subsystem_name), pos


def decode_subsystem_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SubsystemRequest, int]:
    """Decode one SubsystemRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SubsystemRequest', pos, 'position outside the buffer')
    return _d_SubsystemRequest(buf, pos, end)


def encode_subsystem_request(obj: SubsystemRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.subsystem_name.encode('utf-8')
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SubsystemRequest', str(exc)) from None


def _e_SubsystemRequest(obj: SubsystemRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.subsystem_name.encode('utf-8')
    parts += (_S_I.pack(len(v1)), v1,)


def decode_window_change(buf: bytes | memoryview) -> WindowChange:
    """Decode a complete WindowChange from ``buf``.

    Returns:
        The decoded WindowChange; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 16:
        raise DecodeError('WindowChange', pos, 'truncated')
    f_width_chars, f_height_rows, f_width_pixels, f_height_pixels = _S_IIII.unpack_from(buf, pos)
    pos += 16
    if pos != end:
        raise DecodeError('WindowChange', pos, 'trailing bytes')
    return WindowChange(f_width_chars, f_height_rows, f_width_pixels, f_height_pixels)


def _d_WindowChange(buf: bytes | memoryview, pos: int, end: int) -> tuple[WindowChange, int]:
    if end - pos < 16:
        raise DecodeError('WindowChange', pos, 'truncated')
    f_width_chars, f_height_rows, f_width_pixels, f_height_pixels = _S_IIII.unpack_from(buf, pos)
    pos += 16
    return WindowChange(f_width_chars, f_height_rows, f_width_pixels, f_height_pixels), pos


def decode_window_change_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[WindowChange, int]:
    """Decode one WindowChange at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('WindowChange', pos, 'position outside the buffer')
    return _d_WindowChange(buf, pos, end)


def encode_window_change(obj: WindowChange) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_IIII.pack(obj.width_chars, obj.height_rows, obj.width_pixels, obj.height_pixels)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('WindowChange', str(exc)) from None


def _e_WindowChange(obj: WindowChange, parts: list[bytes | memoryview]) -> None:
    parts.append(_S_IIII.pack(obj.width_chars, obj.height_rows, obj.width_pixels, obj.height_pixels))


def decode_xon_xoff(buf: bytes | memoryview) -> XonXoff:
    """Decode a complete XonXoff from ``buf``.

    Returns:
        The decoded XonXoff; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 1:
        raise DecodeError('XonXoff', pos, 'truncated')
    (f_client_can_do,) = _S_T.unpack_from(buf, pos)
    pos += 1
    if pos != end:
        raise DecodeError('XonXoff', pos, 'trailing bytes')
    return XonXoff(f_client_can_do)


def _d_XonXoff(buf: bytes | memoryview, pos: int, end: int) -> tuple[XonXoff, int]:
    if end - pos < 1:
        raise DecodeError('XonXoff', pos, 'truncated')
    (f_client_can_do,) = _S_T.unpack_from(buf, pos)
    pos += 1
    return XonXoff(f_client_can_do), pos


def decode_xon_xoff_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[XonXoff, int]:
    """Decode one XonXoff at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('XonXoff', pos, 'position outside the buffer')
    return _d_XonXoff(buf, pos, end)


def encode_xon_xoff(obj: XonXoff) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_T.pack(obj.client_can_do)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('XonXoff', str(exc)) from None


def _e_XonXoff(obj: XonXoff, parts: list[bytes | memoryview]) -> None:
    parts.append(_S_T.pack(obj.client_can_do))


def decode_signal_request(buf: bytes | memoryview) -> SignalRequest:
    """Decode a complete SignalRequest from ``buf``.

    Returns:
        The decoded SignalRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SignalRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SignalRequest', pos, 'string runs past the end of the data')
    f_signal_name = _name(buf[pos:e2], 'SignalRequest', pos)
    pos = e2
    if pos != end:
        raise DecodeError('SignalRequest', pos, 'trailing bytes')
    return SignalRequest(f_signal_name)


def _d_SignalRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[SignalRequest, int]:
    if end - pos < 4:
        raise DecodeError('SignalRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SignalRequest', pos, 'string runs past the end of the data')
    f_signal_name = _name(buf[pos:e2], 'SignalRequest', pos)
    pos = e2
    return SignalRequest(f_signal_name), pos


def decode_signal_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SignalRequest, int]:
    """Decode one SignalRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SignalRequest', pos, 'position outside the buffer')
    return _d_SignalRequest(buf, pos, end)


def encode_signal_request(obj: SignalRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_name(obj.signal_name, 'SignalRequest')
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SignalRequest', str(exc)) from None


def _e_SignalRequest(obj: SignalRequest, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.signal_name, 'SignalRequest')
    parts += (_S_I.pack(len(v1)), v1,)


def decode_exit_status(buf: bytes | memoryview) -> ExitStatus:
    """Decode a complete ExitStatus from ``buf``.

    Returns:
        The decoded ExitStatus; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('ExitStatus', pos, 'truncated')
    (f_exit_status,) = _S_I.unpack_from(buf, pos)
    pos += 4
    if pos != end:
        raise DecodeError('ExitStatus', pos, 'trailing bytes')
    return ExitStatus(f_exit_status)


def _d_ExitStatus(buf: bytes | memoryview, pos: int, end: int) -> tuple[ExitStatus, int]:
    if end - pos < 4:
        raise DecodeError('ExitStatus', pos, 'truncated')
    (f_exit_status,) = _S_I.unpack_from(buf, pos)
    pos += 4
    return ExitStatus(f_exit_status), pos


def decode_exit_status_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[ExitStatus, int]:
    """Decode one ExitStatus at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('ExitStatus', pos, 'position outside the buffer')
    return _d_ExitStatus(buf, pos, end)


def encode_exit_status(obj: ExitStatus) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_I.pack(obj.exit_status)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ExitStatus', str(exc)) from None


def _e_ExitStatus(obj: ExitStatus, parts: list[bytes | memoryview]) -> None:
    parts.append(_S_I.pack(obj.exit_status))


def decode_exit_signal(buf: bytes | memoryview) -> ExitSignal:
    """Decode a complete ExitSignal from ``buf``.

    Returns:
        The decoded ExitSignal; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('ExitSignal', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ExitSignal', pos, 'string runs past the end of the data')
    f_signal_name = _name(buf[pos:e2], 'ExitSignal', pos)
    pos = e2
    if end - pos < 5:
        raise DecodeError('ExitSignal', pos, 'truncated')
    f_core_dumped, n3 = _S_TI.unpack_from(buf, pos)
    pos += 5
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('ExitSignal', pos, 'string runs past the end of the data')
    f_error_message = _utf8(buf, pos, e4, 'ExitSignal')
    pos = e4
    if end - pos < 4:
        raise DecodeError('ExitSignal', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('ExitSignal', pos, 'string runs past the end of the data')
    f_language_tag = bytes(buf[pos:e6])
    pos = e6
    if pos != end:
        raise DecodeError('ExitSignal', pos, 'trailing bytes')
    return ExitSignal(f_signal_name, f_core_dumped, f_error_message, f_language_tag)


def _d_ExitSignal(buf: bytes | memoryview, pos: int, end: int) -> tuple[ExitSignal, int]:
    if end - pos < 4:
        raise DecodeError('ExitSignal', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ExitSignal', pos, 'string runs past the end of the data')
    f_signal_name = _name(buf[pos:e2], 'ExitSignal', pos)
    pos = e2
    if end - pos < 5:
        raise DecodeError('ExitSignal', pos, 'truncated')
    f_core_dumped, n3 = _S_TI.unpack_from(buf, pos)
    pos += 5
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('ExitSignal', pos, 'string runs past the end of the data')
    f_error_message = _utf8(buf, pos, e4, 'ExitSignal')
    pos = e4
    if end - pos < 4:
        raise DecodeError('ExitSignal', pos, 'truncated')
    (n5,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e6 = pos + n5
    if e6 > end:
        raise DecodeError('ExitSignal', pos, 'string runs past the end of the data')
    f_language_tag = bytes(buf[pos:e6])
    pos = e6
    return ExitSignal(f_signal_name, f_core_dumped, f_error_message, f_language_tag), pos


def decode_exit_signal_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[ExitSignal, int]:
    """Decode one ExitSignal at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('ExitSignal', pos, 'position outside the buffer')
    return _d_ExitSignal(buf, pos, end)


def encode_exit_signal(obj: ExitSignal) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_name(obj.signal_name, 'ExitSignal')
        v2 = obj.error_message.encode('utf-8')
        v3 = obj.language_tag
        return _S_I.pack(len(v1)) + v1 + _S_TI.pack(obj.core_dumped, len(v2)) + v2 + _S_I.pack(len(v3)) + v3
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ExitSignal', str(exc)) from None


def _e_ExitSignal(obj: ExitSignal, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.signal_name, 'ExitSignal')
    v2 = obj.error_message.encode('utf-8')
    v3 = obj.language_tag
    parts += (_S_I.pack(len(v1)), v1, _S_TI.pack(obj.core_dumped, len(v2)), v2, _S_I.pack(len(v3)), v3,)


def decode_break_request(buf: bytes | memoryview) -> BreakRequest:
    """Decode a complete BreakRequest from ``buf``.

    Returns:
        The decoded BreakRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('BreakRequest', pos, 'truncated')
    (f_break_length_ms,) = _S_I.unpack_from(buf, pos)
    pos += 4
    if pos != end:
        raise DecodeError('BreakRequest', pos, 'trailing bytes')
    return BreakRequest(f_break_length_ms)


def _d_BreakRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[BreakRequest, int]:
    if end - pos < 4:
        raise DecodeError('BreakRequest', pos, 'truncated')
    (f_break_length_ms,) = _S_I.unpack_from(buf, pos)
    pos += 4
    return BreakRequest(f_break_length_ms), pos


def decode_break_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[BreakRequest, int]:
    """Decode one BreakRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('BreakRequest', pos, 'position outside the buffer')
    return _d_BreakRequest(buf, pos, end)


def encode_break_request(obj: BreakRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_I.pack(obj.break_length_ms)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('BreakRequest', str(exc)) from None


def _e_BreakRequest(obj: BreakRequest, parts: list[bytes | memoryview]) -> None:
    parts.append(_S_I.pack(obj.break_length_ms))


def decode_global_request(buf: bytes | memoryview) -> GlobalRequest:
    """Decode a complete GlobalRequest message from ``buf``.

    Returns:
        The decoded GlobalRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('GlobalRequest', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 80:
        raise DecodeError('GlobalRequest', 0, 'message number is not 80')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('GlobalRequest', pos, 'string runs past the end of the data')
    f_request_name = _name(buf[pos:e2], 'GlobalRequest', pos)
    pos = e2
    if end - pos < 1:
        raise DecodeError('GlobalRequest', pos, 'truncated')
    (f_want_reply,) = _S_T.unpack_from(buf, pos)
    pos += 1
    dec3 = _SWD_GlobalRequest_body.get(f_request_name)
    if dec3 is None:
        f_body = bytes(buf[pos:end])
        pos = end
    else:
        f_body, pos = dec3(buf, pos, end)
    if pos != end:
        raise DecodeError('GlobalRequest', pos, 'trailing bytes')
    return GlobalRequest(f_request_name, f_want_reply, f_body)


def encode_global_request(obj: GlobalRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = _enc_name(obj.request_name, 'GlobalRequest')
        parts += (_S_BI.pack(80, len(v1)), v1, _S_T.pack(obj.want_reply),)
        v2 = obj.body
        case3 = _SWE_GlobalRequest_body.get(obj.request_name)
        if case3 is None:
            if not isinstance(v2, bytes | bytearray | memoryview):
                raise EncodeError('GlobalRequest', 'body must be bytes for an unknown request_name')
            parts.append(v2)
        elif case3[0] is None:
            if v2 is not None:
                raise EncodeError('GlobalRequest', 'body must be None for this request_name')
        elif type(v2) is not case3[0]:
            raise EncodeError('GlobalRequest', 'body must be ' + case3[0].__name__ + ' for request_name ' + repr(obj.request_name))
        else:
            case3[1](v2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('GlobalRequest', str(exc)) from None


def decode_request_success(buf: bytes | memoryview) -> RequestSuccess:
    """Decode a complete RequestSuccess message from ``buf``.

    Returns:
        The decoded RequestSuccess; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 1:
        raise DecodeError('RequestSuccess', pos, 'truncated')
    (mid,) = _S_B.unpack_from(buf, pos)
    pos += 1
    if mid != 81:
        raise DecodeError('RequestSuccess', 0, 'message number is not 81')
    f_data = bytes(buf[pos:end])
    pos = end
    if pos != end:
        raise DecodeError('RequestSuccess', pos, 'trailing bytes')
    return RequestSuccess(f_data)


def encode_request_success(obj: RequestSuccess) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_B.pack(81) + obj.data
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('RequestSuccess', str(exc)) from None


def decode_request_failure(buf: bytes | memoryview) -> RequestFailure:
    """Decode a complete RequestFailure message from ``buf``.

    Returns:
        The decoded RequestFailure; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 1:
        raise DecodeError('RequestFailure', pos, 'truncated')
    (mid,) = _S_B.unpack_from(buf, pos)
    pos += 1
    if mid != 82:
        raise DecodeError('RequestFailure', 0, 'message number is not 82')
    if pos != end:
        raise DecodeError('RequestFailure', pos, 'trailing bytes')
    return RequestFailure()


def encode_request_failure(obj: RequestFailure) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_B.pack(82)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('RequestFailure', str(exc)) from None


def decode_channel_open(buf: bytes | memoryview) -> ChannelOpen:
    """Decode a complete ChannelOpen message from ``buf``.

    Returns:
        The decoded ChannelOpen; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('ChannelOpen', pos, 'truncated')
    mid, n1 = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 90:
        raise DecodeError('ChannelOpen', 0, 'message number is not 90')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ChannelOpen', pos, 'string runs past the end of the data')
    f_channel_type = _name(buf[pos:e2], 'ChannelOpen', pos)
    pos = e2
    if end - pos < 12:
        raise DecodeError('ChannelOpen', pos, 'truncated')
    f_sender_channel, f_initial_window_size, f_maximum_packet_size = _S_III.unpack_from(buf, pos)
    pos += 12
    dec3 = _SWD_ChannelOpen_body.get(f_channel_type)
    if dec3 is None:
        f_body = bytes(buf[pos:end])
        pos = end
    else:
        f_body, pos = dec3(buf, pos, end)
    if pos != end:
        raise DecodeError('ChannelOpen', pos, 'trailing bytes')
    return ChannelOpen(f_channel_type, f_sender_channel, f_initial_window_size, f_maximum_packet_size, f_body)


def encode_channel_open(obj: ChannelOpen) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = _enc_name(obj.channel_type, 'ChannelOpen')
        parts += (_S_BI.pack(90, len(v1)), v1, _S_III.pack(obj.sender_channel, obj.initial_window_size, obj.maximum_packet_size),)
        v2 = obj.body
        case3 = _SWE_ChannelOpen_body.get(obj.channel_type)
        if case3 is None:
            if not isinstance(v2, bytes | bytearray | memoryview):
                raise EncodeError('ChannelOpen', 'body must be bytes for an unknown channel_type')
            parts.append(v2)
        elif case3[0] is None:
            if v2 is not None:
                raise EncodeError('ChannelOpen', 'body must be None for this channel_type')
        elif type(v2) is not case3[0]:
            raise EncodeError('ChannelOpen', 'body must be ' + case3[0].__name__ + ' for channel_type ' + repr(obj.channel_type))
        else:
            case3[1](v2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ChannelOpen', str(exc)) from None


def decode_channel_open_confirmation(buf: bytes | memoryview) -> ChannelOpenConfirmation:
    """Decode a complete ChannelOpenConfirmation message from ``buf``.

    Returns:
        The decoded ChannelOpenConfirmation; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 17:
        raise DecodeError('ChannelOpenConfirmation', pos, 'truncated')
    mid, f_recipient_channel, f_sender_channel, f_initial_window_size, f_maximum_packet_size = _S_BIIII.unpack_from(buf, pos)
    pos += 17
    if mid != 91:
        raise DecodeError('ChannelOpenConfirmation', 0, 'message number is not 91')
    f_channel_specific_data = bytes(buf[pos:end])
    pos = end
    if pos != end:
        raise DecodeError('ChannelOpenConfirmation', pos, 'trailing bytes')
    return ChannelOpenConfirmation(f_recipient_channel, f_sender_channel, f_initial_window_size, f_maximum_packet_size, f_channel_specific_data)


def encode_channel_open_confirmation(obj: ChannelOpenConfirmation) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_BIIII.pack(91, obj.recipient_channel, obj.sender_channel, obj.initial_window_size, obj.maximum_packet_size) + obj.channel_specific_data
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ChannelOpenConfirmation', str(exc)) from None


def decode_channel_open_failure(buf: bytes | memoryview) -> ChannelOpenFailure:
    """Decode a complete ChannelOpenFailure message from ``buf``.

    Returns:
        The decoded ChannelOpenFailure; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 13:
        raise DecodeError('ChannelOpenFailure', pos, 'truncated')
    mid, f_recipient_channel, f_reason_code, n1 = _S_BIII.unpack_from(buf, pos)
    pos += 13
    if mid != 92:
        raise DecodeError('ChannelOpenFailure', 0, 'message number is not 92')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ChannelOpenFailure', pos, 'string runs past the end of the data')
    f_description = _utf8(buf, pos, e2, 'ChannelOpenFailure')
    pos = e2
    if end - pos < 4:
        raise DecodeError('ChannelOpenFailure', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('ChannelOpenFailure', pos, 'string runs past the end of the data')
    f_language_tag = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('ChannelOpenFailure', pos, 'trailing bytes')
    return ChannelOpenFailure(f_recipient_channel, f_reason_code, f_description, f_language_tag)


def encode_channel_open_failure(obj: ChannelOpenFailure) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.description.encode('utf-8')
        v2 = obj.language_tag
        return _S_BIII.pack(92, obj.recipient_channel, obj.reason_code, len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ChannelOpenFailure', str(exc)) from None


def decode_channel_window_adjust(buf: bytes | memoryview) -> ChannelWindowAdjust:
    """Decode a complete ChannelWindowAdjust message from ``buf``.

    Returns:
        The decoded ChannelWindowAdjust; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('ChannelWindowAdjust', pos, 'truncated')
    mid, f_recipient_channel, f_bytes_to_add = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 93:
        raise DecodeError('ChannelWindowAdjust', 0, 'message number is not 93')
    if pos != end:
        raise DecodeError('ChannelWindowAdjust', pos, 'trailing bytes')
    return ChannelWindowAdjust(f_recipient_channel, f_bytes_to_add)


def encode_channel_window_adjust(obj: ChannelWindowAdjust) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_BII.pack(93, obj.recipient_channel, obj.bytes_to_add)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ChannelWindowAdjust', str(exc)) from None


def decode_channel_data(buf: bytes | memoryview) -> ChannelData:
    """Decode a complete ChannelData message from ``buf``.

    Returns:
        The decoded ChannelData; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('ChannelData', pos, 'truncated')
    mid, f_recipient_channel, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 94:
        raise DecodeError('ChannelData', 0, 'message number is not 94')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ChannelData', pos, 'string runs past the end of the data')
    f_data = buf[pos:e2]
    pos = e2
    if pos != end:
        raise DecodeError('ChannelData', pos, 'trailing bytes')
    return ChannelData(f_recipient_channel, f_data)


def encode_channel_data(obj: ChannelData) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.data
        return _S_BII.pack(94, obj.recipient_channel, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ChannelData', str(exc)) from None


def encode_channel_data_parts(obj: ChannelData) -> tuple[bytes, bytes | memoryview]:
    """Encode ``obj`` without copying its payload.

    Returns:
        ``(header, payload)``: their concatenation is ``encode_channel_data(obj)``.
    Raises:
        EncodeError: a value does not fit its wire type.
    """
    try:
        v1 = obj.data
        return _S_BII.pack(94, obj.recipient_channel, len(v1)), v1
    except (struct.error, OverflowError, TypeError, AttributeError) as exc:
        raise EncodeError('ChannelData', str(exc)) from None


def decode_channel_extended_data(buf: bytes | memoryview) -> ChannelExtendedData:
    """Decode a complete ChannelExtendedData message from ``buf``.

    Returns:
        The decoded ChannelExtendedData; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 13:
        raise DecodeError('ChannelExtendedData', pos, 'truncated')
    mid, f_recipient_channel, f_data_type_code, n1 = _S_BIII.unpack_from(buf, pos)
    pos += 13
    if mid != 95:
        raise DecodeError('ChannelExtendedData', 0, 'message number is not 95')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ChannelExtendedData', pos, 'string runs past the end of the data')
    f_data = buf[pos:e2]
    pos = e2
    if pos != end:
        raise DecodeError('ChannelExtendedData', pos, 'trailing bytes')
    return ChannelExtendedData(f_recipient_channel, f_data_type_code, f_data)


def encode_channel_extended_data(obj: ChannelExtendedData) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.data
        return _S_BIII.pack(95, obj.recipient_channel, obj.data_type_code, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ChannelExtendedData', str(exc)) from None


def encode_channel_extended_data_parts(obj: ChannelExtendedData) -> tuple[bytes, bytes | memoryview]:
    """Encode ``obj`` without copying its payload.

    Returns:
        ``(header, payload)``: their concatenation is ``encode_channel_extended_data(obj)``.
    Raises:
        EncodeError: a value does not fit its wire type.
    """
    try:
        v1 = obj.data
        return _S_BIII.pack(95, obj.recipient_channel, obj.data_type_code, len(v1)), v1
    except (struct.error, OverflowError, TypeError, AttributeError) as exc:
        raise EncodeError('ChannelExtendedData', str(exc)) from None


def decode_channel_eof(buf: bytes | memoryview) -> ChannelEof:
    """Decode a complete ChannelEof message from ``buf``.

    Returns:
        The decoded ChannelEof; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('ChannelEof', pos, 'truncated')
    mid, f_recipient_channel = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 96:
        raise DecodeError('ChannelEof', 0, 'message number is not 96')
    if pos != end:
        raise DecodeError('ChannelEof', pos, 'trailing bytes')
    return ChannelEof(f_recipient_channel)


def encode_channel_eof(obj: ChannelEof) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_BI.pack(96, obj.recipient_channel)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ChannelEof', str(exc)) from None


def decode_channel_close(buf: bytes | memoryview) -> ChannelClose:
    """Decode a complete ChannelClose message from ``buf``.

    Returns:
        The decoded ChannelClose; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('ChannelClose', pos, 'truncated')
    mid, f_recipient_channel = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 97:
        raise DecodeError('ChannelClose', 0, 'message number is not 97')
    if pos != end:
        raise DecodeError('ChannelClose', pos, 'trailing bytes')
    return ChannelClose(f_recipient_channel)


def encode_channel_close(obj: ChannelClose) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_BI.pack(97, obj.recipient_channel)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ChannelClose', str(exc)) from None


def decode_channel_request(buf: bytes | memoryview) -> ChannelRequest:
    """Decode a complete ChannelRequest message from ``buf``.

    Returns:
        The decoded ChannelRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('ChannelRequest', pos, 'truncated')
    mid, f_recipient_channel, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 98:
        raise DecodeError('ChannelRequest', 0, 'message number is not 98')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('ChannelRequest', pos, 'string runs past the end of the data')
    f_request_type = _name(buf[pos:e2], 'ChannelRequest', pos)
    pos = e2
    if end - pos < 1:
        raise DecodeError('ChannelRequest', pos, 'truncated')
    (f_want_reply,) = _S_T.unpack_from(buf, pos)
    pos += 1
    dec3 = _SWD_ChannelRequest_body.get(f_request_type)
    if dec3 is None:
        f_body = bytes(buf[pos:end])
        pos = end
    else:
        f_body, pos = dec3(buf, pos, end)
    if pos != end:
        raise DecodeError('ChannelRequest', pos, 'trailing bytes')
    return ChannelRequest(f_recipient_channel, f_request_type, f_want_reply, f_body)


def encode_channel_request(obj: ChannelRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = _enc_name(obj.request_type, 'ChannelRequest')
        parts += (_S_BII.pack(98, obj.recipient_channel, len(v1)), v1, _S_T.pack(obj.want_reply),)
        v2 = obj.body
        case3 = _SWE_ChannelRequest_body.get(obj.request_type)
        if case3 is None:
            if not isinstance(v2, bytes | bytearray | memoryview):
                raise EncodeError('ChannelRequest', 'body must be bytes for an unknown request_type')
            parts.append(v2)
        elif case3[0] is None:
            if v2 is not None:
                raise EncodeError('ChannelRequest', 'body must be None for this request_type')
        elif type(v2) is not case3[0]:
            raise EncodeError('ChannelRequest', 'body must be ' + case3[0].__name__ + ' for request_type ' + repr(obj.request_type))
        else:
            case3[1](v2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ChannelRequest', str(exc)) from None


def decode_channel_success(buf: bytes | memoryview) -> ChannelSuccess:
    """Decode a complete ChannelSuccess message from ``buf``.

    Returns:
        The decoded ChannelSuccess; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('ChannelSuccess', pos, 'truncated')
    mid, f_recipient_channel = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 99:
        raise DecodeError('ChannelSuccess', 0, 'message number is not 99')
    if pos != end:
        raise DecodeError('ChannelSuccess', pos, 'trailing bytes')
    return ChannelSuccess(f_recipient_channel)


def encode_channel_success(obj: ChannelSuccess) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_BI.pack(99, obj.recipient_channel)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ChannelSuccess', str(exc)) from None


def decode_channel_failure(buf: bytes | memoryview) -> ChannelFailure:
    """Decode a complete ChannelFailure message from ``buf``.

    Returns:
        The decoded ChannelFailure; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('ChannelFailure', pos, 'truncated')
    mid, f_recipient_channel = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 100:
        raise DecodeError('ChannelFailure', 0, 'message number is not 100')
    if pos != end:
        raise DecodeError('ChannelFailure', pos, 'trailing bytes')
    return ChannelFailure(f_recipient_channel)


def encode_channel_failure(obj: ChannelFailure) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_BI.pack(100, obj.recipient_channel)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('ChannelFailure', str(exc)) from None


_SWD_GlobalRequest_body: dict[str, _Decoder] = {
    'tcpip-forward': _d_TcpipForwardRequest,
    'cancel-tcpip-forward': _d_CancelTcpipForwardRequest,
    'streamlocal-forward@openssh.com': _d_StreamlocalForwardRequest,
    'cancel-streamlocal-forward@openssh.com': _d_CancelStreamlocalForwardRequest,
    'no-more-sessions@openssh.com': _d_null,
    'keepalive@openssh.com': _d_null,
    'hostkeys-00@openssh.com': _d_HostkeysRequest,
    'hostkeys-prove-00@openssh.com': _d_HostkeysProveRequest,
}

_SWE_GlobalRequest_body: dict[str, tuple[type | None, _Encoder]] = {
    'tcpip-forward': (TcpipForwardRequest, _e_TcpipForwardRequest),
    'cancel-tcpip-forward': (CancelTcpipForwardRequest, _e_CancelTcpipForwardRequest),
    'streamlocal-forward@openssh.com': (StreamlocalForwardRequest, _e_StreamlocalForwardRequest),
    'cancel-streamlocal-forward@openssh.com': (CancelStreamlocalForwardRequest, _e_CancelStreamlocalForwardRequest),
    'no-more-sessions@openssh.com': (None, _e_null),
    'keepalive@openssh.com': (None, _e_null),
    'hostkeys-00@openssh.com': (HostkeysRequest, _e_HostkeysRequest),
    'hostkeys-prove-00@openssh.com': (HostkeysProveRequest, _e_HostkeysProveRequest),
}

_SWD_ChannelOpen_body: dict[str, _Decoder] = {
    'session': _d_null,
    'x11': _d_X11ChannelOpen,
    'forwarded-tcpip': _d_ForwardedTcpipChannelOpen,
    'direct-tcpip': _d_DirectTcpipChannelOpen,
    'direct-streamlocal@openssh.com': _d_DirectStreamlocalChannelOpen,
    'forwarded-streamlocal@openssh.com': _d_ForwardedStreamlocalChannelOpen,
    'tun@openssh.com': _d_TunChannelOpen,
    'auth-agent@openssh.com': _d_null,
}

_SWE_ChannelOpen_body: dict[str, tuple[type | None, _Encoder]] = {
    'session': (None, _e_null),
    'x11': (X11ChannelOpen, _e_X11ChannelOpen),
    'forwarded-tcpip': (ForwardedTcpipChannelOpen, _e_ForwardedTcpipChannelOpen),
    'direct-tcpip': (DirectTcpipChannelOpen, _e_DirectTcpipChannelOpen),
    'direct-streamlocal@openssh.com': (DirectStreamlocalChannelOpen, _e_DirectStreamlocalChannelOpen),
    'forwarded-streamlocal@openssh.com': (ForwardedStreamlocalChannelOpen, _e_ForwardedStreamlocalChannelOpen),
    'tun@openssh.com': (TunChannelOpen, _e_TunChannelOpen),
    'auth-agent@openssh.com': (None, _e_null),
}

_SWD_ChannelRequest_body: dict[str, _Decoder] = {
    'pty-req': _d_PtyReq,
    'x11-req': _d_X11Req,
    'env': _d_EnvRequest,
    'shell': _d_null,
    'exec': _d_ExecRequest,
    'subsystem': _d_SubsystemRequest,
    'window-change': _d_WindowChange,
    'xon-xoff': _d_XonXoff,
    'signal': _d_SignalRequest,
    'exit-status': _d_ExitStatus,
    'exit-signal': _d_ExitSignal,
    'break': _d_BreakRequest,
    'auth-agent-req@openssh.com': _d_null,
    'eow@openssh.com': _d_null,
    'keepalive@openssh.com': _d_null,
}

_SWE_ChannelRequest_body: dict[str, tuple[type | None, _Encoder]] = {
    'pty-req': (PtyReq, _e_PtyReq),
    'x11-req': (X11Req, _e_X11Req),
    'env': (EnvRequest, _e_EnvRequest),
    'shell': (None, _e_null),
    'exec': (ExecRequest, _e_ExecRequest),
    'subsystem': (SubsystemRequest, _e_SubsystemRequest),
    'window-change': (WindowChange, _e_WindowChange),
    'xon-xoff': (XonXoff, _e_XonXoff),
    'signal': (SignalRequest, _e_SignalRequest),
    'exit-status': (ExitStatus, _e_ExitStatus),
    'exit-signal': (ExitSignal, _e_ExitSignal),
    'break': (BreakRequest, _e_BreakRequest),
    'auth-agent-req@openssh.com': (None, _e_null),
    'eow@openssh.com': (None, _e_null),
    'keepalive@openssh.com': (None, _e_null),
}
