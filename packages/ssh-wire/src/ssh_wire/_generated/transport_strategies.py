# GENERATED from specs/transport.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH transport layer generic messages: RFC 4253 §11-12, RFC 8308 EXT_INFO, OpenSSH PING/PONG

Hypothesis strategies drawing valid values of every struct and message.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from .._strategy_base import bin_ as _bin
from .._strategy_base import name as _name
from .._strategy_base import name_list as _name_list
from .._strategy_base import text as _text
from .._strategy_base import u32 as _u32
from .transport import (
    Debug,
    DelayCompression,
    DelayCompressionLists,
    Disconnect,
    Elevation,
    ExtInfo,
    ExtInfoEntry,
    ExtVersion,
    Ignore,
    KexInit,
    NewKeys,
    NoFlowControl,
    Ping,
    Pong,
    ServerSigAlgs,
    ServiceAccept,
    ServiceRequest,
    Unimplemented,
)


@st.composite
def st_ExtInfoEntry(draw: st.DrawFn) -> ExtInfoEntry:
    """Draws a valid ExtInfoEntry."""
    f_extension_name = draw(st.one_of(st.sampled_from(['server-sig-algs', 'delay-compression', 'no-flow-control', 'elevation', 'publickey-hostbound@openssh.com', 'ping@openssh.com']), _name))
    cases_value: dict[Any, Any] = {'server-sig-algs': st_ServerSigAlgs(), 'delay-compression': st_DelayCompression(), 'no-flow-control': st_NoFlowControl(), 'elevation': st_Elevation(), 'publickey-hostbound@openssh.com': st_ExtVersion(), 'ping@openssh.com': st_ExtVersion()}
    f_value = draw(cases_value.get(f_extension_name, _bin))
    return ExtInfoEntry(f_extension_name, f_value)

@st.composite
def st_ServerSigAlgs(draw: st.DrawFn) -> ServerSigAlgs:
    """Draws a valid ServerSigAlgs."""
    f_algorithms = draw(_name_list)
    return ServerSigAlgs(f_algorithms)

@st.composite
def st_DelayCompression(draw: st.DrawFn) -> DelayCompression:
    """Draws a valid DelayCompression."""
    f_value = draw(st_DelayCompressionLists())
    return DelayCompression(f_value)

@st.composite
def st_DelayCompressionLists(draw: st.DrawFn) -> DelayCompressionLists:
    """Draws a valid DelayCompressionLists."""
    f_compression_client_to_server = draw(_name_list)
    f_compression_server_to_client = draw(_name_list)
    return DelayCompressionLists(f_compression_client_to_server, f_compression_server_to_client)

@st.composite
def st_NoFlowControl(draw: st.DrawFn) -> NoFlowControl:
    """Draws a valid NoFlowControl."""
    f_choice = draw(_text)
    return NoFlowControl(f_choice)

@st.composite
def st_Elevation(draw: st.DrawFn) -> Elevation:
    """Draws a valid Elevation."""
    f_choice = draw(_text)
    return Elevation(f_choice)

@st.composite
def st_ExtVersion(draw: st.DrawFn) -> ExtVersion:
    """Draws a valid ExtVersion."""
    f_version = draw(_text)
    return ExtVersion(f_version)

@st.composite
def st_Disconnect(draw: st.DrawFn) -> Disconnect:
    """Draws a valid Disconnect."""
    f_reason_code = draw(_u32)
    f_description = draw(_text)
    f_language_tag = draw(_bin)
    return Disconnect(f_reason_code, f_description, f_language_tag)

@st.composite
def st_Ignore(draw: st.DrawFn) -> Ignore:
    """Draws a valid Ignore."""
    f_data = draw(_bin)
    return Ignore(f_data)

@st.composite
def st_Unimplemented(draw: st.DrawFn) -> Unimplemented:
    """Draws a valid Unimplemented."""
    f_sequence_number = draw(_u32)
    return Unimplemented(f_sequence_number)

@st.composite
def st_Debug(draw: st.DrawFn) -> Debug:
    """Draws a valid Debug."""
    f_always_display = draw(st.booleans())
    f_message = draw(_text)
    f_language_tag = draw(_bin)
    return Debug(f_always_display, f_message, f_language_tag)

@st.composite
def st_ServiceRequest(draw: st.DrawFn) -> ServiceRequest:
    """Draws a valid ServiceRequest."""
    f_service_name = draw(_name)
    return ServiceRequest(f_service_name)

@st.composite
def st_ServiceAccept(draw: st.DrawFn) -> ServiceAccept:
    """Draws a valid ServiceAccept."""
    f_service_name = draw(_name)
    return ServiceAccept(f_service_name)

@st.composite
def st_ExtInfo(draw: st.DrawFn) -> ExtInfo:
    """Draws a valid ExtInfo."""
    f_extensions = draw(st.lists(st_ExtInfoEntry(), max_size=3).map(tuple))
    return ExtInfo(f_extensions)

@st.composite
def st_KexInit(draw: st.DrawFn) -> KexInit:
    """Draws a valid KexInit."""
    f_cookie = draw(st.binary(min_size=16, max_size=16))
    f_kex_algorithms = draw(_name_list)
    f_server_host_key_algorithms = draw(_name_list)
    f_encryption_algorithms_client_to_server = draw(_name_list)
    f_encryption_algorithms_server_to_client = draw(_name_list)
    f_mac_algorithms_client_to_server = draw(_name_list)
    f_mac_algorithms_server_to_client = draw(_name_list)
    f_compression_algorithms_client_to_server = draw(_name_list)
    f_compression_algorithms_server_to_client = draw(_name_list)
    f_languages_client_to_server = draw(_name_list)
    f_languages_server_to_client = draw(_name_list)
    f_first_kex_packet_follows = draw(st.booleans())
    f_reserved = draw(_u32)
    return KexInit(f_cookie, f_kex_algorithms, f_server_host_key_algorithms, f_encryption_algorithms_client_to_server, f_encryption_algorithms_server_to_client, f_mac_algorithms_client_to_server, f_mac_algorithms_server_to_client, f_compression_algorithms_client_to_server, f_compression_algorithms_server_to_client, f_languages_client_to_server, f_languages_server_to_client, f_first_kex_packet_follows, f_reserved)

def st_NewKeys() -> st.SearchStrategy[NewKeys]:
    """Draws a valid NewKeys."""
    return st.just(NewKeys())

@st.composite
def st_Ping(draw: st.DrawFn) -> Ping:
    """Draws a valid Ping."""
    f_data = draw(_bin)
    return Ping(f_data)

@st.composite
def st_Pong(draw: st.DrawFn) -> Pong:
    """Draws a valid Pong."""
    f_data = draw(_bin)
    return Pong(f_data)

TABLE: dict[type, Any] = {
    ExtInfoEntry: st_ExtInfoEntry(),
    ServerSigAlgs: st_ServerSigAlgs(),
    DelayCompression: st_DelayCompression(),
    DelayCompressionLists: st_DelayCompressionLists(),
    NoFlowControl: st_NoFlowControl(),
    Elevation: st_Elevation(),
    ExtVersion: st_ExtVersion(),
    Disconnect: st_Disconnect(),
    Ignore: st_Ignore(),
    Unimplemented: st_Unimplemented(),
    Debug: st_Debug(),
    ServiceRequest: st_ServiceRequest(),
    ServiceAccept: st_ServiceAccept(),
    ExtInfo: st_ExtInfo(),
    KexInit: st_KexInit(),
    NewKeys: st_NewKeys(),
    Ping: st_Ping(),
    Pong: st_Pong(),
}
