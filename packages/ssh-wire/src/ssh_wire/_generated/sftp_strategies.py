# GENERATED from specs/sftp.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SFTP version 3 (draft-ietf-secsh-filexfer-02) and OpenSSH's SFTP extensions (PROTOCOL §4)

Hypothesis strategies drawing valid values of every struct and message.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from .._strategy_base import bin_ as _bin
from .._strategy_base import name as _name
from .._strategy_base import text as _text
from .._strategy_base import u32 as _u32
from .._strategy_base import u64 as _u64
from .sftp import (
    SftpAttrs,
    SftpAttrsReply,
    SftpClose,
    SftpCopyDataRequest,
    SftpData,
    SftpExpandPathRequest,
    SftpExtended,
    SftpExtendedAttr,
    SftpExtendedReply,
    SftpExtensionPair,
    SftpFsetstat,
    SftpFstat,
    SftpFstatvfsReply,
    SftpFstatvfsRequest,
    SftpFsyncRequest,
    SftpHandle,
    SftpHardlinkRequest,
    SftpHomeDirectoryRequest,
    SftpIdList,
    SftpInit,
    SftpLimitsReply,
    SftpLsetstatRequest,
    SftpLstat,
    SftpMkdir,
    SftpName,
    SftpNameEntry,
    SftpNameList,
    SftpOpen,
    SftpOpendir,
    SftpPosixRenameRequest,
    SftpRead,
    SftpReaddir,
    SftpReadlink,
    SftpRealpath,
    SftpRemove,
    SftpRename,
    SftpRmdir,
    SftpSetstat,
    SftpStat,
    SftpStatus,
    SftpStatvfsReply,
    SftpStatvfsRequest,
    SftpSymlink,
    SftpUsersGroupsByIdReply,
    SftpUsersGroupsByIdRequest,
    SftpVersion,
    SftpWrite,
)


@st.composite
def st_SftpExtendedAttr(draw: st.DrawFn) -> SftpExtendedAttr:
    """Draws a valid SftpExtendedAttr."""
    f_extended_type = draw(_bin)
    f_extended_data = draw(_bin)
    return SftpExtendedAttr(f_extended_type, f_extended_data)

@st.composite
def st_SftpAttrs(draw: st.DrawFn) -> SftpAttrs:
    """Draws a valid SftpAttrs."""
    f_flags = draw(_u32)
    f_size = draw(_u64) if f_flags & 0x1 else None
    f_uid = draw(_u32) if f_flags & 0x2 else None
    f_gid = draw(_u32) if f_flags & 0x2 else None
    f_permissions = draw(_u32) if f_flags & 0x4 else None
    f_atime = draw(_u32) if f_flags & 0x8 else None
    f_mtime = draw(_u32) if f_flags & 0x8 else None
    f_extended = draw(st.lists(st_SftpExtendedAttr(), max_size=3).map(tuple)) if f_flags & 0x80000000 else None
    return SftpAttrs(f_flags, f_size, f_uid, f_gid, f_permissions, f_atime, f_mtime, f_extended)

@st.composite
def st_SftpExtensionPair(draw: st.DrawFn) -> SftpExtensionPair:
    """Draws a valid SftpExtensionPair."""
    f_name = draw(_name)
    f_data = draw(_bin)
    return SftpExtensionPair(f_name, f_data)

@st.composite
def st_SftpNameEntry(draw: st.DrawFn) -> SftpNameEntry:
    """Draws a valid SftpNameEntry."""
    f_filename = draw(_bin)
    f_longname = draw(_bin)
    f_attrs = draw(st_SftpAttrs())
    return SftpNameEntry(f_filename, f_longname, f_attrs)

@st.composite
def st_SftpPosixRenameRequest(draw: st.DrawFn) -> SftpPosixRenameRequest:
    """Draws a valid SftpPosixRenameRequest."""
    f_oldpath = draw(_bin)
    f_newpath = draw(_bin)
    return SftpPosixRenameRequest(f_oldpath, f_newpath)

@st.composite
def st_SftpStatvfsRequest(draw: st.DrawFn) -> SftpStatvfsRequest:
    """Draws a valid SftpStatvfsRequest."""
    f_path = draw(_bin)
    return SftpStatvfsRequest(f_path)

@st.composite
def st_SftpFstatvfsRequest(draw: st.DrawFn) -> SftpFstatvfsRequest:
    """Draws a valid SftpFstatvfsRequest."""
    f_handle = draw(_bin)
    return SftpFstatvfsRequest(f_handle)

