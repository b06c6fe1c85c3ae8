"""Key exchange errors: :class:`KexError` lives in the engine's error tree."""

from __future__ import annotations

from .._errors import KexError

__all__ = ["KexError"]
