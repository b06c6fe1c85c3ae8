"""Legacy key exchange methods, SHA-1 based, off by default (RFC 9142 §3 deprecates them;
OpenSSH 9.x no longer offers them by default).

- diffie-hellman-group1-sha1: RFC 4253 §8.1, 1024-bit Oakley group 2 (RFC 2409 §6.2).
- diffie-hellman-group14-sha1: RFC 4253 §8.2, 2048-bit MODP group 14 (RFC 3526 §3).
- diffie-hellman-group-exchange-sha1: RFC 4419 §4.1.
"""

from __future__ import annotations

from ._dh import FixedGroupDh
from ._gex import DhGroupExchange
from ._groups import MODP_2048, OAKLEY_GROUP2_1024

__all__ = ["DhGexSha1", "DhGroup1Sha1", "DhGroup14Sha1"]


class DhGroup1Sha1(FixedGroupDh):
    """diffie-hellman-group1-sha1 (RFC 4253 §8.1): legacy, off by default."""

    name = "diffie-hellman-group1-sha1"
    hash_name = "sha1"
    enabled_by_default = False
    p = OAKLEY_GROUP2_1024


class DhGroup14Sha1(FixedGroupDh):
    """diffie-hellman-group14-sha1 (RFC 4253 §8.2): legacy, off by default."""

    name = "diffie-hellman-group14-sha1"
    hash_name = "sha1"
    enabled_by_default = False
    p = MODP_2048


class DhGexSha1(DhGroupExchange):
    """diffie-hellman-group-exchange-sha1 (RFC 4419 §4.1): legacy, off by default."""

    name = "diffie-hellman-group-exchange-sha1"
    hash_name = "sha1"
    enabled_by_default = False
