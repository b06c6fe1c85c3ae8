"""Ready-made public key checkers for the server: ``authorized_keys`` and trusted user CAs.

Theory of operation. sshd(8) "AUTHORIZED_KEYS FILE FORMAT": one key per line, blank lines
and lines starting with ``#`` ignored; fields ``[options] keytype base64 [comment]``. The
options field is a comma-separated list with no spaces outside double quotes; keywords are
case-insensitive; valued options are ``name="value"`` with ``\\"`` standing for a quote.
A line whose options cannot be parsed, or whose key cannot be read, is skipped (sshd does
the same, silently); :attr:`AuthorizedKeys.problems` says which and why.

Matching follows OpenSSH's ``auth_check_authkey_line``: a plain key matches only a line
*without* ``cert-authority`` listing the same key; a certificate matches only a
``cert-authority`` line listing its CA (never a plain line listing the certified key, as
sshd does). A candidate line must then pass its own restrictions (``expiry-time``,
``from=``, no ``principals=`` on a non-CA line); for a certificate, also the certificate's
(``source-address``), the merge of both (``force-command`` conflicts refuse), the principal
rule (``principals=`` from the line, else the user name) and the certificate checks (user
type, validity period, CA signature, known critical options). The first line passing every
check wins; a line failing one is passed over and the next one tried.

:class:`TrustedUserCAKeys` is sshd_config(5) ``TrustedUserCAKeys`` with the optional
``AuthorizedPrincipalsFile`` (:func:`parse_authorized_principals`).

Times: ``expiry-time`` without a ``Z``/``UTC`` suffix is read in the local time zone of this
process, as sshd reads it in the system time zone; with the suffix, in UTC.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import logging
import os
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ssh_wire import SSHError
from ssh_wire.keys import CertificateError, CertificateType, SSHCertificate, SSHKey
from ssh_wire.keys._public import parse_openssh_public_line

from .._hostkeys._known_hosts import match_host_patterns, match_pattern

__all__ = [
    "AuthorizedKey",
    "AuthorizedKeys",
    "AuthorizedKeysError",
    "ForcedCommandConflictError",
    "KeyOptions",
    "TrustedUserCAKeys",
    "parse_authorized_principals",
    "parse_key_options",
]

_log = logging.getLogger(__name__)

# auth-options.c SSH_AUTHOPT_PERMIT_MAX: at most this many permitopen / permitlisten.
_PERMIT_MAX = 4096
# misc.h SSH_TUNID_ANY / SSH_TUNID_MAX: ``tunnel="any"`` or a device number up to this.
_TUNID_MAX = 0x7FFFFFFF - 2
_NI_MAXHOST = 1025
# Flags that take a ``no-`` prefix (auth-options.c opt_flag(..., allow_negate=1, ...)).
_NEGATABLE = {
    "port-forwarding": "permit_port_forwarding",
    "agent-forwarding": "permit_agent_forwarding",
    "x11-forwarding": "permit_x11_forwarding",
    "pty": "permit_pty",
    "user-rc": "permit_user_rc",
}
_VALUED = frozenset(
    {
        "command",
        "environment",
        "expiry-time",
        "from",
        "permitlisten",
        "permitopen",
        "principals",
        "tunnel",
    }
)
_OPTION_NAME = re.compile(r"[A-Za-z0-9_-]+")
_ENV_NAME = re.compile(r"[A-Za-z0-9_]+")
_EXPIRY = re.compile(r"(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?")
# addrmatch.c addr_match_cidr_list: the characters allowed in a source-address entry, and
# INET6_ADDRSTRLEN (46) + 3 for "/len" as the longest entry.
_CIDR_CHARS = frozenset("0123456789abcdefABCDEF.:/")
_CIDR_MAX = 46 + 3

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
When = datetime | int | float


class AuthorizedKeysError(ValueError):
    """A bad option string, a bad authorized_keys / principals line, or options that cannot
    be combined with a certificate's."""


class ForcedCommandConflictError(AuthorizedKeysError):
    """The key's ``command=`` and the certificate's ``force-command`` differ; sshd(8):
    "the certificate will be accepted only if the two commands are identical"."""


