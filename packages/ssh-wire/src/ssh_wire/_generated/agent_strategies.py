# GENERATED from specs/agent.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH agent protocol: draft-miller-ssh-agent (now draft-ietf-sshm-ssh-agent) and OpenSSH PROTOCOL.agent extensions; a message is the agent packet after its uint32 length

Hypothesis strategies drawing valid values of every struct and message.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from .._strategy_base import bin_ as _bin
from .._strategy_base import name as _name
from .._strategy_base import text as _text
from .._strategy_base import u32 as _u32
from .agent import (
    AgentAddIdConstrained,
    AgentAddIdentity,
    AgentAddSmartcardKey,
    AgentAddSmartcardKeyConstrained,
    AgentAssociatedCerts,
    AgentCertificateList,
    AgentConstraint,
    AgentDestinationConstraint,
    AgentDestinationConstraintEntry,
    AgentDestinationConstraints,
    AgentDestinationHop,
    AgentExtension,
    AgentExtensionConstraint,
    AgentExtensionFailure,
    AgentExtensionResponse,
    AgentFailure,
    AgentHostKey,
    AgentIdentitiesAnswer,
    AgentIdentity,
    AgentLifetimeConstraint,
    AgentLock,
    AgentMaxsignConstraint,
    AgentQueryReply,
    AgentRemoveAllIdentities,
    AgentRemoveAllRsaIdentities,
    AgentRemoveIdentity,
    AgentRemoveSmartcardKey,
    AgentRequestIdentities,
    AgentRestrictDestination,
    AgentSessionBind,
    AgentSignRequest,
    AgentSignResponse,
    AgentSkProvider,
    AgentSuccess,
    AgentUnlock,
)
from .keys_strategies import (
    st_DssCertPrivateKey,
    st_DssPrivateKey,
    st_EcdsaCertPrivateKey,
    st_EcdsaPrivateKey,
    st_Ed25519CertPrivateKey,
    st_Ed25519PrivateKey,
    st_RsaCertPrivateKey,
    st_RsaPrivateKey,
    st_SkEcdsaCertPrivateKey,
    st_SkEcdsaPrivateKey,
    st_SkEd25519CertPrivateKey,
    st_SkEd25519PrivateKey,
)


@st.composite
def st_AgentIdentity(draw: st.DrawFn) -> AgentIdentity:
    """Draws a valid AgentIdentity."""
    f_key_blob = draw(_bin)
    f_comment = draw(_text)
    return AgentIdentity(f_key_blob, f_comment)

@st.composite
def st_AgentConstraint(draw: st.DrawFn) -> AgentConstraint:
    """Draws a valid AgentConstraint."""
    f_constraint_type = draw(st.sampled_from([1, 2, 3, 255]))
    cases_body: dict[Any, Any] = {1: st_AgentLifetimeConstraint(), 2: st.none(), 3: st_AgentMaxsignConstraint(), 255: st_AgentExtensionConstraint()}
    f_body = draw(cases_body.get(f_constraint_type, st.nothing()))
    return AgentConstraint(f_constraint_type, f_body)

@st.composite
def st_AgentLifetimeConstraint(draw: st.DrawFn) -> AgentLifetimeConstraint:
    """Draws a valid AgentLifetimeConstraint."""
    f_seconds = draw(_u32)
    return AgentLifetimeConstraint(f_seconds)

@st.composite
def st_AgentMaxsignConstraint(draw: st.DrawFn) -> AgentMaxsignConstraint:
    """Draws a valid AgentMaxsignConstraint."""
    f_max_signatures = draw(_u32)
    return AgentMaxsignConstraint(f_max_signatures)

@st.composite
def st_AgentExtensionConstraint(draw: st.DrawFn) -> AgentExtensionConstraint:
    """Draws a valid AgentExtensionConstraint."""
    f_extension_name = draw(st.sampled_from(['restrict-destination-v00@openssh.com', 'associated-certs-v00@openssh.com', 'sk-provider@openssh.com']))
    cases_details: dict[Any, Any] = {'restrict-destination-v00@openssh.com': st_AgentRestrictDestination(), 'associated-certs-v00@openssh.com': st_AgentAssociatedCerts(), 'sk-provider@openssh.com': st_AgentSkProvider()}
    f_details = draw(cases_details.get(f_extension_name, st.nothing()))
    return AgentExtensionConstraint(f_extension_name, f_details)

