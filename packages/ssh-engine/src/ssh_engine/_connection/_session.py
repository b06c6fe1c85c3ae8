"""Convenience senders for the session channel requests of RFC 4254 §6 (and the agent
forwarding request of OpenSSH PROTOCOL.agent), mixed into the connection engine.

Each builds the generated request struct and hands it to ``send_channel_request``, which
checks the channel state and the role (see ``_requests.SESSION_REQUEST_SENT_BY``).
"""

from __future__ import annotations

from ssh_wire import DecodeError, decode
from ssh_wire.messages import (
    EnvRequest,
    ExecRequest,
    ExitSignal,
    ExitStatus,
    PtyReq,
    SignalRequest,
    SubsystemRequest,
    TerminalMode,
    TerminalModes,
    WindowChange,
    X11Req,
)

from .._errors import LocalProtocolError

__all__ = ["SessionRequests"]

_Modes = TerminalModes | bytes | dict[int, int] | None


class SessionRequests:
    """Session request helpers; the engine provides :meth:`send_channel_request`."""

    __slots__ = ()

    def send_channel_request(
        self, channel_id: int, request_type: str, body: object = None, *, want_reply: bool = False
    ) -> None:
        """Sends one SSH_MSG_CHANNEL_REQUEST (implemented by the engine)."""
        raise NotImplementedError

    def exec(self, channel_id: int, command: str | bytes, *, want_reply: bool = True) -> None:
        """Asks the server to run ``command`` (``exec``, RFC 4254 §6.5); client only.

        Raises:
            LocalProtocolError: see ``send_channel_request``.
        """
        raw = command.encode() if isinstance(command, str) else command
        self.send_channel_request(
            channel_id, "exec", ExecRequest(command=raw), want_reply=want_reply
        )

    def shell(self, channel_id: int, *, want_reply: bool = True) -> None:
        """Asks for the user's shell (``shell``, RFC 4254 §6.5); client only.

        Raises:
            LocalProtocolError: see ``send_channel_request``.
        """
        self.send_channel_request(channel_id, "shell", want_reply=want_reply)

    def subsystem(self, channel_id: int, name: str, *, want_reply: bool = True) -> None:
        """Asks for subsystem ``name`` (``subsystem``, RFC 4254 §6.5), e.g. ``sftp``.

        Raises:
            LocalProtocolError: see ``send_channel_request``.
        """
        self.send_channel_request(
            channel_id, "subsystem", SubsystemRequest(subsystem_name=name), want_reply=want_reply
        )

    def env(
        self, channel_id: int, name: str | bytes, value: str | bytes, *, want_reply: bool = False
    ) -> None:
        """Passes an environment variable (``env``, RFC 4254 §6.4).

        Raises:
            LocalProtocolError: see ``send_channel_request``.
        """
        body = EnvRequest(variable_name=_to_bytes(name), variable_value=_to_bytes(value))
        self.send_channel_request(channel_id, "env", body, want_reply=want_reply)

    def request_pty(
        self,
        channel_id: int,
        term: str = "vt100",
        cols: int = 80,
        rows: int = 24,
        width_px: int = 0,
        height_px: int = 0,
        modes: _Modes = None,
        *,
        want_reply: bool = True,
    ) -> None:
        """Asks for a pseudo-terminal (``pty-req``, RFC 4254 §6.2).

        Args:
            modes: RFC 4254 §8 terminal modes: a ``TerminalModes`` struct, its encoded
                bytes, or ``{opcode: value}`` (``TTY_OP_END`` is appended); ``None`` for
                none.

        Raises:
            LocalProtocolError: see ``send_channel_request``, or malformed modes.
        """
        body = PtyReq(
            term=term,
            width_chars=cols,
            height_rows=rows,
            width_pixels=width_px,
            height_pixels=height_px,
            modes=_terminal_modes(modes),
        )
        self.send_channel_request(channel_id, "pty-req", body, want_reply=want_reply)

    def window_change(
        self, channel_id: int, cols: int, rows: int, width_px: int = 0, height_px: int = 0
    ) -> None:
        """Reports a new terminal size (``window-change``, RFC 4254 §6.7; never a reply).

        Raises:
            LocalProtocolError: see ``send_channel_request``.
        """
        body = WindowChange(
            width_chars=cols, height_rows=rows, width_pixels=width_px, height_pixels=height_px
        )
        self.send_channel_request(channel_id, "window-change", body)

    def signal(self, channel_id: int, name: str) -> None:
        """Delivers a signal such as ``TERM`` (``signal``, RFC 4254 §6.9; never a reply).

        Raises:
            LocalProtocolError: see ``send_channel_request``.
        """
        self.send_channel_request(channel_id, "signal", SignalRequest(signal_name=name))

    def exit_status(self, channel_id: int, code: int) -> None:
        """Reports the command's exit status (``exit-status``, RFC 4254 §6.10); server only.

        Raises:
            LocalProtocolError: see ``send_channel_request``.
        """
        self.send_channel_request(channel_id, "exit-status", ExitStatus(exit_status=code))

    def exit_signal(
        self, channel_id: int, name: str, core_dumped: bool = False, message: str = ""
    ) -> None:
        """Reports that the command died of signal ``name`` (``exit-signal``, RFC 4254
        §6.10); server only.

        Raises:
            LocalProtocolError: see ``send_channel_request``.
        """
        body = ExitSignal(
            signal_name=name, core_dumped=core_dumped, error_message=message, language_tag=b""
        )
        self.send_channel_request(channel_id, "exit-signal", body)

    def request_x11(
        self,
        channel_id: int,
        protocol: str,
        cookie: bytes,
        screen: int = 0,
        *,
        single_connection: bool = False,
        want_reply: bool = True,
    ) -> None:
        """Asks for X11 forwarding (``x11-req``, RFC 4254 §6.3.1); client only.

        Raises:
            LocalProtocolError: see ``send_channel_request``.
        """
        body = X11Req(
            single_connection=single_connection,
            x11_authentication_protocol=protocol,
            x11_authentication_cookie=cookie,
            x11_screen_number=screen,
        )
        self.send_channel_request(channel_id, "x11-req", body, want_reply=want_reply)

    def request_agent_forwarding(self, channel_id: int, *, want_reply: bool = True) -> None:
        """Asks for agent forwarding (``auth-agent-req@openssh.com``, OpenSSH
        PROTOCOL.agent); client only.

        Raises:
            LocalProtocolError: see ``send_channel_request``.
        """
        self.send_channel_request(channel_id, "auth-agent-req@openssh.com", want_reply=want_reply)


def _to_bytes(value: str | bytes) -> bytes:
    return value.encode() if isinstance(value, str) else value


def _terminal_modes(modes: _Modes) -> TerminalModes:
    """Returns RFC 4254 §8 modes as a struct, always ending with TTY_OP_END."""
    if modes is None:
        return TerminalModes(modes=(TerminalMode(opcode=0, argument=None),))
    if isinstance(modes, TerminalModes):
        return modes
    if isinstance(modes, bytes):
        try:
            parsed: TerminalModes = decode(TerminalModes, modes)
        except DecodeError as exc:
            raise LocalProtocolError(f"malformed terminal modes: {exc}") from None
        return parsed
    items = [TerminalMode(opcode=op, argument=arg) for op, arg in modes.items() if op != 0]
    items.append(TerminalMode(opcode=0, argument=None))
    return TerminalModes(modes=tuple(items))
