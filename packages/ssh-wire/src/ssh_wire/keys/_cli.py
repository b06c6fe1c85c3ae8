"""The ``python -m ssh_wire.keys`` command line: ssh-keygen's everyday jobs without OpenSSH.

Subcommands (``python -m ssh_wire.keys COMMAND --help`` for each):

- ``generate``: a new key pair, written as FILE (mode 0600) and FILE.pub;
- ``show``: type, bits, comment, SHA256 and MD5 fingerprints of a private, public or
  certificate file (and, for certificates, what ``ssh-keygen -L`` prints);
- ``public``: the OpenSSH public line of any key file;
- ``convert``: between openssh, pkcs8, pem and ppk private files, and RFC 4716, PEM and
  OpenSSH public files;
- ``sign`` / ``verify``: SSH signatures (SSHSIG), as ``ssh-keygen -Y sign|verify``;
- ``certify``: issue an OpenSSH certificate, as ``ssh-keygen -s``.

Passphrases come from ``-P``/``-N``, a ``--passphrase-file``, the ``SSH_WIRE_PASSPHRASE``
environment variable, or a prompt (without echo) when standard input is a terminal; they are
never printed. Exit status: 0 success, 1 failure (bad passphrase, corrupt or unknown file,
bad signature), 2 usage error. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import dataclasses
import getpass
import ipaddress
import os
import re
import socket
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .._errors import DecodeError, KeyEncryptedError, KeyParseError, KeyPassphraseError, SSHError
from .._generated.keys import CertificateType
from ..messages import decode_open_ssh_private_key_file_from
from ._armor import find_pem_blocks
from ._cert_issue import issue_certificate
from ._cert_options import CRITICAL_OPTIONS, DEFAULT_USER_EXTENSIONS, OptionValue, option_string
from ._certificate import FOREVER, SSHCertificate
from ._export import PRIVATE_FORMATS, export_private_key, export_public_key
from ._generate import KEY_TYPES, generate_key
from ._key import SSHKey, public_key_from_blob
from ._openssh import DEFAULT_CIPHER, DEFAULT_ROUNDS, OPENSSH_CIPHERS, OPENSSH_LABEL
from ._openssh import decode_openssh_armor as _decode_openssh_armor
from ._parse import parse_key, parse_public_key
from ._sshsig import SSHSigError, sshsig_sign, sshsig_verify

__all__ = ["ENV_PASSPHRASE", "EXIT_FAILURE", "EXIT_OK", "EXIT_USAGE", "CLIError", "main"]

PROG = "python -m ssh_wire.keys"
NAME = "ssh_wire.keys"
#: The environment variable read for a passphrase when no option gives one.
ENV_PASSPHRASE = "SSH_WIRE_PASSPHRASE"
EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
_EXIT_INTERRUPTED = 130
_PROMPT_ATTEMPTS = 3  # ssh-keygen asks three times too
_PRIVATE_MODE = 0o600
_PUBLIC_MODE = 0o644
_PUBLIC_TARGETS = {"rfc4716": "rfc4716", "public-pem": "pem", "public-openssh": "openssh"}
CONVERT_TARGETS: tuple[str, ...] = (*PRIVATE_FORMATS, *_PUBLIC_TARGETS)
# ssh-keygen's short key names (sshkey.c keytypes[].shortname), for -l / -L style output.
_SHORT_NAMES = {
    "ssh-ed25519": "ED25519",
    "ecdsa-sha2-nistp256": "ECDSA",
    "ecdsa-sha2-nistp384": "ECDSA",
    "ecdsa-sha2-nistp521": "ECDSA",
    "ssh-rsa": "RSA",
    "ssh-dss": "DSA",
}
# ssh-keygen's default file names (~/.ssh/id_TYPE) per -t family.
_DEFAULT_FILES = {"ed25519": "id_ed25519", "ecdsa": "id_ecdsa", "rsa": "id_rsa", "dsa": "id_dsa"}
# ssh-keygen -O permit-X / no-X (ssh-keygen.c add_cert_option), lower-cased suffix -> extension.
_PERMITS = {
    "x11-forwarding": "permit-X11-forwarding",
    "agent-forwarding": "permit-agent-forwarding",
    "port-forwarding": "permit-port-forwarding",
    "pty": "permit-pty",
    "user-rc": "permit-user-rc",
}
# ssh-keygen.c show_options: extensions printed as bare flags.
_LISTED_FLAGS = frozenset([*DEFAULT_USER_EXTENSIONS, "no-touch-required"])
_INDENT = " " * 8
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S"  # sshkey.c format_absolute_time
# misc.c convtime: a sequence of NUMBER[smhdw] (no unit = seconds).
_DURATION_PART = re.compile(r"([0-9]+)([smhdwSMHDW]?)")
_DURATION_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
# misc.c parse_absolute_time: YYYYMMDD[HHMM[SS]], a trailing Z meaning UTC.
_ABSOLUTE_TIME = re.compile(r"([0-9]{8})([0-9]{4})?([0-9]{2})?([Zz])?")
_U64_MAX = 2**64 - 1


class CLIError(Exception):
    """A failure the command line reports as one line on stderr.

    Attributes:
        message: the text printed (never holds a passphrase or key material).
        status: the exit status (:data:`EXIT_FAILURE` or :data:`EXIT_USAGE`).
    """

    def __init__(self, message: str, status: int = EXIT_FAILURE) -> None:
        """Record the message and the exit status."""
        super().__init__(message)
        self.message = message
        self.status = status


def _usage_error(message: str) -> CLIError:
    """Returns a :class:`CLIError` with the usage exit status."""
    return CLIError(message, EXIT_USAGE)


def _warn(message: str) -> None:
    """Print a warning line on stderr."""
    print(f"{NAME}: warning: {message}", file=sys.stderr)


def _info(message: str) -> None:
    """Print an informational line on stderr (where ssh-keygen writes its notes too)."""
    print(message, file=sys.stderr)


# -- input and output -----------------------------------------------------------------------


def _stdin_bytes() -> bytes:
    """Returns all of standard input as bytes."""
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    if stream is None:
        return sys.stdin.read().encode("utf-8")
    return stream.read()


def _write_stdout(data: bytes) -> None:
    """Write bytes to standard output (through its binary buffer when it has one)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8", errors="replace"))
    else:
        buffer.write(data)
        buffer.flush()


def _read_input(path: str) -> bytes:
    """Read a whole input file; ``-`` is standard input.

    Returns:
        The file contents.
    Raises:
        CLIError: the file cannot be read.
    """
    if path == "-":
        return _stdin_bytes()
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as exc:
        raise CLIError(f"{path}: {exc.strerror or exc}") from None


