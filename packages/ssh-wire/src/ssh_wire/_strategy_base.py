"""Hypothesis strategies for the SSH scalar types, used by the generated strategies."""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["bin_", "byte", "mpint", "name", "name_list", "text", "u32", "u64"]

# Printable US-ASCII without comma (RFC 4251 §5/§6).
_NAME_CHARS = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) != ",")

byte = st.integers(0, 0xFF)
u32 = st.integers(0, 0xFFFF_FFFF)
u64 = st.integers(0, 0xFFFF_FFFF_FFFF_FFFF)
bin_ = st.binary(max_size=40)
text = st.text(max_size=16)
name = st.text(alphabet=_NAME_CHARS, min_size=1, max_size=12)
name_list = st.lists(name, max_size=4).map(tuple)
# Around every byte boundary, where minimal two's complement is easiest to get wrong.
mpint = st.one_of(
    st.integers(-(2**64), 2**64),
    st.integers(0, 600).flatmap(lambda b: st.sampled_from([2**b, 2**b - 1, -(2**b), -(2**b) - 1])),
    st.integers(-(2**1100), 2**1100),
)
