# GENERATED from specs/kex.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH key exchange method messages: RFC 4253 §8 (DH), RFC 4419 (DH group exchange), RFC 5656 / RFC 8731 (ECDH, curve25519), mlkem768x25519-sha256 hybrid

Hypothesis strategies drawing valid values of every struct and message.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from .._strategy_base import bin_ as _bin
from .._strategy_base import mpint as _mpint
from .._strategy_base import u32 as _u32
from .kex import (
    DhExchangeHashInput,
    EcdhExchangeHashInput,
    GexExchangeHashInput,
    GexExchangeHashInputOld,
    HybridExchangeHashInput,
    KexDhGexGroup,
    KexDhGexInit,
    KexDhGexReply,
    KexDhGexRequest,
    KexDhGexRequestOld,
    KexdhInit,
    KexdhReply,
    KexEcdhInit,
    KexEcdhReply,
    KexHybridInit,
    KexHybridReply,
)


@st.composite
def st_DhExchangeHashInput(draw: st.DrawFn) -> DhExchangeHashInput:
    """Draws a valid DhExchangeHashInput."""
    f_v_c = draw(_bin)
    f_v_s = draw(_bin)
    f_i_c = draw(_bin)
    f_i_s = draw(_bin)
    f_k_s = draw(_bin)
    f_e = draw(_mpint)
    f_f = draw(_mpint)
    f_k = draw(_mpint)
    return DhExchangeHashInput(f_v_c, f_v_s, f_i_c, f_i_s, f_k_s, f_e, f_f, f_k)

@st.composite
def st_GexExchangeHashInput(draw: st.DrawFn) -> GexExchangeHashInput:
    """Draws a valid GexExchangeHashInput."""
    f_v_c = draw(_bin)
    f_v_s = draw(_bin)
    f_i_c = draw(_bin)
    f_i_s = draw(_bin)
    f_k_s = draw(_bin)
    f_min = draw(_u32)
    f_n = draw(_u32)
    f_max = draw(_u32)
    f_p = draw(_mpint)
    f_g = draw(_mpint)
    f_e = draw(_mpint)
    f_f = draw(_mpint)
    f_k = draw(_mpint)
    return GexExchangeHashInput(f_v_c, f_v_s, f_i_c, f_i_s, f_k_s, f_min, f_n, f_max, f_p, f_g, f_e, f_f, f_k)

@st.composite
def st_GexExchangeHashInputOld(draw: st.DrawFn) -> GexExchangeHashInputOld:
    """Draws a valid GexExchangeHashInputOld."""
    f_v_c = draw(_bin)
    f_v_s = draw(_bin)
    f_i_c = draw(_bin)
    f_i_s = draw(_bin)
    f_k_s = draw(_bin)
    f_n = draw(_u32)
    f_p = draw(_mpint)
    f_g = draw(_mpint)
    f_e = draw(_mpint)
    f_f = draw(_mpint)
    f_k = draw(_mpint)
    return GexExchangeHashInputOld(f_v_c, f_v_s, f_i_c, f_i_s, f_k_s, f_n, f_p, f_g, f_e, f_f, f_k)

@st.composite
def st_EcdhExchangeHashInput(draw: st.DrawFn) -> EcdhExchangeHashInput:
    """Draws a valid EcdhExchangeHashInput."""
    f_v_c = draw(_bin)
    f_v_s = draw(_bin)
    f_i_c = draw(_bin)
    f_i_s = draw(_bin)
    f_k_s = draw(_bin)
    f_q_c = draw(_bin)
    f_q_s = draw(_bin)
    f_k = draw(_mpint)
    return EcdhExchangeHashInput(f_v_c, f_v_s, f_i_c, f_i_s, f_k_s, f_q_c, f_q_s, f_k)

@st.composite
def st_HybridExchangeHashInput(draw: st.DrawFn) -> HybridExchangeHashInput:
    """Draws a valid HybridExchangeHashInput."""
    f_v_c = draw(_bin)
    f_v_s = draw(_bin)
    f_i_c = draw(_bin)
    f_i_s = draw(_bin)
    f_k_s = draw(_bin)
    f_c_init = draw(_bin)
    f_s_reply = draw(_bin)
    f_k = draw(_bin)
    return HybridExchangeHashInput(f_v_c, f_v_s, f_i_c, f_i_s, f_k_s, f_c_init, f_s_reply, f_k)

