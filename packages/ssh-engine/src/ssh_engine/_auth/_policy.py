"""Multi-factor login policy in the manner of OpenSSH's ``AuthenticationMethods``.

Theory of operation (sshd_config(5) AuthenticationMethods, RFC 4252 §5.1 partial success):
the policy is one or more *chains* of method names; a login is complete once every method of
any one chain has succeeded, in the chain's order. At each stage only the methods that come
next in at least one chain are offered (and listed in USERAUTH_FAILURE); a method that
succeeds but completes no chain is answered with FAILURE and ``partial_success`` set, and
every chain whose next method it was moves on (the others stay where they were, as in
OpenSSH's auth2.c).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["AuthenticationMethods", "FactorProgress"]

_KNOWN = frozenset({"none", "password", "publickey", "keyboard-interactive", "hostbased"})


@dataclass(frozen=True, slots=True)
class AuthenticationMethods:
    """The chains of methods of which one must be completed.

    Attributes:
        chains: each chain's method names, in the order they must succeed.
    """

    chains: tuple[tuple[str, ...], ...]

    def __post_init__(self) -> None:
        if not self.chains or any(not chain for chain in self.chains):
            raise ValueError("AuthenticationMethods needs at least one non-empty chain")
        for chain in self.chains:
            for method in chain:
                if method not in _KNOWN:
                    raise ValueError(f"unknown authentication method {method!r} in policy")

    @classmethod
    def parse(cls, spec: str | Iterable[str | Sequence[str]]) -> AuthenticationMethods:
        """Build a policy from sshd_config syntax
        (``"publickey,password publickey,keyboard-interactive"``: chains separated by
        spaces, methods by commas) or from a list of chains, each a comma-separated string
        or a sequence of names.

        Returns:
            The policy.
        Raises:
            ValueError: empty, or an unknown method name.
        """
        items: Iterable[str | Sequence[str]] = spec.split() if isinstance(spec, str) else spec
        chains = tuple(
            tuple(item.split(",")) if isinstance(item, str) else tuple(item) for item in items
        )
        return cls(chains)

    def start(self) -> FactorProgress:
        """Returns the progress of a login that has passed no method yet."""
        return FactorProgress(self, (0,) * len(self.chains), ())


@dataclass(frozen=True, slots=True)
class FactorProgress:
    """How far one login has come through an :class:`AuthenticationMethods` policy.

    Attributes:
        policy: the policy.
        positions: per chain, how many of its methods have succeeded.
        passed: the methods that succeeded so far, in order.
    """

    policy: AuthenticationMethods
    positions: tuple[int, ...]
    passed: tuple[str, ...]

    @property
    def complete(self) -> bool:
        """Whether some chain is fully passed."""
        chains = self.policy.chains
        return any(pos == len(chain) for pos, chain in zip(self.positions, chains, strict=True))

    def next_methods(self) -> tuple[str, ...]:
        """Returns the methods that come next in some chain, in first-seen order."""
        seen: dict[str, None] = {}
        for pos, chain in zip(self.positions, self.policy.chains, strict=True):
            if pos < len(chain):
                seen.setdefault(chain[pos], None)
        return tuple(seen)

    def after(self, method: str) -> FactorProgress:
        """Returns the progress once ``method`` has succeeded.

        Raises:
            ValueError: ``method`` is not next in any chain.
        """
        if method not in self.next_methods():
            raise ValueError(f"{method!r} is not a method this login may use now")
        positions = tuple(
            pos + 1 if pos < len(chain) and chain[pos] == method else pos
            for pos, chain in zip(self.positions, self.policy.chains, strict=True)
        )
        return FactorProgress(self.policy, positions, (*self.passed, method))