@st.composite
def st_SftpHardlinkRequest(draw: st.DrawFn) -> SftpHardlinkRequest:
    """Draws a valid SftpHardlinkRequest."""
    f_oldpath = draw(_bin)
    f_newpath = draw(_bin)
    return SftpHardlinkRequest(f_oldpath, f_newpath)

@st.composite
def st_SftpFsyncRequest(draw: st.DrawFn) -> SftpFsyncRequest:
    """Draws a valid SftpFsyncRequest."""
    f_handle = draw(_bin)
    return SftpFsyncRequest(f_handle)

@st.composite
def st_SftpLsetstatRequest(draw: st.DrawFn) -> SftpLsetstatRequest:
    """Draws a valid SftpLsetstatRequest."""
    f_path = draw(_bin)
    f_attrs = draw(st_SftpAttrs())
    return SftpLsetstatRequest(f_path, f_attrs)

@st.composite
def st_SftpExpandPathRequest(draw: st.DrawFn) -> SftpExpandPathRequest:
    """Draws a valid SftpExpandPathRequest."""
    f_path = draw(_bin)
    return SftpExpandPathRequest(f_path)

@st.composite
def st_SftpCopyDataRequest(draw: st.DrawFn) -> SftpCopyDataRequest:
    """Draws a valid SftpCopyDataRequest."""
    f_read_from_handle = draw(_bin)
    f_read_from_offset = draw(_u64)
    f_read_data_length = draw(_u64)
    f_write_to_handle = draw(_bin)
    f_write_to_offset = draw(_u64)
    return SftpCopyDataRequest(f_read_from_handle, f_read_from_offset, f_read_data_length, f_write_to_handle, f_write_to_offset)

@st.composite
def st_SftpHomeDirectoryRequest(draw: st.DrawFn) -> SftpHomeDirectoryRequest:
    """Draws a valid SftpHomeDirectoryRequest."""
    f_username = draw(_bin)
    return SftpHomeDirectoryRequest(f_username)

@st.composite
def st_SftpIdList(draw: st.DrawFn) -> SftpIdList:
    """Draws a valid SftpIdList."""
    f_ids = draw(st.lists(_u32, max_size=3).map(tuple))
    return SftpIdList(f_ids)

@st.composite
def st_SftpUsersGroupsByIdRequest(draw: st.DrawFn) -> SftpUsersGroupsByIdRequest:
    """Draws a valid SftpUsersGroupsByIdRequest."""
    f_uids = draw(st_SftpIdList())
    f_gids = draw(st_SftpIdList())
    return SftpUsersGroupsByIdRequest(f_uids, f_gids)

@st.composite
def st_SftpNameList(draw: st.DrawFn) -> SftpNameList:
    """Draws a valid SftpNameList."""
    f_names = draw(st.lists(_text, max_size=3).map(tuple))
    return SftpNameList(f_names)

@st.composite
def st_SftpStatvfsReply(draw: st.DrawFn) -> SftpStatvfsReply:
    """Draws a valid SftpStatvfsReply."""
    f_f_bsize = draw(_u64)
    f_f_frsize = draw(_u64)
    f_f_blocks = draw(_u64)
    f_f_bfree = draw(_u64)
    f_f_bavail = draw(_u64)
    f_f_files = draw(_u64)
    f_f_ffree = draw(_u64)
    f_f_favail = draw(_u64)
    f_f_fsid = draw(_u64)
    f_f_flag = draw(_u64)
    f_f_namemax = draw(_u64)
    return SftpStatvfsReply(f_f_bsize, f_f_frsize, f_f_blocks, f_f_bfree, f_f_bavail, f_f_files, f_f_ffree, f_f_favail, f_f_fsid, f_f_flag, f_f_namemax)

@st.composite
def st_SftpFstatvfsReply(draw: st.DrawFn) -> SftpFstatvfsReply:
    """Draws a valid SftpFstatvfsReply."""
    f_f_bsize = draw(_u64)
    f_f_frsize = draw(_u64)
    f_f_blocks = draw(_u64)
    f_f_bfree = draw(_u64)
    f_f_bavail = draw(_u64)
    f_f_files = draw(_u64)
    f_f_ffree = draw(_u64)
    f_f_favail = draw(_u64)
    f_f_fsid = draw(_u64)
    f_f_flag = draw(_u64)
    f_f_namemax = draw(_u64)
    return SftpFstatvfsReply(f_f_bsize, f_f_frsize, f_f_blocks, f_f_bfree, f_f_bavail, f_f_files, f_f_ffree, f_f_favail, f_f_fsid, f_f_flag, f_f_namemax)

