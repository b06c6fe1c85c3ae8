"""What the ``python -m ssh_wire.keys`` commands share (see :mod:`ssh_wire.keys._cli`).

Exit statuses, :class:`CLIError` and the warning and note printers; reading and writing files
(``-`` is standard input or output); and the ssh-keygen style text several commands print:
short key type names, validity intervals and ``ssh-keygen -L`` certificate listings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from .._errors import KeyParseError
from .._generated.keys import CertificateType
from ._cert_options import CRITICAL_OPTIONS, DEFAULT_USER_EXTENSIONS, option_string
from ._certificate import FOREVER, SSHCertificate
from ._key import SSHKey

PROG = "python -m ssh_wire.keys"
NAME = "ssh_wire.keys"
EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
_PRIVATE_MODE = 0o600
_PUBLIC_MODE = 0o644
# ssh-keygen's short key names (sshkey.c keytypes[].shortname), for -l / -L style output.
_SHORT_NAMES = {
    "ssh-ed25519": "ED25519",
    "ecdsa-sha2-nistp256": "ECDSA",
    "ecdsa-sha2-nistp384": "ECDSA",
    "ecdsa-sha2-nistp521": "ECDSA",
    "ssh-rsa": "RSA",
    "ssh-dss": "DSA",
}
# ssh-keygen.c show_options: extensions printed as bare flags.
_LISTED_FLAGS = frozenset([*DEFAULT_USER_EXTENSIONS, "no-touch-required"])
_INDENT = " " * 8
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S"  # sshkey.c format_absolute_time


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
