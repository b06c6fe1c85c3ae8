# GENERATED from specs/sftp.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SFTP version 3 (draft-ietf-secsh-filexfer-02) and OpenSSH's SFTP extensions (PROTOCOL §4)

Fast codec: slotted dataclasses and struct-based decoders/encoders.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import IntEnum, IntFlag
from typing import ClassVar

from .._errors import (
    DecodeError,
    EncodeError,
)
from .._primitives import decode_name as _name
from .._primitives import encode_name as _enc_name
from .._runtime import Decoder as _Decoder
from .._runtime import Encoder as _Encoder
from .._runtime import d_null as _d_null
from .._runtime import e_null as _e_null
from .._runtime import utf8 as _utf8

__all__ = [
    "SftpAttrFlag",
    "SftpAttrs",
    "SftpAttrsReply",
    "SftpClose",
    "SftpCopyDataRequest",
    "SftpData",
    "SftpExpandPathRequest",
    "SftpExtended",
    "SftpExtendedAttr",
    "SftpExtendedReply",
    "SftpExtensionPair",
    "SftpFsetstat",
    "SftpFstat",
    "SftpFstatvfsReply",
    "SftpFstatvfsRequest",
    "SftpFsyncRequest",
    "SftpHandle",
    "SftpHardlinkRequest",
    "SftpHomeDirectoryRequest",
    "SftpIdList",
    "SftpInit",
    "SftpLimitsReply",
    "SftpLsetstatRequest",
    "SftpLstat",
    "SftpMkdir",
    "SftpName",
    "SftpNameEntry",
    "SftpNameList",
    "SftpOpen",
    "SftpOpenFlag",
    "SftpOpendir",
    "SftpPosixRenameRequest",
    "SftpRead",
    "SftpReaddir",
    "SftpReadlink",
    "SftpRealpath",
    "SftpRemove",
    "SftpRename",
    "SftpRmdir",
    "SftpSetstat",
    "SftpStat",
    "SftpStatus",
    "SftpStatusCode",
    "SftpStatvfsFlag",
    "SftpStatvfsReply",
    "SftpStatvfsRequest",
    "SftpSymlink",
    "SftpUsersGroupsByIdReply",
    "SftpUsersGroupsByIdRequest",
    "SftpVersion",
    "SftpWrite",
    "decode_sftp_attrs",
    "decode_sftp_attrs_from",
    "decode_sftp_attrs_reply",
    "decode_sftp_close",
    "decode_sftp_copy_data_request",
    "decode_sftp_copy_data_request_from",
    "decode_sftp_data",
    "decode_sftp_expand_path_request",
    "decode_sftp_expand_path_request_from",
    "decode_sftp_extended",
    "decode_sftp_extended_attr",
    "decode_sftp_extended_attr_from",
    "decode_sftp_extended_reply",
    "decode_sftp_extension_pair",
    "decode_sftp_extension_pair_from",
    "decode_sftp_fsetstat",
    "decode_sftp_fstat",
    "decode_sftp_fstatvfs_reply",
    "decode_sftp_fstatvfs_reply_from",
    "decode_sftp_fstatvfs_request",
    "decode_sftp_fstatvfs_request_from",
    "decode_sftp_fsync_request",
    "decode_sftp_fsync_request_from",
    "decode_sftp_handle",
    "decode_sftp_hardlink_request",
    "decode_sftp_hardlink_request_from",
    "decode_sftp_home_directory_request",
    "decode_sftp_home_directory_request_from",
    "decode_sftp_id_list",
    "decode_sftp_id_list_from",
    "decode_sftp_init",
    "decode_sftp_limits_reply",
    "decode_sftp_limits_reply_from",
    "decode_sftp_lsetstat_request",
    "decode_sftp_lsetstat_request_from",
    "decode_sftp_lstat",
    "decode_sftp_mkdir",
    "decode_sftp_name",
    "decode_sftp_name_entry",
    "decode_sftp_name_entry_from",
    "decode_sftp_name_list",
    "decode_sftp_name_list_from",
    "decode_sftp_open",
    "decode_sftp_opendir",
    "decode_sftp_posix_rename_request",
    "decode_sftp_posix_rename_request_from",
    "decode_sftp_read",
    "decode_sftp_readdir",
    "decode_sftp_readlink",
    "decode_sftp_realpath",
    "decode_sftp_remove",
    "decode_sftp_rename",
    "decode_sftp_rmdir",
    "decode_sftp_setstat",
    "decode_sftp_stat",
    "decode_sftp_status",
    "decode_sftp_statvfs_reply",
    "decode_sftp_statvfs_reply_from",
    "decode_sftp_statvfs_request",
    "decode_sftp_statvfs_request_from",
    "decode_sftp_symlink",
    "decode_sftp_users_groups_by_id_reply",
    "decode_sftp_users_groups_by_id_reply_from",
    "decode_sftp_users_groups_by_id_request",
    "decode_sftp_users_groups_by_id_request_from",
    "decode_sftp_version",
    "decode_sftp_write",
    "encode_sftp_attrs",
    "encode_sftp_attrs_reply",
    "encode_sftp_close",
    "encode_sftp_copy_data_request",
    "encode_sftp_data",
    "encode_sftp_data_parts",
    "encode_sftp_expand_path_request",
    "encode_sftp_extended",
    "encode_sftp_extended_attr",
    "encode_sftp_extended_reply",
    "encode_sftp_extension_pair",
    "encode_sftp_fsetstat",
    "encode_sftp_fstat",
    "encode_sftp_fstatvfs_reply",
    "encode_sftp_fstatvfs_request",
    "encode_sftp_fsync_request",
    "encode_sftp_handle",
    "encode_sftp_hardlink_request",
    "encode_sftp_home_directory_request",
    "encode_sftp_id_list",
    "encode_sftp_init",
    "encode_sftp_limits_reply",
    "encode_sftp_lsetstat_request",
    "encode_sftp_lstat",
    "encode_sftp_mkdir",
    "encode_sftp_name",
    "encode_sftp_name_entry",
    "encode_sftp_name_list",
    "encode_sftp_open",
    "encode_sftp_opendir",
    "encode_sftp_posix_rename_request",
    "encode_sftp_read",
    "encode_sftp_readdir",
    "encode_sftp_readlink",
    "encode_sftp_realpath",
    "encode_sftp_remove",
    "encode_sftp_rename",
    "encode_sftp_rmdir",
    "encode_sftp_setstat",
    "encode_sftp_stat",
    "encode_sftp_status",
    "encode_sftp_statvfs_reply",
    "encode_sftp_statvfs_request",
    "encode_sftp_symlink",
    "encode_sftp_users_groups_by_id_reply",
    "encode_sftp_users_groups_by_id_request",
    "encode_sftp_version",
    "encode_sftp_write",
    "encode_sftp_write_parts",
]


class SftpStatusCode(IntEnum):
    """draft-ietf-secsh-filexfer-02 §7: SSH_FX_* status codes of SSH_FXP_STATUS"""

    OK = 0
    EOF = 1
    NO_SUCH_FILE = 2
    PERMISSION_DENIED = 3
    FAILURE = 4
    BAD_MESSAGE = 5
    NO_CONNECTION = 6
    CONNECTION_LOST = 7
    OP_UNSUPPORTED = 8


class SftpAttrFlag(IntFlag):
    """draft-ietf-secsh-filexfer-02 §5: SSH_FILEXFER_ATTR_* bits of the ATTRS flags word"""

    SIZE = 0x1
    UIDGID = 0x2
    PERMISSIONS = 0x4
    ACMODTIME = 0x8
    EXTENDED = 0x80000000


class SftpOpenFlag(IntFlag):
    """draft-ietf-secsh-filexfer-02 §6.3: SSH_FXF_* bits of SSH_FXP_OPEN pflags"""

    READ = 0x1
    WRITE = 0x2
    APPEND = 0x4
    CREAT = 0x8
    TRUNC = 0x10
    EXCL = 0x20


class SftpStatvfsFlag(IntFlag):
    """OpenSSH PROTOCOL §4.4: SSH_FXE_STATVFS_ST_* bits of the statvfs f_flag field"""

    ST_RDONLY = 0x1
    ST_NOSUID = 0x2


@dataclass(slots=True)
class SftpExtendedAttr:
    """draft-ietf-secsh-filexfer-02 §5: one extended attribute (extended_type, extended_data)
    """

    NAME: ClassVar[str] = "SftpExtendedAttr"

    extended_type: bytes
    extended_data: bytes


@dataclass(slots=True)
class SftpAttrs:
    """draft-ietf-secsh-filexfer-02 §5: file attributes (ATTRS); each group is present only when its flag bit is set

    Attributes:
        extended: extended_count, then that many extended_type / extended_data pairs
    """

    NAME: ClassVar[str] = "SftpAttrs"

    flags: int
    size: int | None
    uid: int | None
    gid: int | None
    permissions: int | None
    atime: int | None
    mtime: int | None
    extended: tuple[SftpExtendedAttr, ...] | None


@dataclass(slots=True)
class SftpExtensionPair:
    """draft-ietf-secsh-filexfer-02 §4 / OpenSSH PROTOCOL §4.2: one extension name and its data (OpenSSH sends an ASCII version such as '1')
    """

    NAME: ClassVar[str] = "SftpExtensionPair"

    name: str
    data: bytes


@dataclass(slots=True)
class SftpNameEntry:
    """draft-ietf-secsh-filexfer-02 §7: one SSH_FXP_NAME entry; longname is a display string with no defined format
    """

    NAME: ClassVar[str] = "SftpNameEntry"

    filename: bytes
    longname: bytes
    attrs: SftpAttrs


@dataclass(slots=True)
class SftpPosixRenameRequest:
    """OpenSSH PROTOCOL §4.3 posix-rename@openssh.com: rename(oldpath, newpath) with POSIX semantics; answered by SSH_FXP_STATUS
    """

    NAME: ClassVar[str] = "SftpPosixRenameRequest"

    oldpath: bytes
    newpath: bytes


@dataclass(slots=True)
class SftpStatvfsRequest:
    """OpenSSH PROTOCOL §4.4 statvfs@openssh.com: answered by SSH_FXP_EXTENDED_REPLY (SftpStatvfsReply) or SSH_FXP_STATUS on failure
    """

    NAME: ClassVar[str] = "SftpStatvfsRequest"

    path: bytes


@dataclass(slots=True)
class SftpFstatvfsRequest:
    """OpenSSH PROTOCOL §4.4 fstatvfs@openssh.com: answered by SSH_FXP_EXTENDED_REPLY (SftpFstatvfsReply) or SSH_FXP_STATUS on failure
    """

    NAME: ClassVar[str] = "SftpFstatvfsRequest"

    handle: bytes


@dataclass(slots=True)
class SftpHardlinkRequest:
    """OpenSSH PROTOCOL §4.5 hardlink@openssh.com: link(oldpath, newpath); answered by SSH_FXP_STATUS
    """

    NAME: ClassVar[str] = "SftpHardlinkRequest"

    oldpath: bytes
    newpath: bytes


@dataclass(slots=True)
class SftpFsyncRequest:
    """OpenSSH PROTOCOL §4.6 fsync@openssh.com: fsync(2) on an open handle; answered by SSH_FXP_STATUS
    """

    NAME: ClassVar[str] = "SftpFsyncRequest"

    handle: bytes


@dataclass(slots=True)
class SftpLsetstatRequest:
    """OpenSSH PROTOCOL §4.7 lsetstat@openssh.com: SETSTAT that does not follow symlinks; answered by SSH_FXP_STATUS
    """

    NAME: ClassVar[str] = "SftpLsetstatRequest"

    path: bytes
    attrs: SftpAttrs


@dataclass(slots=True)
class SftpExpandPathRequest:
    """OpenSSH PROTOCOL §4.9 expand-path@openssh.com: tilde-expand and canonicalise a path; answered by SSH_FXP_NAME (like SSH_FXP_REALPATH), not SSH_FXP_EXTENDED_REPLY
    """

    NAME: ClassVar[str] = "SftpExpandPathRequest"

    path: bytes


@dataclass(slots=True)
class SftpCopyDataRequest:
    """OpenSSH PROTOCOL §4.10 copy-data (draft-ietf-secsh-filexfer-extensions-00 §7): server-side copy between two open handles; read_data_length 0 means until EOF; answered by SSH_FXP_STATUS
    """

    NAME: ClassVar[str] = "SftpCopyDataRequest"

    read_from_handle: bytes
    read_from_offset: int
    read_data_length: int
    write_to_handle: bytes
    write_to_offset: int


