"""The agent's key store: identities with their constraints, lock, expiry, signing.

Sans-IO and synchronous. Time enters through ``now`` arguments (the store's monotonic clock
by default, injectable for tests); the wall clock is only read to check host certificates.
Every refusal is an :class:`~ssh_agent.AgentFailure`, which the server turns into
SSH_AGENT_FAILURE. Signing is split in two (:meth:`KeyStore.prepare_signature`, then
:meth:`KeyStore.complete_signature`) so a confirmation (draft-miller-ssh-agent §4.2.6.2
SSH_AGENT_CONSTRAIN_CONFIRM) can be asked for in between, synchronously or not.

Secrets: private keys never leave the store (views hold public keys only) and the lock
passphrase is kept only as a salted scrypt hash, compared in constant time.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from ssh_wire import SSHError
from ssh_wire import messages as m
from ssh_wire.keys import SSHCertificate, SSHKey
from ssh_wire.keys._certificate import parse_certificate

from ._destinations import (
    DestinationConstraint,
    ParsedKey,
    SessionState,
    destinations_from_wire,
    identity_permitted,
    parse_key_blob,
    parse_userauth_request,
)
from ._errors import AgentFailure

__all__ = [
    "DEFAULT_LOCK_COST",
    "KeyStore",
    "PendingSignature",
    "StoredIdentity",
    "SyncConfirm",
]

#: scrypt work factor (N) for the lock passphrase hash: about 50 ms and 16 MiB per attempt.
DEFAULT_LOCK_COST = 2**14
_SALT_LEN = 16
_HASH_LEN = 32
# ssh-agent.c process_lock_agent: each failed unlock delays the next by 0.1 s more, up to 10 s.
_UNLOCK_BACKOFF_STEP = 0.1
_UNLOCK_BACKOFF_MAX = 10.0
# sshkey.h SSH_RSA_MINIMUM_MODULUS_SIZE: ssh-agent refuses smaller RSA keys.
_RSA_MIN_BITS = 1024
# sshbuf.h SSHBUF_MAX_BIGNUM (2048 bytes): the largest integer in a key OpenSSH accepts.
_MAX_BIGNUM_BITS = 16384
_PLAIN_TYPES = frozenset(
    {
        "ssh-ed25519",
        "ssh-rsa",
        "ssh-dss",
        "ecdsa-sha2-nistp256",
        "ecdsa-sha2-nistp384",
        "ecdsa-sha2-nistp521",
    }
)

#: A synchronous confirmation callback: ``confirm(key, comment, destination_info) -> bool``.
SyncConfirm: TypeAlias = Callable[[SSHKey, str, "str | None"], bool]
KeyRef: TypeAlias = "bytes | memoryview | SSHKey | SSHCertificate"

_ADD = "AgentAddIdentity"
_SIGN = "AgentSignRequest"


class _Identity:
    """One key held by the store (internal: it holds the private key)."""

    __slots__ = (
        "comment",
        "confirm",
        "destinations",
        "expires",
        "max_signatures",
        "private",
        "public",
        "signatures",
    )

    def __init__(
        self,
        private: SSHKey,
        public: ParsedKey,
        comment: str,
        expires: float | None,
        confirm: bool,
        max_signatures: int | None,
        destinations: tuple[DestinationConstraint, ...],
    ) -> None:
        self.private = private
        self.public = public
        self.comment = comment
        self.expires = expires
        self.confirm = confirm
        self.max_signatures = max_signatures
        self.signatures = 0
        self.destinations = destinations

    def __repr__(self) -> str:
        return f"<identity {self.public.type} {self.public.key.fingerprint()} {self.comment!r}>"


@dataclass(frozen=True, slots=True)
class StoredIdentity:
    """A public view of one identity held by a :class:`KeyStore`.

    Attributes:
        key: the public key (the certified key for a certificate).
        certificate: the certificate the identity was added with, if any.
        blob: the blob listed to clients (the certificate blob, or the key blob).
        comment: the comment given when the key was added.
        expires_at: when the key is dropped, on the store's clock; None: never.
        confirm: every signature must be confirmed.
        max_signatures: signatures allowed in all (None: no limit).
        signatures_made: signatures made so far.
        destinations: the restrict-destination constraints (empty: none).
    """

    key: SSHKey
    certificate: SSHCertificate | None
    blob: bytes
    comment: str
    expires_at: float | None
    confirm: bool
    max_signatures: int | None
    signatures_made: int
    destinations: tuple[DestinationConstraint, ...]


@dataclass(frozen=True, slots=True)
class PendingSignature:
    """A signature request that passed every check but confirmation.

    Attributes:
        key: the public key that will sign.
        comment: the identity's comment.
        confirm_required: the identity has the confirm constraint: ask before completing.
        destination_info: for destination-constrained keys, what is being signed for
            (as ssh-agent shows it in its confirmation prompt); None otherwise.
    """

    key: SSHKey
    comment: str
    confirm_required: bool
    destination_info: str | None
    _identity: _Identity = field(repr=False)
    _data: bytes = field(repr=False)
    _algorithm: str | None = field(repr=False)


@dataclass(slots=True)
class _LockState:
    salt: bytes = field(repr=False)
    digest: bytes = field(repr=False)


def _hash_passphrase(passphrase: bytes, salt: bytes, cost: int) -> bytes:
    return hashlib.scrypt(
        passphrase, salt=salt, n=cost, r=8, p=1, dklen=_HASH_LEN, maxmem=256 * cost * 8 + 2**20
    )


def _as_bytes(passphrase: str | bytes) -> bytes:
    return passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)


def _signature_algorithm(key: SSHKey, flags: int) -> str | None:
    """draft-miller-ssh-agent §4.5.1 flags: RSA keys sign with SHA-256 or SHA-512 when
    asked (SHA-256 wins when both are set, as in ssh-agent.c agent_decode_alg), and with
    SHA-1 ``ssh-rsa`` otherwise; other keys ignore the flags."""
    if key.type != "ssh-rsa":
        return None
    if flags & m.AgentSignFlag.RSA_SHA2_256:
        return "rsa-sha2-256"
    if flags & m.AgentSignFlag.RSA_SHA2_512:
        return "rsa-sha2-512"
    return "ssh-rsa"


def _private_from_cert_fields(key_type: str, fields: Any) -> tuple[SSHKey, SSHCertificate]:
    """Rebuild the private key of a ``*-cert-v01`` ADD_IDENTITY (OpenSSH
    sshkey_private_serialize: the certificate, then the private values the certificate's
    public key does not carry)."""
    cert = parse_certificate(fields.certificate)
    if cert.type != key_type:
        raise AgentFailure(_ADD, "certificate type does not match the key type")
    public = cert.key
    plain: Any
    if isinstance(fields, m.Ed25519CertPrivateKey):
        plain = m.Ed25519PrivateKey(fields.public_key, fields.private_key)
    elif isinstance(fields, m.RsaCertPrivateKey):
        rsa_key = m.decode_public_key_blob(public.public_blob).key
        assert isinstance(rsa_key, m.RsaPublicKey)
        plain = m.RsaPrivateKey(rsa_key.n, rsa_key.e, fields.d, fields.iqmp, fields.p, fields.q)
    elif isinstance(fields, m.EcdsaCertPrivateKey):
        point = m.decode_public_key_blob(public.public_blob).key
        assert isinstance(point, m.EcdsaPublicKey)
        plain = m.EcdsaPrivateKey(point.curve, point.q, fields.d)
    elif isinstance(fields, m.DssCertPrivateKey):
        dsa_key = m.decode_public_key_blob(public.public_blob).key
        assert isinstance(dsa_key, m.DssPublicKey)
        plain = m.DssPrivateKey(dsa_key.p, dsa_key.q, dsa_key.g, dsa_key.y, fields.x)
    else:
        raise AgentFailure(_ADD, f"unsupported key type {key_type}")
    private = SSHKey.from_private_fields(public.type, plain)
    if not private.equals(public):
        raise AgentFailure(_ADD, "private key does not match its certificate")
    return private, cert


def key_from_wire(
    key_type: str, fields: Any, comment: str = ""
) -> tuple[SSHKey, SSHCertificate | None]:
    """Build the key of an ADD_IDENTITY / ADD_ID_CONSTRAINED request
    (draft-miller-ssh-agent §4.2.1-4.2.4; certificates as OpenSSH sends them).

    Returns:
        (the private key, its certificate or None).
    Raises:
        AgentFailure: an unsupported key type (security keys among them), inconsistent
            private values, a certificate that does not match, an RSA key under 1024 bits,
            or an integer over 16384 bits (which would make validation slow).
    """
    if not dataclasses.is_dataclass(fields):
        raise AgentFailure(_ADD, f"unsupported key type {key_type}")
    if any(
        isinstance(value, int) and value.bit_length() > _MAX_BIGNUM_BITS
        for value in (getattr(fields, f.name, None) for f in dataclasses.fields(fields))
    ):
        # sshbuf.h SSHBUF_MAX_BIGNUM: checked before any (slow) key validation runs.
        raise AgentFailure(_ADD, "integer too large in private key")
    try:
        if key_type in _PLAIN_TYPES:
            private, cert = SSHKey.from_private_fields(key_type, fields, comment), None
        else:
            private, cert = _private_from_cert_fields(key_type, fields)
    except AgentFailure:
        raise
    except (SSHError, ValueError, TypeError, AttributeError):
        raise AgentFailure(_ADD, f"unusable {key_type} key") from None
    if private.type == "ssh-rsa" and private.bits < _RSA_MIN_BITS:
        raise AgentFailure(_ADD, f"RSA keys under {_RSA_MIN_BITS} bits are refused")
    return private, cert


@dataclass(slots=True)
class _Constraints:
    lifetime: float | None = None
    confirm: bool = False
    max_signatures: int | None = None
    destinations: tuple[DestinationConstraint, ...] = ()


def _constraints_from_wire(constraints: Iterable[m.AgentConstraint]) -> _Constraints:
    """draft-miller-ssh-agent §4.2.6 constraints, each at most once (ssh-agent.c
    parse_key_constraints); extensions as PROTOCOL.agent §2.

    Raises:
        AgentFailure: a repeated constraint, or an extension that cannot apply to a key
            loaded from its private values (associated-certs is for PKCS#11 keys, and
            sk-provider for security keys, which this agent does not hold).
    """
    out = _Constraints()
    seen: set[object] = set()
    for c in constraints:
        body = c.body
        tag: object = c.constraint_type
        if isinstance(body, m.AgentExtensionConstraint):
            tag = body.extension_name
        if tag in seen:
            raise AgentFailure(_ADD, f"constraint {tag} given twice")
        seen.add(tag)
        if isinstance(body, m.AgentLifetimeConstraint):
            out.lifetime = body.seconds
        elif isinstance(body, m.AgentMaxsignConstraint):
            out.max_signatures = body.max_signatures
        elif isinstance(body, m.AgentExtensionConstraint):
            if not isinstance(body.details, m.AgentRestrictDestination):
                raise AgentFailure(_ADD, f"constraint {body.extension_name} not valid here")
            out.destinations = destinations_from_wire(body.details)
        elif c.constraint_type == m.AgentConstraintType.CONFIRM:
            out.confirm = True
        else:  # pragma: no cover - the codec rejects unknown constraint types
            raise AgentFailure(_ADD, f"unknown constraint {c.constraint_type}")
    return out


class KeyStore:
    """In-memory identities served by the agent (draft-miller-ssh-agent §4.2-4.6).

    Not thread-safe: use it from one thread (the asyncio server does).

    Args:
        default_lifetime: seconds a key added without a lifetime constraint is kept
            (``ssh-agent -t``); None keeps it until removed.
        clock: the monotonic clock used when an operation gets no ``now``.
        wall_clock: seconds since the epoch, for host certificate validity.
        lock_cost: scrypt work factor for the lock passphrase hash (a power of two).
    """

    def __init__(
        self,
        *,
        default_lifetime: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        lock_cost: int = DEFAULT_LOCK_COST,
    ) -> None:
        if default_lifetime is not None and default_lifetime < 0:
            raise ValueError("default_lifetime must not be negative")
        self.default_lifetime = default_lifetime
        self.clock = clock
        self.wall_clock = wall_clock
        self._lock_cost = lock_cost
        self._identities: list[_Identity] = []
        self._lock: _LockState | None = None
        self._unlock_failures = 0
        self._unlock_not_before = 0.0

    def __repr__(self) -> str:
        state = "locked" if self.locked else "unlocked"
        return f"<KeyStore {len(self._identities)} identities, {state}>"

    def __len__(self) -> int:
        """Returns the number of identities held (including hidden or not yet reaped ones)."""
        return len(self._identities)

    def _now(self, now: float | None) -> float:
        return self.clock() if now is None else now

    # -- expiry ---------------------------------------------------------------------------

    def expire(self, now: float | None = None) -> float | None:
        """Drop every identity whose lifetime has run out (ssh-agent.c reaper).

        Returns:
            When the next identity expires (store clock), or None when none will.
        """
        now = self._now(now)
        kept = [i for i in self._identities if i.expires is None or now < i.expires]
        if len(kept) != len(self._identities):
            self._identities = kept
        deadlines = [i.expires for i in kept if i.expires is not None]
        return min(deadlines) if deadlines else None

    # -- lock -------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        """True while the store is locked: it lists nothing and refuses all but unlock."""
        return self._lock is not None

    def _check_unlocked(self, request: str) -> None:
        if self._lock is not None:
            raise AgentFailure(request, "agent is locked")

    def lock(self, passphrase: str | bytes) -> None:
        """Lock the store (draft-miller-ssh-agent §4.6, SSH_AGENTC_LOCK).

        Only a salted scrypt hash of the passphrase is kept.

        Raises:
            AgentFailure: already locked, or an empty passphrase (ssh-agent refuses those).
        """
        secret = _as_bytes(passphrase)
        if not secret:
            raise AgentFailure("AgentLock", "empty passphrase")
        self._check_unlocked("AgentLock")
        salt = os.urandom(_SALT_LEN)
        self._lock = _LockState(salt, _hash_passphrase(secret, salt, self._lock_cost))

    def unlock(self, passphrase: str | bytes, now: float | None = None) -> None:
        """Unlock the store (draft-miller-ssh-agent §4.6, SSH_AGENTC_UNLOCK).

        After each wrong passphrase, attempts are refused unchecked for 0.1 s more than
        after the previous one, up to 10 s (ssh-agent sleeps as long instead).

        Raises:
            AgentFailure: not locked, a wrong or empty passphrase, or an attempt too soon
                after a failed one.
        """
        now = self._now(now)
        state = self._lock
        secret = _as_bytes(passphrase)
        if state is None:
            raise AgentFailure("AgentUnlock", "agent is not locked")
        if not secret:
            raise AgentFailure("AgentUnlock", "empty passphrase")
        if now < self._unlock_not_before:
            raise AgentFailure("AgentUnlock", "too soon after a failed attempt")
        digest = _hash_passphrase(secret, state.salt, self._lock_cost)
        if not hmac.compare_digest(digest, state.digest):
            self._unlock_failures = min(self._unlock_failures + 1, 100)
            delay = min(_UNLOCK_BACKOFF_STEP * self._unlock_failures, _UNLOCK_BACKOFF_MAX)
            self._unlock_not_before = now + delay
            raise AgentFailure("AgentUnlock", "wrong passphrase")
        self._lock = None
        self._unlock_failures = 0
        self._unlock_not_before = 0.0

    # -- identities ---------------------------------------------------------------------------

    def _find(self, ref: KeyRef) -> _Identity | None:
        if isinstance(ref, SSHKey):
            blob = ref.public_blob
        elif isinstance(ref, SSHCertificate):
            blob = ref.blob
        else:
            try:
                blob = parse_key_blob(ref).blob
            except SSHError:
                return None
        for identity in self._identities:
            if hmac.compare_digest(identity.public.blob, blob):
                return identity
        return None

    def _visible(self, identity: _Identity, session: SessionState | None) -> bool:
        return identity_permitted(identity.destinations, session, None, self.wall_clock())

    def identities(
        self, *, session: SessionState | None = None, now: float | None = None
    ) -> list[StoredIdentity]:
        """List the identities (draft-miller-ssh-agent §4.4), as ``ssh-add -l`` shows them.

        Args:
            session: the connection's bindings; destination-constrained keys not usable
                from there are left out (PROTOCOL.agent §2).
        Returns:
            Public views in the order the keys were added; empty while locked.
        """
        self.expire(now)
        if self._lock is not None:
            return []
        return [
            StoredIdentity(
                key=i.public.key,
                certificate=i.public.certificate,
                blob=i.public.blob,
                comment=i.comment,
                expires_at=i.expires,
                confirm=i.confirm,
                max_signatures=i.max_signatures,
                signatures_made=i.signatures,
                destinations=i.destinations,
            )
            for i in self._identities
            if self._visible(i, session)
        ]

    def add(
        self,
        key: SSHKey,
        comment: str | None = None,
        *,
        certificate: SSHCertificate | None = None,
        lifetime: float | None = None,
        confirm: bool = False,
        max_signatures: int | None = None,
        destinations: Sequence[DestinationConstraint] = (),
        session: SessionState | None = None,
        now: float | None = None,
    ) -> None:
        """Add a private key, or replace the constraints of one already held
        (draft-miller-ssh-agent §4.2; ssh-agent.c process_add_identity).

        Args:
            key: the private key.
            comment: shown by ``ssh-add -l`` (default: the key's own comment).
            certificate: a certificate for ``key``; the identity is then listed as it.
            lifetime: seconds to keep the key (default: the store's default lifetime).
            confirm: ask before every signature.
            max_signatures: refuse signing after this many signatures (any key type; OpenSSH
                accepts it for XMSS keys only).
            destinations: restrict-destination constraints (PROTOCOL.agent §2).
            session: the connection's bindings: a held key it may not see is not replaced.
        Raises:
            AgentFailure: locked, a public key, a certificate for another key, a negative
                lifetime, or a held key hidden from ``session``.
        """
        now = self._now(now)
        self.expire(now)
        self._check_unlocked(_ADD)
        if not key.is_private:
            raise AgentFailure(_ADD, "a public key cannot be added")
        if certificate is not None:
            if not certificate.key.equals(key):
                raise AgentFailure(_ADD, "the certificate is for another key")
            public = ParsedKey(certificate.blob, certificate.key, certificate)
        else:
            public = ParsedKey(key.public_blob, key.public_key(), None)
        if lifetime is None:
            lifetime = self.default_lifetime
        if lifetime is not None and lifetime < 0:
            raise AgentFailure(_ADD, "negative lifetime")
        if max_signatures is not None and max_signatures < 0:
            raise AgentFailure(_ADD, "negative signature limit")
        expires = None if lifetime is None else now + lifetime
        text = key.comment if comment is None else comment
        identity = _Identity(
            key, public, text, expires, confirm, max_signatures, tuple(destinations)
        )
        for index, held in enumerate(self._identities):
            if held.public.same_as(public):
                if not self._visible(held, session):
                    raise AgentFailure(_ADD, "key is not visible on this connection")
                self._identities[index] = identity
                return
        self._identities.append(identity)

    def add_from_wire(
        self,
        request: m.AgentAddIdentity | m.AgentAddIdConstrained,
        *,
        session: SessionState | None = None,
        now: float | None = None,
    ) -> None:
        """Add the key of a decoded SSH_AGENTC_ADD_IDENTITY / ADD_ID_CONSTRAINED.

        Raises:
            AgentFailure: as :func:`key_from_wire`, :meth:`add`, or for bad constraints.
        """
        self._check_unlocked(_ADD)
        private, cert = key_from_wire(request.key_type, request.key, request.comment)
        constraints = _Constraints()
        if isinstance(request, m.AgentAddIdConstrained):
            constraints = _constraints_from_wire(request.constraints)
        self.add(
            private,
            request.comment,
            certificate=cert,
            lifetime=constraints.lifetime,
            confirm=constraints.confirm,
            max_signatures=constraints.max_signatures,
            destinations=constraints.destinations,
            session=session,
            now=now,
        )

    def remove(
        self, key: KeyRef, *, session: SessionState | None = None, now: float | None = None
    ) -> None:
        """Remove one identity (draft-miller-ssh-agent §4.3).

        Args:
            key: its public key blob (or certificate blob), SSHKey or SSHCertificate.
        Raises:
            AgentFailure: locked, the key is not held, or it is hidden from ``session``.
        """
        self.expire(now)
        self._check_unlocked("AgentRemoveIdentity")
        identity = self._find(key)
        if identity is None or not self._visible(identity, session):
            raise AgentFailure("AgentRemoveIdentity", "key not found")
        self._identities.remove(identity)

    def remove_all(self) -> int:
        """Remove every identity (draft-miller-ssh-agent §4.3).

        Returns:
            How many identities were removed.
        Raises:
            AgentFailure: the store is locked.
        """
        self._check_unlocked("AgentRemoveAllIdentities")
        count = len(self._identities)
        self._identities = []
        return count

    # -- signing ------------------------------------------------------------------------------

    def prepare_signature(
        self,
        key: KeyRef,
        data: bytes,
        flags: int = 0,
        *,
        session: SessionState | None = None,
        now: float | None = None,
    ) -> PendingSignature:
        """Check a signature request (draft-miller-ssh-agent §4.5) short of confirmation.

        A destination-constrained key signs only on a bound connection, only a ``publickey``
        userauth request, for a user and hop its constraints allow, on the most recently
        bound session (and, past the first hop, for the host key bound last), as ssh-agent.c
        process_sign_request2 checks.

        Returns:
            The pending signature; complete it with :meth:`complete_signature` (after asking
            when ``confirm_required``).
        Raises:
            AgentFailure: locked, key not held, signature limit reached, or refused by the
                key's destination constraints.
        """
        self.expire(now)
        self._check_unlocked(_SIGN)
        identity = self._find(key)
        if identity is None:
            raise AgentFailure(_SIGN, "key not found")
        if identity.max_signatures is not None and identity.signatures >= identity.max_signatures:
            raise AgentFailure(_SIGN, "signature limit reached")
        info = None
        if identity.destinations:
            info = self._check_destination(identity, bytes(data), session)
        return PendingSignature(
            key=identity.public.key,
            comment=identity.comment,
            confirm_required=identity.confirm,
            destination_info=info,
            _identity=identity,
            _data=bytes(data),
            _algorithm=_signature_algorithm(identity.private, flags),
        )

    def _check_destination(
        self, identity: _Identity, data: bytes, session: SessionState | None
    ) -> str:
        bindings = session.bindings if session is not None else []
        if session is None or not bindings:
            raise AgentFailure(_SIGN, "destination-constrained key used on an unbound connection")
        request = parse_userauth_request(data, identity.public)
        if request is None:
            raise AgentFailure(_SIGN, "destination-constrained key asked to sign unknown data")
        if not identity_permitted(identity.destinations, session, request.user, self.wall_clock()):
            raise AgentFailure(_SIGN, "destination not permitted")
        last = bindings[-1]
        if not hmac.compare_digest(request.session_id, last.session_id):
            raise AgentFailure(_SIGN, "signature for a session other than the last bound")
        if len(bindings) > 1 and request.host_key is None:
            raise AgentFailure(_SIGN, "forwarded signature request without a bound host key")
        if request.host_key is not None and not hmac.compare_digest(
            request.host_key, last.host_key.blob
        ):
            raise AgentFailure(_SIGN, "host key differs from the last bound one")
        return f'public key authentication request for user "{request.user}" to listed host'

    def complete_signature(self, pending: PendingSignature, *, now: float | None = None) -> bytes:
        """Make a signature checked by :meth:`prepare_signature` (after any confirmation).

        Returns:
            The signature blob (RFC 4253 §6.6 form: algorithm name, then the signature).
        Raises:
            AgentFailure: the store was locked, or the key removed, expired or used up, since
                the request was prepared.
        """
        self.expire(now)
        self._check_unlocked(_SIGN)
        identity = pending._identity
        if not any(identity is held for held in self._identities):
            raise AgentFailure(_SIGN, "key no longer held")
        if identity.max_signatures is not None and identity.signatures >= identity.max_signatures:
            raise AgentFailure(_SIGN, "signature limit reached")
        try:
            signature = identity.private.sign(pending._data, pending._algorithm)
        except SSHError:
            raise AgentFailure(_SIGN, "signing failed") from None
        identity.signatures += 1
        return signature

    def sign(
        self,
        key: KeyRef,
        data: bytes,
        flags: int = 0,
        *,
        session: SessionState | None = None,
        confirm: SyncConfirm | None = None,
        now: float | None = None,
    ) -> bytes:
        """Sign in one step: prepare, confirm when the key requires it, complete.

        Args:
            confirm: called as ``confirm(key, comment, destination_info)`` for keys with the
                confirm constraint; without it such keys refuse.
        Returns:
            The signature blob.
        Raises:
            AgentFailure: as :meth:`prepare_signature`, or the confirmation was refused.
        """
        pending = self.prepare_signature(key, data, flags, session=session, now=now)
        if pending.confirm_required and (
            confirm is None
            or confirm(pending.key, pending.comment, pending.destination_info) is not True
        ):
            raise AgentFailure(_SIGN, "confirmation refused")
        return self.complete_signature(pending, now=now)
