"""The server's side of ``session`` channels (RFC 4254 §6): the requests that set a session
up (env, pty-req, window-change, signal) and the one that starts it (exec, shell,
subsystem), handed to the application as a :class:`ServerSession`.

Theory of operation: ``env`` and ``pty-req`` before the start are recorded and answered
with success; the first ``exec``/``shell``/``subsystem`` is answered with success and starts
the application's handler as a task; a second one is refused (RFC 4254 §6.5: one per
channel). When the handler returns, its result is sent as ``exit-status`` (an exception is
logged and becomes status 255, like sshd's failed command), then EOF and CLOSE. Requests of
other types are refused, as OpenSSH does.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from ssh_wire.messages import (
    EnvRequest,
    ExecRequest,
    PtyReq,
    SignalRequest,
    SubsystemRequest,
    WindowChange,
)

from .._connection import ChannelOpenRequested, ChannelRequestReceived
from ._channel import Channel, ChannelClosedError
from ._mux import ConnectionMux

__all__ = ["ServerSession", "SessionHandler", "SessionServer"]

_log = logging.getLogger("ssh_engine.connection")
#: sshd's exit status when the command could not be run.
_FAILED_STATUS = 255


@dataclass(eq=False)
class ServerSession:
    """A session channel the client opened, as the handler sees it.

    Attributes:
        channel: the channel (read the client's stdin, write stdout / stderr=1).
        kind: ``exec``, ``shell`` or ``subsystem``.
        command: the command (exec, decoded as UTF-8 with surrogateescape) or the
            subsystem's name; None for a shell.
        env: the ``env`` requests received before the start.
        pty: the ``pty-req`` if one was made (terminal name, size, modes).
        window: the latest ``window-change`` (or None).
        signals: the names of signals the client sent (``signal``, RFC 4254 §6.9).
    """

    channel: Channel
    kind: str = ""
    command: str | None = None
    env: dict[str, str] = field(default_factory=dict)
    pty: PtyReq | None = None
    window: WindowChange | None = None
    signals: asyncio.Queue[str] = field(default_factory=asyncio.Queue)


SessionHandler = Callable[[ServerSession], Awaitable[int | None]]
"""Runs a started session; returns its exit status (None: 0)."""


class SessionServer:
    """Serves the ``session`` channels a client opens (pass it as a
    :class:`~._mux.ConnectionMux`'s ``handlers``); other channel types are refused.

    Args:
        handler: runs each started session.
    """

    def __init__(self, handler: SessionHandler) -> None:
        self._handler = handler
        self._sessions: dict[int, ServerSession] = {}

    async def on_channel_open(
        self, mux: ConnectionMux, event: ChannelOpenRequested
    ) -> Channel | None:
        """Accept a ``session`` channel; returns it (None refuses other types)."""
        if event.channel_type != "session":
            return None
        for stale in [k for k, v in self._sessions.items() if v.channel.closed]:
            del self._sessions[stale]  # closed before (or after) it ever started
        channel = mux.accept_channel(event)
        self._sessions[channel.channel_id] = ServerSession(channel)
        return channel

    async def on_channel_request(
        self, mux: ConnectionMux, channel: Channel, event: ChannelRequestReceived
    ) -> None:
        """Record or start the session; answers the request when it wants a reply."""
        session = self._sessions.get(channel.channel_id)
        ok = session is not None and _apply(session, event)
        if ok and session is not None and event.request_type in ("exec", "shell", "subsystem"):
            mux.spawn(self._serve(mux, session))
        if event.want_reply:
            mux.engine.reply_request(channel.channel_id, ok, request_id=event.request_id)
            mux.flush_soon()

    async def _serve(self, mux: ConnectionMux, session: ServerSession) -> None:
        channel = session.channel
        try:
            status = await self._handler(session)
        except ChannelClosedError:
            return
        except Exception:
            _log.exception("session handler failed")
            status = _FAILED_STATUS
        finally:
            self._sessions.pop(channel.channel_id, None)
        if channel.closed or channel._close_sent:
            return  # the handler closed the channel itself: no status to report
        try:
            mux.engine.exit_status(channel.channel_id, 0 if status is None else status)
            channel.write_eof()
            channel.close()
            await mux.flush()
        except ChannelClosedError:
            pass


def _apply(session: ServerSession, event: ChannelRequestReceived) -> bool:
    """Record one request on ``session``; returns whether it is accepted."""
    body, started = event.request, bool(session.kind)
    if isinstance(body, EnvRequest) and not started:
        name = bytes(body.variable_name).decode("utf-8", "surrogateescape")
        session.env[name] = bytes(body.variable_value).decode("utf-8", "surrogateescape")
        return True
    if isinstance(body, PtyReq) and not started and session.pty is None:
        session.pty = body
        return True
    if isinstance(body, WindowChange):
        session.window = body
        return True
    if isinstance(body, SignalRequest):
        session.signals.put_nowait(body.signal_name)
        return True
    if started:
        return False
    if isinstance(body, ExecRequest):
        session.kind = "exec"
        session.command = bytes(body.command).decode("utf-8", "surrogateescape")
        return True
    if isinstance(body, SubsystemRequest):
        session.kind, session.command = "subsystem", body.subsystem_name
        return True
    if event.request_type == "shell":
        session.kind = "shell"
        return True
    return False