# -- options ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeyOptions:
    """The options of one authorized_keys (or principals file) line, sshd(8) semantics.

    The defaults are an entry without options: everything permitted, no restriction.

    Attributes:
        cert_authority: the key is a CA trusted to sign user certificates.
        command: ``command=`` (forced command), or a certificate's ``force-command``.
        environment: ``environment=`` pairs in order; the first of a name wins.
        expiry: ``expiry-time=`` as an aware datetime (the earliest when repeated), or None.
        from_patterns: ``from=`` split at commas, or None when absent.
        permit_open: ``permitopen=`` as (host, port) with brackets removed; port None is
            ``*``. Empty: no restriction.
        permit_listen: ``permitlisten=`` likewise; a bare port gets host ``*``.
        principals: ``principals=`` split at commas, or None when absent.
        tunnel: ``tunnel=`` device number, or None (absent or ``any``).
        verify_required: ``verify-required`` (FIDO user verification), from the key line or
            the certificate.
        no_touch_required: ``no-touch-required`` (after merging: on both).
        restricted: ``restrict`` was given.
        source_address: a certificate's ``source-address`` CIDR list, after merging.
        permit_*: the forwarding / pty / rc permissions; read them via the ``allows_*``
            properties.
    """

    cert_authority: bool = False
    command: str | None = None
    environment: tuple[tuple[str, str], ...] = ()
    expiry: datetime | None = None
    from_patterns: tuple[str, ...] | None = None
    permit_open: tuple[tuple[str, int | None], ...] = ()
    permit_listen: tuple[tuple[str, int | None], ...] = ()
    principals: tuple[str, ...] | None = None
    tunnel: int | None = None
    verify_required: bool = False
    no_touch_required: bool = False
    restricted: bool = False
    source_address: tuple[str, ...] | None = None
    permit_port_forwarding: bool = True
    permit_agent_forwarding: bool = True
    permit_x11_forwarding: bool = True
    permit_pty: bool = True
    permit_user_rc: bool = True

    @property
    def allows_pty(self) -> bool:
        """Returns whether a pty may be allocated (``no-pty`` / ``restrict`` / permit-pty)."""
        return self.permit_pty

    @property
    def allows_port_forwarding(self) -> bool:
        """Returns whether TCP forwarding may be requested at all."""
        return self.permit_port_forwarding

    @property
    def allows_agent_forwarding(self) -> bool:
        """Returns whether agent forwarding may be requested."""
        return self.permit_agent_forwarding

    @property
    def allows_x11_forwarding(self) -> bool:
        """Returns whether X11 forwarding may be requested."""
        return self.permit_x11_forwarding

    @property
    def allows_user_rc(self) -> bool:
        """Returns whether ``~/.ssh/rc`` may run."""
        return self.permit_user_rc

    def permits_open(self, host: str, port: int) -> bool:
        """Returns whether a ``direct-tcpip`` to ``host:port`` is allowed by ``permitopen``.

        sshd(8): "No pattern matching or name lookup is performed on the specified
        hostnames"; a ``*`` port matches any port. No ``permitopen``: any destination
        (subject to :attr:`allows_port_forwarding`).
        """
        if not self.permit_port_forwarding:
            return False
        if not self.permit_open:
            return True
        return any(h == host and p in (None, port) for h, p in self.permit_open)

    def permits_listen(self, host: str, port: int) -> bool:
        """Returns whether a ``tcpip-forward`` on ``host:port`` is allowed by
        ``permitlisten`` (host names may hold ssh_config(5) wildcards; ``*`` port: any)."""
        if not self.permit_port_forwarding:
            return False
        if not self.permit_listen:
            return True
        return any(match_pattern(host, h) and p in (None, port) for h, p in self.permit_listen)

    def is_expired(self, now: When | None = None) -> bool:
        """Returns whether ``expiry-time`` has passed at ``now`` (default: the current
        time). auth-options.c: refused when ``expiry < now``, so the expiry second itself
        is still accepted."""
        if self.expiry is None:
            return False
        return int(self.expiry.timestamp()) < _epoch(now)

    def merged_with_certificate(self, cert: SSHCertificate) -> KeyOptions:
        """Combine these (key line or principals line) options with a user certificate's.

        As OpenSSH's ``sshauthopt_merge``: permissions (pty, forwardings, user rc,
        no-touch-required) must be granted by both; ``verify-required`` by either;
        ``command`` and ``force-command`` must be equal when both are present; the
        certificate's ``source-address`` is kept alongside ``from=``.

        Returns:
            The merged options (a new object).
        Raises:
            ForcedCommandConflictError: both carry a forced command and they differ.
            AuthorizedKeysError: the certificate's options are malformed (undecodable
                force-command or source-address, or an invalid source-address list).
        """
        cert_opts = certificate_options(cert)
        if (
            self.command is not None
            and cert_opts.command is not None
            and self.command != cert_opts.command
        ):
            raise ForcedCommandConflictError("forced command options do not match")
        return dataclasses.replace(
            self,
            command=self.command if self.command is not None else cert_opts.command,
            permit_port_forwarding=self.permit_port_forwarding and cert_opts.permit_port_forwarding,
            permit_agent_forwarding=self.permit_agent_forwarding
            and cert_opts.permit_agent_forwarding,
            permit_x11_forwarding=self.permit_x11_forwarding and cert_opts.permit_x11_forwarding,
            permit_pty=self.permit_pty and cert_opts.permit_pty,
            permit_user_rc=self.permit_user_rc and cert_opts.permit_user_rc,
            no_touch_required=self.no_touch_required and cert_opts.no_touch_required,
            verify_required=self.verify_required or cert_opts.verify_required,
            source_address=cert_opts.source_address,
        )


