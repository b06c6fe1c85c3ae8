"""Shared helpers for the connection engine tests: two engines wired through lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ssh_engine._connection import (
    ChannelDataReceived,
    ChannelOpenRequested,
    ConnectionEngine,
    ConnectionEvent,
)
from ssh_wire import decode_message


@dataclass
class Pair:
    """A client and a server engine; whatever one sends waits in its outbox until
    :meth:`pump` hands it to the other. Events pile up in ``client_events`` /
    ``server_events``; received data is consumed automatically unless ``auto_consume`` is
    off for that side."""

    client_kwargs: dict[str, Any] = field(default_factory=dict)
    server_kwargs: dict[str, Any] = field(default_factory=dict)
    auto_consume_client: bool = True
    auto_consume_server: bool = True

    def __post_init__(self) -> None:
        self.to_server: list[bytes] = []
        self.to_client: list[bytes] = []
        self.client = ConnectionEngine("client", self.to_server.append, **self.client_kwargs)
        self.server = ConnectionEngine("server", self.to_client.append, **self.server_kwargs)
        self.client_events: list[ConnectionEvent] = []
        self.server_events: list[ConnectionEvent] = []
        self.messages_to_server: list[bytes] = []
        self.messages_to_client: list[bytes] = []

    def pump(self, max_rounds: int = 1_000_000) -> None:
        """Delivers queued messages both ways until nothing is left to deliver."""
        for _ in range(max_rounds):
            if not (self.to_server or self.to_client):
                return
            self._deliver(self.to_server, self.server, self.server_events, "server")
            self._deliver(self.to_client, self.client, self.client_events, "client")
        raise AssertionError("pump did not settle")

    def _deliver(
        self,
        outbox: list[bytes],
        engine: ConnectionEngine,
        events: list[ConnectionEvent],
        side: str,
    ) -> None:
        batch = outbox[:]
        outbox.clear()
        log = self.messages_to_server if side == "server" else self.messages_to_client
        auto = self.auto_consume_server if side == "server" else self.auto_consume_client
        for payload in batch:
            log.append(payload)
            new = engine.receive_message(memoryview(payload))
            events.extend(new)
            if auto:
                for event in new:
                    if isinstance(event, ChannelDataReceived):
                        engine.consume(event.channel_id, len(event.data))

    def take(self, side: str) -> list[ConnectionEvent]:
        """Returns and forgets the events collected for ``side`` (client/server)."""
        events = self.client_events if side == "client" else self.server_events
        taken = events[:]
        events.clear()
        return taken

    def open_session(self) -> tuple[int, int]:
        """Opens and accepts a session; returns (client id, server id)."""
        cid = self.client.open_session()
        self.pump()
        (requested,) = self.take("server")
        assert isinstance(requested, ChannelOpenRequested)
        self.server.accept_channel(requested.channel_id)
        self.pump()
        self.take("client")
        return cid, requested.channel_id


def received_data(events: list[ConnectionEvent], stream: int | None = None) -> bytes:
    """Returns the data of every ChannelDataReceived in ``events`` (of ``stream`` if given)."""
    return b"".join(
        e.data
        for e in events
        if isinstance(e, ChannelDataReceived) and (stream is None or e.stream == stream)
    )


def message_ids(payloads: list[bytes]) -> list[int]:
    """Returns the message numbers of ``payloads``."""
    return [p[0] for p in payloads]


def decoded(payloads: list[bytes]) -> list[Any]:
    """Returns ``payloads`` decoded with the generated codec."""
    return [decode_message(p) for p in payloads]
