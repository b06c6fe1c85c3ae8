"""The public surface of ``ssh_agent``: pinned, typed, and light to import."""

from __future__ import annotations

import importlib.resources
import subprocess
import sys
import tomllib
from pathlib import Path

import ssh_agent

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"

# Pinned on purpose: a change to the public surface must change this line too.
EXPECTED_ALL: list[str] = [
    "DEFAULT_TIMEOUT",
    "MAX_MESSAGE",
    "AgentClient",
    "AgentClientProtocol",
    "AgentError",
    "AgentFailure",
    "AgentProtocolError",
    "AgentServer",
    "AgentServerProtocol",
    "AgentSocket",
    "AgentTimeoutError",
    "AskpassConfirm",
    "BaseAgent",
    "ConfirmCallback",
    "CygwinAgent",
    "DestinationConstraint",
    "DestinationHop",
    "FrameDecoder",
    "HostKeySpec",
    "Identity",
    "KeyStore",
    "OpenSSHAgent",
    "PageantAgent",
    "ParsedKey",
    "PendingRequest",
    "PendingSignature",
    "SessionBinding",
    "SessionState",
    "StoredIdentity",
    "StreamPair",
    "__version__",
    "agent_identities",
    "agent_sign",
    "agent_stream",
    "create_agent",
    "create_agent_socket",
    "frame",
]


def test_public_surface_is_pinned() -> None:
    assert sorted(ssh_agent.__all__) == sorted(EXPECTED_ALL)
    for name in ssh_agent.__all__:
        assert hasattr(ssh_agent, name), name


def test_version_matches_pyproject() -> None:
    with PYPROJECT.open("rb") as f:
        project = tomllib.load(f)["project"]
    assert ssh_agent.__version__ == project["version"]
    assert project["name"] == "ssh-agent"


def test_ships_py_typed() -> None:
    assert importlib.resources.files(ssh_agent).joinpath("py.typed").is_file()


def test_import_does_not_pull_in_test_or_reference_libraries() -> None:
    code = (
        "import sys, ssh_agent; "
        "print(','.join(sorted(m for m in ('construct', 'hypothesis', 'pytest') "
        "if m in sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == ""
