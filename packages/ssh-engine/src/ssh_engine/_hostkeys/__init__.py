"""Host key checking for the client: OpenSSH known_hosts files and verification policies.

- :class:`KnownHosts` parses and matches known_hosts files (sshd(8) "SSH_KNOWN_HOSTS FILE
  FORMAT"): wildcards and negation, ``[host]:port``, hashed names, ``@cert-authority``,
  ``@revoked``; :func:`add_entry` appends in the form ssh(1) writes.
- :func:`make_host_verifier` and :func:`adapt_host_verifier` build the async, fail-closed
  ``verify(host, port, key)`` the transport awaits; :class:`HostKeyRejected` (defined in
  ``ssh_engine._errors``, re-exported here) is what it raises.
- :func:`host_key_hash` is the seed's ``hostHash``.
"""

from __future__ import annotations

from ._known_hosts import (
    CheckResult,
    KnownHosts,
    KnownHostsEntry,
    Marker,
    SkippedLine,
    Verdict,
    add_entry,
    format_entry,
    hash_host_name,
    host_lookup_name,
    match_host_patterns,
    match_pattern,
)
from ._verify import (
    HostKeyRejected,
    HostKeyVerifier,
    HostVerifierCallback,
    adapt_host_verifier,
    host_key_hash,
    make_host_verifier,
)

__all__ = [
    "CheckResult",
    "HostKeyRejected",
    "HostKeyVerifier",
    "HostVerifierCallback",
    "KnownHosts",
    "KnownHostsEntry",
    "Marker",
    "SkippedLine",
    "Verdict",
    "adapt_host_verifier",
    "add_entry",
    "format_entry",
    "hash_host_name",
    "host_key_hash",
    "host_lookup_name",
    "make_host_verifier",
    "match_host_patterns",
    "match_pattern",
]