@dataclass(slots=True)
class SftpHomeDirectoryRequest:
    """OpenSSH PROTOCOL §4.11 home-directory (draft-ietf-secsh-filexfer-extensions-00 §5): the named user's home directory, empty username for the current user; answered by SSH_FXP_NAME, not SSH_FXP_EXTENDED_REPLY
    """

    NAME: ClassVar[str] = "SftpHomeDirectoryRequest"

    username: bytes


@dataclass(slots=True)
class SftpIdList:
    """OpenSSH PROTOCOL §4.12: the content of the uids / gids string, packed uint32 ids (possibly none)
    """

    NAME: ClassVar[str] = "SftpIdList"

    ids: tuple[int, ...]


@dataclass(slots=True)
class SftpUsersGroupsByIdRequest:
    """OpenSSH PROTOCOL §4.12 users-groups-by-id@openssh.com: names for uids and gids; answered by SSH_FXP_EXTENDED_REPLY (SftpUsersGroupsByIdReply)
    """

    NAME: ClassVar[str] = "SftpUsersGroupsByIdRequest"

    uids: SftpIdList
    gids: SftpIdList


@dataclass(slots=True)
class SftpNameList:
    """OpenSSH PROTOCOL §4.12: the content of the usernames / groupnames string, one name per requested id in request order; an empty name means the id has none
    """

    NAME: ClassVar[str] = "SftpNameList"

    names: tuple[str, ...]


@dataclass(slots=True)
class SftpStatvfsReply:
    """OpenSSH PROTOCOL §4.4: statvfs@openssh.com result

    Attributes:
        f_bsize: file system block size
        f_frsize: fundamental file system block size
        f_blocks: number of blocks (unit f_frsize)
        f_bfree: free blocks in file system
        f_bavail: free blocks for non-root
        f_files: total file inodes
        f_ffree: free file inodes
        f_favail: free file inodes for non-root
        f_fsid: file system id
        f_flag: bit mask of SSH_FXE_STATVFS_ST_* values
        f_namemax: maximum filename length
    """

    NAME: ClassVar[str] = "SftpStatvfsReply"

    f_bsize: int
    f_frsize: int
    f_blocks: int
    f_bfree: int
    f_bavail: int
    f_files: int
    f_ffree: int
    f_favail: int
    f_fsid: int
    f_flag: int
    f_namemax: int


@dataclass(slots=True)
class SftpFstatvfsReply:
    """OpenSSH PROTOCOL §4.4: fstatvfs@openssh.com result (same layout as SftpStatvfsReply)

    Attributes:
        f_bsize: file system block size
        f_frsize: fundamental file system block size
        f_blocks: number of blocks (unit f_frsize)
        f_bfree: free blocks in file system
        f_bavail: free blocks for non-root
        f_files: total file inodes
        f_ffree: free file inodes
        f_favail: free file inodes for non-root
        f_fsid: file system id
        f_flag: bit mask of SSH_FXE_STATVFS_ST_* values
        f_namemax: maximum filename length
    """

    NAME: ClassVar[str] = "SftpFstatvfsReply"

    f_bsize: int
    f_frsize: int
    f_blocks: int
    f_bfree: int
    f_bavail: int
    f_files: int
    f_ffree: int
    f_favail: int
    f_fsid: int
    f_flag: int
    f_namemax: int


@dataclass(slots=True)
class SftpLimitsReply:
    """OpenSSH PROTOCOL §4.8: limits@openssh.com result; 0 in a field means the server sets no specific limit

    Attributes:
        max_packet_length: total bytes of one SFTP packet
        max_read_length: largest length in SSH_FXP_READ
        max_write_length: largest length in SSH_FXP_WRITE
        max_open_handles: most handles open at once
    """

    NAME: ClassVar[str] = "SftpLimitsReply"

    max_packet_length: int
    max_read_length: int
    max_write_length: int
    max_open_handles: int


@dataclass(slots=True)
class SftpUsersGroupsByIdReply:
    """OpenSSH PROTOCOL §4.12: users-groups-by-id@openssh.com result
    """

    NAME: ClassVar[str] = "SftpUsersGroupsByIdReply"

    usernames: SftpNameList
    groupnames: SftpNameList


@dataclass(slots=True)
class SftpInit:
    """draft-ietf-secsh-filexfer-02 §4: client hello

    Wire: SSH_FXP_INIT (1), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 1
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpInit"

    version: int
    extensions: tuple[SftpExtensionPair, ...]


@dataclass(slots=True)
class SftpVersion:
    """draft-ietf-secsh-filexfer-02 §4, OpenSSH PROTOCOL §4.2: server hello with its extension announcements

    Wire: SSH_FXP_VERSION (2), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 2
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpVersion"

    version: int
    extensions: tuple[SftpExtensionPair, ...]


@dataclass(slots=True)
class SftpOpen:
    """draft-ietf-secsh-filexfer-02 §6.3

    Wire: SSH_FXP_OPEN (3), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 3
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpOpen"

    request_id: int
    filename: bytes
    pflags: int
    attrs: SftpAttrs


@dataclass(slots=True)
class SftpClose:
    """draft-ietf-secsh-filexfer-02 §6.3

    Wire: SSH_FXP_CLOSE (4), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 4
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpClose"

    request_id: int
    handle: bytes


@dataclass(slots=True)
class SftpRead:
    """draft-ietf-secsh-filexfer-02 §6.4

    Wire: SSH_FXP_READ (5), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 5
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpRead"

    request_id: int
    handle: bytes
    offset: int
    length: int


@dataclass(slots=True)
class SftpWrite:
    """draft-ietf-secsh-filexfer-02 §6.4

    Wire: SSH_FXP_WRITE (6), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 6
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpWrite"

    request_id: int
    handle: bytes
    offset: int
    data: bytes | memoryview


@dataclass(slots=True)
class SftpLstat:
    """draft-ietf-secsh-filexfer-02 §6.8: attributes without following symlinks

    Wire: SSH_FXP_LSTAT (7), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 7
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpLstat"

    request_id: int
    path: bytes


@dataclass(slots=True)
class SftpFstat:
    """draft-ietf-secsh-filexfer-02 §6.8

    Wire: SSH_FXP_FSTAT (8), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 8
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpFstat"

    request_id: int
    handle: bytes


@dataclass(slots=True)
class SftpSetstat:
    """draft-ietf-secsh-filexfer-02 §6.9

    Wire: SSH_FXP_SETSTAT (9), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 9
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpSetstat"

    request_id: int
    path: bytes
    attrs: SftpAttrs


@dataclass(slots=True)
class SftpFsetstat:
    """draft-ietf-secsh-filexfer-02 §6.9

    Wire: SSH_FXP_FSETSTAT (10), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 10
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpFsetstat"

    request_id: int
    handle: bytes
    attrs: SftpAttrs


@dataclass(slots=True)
class SftpOpendir:
    """draft-ietf-secsh-filexfer-02 §6.7

    Wire: SSH_FXP_OPENDIR (11), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 11
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpOpendir"

    request_id: int
    path: bytes


@dataclass(slots=True)
class SftpReaddir:
    """draft-ietf-secsh-filexfer-02 §6.7

    Wire: SSH_FXP_READDIR (12), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 12
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpReaddir"

    request_id: int
    handle: bytes


@dataclass(slots=True)
class SftpRemove:
    """draft-ietf-secsh-filexfer-02 §6.5

    Wire: SSH_FXP_REMOVE (13), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 13
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpRemove"

    request_id: int
    filename: bytes


@dataclass(slots=True)
class SftpMkdir:
    """draft-ietf-secsh-filexfer-02 §6.6

    Wire: SSH_FXP_MKDIR (14), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 14
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpMkdir"

    request_id: int
    path: bytes
    attrs: SftpAttrs


@dataclass(slots=True)
class SftpRmdir:
    """draft-ietf-secsh-filexfer-02 §6.6

    Wire: SSH_FXP_RMDIR (15), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 15
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpRmdir"

    request_id: int
    path: bytes


@dataclass(slots=True)
class SftpRealpath:
    """draft-ietf-secsh-filexfer-02 §6.11: answered by SSH_FXP_NAME with one entry

    Wire: SSH_FXP_REALPATH (16), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 16
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpRealpath"

    request_id: int
    path: bytes


@dataclass(slots=True)
class SftpStat:
    """draft-ietf-secsh-filexfer-02 §6.8: attributes, following symlinks

    Wire: SSH_FXP_STAT (17), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 17
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpStat"

    request_id: int
    path: bytes


@dataclass(slots=True)
class SftpRename:
    """draft-ietf-secsh-filexfer-02 §6.5

    Wire: SSH_FXP_RENAME (18), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 18
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpRename"

    request_id: int
    oldpath: bytes
    newpath: bytes


@dataclass(slots=True)
class SftpReadlink:
    """draft-ietf-secsh-filexfer-02 §6.10: answered by SSH_FXP_NAME with one entry

    Wire: SSH_FXP_READLINK (19), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 19
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpReadlink"

    request_id: int
    path: bytes


@dataclass(slots=True)
class SftpSymlink:
    """draft-ietf-secsh-filexfer-02 §6.10 names the two strings linkpath, targetpath; OpenSSH PROTOCOL §4.1: OpenSSH's sftp-server reads them in the reverse order (targetpath, linkpath), and clients talking to it must send them so. The fields are therefore named by wire position only; which is which depends on the peer.

    Wire: SSH_FXP_SYMLINK (20), context ``sftp``.

    Attributes:
        first_path: draft: linkpath; OpenSSH: targetpath
        second_path: draft: targetpath; OpenSSH: linkpath
    """

    MSG_ID: ClassVar[int] = 20
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpSymlink"

    request_id: int
    first_path: bytes
    second_path: bytes


@dataclass(slots=True)
class SftpStatus:
    """draft-ietf-secsh-filexfer-02 §7. Version 3 always carries error_message and language_tag; OpenSSH's sftp-server leaves both out only for clients below version 3, which this codec does not speak.

    Wire: SSH_FXP_STATUS (101), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 101
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpStatus"

    request_id: int
    status_code: int
    error_message: str
    language_tag: bytes


@dataclass(slots=True)
class SftpHandle:
    """draft-ietf-secsh-filexfer-02 §7

    Wire: SSH_FXP_HANDLE (102), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 102
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpHandle"

    request_id: int
    handle: bytes


@dataclass(slots=True)
class SftpData:
    """draft-ietf-secsh-filexfer-02 §7

    Wire: SSH_FXP_DATA (103), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 103
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpData"

    request_id: int
    data: bytes | memoryview


@dataclass(slots=True)
class SftpName:
    """draft-ietf-secsh-filexfer-02 §7: reply to READDIR, REALPATH, READLINK (and to expand-path@openssh.com, home-directory)

    Wire: SSH_FXP_NAME (104), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 104
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpName"

    request_id: int
    entries: tuple[SftpNameEntry, ...]


@dataclass(slots=True)
class SftpAttrsReply:
    """draft-ietf-secsh-filexfer-02 §7: reply to STAT, LSTAT, FSTAT

    Wire: SSH_FXP_ATTRS (105), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 105
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpAttrsReply"

    request_id: int
    attrs: SftpAttrs