def _write_file(path: Path, data: bytes, mode: int, *, force: bool) -> None:
    """Write ``data`` to ``path`` with permissions ``mode``.

    Without ``force`` the file must not exist (it is created exclusively, so a file that
    appears meanwhile is not clobbered either). With ``force`` the new contents go to a
    temporary file in the same directory that then replaces ``path``, so a reader never sees
    a half-written key and an old file's looser mode is not kept.

    Raises:
        CLIError: the file exists (without ``force``) or cannot be written.
    """
    try:
        if not force:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            fd = os.open(path, flags, mode)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            return
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.chmod(tmp, mode)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except FileExistsError:
        raise CLIError(f"{path} already exists (use --force to overwrite it)") from None
    except OSError as exc:
        raise CLIError(f"cannot write {path}: {exc.strerror or exc}") from None


# -- passphrases ----------------------------------------------------------------------------


def _interactive() -> bool:
    """Returns True when standard input is a terminal, so a passphrase may be prompted for."""
    stdin = sys.stdin
    try:
        return stdin is not None and stdin.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _prompt(text: str) -> bytes:
    """Ask for a passphrase without echo.

    Returns:
        The passphrase as UTF-8 bytes (empty when the user just pressed Enter).
    Raises:
        CLIError: input ended (Ctrl-D) before a line was read.
    """
    try:
        return getpass.getpass(text).encode("utf-8")
    except EOFError:
        raise CLIError("no passphrase given") from None


def _passphrase_from_file(path: str) -> bytes:
    """Returns the first line of ``path`` (without its line end): a passphrase file.

    Raises:
        CLIError: the file cannot be read.
    """
    data = _read_input(path)
    return data.splitlines()[0] if data else b""


def _explicit_passphrase(
    value: str | None, file: str | None, *, use_env: bool = True
) -> bytes | None:
    """Resolve a passphrase given without prompting: option, file, then the environment.

    Returns:
        The passphrase bytes (``b""`` when explicitly empty), or None when none was given.
    Raises:
        CLIError: the passphrase file cannot be read.
    """
    if value is not None:
        return value.encode("utf-8")
    if file is not None:
        return _passphrase_from_file(file)
    if use_env:
        env = os.environ.get(ENV_PASSPHRASE)
        if env is not None:
            return env.encode("utf-8")
    return None


def _new_passphrase(explicit: bytes | None) -> bytes | None:
    """The passphrase for a new private file: the explicit one, else asked twice on a TTY.

    Returns:
        The passphrase, or None for an unencrypted file.
    Raises:
        CLIError: the two prompted passphrases differ.
    """
    if explicit is not None:
        return explicit or None
    if not _interactive():
        return None
    first = _prompt("Enter passphrase (empty for no passphrase): ")
    if not first:
        return None
    if _prompt("Enter same passphrase again: ") != first:
        raise CLIError("passphrases do not match")
    return first


# -- loading keys ----------------------------------------------------------------------------


def _looks_private(raw: bytes) -> bool:
    """Returns True when ``raw`` is evidently a private key file (PEM label or PuTTY header)."""
    return (
        b"PRIVATE KEY-----" in raw
        or raw.startswith(b"PuTTY-User-Key-File-")
        or b"SSH2 ENCRYPTED PRIVATE KEY" in raw
    )


_KEY_PREFIXES = (
    b"ssh-",
    b"ecdsa-",
    b"sk-",
    b"-----BEGIN ",
    b"---- BEGIN ",
    b"PuTTY-User-Key-File-",
)
_PEM_BEGIN = re.compile(rb"-----BEGIN ([\x21-\x7e ]{1,80}?)-----")


def _parse_failure(path: str, raw: bytes, exc: KeyParseError) -> CLIError:
    """Turn a parser's error into the message for ``path``, naming the common causes.

    Returns:
        A :class:`CLIError`: empty file, truncated armour, not a key file at all, or the
        parser's own message.
    """
    if not raw.strip():
        return CLIError(f"{path}: empty file")
    begin = _PEM_BEGIN.search(raw)
    if begin is not None and b"-----END " + begin.group(1) + b"-----" not in raw:
        label = begin.group(1).decode("ascii")
        return CLIError(f"{path}: truncated or corrupt: no -----END {label}----- line")
    lines = (line.strip() for line in raw.splitlines())
    first = next((line for line in lines if line and not line.startswith(b"#")), b"")
    if raw[:1] not in (b"\x00", b"\x30") and not first.startswith(_KEY_PREFIXES):
        return CLIError(f"{path}: not a key or certificate file (unknown format)")
    return CLIError(f"{path}: {exc}")


def _decrypt(path: str, raw: bytes, explicit: bytes | None) -> tuple[SSHKey, bytes]:
    """Decrypt an encrypted private key with the explicit passphrase or by prompting.

    Returns:
        The key and the passphrase that opened it.
    Raises:
        CLIError: no passphrase available, a wrong one, or a corrupt file.
    """
    if explicit is not None:
        if not explicit:
            raise CLIError(f"{path}: the key is encrypted and the passphrase given is empty")
        try:
            return parse_key(raw, explicit), explicit
        except KeyPassphraseError:
            raise CLIError(f"{path}: incorrect passphrase") from None
        except KeyParseError as exc:
            raise CLIError(f"{path}: {exc}") from None
    if not _interactive():
        raise CLIError(
            f"{path}: the key is encrypted; give its passphrase with -P, --passphrase-file "
            f"or {ENV_PASSPHRASE}"
        )
    for attempt in range(1, _PROMPT_ATTEMPTS + 1):
        secret = _prompt(f"Enter passphrase for {path}: ")
        if not secret:
            raise CLIError(f"{path}: the key is encrypted and no passphrase was given")
        try:
            return parse_key(raw, secret), secret
        except KeyPassphraseError:
            if attempt < _PROMPT_ATTEMPTS:
                _info("Incorrect passphrase.")
        except KeyParseError as exc:
            raise CLIError(f"{path}: {exc}") from None
    raise CLIError(f"{path}: incorrect passphrase ({_PROMPT_ATTEMPTS} attempts)")


def _parse_private(path: str, raw: bytes, explicit: bytes | None) -> tuple[SSHKey, bytes | None]:
    """Parse a private key, decrypting it when needed.

    Returns:
        The key and the passphrase that opened it (None when it was not encrypted).
    Raises:
        CLIError: as :func:`_decrypt`, or the data is not a private key.
    """
    try:
        return parse_key(raw, None), None
    except KeyEncryptedError:
        return _decrypt(path, raw, explicit)
    except KeyParseError as exc:
        raise _parse_failure(path, raw, exc) from None


def load_private(path: str, explicit: bytes | None) -> tuple[SSHKey, bytes | None]:
    """Read and parse a private key file for signing, converting or certifying.

    Returns:
        The key and the passphrase that opened it (None when it was not encrypted).
    Raises:
        CLIError: unreadable file, not a private key, corrupt, wrong or missing passphrase.
    """
    raw = _read_input(path)
    if not _looks_private(raw) and raw[:1] != b"\x30":
        try:
            parse_public_key(raw)
        except KeyParseError:
            pass
        else:
            raise CLIError(f"{path}: this is a public key; a private key is needed")
    return _parse_private(path, raw, explicit)


