# GENERATED from specs/agent.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SSH agent protocol: draft-miller-ssh-agent (now draft-ietf-sshm-ssh-agent) and OpenSSH PROTOCOL.agent extensions; a message is the agent packet after its uint32 length

Construct reference codec: the declarative reading of the spec, for cross-checks and dumps.
"""

from __future__ import annotations

from typing import Any

from construct import (
    Const,
    Error,
    Flag,
    GreedyBytes,
    GreedyRange,
    Int8ub,
    Int32ub,
    Pass,
    Prefixed,
    PrefixedArray,
    Struct,
    Switch,
    this,
)

from .._construct_types import (
    Exact,
    SSHName,
    SSHString,
    SSHUtf8,
)
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
from .keys_construct import (
    C_DssCertPrivateKey,
    C_DssPrivateKey,
    C_EcdsaCertPrivateKey,
    C_EcdsaPrivateKey,
    C_Ed25519CertPrivateKey,
    C_Ed25519PrivateKey,
    C_RsaCertPrivateKey,
    C_RsaPrivateKey,
    C_SkEcdsaCertPrivateKey,
    C_SkEcdsaPrivateKey,
    C_SkEd25519CertPrivateKey,
    C_SkEd25519PrivateKey,
    from_DssCertPrivateKey,
    from_DssPrivateKey,
    from_EcdsaCertPrivateKey,
    from_EcdsaPrivateKey,
    from_Ed25519CertPrivateKey,
    from_Ed25519PrivateKey,
    from_RsaCertPrivateKey,
    from_RsaPrivateKey,
    from_SkEcdsaCertPrivateKey,
    from_SkEcdsaPrivateKey,
    from_SkEd25519CertPrivateKey,
    from_SkEd25519PrivateKey,
    to_DssCertPrivateKey,
    to_DssPrivateKey,
    to_EcdsaCertPrivateKey,
    to_EcdsaPrivateKey,
    to_Ed25519CertPrivateKey,
    to_Ed25519PrivateKey,
    to_RsaCertPrivateKey,
    to_RsaPrivateKey,
    to_SkEcdsaCertPrivateKey,
    to_SkEcdsaPrivateKey,
    to_SkEd25519CertPrivateKey,
    to_SkEd25519PrivateKey,
)

C_AgentIdentity = Struct(
    "key_blob" / SSHString,
    "comment" / SSHUtf8,
)


def to_AgentIdentity(c: Any) -> AgentIdentity:
    return AgentIdentity(c.key_blob, c.comment)


def from_AgentIdentity(o: AgentIdentity) -> dict[str, Any]:
    return {
        'key_blob': bytes(o.key_blob),
        'comment': o.comment,
    }


C_AgentLifetimeConstraint = Struct(
    "seconds" / Int32ub,
)


def to_AgentLifetimeConstraint(c: Any) -> AgentLifetimeConstraint:
    return AgentLifetimeConstraint(c.seconds)


def from_AgentLifetimeConstraint(o: AgentLifetimeConstraint) -> dict[str, Any]:
    return {
        'seconds': o.seconds,
    }


C_AgentMaxsignConstraint = Struct(
    "max_signatures" / Int32ub,
)


def to_AgentMaxsignConstraint(c: Any) -> AgentMaxsignConstraint:
    return AgentMaxsignConstraint(c.max_signatures)


def from_AgentMaxsignConstraint(o: AgentMaxsignConstraint) -> dict[str, Any]:
    return {
        'max_signatures': o.max_signatures,
    }


C_AgentHostKey = Struct(
    "key_blob" / SSHString,
    "is_ca" / Flag,
)


def to_AgentHostKey(c: Any) -> AgentHostKey:
    return AgentHostKey(c.key_blob, c.is_ca)


def from_AgentHostKey(o: AgentHostKey) -> dict[str, Any]:
    return {
        'key_blob': bytes(o.key_blob),
        'is_ca': o.is_ca,
    }


C_AgentDestinationHop = Struct(
    "user" / SSHUtf8,
    "hostname" / SSHUtf8,
    "reserved" / SSHString,
    "host_keys" / GreedyRange(C_AgentHostKey),
)


def to_AgentDestinationHop(c: Any) -> AgentDestinationHop:
    return AgentDestinationHop(c.user, c.hostname, c.reserved, tuple(to_AgentHostKey(e) for e in c.host_keys))


def from_AgentDestinationHop(o: AgentDestinationHop) -> dict[str, Any]:
    return {
        'user': o.user,
        'hostname': o.hostname,
        'reserved': bytes(o.reserved),
        'host_keys': [from_AgentHostKey(e) for e in o.host_keys],
    }


C_AgentDestinationConstraint = Struct(
    "from_hop" / Prefixed(Int32ub, Exact(C_AgentDestinationHop)),
    "to_hop" / Prefixed(Int32ub, Exact(C_AgentDestinationHop)),
    "reserved" / SSHString,
)


def to_AgentDestinationConstraint(c: Any) -> AgentDestinationConstraint:
    return AgentDestinationConstraint(to_AgentDestinationHop(c.from_hop), to_AgentDestinationHop(c.to_hop), c.reserved)


def from_AgentDestinationConstraint(o: AgentDestinationConstraint) -> dict[str, Any]:
    return {
        'from_hop': from_AgentDestinationHop(o.from_hop),
        'to_hop': from_AgentDestinationHop(o.to_hop),
        'reserved': bytes(o.reserved),
    }


C_AgentDestinationConstraintEntry = Struct(
    "constraint" / Prefixed(Int32ub, Exact(C_AgentDestinationConstraint)),
)


def to_AgentDestinationConstraintEntry(c: Any) -> AgentDestinationConstraintEntry:
    return AgentDestinationConstraintEntry(to_AgentDestinationConstraint(c.constraint))


def from_AgentDestinationConstraintEntry(o: AgentDestinationConstraintEntry) -> dict[str, Any]:
    return {
        'constraint': from_AgentDestinationConstraint(o.constraint),
    }


C_AgentDestinationConstraints = Struct(
    "constraints" / GreedyRange(C_AgentDestinationConstraintEntry),
)


def to_AgentDestinationConstraints(c: Any) -> AgentDestinationConstraints:
    return AgentDestinationConstraints(tuple(to_AgentDestinationConstraintEntry(e) for e in c.constraints))


def from_AgentDestinationConstraints(o: AgentDestinationConstraints) -> dict[str, Any]:
    return {
        'constraints': [from_AgentDestinationConstraintEntry(e) for e in o.constraints],
    }


C_AgentRestrictDestination = Struct(
    "constraints" / Prefixed(Int32ub, Exact(C_AgentDestinationConstraints)),
)


def to_AgentRestrictDestination(c: Any) -> AgentRestrictDestination:
    return AgentRestrictDestination(to_AgentDestinationConstraints(c.constraints))


def from_AgentRestrictDestination(o: AgentRestrictDestination) -> dict[str, Any]:
    return {
        'constraints': from_AgentDestinationConstraints(o.constraints),
    }


C_AgentCertificateList = Struct(
    "certificates" / GreedyRange(SSHString),
)


def to_AgentCertificateList(c: Any) -> AgentCertificateList:
    return AgentCertificateList(tuple(e for e in c.certificates))


def from_AgentCertificateList(o: AgentCertificateList) -> dict[str, Any]:
    return {
        'certificates': [bytes(e) for e in o.certificates],
    }


C_AgentAssociatedCerts = Struct(
    "certs_only" / Flag,
    "certs" / Prefixed(Int32ub, Exact(C_AgentCertificateList)),
)


def to_AgentAssociatedCerts(c: Any) -> AgentAssociatedCerts:
    return AgentAssociatedCerts(c.certs_only, to_AgentCertificateList(c.certs))


def from_AgentAssociatedCerts(o: AgentAssociatedCerts) -> dict[str, Any]:
    return {
        'certs_only': o.certs_only,
        'certs': from_AgentCertificateList(o.certs),
    }


C_AgentSkProvider = Struct(
    "provider" / SSHUtf8,
)


def to_AgentSkProvider(c: Any) -> AgentSkProvider:
    return AgentSkProvider(c.provider)


def from_AgentSkProvider(o: AgentSkProvider) -> dict[str, Any]:
    return {
        'provider': o.provider,
    }


C_AgentExtensionConstraint = Struct(
    "extension_name" / SSHName,
    "details" / Switch(this.extension_name, {'restrict-destination-v00@openssh.com': C_AgentRestrictDestination, 'associated-certs-v00@openssh.com': C_AgentAssociatedCerts, 'sk-provider@openssh.com': C_AgentSkProvider}, default=Error),
)


def to_AgentExtensionConstraint(c: Any) -> AgentExtensionConstraint:
    return AgentExtensionConstraint(c.extension_name, _to_sw_AgentExtensionConstraint_details(c.extension_name, c.details))


def from_AgentExtensionConstraint(o: AgentExtensionConstraint) -> dict[str, Any]:
    return {
        'extension_name': o.extension_name,
        'details': _from_sw_AgentExtensionConstraint_details(o.extension_name, o.details),
    }


def _to_sw_AgentExtensionConstraint_details(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'restrict-destination-v00@openssh.com': to_AgentRestrictDestination, 'associated-certs-v00@openssh.com': to_AgentAssociatedCerts, 'sk-provider@openssh.com': to_AgentSkProvider}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


def _from_sw_AgentExtensionConstraint_details(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'restrict-destination-v00@openssh.com': from_AgentRestrictDestination, 'associated-certs-v00@openssh.com': from_AgentAssociatedCerts, 'sk-provider@openssh.com': from_AgentSkProvider}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


C_AgentConstraint = Struct(
    "constraint_type" / Int8ub,
    "body" / Switch(this.constraint_type, {1: C_AgentLifetimeConstraint, 2: Pass, 3: C_AgentMaxsignConstraint, 255: C_AgentExtensionConstraint}, default=Error),
)


def to_AgentConstraint(c: Any) -> AgentConstraint:
    return AgentConstraint(c.constraint_type, _to_sw_AgentConstraint_body(c.constraint_type, c.body))


def from_AgentConstraint(o: AgentConstraint) -> dict[str, Any]:
    return {
        'constraint_type': o.constraint_type,
        'body': _from_sw_AgentConstraint_body(o.constraint_type, o.body),
    }


def _to_sw_AgentConstraint_body(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {1: to_AgentLifetimeConstraint, 2: None, 3: to_AgentMaxsignConstraint, 255: to_AgentExtensionConstraint}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


def _from_sw_AgentConstraint_body(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {1: from_AgentLifetimeConstraint, 2: None, 3: from_AgentMaxsignConstraint, 255: from_AgentExtensionConstraint}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


C_AgentSessionBind = Struct(
    "host_key" / SSHString,
    "session_identifier" / SSHString,
    "signature" / SSHString,
    "is_forwarding" / Flag,
)


def to_AgentSessionBind(c: Any) -> AgentSessionBind:
    return AgentSessionBind(c.host_key, c.session_identifier, c.signature, c.is_forwarding)


def from_AgentSessionBind(o: AgentSessionBind) -> dict[str, Any]:
    return {
        'host_key': bytes(o.host_key),
        'session_identifier': bytes(o.session_identifier),
        'signature': bytes(o.signature),
        'is_forwarding': o.is_forwarding,
    }


C_AgentQueryReply = Struct(
    "extension_names" / GreedyRange(SSHName),
)


def to_AgentQueryReply(c: Any) -> AgentQueryReply:
    return AgentQueryReply(tuple(e for e in c.extension_names))


def from_AgentQueryReply(o: AgentQueryReply) -> dict[str, Any]:
    return {
        'extension_names': [e for e in o.extension_names],
    }


C_AgentFailure = Struct(
    "_mid" / Const(b'\x05'),
)


def to_AgentFailure(c: Any) -> AgentFailure:
    return AgentFailure()


def from_AgentFailure(o: AgentFailure) -> dict[str, Any]:
    return {
    }


C_AgentSuccess = Struct(
    "_mid" / Const(b'\x06'),
)


def to_AgentSuccess(c: Any) -> AgentSuccess:
    return AgentSuccess()


def from_AgentSuccess(o: AgentSuccess) -> dict[str, Any]:
    return {
    }


C_AgentRemoveAllRsaIdentities = Struct(
    "_mid" / Const(b'\t'),
)


def to_AgentRemoveAllRsaIdentities(c: Any) -> AgentRemoveAllRsaIdentities:
    return AgentRemoveAllRsaIdentities()


def from_AgentRemoveAllRsaIdentities(o: AgentRemoveAllRsaIdentities) -> dict[str, Any]:
    return {
    }


C_AgentRequestIdentities = Struct(
    "_mid" / Const(b'\x0b'),
)


def to_AgentRequestIdentities(c: Any) -> AgentRequestIdentities:
    return AgentRequestIdentities()


def from_AgentRequestIdentities(o: AgentRequestIdentities) -> dict[str, Any]:
    return {
    }


C_AgentIdentitiesAnswer = Struct(
    "_mid" / Const(b'\x0c'),
    "identities" / PrefixedArray(Int32ub, C_AgentIdentity),
)


def to_AgentIdentitiesAnswer(c: Any) -> AgentIdentitiesAnswer:
    return AgentIdentitiesAnswer(tuple(to_AgentIdentity(e) for e in c.identities))


def from_AgentIdentitiesAnswer(o: AgentIdentitiesAnswer) -> dict[str, Any]:
    return {
        'identities': [from_AgentIdentity(e) for e in o.identities],
    }


C_AgentSignRequest = Struct(
    "_mid" / Const(b'\r'),
    "key_blob" / SSHString,
    "data" / SSHString,
    "flags" / Int32ub,
)


def to_AgentSignRequest(c: Any) -> AgentSignRequest:
    return AgentSignRequest(c.key_blob, c.data, c.flags)


def from_AgentSignRequest(o: AgentSignRequest) -> dict[str, Any]:
    return {
        'key_blob': bytes(o.key_blob),
        'data': bytes(o.data),
        'flags': o.flags,
    }


C_AgentSignResponse = Struct(
    "_mid" / Const(b'\x0e'),
    "signature" / SSHString,
)


def to_AgentSignResponse(c: Any) -> AgentSignResponse:
    return AgentSignResponse(c.signature)


def from_AgentSignResponse(o: AgentSignResponse) -> dict[str, Any]:
    return {
        'signature': bytes(o.signature),
    }


C_AgentAddIdentity = Struct(
    "_mid" / Const(b'\x11'),
    "key_type" / SSHName,
    "key" / Switch(this.key_type, {'ssh-ed25519': C_Ed25519PrivateKey, 'ssh-rsa': C_RsaPrivateKey, 'ssh-dss': C_DssPrivateKey, 'ecdsa-sha2-nistp256': C_EcdsaPrivateKey, 'ecdsa-sha2-nistp384': C_EcdsaPrivateKey, 'ecdsa-sha2-nistp521': C_EcdsaPrivateKey, 'sk-ecdsa-sha2-nistp256@openssh.com': C_SkEcdsaPrivateKey, 'sk-ssh-ed25519@openssh.com': C_SkEd25519PrivateKey, 'ssh-ed25519-cert-v01@openssh.com': C_Ed25519CertPrivateKey, 'ssh-rsa-cert-v01@openssh.com': C_RsaCertPrivateKey, 'ssh-dss-cert-v01@openssh.com': C_DssCertPrivateKey, 'ecdsa-sha2-nistp256-cert-v01@openssh.com': C_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp384-cert-v01@openssh.com': C_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp521-cert-v01@openssh.com': C_EcdsaCertPrivateKey, 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': C_SkEcdsaCertPrivateKey, 'sk-ssh-ed25519-cert-v01@openssh.com': C_SkEd25519CertPrivateKey}, default=Error),
    "comment" / SSHUtf8,
)


def to_AgentAddIdentity(c: Any) -> AgentAddIdentity:
    return AgentAddIdentity(c.key_type, _to_sw_AgentAddIdentity_key(c.key_type, c.key), c.comment)


def from_AgentAddIdentity(o: AgentAddIdentity) -> dict[str, Any]:
    return {
        'key_type': o.key_type,
        'key': _from_sw_AgentAddIdentity_key(o.key_type, o.key),
        'comment': o.comment,
    }


def _to_sw_AgentAddIdentity_key(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'ssh-ed25519': to_Ed25519PrivateKey, 'ssh-rsa': to_RsaPrivateKey, 'ssh-dss': to_DssPrivateKey, 'ecdsa-sha2-nistp256': to_EcdsaPrivateKey, 'ecdsa-sha2-nistp384': to_EcdsaPrivateKey, 'ecdsa-sha2-nistp521': to_EcdsaPrivateKey, 'sk-ecdsa-sha2-nistp256@openssh.com': to_SkEcdsaPrivateKey, 'sk-ssh-ed25519@openssh.com': to_SkEd25519PrivateKey, 'ssh-ed25519-cert-v01@openssh.com': to_Ed25519CertPrivateKey, 'ssh-rsa-cert-v01@openssh.com': to_RsaCertPrivateKey, 'ssh-dss-cert-v01@openssh.com': to_DssCertPrivateKey, 'ecdsa-sha2-nistp256-cert-v01@openssh.com': to_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp384-cert-v01@openssh.com': to_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp521-cert-v01@openssh.com': to_EcdsaCertPrivateKey, 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': to_SkEcdsaCertPrivateKey, 'sk-ssh-ed25519-cert-v01@openssh.com': to_SkEd25519CertPrivateKey}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


def _from_sw_AgentAddIdentity_key(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'ssh-ed25519': from_Ed25519PrivateKey, 'ssh-rsa': from_RsaPrivateKey, 'ssh-dss': from_DssPrivateKey, 'ecdsa-sha2-nistp256': from_EcdsaPrivateKey, 'ecdsa-sha2-nistp384': from_EcdsaPrivateKey, 'ecdsa-sha2-nistp521': from_EcdsaPrivateKey, 'sk-ecdsa-sha2-nistp256@openssh.com': from_SkEcdsaPrivateKey, 'sk-ssh-ed25519@openssh.com': from_SkEd25519PrivateKey, 'ssh-ed25519-cert-v01@openssh.com': from_Ed25519CertPrivateKey, 'ssh-rsa-cert-v01@openssh.com': from_RsaCertPrivateKey, 'ssh-dss-cert-v01@openssh.com': from_DssCertPrivateKey, 'ecdsa-sha2-nistp256-cert-v01@openssh.com': from_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp384-cert-v01@openssh.com': from_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp521-cert-v01@openssh.com': from_EcdsaCertPrivateKey, 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': from_SkEcdsaCertPrivateKey, 'sk-ssh-ed25519-cert-v01@openssh.com': from_SkEd25519CertPrivateKey}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


C_AgentRemoveIdentity = Struct(
    "_mid" / Const(b'\x12'),
    "key_blob" / SSHString,
)


def to_AgentRemoveIdentity(c: Any) -> AgentRemoveIdentity:
    return AgentRemoveIdentity(c.key_blob)


def from_AgentRemoveIdentity(o: AgentRemoveIdentity) -> dict[str, Any]:
    return {
        'key_blob': bytes(o.key_blob),
    }


C_AgentRemoveAllIdentities = Struct(
    "_mid" / Const(b'\x13'),
)


def to_AgentRemoveAllIdentities(c: Any) -> AgentRemoveAllIdentities:
    return AgentRemoveAllIdentities()


def from_AgentRemoveAllIdentities(o: AgentRemoveAllIdentities) -> dict[str, Any]:
    return {
    }


C_AgentAddSmartcardKey = Struct(
    "_mid" / Const(b'\x14'),
    "reader_id" / SSHUtf8,
    "pin" / SSHUtf8,
)


def to_AgentAddSmartcardKey(c: Any) -> AgentAddSmartcardKey:
    return AgentAddSmartcardKey(c.reader_id, c.pin)


def from_AgentAddSmartcardKey(o: AgentAddSmartcardKey) -> dict[str, Any]:
    return {
        'reader_id': o.reader_id,
        'pin': o.pin,
    }


C_AgentRemoveSmartcardKey = Struct(
    "_mid" / Const(b'\x15'),
    "reader_id" / SSHUtf8,
    "pin" / SSHUtf8,
)


def to_AgentRemoveSmartcardKey(c: Any) -> AgentRemoveSmartcardKey:
    return AgentRemoveSmartcardKey(c.reader_id, c.pin)


def from_AgentRemoveSmartcardKey(o: AgentRemoveSmartcardKey) -> dict[str, Any]:
    return {
        'reader_id': o.reader_id,
        'pin': o.pin,
    }


C_AgentLock = Struct(
    "_mid" / Const(b'\x16'),
    "passphrase" / SSHUtf8,
)


def to_AgentLock(c: Any) -> AgentLock:
    return AgentLock(c.passphrase)


def from_AgentLock(o: AgentLock) -> dict[str, Any]:
    return {
        'passphrase': o.passphrase,
    }


C_AgentUnlock = Struct(
    "_mid" / Const(b'\x17'),
    "passphrase" / SSHUtf8,
)


def to_AgentUnlock(c: Any) -> AgentUnlock:
    return AgentUnlock(c.passphrase)


def from_AgentUnlock(o: AgentUnlock) -> dict[str, Any]:
    return {
        'passphrase': o.passphrase,
    }


C_AgentAddIdConstrained = Struct(
    "_mid" / Const(b'\x19'),
    "key_type" / SSHName,
    "key" / Switch(this.key_type, {'ssh-ed25519': C_Ed25519PrivateKey, 'ssh-rsa': C_RsaPrivateKey, 'ssh-dss': C_DssPrivateKey, 'ecdsa-sha2-nistp256': C_EcdsaPrivateKey, 'ecdsa-sha2-nistp384': C_EcdsaPrivateKey, 'ecdsa-sha2-nistp521': C_EcdsaPrivateKey, 'sk-ecdsa-sha2-nistp256@openssh.com': C_SkEcdsaPrivateKey, 'sk-ssh-ed25519@openssh.com': C_SkEd25519PrivateKey, 'ssh-ed25519-cert-v01@openssh.com': C_Ed25519CertPrivateKey, 'ssh-rsa-cert-v01@openssh.com': C_RsaCertPrivateKey, 'ssh-dss-cert-v01@openssh.com': C_DssCertPrivateKey, 'ecdsa-sha2-nistp256-cert-v01@openssh.com': C_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp384-cert-v01@openssh.com': C_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp521-cert-v01@openssh.com': C_EcdsaCertPrivateKey, 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': C_SkEcdsaCertPrivateKey, 'sk-ssh-ed25519-cert-v01@openssh.com': C_SkEd25519CertPrivateKey}, default=Error),
    "comment" / SSHUtf8,
    "constraints" / GreedyRange(C_AgentConstraint),
)


def to_AgentAddIdConstrained(c: Any) -> AgentAddIdConstrained:
    return AgentAddIdConstrained(c.key_type, _to_sw_AgentAddIdConstrained_key(c.key_type, c.key), c.comment, tuple(to_AgentConstraint(e) for e in c.constraints))


def from_AgentAddIdConstrained(o: AgentAddIdConstrained) -> dict[str, Any]:
    return {
        'key_type': o.key_type,
        'key': _from_sw_AgentAddIdConstrained_key(o.key_type, o.key),
        'comment': o.comment,
        'constraints': [from_AgentConstraint(e) for e in o.constraints],
    }


def _to_sw_AgentAddIdConstrained_key(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'ssh-ed25519': to_Ed25519PrivateKey, 'ssh-rsa': to_RsaPrivateKey, 'ssh-dss': to_DssPrivateKey, 'ecdsa-sha2-nistp256': to_EcdsaPrivateKey, 'ecdsa-sha2-nistp384': to_EcdsaPrivateKey, 'ecdsa-sha2-nistp521': to_EcdsaPrivateKey, 'sk-ecdsa-sha2-nistp256@openssh.com': to_SkEcdsaPrivateKey, 'sk-ssh-ed25519@openssh.com': to_SkEd25519PrivateKey, 'ssh-ed25519-cert-v01@openssh.com': to_Ed25519CertPrivateKey, 'ssh-rsa-cert-v01@openssh.com': to_RsaCertPrivateKey, 'ssh-dss-cert-v01@openssh.com': to_DssCertPrivateKey, 'ecdsa-sha2-nistp256-cert-v01@openssh.com': to_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp384-cert-v01@openssh.com': to_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp521-cert-v01@openssh.com': to_EcdsaCertPrivateKey, 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': to_SkEcdsaCertPrivateKey, 'sk-ssh-ed25519-cert-v01@openssh.com': to_SkEd25519CertPrivateKey}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


def _from_sw_AgentAddIdConstrained_key(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'ssh-ed25519': from_Ed25519PrivateKey, 'ssh-rsa': from_RsaPrivateKey, 'ssh-dss': from_DssPrivateKey, 'ecdsa-sha2-nistp256': from_EcdsaPrivateKey, 'ecdsa-sha2-nistp384': from_EcdsaPrivateKey, 'ecdsa-sha2-nistp521': from_EcdsaPrivateKey, 'sk-ecdsa-sha2-nistp256@openssh.com': from_SkEcdsaPrivateKey, 'sk-ssh-ed25519@openssh.com': from_SkEd25519PrivateKey, 'ssh-ed25519-cert-v01@openssh.com': from_Ed25519CertPrivateKey, 'ssh-rsa-cert-v01@openssh.com': from_RsaCertPrivateKey, 'ssh-dss-cert-v01@openssh.com': from_DssCertPrivateKey, 'ecdsa-sha2-nistp256-cert-v01@openssh.com': from_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp384-cert-v01@openssh.com': from_EcdsaCertPrivateKey, 'ecdsa-sha2-nistp521-cert-v01@openssh.com': from_EcdsaCertPrivateKey, 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': from_SkEcdsaCertPrivateKey, 'sk-ssh-ed25519-cert-v01@openssh.com': from_SkEd25519CertPrivateKey}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


C_AgentAddSmartcardKeyConstrained = Struct(
    "_mid" / Const(b'\x1a'),
    "reader_id" / SSHUtf8,
    "pin" / SSHUtf8,
    "constraints" / GreedyRange(C_AgentConstraint),
)


def to_AgentAddSmartcardKeyConstrained(c: Any) -> AgentAddSmartcardKeyConstrained:
    return AgentAddSmartcardKeyConstrained(c.reader_id, c.pin, tuple(to_AgentConstraint(e) for e in c.constraints))


def from_AgentAddSmartcardKeyConstrained(o: AgentAddSmartcardKeyConstrained) -> dict[str, Any]:
    return {
        'reader_id': o.reader_id,
        'pin': o.pin,
        'constraints': [from_AgentConstraint(e) for e in o.constraints],
    }


C_AgentExtension = Struct(
    "_mid" / Const(b'\x1b'),
    "extension_type" / SSHName,
    "contents" / Switch(this.extension_type, {'query': Pass, 'session-bind@openssh.com': C_AgentSessionBind}, default=GreedyBytes),
)


def to_AgentExtension(c: Any) -> AgentExtension:
    return AgentExtension(c.extension_type, _to_sw_AgentExtension_contents(c.extension_type, c.contents))


def from_AgentExtension(o: AgentExtension) -> dict[str, Any]:
    return {
        'extension_type': o.extension_type,
        'contents': _from_sw_AgentExtension_contents(o.extension_type, o.contents),
    }


def _to_sw_AgentExtension_contents(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'query': None, 'session-bind@openssh.com': to_AgentSessionBind}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


def _from_sw_AgentExtension_contents(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'query': None, 'session-bind@openssh.com': from_AgentSessionBind}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


C_AgentExtensionFailure = Struct(
    "_mid" / Const(b'\x1c'),
)


def to_AgentExtensionFailure(c: Any) -> AgentExtensionFailure:
    return AgentExtensionFailure()


def from_AgentExtensionFailure(o: AgentExtensionFailure) -> dict[str, Any]:
    return {
    }


C_AgentExtensionResponse = Struct(
    "_mid" / Const(b'\x1d'),
    "extension_type" / SSHName,
    "contents" / GreedyBytes,
)


def to_AgentExtensionResponse(c: Any) -> AgentExtensionResponse:
    return AgentExtensionResponse(c.extension_type, c.contents)


def from_AgentExtensionResponse(o: AgentExtensionResponse) -> dict[str, Any]:
    return {
        'extension_type': o.extension_type,
        'contents': bytes(o.contents),
    }

TABLE: dict[type, tuple[Any, Any, Any]] = {
    AgentIdentity: (C_AgentIdentity, to_AgentIdentity, from_AgentIdentity),
    AgentConstraint: (C_AgentConstraint, to_AgentConstraint, from_AgentConstraint),
    AgentLifetimeConstraint: (C_AgentLifetimeConstraint, to_AgentLifetimeConstraint, from_AgentLifetimeConstraint),
    AgentMaxsignConstraint: (C_AgentMaxsignConstraint, to_AgentMaxsignConstraint, from_AgentMaxsignConstraint),
    AgentExtensionConstraint: (C_AgentExtensionConstraint, to_AgentExtensionConstraint, from_AgentExtensionConstraint),
    AgentRestrictDestination: (C_AgentRestrictDestination, to_AgentRestrictDestination, from_AgentRestrictDestination),
    AgentDestinationConstraints: (C_AgentDestinationConstraints, to_AgentDestinationConstraints, from_AgentDestinationConstraints),
    AgentDestinationConstraintEntry: (C_AgentDestinationConstraintEntry, to_AgentDestinationConstraintEntry, from_AgentDestinationConstraintEntry),
    AgentDestinationConstraint: (C_AgentDestinationConstraint, to_AgentDestinationConstraint, from_AgentDestinationConstraint),
    AgentDestinationHop: (C_AgentDestinationHop, to_AgentDestinationHop, from_AgentDestinationHop),
    AgentHostKey: (C_AgentHostKey, to_AgentHostKey, from_AgentHostKey),
    AgentAssociatedCerts: (C_AgentAssociatedCerts, to_AgentAssociatedCerts, from_AgentAssociatedCerts),
    AgentCertificateList: (C_AgentCertificateList, to_AgentCertificateList, from_AgentCertificateList),
    AgentSkProvider: (C_AgentSkProvider, to_AgentSkProvider, from_AgentSkProvider),
    AgentSessionBind: (C_AgentSessionBind, to_AgentSessionBind, from_AgentSessionBind),
    AgentQueryReply: (C_AgentQueryReply, to_AgentQueryReply, from_AgentQueryReply),
    AgentFailure: (C_AgentFailure, to_AgentFailure, from_AgentFailure),
    AgentSuccess: (C_AgentSuccess, to_AgentSuccess, from_AgentSuccess),
    AgentRemoveAllRsaIdentities: (C_AgentRemoveAllRsaIdentities, to_AgentRemoveAllRsaIdentities, from_AgentRemoveAllRsaIdentities),
    AgentRequestIdentities: (C_AgentRequestIdentities, to_AgentRequestIdentities, from_AgentRequestIdentities),
    AgentIdentitiesAnswer: (C_AgentIdentitiesAnswer, to_AgentIdentitiesAnswer, from_AgentIdentitiesAnswer),
    AgentSignRequest: (C_AgentSignRequest, to_AgentSignRequest, from_AgentSignRequest),
    AgentSignResponse: (C_AgentSignResponse, to_AgentSignResponse, from_AgentSignResponse),
    AgentAddIdentity: (C_AgentAddIdentity, to_AgentAddIdentity, from_AgentAddIdentity),
    AgentRemoveIdentity: (C_AgentRemoveIdentity, to_AgentRemoveIdentity, from_AgentRemoveIdentity),
    AgentRemoveAllIdentities: (C_AgentRemoveAllIdentities, to_AgentRemoveAllIdentities, from_AgentRemoveAllIdentities),
    AgentAddSmartcardKey: (C_AgentAddSmartcardKey, to_AgentAddSmartcardKey, from_AgentAddSmartcardKey),
    AgentRemoveSmartcardKey: (C_AgentRemoveSmartcardKey, to_AgentRemoveSmartcardKey, from_AgentRemoveSmartcardKey),
    AgentLock: (C_AgentLock, to_AgentLock, from_AgentLock),
    AgentUnlock: (C_AgentUnlock, to_AgentUnlock, from_AgentUnlock),
    AgentAddIdConstrained: (C_AgentAddIdConstrained, to_AgentAddIdConstrained, from_AgentAddIdConstrained),
    AgentAddSmartcardKeyConstrained: (C_AgentAddSmartcardKeyConstrained, to_AgentAddSmartcardKeyConstrained, from_AgentAddSmartcardKeyConstrained),
    AgentExtension: (C_AgentExtension, to_AgentExtension, from_AgentExtension),
    AgentExtensionFailure: (C_AgentExtensionFailure, to_AgentExtensionFailure, from_AgentExtensionFailure),
    AgentExtensionResponse: (C_AgentExtensionResponse, to_AgentExtensionResponse, from_AgentExtensionResponse),
}
