"""Host key verification policies for the client transport, fail-closed by default.

The transport calls one async ``verify(host, port, key)`` after the server proved it holds
the host key (RFC 4253 §8); ``verify`` returns None to go on or raises
:class:`HostKeyRejected`. :func:`adapt_host_verifier` builds it from whatever the user passed
as ``host_verifier``: None (refuse everything, saying how to configure a verifier), a
known_hosts path or :class:`KnownHosts` (ssh(1) with StrictHostKeyChecking=yes, see
ssh_config(5)), a verifier from :func:`make_host_verifier`, or the seed's form: a sync or
async callable given the parsed key (or, with ``host_hash``, its hex hash like the seed's
``hostHash``) returning a bool.
"""

from __future__ import annotations

import hashlib
import inspect
import os
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import TypeAlias

from ssh_wire.keys import SSHCertificate, SSHKey

from .._errors import HostKeyRejected
from ._known_hosts import KnownHosts, Verdict, add_entry

__all__ = [
    "HostKeyRejected",
    "HostKeyVerifier",
    "HostVerifierCallback",
    "adapt_host_verifier",
    "host_key_hash",
    "make_host_verifier",
]

HostKey: TypeAlias = SSHKey | SSHCertificate
#: The seed's ``hostVerifier``: given the key (or its hex hash), returns or resolves to bool.
HostVerifierCallback: TypeAlias = Callable[..., bool | Awaitable[bool]]
KnownHostsSource: TypeAlias = (
    KnownHosts | str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None
)

_NO_VERIFIER_HELP = (
    "no host key verifier is configured, so every host key is refused; pass "
    "host_verifier= (host_key_verifier= in the transport driver) a known_hosts path, a "
    "KnownHosts, make_host_verifier(...), or a callable taking the key and returning True "
    "to accept it"
)


def host_key_hash(key: HostKey, algorithm: str = "sha256") -> str:
    """Returns the lower-case hex digest of the key's wire blob (a certificate's whole blob),
    as the seed's ``hostHash`` option hands it to ``hostVerifier``.

    Args:
        key: the host key or certificate.
        algorithm: any :mod:`hashlib` name (``sha256``, ``sha512``, ``sha1``, ``md5``…).
    Raises:
        ValueError: unknown hash algorithm.
    """
    _check_algorithm(algorithm)
    blob = key.blob if isinstance(key, SSHCertificate) else key.public_blob
    return hashlib.new(algorithm.lower(), blob, usedforsecurity=False).hexdigest()


def _check_algorithm(algorithm: str) -> None:
    # shake_* digests have no fixed length, so they cannot stand in for hostHash.
    name = algorithm.lower()
    if name.startswith("shake") or name not in hashlib.algorithms_available:
        raise ValueError(f"unknown hash algorithm {algorithm!r}")


class HostKeyVerifier:
    """An async host key policy: ``await verifier(host, port, key)`` returns None to accept
    or raises :class:`HostKeyRejected`. The base class refuses every key (fail closed)."""

    async def __call__(self, host: str, port: int | None, key: HostKey) -> None:
        """Raises:
        HostKeyRejected: always, with reason ``no-verifier`` and how to configure one.
        """
        raise HostKeyRejected(key, host, port, "no-verifier", _NO_VERIFIER_HELP)


async def _ask(callback: HostVerifierCallback, argument: object) -> bool:
    result = callback(argument)
    if inspect.isawaitable(result):
        result = await result
    if not isinstance(result, bool):
        raise TypeError(f"host_verifier returned {type(result).__name__}, not a bool")
    return result


class _CallbackVerifier(HostKeyVerifier):
    def __init__(self, callback: HostVerifierCallback, host_hash: str | None) -> None:
        if host_hash is not None:
            _check_algorithm(host_hash)
        self._callback = callback
        self._host_hash = host_hash

    async def __call__(self, host: str, port: int | None, key: HostKey) -> None:
        argument = key if self._host_hash is None else host_key_hash(key, self._host_hash)
        try:
            accepted = await _ask(self._callback, argument)
        except Exception as exc:
            raise HostKeyRejected(
                key, host, port, "callback-error", f"host_verifier raised {exc!r}"
            ) from exc
        if not accepted:
            raise HostKeyRejected(key, host, port, "rejected", "host_verifier returned False")


