"""``certify``: issue OpenSSH certificates, as ``ssh-keygen -s``.

Also the ``-V`` validity and ``-O`` option parsers, and the time syntax (misc.c convtime and
parse_absolute_time) the allowed signers parser in :mod:`ssh_wire.keys._cli_sigs` shares.
"""

from __future__ import annotations

import argparse
import ipaddress
import re
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from .._errors import KeyParseError
from .._generated.keys import CertificateType
from . import _cli_keyfiles  # load_any is called through the module, so it can be replaced
from ._cert_issue import issue_certificate
from ._cert_options import DEFAULT_USER_EXTENSIONS, OptionValue
from ._certificate import FOREVER, SSHCertificate
from ._cli_common import (
    _PUBLIC_MODE,
    EXIT_OK,
    CLIError,
    _format_validity,
    _info,
    _usage_error,
    _warn,
    _write_file,
)
from ._cli_keyfiles import _explicit_passphrase, load_private

# ssh-keygen -O permit-X / no-X (ssh-keygen.c add_cert_option), lower-cased suffix -> extension.
_PERMITS = {
    "x11-forwarding": "permit-X11-forwarding",
    "agent-forwarding": "permit-agent-forwarding",
    "port-forwarding": "permit-port-forwarding",
    "pty": "permit-pty",
    "user-rc": "permit-user-rc",
}
# misc.c convtime: a sequence of NUMBER[smhdw] (no unit = seconds).
_DURATION_PART = re.compile(r"([0-9]+)([smhdwSMHDW]?)")
_DURATION_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
# misc.c parse_absolute_time: YYYYMMDD[HHMM[SS]], a trailing Z meaning UTC.
_ABSOLUTE_TIME = re.compile(r"([0-9]{8})([0-9]{4})?([0-9]{2})?([Zz])?")
_U64_MAX = 2**64 - 1


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
        item = _cli_keyfiles.load_any(public_path, None).item
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