@st.composite
def st_SftpLimitsReply(draw: st.DrawFn) -> SftpLimitsReply:
    """Draws a valid SftpLimitsReply."""
    f_max_packet_length = draw(_u64)
    f_max_read_length = draw(_u64)
    f_max_write_length = draw(_u64)
    f_max_open_handles = draw(_u64)
    return SftpLimitsReply(f_max_packet_length, f_max_read_length, f_max_write_length, f_max_open_handles)

@st.composite
def st_SftpUsersGroupsByIdReply(draw: st.DrawFn) -> SftpUsersGroupsByIdReply:
    """Draws a valid SftpUsersGroupsByIdReply."""
    f_usernames = draw(st_SftpNameList())
    f_groupnames = draw(st_SftpNameList())
    return SftpUsersGroupsByIdReply(f_usernames, f_groupnames)

@st.composite
def st_SftpInit(draw: st.DrawFn) -> SftpInit:
    """Draws a valid SftpInit."""
    f_version = draw(_u32)
    f_extensions = draw(st.lists(st_SftpExtensionPair(), max_size=3).map(tuple))
    return SftpInit(f_version, f_extensions)

@st.composite
def st_SftpVersion(draw: st.DrawFn) -> SftpVersion:
    """Draws a valid SftpVersion."""
    f_version = draw(_u32)
    f_extensions = draw(st.lists(st_SftpExtensionPair(), max_size=3).map(tuple))
    return SftpVersion(f_version, f_extensions)

@st.composite
def st_SftpOpen(draw: st.DrawFn) -> SftpOpen:
    """Draws a valid SftpOpen."""
    f_request_id = draw(_u32)
    f_filename = draw(_bin)
    f_pflags = draw(_u32)
    f_attrs = draw(st_SftpAttrs())
    return SftpOpen(f_request_id, f_filename, f_pflags, f_attrs)

@st.composite
def st_SftpClose(draw: st.DrawFn) -> SftpClose:
    """Draws a valid SftpClose."""
    f_request_id = draw(_u32)
    f_handle = draw(_bin)
    return SftpClose(f_request_id, f_handle)

@st.composite
def st_SftpRead(draw: st.DrawFn) -> SftpRead:
    """Draws a valid SftpRead."""
    f_request_id = draw(_u32)
    f_handle = draw(_bin)
    f_offset = draw(_u64)
    f_length = draw(_u32)
    return SftpRead(f_request_id, f_handle, f_offset, f_length)

@st.composite
def st_SftpWrite(draw: st.DrawFn) -> SftpWrite:
    """Draws a valid SftpWrite."""
    f_request_id = draw(_u32)
    f_handle = draw(_bin)
    f_offset = draw(_u64)
    f_data = draw(_bin)
    return SftpWrite(f_request_id, f_handle, f_offset, f_data)

@st.composite
def st_SftpLstat(draw: st.DrawFn) -> SftpLstat:
    """Draws a valid SftpLstat."""
    f_request_id = draw(_u32)
    f_path = draw(_bin)
    return SftpLstat(f_request_id, f_path)

@st.composite
def st_SftpFstat(draw: st.DrawFn) -> SftpFstat:
    """Draws a valid SftpFstat."""
    f_request_id = draw(_u32)
    f_handle = draw(_bin)
    return SftpFstat(f_request_id, f_handle)

@st.composite
def st_SftpSetstat(draw: st.DrawFn) -> SftpSetstat:
    """Draws a valid SftpSetstat."""
    f_request_id = draw(_u32)
    f_path = draw(_bin)
    f_attrs = draw(st_SftpAttrs())
    return SftpSetstat(f_request_id, f_path, f_attrs)

@st.composite
def st_SftpFsetstat(draw: st.DrawFn) -> SftpFsetstat:
    """Draws a valid SftpFsetstat."""
    f_request_id = draw(_u32)
    f_handle = draw(_bin)
    f_attrs = draw(st_SftpAttrs())
    return SftpFsetstat(f_request_id, f_handle, f_attrs)