class _KnownHostsVerifier(HostKeyVerifier):
    def __init__(
        self,
        source: KnownHostsSource,
        accept_new: bool,
        callback: HostVerifierCallback | None,
        hash_new: bool,
    ) -> None:
        self._fixed: KnownHosts | None = None
        self._paths: list[Path] = []
        if isinstance(source, KnownHosts):
            self._fixed = source
            self._paths = list(source.paths)
        elif source is not None:
            items = [source] if isinstance(source, str | os.PathLike) else list(source)
            self._paths = [Path(p).expanduser() for p in items]
        self._accept_new = accept_new
        self._callback = callback
        self._hash_new = hash_new

    def _known(self) -> KnownHosts:
        # Files are read on every check, as ssh(1) reads them on every connection.
        return self._fixed if self._fixed is not None else KnownHosts.load(self._paths)

    async def __call__(self, host: str, port: int | None, key: HostKey) -> None:
        known = self._known()
        result = known.check_key(host, port, key)
        if result.verdict is Verdict.ACCEPTED:
            return
        if result.verdict is not Verdict.UNKNOWN:
            detail = result.reason
            if result.verdict is Verdict.CHANGED:
                detail = (
                    "REMOTE HOST IDENTIFICATION HAS CHANGED, someone could be eavesdropping "
                    f"(man-in-the-middle attack); {result.reason}"
                )
            raise HostKeyRejected(key, host, port, result.verdict.value, detail)
        plain = key.key if isinstance(key, SSHCertificate) else key
        if self._callback is not None:
            try:
                accepted = await _ask(self._callback, key)
            except Exception as exc:
                raise HostKeyRejected(
                    key, host, port, "callback-error", f"host_verifier raised {exc!r}"
                ) from exc
            if not accepted:
                raise HostKeyRejected(key, host, port, "rejected", "host_verifier returned False")
        elif not self._accept_new:
            files = ", ".join(str(p) for p in self._paths) or "the given KnownHosts"
            raise HostKeyRejected(
                key, host, port, "unknown", f"the host is not in {files} (accept_new is off)"
            )
        if self._paths:
            add_entry(self._paths[0], host, port, plain, hashed=self._hash_new)
        if self._fixed is not None:
            self._fixed.add(host, port, plain)


def make_host_verifier(
    known_hosts: KnownHostsSource = None,
    *,
    accept_new: bool = False,
    callback: HostVerifierCallback | None = None,
    hash_new: bool = True,
) -> HostKeyVerifier:
    """Build a host key policy.

    Args:
        known_hosts: a known_hosts path, several paths, a :class:`KnownHosts`, or None.
            Paths are re-read at every check; a missing file is empty.
        accept_new: record and accept keys of hosts not yet known (ssh_config(5)
            StrictHostKeyChecking=accept-new); changed, revoked and bad-certificate keys
            are still refused.
        callback: asked (sync or async, given the key, returning bool) about hosts that are
            unknown; with no known_hosts, asked about every key. Accepted unknown keys are
            recorded like ``accept_new`` does.
        hash_new: write new entries hashed (ssh_config(5) HashKnownHosts).
    Returns:
        The verifier; with neither ``known_hosts`` nor ``callback`` it refuses every key.
    """
    if known_hosts is None and callback is None:
        if accept_new:
            raise ValueError("accept_new needs a known_hosts file to record keys in")
        return HostKeyVerifier()
    if known_hosts is None:
        assert callback is not None
        return _CallbackVerifier(callback, None)
    return _KnownHostsVerifier(known_hosts, accept_new, callback, hash_new)


def adapt_host_verifier(value: object, *, host_hash: str | None = None) -> HostKeyVerifier:
    """Turn any accepted ``host_verifier`` value into the async form the transport awaits.

    Args:
        value: None (refuse all: fail closed), a :class:`HostKeyVerifier`, a
            :class:`KnownHosts`, a known_hosts path (str or PathLike), or a callable given
            the key (or its hash) returning bool or an awaitable of bool.
        host_hash: with a callable, hand it ``host_key_hash(key, host_hash)`` instead of the
            key (the seed's ``hostHash``).
    Returns:
        The async verifier.
    Raises:
        TypeError: ``value`` is none of these, or ``host_hash`` is given without a callable.
        ValueError: ``host_hash`` is not a known hash algorithm.
    """
    if host_hash is not None and (isinstance(value, HostKeyVerifier) or not callable(value)):
        raise TypeError("host_hash only applies to a callable host_verifier")
    if value is None:
        return HostKeyVerifier()
    if isinstance(value, HostKeyVerifier):
        return value
    if isinstance(value, KnownHosts | str | os.PathLike):
        return _KnownHostsVerifier(value, False, None, True)
    if callable(value):
        return _CallbackVerifier(value, host_hash)
    raise TypeError(f"unsupported host_verifier {type(value).__name__}")