@st.composite
def st_AgentRestrictDestination(draw: st.DrawFn) -> AgentRestrictDestination:
    """Draws a valid AgentRestrictDestination."""
    f_constraints = draw(st_AgentDestinationConstraints())
    return AgentRestrictDestination(f_constraints)

@st.composite
def st_AgentDestinationConstraints(draw: st.DrawFn) -> AgentDestinationConstraints:
    """Draws a valid AgentDestinationConstraints."""
    f_constraints = draw(st.lists(st_AgentDestinationConstraintEntry(), max_size=3).map(tuple))
    return AgentDestinationConstraints(f_constraints)

@st.composite
def st_AgentDestinationConstraintEntry(draw: st.DrawFn) -> AgentDestinationConstraintEntry:
    """Draws a valid AgentDestinationConstraintEntry."""
    f_constraint = draw(st_AgentDestinationConstraint())
    return AgentDestinationConstraintEntry(f_constraint)

@st.composite
def st_AgentDestinationConstraint(draw: st.DrawFn) -> AgentDestinationConstraint:
    """Draws a valid AgentDestinationConstraint."""
    f_from_hop = draw(st_AgentDestinationHop())
    f_to_hop = draw(st_AgentDestinationHop())
    f_reserved = draw(_bin)
    return AgentDestinationConstraint(f_from_hop, f_to_hop, f_reserved)

@st.composite
def st_AgentDestinationHop(draw: st.DrawFn) -> AgentDestinationHop:
    """Draws a valid AgentDestinationHop."""
    f_user = draw(_text)
    f_hostname = draw(_text)
    f_reserved = draw(_bin)
    f_host_keys = draw(st.lists(st_AgentHostKey(), max_size=3).map(tuple))
    return AgentDestinationHop(f_user, f_hostname, f_reserved, f_host_keys)

@st.composite
def st_AgentHostKey(draw: st.DrawFn) -> AgentHostKey:
    """Draws a valid AgentHostKey."""
    f_key_blob = draw(_bin)
    f_is_ca = draw(st.booleans())
    return AgentHostKey(f_key_blob, f_is_ca)

@st.composite
def st_AgentAssociatedCerts(draw: st.DrawFn) -> AgentAssociatedCerts:
    """Draws a valid AgentAssociatedCerts."""
    f_certs_only = draw(st.booleans())
    f_certs = draw(st_AgentCertificateList())
    return AgentAssociatedCerts(f_certs_only, f_certs)

@st.composite
def st_AgentCertificateList(draw: st.DrawFn) -> AgentCertificateList:
    """Draws a valid AgentCertificateList."""
    f_certificates = draw(st.lists(_bin, max_size=3).map(tuple))
    return AgentCertificateList(f_certificates)

@st.composite
def st_AgentSkProvider(draw: st.DrawFn) -> AgentSkProvider:
    """Draws a valid AgentSkProvider."""
    f_provider = draw(_text)
    return AgentSkProvider(f_provider)

@st.composite
def st_AgentSessionBind(draw: st.DrawFn) -> AgentSessionBind:
    """Draws a valid AgentSessionBind."""
    f_host_key = draw(_bin)
    f_session_identifier = draw(_bin)
    f_signature = draw(_bin)
    f_is_forwarding = draw(st.booleans())
    return AgentSessionBind(f_host_key, f_session_identifier, f_signature, f_is_forwarding)

@st.composite
def st_AgentQueryReply(draw: st.DrawFn) -> AgentQueryReply:
    """Draws a valid AgentQueryReply."""
    f_extension_names = draw(st.lists(_name, max_size=3).map(tuple))
    return AgentQueryReply(f_extension_names)

def st_AgentFailure() -> st.SearchStrategy[AgentFailure]:
    """Draws a valid AgentFailure."""
    return st.just(AgentFailure())