def _ppk_public_part(raw: bytes) -> SSHKey | None:
    """Returns the public key stored in clear in a PPK file (C.2), or None."""
    lines = raw.splitlines()
    comment = ""
    for i, line in enumerate(lines):
        if line.startswith(b"Comment: "):
            comment = line[len(b"Comment: ") :].decode("utf-8", errors="replace")
        elif line.startswith(b"Public-Lines: "):
            try:
                count = int(line[len(b"Public-Lines: ") :])
                blob = base64.b64decode(b"".join(lines[i + 1 : i + 1 + count]), validate=True)
                return public_key_from_blob(blob, comment)
            except (ValueError, binascii.Error, KeyParseError):
                return None
    return None


def _clear_public_part(raw: bytes) -> SSHKey | None:
    """Returns the public key an encrypted file keeps unencrypted (openssh-key-v1, PPK).

    openssh-key-v1 stores the public key outside the encrypted section (PROTOCOL.key) but not
    the comment; PPK stores both in clear. PEM and PKCS#8 keep nothing in clear.

    Returns:
        The public key, or None when the file has no usable clear public part.
    """
    if raw.startswith(b"PuTTY-User-Key-File-"):
        return _ppk_public_part(raw)
    for block in find_pem_blocks(raw):
        if block.label != OPENSSH_LABEL:
            continue
        try:
            body = _decode_openssh_armor(block.inner)
            outer, _ = decode_open_ssh_private_key_file_from(body, 0, len(body))
            if len(outer.public_keys) == 1:
                return public_key_from_blob(outer.public_keys[0])
        except (DecodeError, KeyParseError):
            return None
    return None


_PUBLIC_PART_ONLY = "encrypted private key (public part only)"


@dataclass(frozen=True, slots=True)
class _Loaded:
    """A key file read for its public information.

    Attributes:
        item: the key (private or public) or certificate.
        kind: ``private key``, ``public key``, ``certificate`` or ``encrypted private key
            (public part only)``.
    """

    item: SSHKey | SSHCertificate
    kind: str


def load_any(path: str, explicit: bytes | None) -> _Loaded:
    """Read a private, public or certificate file for its public information.

    An encrypted private key is decrypted with the explicit passphrase when one is given;
    otherwise its clear public part is used when the format has one (openssh-key-v1, PPK),
    and only then is a passphrase prompted for (on a terminal).

    Returns:
        The key or certificate and what kind of file it came from.
    Raises:
        CLIError: unreadable file, unknown format, corrupt data, wrong or missing passphrase.
    """
    raw = _read_input(path)
    if _looks_private(raw):
        return _load_private_for_public(path, raw, explicit)
    try:
        item = parse_public_key(raw)
    except KeyParseError as exc:
        if raw[:1] == b"\x30":  # DER: SubjectPublicKeyInfo failed, try a private key
            return _load_private_for_public(path, raw, explicit)
        raise _parse_failure(path, raw, exc) from None
    return _Loaded(item, "certificate" if isinstance(item, SSHCertificate) else "public key")


def _load_private_for_public(path: str, raw: bytes, explicit: bytes | None) -> _Loaded:
    """The private-file branch of :func:`load_any`.

    Returns:
        The loaded key.
    Raises:
        CLIError: as :func:`_decrypt`.
    """
    try:
        return _Loaded(parse_key(raw, None), "private key")
    except KeyEncryptedError:
        pass
    except KeyParseError as exc:
        raise _parse_failure(path, raw, exc) from None
    if explicit is None:
        public = _clear_public_part(raw)
        if public is not None:
            return _Loaded(public, _PUBLIC_PART_ONLY)
    key, _ = _decrypt(path, raw, explicit)
    return _Loaded(key, "private key")


def _passphrase_args(
    parser: argparse.ArgumentParser,
    flag: str,
    long: str,
    dest: str,
    what: str,
) -> None:
    """Add ``FLAG/--LONG PASSPHRASE`` and ``--LONG-file FILE`` (mutually exclusive)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        flag,
        f"--{long}",
        dest=dest,
        metavar="PASSPHRASE",
        help=f"{what} (visible to other local users in the process list; prefer "
        f"--{long}-file, {ENV_PASSPHRASE} or the prompt)",
    )
    group.add_argument(
        f"--{long}-file",
        dest=f"{dest}_file",
        metavar="FILE",
        help=f"read {what} from the first line of FILE",
    )


# -- text shared by several commands -------------------------------------------------------


def _short_name(key: SSHKey) -> str:
    """Returns ssh-keygen's short name of the key type (``ED25519``, ``RSA``…)."""
    return _SHORT_NAMES.get(key.type, key.type.upper())


def _format_time(value: int) -> str:
    """Returns a timestamp as ssh-keygen prints it (local time, ``%Y-%m-%dT%H:%M:%S``)."""
    try:
        return datetime.fromtimestamp(value).strftime(_TIME_FORMAT)
    except (OverflowError, OSError, ValueError):
        return datetime.max.strftime(_TIME_FORMAT)


def _format_validity(valid_after: int, valid_before: int) -> str:
    """Returns the validity interval as ssh-keygen prints it (sshkey_format_cert_validity)."""
    if valid_after == 0 and valid_before == FOREVER:
        return "forever"
    if valid_after == 0:
        return f"before {_format_time(valid_before)}"
    if valid_before == FOREVER:
        return f"after {_format_time(valid_after)}"
    return f"from {_format_time(valid_after)} to {_format_time(valid_before)}"


def _option_lines(section: dict[str, bytes], critical: bool) -> list[str]:
    """Returns one certificate section's entries as ssh-keygen.c show_options prints them."""
    lines = []
    for name, data in section.items():
        if not critical and name in _LISTED_FLAGS:
            lines.append(name)
        elif critical and name in ("force-command", "source-address"):
            try:
                lines.append(f"{name} {option_string(name, data)}")
            except KeyParseError:
                lines.append(f"{name} UNKNOWN OPTION: {data.hex()} (len {len(data)})")
        elif critical and name in CRITICAL_OPTIONS:
            lines.append(name)
        elif data:
            lines.append(f"{name} UNKNOWN OPTION: {data.hex()} (len {len(data)})")
        else:
            lines.append(f"{name} UNKNOWN FLAG OPTION")
    return lines