@st.composite
def st_SftpOpendir(draw: st.DrawFn) -> SftpOpendir:
    """Draws a valid SftpOpendir."""
    f_request_id = draw(_u32)
    f_path = draw(_bin)
    return SftpOpendir(f_request_id, f_path)

@st.composite
def st_SftpReaddir(draw: st.DrawFn) -> SftpReaddir:
    """Draws a valid SftpReaddir."""
    f_request_id = draw(_u32)
    f_handle = draw(_bin)
    return SftpReaddir(f_request_id, f_handle)

@st.composite
def st_SftpRemove(draw: st.DrawFn) -> SftpRemove:
    """Draws a valid SftpRemove."""
    f_request_id = draw(_u32)
    f_filename = draw(_bin)
    return SftpRemove(f_request_id, f_filename)

@st.composite
def st_SftpMkdir(draw: st.DrawFn) -> SftpMkdir:
    """Draws a valid SftpMkdir."""
    f_request_id = draw(_u32)
    f_path = draw(_bin)
    f_attrs = draw(st_SftpAttrs())
    return SftpMkdir(f_request_id, f_path, f_attrs)

@st.composite
def st_SftpRmdir(draw: st.DrawFn) -> SftpRmdir:
    """Draws a valid SftpRmdir."""
    f_request_id = draw(_u32)
    f_path = draw(_bin)
    return SftpRmdir(f_request_id, f_path)

@st.composite
def st_SftpRealpath(draw: st.DrawFn) -> SftpRealpath:
    """Draws a valid SftpRealpath."""
    f_request_id = draw(_u32)
    f_path = draw(_bin)
    return SftpRealpath(f_request_id, f_path)

@st.composite
def st_SftpStat(draw: st.DrawFn) -> SftpStat:
    """Draws a valid SftpStat."""
    f_request_id = draw(_u32)
    f_path = draw(_bin)
    return SftpStat(f_request_id, f_path)

@st.composite
def st_SftpRename(draw: st.DrawFn) -> SftpRename:
    """Draws a valid SftpRename."""
    f_request_id = draw(_u32)
    f_oldpath = draw(_bin)
    f_newpath = draw(_bin)
    return SftpRename(f_request_id, f_oldpath, f_newpath)

@st.composite
def st_SftpReadlink(draw: st.DrawFn) -> SftpReadlink:
    """Draws a valid SftpReadlink."""
    f_request_id = draw(_u32)
    f_path = draw(_bin)
    return SftpReadlink(f_request_id, f_path)

@st.composite
def st_SftpSymlink(draw: st.DrawFn) -> SftpSymlink:
    """Draws a valid SftpSymlink."""
    f_request_id = draw(_u32)
    f_first_path = draw(_bin)
    f_second_path = draw(_bin)
    return SftpSymlink(f_request_id, f_first_path, f_second_path)

@st.composite
def st_SftpStatus(draw: st.DrawFn) -> SftpStatus:
    """Draws a valid SftpStatus."""
    f_request_id = draw(_u32)
    f_status_code = draw(_u32)
    f_error_message = draw(_text)
    f_language_tag = draw(_bin)
    return SftpStatus(f_request_id, f_status_code, f_error_message, f_language_tag)

@st.composite
def st_SftpHandle(draw: st.DrawFn) -> SftpHandle:
    """Draws a valid SftpHandle."""
    f_request_id = draw(_u32)
    f_handle = draw(_bin)
    return SftpHandle(f_request_id, f_handle)

@st.composite
def st_SftpData(draw: st.DrawFn) -> SftpData:
    """Draws a valid SftpData."""
    f_request_id = draw(_u32)
    f_data = draw(_bin)
    return SftpData(f_request_id, f_data)

@st.composite
def st_SftpName(draw: st.DrawFn) -> SftpName:
    """Draws a valid SftpName."""
    f_request_id = draw(_u32)
    f_entries = draw(st.lists(st_SftpNameEntry(), max_size=3).map(tuple))
    return SftpName(f_request_id, f_entries)

@st.composite
def st_SftpAttrsReply(draw: st.DrawFn) -> SftpAttrsReply:
    """Draws a valid SftpAttrsReply."""
    f_request_id = draw(_u32)
    f_attrs = draw(st_SftpAttrs())
    return SftpAttrsReply(f_request_id, f_attrs)

