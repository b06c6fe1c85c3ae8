"""Password checks for the server's ``password`` method (RFC 4252 §8) without timing oracles.

- :func:`passwords_equal` compares two passwords in constant time for equal lengths.
- :func:`hash_password` / :func:`verify_password` store passwords as scrypt hashes
  (RFC 7914) in the form ``scrypt$n$r$p$<base64 salt>$<base64 hash>``.
- :class:`PasswordTable` maps user names to such hashes and checks a login with the same
  scrypt work whether or not the user exists.

Nothing here logs, and no repr shows a password or a hash.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

__all__ = [
    "PasswordHashError",
    "PasswordTable",
    "hash_password",
    "passwords_equal",
    "verify_password",
]

_SCHEME = "scrypt"
_SALT_LEN = 16
_HASH_LEN = 32
# Bounds on what an encoded hash may ask for, so a hostile or corrupt string cannot make
# us allocate more than _MAX_MEMORY (scrypt uses about 128 * r * n bytes) or spin for long.
_MAX_N = 2**20
_MAX_R = 32
_MAX_P = 16
_MAX_MEMORY = 128 * 2**20
_MIN_SALT, _MAX_SALT = 8, 64
_MIN_HASH, _MAX_HASH = 16, 64
# hashlib.scrypt's own limit must sit above the real use (which is 128 * r * n plus a bit).
_MAXMEM_SLACK = 2**20


class PasswordHashError(ValueError):
    """An encoded password hash is malformed or asks for out-of-bounds scrypt parameters."""


def _to_bytes(value: str | bytes) -> bytes:
    # "surrogatepass": a str decoded elsewhere with lone surrogates still compares exactly.
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else bytes(value)


def passwords_equal(a: str | bytes, b: str | bytes) -> bool:
    """Compare two passwords with :func:`hmac.compare_digest` over their UTF-8 bytes.

    The time taken does not depend on where the two first differ, but it does reveal
    whether their *lengths* differ (and, roughly, the length itself). Storing and comparing
    hashes instead (:func:`hash_password` / :func:`verify_password`) avoids that: both
    sides of the final comparison are fixed-length digests.

    Returns:
        True when equal.
    """
    return hmac.compare_digest(_to_bytes(a), _to_bytes(b))


@dataclass(frozen=True, slots=True)
class _Params:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    def derive(self, password: str | bytes) -> bytes:
        return hashlib.scrypt(
            _to_bytes(password),
            salt=self.salt,
            n=self.n,
            r=self.r,
            p=self.p,
            maxmem=128 * self.r * self.n + _MAXMEM_SLACK,
            dklen=len(self.digest),
        )


def _check_params(n: int, r: int, p: int) -> None:
    """Raises PasswordHashError for scrypt parameters outside our bounds."""
    if n < 2 or n > _MAX_N or n & (n - 1):
        raise PasswordHashError(f"scrypt n must be a power of two in 2..{_MAX_N}")
    if not 1 <= r <= _MAX_R or not 1 <= p <= _MAX_P:
        raise PasswordHashError(f"scrypt r must be in 1..{_MAX_R} and p in 1..{_MAX_P}")
    if 128 * r * n > _MAX_MEMORY:
        raise PasswordHashError("scrypt parameters need too much memory")


def _b64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise PasswordHashError(f"password hash {what} is not valid base64") from None


def _number(text: str) -> int:
    # Plain decimal digits only: int() would also take "+1", " 1" and "1_0".
    if not (text.isascii() and text.isdigit()) or len(text) > 10:
        raise PasswordHashError("scrypt parameter is not a decimal number")
    return int(text)


def _decode(encoded: str) -> _Params:
    if not isinstance(encoded, str):
        raise PasswordHashError("password hash must be a str")
    parts = encoded.split("$")
    if len(parts) != 6 or parts[0] != _SCHEME:
        raise PasswordHashError("not a scrypt$n$r$p$salt$hash password hash")
    n, r, p = (_number(part) for part in parts[1:4])
    _check_params(n, r, p)
    salt = _b64(parts[4], "salt")
    digest = _b64(parts[5], "hash")
    if not _MIN_SALT <= len(salt) <= _MAX_SALT:
        raise PasswordHashError(f"salt must be {_MIN_SALT}..{_MAX_SALT} bytes")
    if not _MIN_HASH <= len(digest) <= _MAX_HASH:
        raise PasswordHashError(f"hash must be {_MIN_HASH}..{_MAX_HASH} bytes")
    return _Params(n, r, p, salt, digest)


def _encode(params: _Params) -> str:
    salt = base64.b64encode(params.salt).decode("ascii")
    digest = base64.b64encode(params.digest).decode("ascii")
    return f"{_SCHEME}${params.n}${params.r}${params.p}${salt}${digest}"


def hash_password(password: str | bytes, *, n: int = 2**14, r: int = 8, p: int = 1) -> str:
    """Hash a password with scrypt (RFC 7914) and a random 16-byte salt.

    Args:
        password: the password (str is taken as UTF-8).
        n, r, p: scrypt's cost, block size and parallelism (defaults: 2**14, 8, 1 — 16 MiB).
    Returns:
        ``scrypt$n$r$p$<base64 salt>$<base64 32-byte hash>``.
    Raises:
        PasswordHashError: parameters outside the bounds :func:`verify_password` accepts.
    """
    _check_params(n, r, p)
    unsalted = _Params(n, r, p, secrets.token_bytes(_SALT_LEN), b"\0" * _HASH_LEN)
    return _encode(
        _Params(n, r, p, unsalted.salt, unsalted.derive(password)),
    )


def verify_password(password: str | bytes, encoded: str) -> bool:
    """Check a password against a :func:`hash_password` string, comparing in constant time.

    Returns:
        True when the password is right.
    Raises:
        PasswordHashError: ``encoded`` is malformed or its parameters are out of bounds
            (n a power of two up to 2**20, r up to 32, p up to 16, at most 128 MiB).
    """
    params = _decode(encoded)
    return hmac.compare_digest(params.derive(password), params.digest)


class PasswordTable:
    """User name -> scrypt password hash, checked without revealing which users exist.

    :meth:`check` for an unknown user runs the same scrypt computation against a dummy hash
    made with the table's most common parameters, so the time taken does not tell an
    attacker whether the account exists.
    """

    __slots__ = ("_dummy", "_hashes")

    def __init__(self, hashes: Mapping[str, str]) -> None:
        """Build a table from user name -> :func:`hash_password` strings.

        Raises:
            PasswordHashError: one of the hashes is malformed (the message names the user,
                never the hash).
        """
        parsed: dict[str, _Params] = {}
        for user, encoded in hashes.items():
            try:
                parsed[user] = _decode(encoded)
            except PasswordHashError as exc:
                raise PasswordHashError(f"hash for user {user!r}: {exc}") from None
        self._hashes = parsed
        common = Counter((v.n, v.r, v.p, len(v.salt), len(v.digest)) for v in parsed.values())
        n, r, p, salt_len, hash_len = (
            common.most_common(1)[0][0] if common else (2**14, 8, 1, _SALT_LEN, _HASH_LEN)
        )
        self._dummy = _Params(n, r, p, secrets.token_bytes(salt_len), secrets.token_bytes(hash_len))

    @classmethod
    def from_plain(
        cls, passwords: Mapping[str, str | bytes], *, n: int = 2**14, r: int = 8, p: int = 1
    ) -> PasswordTable:
        """Build a table by hashing plain passwords (see :func:`hash_password`).

        Returns:
            The table.
        Raises:
            PasswordHashError: parameters out of bounds.
        """
        return cls({user: hash_password(pw, n=n, r=r, p=p) for user, pw in passwords.items()})

    def __repr__(self) -> str:
        return f"<PasswordTable {len(self._hashes)} users>"

    def __len__(self) -> int:
        return len(self._hashes)

    def __contains__(self, username: object) -> bool:
        return username in self._hashes

    def __iter__(self) -> Iterator[str]:
        return iter(self._hashes)

    def encoded(self, username: str) -> str:
        """Returns the stored hash string of ``username`` (for saving the table).

        Raises:
            KeyError: no such user.
        """
        return _encode(self._hashes[username])

    def check(self, username: str, password: str | bytes) -> bool:
        """Returns whether ``password`` is right for ``username``; False for an unknown user
        after the same scrypt work as for a known one."""
        params = self._hashes.get(username)
        if params is None:
            # Same work, then a comparison that cannot succeed (random dummy digest).
            hmac.compare_digest(self._dummy.derive(password), self._dummy.digest)
            return False
        return hmac.compare_digest(params.derive(password), params.digest)
