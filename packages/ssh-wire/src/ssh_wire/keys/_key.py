"""The key object: one type for every SSH key algorithm, public or private.

An :class:`SSHKey` wraps a ``cryptography`` key and speaks SSH: its public wire blob
(RFC 4253 §6.6, RFC 5656 §3.1, RFC 8709 §4), signatures in SSH form (RFC 4253 §6.6,
RFC 5656 §3.1.2, RFC 8332 §3, RFC 8709 §6), fingerprints as ``ssh-keygen -l`` prints them.
File formats live in sibling modules and only ever build keys through this one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable
from typing import Any, TypeAlias

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .._errors import DecodeError, EncodeError, KeyParseError
from ..messages import (
    DssPrivateKey,
    DssPublicKey,
    EcdsaPrivateKey,
    EcdsaPublicKey,
    EcdsaSignature,
    EcdsaSignatureValues,
    Ed25519PrivateKey,
    Ed25519PublicKey,
    PublicKeyBlob,
    RawSignature,
    RsaPrivateKey,
    RsaPublicKey,
    Signature,
    decode_public_key_blob,
    decode_signature,
    encode_public_key_blob,
    encode_signature,
)

__all__ = [
    "CryptoPrivateKey",
    "CryptoPublicKey",
    "PrivateFields",
    "SSHKey",
    "public_key_from_blob",
]

CryptoPrivateKey: TypeAlias = (
    ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | dsa.DSAPrivateKey
)
CryptoPublicKey: TypeAlias = (
    ed25519.Ed25519PublicKey | ec.EllipticCurvePublicKey | rsa.RSAPublicKey | dsa.DSAPublicKey
)
#: The private part of a key as the generated codecs carry it (openssh-key-v1, agent).
PrivateFields: TypeAlias = Ed25519PrivateKey | EcdsaPrivateKey | RsaPrivateKey | DssPrivateKey

# RFC 5656 §6.1/§10.1: curve identifier, key type, curve, hash.
_CURVES: dict[str, tuple[str, type[ec.EllipticCurve], hashes.HashAlgorithm]] = {
    "nistp256": ("ecdsa-sha2-nistp256", ec.SECP256R1, hashes.SHA256()),
    "nistp384": ("ecdsa-sha2-nistp384", ec.SECP384R1, hashes.SHA384()),
    "nistp521": ("ecdsa-sha2-nistp521", ec.SECP521R1, hashes.SHA512()),
}
_CURVE_BY_OID_NAME: dict[str, str] = {cls().name: ident for ident, (_, cls, _) in _CURVES.items()}
# RFC 8332 §3: RSA signature algorithms and their hashes; ssh-rsa is SHA-1 (legacy).
_RSA_HASHES: dict[str, Callable[[], hashes.HashAlgorithm]] = {
    "rsa-sha2-512": hashes.SHA512,
    "rsa-sha2-256": hashes.SHA256,
    "ssh-rsa": hashes.SHA1,
}
_ED25519_LEN = 32


def _ec_ident(curve: ec.EllipticCurve) -> str:
    ident = _CURVE_BY_OID_NAME.get(curve.name)
    if ident is None:
        raise KeyParseError(f"unsupported elliptic curve {curve.name}")
    return ident


class SSHKey:
    """An SSH key: public only, or a private key with its public half.

    Attributes:
        comment: free text carried by most formats (not part of the key's identity).
    """

    __slots__ = ("_private", "_public", "_type", "comment")

    def __init__(self, key: CryptoPrivateKey | CryptoPublicKey, comment: str = "") -> None:
        """Wrap a ``cryptography`` key.

        Raises:
            KeyParseError: the key's algorithm or curve has no SSH form here.
        """
        public: CryptoPublicKey
        if isinstance(
            key,
            ed25519.Ed25519PrivateKey
            | ec.EllipticCurvePrivateKey
            | rsa.RSAPrivateKey
            | dsa.DSAPrivateKey,
        ):
            self._private: CryptoPrivateKey | None = key
            public = key.public_key()
        else:
            self._private = None
            public = key
        if isinstance(public, ed25519.Ed25519PublicKey):
            self._type = "ssh-ed25519"
        elif isinstance(public, ec.EllipticCurvePublicKey):
            self._type = _CURVES[_ec_ident(public.curve)][0]
        elif isinstance(public, rsa.RSAPublicKey):
            self._type = "ssh-rsa"
        elif isinstance(public, dsa.DSAPublicKey):
            self._type = "ssh-dss"
        else:
            raise KeyParseError(f"unsupported key algorithm {type(key).__name__}")
        self._public = public
        self.comment = comment

    # -- identity -----------------------------------------------------------------------

    @property
    def type(self) -> str:
        """The SSH key type name (``ssh-ed25519``, ``ecdsa-sha2-nistp256``, ``ssh-rsa``…)."""
        return self._type

    @property
    def is_private(self) -> bool:
        """True when the private half is present."""
        return self._private is not None

    @property
    def crypto_key(self) -> CryptoPrivateKey | CryptoPublicKey:
        """The wrapped ``cryptography`` key (private when present)."""
        return self._private if self._private is not None else self._public

    @property
    def crypto_public_key(self) -> CryptoPublicKey:
        """The ``cryptography`` public key."""
        return self._public

    @property
    def crypto_private_key(self) -> CryptoPrivateKey:
        """The ``cryptography`` private key.

        Raises:
            KeyParseError: the key is public only.
        """
        if self._private is None:
            raise KeyParseError("a public key has no private half")
        return self._private

    @property
    def bits(self) -> int:
        """The key size as ``ssh-keygen -l`` reports it (256 for Ed25519)."""
        pub = self._public
        if isinstance(pub, ed25519.Ed25519PublicKey):
            return 256
        if isinstance(pub, ec.EllipticCurvePublicKey):
            return pub.curve.key_size
        return pub.key_size

    @property
    def public_blob(self) -> bytes:
        """The public key in SSH wire form (RFC 4253 §6.6)."""
        pub = self._public
        body: Any
        if isinstance(pub, ed25519.Ed25519PublicKey):
            body = Ed25519PublicKey(pub.public_bytes_raw())
        elif isinstance(pub, ec.EllipticCurvePublicKey):
            point = pub.public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
            body = EcdsaPublicKey(_ec_ident(pub.curve), point)
        elif isinstance(pub, rsa.RSAPublicKey):
            nums = pub.public_numbers()
            body = RsaPublicKey(nums.e, nums.n)
        else:
            dnums = pub.public_numbers()
            params = dnums.parameter_numbers
            body = DssPublicKey(params.p, params.q, params.g, dnums.y)
        return encode_public_key_blob(PublicKeyBlob(self._type, body))

    def public_key(self) -> SSHKey:
        """Returns a public-only copy (same comment)."""
        return SSHKey(self._public, self.comment)

    def equals(self, other: SSHKey) -> bool:
        """True when both keys have the same public half (comments are ignored)."""
        return hmac.compare_digest(self.public_blob, other.public_blob)

    def fingerprint(self, hash_name: str = "sha256") -> str:
        """Returns the fingerprint as ``ssh-keygen -l -E sha256|md5`` prints it.

        Raises:
            ValueError: ``hash_name`` is neither ``sha256`` nor ``md5``.
        """
        blob = self.public_blob
        if hash_name == "sha256":
            digest = hashlib.sha256(blob).digest()
            return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")
        if hash_name == "md5":
            digest = hashlib.md5(blob, usedforsecurity=False).digest()
            return "MD5:" + ":".join(f"{b:02x}" for b in digest)
        raise ValueError(f"unknown fingerprint hash {hash_name!r}")

    def openssh_public_line(self) -> str:
        """Returns the one-line OpenSSH public key (``type base64 comment``)."""
        line = f"{self._type} {base64.b64encode(self.public_blob).decode()}"
        return f"{line} {self.comment}" if self.comment else line

    @property
    def signature_algorithms(self) -> tuple[str, ...]:
        """The signature algorithms this key can make, preferred first (RFC 8332 for RSA)."""
        if self._type == "ssh-rsa":
            return tuple(_RSA_HASHES)
        return (self._type,)

    def __repr__(self) -> str:
        kind = "private" if self.is_private else "public"
        return f"<SSHKey {self._type} {self.bits} {kind} {self.fingerprint()} {self.comment!r}>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SSHKey) and self.equals(other)

    def __hash__(self) -> int:
        return hash(self.public_blob)

    # -- file formats (implemented in _export and the format modules) -------------------

    def export(
        self,
        format: str = "openssh",
        passphrase: bytes | str | None = None,
        cipher: str = "aes256-ctr",
        rounds: int = 16,
    ) -> bytes:
        """Write the private key in a file format; see :func:`export_private_key`.

        Returns:
            The file contents.
        Raises:
            KeyParseError: the key is public only.
            ValueError: an unknown format or cipher, or a format that cannot hold this key.
        """
        from ._export import export_private_key

        return export_private_key(self, format, passphrase, cipher, rounds)

    def export_public(self, format: str = "openssh") -> bytes:
        """Write the public key (``openssh``, ``rfc4716`` or ``pem``); see
        :func:`export_public_key`.

        Returns:
            The file contents.
        Raises:
            ValueError: an unknown format.
        """
        from ._export import export_public_key

        return export_public_key(self, format)

    def public_pem(self) -> bytes:
        """Returns the public key as PEM SubjectPublicKeyInfo (``BEGIN PUBLIC KEY``)."""
        from ._pem import encode_pem_public_key

        return encode_pem_public_key(self)

    def private_pem(self, passphrase: bytes | str | None = None) -> bytes:
        """Returns the private key as PKCS#8 PEM, encrypted when ``passphrase`` is given.

        Raises:
            KeyParseError: the key is public only.
        """
        return self.export("pkcs8", passphrase)

    # -- signatures ---------------------------------------------------------------------

    def sign(self, data: bytes, algorithm: str | None = None) -> bytes:
        """Sign ``data``.

        Args:
            algorithm: the signature algorithm; for RSA one of ``rsa-sha2-512`` (default),
                ``rsa-sha2-256`` or ``ssh-rsa`` (SHA-1); otherwise the key type.
        Returns:
            The signature blob in SSH form (``string algorithm, string signature``).
        Raises:
            KeyParseError: the key is public only, or cannot make ``algorithm`` signatures.
        """
        key = self._private
        if key is None:
            raise KeyParseError("cannot sign with a public key")
        algorithm = algorithm or self.signature_algorithms[0]
        if algorithm not in self.signature_algorithms:
            raise KeyParseError(f"a {self._type} key cannot make {algorithm} signatures")
        body: Any
        if isinstance(key, ed25519.Ed25519PrivateKey):
            body = RawSignature(key.sign(data))
        elif isinstance(key, ec.EllipticCurvePrivateKey):
            r, s = decode_dss_signature(key.sign(data, ec.ECDSA(self._ec_hash())))
            body = EcdsaSignature(EcdsaSignatureValues(r, s))
        elif isinstance(key, rsa.RSAPrivateKey):
            body = RawSignature(key.sign(data, padding.PKCS1v15(), _RSA_HASHES[algorithm]()))
        else:
            # RFC 4253 §6.6: r and s as two 160-bit unsigned integers, 40 bytes in all.
            r, s = decode_dss_signature(key.sign(data, hashes.SHA1()))
            body = RawSignature(r.to_bytes(20, "big") + s.to_bytes(20, "big"))
        return encode_signature(Signature(algorithm, body))

    def verify(self, data: bytes, signature: bytes) -> bool:
        """Check an SSH signature blob over ``data``.

        Returns:
            True when the signature is valid for this key; False for a bad, malformed or
            foreign-algorithm signature (never raises for bad input).
        """
        try:
            sig = decode_signature(signature)
        except DecodeError:
            return False
        if sig.algorithm not in self.signature_algorithms:
            return False
        pub = self._public
        body = sig.body
        try:
            if isinstance(pub, ed25519.Ed25519PublicKey) and isinstance(body, RawSignature):
                pub.verify(body.signature, data)
            elif isinstance(pub, ec.EllipticCurvePublicKey) and isinstance(body, EcdsaSignature):
                values = body.signature
                if values.r <= 0 or values.s <= 0:
                    return False
                der = encode_dss_signature(values.r, values.s)
                pub.verify(der, data, ec.ECDSA(self._ec_hash()))
            elif isinstance(pub, rsa.RSAPublicKey) and isinstance(body, RawSignature):
                hash_alg = _RSA_HASHES[sig.algorithm]()
                pub.verify(body.signature, data, padding.PKCS1v15(), hash_alg)
            elif isinstance(pub, dsa.DSAPublicKey) and isinstance(body, RawSignature):
                if len(body.signature) != 40:
                    return False
                r = int.from_bytes(body.signature[:20], "big")
                s = int.from_bytes(body.signature[20:], "big")
                pub.verify(encode_dss_signature(r, s), data, hashes.SHA1())
            else:
                return False
        except (InvalidSignature, ValueError):
            return False
        return True

    def _ec_hash(self) -> hashes.HashAlgorithm:
        assert isinstance(self._public, ec.EllipticCurvePublicKey)
        return _CURVES[_ec_ident(self._public.curve)][2]

    # -- private fields, as openssh-key-v1 and the agent protocol carry them --------------

    def private_fields(self) -> PrivateFields:
        """Returns the private key in the form of PROTOCOL.key / sshkey_private_serialize.

        Raises:
            KeyParseError: the key is public only.
        """
        key = self._private
        if key is None:
            raise KeyParseError("a public key has no private fields")
        if isinstance(key, ed25519.Ed25519PrivateKey):
            pub = key.public_key().public_bytes_raw()
            return Ed25519PrivateKey(pub, key.private_bytes_raw() + pub)
        if isinstance(key, ec.EllipticCurvePrivateKey):
            blob = decode_public_key_blob(self.public_blob).key
            assert isinstance(blob, EcdsaPublicKey)
            return EcdsaPrivateKey(blob.curve, blob.q, key.private_numbers().private_value)
        if isinstance(key, rsa.RSAPrivateKey):
            n = key.private_numbers()
            pn = n.public_numbers
            return RsaPrivateKey(pn.n, pn.e, n.d, n.iqmp, n.p, n.q)
        dn = key.private_numbers()
        params = dn.public_numbers.parameter_numbers
        return DssPrivateKey(params.p, params.q, params.g, dn.public_numbers.y, dn.x)

    @classmethod
    def from_private_fields(cls, key_type: str, fields: Any, comment: str = "") -> SSHKey:
        """Build a private key from PROTOCOL.key fields (the inverse of private_fields).

        Returns:
            The key.
        Raises:
            KeyParseError: unsupported type, or fields that do not form a consistent key.
        """
        try:
            return cls(_private_from_fields(key_type, fields), comment)
        except KeyParseError:
            raise
        except (ValueError, TypeError, ArithmeticError, AssertionError):
            # No detail from the exception: it could quote private values.
            raise KeyParseError(f"inconsistent {key_type} private key") from None


def _private_from_fields(key_type: str, f: Any) -> CryptoPrivateKey:
    if key_type == "ssh-ed25519" and isinstance(f, Ed25519PrivateKey):
        if len(f.private_key) != 64 or len(f.public_key) != _ED25519_LEN:
            raise KeyParseError("ed25519 private key has the wrong length")
        key = ed25519.Ed25519PrivateKey.from_private_bytes(f.private_key[:32])
        derived = key.public_key().public_bytes_raw()
        if not hmac.compare_digest(derived, f.public_key) or f.private_key[32:] != derived:
            raise KeyParseError("ed25519 private key does not match its public key")
        return key
    if key_type.startswith("ecdsa-sha2-") and isinstance(f, EcdsaPrivateKey):
        entry = _CURVES.get(f.curve)
        if entry is None or entry[0] != key_type:
            raise KeyParseError(f"curve {f.curve!r} does not fit key type {key_type}")
        eckey = ec.derive_private_key(f.d, entry[1]())
        point = eckey.public_key().public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
        if not hmac.compare_digest(point, f.q):
            raise KeyParseError("ecdsa private key does not match its public point")
        return eckey
    if key_type == "ssh-rsa" and isinstance(f, RsaPrivateKey):
        public = rsa.RSAPublicNumbers(f.e, f.n)
        numbers = rsa.RSAPrivateNumbers(
            p=f.p,
            q=f.q,
            d=f.d,
            dmp1=rsa.rsa_crt_dmp1(f.d, f.p),
            dmq1=rsa.rsa_crt_dmq1(f.d, f.q),
            iqmp=f.iqmp,
            public_numbers=public,
        )
        return numbers.private_key()
    if key_type == "ssh-dss" and isinstance(f, DssPrivateKey):
        params = dsa.DSAParameterNumbers(f.p, f.q, f.g)
        return dsa.DSAPrivateNumbers(f.x, dsa.DSAPublicNumbers(f.y, params)).private_key()
    raise KeyParseError(f"unsupported private key type {key_type}")


def public_key_from_blob(blob: bytes | memoryview, comment: str = "") -> SSHKey:
    """Build a public key from its SSH wire blob.

    Returns:
        The public key.
    Raises:
        KeyParseError: malformed blob, unsupported type, or invalid key values.
    """
    try:
        parsed = decode_public_key_blob(blob)
    except DecodeError as exc:
        raise KeyParseError(f"corrupt public key blob: {exc.reason}") from None
    body = parsed.key
    key: CryptoPublicKey
    try:
        if parsed.key_type == "ssh-ed25519" and isinstance(body, Ed25519PublicKey):
            if len(body.public_key) != _ED25519_LEN:
                raise KeyParseError("ed25519 public key must be 32 bytes")
            key = ed25519.Ed25519PublicKey.from_public_bytes(body.public_key)
        elif parsed.key_type.startswith("ecdsa-sha2-") and isinstance(body, EcdsaPublicKey):
            entry = _CURVES.get(body.curve)
            if entry is None or entry[0] != parsed.key_type:
                raise KeyParseError(f"curve {body.curve!r} does not fit {parsed.key_type}")
            key = ec.EllipticCurvePublicKey.from_encoded_point(entry[1](), body.q)
        elif parsed.key_type == "ssh-rsa" and isinstance(body, RsaPublicKey):
            key = rsa.RSAPublicNumbers(body.e, body.n).public_key()
        elif parsed.key_type == "ssh-dss" and isinstance(body, DssPublicKey):
            params = dsa.DSAParameterNumbers(body.p, body.q, body.g)
            key = dsa.DSAPublicNumbers(body.y, params).public_key()
        else:
            raise KeyParseError(f"unsupported key type {parsed.key_type}")
    except (ValueError, TypeError, ArithmeticError, EncodeError) as exc:
        raise KeyParseError(f"invalid {parsed.key_type} public key: {exc}") from None
    return SSHKey(key, comment)