def certificate_listing(cert: SSHCertificate, name: str) -> list[str]:
    """Render a certificate as ``ssh-keygen -L -f NAME`` prints it.

    Returns:
        The lines, the first being ``NAME:``; times are local, as ssh-keygen prints them.
    """
    kind = "user" if cert.cert_type == CertificateType.USER else "host"
    ca = cert.signature_key
    lines = [
        f"{name}:",
        f"{_INDENT}Type: {cert.type} {kind} certificate",
        f"{_INDENT}Public key: {_short_name(cert.key)}-CERT {cert.fingerprint()}",
        f"{_INDENT}Signing CA: {_short_name(ca)} {ca.fingerprint()} "
        f"(using {cert.signature_algorithm})",
        f'{_INDENT}Key ID: "{cert.key_id}"',
        f"{_INDENT}Serial: {cert.serial}",
        f"{_INDENT}Valid: {_format_validity(cert.valid_after, cert.valid_before)}",
    ]
    sections = (
        ("Principals:", list(cert.principals)),
        ("Critical Options:", _option_lines(dict(cert.critical_options), critical=True)),
        ("Extensions:", _option_lines(dict(cert.extensions), critical=False)),
    )
    for title, items in sections:
        if items:
            lines.append(f"{_INDENT}{title} ")
            lines += [f"{_INDENT * 2}{item}" for item in items]
        else:
            lines.append(f"{_INDENT}{title} (none)")
    return lines


# -- generate -------------------------------------------------------------------------------


def _default_comment() -> str:
    """Returns ``user@host``, ssh-keygen's default comment (empty when unknown)."""
    try:
        return f"{getpass.getuser()}@{socket.gethostname()}"
    except Exception:  # getuser raises whatever pwd/os raise when no user name is known
        return ""


def _default_key_file(key_type: str) -> Path:
    """Returns ``~/.ssh/id_TYPE`` (creating ``~/.ssh`` with mode 0700 when missing).

    Raises:
        CLIError: the home directory is unknown or ``~/.ssh`` cannot be created.
    """
    family = key_type.removeprefix("ssh-").split("-")[0]
    family = {"dss": "dsa", "ecdsa": "ecdsa"}.get(family, family)
    try:
        ssh_dir = Path.home() / ".ssh"
        ssh_dir.mkdir(mode=0o700, exist_ok=True)
    except (OSError, RuntimeError) as exc:
        raise CLIError(f"cannot use ~/.ssh ({exc}); give the file with -f") from None
    return ssh_dir / _DEFAULT_FILES.get(family, f"id_{family}")


def cmd_generate(args: argparse.Namespace) -> int:
    """``generate``: make a key pair and write FILE and FILE.pub.

    Returns:
        :data:`EXIT_OK`.
    Raises:
        CLIError: a file exists (without --force), bad options, or a write failed.
    """
    if args.format != "openssh" and (args.cipher is not None or args.rounds is not None):
        raise _usage_error("--cipher and --rounds apply to --format openssh only")
    if args.rounds is not None and args.rounds < 1:
        raise _usage_error("--rounds must be at least 1")
    path = Path(args.file) if args.file else _default_key_file(args.type)
    pub_path = Path(f"{path}.pub")
    if not args.force:
        for existing in (path, pub_path):
            if existing.exists():
                raise CLIError(f"{existing} already exists (use --force to overwrite it)")
    comment = args.comment if args.comment is not None else _default_comment()
    if "\r" in comment or "\n" in comment:
        raise _usage_error("a comment cannot contain a line break")
    try:
        key = generate_key(args.type, args.bits, comment)
    except ValueError as exc:
        raise _usage_error(str(exc)) from None
    if args.format == "pem" and key.type == "ssh-ed25519":
        raise _usage_error("ed25519 keys have no traditional PEM form; use openssh or pkcs8")
    secret = _new_passphrase(_explicit_passphrase(args.passphrase, args.passphrase_file))
    if not args.quiet:
        print(f"Generating public/private {args.type} key pair.", flush=True)
    cipher = args.cipher or DEFAULT_CIPHER
    rounds = args.rounds if args.rounds is not None else DEFAULT_ROUNDS
    try:
        private = export_private_key(key, args.format, secret, cipher, rounds)
        public = export_public_key(key, "openssh")
    except ValueError as exc:
        raise _usage_error(str(exc)) from None
    _write_file(path, private, _PRIVATE_MODE, force=args.force)
    _write_file(pub_path, public, _PUBLIC_MODE, force=args.force)
    if not args.quiet:
        print(f"Your identification has been saved in {path}")
        print(f"Your public key has been saved in {pub_path}")
        print("The key fingerprint is:")
        print(f"{key.fingerprint('sha256')} {comment}".rstrip())
    return EXIT_OK


# -- show / public --------------------------------------------------------------------------


def _no_comment(loaded: _Loaded) -> str:
    """Returns what ``show`` prints for an empty comment."""
    if loaded.kind == _PUBLIC_PART_ONLY:
        return "(stored encrypted; give the passphrase to read it)"
    return "(none)"


def cmd_show(args: argparse.Namespace) -> int:
    """``show``: type, bits, comment, fingerprints; certificates also as ``ssh-keygen -L``.

    Returns:
        :data:`EXIT_OK`, or :data:`EXIT_FAILURE` for a certificate whose CA signature does
        not verify.
    Raises:
        CLIError: the file cannot be read or parsed.
    """
    explicit = _explicit_passphrase(args.passphrase, args.passphrase_file)
    status = EXIT_OK
    for index, path in enumerate(args.files):
        loaded = load_any(path, explicit)
        item = loaded.item
        key = item.key if isinstance(item, SSHCertificate) else item
        kind = loaded.kind
        if isinstance(item, SSHCertificate):
            kind = f"{'user' if item.cert_type == CertificateType.USER else 'host'} certificate"
        fields = [
            ("file", path),
            ("kind", kind),
            ("type", f"{item.type} ({_short_name(key)}{'-CERT' if item is not key else ''})"),
            ("bits", str(key.bits)),
            ("comment", item.comment or _no_comment(loaded)),
            ("sha256", item.fingerprint("sha256")),
            ("md5", item.fingerprint("md5")),
        ]
        if isinstance(item, SSHCertificate):
            good = item.verify_signature()
            now = int(time.time())
            if now < item.valid_after:
                current = "no (not yet valid)"
            elif now >= item.valid_before:
                current = "no (expired)"
            else:
                current = "yes"
            fields += [
                ("ca", f"{item.signature_key.type} {item.signature_key.fingerprint()}"),
                ("ca signature", "good" if good else "BAD (does not verify)"),
                ("valid now", current),
            ]
            if not good:
                status = EXIT_FAILURE
        if index:
            print()
        width = max(len(name) for name, _ in fields) + 2
        for name, value in fields:
            print(f"{name + ':':<{width}}{value}")
        if isinstance(item, SSHCertificate):
            print()
            for line in certificate_listing(item, path):
                print(line)
    return status


def cmd_public(args: argparse.Namespace) -> int:
    """``public``: print the OpenSSH public line of a private, public or certificate file.

    Returns:
        :data:`EXIT_OK`.
    Raises:
        CLIError: the file cannot be read or parsed.
    """
    explicit = _explicit_passphrase(args.passphrase, args.passphrase_file)
    loaded = load_any(args.file, explicit)
    print(loaded.item.openssh_public_line())
    return EXIT_OK


