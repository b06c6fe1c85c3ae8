"""Session bindings and destination constraints (OpenSSH PROTOCOL.agent §1 and §2).

Theory of operation. ``ssh`` binds each agent connection to the SSH sessions it is used for
(``session-bind@openssh.com``: the server host key, the session identifier and the host key's
signature over it, and whether the binding is for forwarding). A key added with
``restrict-destination-v00@openssh.com`` carries a list of hops ``from -> to``, each naming
host keys (or CA keys). Before such a key is listed, removed, replaced or used, the chain of
bindings recorded on the connection is walked: every hop must be allowed by a constraint, every
binding but the last must be for forwarding, and a signature is allowed only for a well-formed
``publickey`` userauth request made on the most recently bound session. The rules follow
OpenSSH's ssh-agent (``identity_permitted``, ``permitted_by_dest_constraints``,
``match_key_hop``, ``process_ext_session_bind``, ``parse_userauth_request``).

Everything here is pure: no I/O; the wall clock (for host certificate validity) is passed in.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ssh_wire import DecodeError, SSHError
from ssh_wire import messages as m
from ssh_wire.keys import CertificateType, SSHCertificate, SSHKey, public_key_from_blob
from ssh_wire.keys._certificate import (
    CERT_SUFFIX,
    DEFAULT_CA_SIGNATURE_ALGORITHMS,
    parse_certificate,
)

from ._errors import AgentFailure

__all__ = [
    "MAX_DESTINATION_CONSTRAINTS",
    "MAX_SESSION_BINDINGS",
    "MAX_SESSION_ID_LENGTH",
    "DestinationConstraint",
    "DestinationHop",
    "HostKeySpec",
    "ParsedKey",
    "SessionBinding",
    "SessionState",
    "UserauthRequest",
    "destinations_from_wire",
    "identity_permitted",
    "key_type_for_algorithm",
    "parse_key_blob",
    "parse_userauth_request",
]

#: ssh-agent.c AGENT_MAX_SESSION_IDS: bindings recorded per connection.
MAX_SESSION_BINDINGS = 16
#: ssh-agent.c AGENT_MAX_SID_LEN: longest session identifier accepted.
MAX_SESSION_ID_LENGTH = 128
#: ssh-agent.c AGENT_MAX_DEST_CONSTRAINTS: destination constraints accepted on one key.
MAX_DESTINATION_CONSTRAINTS = 1024

_BIND = "session-bind@openssh.com"


@dataclass(frozen=True, slots=True)
class ParsedKey:
    """A public key blob, parsed.

    Attributes:
        blob: the canonical blob: the key re-encoded, or the certificate blob as given.
        key: the plain public key (the certified key of a certificate).
        certificate: the certificate, when the blob is one.
    """

    blob: bytes
    key: SSHKey
    certificate: SSHCertificate | None = None

    @property
    def type(self) -> str:
        """The key type name of the blob (a ``*-cert-v01@openssh.com`` name for certificates)."""
        return self.certificate.type if self.certificate is not None else self.key.type

    def same_as(self, other: ParsedKey) -> bool:
        """True when both are the same key, or the same certificate (like sshkey_equal)."""
        return hmac.compare_digest(self.blob, other.blob)


def parse_key_blob(blob: bytes | memoryview) -> ParsedKey:
    """Parse a public key or certificate blob (RFC 4253 §6.6, PROTOCOL.certkeys).

    Returns:
        The parsed key; plain key blobs are re-encoded canonically.
    Raises:
        ssh_wire.SSHError: a malformed blob or an unsupported key type (KeyParseError).
    """
    raw = bytes(blob)
    key_type = m.decode_public_key_blob(raw).key_type
    if key_type.endswith(CERT_SUFFIX):
        cert = parse_certificate(raw)
        return ParsedKey(raw, cert.key, cert)
    key = public_key_from_blob(raw)
    return ParsedKey(key.public_blob, key, None)


# -- destination constraints ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HostKeySpec:
    """A keyspec of a destination hop: a host key, or a CA key for host certificates."""

    key: ParsedKey
    is_ca: bool

    @classmethod
    def from_key(cls, key: SSHKey | bytes, *, is_ca: bool = False) -> HostKeySpec:
        """Returns the keyspec of a host key, or with ``is_ca`` of a host CA key.

        Raises:
            ssh_wire.SSHError: ``key`` is a blob that does not parse.
        """
        blob = key.public_blob if isinstance(key, SSHKey) else key
        return cls(parse_key_blob(blob), is_ca)


@dataclass(frozen=True, slots=True)
class DestinationHop:
    """One end of a destination constraint (PROTOCOL.agent §2).

    Attributes:
        user: the user pattern (only on a ``to`` hop); None matches any user.
        hostname: the host name; None on a ``from`` hop means the agent's own host.
        host_keys: the host keys (or CA keys) that identify the host.
    """

    user: str | None
    hostname: str | None
    host_keys: tuple[HostKeySpec, ...]


@dataclass(frozen=True, slots=True)
class DestinationConstraint:
    """A permitted hop ``from_hop -> to_hop`` of a destination-constrained key."""

    from_hop: DestinationHop
    to_hop: DestinationHop


def _hop_from_wire(hop: m.AgentDestinationHop) -> DestinationHop:
    # ssh-agent.c parse_dest_constraint_hop: the reserved field must be empty.
    if hop.reserved:
        raise AgentFailure("AgentAddIdConstrained", "unsupported destination hop extensions")
    specs = tuple(HostKeySpec(parse_key_blob(k.key_blob), k.is_ca) for k in hop.host_keys)
    return DestinationHop(hop.user or None, hop.hostname or None, specs)


def destinations_from_wire(
    wire: m.AgentRestrictDestination,
) -> tuple[DestinationConstraint, ...]:
    """Check and convert a ``restrict-destination-v00@openssh.com`` constraint.

    PROTOCOL.agent §2: ``from_username`` must be empty, ``from_hostname`` is empty exactly when
    ``from_hostkeys`` is (the first hop, from the agent's host), and ``to_hostname`` and
    ``to_hostkeys`` are required.

    Returns:
        The constraints, in order.
    Raises:
        AgentFailure: an inconsistent or over-long constraint list, or a bad host key.
    """
    entries = wire.constraints.constraints
    if len(entries) > MAX_DESTINATION_CONSTRAINTS:
        raise AgentFailure("AgentAddIdConstrained", "too many destination constraints")
    out: list[DestinationConstraint] = []
    for entry in entries:
        dc = entry.constraint
        if dc.reserved:
            raise AgentFailure("AgentAddIdConstrained", "unsupported destination extensions")
        try:
            src, dst = _hop_from_wire(dc.from_hop), _hop_from_wire(dc.to_hop)
        except SSHError:
            raise AgentFailure("AgentAddIdConstrained", "bad host key in constraint") from None
        if src.user is not None or (src.hostname is None) != (not src.host_keys):
            raise AgentFailure("AgentAddIdConstrained", 'inconsistent "from" hop')
        if dst.hostname is None or not dst.host_keys:
            raise AgentFailure("AgentAddIdConstrained", 'incomplete "to" hop')
        out.append(DestinationConstraint(src, dst))
    return tuple(out)


@lru_cache(maxsize=256)
def _pattern(pattern: str) -> re.Pattern[str]:
    # OpenSSH match_pattern(): '*' matches any run, '?' one character; case-sensitive.
    parts = (".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.compile("".join(parts), re.DOTALL)


def match_pattern(text: str, pattern: str) -> bool:
    """Returns True when ``text`` matches the OpenSSH wildcard ``pattern`` (``*`` and ``?``)."""
    return _pattern(pattern).fullmatch(text) is not None


def _cert_valid_for_host(cert: SSHCertificate, hostname: str, wall_now: float) -> bool:
    # sshkey_cert_check_host(key, host, wildcard_principals=1, SSH_ALLOWED_CA_SIGALGS):
    # a host certificate, valid now, listing a principal that matches the host name.
    if cert.cert_type != CertificateType.HOST:
        return False
    if cert.signature_algorithm not in DEFAULT_CA_SIGNATURE_ALGORITHMS:
        return False
    if not cert.verify_signature():
        return False
    if not cert.valid_after <= int(wall_now) < cert.valid_before:
        return False
    return not cert.principals or any(match_pattern(hostname, p) for p in cert.principals)


def _match_key_hop(key: ParsedKey, hop: DestinationHop, wall_now: float) -> bool:
    """ssh-agent.c match_key_hop: a plain host key must be listed as a (non-CA) key; a host
    certificate must be signed by a listed CA and valid for the hop's host name."""
    hostname = hop.hostname if hop.hostname is not None else "(ORIGIN)"
    cert = key.certificate
    for spec in hop.host_keys:
        if cert is None:
            if not spec.is_ca and key.same_as(spec.key):
                return True
            continue
        if not spec.is_ca or spec.key.certificate is not None:
            continue
        if not cert.signature_key.equals(spec.key.key):
            continue
        if _cert_valid_for_host(cert, hostname, wall_now):
            return True
    return False


def _permitted_by_constraints(
    from_key: ParsedKey | None,
    to_key: ParsedKey | None,
    constraints: Sequence[DestinationConstraint],
    user: str | None,
    wall_now: float,
) -> DestinationConstraint | None:
    """ssh-agent.c permitted_by_dest_constraints: the first constraint allowing the hop."""
    for dc in constraints:
        if from_key is None:
            # The first hop: only constraints from the agent's own host apply.
            if dc.from_hop.hostname is not None or dc.from_hop.host_keys:
                continue
        elif not _match_key_hop(from_key, dc.from_hop, wall_now):
            continue
        if to_key is not None and not _match_key_hop(to_key, dc.to_hop, wall_now):
            continue
        want_user = dc.to_hop.user
        if want_user is not None and user is not None and not match_pattern(user, want_user):
            continue
        return dc
    return None


# -- session bindings ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SessionBinding:
    """One ``session-bind@openssh.com`` recorded on a connection (PROTOCOL.agent §1)."""

    host_key: ParsedKey
    session_id: bytes = field(repr=False)
    forwarding: bool


@dataclass(slots=True)
class SessionState:
    """The per-connection state the key store consults: the bindings recorded so far.

    Attributes:
        bindings: the bindings, oldest first.
        bind_failed: a session-bind was attempted on this connection and refused; from then
            on destination-constrained keys are refused on it (as OpenSSH 9.3+ does).
    """

    bindings: list[SessionBinding] = field(default_factory=list)
    bind_failed: bool = False

    def bind(self, request: m.AgentSessionBind) -> bool:
        """Verify and record a session binding (PROTOCOL.agent §1; ssh-agent.c
        process_ext_session_bind).

        The host key's signature over the session identifier must verify; a connection once
        bound for authentication accepts no further binding; a session identifier already
        bound to another host key is refused; a repeat of a recorded binding is accepted and
        not recorded twice; at most MAX_SESSION_BINDINGS are kept.

        Returns:
            True when a new binding was recorded, False for a repeat.
        Raises:
            AgentFailure: the binding is refused (and ``bind_failed`` is set).
        """
        try:
            return self._bind(request)
        except AgentFailure:
            self.bind_failed = True
            raise

    def _bind(self, request: m.AgentSessionBind) -> bool:
        sid = bytes(request.session_identifier)
        if not sid or len(sid) > MAX_SESSION_ID_LENGTH:
            raise AgentFailure(_BIND, "bad session identifier length")
        try:
            host_key = parse_key_blob(request.host_key)
        except SSHError:
            raise AgentFailure(_BIND, "unusable host key") from None
        if not host_key.key.verify(sid, bytes(request.signature)):
            raise AgentFailure(_BIND, "host key signature does not verify")
        for existing in self.bindings:
            if not existing.forwarding:
                raise AgentFailure(_BIND, "connection already bound for authentication")
            if hmac.compare_digest(existing.session_id, sid):
                if existing.host_key.same_as(host_key):
                    return False
                raise AgentFailure(_BIND, "session identifier bound to another host key")
        if len(self.bindings) >= MAX_SESSION_BINDINGS:
            raise AgentFailure(_BIND, "too many session bindings")
        self.bindings.append(SessionBinding(host_key, sid, bool(request.is_forwarding)))
        return True


def identity_permitted(
    constraints: Sequence[DestinationConstraint],
    session: SessionState | None,
    user: str | None,
    wall_now: float,
) -> bool:
    """Decide whether a key may be seen or used on this connection (ssh-agent.c
    identity_permitted).

    Args:
        constraints: the key's destination constraints (empty: unconstrained).
        session: the connection's bindings (None or none recorded: local use).
        user: the target user of a signature request; None when listing or removing.
        wall_now: the current time, seconds since the epoch (for host certificates).
    Returns:
        True when every recorded hop is allowed (and, for a signature, the last binding is
        for authentication); False otherwise.
    """
    if not constraints:
        return True
    if session is None:
        return True
    if session.bind_failed and not session.bindings:
        return False
    bindings = session.bindings
    if not bindings:
        return True
    from_key: ParsedKey | None = None
    last = len(bindings) - 1
    for i, binding in enumerate(bindings):
        test_user = None
        if i == last:
            test_user = user
            if binding.forwarding and user is not None:
                return False  # a signature requested on a forwarding hop
        elif not binding.forwarding:
            return False  # forwarded through a binding made for authentication
        allowed = _permitted_by_constraints(
            from_key, binding.host_key, constraints, test_user, wall_now
        )
        if allowed is None:
            return False
        from_key = binding.host_key
    # A key usable to reach the last (forwarding) host but not beyond it stays hidden.
    if bindings[last].forwarding and user is None:
        hop = _permitted_by_constraints(bindings[last].host_key, None, constraints, None, wall_now)
        if hop is None:
            return False
    return True


# -- the data of a signature request -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UserauthRequest:
    """What a ``publickey`` userauth signature covers (RFC 4252 §7, OpenSSH PROTOCOL §2.5)."""

    user: str
    session_id: bytes = field(repr=False)
    host_key: bytes | None


def key_type_for_algorithm(algorithm: str) -> str:
    """Returns the key type a signature algorithm belongs to (RFC 8332 §3: the rsa-sha2-*
    names sign with ``ssh-rsa`` keys; PROTOCOL.certkeys for their certificate forms)."""
    if algorithm in ("rsa-sha2-256", "rsa-sha2-512"):
        return "ssh-rsa"
    if algorithm in ("rsa-sha2-256" + CERT_SUFFIX, "rsa-sha2-512" + CERT_SUFFIX):
        return "ssh-rsa" + CERT_SUFFIX
    return algorithm


def parse_userauth_request(data: bytes, key: ParsedKey) -> UserauthRequest | None:
    """Parse signed data as a ``publickey`` (or ``publickey-hostbound-v00@openssh.com``)
    userauth request for ``key`` (ssh-agent.c parse_userauth_request).

    Returns:
        The user, session identifier and (hostbound only) the server host key blob; None
        when the data is not such a request, names another key or algorithm family, or is
        not for the ``ssh-connection`` service.
    """
    request: m.PublickeySignedData | m.HostboundSignedData
    host_key: bytes | None = None
    try:
        request = m.decode_publickey_signed_data(data)
    except DecodeError:
        try:
            request = m.decode_hostbound_signed_data(data)
        except DecodeError:
            return None
        try:
            host_key = parse_key_blob(request.server_host_key).blob
        except SSHError:
            return None
    if not request.session_identifier or request.service_name != "ssh-connection":
        return None
    if not hmac.compare_digest(bytes(request.public_key), key.blob):
        return None
    if key_type_for_algorithm(request.algorithm) != key.type:
        return None
    return UserauthRequest(request.user_name, bytes(request.session_identifier), host_key)
