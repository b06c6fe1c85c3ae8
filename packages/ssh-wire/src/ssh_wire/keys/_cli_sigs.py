"""``sign`` and ``verify``: SSH signatures (SSHSIG), as ``ssh-keygen -Y sign|verify``.

``verify`` trusts the keys of a public key file or of an allowed signers file
(ssh-keygen(1) "ALLOWED SIGNERS"), parsed here with OpenSSH's pattern matching.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .._errors import KeyParseError
from ._certificate import SSHCertificate
from ._cli_certify import _absolute_time
from ._cli_common import (
    _PUBLIC_MODE,
    EXIT_FAILURE,
    EXIT_OK,
    CLIError,
    _info,
    _read_input,
    _short_name,
    _stdin_bytes,
    _usage_error,
    _write_file,
    _write_stdout,
)
from ._cli_keyfiles import _explicit_passphrase, load_private
from ._key import SSHKey
from ._parse import parse_public_key
from ._sshsig import SSHSigError, sshsig_sign, sshsig_verify

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