def certificate_options(cert: SSHCertificate) -> KeyOptions:
    """Returns the options a user certificate carries by itself (``sshauthopt_from_cert``):
    permissions only from its extensions, ``force-command``, ``source-address``,
    ``verify-required``; ``no-touch-required`` from its extension.

    Raises:
        AuthorizedKeysError: a malformed force-command or source-address (sshd refuses such
            a certificate: "Certificate source-address contents invalid").
    """
    try:
        command = cert.force_command
        source = cert.source_address
    except SSHError as exc:
        raise AuthorizedKeysError(f"invalid certificate options: {exc}") from None
    if source is not None:
        _check_cidr_list(source)
    return KeyOptions(
        command=command,
        source_address=source,
        verify_required=cert.verify_required,
        no_touch_required=cert.no_touch_required,
        permit_port_forwarding=cert.permit_port_forwarding,
        permit_agent_forwarding=cert.permit_agent_forwarding,
        permit_x11_forwarding=cert.permit_x11_forwarding,
        permit_pty=cert.permit_pty,
        permit_user_rc=cert.permit_user_rc,
    )


def _dequote(text: str, pos: int) -> tuple[str, int]:
    """auth-options.c opt_dequote: a double-quoted value where ``\\"`` is a quote and every
    other character, backslashes included, stands for itself. Returns (value, position after
    the closing quote)."""
    if pos >= len(text) or text[pos] != '"':
        raise AuthorizedKeysError("missing start quote")
    pos += 1
    out: list[str] = []
    while pos < len(text) and text[pos] != '"':
        if text.startswith('\\"', pos):
            pos += 1
        out.append(text[pos])
        pos += 1
    if pos >= len(text):
        raise AuthorizedKeysError("missing end quote")
    return "".join(out), pos + 1


def _parse_expiry(value: str) -> datetime:
    """misc.c parse_absolute_time: ``YYYYMMDD``, ``YYYYMMDDHHMM`` or ``YYYYMMDDHHMMSS``,
    optionally followed by ``Z`` or ``UTC`` (any case) for UTC; local time otherwise."""
    utc = False
    if len(value) > 1 and value[-1] in "zZ":
        utc, value = True, value[:-1]
    elif len(value) > 3 and value[-3:].upper() == "UTC":
        utc, value = True, value[:-3]
    found = _EXPIRY.fullmatch(value) if value.isascii() else None
    if found is None or len(value) not in (8, 12, 14):
        raise AuthorizedKeysError(f"invalid expiry time {value!r}")
    year, month, day, hour, minute, second = (int(p) if p else 0 for p in found.groups())
    try:
        naive = datetime(year, month, day, hour, minute, second)  # zone applied below
        moment = naive.replace(tzinfo=UTC) if utc else naive.astimezone()
    except (ValueError, OverflowError, OSError):
        raise AuthorizedKeysError(f"invalid expiry time {value!r}") from None
    # parse_absolute_time refuses times before the epoch; the option refuses 0.
    if moment.timestamp() <= 0:
        raise AuthorizedKeysError(f"invalid expiry time {value!r}")
    return moment.astimezone(UTC)


def _parse_port(text: str) -> int | None:
    """``*`` (None) or a port 1..65535 (misc.c a2port, refusing 0)."""
    if text == "*":
        return None
    if text.isascii() and text.isdigit() and 0 < int(text) <= 65535:
        return int(text)
    raise AuthorizedKeysError(f"invalid permission port {text!r}")


