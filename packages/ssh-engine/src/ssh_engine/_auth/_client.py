"""Client side of user authentication (RFC 4252, RFC 4256) as a sans-IO state machine.

Theory of operation: the engine sends one SSH_MSG_USERAUTH_REQUEST at a time and waits for
its answer; which methods to try and in what order is the policy's business
(``_client_flow``), not the engine's. Its states and the inbound messages each allows:

==================  ==============================================================
state               legal inbound messages
==================  ==============================================================
IDLE                BANNER (nothing is pending, so FAILURE/SUCCESS are errors)
PENDING             BANNER, FAILURE, SUCCESS, and the method's own 60-79 message:
                    PK_OK (publickey query), PASSWD_CHANGEREQ (password),
                    INFO_REQUEST (keyboard-interactive)
PROMPTED            like PENDING, once an INFO_REQUEST or PASSWD_CHANGEREQ arrived and
                    until the client answers it (or abandons it with a new request)
DONE                nothing: USERAUTH_SUCCESS ends the userauth protocol (RFC 4252 §5.1)
==================  ==============================================================

Message numbers 60-79 are method specific (RFC 4252 §6): the pending method picks the
context they decode in. Anything outside the table raises ``RemoteProtocolError`` (the
caller sends DISCONNECT PROTOCOL_ERROR). Actions that are illegal in the current state raise
``LocalProtocolError``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Final

from ssh_wire import DecodeError, UnknownMessageError, decode_message, encode_message
from ssh_wire.messages import (
    HostbasedSignedData,
    HostboundSignedData,
    PublickeySignedData,
    UserauthBanner,
    UserauthFailure,
    UserauthHostbasedRequest,
    UserauthHostboundRequest,
    UserauthInfoRequest,
    UserauthInfoResponse,
    UserauthKbdintRequest,
    UserauthPasswdChangereq,
    UserauthPasswordRequest,
    UserauthPkOk,
    UserauthPublickeyRequest,
    UserauthRequest,
)

from .._errors import LocalProtocolError, RemoteProtocolError
from ._events import (
    AuthBannerReceived,
    AuthEvent,
    AuthFailed,
    AuthSucceeded,
    KeyboardInteractivePrompted,
    PasswordChangeRequested,
    PublicKeyAccepted,
)

__all__ = ["HOSTBOUND_METHOD", "ClientAuthEngine", "ClientAuthState"]

#: OpenSSH PROTOCOL §2.5 method name and the EXT_INFO extension announcing it.
HOSTBOUND_METHOD: Final = "publickey-hostbound-v00@openssh.com"

_FAILURE, _SUCCESS, _BANNER, _METHOD_SPECIFIC = 51, 52, 53, 60
_CONTEXTS: Final = {
    "publickey": "userauth-publickey",
    HOSTBOUND_METHOD: "userauth-publickey",
    "password": "userauth-password",
    "keyboard-interactive": "userauth-kbdint",
}


class ClientAuthState(enum.Enum):
    """Where the client's userauth protocol stands (see the module docstring)."""

    IDLE = "idle"
    PENDING = "pending"
    PROMPTED = "prompted"
    DONE = "done"


