"""The sans-IO SSH transport engine (RFC 4253), both roles, h11-style.

Theory of operation: :class:`TransportEngine` is fed the peer's bytes with
:meth:`~TransportEngine.receive_data` and returns events; whatever it wants to send piles up
until :meth:`~TransportEngine.data_to_send`. Time only enters through
:meth:`~TransportEngine.tick`. Inbound messages are routed by the table in ``_states``;
the kex method messages by ``_kexflow``. Actions (``request_service``, ``send_message``,
``rekey``, ``accept_host_key``, ``disconnect``…) check the state and raise
:class:`LocalProtocolError` when illegal.

Key exchange (RFC 4253 §7): our KEXINIT goes out with our identification, and again when a
rekey starts (by us, by a limit, or by the peer's KEXINIT). From our KEXINIT until our
NEWKEYS, non-kex payloads are queued and flushed after NEWKEYS, never lost. A client does
not send NEWKEYS before the application accepted the host key (fail closed).

Errors: any :class:`ProtocolError` (including :class:`MacError`, :class:`KexError`) raised
while handling input queues SSH_MSG_DISCONNECT with the error's reason, closes the engine
and is re-raised; it is sticky (later calls raise the same object).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from ssh_wire import DecodeError, EncodeError, decode_message, encode_message
from ssh_wire.keys import SSHCertificate, SSHKey
from ssh_wire.messages import (
    Debug,
    Disconnect,
    DisconnectReason,
    ExtInfo,
    ExtInfoEntry,
    ExtVersion,
    Ignore,
    KexInit,
    NewKeys,
    Ping,
    Pong,
    ServerSigAlgs,
    ServiceAccept,
    ServiceRequest,
    Unimplemented,
)

from .._algorithms import AlgorithmConfig
from .._errors import KexError, LocalProtocolError, ProtocolError, RemoteProtocolError
from .._kex import Role, get_kex
from .._negotiate import Negotiated, negotiate
from .._packet import (
    DEFAULT_MAX_PACKET_LENGTH,
    FRAME_HEADROOM,
    FRAME_TAILROOM,
    PacketReader,
    PacketWriter,
    frame,
)
from .._version import DEFAULT_SOFTWARE_VERSION, VersionReader, build_ident_line
from ._events import (
    ConnectionClosed,
    DebugReceived,
    DisconnectReceived,
    Event,
    ExtInfoReceived,
    HostKeyReceived,
    IdentificationReceived,
    KexCompleted,
    MessageReceived,
    PongReceived,
    ServiceAccepted,
    UnimplementedReceived,
)
from ._hostkey import HostKeySet, host_key_algorithms
from ._kexflow import KexFlow
from ._states import (
    HANDLERS,
    PEER_IN_KEX_ALLOWED,
    SENT_BY,
    STRICT_KEX_ALLOWED,
    Phase,
    classify,
)

__all__ = ["DEFAULT_SERVER_SIG_ALGS", "TransportConfig", "TransportEngine"]

_EXT_INFO_MARKER: Final = {"client": "ext-info-c", "server": "ext-info-s"}
_STRICT_MARKER: Final = {
    "client": "kex-strict-c-v00@openssh.com",
    "server": "kex-strict-s-v00@openssh.com",
}
#: Signature algorithms our server announces in server-sig-algs (RFC 8308 §3.1).
DEFAULT_SERVER_SIG_ALGS: Final = (
    "ssh-ed25519",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "rsa-sha2-512",
    "rsa-sha2-256",
)
_MASK32: Final = 0xFFFFFFFF
_Payload = bytes | memoryview
_USERAUTH_SUCCESS: Final = 52  # RFC 4252 §5.1
_FRAMING: Final = FRAME_HEADROOM + FRAME_TAILROOM


@dataclass(frozen=True, slots=True, kw_only=True)
class TransportConfig:
    """Settings of one transport engine.

    Attributes:
        algorithms: what we offer (:func:`~ssh_engine._algorithms.build_algorithm_config`).
        host_keys: the server's private host keys and host certificates (required for a
            server; one key per type, see ``HostKeySet``).
        software_version / comments: our identification line (the seed's ``ident``).
        strict_kex: announce kex-strict-*-v00@openssh.com (Terrapin countermeasure).
        ext_info: announce ext-info-c / ext-info-s (RFC 8308).
        server_sig_algs: a server's server-sig-algs extension value.
        services: the services a server accepts (RFC 4253 §10).
        rekey_bytes / rekey_packets: rekey once either direction carried this much since
            the last kex (OpenSSH's RekeyLimit; 1 GiB and 2**31 packets by default).
        rekey_interval: seconds between rekeys, checked by ``tick(now)``; ``None`` = never.
        max_packet_length: bound on inbound packets (RFC 4253 §6.1).
        kex_options: extra keyword arguments for kex method classes, by method name
            (for example DH-GEX ``groups`` or sizes).
        random_bytes: randomness for cookies and padding.
    """

    algorithms: AlgorithmConfig = field(default_factory=AlgorithmConfig.default)
    host_keys: tuple[SSHKey | SSHCertificate, ...] = ()
    software_version: str = DEFAULT_SOFTWARE_VERSION
    comments: str | None = None
    strict_kex: bool = True
    ext_info: bool = True
    server_sig_algs: tuple[str, ...] = DEFAULT_SERVER_SIG_ALGS
    services: tuple[str, ...] = ("ssh-userauth",)
    rekey_bytes: int = 1 << 30
    rekey_packets: int = 1 << 31
    rekey_interval: float | None = None
    max_packet_length: int = DEFAULT_MAX_PACKET_LENGTH
    kex_options: dict[str, dict[str, object]] = field(default_factory=dict)
    random_bytes: Callable[[int], bytes] = os.urandom


class _Kex:
    """The state of one key exchange in progress."""

    __slots__ = (
        "flow",
        "host_key_decided",
        "ignore_next",
        "our_kexinit",
        "peer_kexinit",
        "received_newkeys",
        "sent_newkeys",
    )

    def __init__(self, our_kexinit: bytes) -> None:
        self.our_kexinit = our_kexinit
        self.peer_kexinit: bytes | None = None
        self.flow: KexFlow | None = None
        self.ignore_next = False
        self.sent_newkeys = False
        self.received_newkeys = False
        self.host_key_decided = False


class TransportEngine:
    """One end of an SSH transport connection, sans-IO (RFC 4253).

    On construction the engine queues our identification line and first KEXINIT; read them
    with :meth:`data_to_send`.
    """

    def __init__(self, role: Role, config: TransportConfig | None = None) -> None:
        """Make an engine for ``role``.

        Raises:
            LocalProtocolError: a server without host keys, or a bad identification.
        """
        self.role: Role = role
        self.config = config = config if config is not None else TransportConfig()
        self._peer_role: Role = "server" if role == "client" else "client"
        host_algs = config.algorithms.server_host_key
        self._host_key_set: HostKeySet | None = None
        self._negotiated: Negotiated | None = None
        if role == "server":
            if not config.host_keys:
                raise LocalProtocolError("a server needs at least one host key")
            self._host_key_set = HostKeySet(config.host_keys)
            host_algs = host_key_algorithms(self._host_key_set, host_algs)
        self._host_algs = host_algs
        self._ident = build_ident_line(config.software_version, config.comments)
        self._version = VersionReader(role)
        self._peer_ident: bytes | None = None
        self._reader = PacketReader(max_packet_length=config.max_packet_length)
        self._writer = PacketWriter(random_bytes=config.random_bytes)
        self._out: list[bytes | bytearray] = [self._ident]
        self._queue: list[bytearray] = []  # framed payloads held back by a kex
        self._queued_bytes = 0
        self._phase = Phase.VERSION
        self._closed = False
        self._error: ProtocolError | None = None
        self._kex: _Kex | None = None
        self._kex_count = 0
        self._session_id: bytes | None = None
        self._host_key_blob: bytes | None = None
        self._strict = False
        self._service_requested: str | None = None
        self._service: str | None = None
        self._peer_ext_info = False
        #: The extensions of the peer's last EXT_INFO (RFC 8308), empty until one arrives.
        self.peer_extensions: dict[str, object] = {}
        self._bytes_out = self._bytes_in = self._packets_out = self._packets_in = 0
        self._last_kex_time: float | None = None
        self._start_kex()

    # ------------------------------------------------------------------ properties

    @property
    def phase(self) -> Phase:
        """Returns the inbound phase (see ``_states``)."""
        return self._phase

    @property
    def session_id(self) -> bytes | None:
        """Returns the session identifier (H of the first kex), ``None`` before it."""
        return self._session_id

    @property
    def host_key_blob(self) -> bytes | None:
        """Returns the server host key blob (``K_S``) of the first kex, ``None`` before it;
        rekeys must present the same key."""
        return self._host_key_blob

    @property
    def kex_in_progress(self) -> bool:
        """Returns whether a key exchange is running."""
        return self._kex is not None

    @property
    def closed(self) -> bool:
        """Returns whether the connection is over (DISCONNECT sent or received, or EOF)."""
        return self._closed

    @property
    def strict_kex(self) -> bool:
        """Whether strict kex is in force (OpenSSH PROTOCOL, "transport: strict key exchange
        extension"): both sides announced it in their first KEXINIT. It stays in force for
        every rekey, although later ``Negotiated`` values do not repeat the markers."""
        return self._strict

    # ------------------------------------------------------------------ I/O

    def data_to_send(self) -> bytes:
        """Returns (and forgets) every byte queued for the peer."""
        data = b"".join(self._out)
        self._out.clear()
        return data

    @property
    def negotiated(self) -> Negotiated | None:
        """The algorithms of the latest completed key exchange (None before the first)."""
        return self._negotiated

    @property
    def host_key_set(self) -> HostKeySet | None:
        """Server: our host keys (None on a client)."""
        return self._host_key_set

    @property
    def queued_bytes(self) -> int:
        """Payload bytes held back until the key exchange in progress ends (RFC 4253
        §7.1); a driver stops accepting application data while this is large."""
        return self._queued_bytes

    @property
    def has_data_to_send(self) -> bool:
        """Whether bytes are queued for the peer (``data_to_send`` would be non-empty)."""
        return bool(self._out)

    def data_to_send_parts(self) -> list[bytes | bytearray]:
        """Returns (and forgets) the queued bytes as one buffer per packet, for a
        gather write (``writelines``/``sendmsg``) without joining them first."""
        parts, self._out = self._out, []
        return parts

    def receive_data(self, data: bytes | bytearray | memoryview) -> list[Event]:
        """Feed bytes from the peer.

        Returns:
            The events they caused, in order.
        Raises:
            ProtocolError: the peer broke the protocol (a DISCONNECT is then queued and the
                engine is closed); sticky.
        """
        if self._error is not None:
            raise self._error
        events: list[Event] = []
        if self._closed or not data:
            return events
        try:
            if self._phase is Phase.VERSION:
                ident = self._version.feed(data)
                if ident is None:
                    return events
                self._peer_ident = ident.line.encode("ascii")
                self._phase = Phase.KEX
                events.append(
                    IdentificationReceived(identification=ident, greeting=self._version.greeting)
                )
                data = self._version.remaining
            self._reader.feed(data)
            while not self._closed:
                payload = self._reader.next_payload()
                if payload is None:
                    break
                self._packets_in += 1
                self._bytes_in += len(payload)
                if isinstance(payload, bytearray):
                    payload = memoryview(payload)
                self._dispatch(payload, events)
                self._check_limits()
        except ProtocolError as exc:
            self._fail(exc)
            raise
        except (DecodeError, EncodeError, ValueError) as exc:
            err = RemoteProtocolError(f"invalid message from peer: {exc}")
            self._fail(err)
            raise err from exc
        return events

    def receive_eof(self) -> list[Event]:
        """The peer closed its side of the byte stream.

        Returns:
            ``[ConnectionClosed()]`` (or nothing if the engine had already closed).
        Raises:
            RemoteProtocolError: EOF before the identification or inside a packet.
        """
        if self._error is not None:
            raise self._error
        if self._closed:
            return []
        try:
            if self._phase is Phase.VERSION:
                self._version.feed_eof()
            if self._reader.buffered:
                raise RemoteProtocolError("connection closed in the middle of a packet")
        except ProtocolError as exc:
            self._error = exc
            self._closed = True
            self._phase = Phase.CLOSED
            raise
        self._closed = True
        self._phase = Phase.CLOSED
        return [ConnectionClosed()]

    def tick(self, now: float) -> None:
        """Let time pass (seconds, any monotonic origin): starts a rekey when
        ``rekey_interval`` elapsed since the last kex completed."""
        if self._closed:
            return
        if self._last_kex_time is None:
            if self._kex is None and self._kex_count:
                self._last_kex_time = now
            return
        interval = self.config.rekey_interval
        if interval is not None and self._kex is None and now - self._last_kex_time >= interval:
            self._start_kex()

    # ------------------------------------------------------------------ actions

    def accept_host_key(self) -> list[Event]:
        """Client: the application trusts the key of the last ``HostKeyReceived``; NEWKEYS
        is sent and the new outbound keys are installed.

        Returns:
            ``[KexCompleted]`` when the server's NEWKEYS already arrived, else ``[]``.
        Raises:
            LocalProtocolError: not a client, or no host key is waiting for a decision.
        """
        kex = self._pending_host_key()
        kex.host_key_decided = True
        return self._send_newkeys()

    def reject_host_key(self, description: str = "host key rejected") -> None:
        """Client: refuse the server's host key; DISCONNECT (HOST_KEY_NOT_VERIFIABLE) is
        queued and the engine closes.

        Raises:
            LocalProtocolError: not a client, or no host key is waiting for a decision.
        """
        self._pending_host_key()
        self.disconnect(DisconnectReason.HOST_KEY_NOT_VERIFIABLE, description)

    def request_service(self, name: str = "ssh-userauth") -> None:
        """Client: send SERVICE_REQUEST (RFC 4253 §10), queued until the first kex is over.

        Raises:
            LocalProtocolError: not a client, closed, or a service was already requested.
        """
        self._check_open_for_actions()
        if self.role != "client":
            raise LocalProtocolError("only a client requests a service")
        if self._service_requested is not None:
            raise LocalProtocolError(f"service {self._service_requested!r} already requested")
        self._service_requested = name
        self._send(encode_message(ServiceRequest(service_name=name)))

    def send_message(self, payload: bytes | bytearray | memoryview) -> None:
        """Send a message of the layers above (number 50-255) once the service runs.

        Queued (in order, never lost) while a key exchange is in progress.

        Raises:
            LocalProtocolError: the service is not accepted yet, closed, or the number is
                not in 50-255.
        """
        self._check_open_for_actions()
        if self._phase is not Phase.OPEN:
            raise LocalProtocolError("messages 50-255 may only be sent after SERVICE_ACCEPT")
        if not payload or payload[0] < 50:
            raise LocalProtocolError("send_message carries message numbers 50-255 only")
        self._send_framed(frame(payload))

    def send_framed(self, buf: bytearray) -> None:
        """As :meth:`send_message`, for a payload already encoded into a framed buffer
        (``ssh_engine._packet.frame``'s layout), which is handed over and sealed in place:
        how channel data reaches the wire with a single copy.

        Raises:
            LocalProtocolError: as :meth:`send_message`, or ``buf`` holds no payload.
        """
        self._check_open_for_actions()
        if self._phase is not Phase.OPEN:
            raise LocalProtocolError("messages 50-255 may only be sent after SERVICE_ACCEPT")
        if len(buf) <= _FRAMING or buf[FRAME_HEADROOM] < 50:
            raise LocalProtocolError("send_framed carries message numbers 50-255 only")
        self._send_framed(buf)

    def send_ignore(self, data: bytes = b"") -> None:
        """Send SSH_MSG_IGNORE (RFC 4253 §11.2); queued during a kex.

        Raises:
            LocalProtocolError: closed.
        """
        self._check_open_for_actions()
        self._send(encode_message(Ignore(data=data)))

    def send_debug(self, message: str, always_display: bool = False) -> None:
        """Send SSH_MSG_DEBUG (RFC 4253 §11.3); queued during a kex.

        Raises:
            LocalProtocolError: closed.
        """
        self._check_open_for_actions()
        msg = Debug(always_display=always_display, message=message, language_tag=b"")
        self._send(encode_message(msg))

    def send_unimplemented(self, sequence_number: int) -> None:
        """Answer a message no layer knows with SSH_MSG_UNIMPLEMENTED (RFC 4253 §11.4),
        given its ``MessageReceived.sequence_number``; queued during a kex.

        Raises:
            LocalProtocolError: closed.
        """
        self._check_open_for_actions()
        self._send(encode_message(Unimplemented(sequence_number=sequence_number & _MASK32)))

    def ping(self, data: bytes = b"") -> None:
        """Send ping@openssh.com (OpenSSH PROTOCOL, "transport: ping facility"); the answer is
        ``PongReceived``.

        Raises:
            LocalProtocolError: the service is not running yet, or closed.
        """
        self._check_open_for_actions()
        if self._phase is not Phase.OPEN:
            raise LocalProtocolError("ping is only allowed once the service runs")
        self._send(encode_message(Ping(data=data)))

    def rekey(self) -> None:
        """Start a key exchange now (RFC 4253 §9); a no-op while one is running.

        Raises:
            LocalProtocolError: the first kex has not completed, or closed.
        """
        self._check_open_for_actions()
        if self._session_id is None:
            raise LocalProtocolError("cannot rekey before the first key exchange completed")
        if self._kex is None:
            self._start_kex()

    def disconnect(
        self, reason: int = DisconnectReason.BY_APPLICATION, description: str = ""
    ) -> None:
        """Queue SSH_MSG_DISCONNECT (RFC 4253 §11.1) and close; a no-op once closed."""
        if self._closed:
            return
        msg = Disconnect(reason_code=int(reason), description=description, language_tag=b"")
        self._write(encode_message(msg))
        self._closed = True
        self._phase = Phase.CLOSED

    # ------------------------------------------------------------------ internals: output

    def _check_open_for_actions(self) -> None:
        if self._error is not None:
            raise LocalProtocolError(f"connection failed: {self._error}")
        if self._closed:
            raise LocalProtocolError("connection is closed")

    def _write(self, payload: bytes) -> None:
        """Seal and queue one payload now, whatever the kex state."""
        self._write_framed(frame(payload))

    def _write_framed(self, buf: bytearray) -> None:
        """Seal (in place) and queue one framed payload now, whatever the kex state."""
        number = buf[FRAME_HEADROOM]  # read before sealing encrypts it
        self._bytes_out += len(buf) - _FRAMING
        self._out.append(self._writer.seal_framed(buf))
        self._packets_out += 1
        if number == _USERAUTH_SUCCESS and self.role == "server" and self._service:
            self._start_delayed_compression()

    def _send(self, payload: bytes) -> None:
        """Send a non-kex payload (see :meth:`_send_framed`)."""
        self._send_framed(frame(payload))

    def _send_framed(self, buf: bytearray) -> None:
        """Send a framed non-kex payload, or queue it while our side is inside a kex (RFC
        4253 §7.1: only kex and transport-generic messages between KEXINIT and NEWKEYS)."""
        kex = self._kex
        if kex is not None and not kex.sent_newkeys:
            self._queue.append(buf)
            self._queued_bytes += len(buf) - _FRAMING
            return
        self._write_framed(buf)
        self._check_limits()

    def _flush_queue(self) -> None:
        queue, self._queue = self._queue, []
        self._queued_bytes = 0
        for buf in queue:
            self._write_framed(buf)

    def _fail(self, exc: ProtocolError) -> None:
        """Queue DISCONNECT with the error's reason and make ``exc`` sticky."""
        if not self._closed:
            try:
                self.disconnect(exc.reason, exc.description[:256])
            except (ProtocolError, EncodeError):  # pragma: no cover - best effort
                self._closed = True
        self._phase = Phase.CLOSED
        self._error = exc

    # ------------------------------------------------------------------ internals: kex

    def _kex_markers(self) -> list[str]:
        markers: list[str] = []
        if self._session_id is None:
            if self.config.ext_info:
                markers.append(_EXT_INFO_MARKER[self.role])
            if self.config.strict_kex:
                markers.append(_STRICT_MARKER[self.role])
        return markers

    def _start_kex(self) -> None:
        """Send our KEXINIT (RFC 4253 §7.1) and open a kex; queue other payloads from now."""
        cookie = self.config.random_bytes(16)
        msg = self.config.algorithms.kex_init(
            cookie, kex_markers=self._kex_markers(), server_host_key=self._host_algs
        )
        payload = encode_message(msg)
        self._kex = _Kex(payload)
        self._write(payload)

    def _check_limits(self) -> None:
        """Start a rekey when a byte or packet limit is reached (RFC 4253 §9)."""
        if self._kex is not None or self._session_id is None or self._closed:
            return
        cfg = self.config
        if (
            max(self._bytes_in, self._bytes_out) >= cfg.rekey_bytes
            or max(self._packets_in, self._packets_out) >= cfg.rekey_packets
        ):
            self._start_kex()

    def _pending_host_key(self) -> _Kex:
        if self.role != "client":
            raise LocalProtocolError("only a client decides on the server's host key")
        self._check_open_for_actions()
        kex = self._kex
        if kex is None or kex.flow is None or kex.flow.result is None or kex.host_key_decided:
            raise LocalProtocolError("no host key is waiting for a decision")
        return kex

    def _send_newkeys(self) -> list[Event]:
        """Send NEWKEYS, switch outbound keys (RFC 4253 §7.3), flush the queue."""
        kex = self._kex
        assert kex is not None and kex.flow is not None and kex.flow.result is not None
        negotiated = kex.flow.negotiated
        keys = kex.flow.result.keys
        self._write(encode_message(NewKeys()))
        if self._strict:
            self._writer.reset_sequence_number()
        if self.role == "client":
            d, key, iv, mac_key = negotiated.cs, keys.enc_c2s, keys.iv_c2s, keys.mac_c2s
        else:
            d, key, iv, mac_key = negotiated.sc, keys.enc_s2c, keys.iv_s2c, keys.mac_s2c
        self._writer.set_keys(d.cipher, key, iv, d.mac or "none", mac_key)
        self._writer.set_compression(d.compress)
        self._bytes_out = self._packets_out = 0
        kex.sent_newkeys = True
        if (
            self.role == "server"
            and self._kex_count == 0
            and self.config.ext_info
            and negotiated.peer_ext_info
        ):
            # RFC 8308 §2.4: the next packet after the server's first NEWKEYS.
            self._write(self._ext_info_payload())
        self._flush_queue()
        return self._maybe_complete()

    def _ext_info_payload(self) -> bytes:
        return encode_message(
            ExtInfo(
                extensions=(
                    ExtInfoEntry("server-sig-algs", ServerSigAlgs(self.config.server_sig_algs)),
                    # OpenSSH PROTOCOL §2.5: we take publickey-hostbound-v00 requests.
                    ExtInfoEntry("publickey-hostbound@openssh.com", ExtVersion("0")),
                    ExtInfoEntry("ping@openssh.com", ExtVersion("0")),
                )
            )
        )

    def _maybe_complete(self) -> list[Event]:
        kex = self._kex
        if kex is None or not (kex.sent_newkeys and kex.received_newkeys):
            return []
        assert kex.flow is not None and kex.flow.result is not None
        initial = self._session_id is None
        if initial:
            self._session_id = kex.flow.result.h
            self._host_key_blob = kex.flow.result.host_key_blob
        self._kex = None
        self._kex_count += 1
        self._last_kex_time = None
        self._negotiated = kex.flow.negotiated
        return [
            KexCompleted(
                negotiated=kex.flow.negotiated,
                session_id=self._session_id or b"",
                initial=initial,
            )
        ]

    # ------------------------------------------------------------------ internals: input

    def _dispatch(self, payload: _Payload, events: list[Event]) -> None:
        """Route one inbound payload through the (phase, class) table of ``_states``."""
        if not payload:
            raise RemoteProtocolError("empty packet payload")
        msg_id = payload[0]
        if self._session_id is None and self._reader.sequence_number == 0:
            # As OpenSSH: 2**32 packets before the first NEWKEYS can only be an attack on
            # the sequence numbers (CVE-2023-48795 without strict kex).
            raise RemoteProtocolError("sequence number wrapped during the initial kex")
        cls = classify(msg_id)
        kex = self._kex
        if kex is not None and kex.peer_kexinit is not None and not kex.received_newkeys:
            if self._strict and self._session_id is None:
                if cls not in STRICT_KEX_ALLOWED:
                    raise RemoteProtocolError(
                        f"strict kex: message {msg_id} is not allowed during the initial "
                        "key exchange"
                    )
            elif cls not in PEER_IN_KEX_ALLOWED:
                raise RemoteProtocolError(
                    f"message {msg_id} is not allowed while the peer is in a key exchange"
                )
        handler = HANDLERS.get((self._phase, cls))
        if handler is None:
            raise RemoteProtocolError(
                f"message {msg_id} is not allowed in the {self._phase.value} phase"
            )
        sender = SENT_BY.get(cls)
        if sender is not None and sender != self._peer_role:
            raise RemoteProtocolError(f"a {self._peer_role} may not send message {msg_id}")
        getattr(self, "_on_" + handler)(payload, events)

    def _on_disconnect(self, payload: _Payload, events: list[Event]) -> None:
        msg = decode_message(payload)
        self._closed = True
        self._phase = Phase.CLOSED
        events.append(DisconnectReceived(reason=msg.reason_code, description=msg.description))

    def _on_ignore(self, payload: _Payload, events: list[Event]) -> None:
        decode_message(payload)  # RFC 4253 §11.2: validated, then dropped

    def _on_debug(self, payload: _Payload, events: list[Event]) -> None:
        msg = decode_message(payload)
        events.append(DebugReceived(always_display=msg.always_display, message=msg.message))

    def _on_unimplemented(self, payload: _Payload, events: list[Event]) -> None:
        msg = decode_message(payload)
        events.append(UnimplementedReceived(sequence_number=msg.sequence_number))

    def _on_unknown(self, payload: _Payload, events: list[Event]) -> None:
        # RFC 4253 §11.4: answer with the received packet's sequence number.
        seq = (self._reader.sequence_number - 1) & _MASK32
        self._write(encode_message(Unimplemented(sequence_number=seq)))

    def _on_kexinit(self, payload: _Payload, events: list[Event]) -> None:
        peer_payload = bytes(payload)
        peer = decode_message(peer_payload)
        assert isinstance(peer, KexInit)
        if self._kex is None:
            self._start_kex()  # RFC 4253 §7.1: the peer started a rekey; we answer
        kex = self._kex
        assert kex is not None
        if kex.peer_kexinit is not None:
            raise RemoteProtocolError("second KEXINIT during a key exchange")
        kex.peer_kexinit = peer_payload
        ours = decode_message(kex.our_kexinit)
        negotiated = negotiate(ours, peer, self.role)
        if self._session_id is None and negotiated.strict_kex:
            self._strict = True
            # OpenSSH PROTOCOL, "transport: strict key exchange extension": KEXINIT must be
            # the first packet of the connection.
            if self._reader.sequence_number != 1:
                raise RemoteProtocolError("strict kex: the peer's KEXINIT was not its first packet")
        if self._session_id is None:
            self._peer_ext_info = negotiated.peer_ext_info
        kex.ignore_next = negotiated.ignore_guessed_packet
        method_cls = get_kex(negotiated.kex)
        options = self.config.kex_options.get(negotiated.kex, {})
        assert self._peer_ident is not None
        ours_ident = self._ident.rstrip(b"\r\n")
        v_c, v_s = (
            (ours_ident, self._peer_ident)
            if self.role == "client"
            else (self._peer_ident, ours_ident)
        )
        i_c, i_s = (
            (kex.our_kexinit, peer_payload)
            if self.role == "client"
            else (peer_payload, kex.our_kexinit)
        )
        kex.flow = KexFlow(
            role=self.role,
            method=method_cls(**options),
            negotiated=negotiated,
            v_c=v_c,
            v_s=v_s,
            i_c=i_c,
            i_s=i_s,
            session_id=self._session_id,
            host_keys=self._host_key_set,
        )
        first = kex.flow.start()
        if first is not None:
            self._write(first)

    def _on_kex_method(self, payload: _Payload, events: list[Event]) -> None:
        kex = self._kex
        if kex is None or kex.flow is None:
            raise RemoteProtocolError(f"kex message {payload[0]} outside a key exchange")
        if kex.ignore_next:
            kex.ignore_next = False  # RFC 4253 §7: a wrongly guessed packet is ignored
            return
        flow = kex.flow
        answer = flow.handle(payload)
        if answer is not None:
            self._write(answer)
        if flow.result is None:
            return
        if self.role == "server":
            events.extend(self._send_newkeys())
            return
        result = flow.result
        assert result.host_key is not None
        if self._host_key_blob is not None:
            # A rekey must keep the host key (as OpenSSH does); no new decision is needed.
            if result.host_key_blob != self._host_key_blob:
                raise KexError("the server's host key changed during a rekey")
            kex.host_key_decided = True
            events.extend(self._send_newkeys())
            return
        events.append(HostKeyReceived(key=result.host_key, algorithm=flow.negotiated.srv_host_key))

    def _on_newkeys(self, payload: _Payload, events: list[Event]) -> None:
        decode_message(payload)
        kex = self._kex
        if kex is None or kex.flow is None or kex.flow.result is None or kex.received_newkeys:
            raise RemoteProtocolError("NEWKEYS before the key exchange completed")
        # RFC 4253 §7.3: keys change for every packet after NEWKEYS.
        negotiated = kex.flow.negotiated
        keys = kex.flow.result.keys
        if self.role == "client":
            d, key, iv, mac_key = negotiated.sc, keys.enc_s2c, keys.iv_s2c, keys.mac_s2c
        else:
            d, key, iv, mac_key = negotiated.cs, keys.enc_c2s, keys.iv_c2s, keys.mac_c2s
        self._reader.set_keys(d.cipher, key, iv, d.mac or "none", mac_key)
        self._reader.set_compression(d.compress)
        if self._strict:
            self._reader.reset_sequence_number()
        self._bytes_in = self._packets_in = 0
        kex.received_newkeys = True
        if self._phase is Phase.KEX:
            self._phase = Phase.SERVICE
        events.extend(self._maybe_complete())

    def _on_service_request(self, payload: _Payload, events: list[Event]) -> None:
        msg = decode_message(payload)
        if self._service is not None:
            raise RemoteProtocolError("second SERVICE_REQUEST")
        name = msg.service_name
        if name not in self.config.services:
            raise RemoteProtocolError(
                f"service {name!r} not available", DisconnectReason.SERVICE_NOT_AVAILABLE
            )
        self._service = name
        self._phase = Phase.OPEN
        self._send(encode_message(ServiceAccept(service_name=name)))
        events.append(ServiceAccepted(name=name))

    def _on_service_accept(self, payload: _Payload, events: list[Event]) -> None:
        msg = decode_message(payload)
        if self._service_requested is None or self._service is not None:
            raise RemoteProtocolError("SERVICE_ACCEPT without a pending SERVICE_REQUEST")
        if msg.service_name != self._service_requested:
            raise RemoteProtocolError(
                f"SERVICE_ACCEPT for {msg.service_name!r}, requested {self._service_requested!r}"
            )
        self._service = msg.service_name
        self._phase = Phase.OPEN
        events.append(ServiceAccepted(name=msg.service_name))

    def _on_ext_info(self, payload: _Payload, events: list[Event]) -> None:
        if self.role == "server" and self._phase is Phase.OPEN:
            raise RemoteProtocolError("a client may send EXT_INFO only after its first NEWKEYS")
        ours = _EXT_INFO_MARKER[self.role]
        if not self.config.ext_info:
            raise RemoteProtocolError(f"EXT_INFO received although we did not send {ours}")
        msg = decode_message(payload)
        extensions: dict[str, object] = {}
        for entry in msg.extensions:
            value = entry.value
            extensions[entry.extension_name] = (
                bytes(value) if isinstance(value, memoryview) else value
            )
        sig = extensions.get("server-sig-algs")
        self.peer_extensions = extensions
        events.append(
            ExtInfoReceived(
                extensions=extensions,
                server_sig_algs=sig.algorithms if isinstance(sig, ServerSigAlgs) else None,
            )
        )

    def _on_upper(self, payload: _Payload, events: list[Event]) -> None:
        if payload[0] == _USERAUTH_SUCCESS and self.role == "client":
            self._start_delayed_compression()
        seq = (self._reader.sequence_number - 1) & _MASK32
        # The reader's payloads are views of read-only plaintext no one else holds: handed
        # over without a copy (channel data then costs one copy, into its event).
        if type(payload) is memoryview and not payload.readonly:
            payload = bytes(payload)
        events.append(MessageReceived(payload=payload, sequence_number=seq))

    def _start_delayed_compression(self) -> None:
        """OpenSSH PROTOCOL §2.1: zlib@openssh.com starts after USERAUTH_SUCCESS, for the
        packets after it in both directions."""
        self._reader.start_delayed_compression()
        self._writer.start_delayed_compression()

    def _on_ping(self, payload: _Payload, events: list[Event]) -> None:
        msg = decode_message(payload)
        self._send(encode_message(Pong(data=bytes(msg.data))))

    def _on_pong(self, payload: _Payload, events: list[Event]) -> None:
        msg = decode_message(payload)
        events.append(PongReceived(data=bytes(msg.data)))