def _parse_permit(value: str, bare_port: bool) -> tuple[str, int | None]:
    """auth-options.c handle_permit with misc.c hpdelim2: ``host:port`` or ``[host]:port``
    (``/`` may stand for ``:``); permitlisten also takes a bare port (host ``*``)."""
    if bare_port and ":" not in value:
        value = "*:" + value
    if value.startswith("["):
        close = value.find("]")
        if close < 0:
            raise AuthorizedKeysError("invalid permission hostname")
        host, rest = value[1:close], value[close + 1 :]
        if rest and rest[0] not in ":/":
            raise AuthorizedKeysError("invalid permission hostname")
        port_text = rest[1:] if rest else None
    else:
        cut = min((i for i in (value.find(":"), value.find("/")) if i >= 0), default=-1)
        host = value if cut < 0 else value[:cut]
        port_text = None if cut < 0 else value[cut + 1 :]
    if len(host) >= _NI_MAXHOST:
        raise AuthorizedKeysError("invalid permission hostname")
    if port_text is None:
        raise AuthorizedKeysError("invalid permission port")
    return host, _parse_port(port_text)


def _parse_tunnel(value: str) -> int | None:
    # misc.c a2tun: "any" or a number 0..SSH_TUNID_MAX.
    if value.lower() == "any":
        return None
    if value.isascii() and value.isdigit() and int(value) <= _TUNID_MAX:
        return int(value)
    raise AuthorizedKeysError("invalid tun device")


def _apply_valued(opts: dict[str, object], name: str, value: str) -> None:
    """Record one ``name="value"`` option into the field dict (auth-options.c
    sshauthopt_parse); raise AuthorizedKeysError on a bad value or a repeated clause that
    sshd refuses (command, principals, from)."""
    if name in ("command", "principals", "from"):
        key = {"command": "command", "principals": "principals", "from": "from_patterns"}[name]
        if opts.get(key) is not None:
            raise AuthorizedKeysError(f'multiple "{name}" clauses')
        opts[key] = value if name == "command" else tuple(value.split(","))
    elif name == "environment":
        env_name, eq, _ = value.partition("=")
        if not eq or not _ENV_NAME.fullmatch(env_name) or not env_name.isascii():
            raise AuthorizedKeysError("invalid environment string")
        env = opts.setdefault("environment", [])
        assert isinstance(env, list)
        # "First match wins": a later value for the same name is ignored.
        if all(existing != env_name for existing, _v in env):
            env.append((env_name, value[len(env_name) + 1 :]))
    elif name == "expiry-time":
        moment = _parse_expiry(value)
        previous = opts.get("expiry")
        # Repeated: the earliest expiry wins.
        if not isinstance(previous, datetime) or moment < previous:
            opts["expiry"] = moment
    elif name in ("permitopen", "permitlisten"):
        key = "permit_open" if name == "permitopen" else "permit_listen"
        permits = opts.setdefault(key, [])
        assert isinstance(permits, list)
        if len(permits) >= _PERMIT_MAX:
            raise AuthorizedKeysError("too many permission directives")
        permits.append(_parse_permit(value, bare_port=name == "permitlisten"))
    else:  # tunnel
        opts["tunnel"] = _parse_tunnel(value)


def _apply_flag(opts: dict[str, object], name: str) -> None:
    if name == "restrict":
        # sshd(8): "Enable all restrictions"; later positive options re-enable.
        opts["restricted"] = True
        for attr in _NEGATABLE.values():
            opts[attr] = False
    elif name in ("cert-authority", "verify-required", "no-touch-required"):
        opts[name.replace("-", "_")] = True
    elif name in _NEGATABLE:
        opts[_NEGATABLE[name]] = True
    elif name.startswith("no-") and name[3:] in _NEGATABLE:
        opts[_NEGATABLE[name[3:]]] = False
    else:
        raise AuthorizedKeysError(f"unknown key option {name!r}")


def parse_key_options(text: str) -> KeyOptions:
    """Parse an authorized_keys options field (sshd(8) "AUTHORIZED_KEYS FILE FORMAT").

    ``text`` is the options field (e.g. ``restrict,pty,command="ls -l"``), or a line
    starting with it: parsing stops at the first space or tab outside an option value. An
    empty string gives the defaults.

    Returns:
        The options.
    Raises:
        AuthorizedKeysError: an unknown option (``listen=`` included: sshd has only
            ``permitlisten``), a flag given a value or a valued option given none, a bad
            value, an unterminated quote, a trailing comma ending the text, or a repeated
            ``command``/``from``/``principals``.
    """
    opts: dict[str, object] = {}
    pos = 0
    while pos < len(text) and text[pos] not in " \t":
        # sshauthopt_parse only looks for a comma after an option, so an empty option
        # (",pty" or "pty,,no-pty") is passed over; sshd accepts such lines.
        found = _OPTION_NAME.match(text, pos)
        if found is not None:
            name = found.group().lower()
            pos = found.end()
            if pos < len(text) and text[pos] == "=":
                if name not in _VALUED:
                    raise AuthorizedKeysError(f"unknown key option {name!r}")
                value, pos = _dequote(text, pos + 1)
                _apply_valued(opts, name, value)
            else:
                _apply_flag(opts, name)
        if pos >= len(text) or text[pos] in " \t":
            break
        if text[pos] != ",":
            raise AuthorizedKeysError("unknown key option")
        pos += 1
        # As sshauthopt_parse: a comma may end the field before the key's separating
        # blank ("pty, ssh-ed25519 ..."), but not the whole string.
        if pos >= len(text):
            raise AuthorizedKeysError("unexpected end-of-options")
    for key in ("environment", "permit_open", "permit_listen"):
        collected = opts.get(key)
        if isinstance(collected, list):
            opts[key] = tuple(collected)
    return KeyOptions(**opts)  # type: ignore[arg-type]