# -- convert --------------------------------------------------------------------------------


def cmd_convert(args: argparse.Namespace) -> int:
    """``convert``: write a key file in another format, to -o OUT or standard output.

    A private target keeps the source's passphrase unless -N / --new-passphrase-file says
    otherwise (``-N ''`` writes an unencrypted file).

    Returns:
        :data:`EXIT_OK`.
    Raises:
        CLIError: bad options, an unreadable or unsuitable input, or a write failure.
    """
    target = args.to
    private_target = target in PRIVATE_FORMATS
    if target != "openssh" and (args.cipher is not None or args.rounds is not None):
        raise _usage_error("--cipher and --rounds apply to --to openssh only")
    if target != "ppk" and args.ppk_version is not None:
        raise _usage_error("--ppk-version applies to --to ppk only")
    if not private_target and (args.new_passphrase is not None or args.new_passphrase_file):
        raise _usage_error(f"--to {target} writes a public key; it takes no new passphrase")
    if args.rounds is not None and args.rounds < 1:
        raise _usage_error("--rounds must be at least 1")
    explicit = _explicit_passphrase(args.passphrase, args.passphrase_file)
    output: bytes
    if private_target:
        key, old = load_private(args.file, explicit)
        new = _explicit_passphrase(args.new_passphrase, args.new_passphrase_file, use_env=False)
        secret = old if new is None else (new or None)
        if target == "pem" and key.type == "ssh-ed25519":
            raise _usage_error("ed25519 keys have no traditional PEM form; use openssh or pkcs8")
        try:
            if target == "ppk":
                output = export_private_key(key, "ppk", secret, ppk_version=args.ppk_version or 3)
            else:
                output = export_private_key(
                    key,
                    target,
                    secret,
                    args.cipher or DEFAULT_CIPHER,
                    args.rounds if args.rounds is not None else DEFAULT_ROUNDS,
                )
        except (ValueError, KeyParseError) as exc:
            raise CLIError(f"cannot write {target}: {exc}") from None
    else:
        item = load_any(args.file, explicit).item
        if isinstance(item, SSHCertificate):
            if target != "public-openssh":
                raise CLIError(f"{args.file}: a certificate can only be written as public-openssh")
            output = (item.openssh_public_line() + "\n").encode("utf-8")
        else:
            output = export_public_key(item, _PUBLIC_TARGETS[target])
    if args.output is None or args.output == "-":
        _write_stdout(output)
    else:
        mode = _PRIVATE_MODE if private_target else _PUBLIC_MODE
        _write_file(Path(args.output), output, mode, force=args.force)
    return EXIT_OK


# -- sign / verify --------------------------------------------------------------------------


def cmd_sign(args: argparse.Namespace) -> int:
    """``sign``: SSHSIG-sign files into FILE.sig, or standard input to standard output.

    Returns:
        :data:`EXIT_OK`.
    Raises:
        CLIError: the key cannot be loaded, a file cannot be read, or a .sig file exists.
    """
    if not args.namespace:
        raise _usage_error("the namespace (-n) must not be empty")
    explicit = _explicit_passphrase(args.passphrase, args.passphrase_file)
    key, _ = load_private(args.key, explicit)
    files = args.files or ["-"]
    for name in files:
        if name == "-":
            armored = sshsig_sign(key, _stdin_bytes(), args.namespace, args.hash)
            _write_stdout(armored.encode("ascii"))
            continue
        sig_path = Path(f"{name}.sig")
        if sig_path.exists() and not args.force:
            raise CLIError(f"{sig_path} already exists (use --force to overwrite it)")
        try:
            with open(name, "rb") as f:
                armored = sshsig_sign(key, f, args.namespace, args.hash)
        except OSError as exc:
            raise CLIError(f"{name}: {exc.strerror or exc}") from None
        _write_file(sig_path, armored.encode("ascii"), _PUBLIC_MODE, force=args.force)
        _info(f"Write signature to {sig_path}")
    return EXIT_OK


@dataclass(frozen=True, slots=True)
class AllowedSigner:
    """One line of an allowed signers file (ssh-keygen(1) "ALLOWED SIGNERS").

    Attributes:
        principals: the comma-separated principal patterns (None: a bare public key line,
            which allows any identity).
        key: the signer's public key.
        namespaces: the ``namespaces=`` patterns, or None when any namespace is allowed.
        valid_after: the ``valid-after=`` time (seconds since the epoch), or None.
        valid_before: the ``valid-before=`` time, or None.
        cert_authority: the ``cert-authority`` option (the key is a CA, not a signer).
    """

    principals: str | None
    key: SSHKey
    namespaces: str | None = None
    valid_after: int | None = None
    valid_before: int | None = None
    cert_authority: bool = False


def _split_token(text: str) -> tuple[str, str]:
    """Split the first whitespace-delimited token off ``text``, honouring double quotes.

    Returns:
        ``(token, rest)`` with the token's quotes kept and ``rest`` left-stripped.
    """
    quoted = False
    for i, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char in " \t" and not quoted:
            return text[:i], text[i:].lstrip()
    return text, ""


def _split_options(text: str) -> list[str]:
    """Split an options token at commas outside double quotes.

    Returns:
        The options, quotes kept.
    """
    parts, current, quoted = [], "", False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == "," and not quoted:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts


