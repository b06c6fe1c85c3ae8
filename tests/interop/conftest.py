"""Fixtures that start OpenSSH programs for the interop tests.

Every test here is marked ``interop``. A missing OpenSSH program is a failure, not a skip:
CI installs OpenSSH, so its absence means the machine is not set up, and a silent skip would
hide that.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.interop._sftp_server import SftpServerPipe, find_sftp_server
from tests.interop._sshd import OpenSSHMissingError, SshdServer, start_sshd, stop_sshd


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test collected under tests/interop with ``interop``."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.interop)


@pytest.fixture(scope="session")
def sshd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SshdServer]:
    """A private sshd on 127.0.0.1 with its own host keys (ed25519, ecdsa, rsa) and config.

    Yields the running server (host, port, tmpdir, log_path…); stops it after the session.
    On failure the test report holds the sshd log's tail.
    """
    try:
        server = start_sshd(tmp_path_factory.mktemp("sshd"))
    except OpenSSHMissingError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield server
    finally:
        stop_sshd(server)


@pytest.fixture
def sftp_server() -> Iterator[SftpServerPipe]:
    """OpenSSH's sftp-server running over pipes; ended after the test."""
    try:
        program = find_sftp_server()
    except OpenSSHMissingError as exc:
        pytest.fail(str(exc), pytrace=False)
    with SftpServerPipe(program) as pipe:
        yield pipe
