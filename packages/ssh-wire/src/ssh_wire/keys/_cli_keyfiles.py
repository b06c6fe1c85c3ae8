"""Key files and their passphrases for the ``python -m ssh_wire.keys`` commands.

Passphrases come from an option, a passphrase file, the ``SSH_WIRE_PASSPHRASE`` environment
variable, or a prompt (without echo) when standard input is a terminal. :func:`load_private`
reads a private key for signing, converting or certifying; :func:`load_any` reads a private,
public or certificate file for its public information.
"""

from __future__ import annotations

import base64
import binascii
import getpass
import os
import re
import sys
from dataclasses import dataclass

from .._errors import DecodeError, KeyEncryptedError, KeyParseError, KeyPassphraseError
from ..messages import decode_open_ssh_private_key_file_from
from ._armor import find_pem_blocks
from ._certificate import SSHCertificate
from ._cli_common import CLIError, _info, _read_input
from ._key import SSHKey, public_key_from_blob
from ._openssh import OPENSSH_LABEL
from ._openssh import decode_openssh_armor as _decode_openssh_armor
from ._parse import parse_key, parse_public_key

#: The environment variable read for a passphrase when no option gives one.
ENV_PASSPHRASE = "SSH_WIRE_PASSPHRASE"
_PROMPT_ATTEMPTS = 3  # ssh-keygen asks three times too


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