@st.composite
def st_SftpExtended(draw: st.DrawFn) -> SftpExtended:
    """Draws a valid SftpExtended."""
    f_request_id = draw(_u32)
    f_extended_request = draw(st.one_of(st.sampled_from(['posix-rename@openssh.com', 'statvfs@openssh.com', 'fstatvfs@openssh.com', 'hardlink@openssh.com', 'fsync@openssh.com', 'lsetstat@openssh.com', 'limits@openssh.com', 'expand-path@openssh.com', 'copy-data', 'home-directory', 'users-groups-by-id@openssh.com']), _name))
    cases_body: dict[Any, Any] = {'posix-rename@openssh.com': st_SftpPosixRenameRequest(), 'statvfs@openssh.com': st_SftpStatvfsRequest(), 'fstatvfs@openssh.com': st_SftpFstatvfsRequest(), 'hardlink@openssh.com': st_SftpHardlinkRequest(), 'fsync@openssh.com': st_SftpFsyncRequest(), 'lsetstat@openssh.com': st_SftpLsetstatRequest(), 'limits@openssh.com': st.none(), 'expand-path@openssh.com': st_SftpExpandPathRequest(), 'copy-data': st_SftpCopyDataRequest(), 'home-directory': st_SftpHomeDirectoryRequest(), 'users-groups-by-id@openssh.com': st_SftpUsersGroupsByIdRequest()}
    f_body = draw(cases_body.get(f_extended_request, _bin))
    return SftpExtended(f_request_id, f_extended_request, f_body)

@st.composite
def st_SftpExtendedReply(draw: st.DrawFn) -> SftpExtendedReply:
    """Draws a valid SftpExtendedReply."""
    f_request_id = draw(_u32)
    f_data = draw(_bin)
    return SftpExtendedReply(f_request_id, f_data)

TABLE: dict[type, Any] = {
    SftpExtendedAttr: st_SftpExtendedAttr(),
    SftpAttrs: st_SftpAttrs(),
    SftpExtensionPair: st_SftpExtensionPair(),
    SftpNameEntry: st_SftpNameEntry(),
    SftpPosixRenameRequest: st_SftpPosixRenameRequest(),
    SftpStatvfsRequest: st_SftpStatvfsRequest(),
    SftpFstatvfsRequest: st_SftpFstatvfsRequest(),
    SftpHardlinkRequest: st_SftpHardlinkRequest(),
    SftpFsyncRequest: st_SftpFsyncRequest(),
    SftpLsetstatRequest: st_SftpLsetstatRequest(),
    SftpExpandPathRequest: st_SftpExpandPathRequest(),
    SftpCopyDataRequest: st_SftpCopyDataRequest(),
    SftpHomeDirectoryRequest: st_SftpHomeDirectoryRequest(),
    SftpIdList: st_SftpIdList(),
    SftpUsersGroupsByIdRequest: st_SftpUsersGroupsByIdRequest(),
    SftpNameList: st_SftpNameList(),
    SftpStatvfsReply: st_SftpStatvfsReply(),
    SftpFstatvfsReply: st_SftpFstatvfsReply(),
    SftpLimitsReply: st_SftpLimitsReply(),
    SftpUsersGroupsByIdReply: st_SftpUsersGroupsByIdReply(),
    SftpInit: st_SftpInit(),
    SftpVersion: st_SftpVersion(),
    SftpOpen: st_SftpOpen(),
    SftpClose: st_SftpClose(),
    SftpRead: st_SftpRead(),
    SftpWrite: st_SftpWrite(),
    SftpLstat: st_SftpLstat(),
    SftpFstat: st_SftpFstat(),
    SftpSetstat: st_SftpSetstat(),
    SftpFsetstat: st_SftpFsetstat(),
    SftpOpendir: st_SftpOpendir(),
    SftpReaddir: st_SftpReaddir(),
    SftpRemove: st_SftpRemove(),
    SftpMkdir: st_SftpMkdir(),
    SftpRmdir: st_SftpRmdir(),
    SftpRealpath: st_SftpRealpath(),
    SftpStat: st_SftpStat(),
    SftpRename: st_SftpRename(),
    SftpReadlink: st_SftpReadlink(),
    SftpSymlink: st_SftpSymlink(),
    SftpStatus: st_SftpStatus(),
    SftpHandle: st_SftpHandle(),
    SftpData: st_SftpData(),
    SftpName: st_SftpName(),
    SftpAttrsReply: st_SftpAttrsReply(),
    SftpExtended: st_SftpExtended(),
    SftpExtendedReply: st_SftpExtendedReply(),
}
