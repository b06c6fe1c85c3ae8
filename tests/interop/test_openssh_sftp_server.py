"""Our codecs read the VERSION packet of OpenSSH's own sftp-server, and write it back exactly."""

from __future__ import annotations

import ssh_wire.reference
from ssh_wire import decode_message, encode_message
from ssh_wire.messages import SftpInit, SftpVersion
from tests.interop._sftp_server import SFTP_INIT_V3, SftpServerPipe

OPENSSH_EXTENSIONS = {
    "posix-rename@openssh.com",
    "statvfs@openssh.com",
    "hardlink@openssh.com",
    "fsync@openssh.com",
    "limits@openssh.com",
}


def test_sftp_init_encodes_as_openssh_expects() -> None:
    init = SftpInit(version=3, extensions=())
    assert encode_message(init) == SFTP_INIT_V3
    assert decode_message(SFTP_INIT_V3, "sftp") == init


def test_sftp_server_version_decodes_and_reencodes_exactly(sftp_server: SftpServerPipe) -> None:
    sftp_server.send(encode_message(SftpInit(version=3, extensions=())))
    payload = sftp_server.receive()

    msg = decode_message(payload, "sftp")
    assert isinstance(msg, SftpVersion)
    assert msg.version == 3
    names = {ext.name for ext in msg.extensions}
    assert names >= OPENSSH_EXTENSIONS, sorted(OPENSSH_EXTENSIONS - names)

    assert encode_message(msg) == payload
    assert ssh_wire.reference.decode_message(payload, "sftp") == msg
    assert ssh_wire.reference.encode_message(msg) == payload
