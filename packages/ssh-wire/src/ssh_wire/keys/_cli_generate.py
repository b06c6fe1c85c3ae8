"""``python -m ssh_wire.keys generate``: a new key pair, as ``ssh-keygen -t``."""

from __future__ import annotations

import argparse
import getpass
import socket
from pathlib import Path

from ._cli_common import (
    _PRIVATE_MODE,
    _PUBLIC_MODE,
    EXIT_OK,
    CLIError,
    _usage_error,
    _write_file,
)
from ._cli_keyfiles import _explicit_passphrase, _new_passphrase
from ._export import export_private_key, export_public_key
from ._generate import generate_key
from ._openssh import DEFAULT_CIPHER, DEFAULT_ROUNDS

# ssh-keygen's default file names (~/.ssh/id_TYPE) per -t family.
_DEFAULT_FILES = {"ed25519": "id_ed25519", "ecdsa": "id_ecdsa", "rsa": "id_rsa", "dsa": "id_dsa"}


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
