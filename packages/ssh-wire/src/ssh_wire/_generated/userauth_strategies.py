# GENERATED from specs/userauth.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH user authentication: RFC 4252, RFC 4256 keyboard-interactive, OpenSSH PROTOCOL publickey-hostbound

Hypothesis strategies drawing valid values of every struct and message.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from .._strategy_base import bin_ as _bin
from .._strategy_base import name as _name
from .._strategy_base import name_list as _name_list
from .._strategy_base import text as _text
from .userauth import (
    HostbasedSignedData,
    HostboundSignedData,
    PublickeySignedData,
    UserauthBanner,
    UserauthFailure,
    UserauthHostbasedRequest,
    UserauthHostboundRequest,
    UserauthInfoRequest,
    UserauthInfoResponse,
    UserauthKbdintRequest,
    UserauthPasswdChangereq,
    UserauthPasswordRequest,
    UserauthPkOk,
    UserauthPrompt,
    UserauthPublickeyRequest,
    UserauthRequest,
    UserauthSuccess,
)


@st.composite
def st_UserauthPasswordRequest(draw: st.DrawFn) -> UserauthPasswordRequest:
    """Draws a valid UserauthPasswordRequest."""
    f_change = draw(st.booleans())
    f_password = draw(_text)
    f_new_password = draw(_text) if f_change else None
    return UserauthPasswordRequest(f_change, f_password, f_new_password)

@st.composite
def st_UserauthPublickeyRequest(draw: st.DrawFn) -> UserauthPublickeyRequest:
    """Draws a valid UserauthPublickeyRequest."""
    f_has_signature = draw(st.booleans())
    f_algorithm = draw(_name)
    f_public_key = draw(_bin)
    f_signature = draw(_bin) if f_has_signature else None
    return UserauthPublickeyRequest(f_has_signature, f_algorithm, f_public_key, f_signature)

@st.composite
def st_UserauthHostboundRequest(draw: st.DrawFn) -> UserauthHostboundRequest:
    """Draws a valid UserauthHostboundRequest."""
    f_has_signature = draw(st.booleans())
    f_algorithm = draw(_name)
    f_public_key = draw(_bin)
    f_server_host_key = draw(_bin)
    f_signature = draw(_bin) if f_has_signature else None
    return UserauthHostboundRequest(f_has_signature, f_algorithm, f_public_key, f_server_host_key, f_signature)

@st.composite
def st_UserauthHostbasedRequest(draw: st.DrawFn) -> UserauthHostbasedRequest:
    """Draws a valid UserauthHostbasedRequest."""
    f_algorithm = draw(_name)
    f_public_key = draw(_bin)
    f_client_host_name = draw(_text)
    f_client_user_name = draw(_text)
    f_signature = draw(_bin)
    return UserauthHostbasedRequest(f_algorithm, f_public_key, f_client_host_name, f_client_user_name, f_signature)

@st.composite
def st_UserauthKbdintRequest(draw: st.DrawFn) -> UserauthKbdintRequest:
    """Draws a valid UserauthKbdintRequest."""
    f_language_tag = draw(_bin)
    f_submethods = draw(_text)
    return UserauthKbdintRequest(f_language_tag, f_submethods)

@st.composite
def st_UserauthPrompt(draw: st.DrawFn) -> UserauthPrompt:
    """Draws a valid UserauthPrompt."""
    f_prompt = draw(_text)
    f_echo = draw(st.booleans())
    return UserauthPrompt(f_prompt, f_echo)

@st.composite
def st_PublickeySignedData(draw: st.DrawFn) -> PublickeySignedData:
    """Draws a valid PublickeySignedData."""
    f_session_identifier = draw(_bin)
    f_user_name = draw(_text)
    f_service_name = draw(_name)
    f_algorithm = draw(_name)
    f_public_key = draw(_bin)
    return PublickeySignedData(f_session_identifier, f_user_name, f_service_name, f_algorithm, f_public_key)

@st.composite
def st_HostboundSignedData(draw: st.DrawFn) -> HostboundSignedData:
    """Draws a valid HostboundSignedData."""
    f_session_identifier = draw(_bin)
    f_user_name = draw(_text)
    f_service_name = draw(_name)
    f_algorithm = draw(_name)
    f_public_key = draw(_bin)
    f_server_host_key = draw(_bin)
    return HostboundSignedData(f_session_identifier, f_user_name, f_service_name, f_algorithm, f_public_key, f_server_host_key)

