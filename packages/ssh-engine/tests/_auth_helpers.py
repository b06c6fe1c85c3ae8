"""Shared helpers for the user authentication engine tests: keys, a back-to-back pair of
auth engines moved by hand, the same pair over a real transport, and raw request builders."""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from _transport_helpers import ready_pair

from ssh_engine._auth._client import ClientAuthEngine, ClientAuthState
from ssh_engine._auth._events import AuthEvent, AuthRequest, AuthRequested
from ssh_engine._auth._server import ServerAuthEngine, ServerAuthState
from ssh_engine._transport import MessageReceived
from ssh_engine._transport._pair import EnginePair
from ssh_wire import decode_message, encode_message
from ssh_wire.keys import CertificateType, SSHCertificate, SSHKey, generate_key, issue_certificate
from ssh_wire.messages import (
    HostbasedSignedData,
    PublickeySignedData,
    UserauthHostbasedRequest,
    UserauthPublickeyRequest,
    UserauthRequest,
)

#: A made-up session identifier (a SHA-256 exchange hash is 32 bytes).
SID = bytes(range(32))
#: Another session's identifier, for replayed signatures.
OTHER_SID = bytes(range(100, 132))
USER = "alice"
SERVICE = "ssh-connection"

#: (key kind, bits, request algorithm): every plain user key algorithm accepted by default.
KEY_CASES: tuple[tuple[str, int | None, str], ...] = (
    ("ed25519", None, "ssh-ed25519"),
    ("ecdsa", 256, "ecdsa-sha2-nistp256"),
    ("ecdsa", 384, "ecdsa-sha2-nistp384"),
    ("ecdsa", 521, "ecdsa-sha2-nistp521"),
    ("rsa", None, "rsa-sha2-512"),
    ("rsa", None, "rsa-sha2-256"),
)


@cache
def user_key(kind: str = "ed25519", bits: int | None = None, tag: str = "") -> SSHKey:
    """Returns a private key cached for the whole test process (RSA generation is slow).

    ``tag`` tells apart several keys of the same kind; RSA keys are 2048 bits.
    """
    if kind == "rsa" and bits is None:
        bits = 2048
    return generate_key(kind, bits, comment=tag)


@cache
def user_certificate(kind: str = "ed25519", bits: int | None = None) -> SSHCertificate:
    """Returns a user certificate of ``user_key(kind, bits)`` signed by an ed25519 CA."""
    ca = user_key("ed25519", None, "ca")
    return issue_certificate(
        ca,
        user_key(kind, bits),
        cert_type=CertificateType.USER,
        key_id="alice@test",
        principals=(USER,),
    )


