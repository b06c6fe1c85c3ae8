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
import os
import sys
from collections.abc import Callable, Sequence

from .._errors import SSHError
from ._cli_certify import cmd_certify
from ._cli_certify import parse_cert_options as parse_cert_options
from ._cli_certify import parse_validity as parse_validity
from ._cli_common import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, NAME, PROG, CLIError
from ._cli_generate import cmd_generate
from ._cli_keyfiles import ENV_PASSPHRASE
from ._cli_show import CONVERT_TARGETS, cmd_convert, cmd_public, cmd_show
from ._cli_sigs import cmd_sign, cmd_verify
from ._cli_sigs import match_pattern_list as match_pattern_list
from ._export import PRIVATE_FORMATS
from ._generate import KEY_TYPES
from ._openssh import DEFAULT_CIPHER, DEFAULT_ROUNDS, OPENSSH_CIPHERS

__all__ = ["ENV_PASSPHRASE", "EXIT_FAILURE", "EXIT_OK", "EXIT_USAGE", "CLIError", "main"]

_EXIT_INTERRUPTED = 130


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