def st_AgentSuccess() -> st.SearchStrategy[AgentSuccess]:
    """Draws a valid AgentSuccess."""
    return st.just(AgentSuccess())

def st_AgentRemoveAllRsaIdentities() -> st.SearchStrategy[AgentRemoveAllRsaIdentities]:
    """Draws a valid AgentRemoveAllRsaIdentities."""
    return st.just(AgentRemoveAllRsaIdentities())

def st_AgentRequestIdentities() -> st.SearchStrategy[AgentRequestIdentities]:
    """Draws a valid AgentRequestIdentities."""
    return st.just(AgentRequestIdentities())

@st.composite
def st_AgentIdentitiesAnswer(draw: st.DrawFn) -> AgentIdentitiesAnswer:
    """Draws a valid AgentIdentitiesAnswer."""
    f_identities = draw(st.lists(st_AgentIdentity(), max_size=3).map(tuple))
    return AgentIdentitiesAnswer(f_identities)

@st.composite
def st_AgentSignRequest(draw: st.DrawFn) -> AgentSignRequest:
    """Draws a valid AgentSignRequest."""
    f_key_blob = draw(_bin)
    f_data = draw(_bin)
    f_flags = draw(_u32)
    return AgentSignRequest(f_key_blob, f_data, f_flags)

@st.composite
def st_AgentSignResponse(draw: st.DrawFn) -> AgentSignResponse:
    """Draws a valid AgentSignResponse."""
    f_signature = draw(_bin)
    return AgentSignResponse(f_signature)