@st.composite
def st_KexdhInit(draw: st.DrawFn) -> KexdhInit:
    """Draws a valid KexdhInit."""
    f_e = draw(_mpint)
    return KexdhInit(f_e)

@st.composite
def st_KexdhReply(draw: st.DrawFn) -> KexdhReply:
    """Draws a valid KexdhReply."""
    f_host_key = draw(_bin)
    f_f = draw(_mpint)
    f_signature = draw(_bin)
    return KexdhReply(f_host_key, f_f, f_signature)

@st.composite
def st_KexDhGexRequestOld(draw: st.DrawFn) -> KexDhGexRequestOld:
    """Draws a valid KexDhGexRequestOld."""
    f_n = draw(_u32)
    return KexDhGexRequestOld(f_n)

@st.composite
def st_KexDhGexGroup(draw: st.DrawFn) -> KexDhGexGroup:
    """Draws a valid KexDhGexGroup."""
    f_p = draw(_mpint)
    f_g = draw(_mpint)
    return KexDhGexGroup(f_p, f_g)

@st.composite
def st_KexDhGexInit(draw: st.DrawFn) -> KexDhGexInit:
    """Draws a valid KexDhGexInit."""
    f_e = draw(_mpint)
    return KexDhGexInit(f_e)

@st.composite
def st_KexDhGexReply(draw: st.DrawFn) -> KexDhGexReply:
    """Draws a valid KexDhGexReply."""
    f_host_key = draw(_bin)
    f_f = draw(_mpint)
    f_signature = draw(_bin)
    return KexDhGexReply(f_host_key, f_f, f_signature)

@st.composite
def st_KexDhGexRequest(draw: st.DrawFn) -> KexDhGexRequest:
    """Draws a valid KexDhGexRequest."""
    f_min = draw(_u32)
    f_n = draw(_u32)
    f_max = draw(_u32)
    return KexDhGexRequest(f_min, f_n, f_max)

@st.composite
def st_KexEcdhInit(draw: st.DrawFn) -> KexEcdhInit:
    """Draws a valid KexEcdhInit."""
    f_q_c = draw(_bin)
    return KexEcdhInit(f_q_c)

@st.composite
def st_KexEcdhReply(draw: st.DrawFn) -> KexEcdhReply:
    """Draws a valid KexEcdhReply."""
    f_host_key = draw(_bin)
    f_q_s = draw(_bin)
    f_signature = draw(_bin)
    return KexEcdhReply(f_host_key, f_q_s, f_signature)

@st.composite
def st_KexHybridInit(draw: st.DrawFn) -> KexHybridInit:
    """Draws a valid KexHybridInit."""
    f_c_init = draw(_bin)
    return KexHybridInit(f_c_init)

@st.composite
def st_KexHybridReply(draw: st.DrawFn) -> KexHybridReply:
    """Draws a valid KexHybridReply."""
    f_host_key = draw(_bin)
    f_s_reply = draw(_bin)
    f_signature = draw(_bin)
    return KexHybridReply(f_host_key, f_s_reply, f_signature)

TABLE: dict[type, Any] = {
    DhExchangeHashInput: st_DhExchangeHashInput(),
    GexExchangeHashInput: st_GexExchangeHashInput(),
    GexExchangeHashInputOld: st_GexExchangeHashInputOld(),
    EcdhExchangeHashInput: st_EcdhExchangeHashInput(),
    HybridExchangeHashInput: st_HybridExchangeHashInput(),
    KexdhInit: st_KexdhInit(),
    KexdhReply: st_KexdhReply(),
    KexDhGexRequestOld: st_KexDhGexRequestOld(),
    KexDhGexGroup: st_KexDhGexGroup(),
    KexDhGexInit: st_KexDhGexInit(),
    KexDhGexReply: st_KexDhGexReply(),
    KexDhGexRequest: st_KexDhGexRequest(),
    KexEcdhInit: st_KexEcdhInit(),
    KexEcdhReply: st_KexEcdhReply(),
    KexHybridInit: st_KexHybridInit(),
    KexHybridReply: st_KexHybridReply(),
}