@dataclass(slots=True)
class SftpExtended:
    """draft-ietf-secsh-filexfer-02 §8; OpenSSH PROTOCOL §4.3-§4.12 for the named requests

    Wire: SSH_FXP_EXTENDED (200), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 200
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpExtended"

    request_id: int
    extended_request: str
    body: SftpPosixRenameRequest | SftpStatvfsRequest | SftpFstatvfsRequest | SftpHardlinkRequest | SftpFsyncRequest | SftpLsetstatRequest | SftpExpandPathRequest | SftpCopyDataRequest | SftpHomeDirectoryRequest | SftpUsersGroupsByIdRequest | bytes | None


@dataclass(slots=True)
class SftpExtendedReply:
    """draft-ietf-secsh-filexfer-02 §8: request-specific data, decoded against the pending SSH_FXP_EXTENDED (see the *Reply structs)

    Wire: SSH_FXP_EXTENDED_REPLY (201), context ``sftp``.
    """

    MSG_ID: ClassVar[int] = 201
    CONTEXT: ClassVar[str] = "sftp"
    NAME: ClassVar[str] = "SftpExtendedReply"

    request_id: int
    data: bytes


_S_BI = struct.Struct(">BI")
_S_BII = struct.Struct(">BII")
_S_BIII = struct.Struct(">BIII")
_S_I = struct.Struct(">I")
_S_Q = struct.Struct(">Q")
_S_QI = struct.Struct(">QI")
_S_QQI = struct.Struct(">QQI")
_S_QQQQ = struct.Struct(">QQQQ")
_S_QQQQQQQQQQQ = struct.Struct(">QQQQQQQQQQQ")


def decode_sftp_extended_attr(buf: bytes | memoryview) -> SftpExtendedAttr:
    """Decode a complete SftpExtendedAttr from ``buf``.

    Returns:
        The decoded SftpExtendedAttr; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SftpExtendedAttr', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpExtendedAttr', pos, 'string runs past the end of the data')
    f_extended_type = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpExtendedAttr', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SftpExtendedAttr', pos, 'string runs past the end of the data')
    f_extended_data = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('SftpExtendedAttr', pos, 'trailing bytes')
    return SftpExtendedAttr(f_extended_type, f_extended_data)


def _d_SftpExtendedAttr(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpExtendedAttr, int]:
    if end - pos < 4:
        raise DecodeError('SftpExtendedAttr', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpExtendedAttr', pos, 'string runs past the end of the data')
    f_extended_type = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpExtendedAttr', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SftpExtendedAttr', pos, 'string runs past the end of the data')
    f_extended_data = bytes(buf[pos:e4])
    pos = e4
    return SftpExtendedAttr(f_extended_type, f_extended_data), pos


def decode_sftp_extended_attr_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpExtendedAttr, int]:
    """Decode one SftpExtendedAttr at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpExtendedAttr', pos, 'position outside the buffer')
    return _d_SftpExtendedAttr(buf, pos, end)


def encode_sftp_extended_attr(obj: SftpExtendedAttr) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.extended_type
        v2 = obj.extended_data
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpExtendedAttr', str(exc)) from None


def _e_SftpExtendedAttr(obj: SftpExtendedAttr, parts: list[bytes | memoryview]) -> None:
    v1 = obj.extended_type
    v2 = obj.extended_data
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_sftp_attrs(buf: bytes | memoryview) -> SftpAttrs:
    """Decode a complete SftpAttrs from ``buf``.

    Returns:
        The decoded SftpAttrs; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SftpAttrs', pos, 'truncated')
    (f_flags,) = _S_I.unpack_from(buf, pos)
    pos += 4
    if f_flags & 0x1:
        if end - pos < 8:
            raise DecodeError('SftpAttrs', pos, 'truncated')
        (f_size,) = _S_Q.unpack_from(buf, pos)
        pos += 8
    else:
        f_size = None
    if f_flags & 0x2:
        if end - pos < 4:
            raise DecodeError('SftpAttrs', pos, 'truncated')
        (f_uid,) = _S_I.unpack_from(buf, pos)
        pos += 4
    else:
        f_uid = None
    if f_flags & 0x2:
        if end - pos < 4:
            raise DecodeError('SftpAttrs', pos, 'truncated')
        (f_gid,) = _S_I.unpack_from(buf, pos)
        pos += 4
    else:
        f_gid = None
    if f_flags & 0x4:
        if end - pos < 4:
            raise DecodeError('SftpAttrs', pos, 'truncated')
        (f_permissions,) = _S_I.unpack_from(buf, pos)
        pos += 4
    else:
        f_permissions = None
    if f_flags & 0x8:
        if end - pos < 4:
            raise DecodeError('SftpAttrs', pos, 'truncated')
        (f_atime,) = _S_I.unpack_from(buf, pos)
        pos += 4
    else:
        f_atime = None
    if f_flags & 0x8:
        if end - pos < 4:
            raise DecodeError('SftpAttrs', pos, 'truncated')
        (f_mtime,) = _S_I.unpack_from(buf, pos)
        pos += 4
    else:
        f_mtime = None
    if f_flags & 0x80000000:
        if end - pos < 4:
            raise DecodeError('SftpAttrs', pos, 'truncated')
        (count2,) = _S_I.unpack_from(buf, pos)
        pos += 4
        items1 = []
        if count2 > (end - pos) // 8:
            raise DecodeError('SftpAttrs', pos, 'element count exceeds the data')
        for _ in range(count2):
            item3, pos = _d_SftpExtendedAttr(buf, pos, end)
            items1.append(item3)
        f_extended = tuple(items1)
    else:
        f_extended = None
    if pos != end:
        raise DecodeError('SftpAttrs', pos, 'trailing bytes')
    return SftpAttrs(f_flags, f_size, f_uid, f_gid, f_permissions, f_atime, f_mtime, f_extended)


def _d_SftpAttrs(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpAttrs, int]:
    if end - pos < 4:
        raise DecodeError('SftpAttrs', pos, 'truncated')
    (f_flags,) = _S_I.unpack_from(buf, pos)
    pos += 4
    if f_flags & 0x1:
        if end - pos < 8:
            raise DecodeError('SftpAttrs', pos, 'truncated')
        (f_size,) = _S_Q.unpack_from(buf, pos)
        pos += 8
    else:
        f_size = None
    if f_flags & 0x2:
        if end - pos < 4:
            raise DecodeError('SftpAttrs', pos, 'truncated')
        (f_uid,) = _S_I.unpack_from(buf, pos)
        pos += 4
    else:
        f_uid = None
    if f_flags & 0x2:
        if end - pos < 4:
            raise DecodeError('SftpAttrs', pos, 'truncated')
        (f_gid,) = _S_I.unpack_from(buf, pos)
        pos += 4
    else:
        f_gid = None
    if f_flags & 0x4:
        if end - pos < 4:
            raise DecodeError('SftpAttrs', pos, 'truncated')
        (f_permissions,) = _S_I.unpack_from(buf, pos)
        pos += 4
    else:
        f_permissions = None
    if f_flags & 0x8:
        if end - pos < 4:
            raise DecodeError('SftpAttrs', pos, 'truncated')
        (f_atime,) = _S_I.unpack_from(buf, pos)
        pos += 4
    else:
        f_atime = None
    if f_flags & 0x8:
        if end - pos < 4:
            raise DecodeError('SftpAttrs', pos, 'truncated')
        (f_mtime,) = _S_I.unpack_from(buf, pos)
        pos += 4
    else:
        f_mtime = None
    if f_flags & 0x80000000:
        if end - pos < 4:
            raise DecodeError('SftpAttrs', pos, 'truncated')
        (count2,) = _S_I.unpack_from(buf, pos)
        pos += 4
        items1 = []
        if count2 > (end - pos) // 8:
            raise DecodeError('SftpAttrs', pos, 'element count exceeds the data')
        for _ in range(count2):
            item3, pos = _d_SftpExtendedAttr(buf, pos, end)
            items1.append(item3)
        f_extended = tuple(items1)
    else:
        f_extended = None
    return SftpAttrs(f_flags, f_size, f_uid, f_gid, f_permissions, f_atime, f_mtime, f_extended), pos


def decode_sftp_attrs_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpAttrs, int]:
    """Decode one SftpAttrs at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpAttrs', pos, 'position outside the buffer')
    return _d_SftpAttrs(buf, pos, end)


def encode_sftp_attrs(obj: SftpAttrs) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        parts.append(_S_I.pack(obj.flags))
        v1 = obj.size
        if obj.flags & 0x1:
            if v1 is None:
                raise EncodeError('SftpAttrs', 'size is required when obj.flags & 0x1')
            parts.append(_S_Q.pack(v1))
        elif v1 is not None:
            raise EncodeError('SftpAttrs', 'size must be None unless obj.flags & 0x1')
        v2 = obj.uid
        if obj.flags & 0x2:
            if v2 is None:
                raise EncodeError('SftpAttrs', 'uid is required when obj.flags & 0x2')
            parts.append(_S_I.pack(v2))
        elif v2 is not None:
            raise EncodeError('SftpAttrs', 'uid must be None unless obj.flags & 0x2')
        v3 = obj.gid
        if obj.flags & 0x2:
            if v3 is None:
                raise EncodeError('SftpAttrs', 'gid is required when obj.flags & 0x2')
            parts.append(_S_I.pack(v3))
        elif v3 is not None:
            raise EncodeError('SftpAttrs', 'gid must be None unless obj.flags & 0x2')
        v4 = obj.permissions
        if obj.flags & 0x4:
            if v4 is None:
                raise EncodeError('SftpAttrs', 'permissions is required when obj.flags & 0x4')
            parts.append(_S_I.pack(v4))
        elif v4 is not None:
            raise EncodeError('SftpAttrs', 'permissions must be None unless obj.flags & 0x4')
        v5 = obj.atime
        if obj.flags & 0x8:
            if v5 is None:
                raise EncodeError('SftpAttrs', 'atime is required when obj.flags & 0x8')
            parts.append(_S_I.pack(v5))
        elif v5 is not None:
            raise EncodeError('SftpAttrs', 'atime must be None unless obj.flags & 0x8')
        v6 = obj.mtime
        if obj.flags & 0x8:
            if v6 is None:
                raise EncodeError('SftpAttrs', 'mtime is required when obj.flags & 0x8')
            parts.append(_S_I.pack(v6))
        elif v6 is not None:
            raise EncodeError('SftpAttrs', 'mtime must be None unless obj.flags & 0x8')
        v7 = obj.extended
        if obj.flags & 0x80000000:
            if v7 is None:
                raise EncodeError('SftpAttrs', 'extended is required when obj.flags & 0x80000000')
            lst8 = v7
            parts.append(_S_I.pack(len(lst8)))
            for it9 in lst8:
                _e_SftpExtendedAttr(it9, parts)
        elif v7 is not None:
            raise EncodeError('SftpAttrs', 'extended must be None unless obj.flags & 0x80000000')
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpAttrs', str(exc)) from None


def _e_SftpAttrs(obj: SftpAttrs, parts: list[bytes | memoryview]) -> None:
    parts.append(_S_I.pack(obj.flags))
    v1 = obj.size
    if obj.flags & 0x1:
        if v1 is None:
            raise EncodeError('SftpAttrs', 'size is required when obj.flags & 0x1')
        parts.append(_S_Q.pack(v1))
    elif v1 is not None:
        raise EncodeError('SftpAttrs', 'size must be None unless obj.flags & 0x1')
    v2 = obj.uid
    if obj.flags & 0x2:
        if v2 is None:
            raise EncodeError('SftpAttrs', 'uid is required when obj.flags & 0x2')
        parts.append(_S_I.pack(v2))
    elif v2 is not None:
        raise EncodeError('SftpAttrs', 'uid must be None unless obj.flags & 0x2')
    v3 = obj.gid
    if obj.flags & 0x2:
        if v3 is None:
            raise EncodeError('SftpAttrs', 'gid is required when obj.flags & 0x2')
        parts.append(_S_I.pack(v3))
    elif v3 is not None:
        raise EncodeError('SftpAttrs', 'gid must be None unless obj.flags & 0x2')
    v4 = obj.permissions
    if obj.flags & 0x4:
        if v4 is None:
            raise EncodeError('SftpAttrs', 'permissions is required when obj.flags & 0x4')
        parts.append(_S_I.pack(v4))
    elif v4 is not None:
        raise EncodeError('SftpAttrs', 'permissions must be None unless obj.flags & 0x4')
    v5 = obj.atime
    if obj.flags & 0x8:
        if v5 is None:
            raise EncodeError('SftpAttrs', 'atime is required when obj.flags & 0x8')
        parts.append(_S_I.pack(v5))
    elif v5 is not None:
        raise EncodeError('SftpAttrs', 'atime must be None unless obj.flags & 0x8')
    v6 = obj.mtime
    if obj.flags & 0x8:
        if v6 is None:
            raise EncodeError('SftpAttrs', 'mtime is required when obj.flags & 0x8')
        parts.append(_S_I.pack(v6))
    elif v6 is not None:
        raise EncodeError('SftpAttrs', 'mtime must be None unless obj.flags & 0x8')
    v7 = obj.extended
    if obj.flags & 0x80000000:
        if v7 is None:
            raise EncodeError('SftpAttrs', 'extended is required when obj.flags & 0x80000000')
        lst8 = v7
        parts.append(_S_I.pack(len(lst8)))
        for it9 in lst8:
            _e_SftpExtendedAttr(it9, parts)
    elif v7 is not None:
        raise EncodeError('SftpAttrs', 'extended must be None unless obj.flags & 0x80000000')


def decode_sftp_extension_pair(buf: bytes | memoryview) -> SftpExtensionPair:
    """Decode a complete SftpExtensionPair from ``buf``.

    Returns:
        The decoded SftpExtensionPair; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SftpExtensionPair', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpExtensionPair', pos, 'string runs past the end of the data')
    f_name = _name(buf[pos:e2], 'SftpExtensionPair', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpExtensionPair', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SftpExtensionPair', pos, 'string runs past the end of the data')
    f_data = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('SftpExtensionPair', pos, 'trailing bytes')
    return SftpExtensionPair(f_name, f_data)


