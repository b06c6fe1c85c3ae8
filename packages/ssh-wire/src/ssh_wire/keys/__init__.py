"""SSH keys: every format OpenSSH and PuTTY write, signatures, certificates.

:class:`SSHKey` is the one key type; the format modules parse into it and write from it.
"""

from __future__ import annotations

from .._errors import KeyEncryptedError, KeyParseError, KeyPassphraseError
from ._key import SSHKey, public_key_from_blob

__all__ = [
    "KeyEncryptedError",
    "KeyParseError",
    "KeyPassphraseError",
    "SSHKey",
    "public_key_from_blob",
]
