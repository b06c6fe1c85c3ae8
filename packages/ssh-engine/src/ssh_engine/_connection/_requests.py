"""Role policy tables and the in-order reply queue of the connection protocol.

Who opens which channel type (RFC 4254 §6.1, §6.3.2, §7.2; OpenSSH PROTOCOL §2.3, §2.4 and
PROTOCOL.agent). A type listed here is only ever opened by the named role:

=================================  ==========  ==========================================
channel type                       opened by   why
=================================  ==========  ==========================================
session                            client      §6.1: clients SHOULD reject session opens
direct-tcpip                       client      §7.2: local forwarding (ssh -L)
direct-streamlocal@openssh.com     client      PROTOCOL §2.4 (ssh -L to a Unix socket)
tun@openssh.com                    client      PROTOCOL §2.3 (ssh -w)
forwarded-tcpip                    server      §7.2: after tcpip-forward (ssh -R)
forwarded-streamlocal@openssh.com  server      PROTOCOL §2.4
x11                                server      §6.3.2: after x11-req
auth-agent@openssh.com             server      PROTOCOL.agent: after auth-agent-req
=================================  ==========  ==========================================

A peer opening a listed type toward the wrong role is refused by the engine with
ADMINISTRATIVELY_PROHIBITED, which is what OpenSSH answers for channel types it will not
serve in that role; the application never sees it. Unknown types go to the application
(which should refuse them with UNKNOWN_CHANNEL_TYPE unless it implements them). Local opens
of a type toward the wrong role raise ``LocalProtocolError``.

Session requests our own side may send, by role (RFC 4254 §6): the client drives a session
(pty-req, x11-req, env, shell, exec, subsystem, window-change, signal, break,
auth-agent-req@openssh.com); the server reports on it (exit-status, exit-signal, and
xon-xoff, §6.8). Inbound requests are not filtered: the application answers unknown or
misplaced ones with failure.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Final, Literal

from .._errors import LocalProtocolError

__all__ = ["OPENED_BY", "SESSION_REQUEST_SENT_BY", "ReplyQueue", "Role"]

Role = Literal["client", "server"]

#: channel type -> the only role that opens it.
OPENED_BY: Final[dict[str, Role]] = {
    "session": "client",
    "direct-tcpip": "client",
    "direct-streamlocal@openssh.com": "client",
    "tun@openssh.com": "client",
    "forwarded-tcpip": "server",
    "forwarded-streamlocal@openssh.com": "server",
    "x11": "server",
    "auth-agent@openssh.com": "server",
}

#: session request type -> the only role that sends it (checked on our own sends).
SESSION_REQUEST_SENT_BY: Final[dict[str, Role]] = {
    "pty-req": "client",
    "x11-req": "client",
    "env": "client",
    "shell": "client",
    "exec": "client",
    "subsystem": "client",
    "window-change": "client",
    "signal": "client",
    "break": "client",
    "auth-agent-req@openssh.com": "client",
    "exit-status": "server",
    "exit-signal": "server",
    "xon-xoff": "server",
}


class ReplyQueue:
    """Replies to the peer's requests, released strictly in arrival order.

    RFC 4254 §4 (global) and §5.4 (channel): replies go in the order the requests were
    received. The application may answer in any order; an answer waits here until every
    earlier request is answered. Each entry is ``[request_id, answer]`` where ``answer`` is
    ``None`` until given, then ``(success, data)``.
    """

    __slots__ = ("_entries",)

    def __init__(self) -> None:
        self._entries: deque[list[object]] = deque()

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, request_id: int) -> None:
        """Records a request that wants a reply, in arrival order."""
        self._entries.append([request_id, None])

    def answer(
        self,
        request_id: int | None,
        success: bool,
        data: bytes,
        emit: Callable[[bool, bytes], None],
    ) -> None:
        """Records the answer to ``request_id`` (``None``: the oldest unanswered request),
        then passes every answer now at the head of the queue to ``emit(success, data)``,
        in order.

        Raises:
            LocalProtocolError: nothing is waiting for a reply, or ``request_id`` is not an
                unanswered request of this queue.
        """
        for entry in self._entries:
            if entry[1] is None and (request_id is None or entry[0] == request_id):
                entry[1] = (success, data)
                break
        else:
            if request_id is None:
                raise LocalProtocolError("no request is waiting for a reply")
            raise LocalProtocolError(f"request {request_id} is not waiting for a reply")
        entries = self._entries
        while entries and entries[0][1] is not None:
            answer = entries.popleft()[1]
            assert isinstance(answer, tuple)
            emit(answer[0], answer[1])