def _unquote(value: str) -> str:
    """Returns ``value`` without surrounding double quotes."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


def _key_from_line(text: str) -> SSHKey | None:
    """Returns the plain public key of a ``type base64 [comment]`` text, or None."""
    try:
        item = parse_public_key(text.encode("utf-8"))
    except KeyParseError:
        return None
    return item if isinstance(item, SSHKey) else None


def _parse_signer_line(line: str, where: str) -> AllowedSigner:
    """Parse one non-comment line of an allowed signers (or public key) file.

    Returns:
        The entry.
    Raises:
        CLIError: the line is neither a public key nor an allowed signers entry.
    """
    bare = _key_from_line(line)
    if bare is not None:
        return AllowedSigner(None, bare)
    principals, rest = _split_token(line)
    key = _key_from_line(rest)
    options: list[str] = []
    if key is None:
        option_text, rest = _split_token(rest)
        options = _split_options(option_text)
        key = _key_from_line(rest)
    if key is None:
        raise CLIError(f"{where}: not a public key or allowed signers line")
    entry = AllowedSigner(_unquote(principals), key)
    for option in options:
        name, sep, value = option.partition("=")
        name, value = name.lower(), _unquote(value)
        if name == "cert-authority" and not sep:
            entry = dataclasses.replace(entry, cert_authority=True)
        elif name == "namespaces" and sep:
            entry = dataclasses.replace(entry, namespaces=value)
        elif name in ("valid-after", "valid-before") and sep:
            moment = _absolute_time(value)
            if moment is None:
                raise CLIError(f"{where}: invalid {name} time {value!r}")
            if name == "valid-after":
                entry = dataclasses.replace(entry, valid_after=moment)
            else:
                entry = dataclasses.replace(entry, valid_before=moment)
        else:
            raise CLIError(f"{where}: unknown allowed signers option {option!r}")
    return entry


def load_signers(path: str) -> list[AllowedSigner]:
    """Read the signers ``verify -f`` trusts: a public key file or an allowed signers file.

    A single public key in any form :func:`parse_public_key` reads (OpenSSH line, RFC 4716,
    PEM) is one entry that allows any identity; otherwise every non-blank, non-``#`` line is
    either a bare ``type base64 [comment]`` key or ``principals [options] type base64``.

    Returns:
        The entries, in file order.
    Raises:
        CLIError: the file cannot be read, or holds no usable entry or a malformed line.
    """
    raw = _read_input(path)
    stripped = raw.strip()
    if stripped.startswith((b"-----BEGIN", b"---- BEGIN")) or stripped[:1] in (b"\x00", b"\x30"):
        try:
            item = parse_public_key(raw)
        except KeyParseError as exc:
            raise CLIError(f"{path}: {exc}") from None
        if isinstance(item, SSHCertificate):
            raise CLIError(f"{path}: a certificate cannot be an allowed signer")
        return [AllowedSigner(None, item)]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CLIError(f"{path}: not a public key or allowed signers file") from None
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            entries.append(_parse_signer_line(line, f"{path}:{number}"))
    if not entries:
        raise CLIError(f"{path}: no public key or allowed signer found")
    return entries


def _match_pattern(name: str, pattern: str) -> bool:
    """OpenSSH match_pattern: ``*`` and ``?`` wildcards, case-sensitive.

    Returns:
        True when ``name`` matches.
    """
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, name, re.DOTALL) is not None


def match_pattern_list(name: str, patterns: str) -> bool:
    """OpenSSH match_pattern_list: comma-separated patterns, ``!`` negating.

    Returns:
        True when some pattern matches and no negated one does.
    """
    found = False
    for pattern in patterns.split(","):
        negated = pattern.startswith("!")
        if _match_pattern(name, pattern[1:] if negated else pattern):
            if negated:
                return False
            found = True
    return found


def _signer_accepts(
    entry: AllowedSigner, key: SSHKey, namespace: str, identity: str | None, now: int
) -> bool:
    """Returns True when ``entry`` allows ``key`` to sign for ``identity`` in ``namespace``."""
    if entry.cert_authority or not entry.key.equals(key):
        return False
    if (
        identity is not None
        and entry.principals is not None
        and not match_pattern_list(identity, entry.principals)
    ):
        return False
    if entry.namespaces is not None and not match_pattern_list(namespace, entry.namespaces):
        return False
    if entry.valid_after is not None and now < entry.valid_after:
        return False
    return entry.valid_before is None or now < entry.valid_before


def cmd_verify(args: argparse.Namespace) -> int:
    """``verify``: check an SSHSIG signature against trusted keys, as ``ssh-keygen -Y verify``.

    Returns:
        :data:`EXIT_OK` and "Good ... signature" on stdout when it verifies;
        :data:`EXIT_FAILURE` with the reason on stderr otherwise.
    Raises:
        CLIError: a file cannot be read or the signers file is malformed.
    """
    signers = load_signers(args.signers)
    armored = _read_input(args.signature)
    try:
        if args.file is None or args.file == "-":
            signer = sshsig_verify(armored, _stdin_bytes(), args.namespace)
        else:
            try:
                with open(args.file, "rb") as f:
                    signer = sshsig_verify(armored, f, args.namespace)
            except OSError as exc:
                raise CLIError(f"{args.file}: {exc.strerror or exc}") from None
    except SSHSigError as exc:
        print(f"Signature verification failed: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    now = int(time.time())
    accepted = [
        e for e in signers if _signer_accepts(e, signer, args.namespace, args.identity, now)
    ]
    description = f"{_short_name(signer)} key {signer.fingerprint()}"
    if not accepted:
        who = f" for {args.identity}" if args.identity else ""
        print(
            f"Signature verification failed: {description} is not an allowed signer{who} "
            f'in namespace "{args.namespace}" ({args.signers})',
            file=sys.stderr,
        )
        return EXIT_FAILURE
    principal = args.identity or accepted[0].principals
    who = f" for {principal}" if principal else ""
    print(f'Good "{args.namespace}" signature{who} with {description}')
    return EXIT_OK


# -- certify --------------------------------------------------------------------------------


def _duration(text: str) -> int | None:
    """misc.c convtime: ``1h30m``, ``52w``, ``90`` (seconds).

    Returns:
        Seconds, or None when ``text`` is not a duration.
    """
    if not text:
        return None
    total, pos = 0, 0
    while pos < len(text):
        match = _DURATION_PART.match(text, pos)
        if match is None:
            return None
        total += int(match.group(1)) * _DURATION_UNITS[match.group(2).lower()]
        pos = match.end()
    return total


def _absolute_time(text: str) -> int | None:
    """misc.c parse_absolute_time: ``YYYYMMDD[HHMM[SS]][Z]``, local time unless ``Z``.

    Returns:
        Seconds since the epoch, or None when ``text`` is not such a time.
    """
    match = _ABSOLUTE_TIME.fullmatch(text)
    if match is None or (match.group(3) and not match.group(2)):
        return None
    date, hhmm, ss, utc = match.groups()
    stamp = date + (hhmm or "0000") + (ss or "00")
    try:
        parsed = datetime.strptime(stamp, "%Y%m%d%H%M%S")
    except ValueError:
        return None
    if utc:
        return int(parsed.replace(tzinfo=UTC).timestamp())
    return int(time.mktime(parsed.timetuple()))


def parse_validity(spec: str, now: int | None = None) -> tuple[int, int]:
    """Parse ``ssh-keygen -V``: ``+52w`` (from a minute ago until then) or ``FROM:TO``.

    FROM is ``[+-]DURATION``, ``YYYYMMDD[HHMM[SS]][Z]`` or ``always``; TO is the same with
    ``forever`` instead of ``always`` (ssh-keygen.c parse_cert_times).

    Returns:
        ``(valid_after, valid_before)`` in seconds since the epoch (``FOREVER`` for forever).
    Raises:
        CLIError: (usage) an invalid specification or an empty interval.
    """
    moment = int(time.time()) if now is None else now
    if spec.startswith("+") and ":" not in spec:
        seconds = _duration(spec[1:])
        if seconds is None:
            raise _usage_error(f"invalid relative certificate life {spec!r}")
        # ssh-keygen backdates the start to the minute, for hosts with skewed clocks.
        return ((moment - 59) // 60) * 60, moment + seconds
    start, sep, end = spec.partition(":")
    if not sep or not start or not end:
        raise _usage_error(f"invalid certificate life specification {spec!r}")

    def point(text: str, keyword: str, keyword_value: int) -> int:
        """Returns one end of the interval in seconds; raises CLIError (usage) if invalid."""
        if text[0] in "+-":
            seconds = _duration(text[1:])
            if seconds is None:
                raise _usage_error(f"invalid relative time {text!r}")
            return moment + seconds if text[0] == "+" else moment - seconds
        if text == keyword:
            return keyword_value
        absolute = _absolute_time(text)
        if absolute is None:
            raise _usage_error(f"invalid time {text!r} (expected YYYYMMDD[HHMM[SS]][Z])")
        return absolute

    after = max(point(start, "always", 0), 0)
    before = min(point(end, "forever", FOREVER), FOREVER)
    if before <= after:
        raise _usage_error("empty certificate validity interval")
    return after, before


def parse_cert_options(
    options: Iterable[str],
) -> tuple[dict[str, OptionValue], dict[str, OptionValue]]:
    """Apply ``ssh-keygen -O`` options to a user certificate's default options.

    Returns:
        ``(critical_options, extensions)``, starting from no critical options and
        ssh-keygen's default extensions.
    Raises:
        CLIError: (usage) an unknown or malformed option.
    """
    critical: dict[str, OptionValue] = {}
    extensions: dict[str, OptionValue] = dict.fromkeys(DEFAULT_USER_EXTENSIONS)
    for option in options:
        low = option.lower()
        if low == "clear":
            critical.clear()
            extensions.clear()
        elif low.startswith("no-") and low[3:] in _PERMITS:
            extensions.pop(_PERMITS[low[3:]], None)
        elif low.startswith("permit-") and low[7:] in _PERMITS:
            extensions[_PERMITS[low[7:]]] = None
        elif low.startswith("force-command="):
            if "force-command" in critical:
                raise _usage_error("force-command given more than once")
            critical["force-command"] = option[len("force-command=") :]
        elif low.startswith("source-address="):
            if "source-address" in critical:
                raise _usage_error("source-address given more than once")
            value = option[len("source-address=") :]
            try:
                for block in value.split(","):
                    ipaddress.ip_network(block.strip(), strict=False)
            except ValueError:
                raise _usage_error(f"invalid source-address list {value!r}") from None
            critical["source-address"] = value
        elif low == "verify-required":
            critical["verify-required"] = None
        elif low == "no-touch-required":
            extensions["no-touch-required"] = None
        elif low.startswith(("critical:", "extension:")):
            prefix, _, rest = option.partition(":")
            name, sep, value = rest.partition("=")
            if not name:
                raise _usage_error(f"invalid certificate option {option!r}")
            target = critical if prefix.lower() == "critical" else extensions
            target[name] = value if sep else None
        else:
            raise _usage_error(f"unknown certificate option {option!r}")
    return critical, extensions


def _cert_path(public_path: str) -> Path:
    """Returns ssh-keygen's certificate file name: ``id.pub`` -> ``id-cert.pub``."""
    return Path(public_path.removesuffix(".pub") + "-cert.pub")