def _d_SftpExtensionPair(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpExtensionPair, int]:
    if end - pos < 4:
        raise DecodeError('SftpExtensionPair', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpExtensionPair', pos, 'string runs past the end of the data')
    f_name = _name(buf[pos:e2], 'SftpExtensionPair', pos)
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpExtensionPair', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SftpExtensionPair', pos, 'string runs past the end of the data')
    f_data = bytes(buf[pos:e4])
    pos = e4
    return SftpExtensionPair(f_name, f_data), pos


def decode_sftp_extension_pair_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpExtensionPair, int]:
    """Decode one SftpExtensionPair at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpExtensionPair', pos, 'position outside the buffer')
    return _d_SftpExtensionPair(buf, pos, end)


def encode_sftp_extension_pair(obj: SftpExtensionPair) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = _enc_name(obj.name, 'SftpExtensionPair')
        v2 = obj.data
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpExtensionPair', str(exc)) from None


def _e_SftpExtensionPair(obj: SftpExtensionPair, parts: list[bytes | memoryview]) -> None:
    v1 = _enc_name(obj.name, 'SftpExtensionPair')
    v2 = obj.data
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_sftp_name_entry(buf: bytes | memoryview) -> SftpNameEntry:
    """Decode a complete SftpNameEntry from ``buf``.

    Returns:
        The decoded SftpNameEntry; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SftpNameEntry', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpNameEntry', pos, 'string runs past the end of the data')
    f_filename = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpNameEntry', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SftpNameEntry', pos, 'string runs past the end of the data')
    f_longname = bytes(buf[pos:e4])
    pos = e4
    f_attrs, pos = _d_SftpAttrs(buf, pos, end)
    if pos != end:
        raise DecodeError('SftpNameEntry', pos, 'trailing bytes')
    return SftpNameEntry(f_filename, f_longname, f_attrs)


def _d_SftpNameEntry(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpNameEntry, int]:
    if end - pos < 4:
        raise DecodeError('SftpNameEntry', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpNameEntry', pos, 'string runs past the end of the data')
    f_filename = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpNameEntry', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SftpNameEntry', pos, 'string runs past the end of the data')
    f_longname = bytes(buf[pos:e4])
    pos = e4
    f_attrs, pos = _d_SftpAttrs(buf, pos, end)
    return SftpNameEntry(f_filename, f_longname, f_attrs), pos


def decode_sftp_name_entry_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpNameEntry, int]:
    """Decode one SftpNameEntry at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpNameEntry', pos, 'position outside the buffer')
    return _d_SftpNameEntry(buf, pos, end)


def encode_sftp_name_entry(obj: SftpNameEntry) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = obj.filename
        v2 = obj.longname
        parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)
        _e_SftpAttrs(obj.attrs, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpNameEntry', str(exc)) from None


def _e_SftpNameEntry(obj: SftpNameEntry, parts: list[bytes | memoryview]) -> None:
    v1 = obj.filename
    v2 = obj.longname
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)
    _e_SftpAttrs(obj.attrs, parts)


def decode_sftp_posix_rename_request(buf: bytes | memoryview) -> SftpPosixRenameRequest:
    """Decode a complete SftpPosixRenameRequest from ``buf``.

    Returns:
        The decoded SftpPosixRenameRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SftpPosixRenameRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpPosixRenameRequest', pos, 'string runs past the end of the data')
    f_oldpath = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpPosixRenameRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SftpPosixRenameRequest', pos, 'string runs past the end of the data')
    f_newpath = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('SftpPosixRenameRequest', pos, 'trailing bytes')
    return SftpPosixRenameRequest(f_oldpath, f_newpath)


def _d_SftpPosixRenameRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpPosixRenameRequest, int]:
    if end - pos < 4:
        raise DecodeError('SftpPosixRenameRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpPosixRenameRequest', pos, 'string runs past the end of the data')
    f_oldpath = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpPosixRenameRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SftpPosixRenameRequest', pos, 'string runs past the end of the data')
    f_newpath = bytes(buf[pos:e4])
    pos = e4
    return SftpPosixRenameRequest(f_oldpath, f_newpath), pos


def decode_sftp_posix_rename_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpPosixRenameRequest, int]:
    """Decode one SftpPosixRenameRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpPosixRenameRequest', pos, 'position outside the buffer')
    return _d_SftpPosixRenameRequest(buf, pos, end)


def encode_sftp_posix_rename_request(obj: SftpPosixRenameRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.oldpath
        v2 = obj.newpath
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpPosixRenameRequest', str(exc)) from None


def _e_SftpPosixRenameRequest(obj: SftpPosixRenameRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.oldpath
    v2 = obj.newpath
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_sftp_statvfs_request(buf: bytes | memoryview) -> SftpStatvfsRequest:
    """Decode a complete SftpStatvfsRequest from ``buf``.

    Returns:
        The decoded SftpStatvfsRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SftpStatvfsRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpStatvfsRequest', pos, 'string runs past the end of the data')
    f_path = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('SftpStatvfsRequest', pos, 'trailing bytes')
    return SftpStatvfsRequest(f_path)


def _d_SftpStatvfsRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpStatvfsRequest, int]:
    if end - pos < 4:
        raise DecodeError('SftpStatvfsRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpStatvfsRequest', pos, 'string runs past the end of the data')
    f_path = bytes(buf[pos:e2])
    pos = e2
    return SftpStatvfsRequest(f_path), pos


def decode_sftp_statvfs_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpStatvfsRequest, int]:
    """Decode one SftpStatvfsRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpStatvfsRequest', pos, 'position outside the buffer')
    return _d_SftpStatvfsRequest(buf, pos, end)


def encode_sftp_statvfs_request(obj: SftpStatvfsRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.path
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpStatvfsRequest', str(exc)) from None


def _e_SftpStatvfsRequest(obj: SftpStatvfsRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.path
    parts += (_S_I.pack(len(v1)), v1,)


def decode_sftp_fstatvfs_request(buf: bytes | memoryview) -> SftpFstatvfsRequest:
    """Decode a complete SftpFstatvfsRequest from ``buf``.

    Returns:
        The decoded SftpFstatvfsRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SftpFstatvfsRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpFstatvfsRequest', pos, 'string runs past the end of the data')
    f_handle = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('SftpFstatvfsRequest', pos, 'trailing bytes')
    return SftpFstatvfsRequest(f_handle)


def _d_SftpFstatvfsRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpFstatvfsRequest, int]:
    if end - pos < 4:
        raise DecodeError('SftpFstatvfsRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpFstatvfsRequest', pos, 'string runs past the end of the data')
    f_handle = bytes(buf[pos:e2])
    pos = e2
    return SftpFstatvfsRequest(f_handle), pos


def decode_sftp_fstatvfs_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpFstatvfsRequest, int]:
    """Decode one SftpFstatvfsRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpFstatvfsRequest', pos, 'position outside the buffer')
    return _d_SftpFstatvfsRequest(buf, pos, end)


def encode_sftp_fstatvfs_request(obj: SftpFstatvfsRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.handle
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpFstatvfsRequest', str(exc)) from None


def _e_SftpFstatvfsRequest(obj: SftpFstatvfsRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.handle
    parts += (_S_I.pack(len(v1)), v1,)


def decode_sftp_hardlink_request(buf: bytes | memoryview) -> SftpHardlinkRequest:
    """Decode a complete SftpHardlinkRequest from ``buf``.

    Returns:
        The decoded SftpHardlinkRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SftpHardlinkRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpHardlinkRequest', pos, 'string runs past the end of the data')
    f_oldpath = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpHardlinkRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SftpHardlinkRequest', pos, 'string runs past the end of the data')
    f_newpath = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('SftpHardlinkRequest', pos, 'trailing bytes')
    return SftpHardlinkRequest(f_oldpath, f_newpath)


def _d_SftpHardlinkRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpHardlinkRequest, int]:
    if end - pos < 4:
        raise DecodeError('SftpHardlinkRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpHardlinkRequest', pos, 'string runs past the end of the data')
    f_oldpath = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpHardlinkRequest', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SftpHardlinkRequest', pos, 'string runs past the end of the data')
    f_newpath = bytes(buf[pos:e4])
    pos = e4
    return SftpHardlinkRequest(f_oldpath, f_newpath), pos


def decode_sftp_hardlink_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpHardlinkRequest, int]:
    """Decode one SftpHardlinkRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpHardlinkRequest', pos, 'position outside the buffer')
    return _d_SftpHardlinkRequest(buf, pos, end)


def encode_sftp_hardlink_request(obj: SftpHardlinkRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.oldpath
        v2 = obj.newpath
        return _S_I.pack(len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpHardlinkRequest', str(exc)) from None


def _e_SftpHardlinkRequest(obj: SftpHardlinkRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.oldpath
    v2 = obj.newpath
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v2)), v2,)


def decode_sftp_fsync_request(buf: bytes | memoryview) -> SftpFsyncRequest:
    """Decode a complete SftpFsyncRequest from ``buf``.

    Returns:
        The decoded SftpFsyncRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SftpFsyncRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpFsyncRequest', pos, 'string runs past the end of the data')
    f_handle = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('SftpFsyncRequest', pos, 'trailing bytes')
    return SftpFsyncRequest(f_handle)


def _d_SftpFsyncRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpFsyncRequest, int]:
    if end - pos < 4:
        raise DecodeError('SftpFsyncRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpFsyncRequest', pos, 'string runs past the end of the data')
    f_handle = bytes(buf[pos:e2])
    pos = e2
    return SftpFsyncRequest(f_handle), pos


def decode_sftp_fsync_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpFsyncRequest, int]:
    """Decode one SftpFsyncRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpFsyncRequest', pos, 'position outside the buffer')
    return _d_SftpFsyncRequest(buf, pos, end)


def encode_sftp_fsync_request(obj: SftpFsyncRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.handle
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpFsyncRequest', str(exc)) from None


def _e_SftpFsyncRequest(obj: SftpFsyncRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.handle
    parts += (_S_I.pack(len(v1)), v1,)


def decode_sftp_lsetstat_request(buf: bytes | memoryview) -> SftpLsetstatRequest:
    """Decode a complete SftpLsetstatRequest from ``buf``.

    Returns:
        The decoded SftpLsetstatRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SftpLsetstatRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpLsetstatRequest', pos, 'string runs past the end of the data')
    f_path = bytes(buf[pos:e2])
    pos = e2
    f_attrs, pos = _d_SftpAttrs(buf, pos, end)
    if pos != end:
        raise DecodeError('SftpLsetstatRequest', pos, 'trailing bytes')
    return SftpLsetstatRequest(f_path, f_attrs)


def _d_SftpLsetstatRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpLsetstatRequest, int]:
    if end - pos < 4:
        raise DecodeError('SftpLsetstatRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpLsetstatRequest', pos, 'string runs past the end of the data')
    f_path = bytes(buf[pos:e2])
    pos = e2
    f_attrs, pos = _d_SftpAttrs(buf, pos, end)
    return SftpLsetstatRequest(f_path, f_attrs), pos


def decode_sftp_lsetstat_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpLsetstatRequest, int]:
    """Decode one SftpLsetstatRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpLsetstatRequest', pos, 'position outside the buffer')
    return _d_SftpLsetstatRequest(buf, pos, end)


def encode_sftp_lsetstat_request(obj: SftpLsetstatRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = obj.path
        parts += (_S_I.pack(len(v1)), v1,)
        _e_SftpAttrs(obj.attrs, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpLsetstatRequest', str(exc)) from None


def _e_SftpLsetstatRequest(obj: SftpLsetstatRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.path
    parts += (_S_I.pack(len(v1)), v1,)
    _e_SftpAttrs(obj.attrs, parts)


def decode_sftp_expand_path_request(buf: bytes | memoryview) -> SftpExpandPathRequest:
    """Decode a complete SftpExpandPathRequest from ``buf``.

    Returns:
        The decoded SftpExpandPathRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SftpExpandPathRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpExpandPathRequest', pos, 'string runs past the end of the data')
    f_path = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('SftpExpandPathRequest', pos, 'trailing bytes')
    return SftpExpandPathRequest(f_path)