@st.composite
def st_HostbasedSignedData(draw: st.DrawFn) -> HostbasedSignedData:
    """Draws a valid HostbasedSignedData."""
    f_session_identifier = draw(_bin)
    f_user_name = draw(_text)
    f_service_name = draw(_name)
    f_algorithm = draw(_name)
    f_public_key = draw(_bin)
    f_client_host_name = draw(_text)
    f_client_user_name = draw(_text)
    return HostbasedSignedData(f_session_identifier, f_user_name, f_service_name, f_algorithm, f_public_key, f_client_host_name, f_client_user_name)

@st.composite
def st_UserauthRequest(draw: st.DrawFn) -> UserauthRequest:
    """Draws a valid UserauthRequest."""
    f_user_name = draw(_text)
    f_service_name = draw(_name)
    f_method_name = draw(st.one_of(st.sampled_from(['none', 'password', 'publickey', 'publickey-hostbound-v00@openssh.com', 'hostbased', 'keyboard-interactive']), _name))
    cases_method: dict[Any, Any] = {'none': st.none(), 'password': st_UserauthPasswordRequest(), 'publickey': st_UserauthPublickeyRequest(), 'publickey-hostbound-v00@openssh.com': st_UserauthHostboundRequest(), 'hostbased': st_UserauthHostbasedRequest(), 'keyboard-interactive': st_UserauthKbdintRequest()}
    f_method = draw(cases_method.get(f_method_name, _bin))
    return UserauthRequest(f_user_name, f_service_name, f_method_name, f_method)

@st.composite
def st_UserauthFailure(draw: st.DrawFn) -> UserauthFailure:
    """Draws a valid UserauthFailure."""
    f_methods_that_can_continue = draw(_name_list)
    f_partial_success = draw(st.booleans())
    return UserauthFailure(f_methods_that_can_continue, f_partial_success)

def st_UserauthSuccess() -> st.SearchStrategy[UserauthSuccess]:
    """Draws a valid UserauthSuccess."""
    return st.just(UserauthSuccess())

@st.composite
def st_UserauthBanner(draw: st.DrawFn) -> UserauthBanner:
    """Draws a valid UserauthBanner."""
    f_message = draw(_text)
    f_language_tag = draw(_bin)
    return UserauthBanner(f_message, f_language_tag)

@st.composite
def st_UserauthPkOk(draw: st.DrawFn) -> UserauthPkOk:
    """Draws a valid UserauthPkOk."""
    f_algorithm = draw(_name)
    f_public_key = draw(_bin)
    return UserauthPkOk(f_algorithm, f_public_key)

@st.composite
def st_UserauthPasswdChangereq(draw: st.DrawFn) -> UserauthPasswdChangereq:
    """Draws a valid UserauthPasswdChangereq."""
    f_prompt = draw(_text)
    f_language_tag = draw(_bin)
    return UserauthPasswdChangereq(f_prompt, f_language_tag)

@st.composite
def st_UserauthInfoRequest(draw: st.DrawFn) -> UserauthInfoRequest:
    """Draws a valid UserauthInfoRequest."""
    f_name = draw(_text)
    f_instruction = draw(_text)
    f_language_tag = draw(_bin)
    f_prompts = draw(st.lists(st_UserauthPrompt(), max_size=3).map(tuple))
    return UserauthInfoRequest(f_name, f_instruction, f_language_tag, f_prompts)

@st.composite
def st_UserauthInfoResponse(draw: st.DrawFn) -> UserauthInfoResponse:
    """Draws a valid UserauthInfoResponse."""
    f_responses = draw(st.lists(_text, max_size=3).map(tuple))
    return UserauthInfoResponse(f_responses)

TABLE: dict[type, Any] = {
    UserauthPasswordRequest: st_UserauthPasswordRequest(),
    UserauthPublickeyRequest: st_UserauthPublickeyRequest(),
    UserauthHostboundRequest: st_UserauthHostboundRequest(),
    UserauthHostbasedRequest: st_UserauthHostbasedRequest(),
    UserauthKbdintRequest: st_UserauthKbdintRequest(),
    UserauthPrompt: st_UserauthPrompt(),
    PublickeySignedData: st_PublickeySignedData(),
    HostboundSignedData: st_HostboundSignedData(),
    HostbasedSignedData: st_HostbasedSignedData(),
    UserauthRequest: st_UserauthRequest(),
    UserauthFailure: st_UserauthFailure(),
    UserauthSuccess: st_UserauthSuccess(),
    UserauthBanner: st_UserauthBanner(),
    UserauthPkOk: st_UserauthPkOk(),
    UserauthPasswdChangereq: st_UserauthPasswdChangereq(),
    UserauthInfoRequest: st_UserauthInfoRequest(),
    UserauthInfoResponse: st_UserauthInfoResponse(),
}
