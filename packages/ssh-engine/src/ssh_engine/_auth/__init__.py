"""User authentication (RFC 4252, RFC 4256) in both roles: sans-IO engines, the client's
policy loop, the server's per-request contexts, multi-factor chains and sshd-style
checkers."""

from __future__ import annotations

from ._authorized_keys import (
    AuthorizedKey,
    AuthorizedKeys,
    AuthorizedKeysError,
    KeyOptions,
    TrustedUserCAKeys,
    parse_authorized_principals,
)
from ._client import ClientAuthEngine
from ._client_flow import AuthResult, Credentials, authenticate
from ._methods import (
    AgentAuth,
    HostbasedAuth,
    KeyboardInteractiveAuth,
    NoneAuth,
    PasswordAuth,
    PublicKeyAuth,
)
from ._passwords import PasswordHashError, PasswordTable, hash_password, verify_password
from ._policy import AuthenticationMethods
from ._server import ServerAuthEngine
from ._server_flow import (
    AuthContext,
    AuthRequestAborted,
    LoginTimeout,
    ServerAuthResult,
    serve_authentication,
)
from ._sshd_policy import SshdPolicy

__all__ = [
    "AgentAuth",
    "AuthContext",
    "AuthRequestAborted",
    "AuthResult",
    "AuthenticationMethods",
    "AuthorizedKey",
    "AuthorizedKeys",
    "AuthorizedKeysError",
    "ClientAuthEngine",
    "Credentials",
    "HostbasedAuth",
    "KeyOptions",
    "KeyboardInteractiveAuth",
    "LoginTimeout",
    "NoneAuth",
    "PasswordAuth",
    "PasswordHashError",
    "PasswordTable",
    "PublicKeyAuth",
    "ServerAuthEngine",
    "ServerAuthResult",
    "SshdPolicy",
    "TrustedUserCAKeys",
    "authenticate",
    "hash_password",
    "parse_authorized_principals",
    "serve_authentication",
    "verify_password",
]