# -- address checks -----------------------------------------------------------------------


def _address(text: str) -> Address | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _network(entry: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    """Returns the network of an address or CIDR entry, None when it is neither.

    Raises:
        AuthorizedKeysError: an address with host bits set past the mask ("inconsistent
            mask length", addrmatch.c addr_pton_cidr).
    """
    try:
        return ipaddress.ip_network(entry, strict=True)
    except ValueError:
        pass
    try:
        ipaddress.ip_network(entry, strict=False)
    except ValueError:
        return None
    raise AuthorizedKeysError(f"inconsistent mask length for network {entry!r}")


def _check_cidr_list(entries: Iterable[str]) -> None:
    """addrmatch.c addr_match_cidr_list(NULL, list): every entry must be an address or
    CIDR block of at most 49 characters drawn from hex digits, ``.``, ``:`` and ``/``.

    Raises:
        AuthorizedKeysError: an empty, too long, or invalid entry.
    """
    for entry in entries:
        if not entry or len(entry) > _CIDR_MAX or not set(entry) <= _CIDR_CHARS:
            raise AuthorizedKeysError(f"invalid source-address entry {entry!r}")
        if _network(entry) is None:
            raise AuthorizedKeysError(f"invalid network entry {entry!r}")


def _source_address_allows(entries: Iterable[str], client_address: str) -> bool:
    """Returns whether ``client_address`` is inside one of the CIDR blocks (a certificate's
    ``source-address``). An unparseable client address matches nothing."""
    address = _address(client_address)
    if address is None:
        return False
    for entry in entries:
        network = _network(entry)
        if network is not None and address in network:
            return True
    return False


def _address_list_match(address_text: str, patterns: tuple[str, ...]) -> int:
    """addrmatch.c addr_match_list: 1 positive match, -1 negated match, 0 none.

    Entries that are addresses or CIDR blocks match by network; others as wildcard patterns
    against the address text.

    Raises:
        AuthorizedKeysError: an empty entry or an inconsistent mask length (sshd: "invalid
            from criteria", which denies).
    """
    address = _address(address_text)
    if address is None:
        return 0
    result = 0
    for item in patterns:
        negated = item.startswith("!")
        entry = item[1:] if negated else item
        if not entry:
            raise AuthorizedKeysError("empty entry in from= list")
        network = _network(entry)
        hit = address in network if network is not None else match_pattern(address_text, entry)
        if hit:
            if negated:
                return -1
            result = 1
    return result


def from_allows(patterns: tuple[str, ...], client_address: str, client_hostname: str) -> bool:
    """Returns whether ``from=`` lets a client in (match.c match_host_and_ip).

    The address must not match a negated entry; the host name (matched case-insensitively
    against every entry as a wildcard pattern) must not match a negated one; and one of the
    two must match a positive entry. An invalid list denies.
    """
    try:
        ip_result = _address_list_match(client_address, patterns)
    except AuthorizedKeysError:
        return False
    if ip_result < 0:
        return False
    host = client_hostname.lower()
    for item in patterns:
        if item.startswith("!") and match_pattern(host, item[1:].lower()):
            return False
    return ip_result == 1 or match_host_patterns(host, ",".join(patterns))


def _epoch(now: When | None) -> int:
    if now is None:
        return int(time.time())
    if isinstance(now, datetime):
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        return int(now.timestamp())
    return int(now)


def _authorise(
    opts: KeyOptions,
    *,
    allow_cert_authority: bool,
    client_address: str,
    client_hostname: str | None,
    now: When | None,
) -> str | None:
    """auth-options.c auth_authorise_keyopts. Returns None when the options let the client
    in, else the reason they do not."""
    if opts.is_expired(now):
        return "entry expired"
    if opts.principals is not None and not opts.cert_authority:
        return "principals on a non-CA key"
    if opts.cert_authority and not allow_cert_authority:
        return "cert-authority flag invalid here"
    host = client_address if client_hostname is None else client_hostname
    if opts.from_patterns is not None and not from_allows(opts.from_patterns, client_address, host):
        return "not from a permitted host"
    if opts.source_address is not None:
        try:
            allowed = _source_address_allows(opts.source_address, client_address)
        except AuthorizedKeysError:
            allowed = False
        if not allowed:
            return "not from a permitted source address"
    return None


def _check_user_cert(
    cert: SSHCertificate, *, principal: str | None, require_principals: bool, now: When | None
) -> str | None:
    """sshkey_cert_check_authority for a user certificate, plus the CA signature and its
    algorithm. Returns None when acceptable, else the reason."""
    try:
        cert.check(
            principal,
            now=_epoch(now),
            cert_type=CertificateType.USER,
            require_principals=require_principals,
        )
    except CertificateError as exc:
        return str(exc)
    return None


# -- authorized_keys ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuthorizedKey:
    """One usable authorized_keys line.

    Attributes:
        key: the public key (the CA key on a ``cert-authority`` line).
        options: the line's options; :meth:`AuthorizedKeys.match` returns a copy merged with
            the certificate's for certificates.
        comment: the text after the key.
        line_number: 1-based line number in the source.
    """

    key: SSHKey
    options: KeyOptions = field(default_factory=KeyOptions)
    comment: str = ""
    line_number: int = 0


def _skip_options(text: str) -> int | None:
    """sshkey.c sshkey_advance_past_options: the end of the options field (first space or
    tab outside double quotes, ``\\"`` skipped whole); None for an unterminated quote."""
    quoted = False
    pos = 0
    while pos < len(text) and (quoted or text[pos] not in " \t"):
        if text.startswith('\\"', pos):
            pos += 1
        elif text[pos] == '"':
            quoted = not quoted
        pos += 1
    return None if quoted else pos


def _read_key(text: str) -> SSHKey | SSHCertificate | None:
    try:
        return parse_openssh_public_line(text.encode("utf-8", "surrogateescape"))
    except SSHError:
        return None


def _parse_key_line(text: str) -> tuple[SSHKey, KeyOptions, str] | str | None:
    """Returns (key, options, comment), None for a blank or comment line, or the reason the
    line is unusable."""
    text = text.lstrip(" \t").rstrip("\r\n")
    if not text or text.startswith("#"):
        return None
    options = ""
    key = _read_key(text)
    if key is None:
        # auth2-pubkeyfile.c: "no key? check for options", then the key after them.
        end = _skip_options(text)
        if end is None:
            return "invalid key option string (unterminated quote)"
        # sshauthopt_parse reads from the start of the line and stops at the first blank.
        options = text
        key = _read_key(text[end:].lstrip(" \t"))
        if key is None:
            return "no valid public key"
    if isinstance(key, SSHCertificate):
        return "a certificate is listed where a key belongs"
    try:
        parsed = parse_key_options(options)
    except AuthorizedKeysError as exc:
        return f"bad key options: {exc}"
    return key.public_key() if key.is_private else key, parsed, key.comment


class AuthorizedKeys:
    """A parsed ``authorized_keys`` file; see the module docstring for the rules.

    Attributes:
        source: the file name, or ``"<string>"``.
        entries: the usable lines, in file order.
        problems: (line number, reason) for each line that was skipped.
    """

    def __init__(
        self,
        entries: Iterable[AuthorizedKey] = (),
        problems: Iterable[tuple[int, str]] = (),
        *,
        source: str = "<string>",
    ) -> None:
        self.source = source
        self.entries: tuple[AuthorizedKey, ...] = tuple(entries)
        self.problems: list[tuple[int, str]] = list(problems)

    def __repr__(self) -> str:
        return (
            f"<AuthorizedKeys {self.source!r} {len(self.entries)} entries, "
            f"{len(self.problems)} problems>"
        )

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[AuthorizedKey]:
        return iter(self.entries)

    @classmethod
    def parse(cls, text: str | bytes, *, source: str = "<string>") -> AuthorizedKeys:
        """Parse authorized_keys text. Bad lines are skipped and listed in
        :attr:`problems` (sshd skips them too); bytes are read as UTF-8, undecodable bytes
        kept as surrogates so that they fail to match rather than abort.

        Returns:
            The parsed file. Never raises on content.
        """
        if isinstance(text, bytes):
            text = text.decode("utf-8", "surrogateescape")
        entries: list[AuthorizedKey] = []
        problems: list[tuple[int, str]] = []
        for number, line in enumerate(text.split("\n"), 1):
            parsed = _parse_key_line(line)
            if parsed is None:
                continue
            if isinstance(parsed, str):
                problems.append((number, parsed))
                continue
            key, options, comment = parsed
            entries.append(AuthorizedKey(key, options, comment, number))
        return cls(entries, problems, source=source)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> AuthorizedKeys:
        """Read and parse an authorized_keys file.

        Returns:
            The parsed file.
        Raises:
            OSError: the file cannot be read.
        """
        return cls.parse(Path(path).read_bytes(), source=os.fspath(path))

    def match(
        self,
        key_or_cert: SSHKey | SSHCertificate,
        *,
        username: str,
        client_address: str,
        client_hostname: str | None = None,
        now: When | None = None,
    ) -> AuthorizedKey | None:
        """Find the line that authorises this key or certificate (auth_check_authkey_line).

        Args:
            key_or_cert: the public key, or the user certificate, the client offered.
            username: the account being logged into.
            client_address: the client's IP address as text.
            client_hostname: its canonical host name when known; without it the address
                stands in for it, as sshd does with ``UseDNS no``.
            now: the time (default: the current time); a naive datetime is UTC.
        Returns:
            The first line accepting it, with its options merged with the certificate's
            for certificates; None when no line does. Never raises for a key that does not
            match.
        """
        for entry in self.entries:
            verdict = self._check_entry(
                entry, key_or_cert, username, client_address, client_hostname, now
            )
            if isinstance(verdict, AuthorizedKey):
                return verdict
            if verdict is not None:
                _log.debug("%s:%d: %s", self.source, entry.line_number, verdict)
        return None

    @staticmethod
    def _check_entry(
        entry: AuthorizedKey,
        offered: SSHKey | SSHCertificate,
        username: str,
        client_address: str,
        client_hostname: str | None,
        now: When | None,
    ) -> AuthorizedKey | str | None:
        """Returns the (merged) entry when it accepts ``offered``, None when it is not a
        candidate, else the reason a candidate refused it."""
        opts = entry.options
        is_cert = isinstance(offered, SSHCertificate)
        if isinstance(offered, SSHCertificate):
            # A certificate is matched against CA lines only, never its own plain key.
            if not opts.cert_authority or not entry.key.equals(offered.signature_key):
                return None
        elif opts.cert_authority or not entry.key.equals(offered):
            return None
        reason = _authorise(
            opts,
            allow_cert_authority=is_cert,
            client_address=client_address,
            client_hostname=client_hostname,
            now=now,
        )
        if reason is not None or not isinstance(offered, SSHCertificate):
            return reason if reason is not None else entry
        try:
            cert_opts = certificate_options(offered)
            reason = _authorise(
                cert_opts,
                allow_cert_authority=False,
                client_address=client_address,
                client_hostname=client_hostname,
                now=now,
            )
            if reason is not None:
                return f"refused by certificate options: {reason}"
            merged = opts.merged_with_certificate(offered)
        except AuthorizedKeysError as exc:
            return str(exc)
        # sshd(8) principals=: "At least one name from the list must appear in the
        # certificate's list of principals"; without it, the user name must (and a
        # certificate listing no principal is valid for anyone, as in sshd).
        if opts.principals is not None and not set(offered.principals) & set(opts.principals):
            return "certificate does not contain an authorized principal"
        principal = username if opts.principals is None else None
        reason = _check_user_cert(offered, principal=principal, require_principals=False, now=now)
        if reason is not None:
            return reason
        return dataclasses.replace(entry, options=merged)


# -- TrustedUserCAKeys and AuthorizedPrincipalsFile ----------------------------------------


def parse_authorized_principals(text: str | bytes) -> list[tuple[str, KeyOptions]]:
    """Parse an ``AuthorizedPrincipalsFile`` (sshd_config(5)): one principal per line,
    optionally preceded by key options; blank lines and ``#`` comments ignored.

    As auth2-pubkeyfile.c check_principals_line: trailing blanks are trimmed, and when the
    line still holds a space (else a tab) the principal is what follows the last one and the
    options field starts the line.

    Returns:
        (principal, options) per usable line, in file order. Lines with bad options are
        left out (sshd never matches them).
    """
    if isinstance(text, bytes):
        text = text.decode("utf-8", "surrogateescape")
    result: list[tuple[str, KeyOptions]] = []
    for line in text.split("\n"):
        line = line.lstrip(" \t").rstrip("\r\n \t")
        if not line or line.startswith("#"):
            continue
        options = ""
        cut = line.rfind(" ")
        if cut < 0:
            cut = line.rfind("\t")
        if cut >= 0:
            options, line = line, line[cut + 1 :].lstrip(" \t")
        try:
            parsed = parse_key_options(options)
        except AuthorizedKeysError:
            continue
        result.append((line, parsed))
    return result


class TrustedUserCAKeys:
    """sshd_config(5) ``TrustedUserCAKeys``: CA keys trusted to sign user certificates for
    any user among the certificate's principals.

    Attributes:
        source: the file name, or ``"<string>"``.
        keys: the CA keys.
        problems: (line number, reason) for each line that was skipped.
    """

    def __init__(
        self,
        keys: Iterable[SSHKey] = (),
        problems: Iterable[tuple[int, str]] = (),
        *,
        source: str = "<string>",
    ) -> None:
        self.source = source
        self.keys: tuple[SSHKey, ...] = tuple(keys)
        self.problems: list[tuple[int, str]] = list(problems)

    def __repr__(self) -> str:
        return f"<TrustedUserCAKeys {self.source!r} {len(self.keys)} keys>"

    @classmethod
    def parse(cls, text: str | bytes, *, source: str = "<string>") -> TrustedUserCAKeys:
        """Parse a file of CA public keys, one per line (``#`` comments and blank lines
        allowed); unreadable lines are skipped and listed in :attr:`problems`.

        Returns:
            The CA list. Never raises on content.
        """
        if isinstance(text, bytes):
            text = text.decode("utf-8", "surrogateescape")
        keys: list[SSHKey] = []
        problems: list[tuple[int, str]] = []
        for number, line in enumerate(text.split("\n"), 1):
            line = line.strip(" \t\r")
            if not line or line.startswith("#"):
                continue
            key = _read_key(line)
            if key is None or isinstance(key, SSHCertificate):
                problems.append((number, "not a public key line"))
                continue
            keys.append(key.public_key() if key.is_private else key)
        return cls(keys, problems, source=source)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> TrustedUserCAKeys:
        """Read and parse a TrustedUserCAKeys file.

        Returns:
            The CA list.
        Raises:
            OSError: the file cannot be read.
        """
        return cls.parse(Path(path).read_bytes(), source=os.fspath(path))

    def match(
        self,
        cert: SSHCertificate,
        *,
        username: str,
        client_address: str,
        now: When | None = None,
        authorized_principals: Iterable[str | tuple[str, KeyOptions]] | None = None,
    ) -> KeyOptions | None:
        """Decide whether a user certificate authenticates ``username`` (auth2-pubkey.c
        user_cert_trusted_ca).

        Args:
            cert: the certificate offered.
            username: the account being logged into.
            client_address: the client's IP address as text (for ``source-address`` and a
                principals line's ``from=``).
            now: the time (default: the current time); a naive datetime is UTC.
            authorized_principals: None: the user name must be among the certificate's
                principals. Otherwise the AuthorizedPrincipalsFile content: names, or
                (name, options) pairs from :func:`parse_authorized_principals`; the first
                one listed in the certificate wins and its options are applied too.
        Returns:
            The certificate's restrictions (merged with the principals line's options), or
            None when the certificate is not accepted. Never raises for a refused one.
        """
        # A plain key handed in by mistake is simply not accepted.
        ca_key = getattr(cert, "signature_key", None)
        if not isinstance(ca_key, SSHKey) or not any(ca.equals(ca_key) for ca in self.keys):
            return None
        line_opts: KeyOptions | None = None
        if authorized_principals is not None:
            listed = set(cert.principals)
            for item in authorized_principals:
                name, options = (item, KeyOptions()) if isinstance(item, str) else item
                if name in listed:
                    line_opts = options
                    break
            if line_opts is None:
                return None
        # TrustedUserCAKeys: "certificates that lack a list of principals will not be
        # permitted".
        principal = username if authorized_principals is None else None
        if _check_user_cert(cert, principal=principal, require_principals=True, now=now):
            return None
        try:
            cert_opts = certificate_options(cert)
            if _authorise(
                cert_opts,
                allow_cert_authority=False,
                client_address=client_address,
                client_hostname=None,
                now=now,
            ):
                return None
            if line_opts is None:
                return cert_opts
            if _authorise(
                line_opts,
                allow_cert_authority=False,
                client_address=client_address,
                client_hostname=None,
                now=now,
            ):
                return None
            return line_opts.merged_with_certificate(cert)
        except AuthorizedKeysError:
            return None