def cmd_certify(args: argparse.Namespace) -> int:
    """``certify``: sign public keys with a CA key into ``*-cert.pub``, as ``ssh-keygen -s``.

    Returns:
        :data:`EXIT_OK`.
    Raises:
        CLIError: bad options, unreadable keys, or a write failure.
    """
    after, before = parse_validity(args.validity) if args.validity else (0, FOREVER)
    try:
        serial = int(args.serial, 10)
    except ValueError:
        raise _usage_error(f"invalid serial number {args.serial!r}") from None
    if not 0 <= serial <= _U64_MAX:
        raise _usage_error("the serial number must be in 0..2**64-1")
    principals = tuple(p for p in args.principals.split(",")) if args.principals else ()
    if any(not p for p in principals):
        raise _usage_error("empty principal name in -n")
    cert_type = CertificateType.HOST if args.host else CertificateType.USER
    if args.host:
        # ssh-keygen.c do_ca_sign: host certificates carry no options or extensions.
        if args.options:
            _warn("-O options are ignored for host certificates")
        critical: dict[str, OptionValue] = {}
        extensions: dict[str, OptionValue] = {}
    else:
        critical, extensions = parse_cert_options(args.options)
    explicit = _explicit_passphrase(args.passphrase, args.passphrase_file)
    ca_key, _ = load_private(args.ca_key, explicit)
    for public_path in args.public_keys:
        item = load_any(public_path, None).item
        subject = item.key if isinstance(item, SSHCertificate) else item
        comment = item.comment
        try:
            cert = issue_certificate(
                ca_key,
                subject,
                cert_type=cert_type,
                key_id=args.key_id,
                principals=principals,
                valid_after=after,
                valid_before=before,
                serial=serial,
                critical_options=critical,
                extensions=extensions,
                signature_algorithm=args.algorithm,
                comment=comment,
            )
        except (ValueError, KeyParseError) as exc:
            raise CLIError(f"cannot certify {public_path}: {exc}") from None
        out = _cert_path(public_path)
        line = cert.openssh_public_line() + "\n"
        _write_file(out, line.encode("utf-8"), _PUBLIC_MODE, force=True)
        names = f" for {','.join(principals)}" if principals else ""
        _info(
            f'Signed {"host" if args.host else "user"} key {out}: id "{args.key_id}" '
            f"serial {serial}{names} valid {_format_validity(after, before)}"
        )
    return EXIT_OK


