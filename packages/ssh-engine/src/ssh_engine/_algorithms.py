"""Which algorithms we offer in KEXINIT (RFC 4253 §7.1), per category, and how users say so.

The five categories are those of the seed's ``algorithms`` option: ``kex``,
``server_host_key`` (seed: ``serverHostKey``), ``cipher``, ``mac`` (seed: ``hmac``) and
``compress``. Each can be given as

* an exact list of names, in preference order (replacing the default list);
* a mapping with any of ``"append"``, ``"prepend"`` and ``"remove"``, each holding one entry
  or a list of entries, applied to the default list in the mapping's order (as the seed
  applies its object's keys). An entry is an algorithm name or a compiled regular expression
  (``re.Pattern``), matched with ``search`` against every supported name, in registry order.
  ``append`` adds names not yet listed at the end; ``prepend`` moves names to the front, in
  the order given (like OpenSSH's ``^``; the seed leaves names already listed in place);
  ``remove`` drops them;
* one string in OpenSSH's ``ssh_config`` syntax: a comma-separated list, optionally with a
  leading ``+`` (append), ``-`` (remove) or ``^`` (prepend); ``*`` and ``?`` are wildcards.

A plain name that this build does not support is rejected with a
:class:`LocalProtocolError` naming it and the category (also in ``remove``, to catch
typos); a regular expression or wildcard that matches nothing is not an error. The kex
markers (``ext-info-c``/``-s``, ``kex-strict-*``) are not configured here: the transport
adds them to the kex list it sends.

Defaults follow OpenSSH 9.x (myproposal.h): mlkem768x25519-sha256 first when ML-KEM is
available; host key algorithms with certificates first and no ``ssh-rsa`` (SHA-1) or
``ssh-dss``; compression ``none`` first.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal, TypeAlias

from ssh_wire.messages import KexInit

from ._errors import LocalProtocolError
from ._kex import KEX_ALGORITHMS, default_kex_algorithms
from ._packet import CIPHERS, MACS, default_cipher_names, default_mac_names

__all__ = [
    "CATEGORIES",
    "HOST_KEY_ALGORITHMS",
    "AlgorithmConfig",
    "AlgorithmSpec",
    "Category",
    "build_algorithm_config",
    "default_names",
    "resolve_algorithms",
    "supported_names",
]

Category = Literal["kex", "server_host_key", "cipher", "mac", "compress"]
CATEGORIES: Final[tuple[Category, ...]] = ("kex", "server_host_key", "cipher", "mac", "compress")

# The seed's option names (camelCase / its own words) for the same categories.
_SEED_NAMES: Final[Mapping[str, Category]] = {"serverHostKey": "server_host_key", "hmac": "mac"}

Entry: TypeAlias = "str | re.Pattern[str]"
Entries: TypeAlias = "Entry | Sequence[Entry]"
AlgorithmSpec: TypeAlias = "str | Sequence[str] | Mapping[str, Entries]"

#: Supported host key (signature) algorithms in OpenSSH 9.x order, with whether each is
#: offered by default (RFC 4253 §6.6, RFC 5656 §6.2, RFC 8332 §3, RFC 8709 §4, OpenSSH
#: PROTOCOL.certkeys). ssh-rsa (SHA-1) and ssh-dss are legacy: supported, off by default.
HOST_KEY_ALGORITHMS: Final[Mapping[str, bool]] = {
    "ssh-ed25519-cert-v01@openssh.com": True,
    "ecdsa-sha2-nistp256-cert-v01@openssh.com": True,
    "ecdsa-sha2-nistp384-cert-v01@openssh.com": True,
    "ecdsa-sha2-nistp521-cert-v01@openssh.com": True,
    "rsa-sha2-512-cert-v01@openssh.com": True,
    "rsa-sha2-256-cert-v01@openssh.com": True,
    "ssh-ed25519": True,
    "ecdsa-sha2-nistp256": True,
    "ecdsa-sha2-nistp384": True,
    "ecdsa-sha2-nistp521": True,
    "rsa-sha2-512": True,
    "rsa-sha2-256": True,
    "ssh-rsa-cert-v01@openssh.com": False,
    "ssh-rsa": False,
    "ssh-dss-cert-v01@openssh.com": False,
    "ssh-dss": False,
}

# RFC 4253 §6.2; zlib@openssh.com is OpenSSH's delayed form (PROTOCOL §2.1).
_COMPRESSION_ORDER: Final = ("none", "zlib@openssh.com", "zlib")


def supported_names(category: Category) -> tuple[str, ...]:
    """Returns every name this build can negotiate in ``category``, in registry order.

    ``none`` is not a configurable cipher or MAC (RFC 4253 §6.3 and §6.4 say it SHOULD NOT
    be offered); it only describes the state before the first NEWKEYS.

    Raises:
        LocalProtocolError: ``category`` is not one of :data:`CATEGORIES`.
    """
    if category == "kex":
        return tuple(KEX_ALGORITHMS)
    if category == "server_host_key":
        return tuple(HOST_KEY_ALGORITHMS)
    if category == "cipher":
        return tuple(name for name in CIPHERS if name != "none")
    if category == "mac":
        return tuple(name for name in MACS if name != "none")
    if category == "compress":
        return _COMPRESSION_ORDER
    raise LocalProtocolError(f"unknown algorithm category {category!r}")


def default_names(category: Category) -> tuple[str, ...]:
    """Returns the names offered by default in ``category``, in preference order.

    Raises:
        LocalProtocolError: ``category`` is not one of :data:`CATEGORIES`.
    """
    if category == "kex":
        return tuple(default_kex_algorithms())
    if category == "server_host_key":
        return tuple(name for name, on in HOST_KEY_ALGORITHMS.items() if on)
    if category == "cipher":
        return tuple(default_cipher_names())
    if category == "mac":
        return tuple(default_mac_names())
    if category == "compress":
        return _COMPRESSION_ORDER
    raise LocalProtocolError(f"unknown algorithm category {category!r}")


@dataclass(frozen=True, slots=True, kw_only=True)
class AlgorithmConfig:
    """The algorithm lists we offer, in preference order, one tuple per category.

    Build one with :func:`build_algorithm_config` (which validates names) or
    :meth:`default`. The kex list holds real methods only; the transport appends its
    ``ext-info-*`` and ``kex-strict-*`` markers when it writes KEXINIT.
    """

    kex: tuple[str, ...]
    server_host_key: tuple[str, ...]
    cipher: tuple[str, ...]
    mac: tuple[str, ...]
    compress: tuple[str, ...]

    @classmethod
    def default(cls) -> AlgorithmConfig:
        """Returns the OpenSSH 9.x-like default configuration."""
        return cls(
            kex=default_names("kex"),
            server_host_key=default_names("server_host_key"),
            cipher=default_names("cipher"),
            mac=default_names("mac"),
            compress=default_names("compress"),
        )

    def kex_init(
        self,
        cookie: bytes,
        *,
        kex_markers: Sequence[str] = (),
        server_host_key: Sequence[str] | None = None,
        first_kex_packet_follows: bool = False,
    ) -> KexInit:
        """Returns the KEXINIT message offering this configuration (RFC 4253 §7.1).

        ``kex_markers`` (such as ``ext-info-c``, ``kex-strict-c-v00@openssh.com``) are
        appended to the kex list; ``server_host_key`` overrides the host key list (a server
        offers only algorithms for the keys it holds). Languages are empty (RFC 4253 §7.1:
        "SHOULD be empty" without preferences).
        """
        host_keys = self.server_host_key if server_host_key is None else tuple(server_host_key)
        return KexInit(
            cookie=cookie,
            kex_algorithms=(*self.kex, *kex_markers),
            server_host_key_algorithms=host_keys,
            encryption_algorithms_client_to_server=self.cipher,
            encryption_algorithms_server_to_client=self.cipher,
            mac_algorithms_client_to_server=self.mac,
            mac_algorithms_server_to_client=self.mac,
            compression_algorithms_client_to_server=self.compress,
            compression_algorithms_server_to_client=self.compress,
            languages_client_to_server=(),
            languages_server_to_client=(),
            first_kex_packet_follows=first_kex_packet_follows,
            reserved=0,
        )


def build_algorithm_config(options: Mapping[str, AlgorithmSpec] | None = None) -> AlgorithmConfig:
    """Build the configuration from the seed-style ``algorithms`` option.

    ``options`` maps category names (ours or the seed's: ``serverHostKey``, ``hmac``) to an
    :data:`AlgorithmSpec` (see the module docstring); missing categories keep their defaults.

    Returns:
        A frozen :class:`AlgorithmConfig`.
    Raises:
        LocalProtocolError: an unknown category, an unsupported algorithm name (the message
            names the name and the category), a malformed spec, or a category left empty.
    """
    lists = {category: default_names(category) for category in CATEGORIES}
    for key, spec in (options or {}).items():
        category = _SEED_NAMES.get(key, key)
        if category not in CATEGORIES:
            raise LocalProtocolError(
                f"unknown algorithm category {key!r}; expected one of {', '.join(CATEGORIES)}"
            )
        lists[category] = resolve_algorithms(category, spec)
    return AlgorithmConfig(
        kex=lists["kex"],
        server_host_key=lists["server_host_key"],
        cipher=lists["cipher"],
        mac=lists["mac"],
        compress=lists["compress"],
    )


def resolve_algorithms(category: Category, spec: AlgorithmSpec) -> tuple[str, ...]:
    """Apply one category's spec to its default list.

    Returns:
        The resulting names, without duplicates, in preference order.
    Raises:
        LocalProtocolError: as :func:`build_algorithm_config`.
    """
    if isinstance(spec, str):
        result = _resolve_openssh_string(category, spec)
    elif isinstance(spec, Mapping):
        result = list(default_names(category))
        for op, entries in spec.items():
            if op not in ("append", "prepend", "remove"):
                raise LocalProtocolError(
                    f"unknown operation {op!r} in the {category} algorithms; expected "
                    "'append', 'prepend' or 'remove'"
                )
            names = _expand(category, _as_entries(category, entries))
            result = _apply(op, result, names)
    elif isinstance(spec, Sequence):
        result = []
        for entry in spec:
            if not isinstance(entry, str):
                raise LocalProtocolError(
                    f"an exact {category} algorithm list holds names only, not {entry!r}"
                )
            _check_name(category, entry)
            if entry not in result:
                result.append(entry)
    else:
        raise LocalProtocolError(
            f"the {category} algorithms must be a list of names, a string or a mapping with "
            f"append/prepend/remove, not {type(spec).__name__}"
        )
    if not result:
        raise LocalProtocolError(f"no {category} algorithms left to offer")
    return tuple(result)


def _check_name(category: Category, name: str) -> None:
    """Raise LocalProtocolError unless ``name`` is a supported ``category`` algorithm."""
    if name not in supported_names(category):
        hint = ""
        if category == "kex" and (name.startswith("ext-info-") or name.startswith("kex-strict-")):
            hint = " (the transport adds the ext-info and strict-kex markers itself)"
        raise LocalProtocolError(f"unsupported {category} algorithm {name!r}{hint}")


def _as_entries(category: Category, entries: object) -> list[Entry]:
    """Returns ``entries`` as a list of names and patterns; raises on anything else."""
    items = [entries] if isinstance(entries, str | re.Pattern) else entries
    if not isinstance(items, Sequence):
        raise LocalProtocolError(
            f"{category} algorithm entries must be names or compiled regular expressions, "
            f"not {type(entries).__name__}"
        )
    result: list[Entry] = []
    for item in items:
        if not isinstance(item, str | re.Pattern) or (
            isinstance(item, re.Pattern) and not isinstance(item.pattern, str)
        ):
            raise LocalProtocolError(
                f"{category} algorithm entries must be names or compiled regular expressions, "
                f"not {item!r}"
            )
        result.append(item)
    return result


def _expand(category: Category, entries: Sequence[Entry]) -> list[str]:
    """Returns the supported names the entries stand for, in entry then registry order."""
    supported = supported_names(category)
    names: list[str] = []
    for entry in entries:
        if isinstance(entry, str):
            _check_name(category, entry)
            matches = [entry]
        else:
            matches = [name for name in supported if entry.search(name)]
        names.extend(name for name in matches if name not in names)
    return names


def _apply(op: str, current: list[str], names: Sequence[str]) -> list[str]:
    """Returns ``current`` with ``names`` appended, prepended (moved first) or removed."""
    if op == "append":
        return current + [name for name in names if name not in current]
    if op == "prepend":
        return list(names) + [name for name in current if name not in names]
    return [name for name in current if name not in names]


def _resolve_openssh_string(category: Category, spec: str) -> list[str]:
    """Apply an ssh_config-style list (``+``/``-``/``^`` prefix, ``*``/``?`` wildcards)."""
    op = {"+": "append", "-": "remove", "^": "prepend"}.get(spec[:1])
    body = spec[1:] if op else spec
    entries: list[Entry] = []
    for part in body.split(","):
        part = part.strip()
        if not part:
            raise LocalProtocolError(f"empty name in the {category} algorithm list {spec!r}")
        if "*" in part or "?" in part:
            entries.append(re.compile(fnmatch.translate(part)))
        else:
            entries.append(part)
    names = _expand(category, entries)
    if op is None:
        return names
    return _apply(op, list(default_names(category)), names)
