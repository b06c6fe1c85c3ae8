"""``show``, ``public`` and ``convert``: print a key file's public information, or rewrite it.

``show`` prints type, bits, comment and fingerprints (and, for a certificate, what
``ssh-keygen -L`` prints); ``public`` the OpenSSH public line; ``convert`` writes the key in
another private or public format.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .._errors import KeyParseError
from .._generated.keys import CertificateType
from . import _cli_keyfiles  # load_any is called through the module, so it can be replaced
from ._certificate import SSHCertificate
from ._cli_common import (
    _PRIVATE_MODE,
    _PUBLIC_MODE,
    EXIT_FAILURE,
    EXIT_OK,
    CLIError,
    _short_name,
    _usage_error,
    _write_file,
    _write_stdout,
    certificate_listing,
)
from ._cli_keyfiles import _PUBLIC_PART_ONLY, _explicit_passphrase, _Loaded, load_private
from ._export import PRIVATE_FORMATS, export_private_key, export_public_key
from ._openssh import DEFAULT_CIPHER, DEFAULT_ROUNDS

_PUBLIC_TARGETS = {"rfc4716": "rfc4716", "public-pem": "pem", "public-openssh": "openssh"}
CONVERT_TARGETS: tuple[str, ...] = (*PRIVATE_FORMATS, *_PUBLIC_TARGETS)


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
        loaded = _cli_keyfiles.load_any(path, explicit)
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
    loaded = _cli_keyfiles.load_any(args.file, explicit)
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
        item = _cli_keyfiles.load_any(args.file, explicit).item
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