def rsa_blob(bits: int) -> bytes:
    """Returns an ``ssh-rsa`` public key blob with an odd modulus of exactly ``bits`` bits
    (not a real key: only its size matters to the server)."""
    n = (1 << (bits - 1)) | 1

    def mpint(value: int) -> bytes:
        raw = value.to_bytes(value.bit_length() // 8 + 1, "big")
        return struct.pack(">I", len(raw)) + raw

    name = b"ssh-rsa"
    return struct.pack(">I", len(name)) + name + mpint(65537) + mpint(n)


def raw_request(method: str, body: object, *, user: str = USER, service: str = SERVICE) -> bytes:
    """Returns an encoded SSH_MSG_USERAUTH_REQUEST (``body`` is the method's struct, None,
    or raw bytes for an unknown method)."""
    return encode_message(
        UserauthRequest(
            user_name=user,
            service_name=service,
            method_name=method,
            method=body,  # type: ignore[arg-type]
        )
    )


def signed_publickey_request(
    key: SSHKey,
    algorithm: str,
    *,
    blob: bytes | None = None,
    session_id: bytes = SID,
    user: str = USER,
    signer: SSHKey | None = None,
    signature_algorithm: str | None = None,
) -> bytes:
    """Returns a signed ``publickey`` request for ``key`` under ``algorithm``.

    Args:
        blob: the key blob to send (default ``key.public_blob``; a certificate blob works).
        session_id: the session the signature covers.
        signer: the key that actually signs (default ``key``).
        signature_algorithm: the signature algorithm (default: the one ``algorithm`` needs).
    """
    blob = key.public_blob if blob is None else blob
    data = encode_message(
        PublickeySignedData(
            session_identifier=session_id,
            user_name=user,
            service_name=SERVICE,
            algorithm=algorithm,
            public_key=blob,
        )
    )
    sig_alg = signature_algorithm or signature_algorithm_for(algorithm)
    signature = (signer or key).sign(data, sig_alg)
    body = UserauthPublickeyRequest(
        has_signature=True, algorithm=algorithm, public_key=blob, signature=signature
    )
    return raw_request("publickey", body, user=user)


def signed_hostbased_request(
    key: SSHKey,
    *,
    hostname: str = "client.example.",
    local_user: str = "alice",
    signer: SSHKey | None = None,
    session_id: bytes = SID,
) -> bytes:
    """Returns a ``hostbased`` request for client host key ``key`` (an ed25519 key),
    signed by ``signer`` (default ``key``) over ``session_id``."""
    algorithm = key.type
    data = encode_message(
        HostbasedSignedData(
            session_identifier=session_id,
            user_name=USER,
            service_name=SERVICE,
            algorithm=algorithm,
            public_key=key.public_blob,
            client_host_name=hostname,
            client_user_name=local_user,
        )
    )
    signature = (signer or key).sign(data)
    body = UserauthHostbasedRequest(
        algorithm=algorithm,
        public_key=key.public_blob,
        client_host_name=hostname,
        client_user_name=local_user,
        signature=signature,
    )
    return raw_request("hostbased", body)


def signature_algorithm_for(algorithm: str) -> str:
    """Returns the signature algorithm a request algorithm needs (RFC 8332 §3,
    PROTOCOL.certkeys: a certificate signs with its certified key)."""
    plain = algorithm.removesuffix("-cert-v01@openssh.com")
    return plain


def state_of(engine: ClientAuthEngine | ServerAuthEngine) -> ClientAuthState | ServerAuthState:
    """Returns the engine's state (a call, so mypy does not keep a narrowed state across the
    actions that change it)."""
    return engine.state


def decode_out(payload: bytes, context: str = "ssh") -> object:
    """Decodes one payload an engine sent."""
    return decode_message(payload, context)


@dataclass
class AuthPair:
    """A client and a server auth engine wired back to back through two lists.

    Nothing moves until :meth:`to_server` or :meth:`to_client` is called, so tests can look
    at (or replace) every payload on the way.

    Attributes:
        client, server: the engines.
        c_out, s_out: payloads each side sent and that were not delivered yet.
        sent_by_server: every payload the server ever sent, in order.
        disconnects: the server's ``disconnect`` calls, as (reason, description).
    """

    client: ClientAuthEngine
    server: ServerAuthEngine
    c_out: list[bytes] = field(default_factory=list)
    s_out: list[bytes] = field(default_factory=list)
    sent_by_server: list[bytes] = field(default_factory=list)
    disconnects: list[tuple[int, str]] = field(default_factory=list)

    def to_server(self) -> list[AuthEvent]:
        """Delivers every queued client payload to the server; returns its events."""
        events: list[AuthEvent] = []
        while self.c_out:
            events.extend(self.server.receive_message(self.c_out.pop(0)))
        return events

    def to_client(self) -> list[AuthEvent]:
        """Delivers every queued server payload to the client; returns its events."""
        events: list[AuthEvent] = []
        while self.s_out:
            events.extend(self.client.receive_message(self.s_out.pop(0)))
        return events

    def server_numbers(self) -> list[int]:
        """Returns the message numbers of the server payloads not yet delivered."""
        return [p[0] for p in self.s_out]


def make_auth_pair(
    *,
    session_id: bytes = SID,
    server_session_id: bytes | None = None,
    **server_options: object,
) -> AuthPair:
    """Returns an :class:`AuthPair`; ``server_options`` go to :class:`ServerAuthEngine`."""
    c_out: list[bytes] = []
    s_out: list[bytes] = []
    sent: list[bytes] = []
    disconnects: list[tuple[int, str]] = []

    def server_send(payload: bytes) -> None:
        s_out.append(payload)
        sent.append(payload)

    client = ClientAuthEngine(c_out.append, session_id)
    server = ServerAuthEngine(
        server_send,
        lambda reason, text: disconnects.append((reason, text)),
        session_id if server_session_id is None else server_session_id,
        **server_options,  # type: ignore[arg-type]
    )
    return AuthPair(client, server, c_out, s_out, sent, disconnects)


def only_request(events: Sequence[AuthEvent]) -> AuthRequest:
    """Returns the request of the single ``AuthRequested`` in ``events``."""
    assert len(events) == 1, events
    event = events[0]
    assert isinstance(event, AuthRequested), event
    return event.request


@dataclass
class TransportAuth:
    """Auth engines on top of a real in-memory transport pair (kex done, ssh-userauth
    accepted): their ``send`` is the transport's ``send_message`` and their input is the
    ``MessageReceived`` payloads.

    Attributes:
        pair: the transport pair.
        client, server: the auth engines.
    """

    pair: EnginePair
    client: ClientAuthEngine
    server: ServerAuthEngine
    _seen_client: int = 0
    _seen_server: int = 0

    def pump(self) -> tuple[list[AuthEvent], list[AuthEvent]]:
        """Moves bytes until both transports are quiet, feeding each new message to its
        auth engine (repeatedly, since an answer may produce more traffic).

        Returns:
            The (client, server) auth events.
        """
        client_events: list[AuthEvent] = []
        server_events: list[AuthEvent] = []
        while True:
            self.pair.pump()
            new_server = self.pair.server_events[self._seen_server :]
            new_client = self.pair.client_events[self._seen_client :]
            self._seen_server = len(self.pair.server_events)
            self._seen_client = len(self.pair.client_events)
            moved = False
            for event in new_server:
                if isinstance(event, MessageReceived):
                    server_events.extend(self.server.receive_message(event.payload))
                    moved = True
            for event in new_client:
                if isinstance(event, MessageReceived):
                    client_events.extend(self.client.receive_message(event.payload))
                    moved = True
            if not moved:
                return client_events, server_events


def transport_auth(**server_options: object) -> TransportAuth:
    """Returns a :class:`TransportAuth` whose engines take the session id (and the server's
    host key blob) from the transports, as the real wiring does."""
    pair = ready_pair()
    client_sid = pair.client.session_id
    server_sid = pair.server.session_id
    server_blob = pair.server.host_key_blob
    assert client_sid is not None and server_sid is not None and server_blob is not None
    client = ClientAuthEngine(pair.client.send_message, client_sid)
    server = ServerAuthEngine(
        pair.server.send_message,
        pair.server.disconnect,
        server_sid,
        host_key_blobs=(server_blob,),
        **server_options,  # type: ignore[arg-type]
    )
    auth = TransportAuth(pair, client, server)
    auth._seen_client = len(pair.client_events)
    auth._seen_server = len(pair.server_events)
    return auth