@st.composite
def st_AgentAddIdentity(draw: st.DrawFn) -> AgentAddIdentity:
    """Draws a valid AgentAddIdentity."""
    f_key_type = draw(st.sampled_from(['ssh-ed25519', 'ssh-rsa', 'ssh-dss', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'sk-ecdsa-sha2-nistp256@openssh.com', 'sk-ssh-ed25519@openssh.com', 'ssh-ed25519-cert-v01@openssh.com', 'ssh-rsa-cert-v01@openssh.com', 'ssh-dss-cert-v01@openssh.com', 'ecdsa-sha2-nistp256-cert-v01@openssh.com', 'ecdsa-sha2-nistp384-cert-v01@openssh.com', 'ecdsa-sha2-nistp521-cert-v01@openssh.com', 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com', 'sk-ssh-ed25519-cert-v01@openssh.com']))
    cases_key: dict[Any, Any] = {'ssh-ed25519': st_Ed25519PrivateKey(), 'ssh-rsa': st_RsaPrivateKey(), 'ssh-dss': st_DssPrivateKey(), 'ecdsa-sha2-nistp256': st_EcdsaPrivateKey(), 'ecdsa-sha2-nistp384': st_EcdsaPrivateKey(), 'ecdsa-sha2-nistp521': st_EcdsaPrivateKey(), 'sk-ecdsa-sha2-nistp256@openssh.com': st_SkEcdsaPrivateKey(), 'sk-ssh-ed25519@openssh.com': st_SkEd25519PrivateKey(), 'ssh-ed25519-cert-v01@openssh.com': st_Ed25519CertPrivateKey(), 'ssh-rsa-cert-v01@openssh.com': st_RsaCertPrivateKey(), 'ssh-dss-cert-v01@openssh.com': st_DssCertPrivateKey(), 'ecdsa-sha2-nistp256-cert-v01@openssh.com': st_EcdsaCertPrivateKey(), 'ecdsa-sha2-nistp384-cert-v01@openssh.com': st_EcdsaCertPrivateKey(), 'ecdsa-sha2-nistp521-cert-v01@openssh.com': st_EcdsaCertPrivateKey(), 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': st_SkEcdsaCertPrivateKey(), 'sk-ssh-ed25519-cert-v01@openssh.com': st_SkEd25519CertPrivateKey()}
    f_key = draw(cases_key.get(f_key_type, st.nothing()))
    f_comment = draw(_text)
    return AgentAddIdentity(f_key_type, f_key, f_comment)

@st.composite
def st_AgentRemoveIdentity(draw: st.DrawFn) -> AgentRemoveIdentity:
    """Draws a valid AgentRemoveIdentity."""
    f_key_blob = draw(_bin)
    return AgentRemoveIdentity(f_key_blob)

def st_AgentRemoveAllIdentities() -> st.SearchStrategy[AgentRemoveAllIdentities]:
    """Draws a valid AgentRemoveAllIdentities."""
    return st.just(AgentRemoveAllIdentities())

@st.composite
def st_AgentAddSmartcardKey(draw: st.DrawFn) -> AgentAddSmartcardKey:
    """Draws a valid AgentAddSmartcardKey."""
    f_reader_id = draw(_text)
    f_pin = draw(_text)
    return AgentAddSmartcardKey(f_reader_id, f_pin)

@st.composite
def st_AgentRemoveSmartcardKey(draw: st.DrawFn) -> AgentRemoveSmartcardKey:
    """Draws a valid AgentRemoveSmartcardKey."""
    f_reader_id = draw(_text)
    f_pin = draw(_text)
    return AgentRemoveSmartcardKey(f_reader_id, f_pin)

@st.composite
def st_AgentLock(draw: st.DrawFn) -> AgentLock:
    """Draws a valid AgentLock."""
    f_passphrase = draw(_text)
    return AgentLock(f_passphrase)

@st.composite
def st_AgentUnlock(draw: st.DrawFn) -> AgentUnlock:
    """Draws a valid AgentUnlock."""
    f_passphrase = draw(_text)
    return AgentUnlock(f_passphrase)

@st.composite
def st_AgentAddIdConstrained(draw: st.DrawFn) -> AgentAddIdConstrained:
    """Draws a valid AgentAddIdConstrained."""
    f_key_type = draw(st.sampled_from(['ssh-ed25519', 'ssh-rsa', 'ssh-dss', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'sk-ecdsa-sha2-nistp256@openssh.com', 'sk-ssh-ed25519@openssh.com', 'ssh-ed25519-cert-v01@openssh.com', 'ssh-rsa-cert-v01@openssh.com', 'ssh-dss-cert-v01@openssh.com', 'ecdsa-sha2-nistp256-cert-v01@openssh.com', 'ecdsa-sha2-nistp384-cert-v01@openssh.com', 'ecdsa-sha2-nistp521-cert-v01@openssh.com', 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com', 'sk-ssh-ed25519-cert-v01@openssh.com']))
    cases_key: dict[Any, Any] = {'ssh-ed25519': st_Ed25519PrivateKey(), 'ssh-rsa': st_RsaPrivateKey(), 'ssh-dss': st_DssPrivateKey(), 'ecdsa-sha2-nistp256': st_EcdsaPrivateKey(), 'ecdsa-sha2-nistp384': st_EcdsaPrivateKey(), 'ecdsa-sha2-nistp521': st_EcdsaPrivateKey(), 'sk-ecdsa-sha2-nistp256@openssh.com': st_SkEcdsaPrivateKey(), 'sk-ssh-ed25519@openssh.com': st_SkEd25519PrivateKey(), 'ssh-ed25519-cert-v01@openssh.com': st_Ed25519CertPrivateKey(), 'ssh-rsa-cert-v01@openssh.com': st_RsaCertPrivateKey(), 'ssh-dss-cert-v01@openssh.com': st_DssCertPrivateKey(), 'ecdsa-sha2-nistp256-cert-v01@openssh.com': st_EcdsaCertPrivateKey(), 'ecdsa-sha2-nistp384-cert-v01@openssh.com': st_EcdsaCertPrivateKey(), 'ecdsa-sha2-nistp521-cert-v01@openssh.com': st_EcdsaCertPrivateKey(), 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': st_SkEcdsaCertPrivateKey(), 'sk-ssh-ed25519-cert-v01@openssh.com': st_SkEd25519CertPrivateKey()}
    f_key = draw(cases_key.get(f_key_type, st.nothing()))
    f_comment = draw(_text)
    f_constraints = draw(st.lists(st_AgentConstraint(), max_size=3).map(tuple))
    return AgentAddIdConstrained(f_key_type, f_key, f_comment, f_constraints)

@st.composite
def st_AgentAddSmartcardKeyConstrained(draw: st.DrawFn) -> AgentAddSmartcardKeyConstrained:
    """Draws a valid AgentAddSmartcardKeyConstrained."""
    f_reader_id = draw(_text)
    f_pin = draw(_text)
    f_constraints = draw(st.lists(st_AgentConstraint(), max_size=3).map(tuple))
    return AgentAddSmartcardKeyConstrained(f_reader_id, f_pin, f_constraints)

@st.composite
def st_AgentExtension(draw: st.DrawFn) -> AgentExtension:
    """Draws a valid AgentExtension."""
    f_extension_type = draw(st.one_of(st.sampled_from(['query', 'session-bind@openssh.com']), _name))
    cases_contents: dict[Any, Any] = {'query': st.none(), 'session-bind@openssh.com': st_AgentSessionBind()}
    f_contents = draw(cases_contents.get(f_extension_type, _bin))
    return AgentExtension(f_extension_type, f_contents)

def st_AgentExtensionFailure() -> st.SearchStrategy[AgentExtensionFailure]:
    """Draws a valid AgentExtensionFailure."""
    return st.just(AgentExtensionFailure())

@st.composite
def st_AgentExtensionResponse(draw: st.DrawFn) -> AgentExtensionResponse:
    """Draws a valid AgentExtensionResponse."""
    f_extension_type = draw(_name)
    f_contents = draw(_bin)
    return AgentExtensionResponse(f_extension_type, f_contents)

TABLE: dict[type, Any] = {
    AgentIdentity: st_AgentIdentity(),
    AgentConstraint: st_AgentConstraint(),
    AgentLifetimeConstraint: st_AgentLifetimeConstraint(),
    AgentMaxsignConstraint: st_AgentMaxsignConstraint(),
    AgentExtensionConstraint: st_AgentExtensionConstraint(),
    AgentRestrictDestination: st_AgentRestrictDestination(),
    AgentDestinationConstraints: st_AgentDestinationConstraints(),
    AgentDestinationConstraintEntry: st_AgentDestinationConstraintEntry(),
    AgentDestinationConstraint: st_AgentDestinationConstraint(),
    AgentDestinationHop: st_AgentDestinationHop(),
    AgentHostKey: st_AgentHostKey(),
    AgentAssociatedCerts: st_AgentAssociatedCerts(),
    AgentCertificateList: st_AgentCertificateList(),
    AgentSkProvider: st_AgentSkProvider(),
    AgentSessionBind: st_AgentSessionBind(),
    AgentQueryReply: st_AgentQueryReply(),
    AgentFailure: st_AgentFailure(),
    AgentSuccess: st_AgentSuccess(),
    AgentRemoveAllRsaIdentities: st_AgentRemoveAllRsaIdentities(),
    AgentRequestIdentities: st_AgentRequestIdentities(),
    AgentIdentitiesAnswer: st_AgentIdentitiesAnswer(),
    AgentSignRequest: st_AgentSignRequest(),
    AgentSignResponse: st_AgentSignResponse(),
    AgentAddIdentity: st_AgentAddIdentity(),
    AgentRemoveIdentity: st_AgentRemoveIdentity(),
    AgentRemoveAllIdentities: st_AgentRemoveAllIdentities(),
    AgentAddSmartcardKey: st_AgentAddSmartcardKey(),
    AgentRemoveSmartcardKey: st_AgentRemoveSmartcardKey(),
    AgentLock: st_AgentLock(),
    AgentUnlock: st_AgentUnlock(),
    AgentAddIdConstrained: st_AgentAddIdConstrained(),
    AgentAddSmartcardKeyConstrained: st_AgentAddSmartcardKeyConstrained(),
    AgentExtension: st_AgentExtension(),
    AgentExtensionFailure: st_AgentExtensionFailure(),
    AgentExtensionResponse: st_AgentExtensionResponse(),
}
