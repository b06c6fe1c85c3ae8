"""A ready-made server authentication handler that decides like sshd: authorized_keys,
TrustedUserCAKeys (with authorized principals) and a password table.

Theory of operation: :class:`SshdPolicy` is a :data:`~._server_flow.ServerAuthHandler`.
For publickey it looks the user's authorized_keys up (sshd(8) AUTHORIZED_KEYS FILE FORMAT:
plain keys, and certificates through ``cert-authority`` lines), then the trusted user CAs
(sshd_config(5) TrustedUserCAKeys / AuthorizedPrincipalsFile); the options that come with
the matching line or certificate (``command=``, ``no-pty``, ``permitopen=``…) are handed on
through ``ctx.accept(info)`` and so reach :attr:`~._server_flow.ServerAuthResult.info`, for
the session layer to enforce. For password it checks the :class:`~._passwords.PasswordTable`
in a worker thread (scrypt takes tens of milliseconds; the event loop must not stall).
Anything else is refused. Files are re-read on every request, as sshd does, so edits take
effect without a restart.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeAlias

from ssh_wire.keys import SSHCertificate, SSHKey

from ._authorized_keys import (
    AuthorizedKeys,
    KeyOptions,
    TrustedUserCAKeys,
    parse_authorized_principals,
)
from ._passwords import PasswordTable
from ._server_flow import AuthContext

__all__ = ["SshdPolicy"]

PerUser: TypeAlias = Callable[[str], "str | os.PathLike[str] | None"]
"""Maps a user name to a file path (None: the user has none)."""


class SshdPolicy:
    """Decides publickey and password requests from sshd-style files.

    Args:
        authorized_keys: the user's authorized_keys path, given the user name (like sshd's
            AuthorizedKeysFile with ``%u``); or one path for every user.
        trusted_user_ca_keys: a TrustedUserCAKeys file (CA public keys, one per line).
        authorized_principals: the user's AuthorizedPrincipalsFile path, given the user
            name; without it a certificate must name the user among its principals.
        passwords: user names and password hashes.
    """

    def __init__(
        self,
        *,
        authorized_keys: PerUser | str | os.PathLike[str] | None = None,
        trusted_user_ca_keys: str | os.PathLike[str] | None = None,
        authorized_principals: PerUser | None = None,
        passwords: PasswordTable | None = None,
    ) -> None:
        if authorized_keys is None or callable(authorized_keys):
            self._authorized_keys = authorized_keys
        else:
            path = authorized_keys
            self._authorized_keys = lambda _user: path
        self._trusted_ca = trusted_user_ca_keys
        self._principals = authorized_principals
        self._passwords = passwords

    async def __call__(self, ctx: AuthContext) -> bool:
        """Decide ``ctx``; returns whether it is accepted (options go to ``ctx.accept``)."""
        if ctx.method == "password" and self._passwords is not None:
            password = ctx.password or ""
            return await asyncio.to_thread(self._passwords.check, ctx.username, password)
        if ctx.method == "publickey" and ctx.key is not None:
            options = self.publickey_options(ctx.key, ctx.username, ctx.client_address)
            if options is not None:
                ctx.accept(options)
                return True
        return False

    def publickey_options(
        self, key: SSHKey | SSHCertificate, username: str, client_address: str
    ) -> KeyOptions | None:
        """Returns the options under which ``key`` (a key or certificate) may log in as
        ``username`` from ``client_address``, or None when it may not."""
        path = self._authorized_keys(username) if self._authorized_keys else None
        if path is not None and Path(path).is_file():
            entry = AuthorizedKeys.load(path).match(
                key,
                username=username,
                client_address=client_address,
            )
            if entry is not None:
                return entry.options
        if isinstance(key, SSHCertificate) and self._trusted_ca is not None:
            principals: Iterable[str | tuple[str, KeyOptions]] | None = None
            if self._principals is not None:
                principals_path = self._principals(username)
                principals = _read_principals(principals_path)
            return TrustedUserCAKeys.load(self._trusted_ca).match(
                key,
                username=username,
                client_address=client_address,
                authorized_principals=principals,
            )
        return None


def _read_principals(path: str | os.PathLike[str] | None) -> list[str | tuple[str, KeyOptions]]:
    """The principals of an AuthorizedPrincipalsFile (none when it is missing)."""
    if path is None or not Path(path).is_file():
        return []
    return list(parse_authorized_principals(Path(path).read_text()))
