"""ssh_wire: the SSH, SFTP and agent wire formats.

Generated from ``specs/*.yaml``: a fast struct-based codec (used in production) and a
construct reference codec (``ssh_wire.reference``), cross-checked by hypothesis. Every
message class, enum and ``decode_*``/``encode_*`` function lives in ``ssh_wire.messages``.
"""

from __future__ import annotations

from ._codec import UnknownMessageError, decode, decode_message, encode, encode_message
from ._errors import DecodeError, EncodeError, SSHError, WireError
from ._generated.registry import CLASSES, MESSAGES, REPLIES
from ._primitives import (
    Buffer,
    decode_mpint,
    decode_name,
    decode_name_list,
    encode_mpint,
    encode_name,
    encode_name_list,
    encode_string,
)

__version__ = "0.1.0"

__all__ = [
    "CLASSES",
    "MESSAGES",
    "REPLIES",
    "Buffer",
    "DecodeError",
    "EncodeError",
    "SSHError",
    "UnknownMessageError",
    "WireError",
    "__version__",
    "decode",
    "decode_message",
    "decode_mpint",
    "decode_name",
    "decode_name_list",
    "encode",
    "encode_message",
    "encode_mpint",
    "encode_name",
    "encode_name_list",
    "encode_string",
]