def _d_SftpExpandPathRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpExpandPathRequest, int]:
    if end - pos < 4:
        raise DecodeError('SftpExpandPathRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpExpandPathRequest', pos, 'string runs past the end of the data')
    f_path = bytes(buf[pos:e2])
    pos = e2
    return SftpExpandPathRequest(f_path), pos


def decode_sftp_expand_path_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpExpandPathRequest, int]:
    """Decode one SftpExpandPathRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpExpandPathRequest', pos, 'position outside the buffer')
    return _d_SftpExpandPathRequest(buf, pos, end)


def encode_sftp_expand_path_request(obj: SftpExpandPathRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.path
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpExpandPathRequest', str(exc)) from None


def _e_SftpExpandPathRequest(obj: SftpExpandPathRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.path
    parts += (_S_I.pack(len(v1)), v1,)


def decode_sftp_copy_data_request(buf: bytes | memoryview) -> SftpCopyDataRequest:
    """Decode a complete SftpCopyDataRequest from ``buf``.

    Returns:
        The decoded SftpCopyDataRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SftpCopyDataRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpCopyDataRequest', pos, 'string runs past the end of the data')
    f_read_from_handle = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 20:
        raise DecodeError('SftpCopyDataRequest', pos, 'truncated')
    f_read_from_offset, f_read_data_length, n3 = _S_QQI.unpack_from(buf, pos)
    pos += 20
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SftpCopyDataRequest', pos, 'string runs past the end of the data')
    f_write_to_handle = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 8:
        raise DecodeError('SftpCopyDataRequest', pos, 'truncated')
    (f_write_to_offset,) = _S_Q.unpack_from(buf, pos)
    pos += 8
    if pos != end:
        raise DecodeError('SftpCopyDataRequest', pos, 'trailing bytes')
    return SftpCopyDataRequest(f_read_from_handle, f_read_from_offset, f_read_data_length, f_write_to_handle, f_write_to_offset)


def _d_SftpCopyDataRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpCopyDataRequest, int]:
    if end - pos < 4:
        raise DecodeError('SftpCopyDataRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpCopyDataRequest', pos, 'string runs past the end of the data')
    f_read_from_handle = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 20:
        raise DecodeError('SftpCopyDataRequest', pos, 'truncated')
    f_read_from_offset, f_read_data_length, n3 = _S_QQI.unpack_from(buf, pos)
    pos += 20
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SftpCopyDataRequest', pos, 'string runs past the end of the data')
    f_write_to_handle = bytes(buf[pos:e4])
    pos = e4
    if end - pos < 8:
        raise DecodeError('SftpCopyDataRequest', pos, 'truncated')
    (f_write_to_offset,) = _S_Q.unpack_from(buf, pos)
    pos += 8
    return SftpCopyDataRequest(f_read_from_handle, f_read_from_offset, f_read_data_length, f_write_to_handle, f_write_to_offset), pos


def decode_sftp_copy_data_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpCopyDataRequest, int]:
    """Decode one SftpCopyDataRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpCopyDataRequest', pos, 'position outside the buffer')
    return _d_SftpCopyDataRequest(buf, pos, end)


def encode_sftp_copy_data_request(obj: SftpCopyDataRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.read_from_handle
        v2 = obj.write_to_handle
        return _S_I.pack(len(v1)) + v1 + _S_QQI.pack(obj.read_from_offset, obj.read_data_length, len(v2)) + v2 + _S_Q.pack(obj.write_to_offset)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpCopyDataRequest', str(exc)) from None


def _e_SftpCopyDataRequest(obj: SftpCopyDataRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.read_from_handle
    v2 = obj.write_to_handle
    parts += (_S_I.pack(len(v1)), v1, _S_QQI.pack(obj.read_from_offset, obj.read_data_length, len(v2)), v2, _S_Q.pack(obj.write_to_offset),)


def decode_sftp_home_directory_request(buf: bytes | memoryview) -> SftpHomeDirectoryRequest:
    """Decode a complete SftpHomeDirectoryRequest from ``buf``.

    Returns:
        The decoded SftpHomeDirectoryRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SftpHomeDirectoryRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpHomeDirectoryRequest', pos, 'string runs past the end of the data')
    f_username = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('SftpHomeDirectoryRequest', pos, 'trailing bytes')
    return SftpHomeDirectoryRequest(f_username)


def _d_SftpHomeDirectoryRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpHomeDirectoryRequest, int]:
    if end - pos < 4:
        raise DecodeError('SftpHomeDirectoryRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpHomeDirectoryRequest', pos, 'string runs past the end of the data')
    f_username = bytes(buf[pos:e2])
    pos = e2
    return SftpHomeDirectoryRequest(f_username), pos


def decode_sftp_home_directory_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpHomeDirectoryRequest, int]:
    """Decode one SftpHomeDirectoryRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpHomeDirectoryRequest', pos, 'position outside the buffer')
    return _d_SftpHomeDirectoryRequest(buf, pos, end)


def encode_sftp_home_directory_request(obj: SftpHomeDirectoryRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.username
        return _S_I.pack(len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpHomeDirectoryRequest', str(exc)) from None


def _e_SftpHomeDirectoryRequest(obj: SftpHomeDirectoryRequest, parts: list[bytes | memoryview]) -> None:
    v1 = obj.username
    parts += (_S_I.pack(len(v1)), v1,)


def decode_sftp_id_list(buf: bytes | memoryview) -> SftpIdList:
    """Decode a complete SftpIdList from ``buf``.

    Returns:
        The decoded SftpIdList; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    items1 = []
    while pos < end:
        if end - pos < 4:
            raise DecodeError('SftpIdList', pos, 'truncated')
        (item2,) = _S_I.unpack_from(buf, pos)
        pos += 4
        items1.append(item2)
    f_ids = tuple(items1)
    if pos != end:
        raise DecodeError('SftpIdList', pos, 'trailing bytes')
    return SftpIdList(f_ids)


def _d_SftpIdList(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpIdList, int]:
    items1 = []
    while pos < end:
        if end - pos < 4:
            raise DecodeError('SftpIdList', pos, 'truncated')
        (item2,) = _S_I.unpack_from(buf, pos)
        pos += 4
        items1.append(item2)
    f_ids = tuple(items1)
    return SftpIdList(f_ids), pos


