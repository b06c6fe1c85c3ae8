"""AgentClient: the agent protocol over an asyncio stream pair, one awaitable per request.

A background task reads the stream and feeds :class:`AgentClientProtocol`, which matches each
reply to its request in order; the caller awaits a future. Requests may be issued
concurrently (they are pipelined). Every wait — connecting, writing, the reply — is bounded by
``timeout``. A request that times out stays in the queue, so the order of replies is kept and
the late reply is dropped.

Subclasses (:class:`OpenSSHAgent`, :class:`CygwinAgent`, :class:`PageantAgent`) open their
connection on first use through :meth:`AgentClient._open_stream`, open a new one when it was
lost or closed, and open extra ones for agent forwarding (:meth:`get_stream`).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from types import TracebackType
from typing import Any, Self, TypeVar

from ssh_wire import Buffer, DecodeError
from ssh_wire import messages as m
from ssh_wire.keys import (
    KeyParseError,
    SSHCertificate,
    SSHKey,
    parse_certificate,
    public_key_from_blob,
)

from ._base import BaseAgent, Identity, StreamPair
from ._errors import AgentError
from ._framing import MAX_MESSAGE
from ._protocol import AgentClientProtocol, PendingRequest

__all__ = ["DEFAULT_TIMEOUT", "AgentClient", "AgentTimeoutError", "sign_flags"]

T = TypeVar("T")

#: Seconds any single wait (connect, write, reply) may take unless the caller says otherwise.
DEFAULT_TIMEOUT = 30.0
_CERT_SUFFIX = "-cert-v01@openssh.com"
_READ_CHUNK = 64 * 1024
# draft-miller-ssh-agent §4.5.1: SSH_AGENT_RSA_SHA2_256 / SSH_AGENT_RSA_SHA2_512.
_RSA_FLAGS = {
    "rsa-sha2-256": m.AgentSignFlag.RSA_SHA2_256,
    "rsa-sha2-512": m.AgentSignFlag.RSA_SHA2_512,
}
_MAX_LIFETIME = 2**32 - 1

KeyOrBlob = SSHKey | SSHCertificate | bytes | bytearray | memoryview


class AgentTimeoutError(AgentError, TimeoutError):
    """The agent did not answer (or accept a connection or data) within the timeout."""


# -- argument helpers ---------------------------------------------------------------------


def _blob(key: KeyOrBlob) -> bytes:
    if isinstance(key, SSHKey):
        return key.public_blob
    if isinstance(key, SSHCertificate):
        return key.blob
    if isinstance(key, bytes | bytearray | memoryview):
        return bytes(key)
    raise TypeError(f"expected an SSHKey, SSHCertificate or key blob, not {type(key).__name__}")


def _blob_type(blob: bytes) -> str:
    try:
        return Buffer(blob, "key blob").get_name()
    except DecodeError:
        raise ValueError("not an SSH public key blob") from None


def sign_flags(key_type: str, algorithm: str | None) -> int:
    """The SSH_AGENTC_SIGN_REQUEST flags asking for ``algorithm`` (draft-miller-ssh-agent
    §4.5.1): ``rsa-sha2-256`` → 2, ``rsa-sha2-512`` → 4 (also their ``-cert-v01`` forms).

    Returns:
        The flags; 0 for None, ``ssh-rsa`` or the key's own type.
    Raises:
        ValueError: ``key_type`` cannot make ``algorithm`` signatures.
    """
    if algorithm is None:
        return 0
    plain = key_type.removesuffix(_CERT_SUFFIX)
    flag = _RSA_FLAGS.get(algorithm.removesuffix(_CERT_SUFFIX))
    if flag is not None and plain == "ssh-rsa":
        return int(flag)
    if flag is None and algorithm in (key_type, plain):
        return 0
    raise ValueError(f"a {key_type} key cannot make {algorithm} signatures")


def _identity(blob: bytes, comment: str) -> Identity | None:
    """A key or certificate from an identity blob; None for a type we cannot represent."""
    try:
        if _blob_type(blob).endswith(_CERT_SUFFIX):
            return parse_certificate(blob, comment)
        return public_key_from_blob(blob, comment)
    except (KeyParseError, ValueError):
        return None


def _add_fields(key: SSHKey, certificate: SSHCertificate | bytes | None) -> tuple[str, Any]:
    """The key type and private fields of an ADD_IDENTITY (draft-miller-ssh-agent §4.2;
    certificates as OpenSSH's sshkey_private_serialize writes them, PROTOCOL.certkeys)."""
    if not isinstance(key, SSHKey):
        raise TypeError(f"expected an SSHKey, not {type(key).__name__}")
    if not key.is_private:
        raise ValueError("only a private key can be added to an agent")
    fields = key.private_fields()
    if certificate is None:
        return key.type, fields
    cert = (
        certificate
        if isinstance(certificate, SSHCertificate)
        else parse_certificate(bytes(certificate))
    )
    if not cert.key.equals(key):
        raise ValueError("the certificate does not certify this key")
    cert_fields: Any
    if isinstance(fields, m.Ed25519PrivateKey):
        cert_fields = m.Ed25519CertPrivateKey(cert.blob, fields.public_key, fields.private_key)
    elif isinstance(fields, m.RsaPrivateKey):
        cert_fields = m.RsaCertPrivateKey(cert.blob, fields.d, fields.iqmp, fields.p, fields.q)
    elif isinstance(fields, m.EcdsaPrivateKey):
        cert_fields = m.EcdsaCertPrivateKey(cert.blob, fields.d)
    else:
        cert_fields = m.DssCertPrivateKey(cert.blob, fields.x)
    return cert.type, cert_fields


def _constraints(
    lifetime: float | timedelta | None, confirm: bool
) -> tuple[m.AgentConstraint, ...]:
    """Key constraints (draft-miller-ssh-agent §4.2.6.1 lifetime, §4.2.6.2 confirm)."""
    out: list[m.AgentConstraint] = []
    if lifetime is not None:
        seconds = lifetime.total_seconds() if isinstance(lifetime, timedelta) else lifetime
        whole = int(seconds)
        if whole != seconds or not 0 < whole <= _MAX_LIFETIME:
            raise ValueError("lifetime must be a whole number of seconds between 1 and 2**32-1")
        lifetime_body = m.AgentLifetimeConstraint(whole)
        out.append(m.AgentConstraint(m.AgentConstraintType.LIFETIME, lifetime_body))
    if confirm:
        out.append(m.AgentConstraint(m.AgentConstraintType.CONFIRM, None))
    return tuple(out)


def _passphrase(passphrase: str | bytes) -> str:
    if isinstance(passphrase, bytes | bytearray):
        try:
            return bytes(passphrase).decode("utf-8")
        except UnicodeDecodeError:
            raise ValueError("the passphrase must be UTF-8") from None
    return passphrase


# -- one connection -------------------------------------------------------------------------


class _Connection:
    """A stream pair, its protocol, the futures of its requests and its reader task."""

    __slots__ = ("futures", "protocol", "reader", "task", "writer")

    def __init__(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, max_message: int
    ) -> None:
        self.reader = reader
        self.writer = writer
        self.protocol = AgentClientProtocol(max_message)
        self.futures: dict[PendingRequest[Any], asyncio.Future[Any]] = {}
        self.task = asyncio.get_running_loop().create_task(self._read_loop())

    @property
    def lost(self) -> bool:
        return self.protocol.closed is not None

    def settle(self, completed: Sequence[PendingRequest[Any]]) -> None:
        for request in completed:
            future = self.futures.pop(request, None)
            if future is None or future.done():
                continue  # abandoned (timed out or cancelled): the reply is dropped
            if request.error is not None:
                future.set_exception(request.error)
            else:
                future.set_result(request.result)

    async def _read_loop(self) -> None:
        error: BaseException | None = None
        try:
            while not self.lost:
                data = await self.reader.read(_READ_CHUNK)
                if not data:
                    break
                self.settle(self.protocol.receive_data(data))
        except Exception as exc:  # the stream failed (OSError, or a transport's own error)
            error = exc
        finally:
            self.settle(self.protocol.connection_lost(error))
            self.writer.close()

    def abort(self, exc: BaseException | None) -> None:
        """Fail everything outstanding now (a write failed, or we are closing)."""
        self.settle(self.protocol.connection_lost(exc))
        self.writer.close()
        self.task.cancel()

    async def close(self, timeout: float | None) -> None:
        self.abort(None)
        # The stream's own error (if any) already failed the requests; closing never raises.
        with contextlib.suppress(Exception):
            async with asyncio.timeout(timeout):
                await asyncio.wait([self.task])
                await self.writer.wait_closed()


# -- the client -----------------------------------------------------------------------------


class AgentClient(BaseAgent):
    """An agent client over an asyncio ``(reader, writer)`` pair (any byte stream).

    Use ``async with`` or call :meth:`close`; a client built on given streams cannot reopen
    them once closed or lost, so later requests raise :class:`AgentError`.

    Attributes:
        timeout: seconds each wait may take (None: wait forever); default 30.
    """

    #: Largest reply accepted (OpenSSH's AGENT_MAX_LEN).
    max_message = MAX_MESSAGE

    def __init__(
        self,
        reader: asyncio.StreamReader | None = None,
        writer: asyncio.StreamWriter | None = None,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,
    ) -> None:
        if (reader is None) != (writer is None):
            raise TypeError("pass both reader and writer, or neither")
        self._given: StreamPair | None = None
        if reader is not None and writer is not None:
            self._given = (reader, writer)
        self.timeout = timeout
        self._conn: _Connection | None = None
        self._open_lock = asyncio.Lock()

    def __repr__(self) -> str:
        state = "connected" if self._conn is not None and not self._conn.lost else "idle"
        return f"<{type(self).__name__} {state}>"

    # -- connection management -----------------------------------------------------------

    async def _open_stream(self) -> StreamPair:
        """Open a new stream to the agent. Subclasses that know where the agent is override it.

        Raises:
            AgentError: always here: a client over given streams cannot open another.
        """
        raise AgentError("agent connection is closed and cannot be reopened")

    @property
    def can_forward(self) -> bool:
        """Whether :meth:`get_stream` can open new connections to the agent."""
        return type(self)._open_stream is not AgentClient._open_stream

    async def _connection(self) -> _Connection:
        conn = self._conn
        if conn is not None and not conn.lost:
            return conn
        async with self._open_lock:
            conn = self._conn
            if conn is not None and not conn.lost:
                return conn
            if self._given is not None:
                reader, writer = self._given
                self._given = None
            else:
                reader, writer = await self._open_stream()
            self._conn = _Connection(reader, writer, self.max_message)
            return self._conn

    async def connect(self) -> None:
        """Open the connection now rather than on the first request.

        Raises:
            AgentError: the agent cannot be reached (AgentTimeoutError: not in time).
        """
        await self._bounded(self._connection(), "connecting to the agent")

    async def get_stream(self) -> StreamPair:
        """Open an extra connection to the agent, for agent forwarding.

        Returns:
            A new ``(reader, writer)`` pair the caller owns.
        Raises:
            AgentError: this client cannot open connections (built on given streams), or the
                agent cannot be reached.
        """
        return await self._bounded(self._open_stream(), "connecting to the agent")

    async def close(self) -> None:
        """Close the connection; outstanding requests fail with :class:`AgentError`.

        A client over given streams stays closed; subclasses reconnect on the next request.
        """
        given, self._given = self._given, None
        if given is not None:  # never used: close the stream we were handed
            given[1].close()
        conn, self._conn = self._conn, None
        if conn is not None:
            await conn.close(self.timeout)

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- request plumbing ----------------------------------------------------------------

    async def _bounded(self, awaitable: Awaitable[T], what: str) -> T:
        timeout = asyncio.timeout(self.timeout)
        try:
            async with timeout:
                return await awaitable
        except TimeoutError:
            if timeout.expired():
                raise AgentTimeoutError(f"{what} timed out after {self.timeout} s") from None
            raise

    async def _call(self, make: Callable[[AgentClientProtocol], PendingRequest[T]]) -> T:
        """Send one request and wait for its reply, all within the timeout."""
        return await self._bounded(self._roundtrip(make), "waiting for the agent")

    async def _roundtrip(self, make: Callable[[AgentClientProtocol], PendingRequest[T]]) -> T:
        conn = await self._connection()
        request = make(conn.protocol)
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        conn.futures[request] = future
        try:
            conn.writer.write(conn.protocol.data_to_send())
            await conn.writer.drain()
        except OSError as exc:
            conn.abort(exc)
        return await future

    # -- requests ------------------------------------------------------------------------

    async def request_identities(self) -> tuple[m.AgentIdentity, ...]:
        """SSH_AGENTC_REQUEST_IDENTITIES, raw (draft-miller-ssh-agent §4.4).

        Returns:
            Every identity as the agent sent it (key blob and comment), including key types
            this library cannot represent.
        Raises:
            AgentFailure, AgentProtocolError, AgentTimeoutError, AgentError.
        """
        return await self._call(lambda p: p.request_identities())

    async def list_identities(self) -> list[Identity]:
        """The keys and certificates the agent holds (draft-miller-ssh-agent §4.4).

        Returns:
            :class:`SSHKey` and :class:`SSHCertificate` objects carrying the agent's comments,
            in the agent's order. Identities of types this library cannot represent (security
            keys, XMSS…) are left out: see :meth:`request_identities`.
        Raises:
            AgentFailure: the agent refused. AgentProtocolError: bad reply.
            AgentTimeoutError: no reply in time. AgentError: connection failed.
        """
        out: list[Identity] = []
        for identity in await self.request_identities():
            key = _identity(bytes(identity.key_blob), identity.comment)
            if key is not None:
                out.append(key)
        return out

    async def get_identities(self) -> list[Identity]:
        """BaseAgent: the same as :meth:`list_identities`."""
        return await self.list_identities()

    async def sign(
        self,
        public_key: KeyOrBlob,
        data: bytes,
        *,
        algorithm: str | None = None,
        flags: int = 0,
    ) -> bytes:
        """SSH_AGENTC_SIGN_REQUEST (draft-miller-ssh-agent §4.5).

        Args:
            public_key: the key, certificate or public key blob to sign with.
            algorithm: ``rsa-sha2-256`` / ``rsa-sha2-512`` set the §4.5.1 flags for RSA keys;
                None (or the key's own type, or ``ssh-rsa``) leaves the choice to the agent.
            flags: raw flags, OR-ed with those ``algorithm`` implies.
        Returns:
            The signature blob (checked to be a well-formed signature).
        Raises:
            ValueError: the key cannot make ``algorithm`` signatures, or is not a key blob.
            AgentFailure: the agent refused (unknown key, locked, confirmation denied).
            AgentProtocolError, AgentTimeoutError, AgentError: as for every request.
        """
        blob = _blob(public_key)
        request_flags = sign_flags(_blob_type(blob), algorithm) | flags
        data = bytes(data)
        return await self._call(lambda p: p.sign(blob, data, request_flags))

    async def add(
        self,
        key: SSHKey,
        *,
        comment: str | None = None,
        lifetime: float | timedelta | None = None,
        confirm: bool = False,
        certificate: SSHCertificate | bytes | None = None,
    ) -> None:
        """Add a private key: SSH_AGENTC_ADD_IDENTITY, or ADD_ID_CONSTRAINED when a
        constraint is given (draft-miller-ssh-agent §4.2, §4.2.6).

        Args:
            comment: the comment the agent lists (default: the key's own).
            lifetime: seconds (or a timedelta) after which the agent forgets the key.
            confirm: the agent asks the user before each use of the key.
            certificate: add the key as this certificate (which must certify ``key``).
        Raises:
            ValueError: a public key, a certificate for another key, or a bad lifetime.
            AgentFailure: the agent refused (e.g. locked, or an unsupported constraint).
            AgentProtocolError, AgentTimeoutError, AgentError: as for every request.
        """
        key_type, fields = _add_fields(key, certificate)
        text = key.comment if comment is None else comment
        constraints = _constraints(lifetime, confirm)
        await self._call(lambda p: p.add_identity(key_type, fields, text, constraints))

    async def remove(self, public_key: KeyOrBlob) -> None:
        """SSH_AGENTC_REMOVE_IDENTITY (draft-miller-ssh-agent §4.3).

        Raises:
            AgentFailure: the agent does not hold the key (or is locked).
            AgentProtocolError, AgentTimeoutError, AgentError: as for every request.
        """
        blob = _blob(public_key)
        await self._call(lambda p: p.remove_identity(blob))

    async def remove_all(self) -> None:
        """SSH_AGENTC_REMOVE_ALL_IDENTITIES (draft-miller-ssh-agent §4.3).

        Raises:
            AgentFailure, AgentProtocolError, AgentTimeoutError, AgentError.
        """
        await self._call(lambda p: p.remove_all_identities())

    async def lock(self, passphrase: str | bytes) -> None:
        """SSH_AGENTC_LOCK (draft-miller-ssh-agent §4.6): the agent refuses everything but
        UNLOCK until unlocked with the same passphrase.

        Raises:
            ValueError: the passphrase is bytes that are not UTF-8.
            AgentFailure: the agent is already locked.
            AgentProtocolError, AgentTimeoutError, AgentError: as for every request.
        """
        text = _passphrase(passphrase)
        await self._call(lambda p: p.lock(text))

    async def unlock(self, passphrase: str | bytes) -> None:
        """SSH_AGENTC_UNLOCK (draft-miller-ssh-agent §4.6).

        Raises:
            ValueError: the passphrase is bytes that are not UTF-8.
            AgentFailure: wrong passphrase, or the agent is not locked.
            AgentProtocolError, AgentTimeoutError, AgentError: as for every request.
        """
        text = _passphrase(passphrase)
        await self._call(lambda p: p.unlock(text))

    async def query_extensions(self) -> tuple[str, ...]:
        """The ``query`` extension (draft-miller-ssh-agent-14 §3.8.1).

        Returns:
            The names of the extensions the agent supports.
        Raises:
            AgentFailure: the agent does not implement ``query`` (OpenSSH's ssh-agent).
            AgentProtocolError, AgentTimeoutError, AgentError: as for every request.
        """
        return await self._call(lambda p: p.query())

    async def extension(
        self, extension_type: str, contents: bytes = b""
    ) -> m.AgentExtensionResponse | None:
        """Any SSH_AGENTC_EXTENSION request (draft-miller-ssh-agent §4.7).

        Returns:
            None when the agent answered SSH_AGENT_SUCCESS, else its EXTENSION_RESPONSE.
        Raises:
            ValueError: contents that do not fit a known extension.
            AgentFailure: FAILURE or EXTENSION_FAILURE.
            AgentProtocolError, AgentTimeoutError, AgentError: as for every request.
        """
        return await self._call(lambda p: p.extension(extension_type, bytes(contents)))

    async def session_bind(
        self,
        host_key: SSHKey | bytes,
        session_id: bytes,
        signature: bytes,
        forwarding: bool,
    ) -> None:
        """``session-bind@openssh.com`` (OpenSSH PROTOCOL.agent §1): bind this connection
        to an SSH session, so destination-constrained keys can be checked.

        Raises:
            AgentFailure: the agent refused the binding (bad signature, rebinding…).
            AgentProtocolError, AgentTimeoutError, AgentError: as for every request.
        """
        blob = _blob(host_key)
        sid, sig = bytes(session_id), bytes(signature)
        await self._call(lambda p: p.session_bind(blob, sid, sig, forwarding))