class ClientAuthEngine:
    """The client end of ``ssh-userauth``, fed the payloads of messages 50-79.

    Args:
        send: queues one message payload for the server (the transport's
            ``send_message``).
        session_id: the exchange hash of the first kex, which every signature covers.
        service: the service to start on success (RFC 4252 §5).
    """

    def __init__(
        self,
        send: Callable[[bytes], None],
        session_id: bytes,
        *,
        service: str = "ssh-connection",
    ) -> None:
        self._send = send
        self.session_id = session_id
        self.service = service
        self.state = ClientAuthState.IDLE
        #: The method of the request awaiting an answer (None when idle).
        self.pending_method: str | None = None
        self._prompt_kind: type | None = None
        self._username = ""

    # ------------------------------------------------------------------ inbound

    def receive_message(self, payload: bytes | memoryview) -> list[AuthEvent]:
        """Handle one message from the server (numbers 50-79).

        Returns:
            The events it caused.
        Raises:
            RemoteProtocolError: the message is malformed, unknown, or not legal now.
        """
        if not payload:
            raise RemoteProtocolError("empty userauth message")
        number = payload[0]
        state = self.state
        if state is ClientAuthState.DONE:
            raise RemoteProtocolError(f"userauth message {number} after USERAUTH_SUCCESS")
        if number == _BANNER:
            msg = self._decode(payload, "ssh")
            assert isinstance(msg, UserauthBanner)
            return [AuthBannerReceived(message=msg.message, language=_text(msg.language_tag))]
        method = self.pending_method
        if method is None:
            raise RemoteProtocolError(f"userauth message {number} with no request pending")
        if number == _SUCCESS:
            self._decode(payload, "ssh")
            self._finish(ClientAuthState.DONE)
            return [AuthSucceeded(method=method)]
        if number == _FAILURE:
            failure = self._decode(payload, "ssh")
            assert isinstance(failure, UserauthFailure)
            self._finish(ClientAuthState.IDLE)
            return [
                AuthFailed(
                    method=method,
                    methods_left=tuple(failure.methods_that_can_continue),
                    partial_success=failure.partial_success,
                )
            ]
        context = _CONTEXTS.get(method)
        if number != _METHOD_SPECIFIC or context is None:
            raise RemoteProtocolError(f"userauth message {number} is not legal for {method!r}")
        msg = self._decode(payload, context)
        if isinstance(msg, UserauthPkOk):
            if state is not ClientAuthState.PENDING or self._prompt_kind is not UserauthPkOk:
                raise RemoteProtocolError("USERAUTH_PK_OK answers a signed request")
            # RFC 4252 §7: PK_OK ends the query; the signed request is a new one.
            self._finish(ClientAuthState.IDLE)
            return [PublicKeyAccepted(algorithm=msg.algorithm, public_key=bytes(msg.public_key))]
        if state is ClientAuthState.PROMPTED:
            raise RemoteProtocolError(f"{type(msg).__name__} before the last one was answered")
        self.state = ClientAuthState.PROMPTED
        if isinstance(msg, UserauthPasswdChangereq):
            if self._prompt_kind is not UserauthPasswdChangereq:
                raise RemoteProtocolError("PASSWD_CHANGEREQ answers a password change")
            return [PasswordChangeRequested(prompt=msg.prompt, language=_text(msg.language_tag))]
        assert isinstance(msg, UserauthInfoRequest)
        return [
            KeyboardInteractivePrompted(
                name=msg.name,
                instruction=msg.instruction,
                language=_text(msg.language_tag),
                prompts=tuple((p.prompt, p.echo) for p in msg.prompts),
            )
        ]

    @staticmethod
    def _decode(payload: bytes | memoryview, context: str) -> object:
        try:
            return decode_message(payload, context)
        except (DecodeError, UnknownMessageError) as exc:
            raise RemoteProtocolError(f"malformed userauth message: {exc}") from None

    def _finish(self, state: ClientAuthState) -> None:
        self.state = state
        self.pending_method = None
        self._prompt_kind = None

    # ------------------------------------------------------------------ actions

    def _request(self, username: str, method: str, body: object, prompt: type | None) -> None:
        # RFC 4252 §5: a new request may also abandon an open prompt (PROMPTED).
        if self.state not in (ClientAuthState.IDLE, ClientAuthState.PROMPTED):
            raise LocalProtocolError(f"cannot send a userauth request while {self.state.value}")
        self._send(
            encode_message(
                UserauthRequest(
                    user_name=username,
                    service_name=self.service,
                    method_name=method,
                    method=body,  # type: ignore[arg-type]
                )
            )
        )
        self._username = username
        self.state = ClientAuthState.PENDING
        self.pending_method = method
        self._prompt_kind = prompt

    def request_none(self, username: str) -> None:
        """Send the ``none`` request (RFC 4252 §5.2), which lists the usable methods.

        Raises:
            LocalProtocolError: a request is pending or authentication is over.
        """
        self._request(username, "none", None, None)

    def request_password(self, username: str, password: str) -> None:
        """Send a ``password`` request (RFC 4252 §8).

        Raises:
            LocalProtocolError: a request is pending or authentication is over.
        """
        body = UserauthPasswordRequest(change=False, password=password, new_password=None)
        self._request(username, "password", body, UserauthPasswdChangereq)

    def change_password(self, old_password: str, new_password: str) -> None:
        """Answer PASSWD_CHANGEREQ with the old and the new password (RFC 4252 §8).

        Raises:
            LocalProtocolError: no password change was requested.
        """
        if self.state is not ClientAuthState.PROMPTED or self.pending_method != "password":
            raise LocalProtocolError("no password change was requested")
        body = UserauthPasswordRequest(
            change=True, password=old_password, new_password=new_password
        )
        self._request(self._username, "password", body, UserauthPasswdChangereq)

    def signed_data(
        self,
        username: str,
        algorithm: str,
        public_key: bytes,
        *,
        host_key: bytes | None = None,
    ) -> bytes:
        """Returns the bytes a ``publickey`` signature covers (RFC 4252 §7), or with
        ``host_key`` those of ``publickey-hostbound-v00@openssh.com`` (PROTOCOL §2.5)."""
        if host_key is None:
            return encode_message(
                PublickeySignedData(
                    session_identifier=self.session_id,
                    user_name=username,
                    service_name=self.service,
                    algorithm=algorithm,
                    public_key=public_key,
                )
            )
        return encode_message(
            HostboundSignedData(
                session_identifier=self.session_id,
                user_name=username,
                service_name=self.service,
                algorithm=algorithm,
                public_key=public_key,
                server_host_key=host_key,
            )
        )

    def request_publickey(
        self,
        username: str,
        algorithm: str,
        public_key: bytes,
        signature: bytes | None = None,
        *,
        host_key: bytes | None = None,
    ) -> None:
        """Send a ``publickey`` request: a query without ``signature`` (answered by
        ``PublicKeyAccepted`` or ``AuthFailed``), or signed over :meth:`signed_data`.
        With ``host_key`` the method is ``publickey-hostbound-v00@openssh.com``.

        Raises:
            LocalProtocolError: a request is pending or authentication is over.
        """
        signed = signature is not None
        prompt = None if signed else UserauthPkOk
        if host_key is None:
            pk = UserauthPublickeyRequest(
                has_signature=signed, algorithm=algorithm, public_key=public_key,
                signature=signature,
            )  # fmt: skip
            self._request(username, "publickey", pk, prompt)
        else:
            hb = UserauthHostboundRequest(
                has_signature=signed, algorithm=algorithm, public_key=public_key,
                server_host_key=host_key, signature=signature,
            )  # fmt: skip
            self._request(username, HOSTBOUND_METHOD, hb, prompt)

    def request_keyboard_interactive(self, username: str, submethods: str = "") -> None:
        """Send a ``keyboard-interactive`` request (RFC 4256 §3.1).

        Raises:
            LocalProtocolError: a request is pending or authentication is over.
        """
        body = UserauthKbdintRequest(language_tag=b"", submethods=submethods)
        self._request(username, "keyboard-interactive", body, UserauthInfoRequest)

    def answer_keyboard_interactive(self, answers: Sequence[str]) -> None:
        """Send INFO_RESPONSE to the last INFO_REQUEST (RFC 4256 §3.4).

        Raises:
            LocalProtocolError: no INFO_REQUEST is waiting for answers.
        """
        if (
            self.state is not ClientAuthState.PROMPTED
            or self.pending_method != "keyboard-interactive"
        ):
            raise LocalProtocolError("no keyboard-interactive prompt is waiting")
        self._send(encode_message(UserauthInfoResponse(responses=tuple(answers))))
        self.state = ClientAuthState.PENDING

    def hostbased_signed_data(
        self,
        username: str,
        algorithm: str,
        public_key: bytes,
        client_hostname: str,
        client_username: str,
    ) -> bytes:
        """Returns the bytes a ``hostbased`` signature covers (RFC 4252 §9)."""
        return encode_message(
            HostbasedSignedData(
                session_identifier=self.session_id,
                user_name=username,
                service_name=self.service,
                algorithm=algorithm,
                public_key=public_key,
                client_host_name=client_hostname,
                client_user_name=client_username,
            )
        )

    def request_hostbased(
        self,
        username: str,
        algorithm: str,
        public_key: bytes,
        client_hostname: str,
        client_username: str,
        signature: bytes,
    ) -> None:
        """Send a ``hostbased`` request signed over :meth:`hostbased_signed_data`.

        Raises:
            LocalProtocolError: a request is pending or authentication is over.
        """
        body = UserauthHostbasedRequest(
            algorithm=algorithm,
            public_key=public_key,
            client_host_name=client_hostname,
            client_user_name=client_username,
            signature=signature,
        )
        self._request(username, "hostbased", body, None)


def _text(tag: bytes | memoryview) -> str:
    return bytes(tag).decode("utf-8", "replace")
