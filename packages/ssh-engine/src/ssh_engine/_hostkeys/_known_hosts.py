"""OpenSSH ``known_hosts`` files: parsing, host matching, key checking and appending.

Theory of operation. The format is sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT": one entry per
line, ``[marker] hostnames keytype base64-key [comment]``. ``hostnames`` is either a
comma-separated list of patterns (``*`` and ``?`` wildcards, ``!`` negation, ``[host]:port``
for ports other than 22, matched case-insensitively) or one hashed name
``|1|base64(salt)|base64(HMAC-SHA1(salt, name))`` (ssh_config(5) HashKnownHosts). The marker
is ``@cert-authority`` (the key is a CA trusted to sign host certificates for the matching
hosts) or ``@revoked`` (the key must never be accepted for them).

A host is looked up under the name ssh(1) uses: ``host`` on port 22, ``[host]:port``
otherwise, lower-cased. Lines that cannot be understood are skipped and counted, never
fatal, as ssh(1) does; :attr:`KnownHosts.skipped` says where and why.

The check follows OpenSSH's ``check_host_key`` (sshconnect.c): a revoked key (or, for a
certificate, a revoked certified key or CA) is refused first; a certificate signed by a CA
trusted for the host must then pass the host-certificate checks (type host, the host name
among its principals, which may be wildcard patterns, inside its validity period), else it
is refused; a certificate whose
CA is not trusted falls back to its plain key. A plain key listed for the host is accepted;
a host that has plain entries but none with this key has *changed* (we treat keys of every
type as the host's identity, which is stricter than ssh(1)); otherwise the host is unknown.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ssh_wire import SSHError
from ssh_wire.keys import CertificateError, CertificateType, SSHCertificate, SSHKey
from ssh_wire.keys._public import key_from_public_blob

__all__ = [
    "CheckResult",
    "KnownHosts",
    "KnownHostsEntry",
    "Marker",
    "SkippedLine",
    "Verdict",
    "add_entry",
    "format_entry",
    "hash_host_name",
    "host_lookup_name",
    "match_host_patterns",
    "match_pattern",
]

DEFAULT_PORT = 22
# ssh_config(5) HashKnownHosts / hostfile.c: HASH_MAGIC "|1|", SHA-1 sized salt.
_HASH_MAGIC = "|1|"
_SALT_LEN = hashlib.sha1().digest_size
_MARKERS = {"@cert-authority": "CERT_AUTHORITY", "@revoked": "REVOKED"}
_FIELD_SEP = re.compile(r"[ \t]+")


class Marker(enum.Enum):
    """The marker at the start of a known_hosts line (sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT")."""

    NONE = "none"
    CERT_AUTHORITY = "@cert-authority"
    REVOKED = "@revoked"


class Verdict(enum.Enum):
    """The outcome of :meth:`KnownHosts.check`.

    ACCEPTED: the key is listed for the host, or it is a valid host certificate from a CA
    trusted for the host. CHANGED: the host is known with other keys (a possible
    man-in-the-middle; refuse loudly). UNKNOWN: nothing is known about the host.
    REVOKED: the key, or a certificate's key or CA, is marked ``@revoked``.
    INVALID_CERTIFICATE: a certificate from a CA trusted for the host failed its checks
    (expired, not yet valid, host name not a principal, not a host certificate, bad signature).
    """

    ACCEPTED = "accepted"
    CHANGED = "changed"
    UNKNOWN = "unknown"
    REVOKED = "revoked"
    INVALID_CERTIFICATE = "invalid-certificate"


@dataclass(frozen=True, slots=True)
class SkippedLine:
    """A known_hosts line that could not be understood and was ignored."""

    source: str
    line_number: int
    reason: str


@dataclass(frozen=True, slots=True)
class KnownHostsEntry:
    """One parsed known_hosts line.

    Attributes:
        marker: the line's marker.
        hosts: the host field exactly as written (patterns or a hashed name).
        key: the public key (a CA key for ``@cert-authority``).
        comment: the rest of the line after the key.
        source: the file name, or ``"<string>"``.
        line_number: 1-based line number in ``source``.
    """

    marker: Marker
    hosts: str
    key: SSHKey
    comment: str = ""
    source: str = "<string>"
    line_number: int = 0
    _hashed: tuple[bytes, bytes] | None = field(default=None, repr=False, compare=False)
    _patterns: tuple[tuple[bool, str], ...] = field(default=(), repr=False, compare=False)

    @property
    def is_hashed(self) -> bool:
        """True when the host field is a hashed name (``|1|salt|hash``)."""
        return self._hashed is not None

    def matches(self, name: str) -> bool:
        """Returns whether this entry applies to the lookup name ``name`` (see
        :func:`host_lookup_name`): the HMAC of a hashed entry, compared in constant time, or
        the pattern list, where a matching negated pattern wins."""
        if self._hashed is not None:
            salt, digest = self._hashed
            candidate = hmac.new(salt, name.encode("utf-8"), hashlib.sha1).digest()
            return hmac.compare_digest(candidate, digest)
        return _match_parsed(name, self._patterns)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The full answer of :meth:`KnownHosts.check_key`.

    Attributes:
        verdict: the decision.
        reason: a short human-readable explanation.
        entry: the entry that decided it (None for UNKNOWN).
    """

    verdict: Verdict
    reason: str
    entry: KnownHostsEntry | None = None


# -- names and patterns -------------------------------------------------------------------


def host_lookup_name(host: str, port: int | None = DEFAULT_PORT) -> str:
    """Returns the name ssh(1) looks a host up under: ``host`` for port 22 (or None),
    ``[host]:port`` otherwise, lower-cased (sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT")."""
    host = host.lower()
    if port is None or port == DEFAULT_PORT:
        return host
    return f"[{host}]:{port}"


def match_pattern(name: str, pattern: str) -> bool:
    """Returns whether ``name`` matches one ssh_config(5) "PATTERNS" pattern: ``*`` matches
    any run of characters, ``?`` exactly one; everything else literally.

    Iterative with one backtrack point, so the cost is O(len(name) * len(pattern)) at worst.
    """
    n = p = 0
    star_p = -1
    star_n = 0
    while n < len(name):
        if p < len(pattern) and pattern[p] == "*":
            star_p, star_n = p, n
            p += 1
        elif p < len(pattern) and (pattern[p] == "?" or pattern[p] == name[n]):
            n += 1
            p += 1
        elif star_p >= 0:
            star_n += 1
            n, p = star_n, star_p + 1
        else:
            return False
    while p < len(pattern) and pattern[p] == "*":
        p += 1
    return p == len(pattern)


def _parse_patterns(field_text: str) -> tuple[tuple[bool, str], ...]:
    out = []
    for item in field_text.split(","):
        negated = item.startswith("!")
        pattern = item[1:] if negated else item
        if pattern:
            out.append((negated, pattern.lower()))
    return tuple(out)


def _match_parsed(name: str, patterns: tuple[tuple[bool, str], ...]) -> bool:
    # match.c match_pattern_list: a matching negated pattern vetoes the whole list.
    name = name.lower()
    matched = False
    for negated, pattern in patterns:
        if match_pattern(name, pattern):
            if negated:
                return False
            matched = True
    return matched


def match_host_patterns(name: str, patterns: str) -> bool:
    """Returns whether ``name`` matches a comma-separated pattern list (``!`` negates; a
    matching negated pattern wins over any positive match), case-insensitively."""
    return _match_parsed(name, _parse_patterns(patterns))


def hash_host_name(name: str, salt: bytes | None = None) -> str:
    """Returns the hashed form ``|1|base64(salt)|base64(HMAC-SHA1(salt, name))`` that
    ``ssh-keygen -H`` and HashKnownHosts write; a random 20-byte salt unless given.

    Raises:
        ValueError: ``salt`` is not 20 bytes.
    """
    if salt is None:
        salt = secrets.token_bytes(_SALT_LEN)
    if len(salt) != _SALT_LEN:
        raise ValueError(f"known_hosts salt must be {_SALT_LEN} bytes")
    digest = hmac.new(salt, name.encode("utf-8"), hashlib.sha1).digest()
    return f"{_HASH_MAGIC}{base64.b64encode(salt).decode()}|{base64.b64encode(digest).decode()}"


def _parse_hashed(text: str) -> tuple[bytes, bytes]:
    parts = text[len(_HASH_MAGIC) :].split("|")
    if len(parts) != 2:
        raise ValueError("hashed host name is not |1|salt|hash")
    try:
        salt = base64.b64decode(parts[0], validate=True)
        digest = base64.b64decode(parts[1], validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("hashed host name is not valid base64") from None
    if len(salt) != _SALT_LEN or len(digest) != hashlib.sha1().digest_size:
        raise ValueError("hashed host name has a bad salt or hash length")
    return salt, digest


# -- line parsing -------------------------------------------------------------------------


def _parse_line(text: str, source: str, number: int) -> KnownHostsEntry | str | None:
    """Returns the entry, None for a blank or comment line, or a string saying why the line
    is malformed."""
    text = text.strip(" \t\r")
    if not text or text.startswith("#"):
        return None
    fields = _FIELD_SEP.split(text, 3)
    marker = Marker.NONE
    if fields[0].startswith("@"):
        name = _MARKERS.get(fields[0])
        if name is None:
            return f"unknown marker {fields[0]!r}"
        marker = Marker[name]
        fields = _FIELD_SEP.split(text, 4)[1:]
    if len(fields) < 3:
        return "expected hosts, key type and key"
    hosts, key_type, encoded = fields[0], fields[1], fields[2]
    comment = fields[3] if len(fields) > 3 else ""
    hashed = None
    patterns: tuple[tuple[bool, str], ...] = ()
    if hosts.startswith(_HASH_MAGIC):
        try:
            hashed = _parse_hashed(hosts)
        except ValueError as exc:
            return str(exc)
    else:
        patterns = _parse_patterns(hosts)
        if not patterns:
            return "empty host pattern list"
    try:
        blob = base64.b64decode(encoded, validate=True)
        key = key_from_public_blob(blob, comment)
    except (binascii.Error, ValueError):
        return "key is not valid base64"
    except SSHError as exc:
        return f"unusable key: {exc}"
    if isinstance(key, SSHCertificate):
        return "a certificate cannot be listed in known_hosts; list its CA as @cert-authority"
    if key.type != key_type:
        return f"key type {key_type!r} does not match the key ({key.type})"
    return KnownHostsEntry(marker, hosts, key, comment, source, number, hashed, patterns)


# -- the file set -------------------------------------------------------------------------


class KnownHosts:
    """The entries of one or more known_hosts files, in file order.

    Build with :meth:`parse` or :meth:`load`. Attributes: ``entries`` (every usable line),
    ``skipped`` (the malformed lines, with reasons) and ``paths`` (the files read).
    """

    def __init__(
        self,
        entries: Iterable[KnownHostsEntry] = (),
        skipped: Iterable[SkippedLine] = (),
        paths: Iterable[Path] = (),
    ) -> None:
        self.entries: list[KnownHostsEntry] = list(entries)
        self.skipped: list[SkippedLine] = list(skipped)
        self.paths: list[Path] = list(paths)

    def __repr__(self) -> str:
        return f"<KnownHosts {len(self.entries)} entries, {len(self.skipped)} skipped>"

    @property
    def skipped_count(self) -> int:
        """The number of malformed lines that were skipped."""
        return len(self.skipped)

    @classmethod
    def parse(cls, text: str | bytes, source: str = "<string>") -> KnownHosts:
        """Parse known_hosts text. Never raises on content: malformed lines (and lines that
        are not UTF-8) are skipped and recorded in :attr:`skipped`.

        Returns:
            The parsed file.
        """
        result = cls()
        result._add_text(text, source)
        return result

    @classmethod
    def load(cls, paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> KnownHosts:
        """Read one file or several, in order (ssh_config(5) UserKnownHostsFile takes
        several). A missing file counts as empty, as in ssh(1).

        Returns:
            The entries of every file.
        Raises:
            OSError: a file exists but cannot be read.
        """
        if isinstance(paths, str | os.PathLike):
            paths = [paths]
        result = cls()
        for item in paths:
            path = Path(item).expanduser()
            result.paths.append(path)
            try:
                data = path.read_bytes()
            except FileNotFoundError:
                continue
            result._add_text(data, str(path))
        return result

    def _add_text(self, text: str | bytes, source: str) -> None:
        raw_lines: list[str | bytes] = []
        if isinstance(text, bytes):
            raw_lines.extend(text.split(b"\n"))
        else:
            raw_lines.extend(text.split("\n"))
        for number, raw in enumerate(raw_lines, 1):
            if isinstance(raw, bytes):
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    self.skipped.append(SkippedLine(source, number, "not valid UTF-8"))
                    continue
            else:
                line = raw
            parsed = _parse_line(line, source, number)
            if isinstance(parsed, str):
                self.skipped.append(SkippedLine(source, number, parsed))
            elif parsed is not None:
                self.entries.append(parsed)

    def add(
        self, host: str, port: int | None, key: SSHKey, *, marker: Marker = Marker.NONE
    ) -> KnownHostsEntry:
        """Add a plain-pattern entry for ``host``/``port`` in memory (not to any file).

        Returns:
            The new entry.
        """
        name = host_lookup_name(host, port)
        entry = KnownHostsEntry(
            marker, name, key.public_key(), "", "<memory>", 0, None, ((False, name),)
        )
        self.entries.append(entry)
        return entry

    def lookup(self, host: str, port: int | None = DEFAULT_PORT) -> list[KnownHostsEntry]:
        """Returns every entry (of every marker) whose host field matches ``host`` on
        ``port``, in file order."""
        name = host_lookup_name(host, port)
        return [e for e in self.entries if e.matches(name)]

    def known_key_types(self, host: str, port: int | None = DEFAULT_PORT) -> list[str]:
        """Returns the key types listed (unmarked) for the host, in file order without
        repeats, so a client can prefer host key algorithms it can verify."""
        types: list[str] = []
        for e in self.lookup(host, port):
            if e.marker is Marker.NONE and e.key.type not in types:
                types.append(e.key.type)
        return types

    def check(
        self,
        host: str,
        port: int | None,
        key: SSHKey | SSHCertificate,
        *,
        now: float | None = None,
    ) -> Verdict:
        """Decide about the host key ``key`` that ``host``:``port`` presented.

        Returns:
            The :class:`Verdict`; :meth:`check_key` gives the reason and deciding entry too.
        """
        return self.check_key(host, port, key, now=now).verdict

    def check_key(
        self,
        host: str,
        port: int | None,
        key: SSHKey | SSHCertificate,
        *,
        now: float | None = None,
    ) -> CheckResult:
        """Decide about a host key as ssh(1) does (see the module docstring for the order).

        Args:
            host: the host name (or address) as connected to; the certificate principal
                checked is this name, lower-cased.
            port: the port (22 or None: the bare name).
            key: the presented plain key or host certificate.
            now: the time for certificate validity (default: now).
        Returns:
            The verdict, why, and the entry that decided it.
        """
        entries = self.lookup(host, port)
        plain = key.key if isinstance(key, SSHCertificate) else key
        for e in entries:
            if e.marker is not Marker.REVOKED:
                continue
            if e.key.equals(plain):
                return CheckResult(Verdict.REVOKED, "the host key is marked @revoked", e)
            if isinstance(key, SSHCertificate) and e.key.equals(key.signature_key):
                return CheckResult(Verdict.REVOKED, "the certificate's CA is marked @revoked", e)
        if isinstance(key, SSHCertificate):
            for e in entries:
                if e.marker is Marker.CERT_AUTHORITY and e.key.equals(key.signature_key):
                    try:
                        key.check(now=now, cert_type=CertificateType.HOST, ca_keys=[e.key])
                    except CertificateError as exc:
                        return CheckResult(Verdict.INVALID_CERTIFICATE, str(exc), e)
                    # sshconnect.c check_host_cert: host certificate principals may be
                    # wildcard patterns (OpenSSH 8.5+); an empty list means any host.
                    name = host.lower()
                    if key.principals and not any(match_pattern(name, p) for p in key.principals):
                        reason = f"{name!r} is not among the certificate's principals"
                        return CheckResult(Verdict.INVALID_CERTIFICATE, reason, e)
                    return CheckResult(Verdict.ACCEPTED, "host certificate signed by a known CA", e)
            # sshconnect.c: no CA trusted for this host, so retry with the plain key.
        known = [e for e in entries if e.marker is Marker.NONE]
        for e in known:
            if e.key.equals(plain):
                return CheckResult(Verdict.ACCEPTED, "the host key is listed", e)
        if known:
            first = known[0]
            return CheckResult(
                Verdict.CHANGED,
                f"the host is known with a different {first.key.type} key "
                f"({first.key.fingerprint()}) at {first.source}:{first.line_number}",
                first,
            )
        return CheckResult(Verdict.UNKNOWN, "the host is not in known_hosts")

    def __iter__(self) -> Iterator[KnownHostsEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def format_entry(host: str, port: int | None, key: SSHKey, *, hashed: bool = True) -> str:
    """Returns the line ssh(1) appends for a new host (hostfile.c ``write_host_entry``):
    ``name keytype base64`` with no comment, ``name`` hashed when ``hashed`` (ssh_config(5)
    HashKnownHosts), no trailing newline.

    Raises:
        ValueError: ``key`` is a certificate (list its CA with @cert-authority instead).
    """
    if not isinstance(key, SSHKey):
        raise ValueError("only plain keys can be added to known_hosts")
    name = host_lookup_name(host, port)
    shown = hash_host_name(name) if hashed else name
    return f"{shown} {key.type} {base64.b64encode(key.public_blob).decode()}"


def add_entry(
    path: str | os.PathLike[str],
    host: str,
    port: int | None,
    key: SSHKey,
    *,
    hashed: bool = True,
) -> str:
    """Append a new host key to a known_hosts file in the form ssh(1) writes; the file is
    created if missing, and a newline is added first if its last line lacks one.

    Returns:
        The line written (without its newline).
    Raises:
        OSError: the file cannot be written.
        ValueError: ``key`` is a certificate.
    """
    line = format_entry(host, port, key, hashed=hashed)
    target = Path(path).expanduser()
    with target.open("ab+") as f:
        f.seek(0, os.SEEK_END)
        prefix = b""
        if f.tell() > 0:
            f.seek(-1, os.SEEK_END)
            if f.read(1) != b"\n":
                prefix = b"\n"
        f.write(prefix + line.encode("utf-8") + b"\n")
    return line