# -- the parser -----------------------------------------------------------------------------


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the descriptions' line breaks."""


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with its subcommands.

    Returns:
        The parser; each subcommand sets ``handler`` to its ``cmd_*`` function.
    """
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="SSH keys without OpenSSH: generate, inspect, convert, sign, certify.",
        epilog=f"Passphrases: -P/-N, --passphrase-file, ${ENV_PASSPHRASE}, or a prompt on "
        "a terminal. Exit status: 0 ok, 1 failure, 2 usage error.",
        formatter_class=_Formatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str, *, add_help: bool = True) -> argparse.ArgumentParser:
        """Returns a new subcommand parser."""
        return commands.add_parser(
            name,
            help=help_text,
            description=help_text,
            formatter_class=_Formatter,
            add_help=add_help,
        )

    gen = command("generate", "generate a key pair: FILE (mode 0600) and FILE.pub")
    gen.add_argument(
        "-t",
        "--type",
        default="ed25519",
        choices=KEY_TYPES,
        metavar="TYPE",
        help="ed25519 (default), ecdsa, rsa, dsa, or an SSH type name",
    )
    gen.add_argument(
        "-b", "--bits", type=int, help="ecdsa: 256 (default), 384, 521; rsa: default 3072"
    )
    gen.add_argument("-C", "--comment", help="the key's comment (default user@host)")
    gen.add_argument("-f", "--file", help="the private key file (default ~/.ssh/id_TYPE)")
    _passphrase_args(gen, "-N", "passphrase", "passphrase", "the new key's passphrase")
    gen.add_argument(
        "--format",
        default="openssh",
        choices=PRIVATE_FORMATS,
        help="the private file's format (default openssh)",
    )
    gen.add_argument(
        "--cipher",
        choices=OPENSSH_CIPHERS,
        metavar="CIPHER",
        help=f"openssh format: cipher for an encrypted key (default {DEFAULT_CIPHER}); one of "
        + ", ".join(OPENSSH_CIPHERS),
    )
    gen.add_argument(
        "--rounds", type=int, help=f"openssh format: bcrypt KDF rounds (default {DEFAULT_ROUNDS})"
    )
    gen.add_argument("--force", action="store_true", help="overwrite existing files")
    gen.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    gen.set_defaults(handler=cmd_generate)

    show = command("show", "type, bits, comment and fingerprints of key or certificate files")
    show.add_argument("files", nargs="+", metavar="FILE", help="private, public or cert file")
    _passphrase_args(show, "-P", "passphrase", "passphrase", "the passphrase")
    show.set_defaults(handler=cmd_show)

    public = command("public", "print the OpenSSH public line of a key or certificate file")
    public.add_argument("file", metavar="FILE")
    _passphrase_args(public, "-P", "passphrase", "passphrase", "the passphrase")
    public.set_defaults(handler=cmd_public)

    conv = command("convert", "write a key in another format (to -o OUT or stdout)")
    conv.add_argument("file", metavar="FILE")
    conv.add_argument(
        "--to",
        required=True,
        choices=CONVERT_TARGETS,
        help="private: openssh, pkcs8, pem, ppk; public: rfc4716, public-pem, public-openssh",
    )
    _passphrase_args(conv, "-P", "passphrase", "passphrase", "the input key's passphrase")
    _passphrase_args(
        conv,
        "-N",
        "new-passphrase",
        "new_passphrase",
        "the output's passphrase (default: the input's; -N '' for none)",
    )
    conv.add_argument("-o", "--output", metavar="OUT", help="output file (default stdout)")
    conv.add_argument("--cipher", choices=OPENSSH_CIPHERS, metavar="CIPHER", help="--to openssh")
    conv.add_argument("--rounds", type=int, help="--to openssh: bcrypt KDF rounds")
    conv.add_argument("--ppk-version", type=int, choices=(2, 3), help="--to ppk: 3 (default)")
    conv.add_argument("--force", action="store_true", help="overwrite OUT")
    conv.set_defaults(handler=cmd_convert)

    sign = command("sign", "SSH-sign files into FILE.sig (stdin to stdout), as ssh-keygen -Y sign")
    sign.add_argument("-f", "--key", required=True, metavar="KEY", help="the private key")
    sign.add_argument("-n", "--namespace", required=True, help="e.g. file or git")
    sign.add_argument("--hash", default="sha512", choices=("sha512", "sha256"))
    _passphrase_args(sign, "-P", "passphrase", "passphrase", "the key's passphrase")
    sign.add_argument("--force", action="store_true", help="overwrite existing .sig files")
    sign.add_argument("files", nargs="*", metavar="FILE", help="files to sign (default stdin)")
    sign.set_defaults(handler=cmd_sign)

    verify = command("verify", "check an SSH signature, as ssh-keygen -Y verify")
    verify.add_argument(
        "-f",
        "--signers",
        required=True,
        metavar="PUBKEY_OR_ALLOWED",
        help="a public key file or an allowed signers file",
    )
    verify.add_argument("-n", "--namespace", required=True)
    verify.add_argument("-s", "--signature", required=True, metavar="SIGFILE")
    verify.add_argument("-I", "--identity", help="the principal the signer must be")
    verify.add_argument("file", nargs="?", metavar="FILE", help="the signed data (default stdin)")
    verify.set_defaults(handler=cmd_verify)

    cert = command("certify", "issue OpenSSH certificates, as ssh-keygen -s", add_help=False)
    cert.add_argument("--help", action="help", help="show this help message and exit")
    cert.add_argument("-s", "--ca", dest="ca_key", required=True, metavar="CA_KEY")
    cert.add_argument("-I", "--key-id", required=True, metavar="KEY_ID")
    cert.add_argument("-n", "--principals", metavar="PRINCIPALS", help="comma-separated")
    cert.add_argument(
        "-V",
        "--validity",
        metavar="VALIDITY",
        help="+52w, or FROM:TO with [+-]DURATION, YYYYMMDD[HHMM[SS]][Z], always, forever",
    )
    cert.add_argument("-h", "--host", action="store_true", help="a host certificate")
    cert.add_argument("-z", "--serial", default="0", metavar="SERIAL")
    cert.add_argument(
        "-O",
        "--option",
        dest="options",
        action="append",
        default=[],
        metavar="OPTION",
        help="as ssh-keygen -O: clear, no-pty, force-command=CMD, source-address=CIDRS, "
        "extension:NAME[=V], critical:NAME[=V], ...",
    )
    cert.add_argument(
        "-t",
        "--algorithm",
        choices=("rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"),
        help="RSA CA signature algorithm (default rsa-sha2-512)",
    )
    _passphrase_args(cert, "-P", "passphrase", "passphrase", "the CA key's passphrase")
    cert.add_argument("public_keys", nargs="+", metavar="PUBKEY")
    cert.set_defaults(handler=cmd_certify)
    return parser


def _silence_stdout() -> None:
    """Point standard output at the null device, so the interpreter's final flush of a
    closed pipe does not print "Exception ignored ... BrokenPipeError"."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests, embedding)
        pass


def _exit_status(code: object) -> int:
    """Returns a ``SystemExit.code`` as an exit status."""
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return EXIT_FAILURE


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: the arguments after the program name (default ``sys.argv[1:]``).
    Returns:
        The exit status: :data:`EXIT_OK`, :data:`EXIT_FAILURE` or :data:`EXIT_USAGE`.
        Every error is reported on stderr as one line; nothing is raised.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help and on usage errors
        return _exit_status(exc.code)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except CLIError as exc:
        if exc.status == EXIT_USAGE:
            print(f"{PROG} {args.command}: error: {exc.message}", file=sys.stderr)
        else:
            print(f"{NAME}: {exc.message}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return _EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (``| head``): nothing left to report to
        _silence_stdout()
        return EXIT_FAILURE
    except (SSHError, ValueError, OSError, UnicodeError) as exc:
        print(f"{NAME}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:  # the contract is "never a traceback"; say it is a bug
        print(
            f"{NAME}: internal error ({type(exc).__name__}: {exc}); please report it",
            file=sys.stderr,
        )
        return EXIT_FAILURE