def decode_sftp_id_list_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpIdList, int]:
    """Decode one SftpIdList at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpIdList', pos, 'position outside the buffer')
    return _d_SftpIdList(buf, pos, end)


def encode_sftp_id_list(obj: SftpIdList) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.ids
        for it2 in lst1:
            parts.append(_S_I.pack(it2))
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpIdList', str(exc)) from None


def _e_SftpIdList(obj: SftpIdList, parts: list[bytes | memoryview]) -> None:
    lst1 = obj.ids
    for it2 in lst1:
        parts.append(_S_I.pack(it2))


def decode_sftp_users_groups_by_id_request(buf: bytes | memoryview) -> SftpUsersGroupsByIdRequest:
    """Decode a complete SftpUsersGroupsByIdRequest from ``buf``.

    Returns:
        The decoded SftpUsersGroupsByIdRequest; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SftpUsersGroupsByIdRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpUsersGroupsByIdRequest', pos, 'string runs past the end of the data')
    f_uids, p3 = _d_SftpIdList(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('SftpIdList', p3, 'trailing bytes')
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpUsersGroupsByIdRequest', pos, 'truncated')
    (n4,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e5 = pos + n4
    if e5 > end:
        raise DecodeError('SftpUsersGroupsByIdRequest', pos, 'string runs past the end of the data')
    f_gids, p6 = _d_SftpIdList(buf, pos, e5)
    if p6 != e5:
        raise DecodeError('SftpIdList', p6, 'trailing bytes')
    pos = e5
    if pos != end:
        raise DecodeError('SftpUsersGroupsByIdRequest', pos, 'trailing bytes')
    return SftpUsersGroupsByIdRequest(f_uids, f_gids)


def _d_SftpUsersGroupsByIdRequest(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpUsersGroupsByIdRequest, int]:
    if end - pos < 4:
        raise DecodeError('SftpUsersGroupsByIdRequest', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpUsersGroupsByIdRequest', pos, 'string runs past the end of the data')
    f_uids, p3 = _d_SftpIdList(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('SftpIdList', p3, 'trailing bytes')
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpUsersGroupsByIdRequest', pos, 'truncated')
    (n4,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e5 = pos + n4
    if e5 > end:
        raise DecodeError('SftpUsersGroupsByIdRequest', pos, 'string runs past the end of the data')
    f_gids, p6 = _d_SftpIdList(buf, pos, e5)
    if p6 != e5:
        raise DecodeError('SftpIdList', p6, 'trailing bytes')
    pos = e5
    return SftpUsersGroupsByIdRequest(f_uids, f_gids), pos


def decode_sftp_users_groups_by_id_request_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpUsersGroupsByIdRequest, int]:
    """Decode one SftpUsersGroupsByIdRequest at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpUsersGroupsByIdRequest', pos, 'position outside the buffer')
    return _d_SftpUsersGroupsByIdRequest(buf, pos, end)


def encode_sftp_users_groups_by_id_request(obj: SftpUsersGroupsByIdRequest) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        sub2: list[bytes | memoryview] = []
        _e_SftpIdList(obj.uids, sub2)
        v1 = b''.join(sub2)
        sub4: list[bytes | memoryview] = []
        _e_SftpIdList(obj.gids, sub4)
        v3 = b''.join(sub4)
        parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v3)), v3,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpUsersGroupsByIdRequest', str(exc)) from None


def _e_SftpUsersGroupsByIdRequest(obj: SftpUsersGroupsByIdRequest, parts: list[bytes | memoryview]) -> None:
    sub2: list[bytes | memoryview] = []
    _e_SftpIdList(obj.uids, sub2)
    v1 = b''.join(sub2)
    sub4: list[bytes | memoryview] = []
    _e_SftpIdList(obj.gids, sub4)
    v3 = b''.join(sub4)
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v3)), v3,)


def decode_sftp_name_list(buf: bytes | memoryview) -> SftpNameList:
    """Decode a complete SftpNameList from ``buf``.

    Returns:
        The decoded SftpNameList; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    items1 = []
    while pos < end:
        if end - pos < 4:
            raise DecodeError('SftpNameList', pos, 'truncated')
        (n3,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e4 = pos + n3
        if e4 > end:
            raise DecodeError('SftpNameList', pos, 'string runs past the end of the data')
        item2 = _utf8(buf, pos, e4, 'SftpNameList')
        pos = e4
        items1.append(item2)
    f_names = tuple(items1)
    if pos != end:
        raise DecodeError('SftpNameList', pos, 'trailing bytes')
    return SftpNameList(f_names)


def _d_SftpNameList(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpNameList, int]:
    items1 = []
    while pos < end:
        if end - pos < 4:
            raise DecodeError('SftpNameList', pos, 'truncated')
        (n3,) = _S_I.unpack_from(buf, pos)
        pos += 4
        e4 = pos + n3
        if e4 > end:
            raise DecodeError('SftpNameList', pos, 'string runs past the end of the data')
        item2 = _utf8(buf, pos, e4, 'SftpNameList')
        pos = e4
        items1.append(item2)
    f_names = tuple(items1)
    return SftpNameList(f_names), pos


def decode_sftp_name_list_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpNameList, int]:
    """Decode one SftpNameList at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpNameList', pos, 'position outside the buffer')
    return _d_SftpNameList(buf, pos, end)


def encode_sftp_name_list(obj: SftpNameList) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.names
        for it2 in lst1:
            v3 = it2.encode('utf-8')
            parts += (_S_I.pack(len(v3)), v3,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpNameList', str(exc)) from None


def _e_SftpNameList(obj: SftpNameList, parts: list[bytes | memoryview]) -> None:
    lst1 = obj.names
    for it2 in lst1:
        v3 = it2.encode('utf-8')
        parts += (_S_I.pack(len(v3)), v3,)


def decode_sftp_statvfs_reply(buf: bytes | memoryview) -> SftpStatvfsReply:
    """Decode a complete SftpStatvfsReply from ``buf``.

    Returns:
        The decoded SftpStatvfsReply; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 88:
        raise DecodeError('SftpStatvfsReply', pos, 'truncated')
    f_f_bsize, f_f_frsize, f_f_blocks, f_f_bfree, f_f_bavail, f_f_files, f_f_ffree, f_f_favail, f_f_fsid, f_f_flag, f_f_namemax = _S_QQQQQQQQQQQ.unpack_from(buf, pos)
    pos += 88
    if pos != end:
        raise DecodeError('SftpStatvfsReply', pos, 'trailing bytes')
    return SftpStatvfsReply(f_f_bsize, f_f_frsize, f_f_blocks, f_f_bfree, f_f_bavail, f_f_files, f_f_ffree, f_f_favail, f_f_fsid, f_f_flag, f_f_namemax)


def _d_SftpStatvfsReply(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpStatvfsReply, int]:
    if end - pos < 88:
        raise DecodeError('SftpStatvfsReply', pos, 'truncated')
    f_f_bsize, f_f_frsize, f_f_blocks, f_f_bfree, f_f_bavail, f_f_files, f_f_ffree, f_f_favail, f_f_fsid, f_f_flag, f_f_namemax = _S_QQQQQQQQQQQ.unpack_from(buf, pos)
    pos += 88
    return SftpStatvfsReply(f_f_bsize, f_f_frsize, f_f_blocks, f_f_bfree, f_f_bavail, f_f_files, f_f_ffree, f_f_favail, f_f_fsid, f_f_flag, f_f_namemax), pos


def decode_sftp_statvfs_reply_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpStatvfsReply, int]:
    """Decode one SftpStatvfsReply at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpStatvfsReply', pos, 'position outside the buffer')
    return _d_SftpStatvfsReply(buf, pos, end)


def encode_sftp_statvfs_reply(obj: SftpStatvfsReply) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_QQQQQQQQQQQ.pack(obj.f_bsize, obj.f_frsize, obj.f_blocks, obj.f_bfree, obj.f_bavail, obj.f_files, obj.f_ffree, obj.f_favail, obj.f_fsid, obj.f_flag, obj.f_namemax)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpStatvfsReply', str(exc)) from None


def _e_SftpStatvfsReply(obj: SftpStatvfsReply, parts: list[bytes | memoryview]) -> None:
    parts.append(_S_QQQQQQQQQQQ.pack(obj.f_bsize, obj.f_frsize, obj.f_blocks, obj.f_bfree, obj.f_bavail, obj.f_files, obj.f_ffree, obj.f_favail, obj.f_fsid, obj.f_flag, obj.f_namemax))


def decode_sftp_fstatvfs_reply(buf: bytes | memoryview) -> SftpFstatvfsReply:
    """Decode a complete SftpFstatvfsReply from ``buf``.

    Returns:
        The decoded SftpFstatvfsReply; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 88:
        raise DecodeError('SftpFstatvfsReply', pos, 'truncated')
    f_f_bsize, f_f_frsize, f_f_blocks, f_f_bfree, f_f_bavail, f_f_files, f_f_ffree, f_f_favail, f_f_fsid, f_f_flag, f_f_namemax = _S_QQQQQQQQQQQ.unpack_from(buf, pos)
    pos += 88
    if pos != end:
        raise DecodeError('SftpFstatvfsReply', pos, 'trailing bytes')
    return SftpFstatvfsReply(f_f_bsize, f_f_frsize, f_f_blocks, f_f_bfree, f_f_bavail, f_f_files, f_f_ffree, f_f_favail, f_f_fsid, f_f_flag, f_f_namemax)


def _d_SftpFstatvfsReply(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpFstatvfsReply, int]:
    if end - pos < 88:
        raise DecodeError('SftpFstatvfsReply', pos, 'truncated')
    f_f_bsize, f_f_frsize, f_f_blocks, f_f_bfree, f_f_bavail, f_f_files, f_f_ffree, f_f_favail, f_f_fsid, f_f_flag, f_f_namemax = _S_QQQQQQQQQQQ.unpack_from(buf, pos)
    pos += 88
    return SftpFstatvfsReply(f_f_bsize, f_f_frsize, f_f_blocks, f_f_bfree, f_f_bavail, f_f_files, f_f_ffree, f_f_favail, f_f_fsid, f_f_flag, f_f_namemax), pos


def decode_sftp_fstatvfs_reply_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpFstatvfsReply, int]:
    """Decode one SftpFstatvfsReply at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpFstatvfsReply', pos, 'position outside the buffer')
    return _d_SftpFstatvfsReply(buf, pos, end)


def encode_sftp_fstatvfs_reply(obj: SftpFstatvfsReply) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_QQQQQQQQQQQ.pack(obj.f_bsize, obj.f_frsize, obj.f_blocks, obj.f_bfree, obj.f_bavail, obj.f_files, obj.f_ffree, obj.f_favail, obj.f_fsid, obj.f_flag, obj.f_namemax)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpFstatvfsReply', str(exc)) from None


def _e_SftpFstatvfsReply(obj: SftpFstatvfsReply, parts: list[bytes | memoryview]) -> None:
    parts.append(_S_QQQQQQQQQQQ.pack(obj.f_bsize, obj.f_frsize, obj.f_blocks, obj.f_bfree, obj.f_bavail, obj.f_files, obj.f_ffree, obj.f_favail, obj.f_fsid, obj.f_flag, obj.f_namemax))


def decode_sftp_limits_reply(buf: bytes | memoryview) -> SftpLimitsReply:
    """Decode a complete SftpLimitsReply from ``buf``.

    Returns:
        The decoded SftpLimitsReply; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 32:
        raise DecodeError('SftpLimitsReply', pos, 'truncated')
    f_max_packet_length, f_max_read_length, f_max_write_length, f_max_open_handles = _S_QQQQ.unpack_from(buf, pos)
    pos += 32
    if pos != end:
        raise DecodeError('SftpLimitsReply', pos, 'trailing bytes')
    return SftpLimitsReply(f_max_packet_length, f_max_read_length, f_max_write_length, f_max_open_handles)


def _d_SftpLimitsReply(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpLimitsReply, int]:
    if end - pos < 32:
        raise DecodeError('SftpLimitsReply', pos, 'truncated')
    f_max_packet_length, f_max_read_length, f_max_write_length, f_max_open_handles = _S_QQQQ.unpack_from(buf, pos)
    pos += 32
    return SftpLimitsReply(f_max_packet_length, f_max_read_length, f_max_write_length, f_max_open_handles), pos


def decode_sftp_limits_reply_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpLimitsReply, int]:
    """Decode one SftpLimitsReply at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpLimitsReply', pos, 'position outside the buffer')
    return _d_SftpLimitsReply(buf, pos, end)


def encode_sftp_limits_reply(obj: SftpLimitsReply) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_QQQQ.pack(obj.max_packet_length, obj.max_read_length, obj.max_write_length, obj.max_open_handles)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpLimitsReply', str(exc)) from None


def _e_SftpLimitsReply(obj: SftpLimitsReply, parts: list[bytes | memoryview]) -> None:
    parts.append(_S_QQQQ.pack(obj.max_packet_length, obj.max_read_length, obj.max_write_length, obj.max_open_handles))


def decode_sftp_users_groups_by_id_reply(buf: bytes | memoryview) -> SftpUsersGroupsByIdReply:
    """Decode a complete SftpUsersGroupsByIdReply from ``buf``.

    Returns:
        The decoded SftpUsersGroupsByIdReply; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 4:
        raise DecodeError('SftpUsersGroupsByIdReply', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpUsersGroupsByIdReply', pos, 'string runs past the end of the data')
    f_usernames, p3 = _d_SftpNameList(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('SftpNameList', p3, 'trailing bytes')
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpUsersGroupsByIdReply', pos, 'truncated')
    (n4,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e5 = pos + n4
    if e5 > end:
        raise DecodeError('SftpUsersGroupsByIdReply', pos, 'string runs past the end of the data')
    f_groupnames, p6 = _d_SftpNameList(buf, pos, e5)
    if p6 != e5:
        raise DecodeError('SftpNameList', p6, 'trailing bytes')
    pos = e5
    if pos != end:
        raise DecodeError('SftpUsersGroupsByIdReply', pos, 'trailing bytes')
    return SftpUsersGroupsByIdReply(f_usernames, f_groupnames)


def _d_SftpUsersGroupsByIdReply(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpUsersGroupsByIdReply, int]:
    if end - pos < 4:
        raise DecodeError('SftpUsersGroupsByIdReply', pos, 'truncated')
    (n1,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpUsersGroupsByIdReply', pos, 'string runs past the end of the data')
    f_usernames, p3 = _d_SftpNameList(buf, pos, e2)
    if p3 != e2:
        raise DecodeError('SftpNameList', p3, 'trailing bytes')
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpUsersGroupsByIdReply', pos, 'truncated')
    (n4,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e5 = pos + n4
    if e5 > end:
        raise DecodeError('SftpUsersGroupsByIdReply', pos, 'string runs past the end of the data')
    f_groupnames, p6 = _d_SftpNameList(buf, pos, e5)
    if p6 != e5:
        raise DecodeError('SftpNameList', p6, 'trailing bytes')
    pos = e5
    return SftpUsersGroupsByIdReply(f_usernames, f_groupnames), pos


def decode_sftp_users_groups_by_id_reply_from(buf: bytes | memoryview, pos: int, end: int) -> tuple[SftpUsersGroupsByIdReply, int]:
    """Decode one SftpUsersGroupsByIdReply at ``buf[pos:end]``, leaving any bytes after it.

    Returns:
        ``(value, position after it)``.
    Raises:
        DecodeError: the bytes are truncated or malformed.
    """
    if not 0 <= pos <= end <= len(buf):
        raise DecodeError('SftpUsersGroupsByIdReply', pos, 'position outside the buffer')
    return _d_SftpUsersGroupsByIdReply(buf, pos, end)


def encode_sftp_users_groups_by_id_reply(obj: SftpUsersGroupsByIdReply) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        sub2: list[bytes | memoryview] = []
        _e_SftpNameList(obj.usernames, sub2)
        v1 = b''.join(sub2)
        sub4: list[bytes | memoryview] = []
        _e_SftpNameList(obj.groupnames, sub4)
        v3 = b''.join(sub4)
        parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v3)), v3,)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpUsersGroupsByIdReply', str(exc)) from None


def _e_SftpUsersGroupsByIdReply(obj: SftpUsersGroupsByIdReply, parts: list[bytes | memoryview]) -> None:
    sub2: list[bytes | memoryview] = []
    _e_SftpNameList(obj.usernames, sub2)
    v1 = b''.join(sub2)
    sub4: list[bytes | memoryview] = []
    _e_SftpNameList(obj.groupnames, sub4)
    v3 = b''.join(sub4)
    parts += (_S_I.pack(len(v1)), v1, _S_I.pack(len(v3)), v3,)


def decode_sftp_init(buf: bytes | memoryview) -> SftpInit:
    """Decode a complete SftpInit message from ``buf``.

    Returns:
        The decoded SftpInit; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('SftpInit', pos, 'truncated')
    mid, f_version = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 1:
        raise DecodeError('SftpInit', 0, 'message number is not 1')
    items1 = []
    while pos < end:
        item2, pos = _d_SftpExtensionPair(buf, pos, end)
        items1.append(item2)
    f_extensions = tuple(items1)
    if pos != end:
        raise DecodeError('SftpInit', pos, 'trailing bytes')
    return SftpInit(f_version, f_extensions)


def encode_sftp_init(obj: SftpInit) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.extensions
        parts.append(_S_BI.pack(1, obj.version))
        for it2 in lst1:
            _e_SftpExtensionPair(it2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpInit', str(exc)) from None


def decode_sftp_version(buf: bytes | memoryview) -> SftpVersion:
    """Decode a complete SftpVersion message from ``buf``.

    Returns:
        The decoded SftpVersion; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('SftpVersion', pos, 'truncated')
    mid, f_version = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 2:
        raise DecodeError('SftpVersion', 0, 'message number is not 2')
    items1 = []
    while pos < end:
        item2, pos = _d_SftpExtensionPair(buf, pos, end)
        items1.append(item2)
    f_extensions = tuple(items1)
    if pos != end:
        raise DecodeError('SftpVersion', pos, 'trailing bytes')
    return SftpVersion(f_version, f_extensions)


def encode_sftp_version(obj: SftpVersion) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.extensions
        parts.append(_S_BI.pack(2, obj.version))
        for it2 in lst1:
            _e_SftpExtensionPair(it2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpVersion', str(exc)) from None


def decode_sftp_open(buf: bytes | memoryview) -> SftpOpen:
    """Decode a complete SftpOpen message from ``buf``.

    Returns:
        The decoded SftpOpen; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpOpen', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 3:
        raise DecodeError('SftpOpen', 0, 'message number is not 3')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpOpen', pos, 'string runs past the end of the data')
    f_filename = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpOpen', pos, 'truncated')
    (f_pflags,) = _S_I.unpack_from(buf, pos)
    pos += 4
    f_attrs, pos = _d_SftpAttrs(buf, pos, end)
    if pos != end:
        raise DecodeError('SftpOpen', pos, 'trailing bytes')
    return SftpOpen(f_request_id, f_filename, f_pflags, f_attrs)


def encode_sftp_open(obj: SftpOpen) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = obj.filename
        parts += (_S_BII.pack(3, obj.request_id, len(v1)), v1, _S_I.pack(obj.pflags),)
        _e_SftpAttrs(obj.attrs, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpOpen', str(exc)) from None


def decode_sftp_close(buf: bytes | memoryview) -> SftpClose:
    """Decode a complete SftpClose message from ``buf``.

    Returns:
        The decoded SftpClose; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpClose', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 4:
        raise DecodeError('SftpClose', 0, 'message number is not 4')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpClose', pos, 'string runs past the end of the data')
    f_handle = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('SftpClose', pos, 'trailing bytes')
    return SftpClose(f_request_id, f_handle)


def encode_sftp_close(obj: SftpClose) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.handle
        return _S_BII.pack(4, obj.request_id, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpClose', str(exc)) from None


def decode_sftp_read(buf: bytes | memoryview) -> SftpRead:
    """Decode a complete SftpRead message from ``buf``.

    Returns:
        The decoded SftpRead; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpRead', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 5:
        raise DecodeError('SftpRead', 0, 'message number is not 5')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpRead', pos, 'string runs past the end of the data')
    f_handle = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 12:
        raise DecodeError('SftpRead', pos, 'truncated')
    f_offset, f_length = _S_QI.unpack_from(buf, pos)
    pos += 12
    if pos != end:
        raise DecodeError('SftpRead', pos, 'trailing bytes')
    return SftpRead(f_request_id, f_handle, f_offset, f_length)


def encode_sftp_read(obj: SftpRead) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.handle
        return _S_BII.pack(5, obj.request_id, len(v1)) + v1 + _S_QI.pack(obj.offset, obj.length)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpRead', str(exc)) from None


def decode_sftp_write(buf: bytes | memoryview) -> SftpWrite:
    """Decode a complete SftpWrite message from ``buf``.

    Returns:
        The decoded SftpWrite; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpWrite', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 6:
        raise DecodeError('SftpWrite', 0, 'message number is not 6')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpWrite', pos, 'string runs past the end of the data')
    f_handle = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 12:
        raise DecodeError('SftpWrite', pos, 'truncated')
    f_offset, n3 = _S_QI.unpack_from(buf, pos)
    pos += 12
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SftpWrite', pos, 'string runs past the end of the data')
    f_data = buf[pos:e4]
    pos = e4
    if pos != end:
        raise DecodeError('SftpWrite', pos, 'trailing bytes')
    return SftpWrite(f_request_id, f_handle, f_offset, f_data)


def encode_sftp_write(obj: SftpWrite) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.handle
        v2 = obj.data
        return _S_BII.pack(6, obj.request_id, len(v1)) + v1 + _S_QI.pack(obj.offset, len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpWrite', str(exc)) from None


def encode_sftp_write_parts(obj: SftpWrite) -> tuple[bytes, bytes | memoryview]:
    """Encode ``obj`` without copying its payload.

    Returns:
        ``(header, payload)``: their concatenation is ``encode_sftp_write(obj)``.
    Raises:
        EncodeError: a value does not fit its wire type.
    """
    try:
        v1 = obj.handle
        v2 = obj.data
        return _S_BII.pack(6, obj.request_id, len(v1)) + v1 + _S_QI.pack(obj.offset, len(v2)), v2
    except (struct.error, OverflowError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpWrite', str(exc)) from None


def decode_sftp_lstat(buf: bytes | memoryview) -> SftpLstat:
    """Decode a complete SftpLstat message from ``buf``.

    Returns:
        The decoded SftpLstat; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpLstat', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 7:
        raise DecodeError('SftpLstat', 0, 'message number is not 7')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpLstat', pos, 'string runs past the end of the data')
    f_path = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('SftpLstat', pos, 'trailing bytes')
    return SftpLstat(f_request_id, f_path)


def encode_sftp_lstat(obj: SftpLstat) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.path
        return _S_BII.pack(7, obj.request_id, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpLstat', str(exc)) from None


def decode_sftp_fstat(buf: bytes | memoryview) -> SftpFstat:
    """Decode a complete SftpFstat message from ``buf``.

    Returns:
        The decoded SftpFstat; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpFstat', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 8:
        raise DecodeError('SftpFstat', 0, 'message number is not 8')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpFstat', pos, 'string runs past the end of the data')
    f_handle = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('SftpFstat', pos, 'trailing bytes')
    return SftpFstat(f_request_id, f_handle)


def encode_sftp_fstat(obj: SftpFstat) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.handle
        return _S_BII.pack(8, obj.request_id, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpFstat', str(exc)) from None


def decode_sftp_setstat(buf: bytes | memoryview) -> SftpSetstat:
    """Decode a complete SftpSetstat message from ``buf``.

    Returns:
        The decoded SftpSetstat; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpSetstat', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 9:
        raise DecodeError('SftpSetstat', 0, 'message number is not 9')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpSetstat', pos, 'string runs past the end of the data')
    f_path = bytes(buf[pos:e2])
    pos = e2
    f_attrs, pos = _d_SftpAttrs(buf, pos, end)
    if pos != end:
        raise DecodeError('SftpSetstat', pos, 'trailing bytes')
    return SftpSetstat(f_request_id, f_path, f_attrs)


def encode_sftp_setstat(obj: SftpSetstat) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = obj.path
        parts += (_S_BII.pack(9, obj.request_id, len(v1)), v1,)
        _e_SftpAttrs(obj.attrs, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpSetstat', str(exc)) from None


def decode_sftp_fsetstat(buf: bytes | memoryview) -> SftpFsetstat:
    """Decode a complete SftpFsetstat message from ``buf``.

    Returns:
        The decoded SftpFsetstat; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpFsetstat', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 10:
        raise DecodeError('SftpFsetstat', 0, 'message number is not 10')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpFsetstat', pos, 'string runs past the end of the data')
    f_handle = bytes(buf[pos:e2])
    pos = e2
    f_attrs, pos = _d_SftpAttrs(buf, pos, end)
    if pos != end:
        raise DecodeError('SftpFsetstat', pos, 'trailing bytes')
    return SftpFsetstat(f_request_id, f_handle, f_attrs)


def encode_sftp_fsetstat(obj: SftpFsetstat) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = obj.handle
        parts += (_S_BII.pack(10, obj.request_id, len(v1)), v1,)
        _e_SftpAttrs(obj.attrs, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpFsetstat', str(exc)) from None


def decode_sftp_opendir(buf: bytes | memoryview) -> SftpOpendir:
    """Decode a complete SftpOpendir message from ``buf``.

    Returns:
        The decoded SftpOpendir; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpOpendir', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 11:
        raise DecodeError('SftpOpendir', 0, 'message number is not 11')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpOpendir', pos, 'string runs past the end of the data')
    f_path = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('SftpOpendir', pos, 'trailing bytes')
    return SftpOpendir(f_request_id, f_path)


def encode_sftp_opendir(obj: SftpOpendir) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.path
        return _S_BII.pack(11, obj.request_id, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpOpendir', str(exc)) from None


def decode_sftp_readdir(buf: bytes | memoryview) -> SftpReaddir:
    """Decode a complete SftpReaddir message from ``buf``.

    Returns:
        The decoded SftpReaddir; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpReaddir', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 12:
        raise DecodeError('SftpReaddir', 0, 'message number is not 12')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpReaddir', pos, 'string runs past the end of the data')
    f_handle = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('SftpReaddir', pos, 'trailing bytes')
    return SftpReaddir(f_request_id, f_handle)


def encode_sftp_readdir(obj: SftpReaddir) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.handle
        return _S_BII.pack(12, obj.request_id, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpReaddir', str(exc)) from None


def decode_sftp_remove(buf: bytes | memoryview) -> SftpRemove:
    """Decode a complete SftpRemove message from ``buf``.

    Returns:
        The decoded SftpRemove; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpRemove', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 13:
        raise DecodeError('SftpRemove', 0, 'message number is not 13')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpRemove', pos, 'string runs past the end of the data')
    f_filename = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('SftpRemove', pos, 'trailing bytes')
    return SftpRemove(f_request_id, f_filename)


def encode_sftp_remove(obj: SftpRemove) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.filename
        return _S_BII.pack(13, obj.request_id, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpRemove', str(exc)) from None


def decode_sftp_mkdir(buf: bytes | memoryview) -> SftpMkdir:
    """Decode a complete SftpMkdir message from ``buf``.

    Returns:
        The decoded SftpMkdir; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpMkdir', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 14:
        raise DecodeError('SftpMkdir', 0, 'message number is not 14')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpMkdir', pos, 'string runs past the end of the data')
    f_path = bytes(buf[pos:e2])
    pos = e2
    f_attrs, pos = _d_SftpAttrs(buf, pos, end)
    if pos != end:
        raise DecodeError('SftpMkdir', pos, 'trailing bytes')
    return SftpMkdir(f_request_id, f_path, f_attrs)


def encode_sftp_mkdir(obj: SftpMkdir) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = obj.path
        parts += (_S_BII.pack(14, obj.request_id, len(v1)), v1,)
        _e_SftpAttrs(obj.attrs, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpMkdir', str(exc)) from None


def decode_sftp_rmdir(buf: bytes | memoryview) -> SftpRmdir:
    """Decode a complete SftpRmdir message from ``buf``.

    Returns:
        The decoded SftpRmdir; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpRmdir', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 15:
        raise DecodeError('SftpRmdir', 0, 'message number is not 15')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpRmdir', pos, 'string runs past the end of the data')
    f_path = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('SftpRmdir', pos, 'trailing bytes')
    return SftpRmdir(f_request_id, f_path)


def encode_sftp_rmdir(obj: SftpRmdir) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.path
        return _S_BII.pack(15, obj.request_id, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpRmdir', str(exc)) from None


def decode_sftp_realpath(buf: bytes | memoryview) -> SftpRealpath:
    """Decode a complete SftpRealpath message from ``buf``.

    Returns:
        The decoded SftpRealpath; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpRealpath', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 16:
        raise DecodeError('SftpRealpath', 0, 'message number is not 16')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpRealpath', pos, 'string runs past the end of the data')
    f_path = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('SftpRealpath', pos, 'trailing bytes')
    return SftpRealpath(f_request_id, f_path)


def encode_sftp_realpath(obj: SftpRealpath) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.path
        return _S_BII.pack(16, obj.request_id, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpRealpath', str(exc)) from None


def decode_sftp_stat(buf: bytes | memoryview) -> SftpStat:
    """Decode a complete SftpStat message from ``buf``.

    Returns:
        The decoded SftpStat; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpStat', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 17:
        raise DecodeError('SftpStat', 0, 'message number is not 17')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpStat', pos, 'string runs past the end of the data')
    f_path = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('SftpStat', pos, 'trailing bytes')
    return SftpStat(f_request_id, f_path)


def encode_sftp_stat(obj: SftpStat) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.path
        return _S_BII.pack(17, obj.request_id, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpStat', str(exc)) from None


def decode_sftp_rename(buf: bytes | memoryview) -> SftpRename:
    """Decode a complete SftpRename message from ``buf``.

    Returns:
        The decoded SftpRename; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpRename', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 18:
        raise DecodeError('SftpRename', 0, 'message number is not 18')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpRename', pos, 'string runs past the end of the data')
    f_oldpath = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpRename', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SftpRename', pos, 'string runs past the end of the data')
    f_newpath = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('SftpRename', pos, 'trailing bytes')
    return SftpRename(f_request_id, f_oldpath, f_newpath)


def encode_sftp_rename(obj: SftpRename) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.oldpath
        v2 = obj.newpath
        return _S_BII.pack(18, obj.request_id, len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpRename', str(exc)) from None


def decode_sftp_readlink(buf: bytes | memoryview) -> SftpReadlink:
    """Decode a complete SftpReadlink message from ``buf``.

    Returns:
        The decoded SftpReadlink; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpReadlink', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 19:
        raise DecodeError('SftpReadlink', 0, 'message number is not 19')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpReadlink', pos, 'string runs past the end of the data')
    f_path = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('SftpReadlink', pos, 'trailing bytes')
    return SftpReadlink(f_request_id, f_path)


def encode_sftp_readlink(obj: SftpReadlink) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.path
        return _S_BII.pack(19, obj.request_id, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpReadlink', str(exc)) from None


def decode_sftp_symlink(buf: bytes | memoryview) -> SftpSymlink:
    """Decode a complete SftpSymlink message from ``buf``.

    Returns:
        The decoded SftpSymlink; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpSymlink', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 20:
        raise DecodeError('SftpSymlink', 0, 'message number is not 20')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpSymlink', pos, 'string runs past the end of the data')
    f_first_path = bytes(buf[pos:e2])
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpSymlink', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SftpSymlink', pos, 'string runs past the end of the data')
    f_second_path = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('SftpSymlink', pos, 'trailing bytes')
    return SftpSymlink(f_request_id, f_first_path, f_second_path)


def encode_sftp_symlink(obj: SftpSymlink) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.first_path
        v2 = obj.second_path
        return _S_BII.pack(20, obj.request_id, len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpSymlink', str(exc)) from None


def decode_sftp_status(buf: bytes | memoryview) -> SftpStatus:
    """Decode a complete SftpStatus message from ``buf``.

    Returns:
        The decoded SftpStatus; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 13:
        raise DecodeError('SftpStatus', pos, 'truncated')
    mid, f_request_id, f_status_code, n1 = _S_BIII.unpack_from(buf, pos)
    pos += 13
    if mid != 101:
        raise DecodeError('SftpStatus', 0, 'message number is not 101')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpStatus', pos, 'string runs past the end of the data')
    f_error_message = _utf8(buf, pos, e2, 'SftpStatus')
    pos = e2
    if end - pos < 4:
        raise DecodeError('SftpStatus', pos, 'truncated')
    (n3,) = _S_I.unpack_from(buf, pos)
    pos += 4
    e4 = pos + n3
    if e4 > end:
        raise DecodeError('SftpStatus', pos, 'string runs past the end of the data')
    f_language_tag = bytes(buf[pos:e4])
    pos = e4
    if pos != end:
        raise DecodeError('SftpStatus', pos, 'trailing bytes')
    return SftpStatus(f_request_id, f_status_code, f_error_message, f_language_tag)


def encode_sftp_status(obj: SftpStatus) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.error_message.encode('utf-8')
        v2 = obj.language_tag
        return _S_BIII.pack(101, obj.request_id, obj.status_code, len(v1)) + v1 + _S_I.pack(len(v2)) + v2
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpStatus', str(exc)) from None


def decode_sftp_handle(buf: bytes | memoryview) -> SftpHandle:
    """Decode a complete SftpHandle message from ``buf``.

    Returns:
        The decoded SftpHandle; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpHandle', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 102:
        raise DecodeError('SftpHandle', 0, 'message number is not 102')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpHandle', pos, 'string runs past the end of the data')
    f_handle = bytes(buf[pos:e2])
    pos = e2
    if pos != end:
        raise DecodeError('SftpHandle', pos, 'trailing bytes')
    return SftpHandle(f_request_id, f_handle)


def encode_sftp_handle(obj: SftpHandle) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.handle
        return _S_BII.pack(102, obj.request_id, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpHandle', str(exc)) from None


def decode_sftp_data(buf: bytes | memoryview) -> SftpData:
    """Decode a complete SftpData message from ``buf``.

    Returns:
        The decoded SftpData; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpData', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 103:
        raise DecodeError('SftpData', 0, 'message number is not 103')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpData', pos, 'string runs past the end of the data')
    f_data = buf[pos:e2]
    pos = e2
    if pos != end:
        raise DecodeError('SftpData', pos, 'trailing bytes')
    return SftpData(f_request_id, f_data)


def encode_sftp_data(obj: SftpData) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        v1 = obj.data
        return _S_BII.pack(103, obj.request_id, len(v1)) + v1
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpData', str(exc)) from None


def encode_sftp_data_parts(obj: SftpData) -> tuple[bytes, bytes | memoryview]:
    """Encode ``obj`` without copying its payload.

    Returns:
        ``(header, payload)``: their concatenation is ``encode_sftp_data(obj)``.
    Raises:
        EncodeError: a value does not fit its wire type.
    """
    try:
        v1 = obj.data
        return _S_BII.pack(103, obj.request_id, len(v1)), v1
    except (struct.error, OverflowError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpData', str(exc)) from None


def decode_sftp_name(buf: bytes | memoryview) -> SftpName:
    """Decode a complete SftpName message from ``buf``.

    Returns:
        The decoded SftpName; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpName', pos, 'truncated')
    mid, f_request_id, count2 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 104:
        raise DecodeError('SftpName', 0, 'message number is not 104')
    items1 = []
    if count2 > (end - pos) // 12:
        raise DecodeError('SftpName', pos, 'element count exceeds the data')
    for _ in range(count2):
        item3, pos = _d_SftpNameEntry(buf, pos, end)
        items1.append(item3)
    f_entries = tuple(items1)
    if pos != end:
        raise DecodeError('SftpName', pos, 'trailing bytes')
    return SftpName(f_request_id, f_entries)


def encode_sftp_name(obj: SftpName) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        lst1 = obj.entries
        parts.append(_S_BII.pack(104, obj.request_id, len(lst1)))
        for it2 in lst1:
            _e_SftpNameEntry(it2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpName', str(exc)) from None


def decode_sftp_attrs_reply(buf: bytes | memoryview) -> SftpAttrsReply:
    """Decode a complete SftpAttrsReply message from ``buf``.

    Returns:
        The decoded SftpAttrsReply; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('SftpAttrsReply', pos, 'truncated')
    mid, f_request_id = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 105:
        raise DecodeError('SftpAttrsReply', 0, 'message number is not 105')
    f_attrs, pos = _d_SftpAttrs(buf, pos, end)
    if pos != end:
        raise DecodeError('SftpAttrsReply', pos, 'trailing bytes')
    return SftpAttrsReply(f_request_id, f_attrs)


def encode_sftp_attrs_reply(obj: SftpAttrsReply) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        parts.append(_S_BI.pack(105, obj.request_id))
        _e_SftpAttrs(obj.attrs, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpAttrsReply', str(exc)) from None


def decode_sftp_extended(buf: bytes | memoryview) -> SftpExtended:
    """Decode a complete SftpExtended message from ``buf``.

    Returns:
        The decoded SftpExtended; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 9:
        raise DecodeError('SftpExtended', pos, 'truncated')
    mid, f_request_id, n1 = _S_BII.unpack_from(buf, pos)
    pos += 9
    if mid != 200:
        raise DecodeError('SftpExtended', 0, 'message number is not 200')
    e2 = pos + n1
    if e2 > end:
        raise DecodeError('SftpExtended', pos, 'string runs past the end of the data')
    f_extended_request = _name(buf[pos:e2], 'SftpExtended', pos)
    pos = e2
    dec3 = _SWD_SftpExtended_body.get(f_extended_request)
    if dec3 is None:
        f_body = bytes(buf[pos:end])
        pos = end
    else:
        f_body, pos = dec3(buf, pos, end)
    if pos != end:
        raise DecodeError('SftpExtended', pos, 'trailing bytes')
    return SftpExtended(f_request_id, f_extended_request, f_body)


def encode_sftp_extended(obj: SftpExtended) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        parts: list[bytes | memoryview] = []
        v1 = _enc_name(obj.extended_request, 'SftpExtended')
        parts += (_S_BII.pack(200, obj.request_id, len(v1)), v1,)
        v2 = obj.body
        case3 = _SWE_SftpExtended_body.get(obj.extended_request)
        if case3 is None:
            if not isinstance(v2, bytes | bytearray | memoryview):
                raise EncodeError('SftpExtended', 'body must be bytes for an unknown extended_request')
            parts.append(v2)
        elif case3[0] is None:
            if v2 is not None:
                raise EncodeError('SftpExtended', 'body must be None for this extended_request')
        elif type(v2) is not case3[0]:
            raise EncodeError('SftpExtended', 'body must be ' + case3[0].__name__ + ' for extended_request ' + repr(obj.extended_request))
        else:
            case3[1](v2, parts)
        return b''.join(parts)
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpExtended', str(exc)) from None


def decode_sftp_extended_reply(buf: bytes | memoryview) -> SftpExtendedReply:
    """Decode a complete SftpExtendedReply message from ``buf``.

    Returns:
        The decoded SftpExtendedReply; ``view`` fields slice ``buf`` when it is a
        memoryview.
    Raises:
        DecodeError: ``buf`` is truncated, malformed or has trailing bytes.
    """
    end = len(buf)
    pos = 0
    if end - pos < 5:
        raise DecodeError('SftpExtendedReply', pos, 'truncated')
    mid, f_request_id = _S_BI.unpack_from(buf, pos)
    pos += 5
    if mid != 201:
        raise DecodeError('SftpExtendedReply', 0, 'message number is not 201')
    f_data = bytes(buf[pos:end])
    pos = end
    if pos != end:
        raise DecodeError('SftpExtendedReply', pos, 'trailing bytes')
    return SftpExtendedReply(f_request_id, f_data)


def encode_sftp_extended_reply(obj: SftpExtendedReply) -> bytes:
    """Encode ``obj``.

    Returns:
        The wire bytes (message number first).
    Raises:
        EncodeError: a value does not fit its wire type or its condition.
    """
    try:
        return _S_BI.pack(201, obj.request_id) + obj.data
    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError) as exc:
        raise EncodeError('SftpExtendedReply', str(exc)) from None


_SWD_SftpExtended_body: dict[str, _Decoder] = {
    'posix-rename@openssh.com': _d_SftpPosixRenameRequest,
    'statvfs@openssh.com': _d_SftpStatvfsRequest,
    'fstatvfs@openssh.com': _d_SftpFstatvfsRequest,
    'hardlink@openssh.com': _d_SftpHardlinkRequest,
    'fsync@openssh.com': _d_SftpFsyncRequest,
    'lsetstat@openssh.com': _d_SftpLsetstatRequest,
    'limits@openssh.com': _d_null,
    'expand-path@openssh.com': _d_SftpExpandPathRequest,
    'copy-data': _d_SftpCopyDataRequest,
    'home-directory': _d_SftpHomeDirectoryRequest,
    'users-groups-by-id@openssh.com': _d_SftpUsersGroupsByIdRequest,
}

_SWE_SftpExtended_body: dict[str, tuple[type | None, _Encoder]] = {
    'posix-rename@openssh.com': (SftpPosixRenameRequest, _e_SftpPosixRenameRequest),
    'statvfs@openssh.com': (SftpStatvfsRequest, _e_SftpStatvfsRequest),
    'fstatvfs@openssh.com': (SftpFstatvfsRequest, _e_SftpFstatvfsRequest),
    'hardlink@openssh.com': (SftpHardlinkRequest, _e_SftpHardlinkRequest),
    'fsync@openssh.com': (SftpFsyncRequest, _e_SftpFsyncRequest),
    'lsetstat@openssh.com': (SftpLsetstatRequest, _e_SftpLsetstatRequest),
    'limits@openssh.com': (None, _e_null),
    'expand-path@openssh.com': (SftpExpandPathRequest, _e_SftpExpandPathRequest),
    'copy-data': (SftpCopyDataRequest, _e_SftpCopyDataRequest),
    'home-directory': (SftpHomeDirectoryRequest, _e_SftpHomeDirectoryRequest),
    'users-groups-by-id@openssh.com': (SftpUsersGroupsByIdRequest, _e_SftpUsersGroupsByIdRequest),
}
