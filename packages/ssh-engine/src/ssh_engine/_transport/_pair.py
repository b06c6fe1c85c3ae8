"""An in-memory client/server pair of transport engines, wired to each other (tests only).

Bytes move only when :meth:`EnginePair.pump` is called, so tests can inspect, drop, alter
or inject bytes between the two engines (``tamper`` hooks).
"""

from __future__ import annotations

from collections.abc import Callable

from .._errors import ProtocolError
from ._engine import TransportConfig, TransportEngine
from ._events import Event, HostKeyReceived

__all__ = ["EnginePair"]

Tamper = Callable[[bytes], bytes]


class EnginePair:
    """A client and a server engine connected through memory.

    Attributes:
        client, server: the engines.
        client_events, server_events: every event each side produced so far.
        auto_accept: accept the server's host key as soon as ``HostKeyReceived`` arrives.
    """

    def __init__(
        self,
        client_config: TransportConfig | None = None,
        server_config: TransportConfig | None = None,
        *,
        auto_accept: bool = True,
    ) -> None:
        self.client = TransportEngine("client", client_config)
        self.server = TransportEngine("server", server_config)
        self.client_events: list[Event] = []
        self.server_events: list[Event] = []
        self.auto_accept = auto_accept
        self.to_server: Tamper | None = None
        self.to_client: Tamper | None = None

    def pump(self, max_rounds: int = 1000) -> None:
        """Move bytes both ways until neither side has anything to send.

        Raises:
            ProtocolError: from either engine (its DISCONNECT stays queued).
            RuntimeError: still talking after ``max_rounds`` rounds.
        """
        for _ in range(max_rounds):
            if not self.step():
                return
        raise RuntimeError("engines still exchanging data after max_rounds")

    def step(self) -> bool:
        """Move the bytes each side has queued right now, once in each direction.

        Returns:
            Whether any byte moved.
        Raises:
            ProtocolError: from either engine.
        """
        c2s = self.client.data_to_send()
        s2c = self.server.data_to_send()
        if not c2s and not s2c:
            return False
        if c2s and self.to_server is not None:
            c2s = self.to_server(c2s)
        if s2c and self.to_client is not None:
            s2c = self.to_client(s2c)
        # Deliver both directions even when one side fails, as a real network would.
        error: ProtocolError | None = None
        if c2s:
            try:
                self.server_events.extend(self.server.receive_data(c2s))
            except ProtocolError as exc:
                error = exc
        if s2c:
            try:
                events = self.client.receive_data(s2c)
            except ProtocolError as exc:
                error = error or exc
            else:
                self.client_events.extend(events)
                if (
                    self.auto_accept
                    and not self.client.closed
                    and any(isinstance(e, HostKeyReceived) for e in events)
                ):
                    self.client_events.extend(self.client.accept_host_key())
        if error is not None:
            raise error
        return True

    def handshake(self, service: str = "ssh-userauth") -> None:
        """Run the kex and the service request to completion.

        Raises:
            ProtocolError: from either engine.
        """
        self.client.request_service(service)
        self.pump()
