# GENERATED from specs/sftp.yaml by codegen; do not edit. Run `nox -s codegen`.
"""SFTP version 3 (draft-ietf-secsh-filexfer-02) and OpenSSH's SFTP extensions (PROTOCOL §4)

Construct reference codec: the declarative reading of the spec, for cross-checks and dumps.
"""

from __future__ import annotations

from typing import Any

from construct import (
    Const,
    GreedyBytes,
    GreedyRange,
    If,
    Int32ub,
    Int64ub,
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

C_SftpExtendedAttr = Struct(
    "extended_type" / SSHString,
    "extended_data" / SSHString,
)


def to_SftpExtendedAttr(c: Any) -> SftpExtendedAttr:
    return SftpExtendedAttr(c.extended_type, c.extended_data)


def from_SftpExtendedAttr(o: SftpExtendedAttr) -> dict[str, Any]:
    return {
        'extended_type': bytes(o.extended_type),
        'extended_data': bytes(o.extended_data),
    }


C_SftpAttrs = Struct(
    "flags" / Int32ub,
    "size" / If((this.flags & 0x1) != 0, Int64ub),
    "uid" / If((this.flags & 0x2) != 0, Int32ub),
    "gid" / If((this.flags & 0x2) != 0, Int32ub),
    "permissions" / If((this.flags & 0x4) != 0, Int32ub),
    "atime" / If((this.flags & 0x8) != 0, Int32ub),
    "mtime" / If((this.flags & 0x8) != 0, Int32ub),
    "extended" / If((this.flags & 0x80000000) != 0, PrefixedArray(Int32ub, C_SftpExtendedAttr)),
)


def to_SftpAttrs(c: Any) -> SftpAttrs:
    return SftpAttrs(c.flags, c.size, c.uid, c.gid, c.permissions, c.atime, c.mtime, None if c.extended is None else tuple(to_SftpExtendedAttr(e) for e in c.extended))


def from_SftpAttrs(o: SftpAttrs) -> dict[str, Any]:
    return {
        'flags': o.flags,
        'size': o.size,
        'uid': o.uid,
        'gid': o.gid,
        'permissions': o.permissions,
        'atime': o.atime,
        'mtime': o.mtime,
        'extended': None if o.extended is None else [from_SftpExtendedAttr(e) for e in o.extended],
    }


C_SftpExtensionPair = Struct(
    "name" / SSHName,
    "data" / SSHString,
)


def to_SftpExtensionPair(c: Any) -> SftpExtensionPair:
    return SftpExtensionPair(c.name, c.data)


def from_SftpExtensionPair(o: SftpExtensionPair) -> dict[str, Any]:
    return {
        'name': o.name,
        'data': bytes(o.data),
    }


C_SftpNameEntry = Struct(
    "filename" / SSHString,
    "longname" / SSHString,
    "attrs" / C_SftpAttrs,
)


def to_SftpNameEntry(c: Any) -> SftpNameEntry:
    return SftpNameEntry(c.filename, c.longname, to_SftpAttrs(c.attrs))


def from_SftpNameEntry(o: SftpNameEntry) -> dict[str, Any]:
    return {
        'filename': bytes(o.filename),
        'longname': bytes(o.longname),
        'attrs': from_SftpAttrs(o.attrs),
    }


C_SftpPosixRenameRequest = Struct(
    "oldpath" / SSHString,
    "newpath" / SSHString,
)


def to_SftpPosixRenameRequest(c: Any) -> SftpPosixRenameRequest:
    return SftpPosixRenameRequest(c.oldpath, c.newpath)


def from_SftpPosixRenameRequest(o: SftpPosixRenameRequest) -> dict[str, Any]:
    return {
        'oldpath': bytes(o.oldpath),
        'newpath': bytes(o.newpath),
    }


C_SftpStatvfsRequest = Struct(
    "path" / SSHString,
)


def to_SftpStatvfsRequest(c: Any) -> SftpStatvfsRequest:
    return SftpStatvfsRequest(c.path)


def from_SftpStatvfsRequest(o: SftpStatvfsRequest) -> dict[str, Any]:
    return {
        'path': bytes(o.path),
    }


C_SftpFstatvfsRequest = Struct(
    "handle" / SSHString,
)


def to_SftpFstatvfsRequest(c: Any) -> SftpFstatvfsRequest:
    return SftpFstatvfsRequest(c.handle)


def from_SftpFstatvfsRequest(o: SftpFstatvfsRequest) -> dict[str, Any]:
    return {
        'handle': bytes(o.handle),
    }


C_SftpHardlinkRequest = Struct(
    "oldpath" / SSHString,
    "newpath" / SSHString,
)


def to_SftpHardlinkRequest(c: Any) -> SftpHardlinkRequest:
    return SftpHardlinkRequest(c.oldpath, c.newpath)


def from_SftpHardlinkRequest(o: SftpHardlinkRequest) -> dict[str, Any]:
    return {
        'oldpath': bytes(o.oldpath),
        'newpath': bytes(o.newpath),
    }


C_SftpFsyncRequest = Struct(
    "handle" / SSHString,
)


def to_SftpFsyncRequest(c: Any) -> SftpFsyncRequest:
    return SftpFsyncRequest(c.handle)


def from_SftpFsyncRequest(o: SftpFsyncRequest) -> dict[str, Any]:
    return {
        'handle': bytes(o.handle),
    }


C_SftpLsetstatRequest = Struct(
    "path" / SSHString,
    "attrs" / C_SftpAttrs,
)


def to_SftpLsetstatRequest(c: Any) -> SftpLsetstatRequest:
    return SftpLsetstatRequest(c.path, to_SftpAttrs(c.attrs))


def from_SftpLsetstatRequest(o: SftpLsetstatRequest) -> dict[str, Any]:
    return {
        'path': bytes(o.path),
        'attrs': from_SftpAttrs(o.attrs),
    }


C_SftpExpandPathRequest = Struct(
    "path" / SSHString,
)


def to_SftpExpandPathRequest(c: Any) -> SftpExpandPathRequest:
    return SftpExpandPathRequest(c.path)


def from_SftpExpandPathRequest(o: SftpExpandPathRequest) -> dict[str, Any]:
    return {
        'path': bytes(o.path),
    }


C_SftpCopyDataRequest = Struct(
    "read_from_handle" / SSHString,
    "read_from_offset" / Int64ub,
    "read_data_length" / Int64ub,
    "write_to_handle" / SSHString,
    "write_to_offset" / Int64ub,
)


def to_SftpCopyDataRequest(c: Any) -> SftpCopyDataRequest:
    return SftpCopyDataRequest(c.read_from_handle, c.read_from_offset, c.read_data_length, c.write_to_handle, c.write_to_offset)


def from_SftpCopyDataRequest(o: SftpCopyDataRequest) -> dict[str, Any]:
    return {
        'read_from_handle': bytes(o.read_from_handle),
        'read_from_offset': o.read_from_offset,
        'read_data_length': o.read_data_length,
        'write_to_handle': bytes(o.write_to_handle),
        'write_to_offset': o.write_to_offset,
    }


C_SftpHomeDirectoryRequest = Struct(
    "username" / SSHString,
)


def to_SftpHomeDirectoryRequest(c: Any) -> SftpHomeDirectoryRequest:
    return SftpHomeDirectoryRequest(c.username)


def from_SftpHomeDirectoryRequest(o: SftpHomeDirectoryRequest) -> dict[str, Any]:
    return {
        'username': bytes(o.username),
    }


C_SftpIdList = Struct(
    "ids" / GreedyRange(Int32ub),
)


def to_SftpIdList(c: Any) -> SftpIdList:
    return SftpIdList(tuple(e for e in c.ids))


def from_SftpIdList(o: SftpIdList) -> dict[str, Any]:
    return {
        'ids': [e for e in o.ids],
    }


C_SftpUsersGroupsByIdRequest = Struct(
    "uids" / Prefixed(Int32ub, Exact(C_SftpIdList)),
    "gids" / Prefixed(Int32ub, Exact(C_SftpIdList)),
)


def to_SftpUsersGroupsByIdRequest(c: Any) -> SftpUsersGroupsByIdRequest:
    return SftpUsersGroupsByIdRequest(to_SftpIdList(c.uids), to_SftpIdList(c.gids))


def from_SftpUsersGroupsByIdRequest(o: SftpUsersGroupsByIdRequest) -> dict[str, Any]:
    return {
        'uids': from_SftpIdList(o.uids),
        'gids': from_SftpIdList(o.gids),
    }


C_SftpNameList = Struct(
    "names" / GreedyRange(SSHUtf8),
)


def to_SftpNameList(c: Any) -> SftpNameList:
    return SftpNameList(tuple(e for e in c.names))


def from_SftpNameList(o: SftpNameList) -> dict[str, Any]:
    return {
        'names': [e for e in o.names],
    }


C_SftpStatvfsReply = Struct(
    "f_bsize" / Int64ub,
    "f_frsize" / Int64ub,
    "f_blocks" / Int64ub,
    "f_bfree" / Int64ub,
    "f_bavail" / Int64ub,
    "f_files" / Int64ub,
    "f_ffree" / Int64ub,
    "f_favail" / Int64ub,
    "f_fsid" / Int64ub,
    "f_flag" / Int64ub,
    "f_namemax" / Int64ub,
)


def to_SftpStatvfsReply(c: Any) -> SftpStatvfsReply:
    return SftpStatvfsReply(c.f_bsize, c.f_frsize, c.f_blocks, c.f_bfree, c.f_bavail, c.f_files, c.f_ffree, c.f_favail, c.f_fsid, c.f_flag, c.f_namemax)


def from_SftpStatvfsReply(o: SftpStatvfsReply) -> dict[str, Any]:
    return {
        'f_bsize': o.f_bsize,
        'f_frsize': o.f_frsize,
        'f_blocks': o.f_blocks,
        'f_bfree': o.f_bfree,
        'f_bavail': o.f_bavail,
        'f_files': o.f_files,
        'f_ffree': o.f_ffree,
        'f_favail': o.f_favail,
        'f_fsid': o.f_fsid,
        'f_flag': o.f_flag,
        'f_namemax': o.f_namemax,
    }


C_SftpFstatvfsReply = Struct(
    "f_bsize" / Int64ub,
    "f_frsize" / Int64ub,
    "f_blocks" / Int64ub,
    "f_bfree" / Int64ub,
    "f_bavail" / Int64ub,
    "f_files" / Int64ub,
    "f_ffree" / Int64ub,
    "f_favail" / Int64ub,
    "f_fsid" / Int64ub,
    "f_flag" / Int64ub,
    "f_namemax" / Int64ub,
)


def to_SftpFstatvfsReply(c: Any) -> SftpFstatvfsReply:
    return SftpFstatvfsReply(c.f_bsize, c.f_frsize, c.f_blocks, c.f_bfree, c.f_bavail, c.f_files, c.f_ffree, c.f_favail, c.f_fsid, c.f_flag, c.f_namemax)


def from_SftpFstatvfsReply(o: SftpFstatvfsReply) -> dict[str, Any]:
    return {
        'f_bsize': o.f_bsize,
        'f_frsize': o.f_frsize,
        'f_blocks': o.f_blocks,
        'f_bfree': o.f_bfree,
        'f_bavail': o.f_bavail,
        'f_files': o.f_files,
        'f_ffree': o.f_ffree,
        'f_favail': o.f_favail,
        'f_fsid': o.f_fsid,
        'f_flag': o.f_flag,
        'f_namemax': o.f_namemax,
    }


C_SftpLimitsReply = Struct(
    "max_packet_length" / Int64ub,
    "max_read_length" / Int64ub,
    "max_write_length" / Int64ub,
    "max_open_handles" / Int64ub,
)


def to_SftpLimitsReply(c: Any) -> SftpLimitsReply:
    return SftpLimitsReply(c.max_packet_length, c.max_read_length, c.max_write_length, c.max_open_handles)


def from_SftpLimitsReply(o: SftpLimitsReply) -> dict[str, Any]:
    return {
        'max_packet_length': o.max_packet_length,
        'max_read_length': o.max_read_length,
        'max_write_length': o.max_write_length,
        'max_open_handles': o.max_open_handles,
    }


C_SftpUsersGroupsByIdReply = Struct(
    "usernames" / Prefixed(Int32ub, Exact(C_SftpNameList)),
    "groupnames" / Prefixed(Int32ub, Exact(C_SftpNameList)),
)


def to_SftpUsersGroupsByIdReply(c: Any) -> SftpUsersGroupsByIdReply:
    return SftpUsersGroupsByIdReply(to_SftpNameList(c.usernames), to_SftpNameList(c.groupnames))


def from_SftpUsersGroupsByIdReply(o: SftpUsersGroupsByIdReply) -> dict[str, Any]:
    return {
        'usernames': from_SftpNameList(o.usernames),
        'groupnames': from_SftpNameList(o.groupnames),
    }


C_SftpInit = Struct(
    "_mid" / Const(b'\x01'),
    "version" / Int32ub,
    "extensions" / GreedyRange(C_SftpExtensionPair),
)


def to_SftpInit(c: Any) -> SftpInit:
    return SftpInit(c.version, tuple(to_SftpExtensionPair(e) for e in c.extensions))


def from_SftpInit(o: SftpInit) -> dict[str, Any]:
    return {
        'version': o.version,
        'extensions': [from_SftpExtensionPair(e) for e in o.extensions],
    }


C_SftpVersion = Struct(
    "_mid" / Const(b'\x02'),
    "version" / Int32ub,
    "extensions" / GreedyRange(C_SftpExtensionPair),
)


def to_SftpVersion(c: Any) -> SftpVersion:
    return SftpVersion(c.version, tuple(to_SftpExtensionPair(e) for e in c.extensions))


def from_SftpVersion(o: SftpVersion) -> dict[str, Any]:
    return {
        'version': o.version,
        'extensions': [from_SftpExtensionPair(e) for e in o.extensions],
    }


C_SftpOpen = Struct(
    "_mid" / Const(b'\x03'),
    "request_id" / Int32ub,
    "filename" / SSHString,
    "pflags" / Int32ub,
    "attrs" / C_SftpAttrs,
)


def to_SftpOpen(c: Any) -> SftpOpen:
    return SftpOpen(c.request_id, c.filename, c.pflags, to_SftpAttrs(c.attrs))


def from_SftpOpen(o: SftpOpen) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'filename': bytes(o.filename),
        'pflags': o.pflags,
        'attrs': from_SftpAttrs(o.attrs),
    }


C_SftpClose = Struct(
    "_mid" / Const(b'\x04'),
    "request_id" / Int32ub,
    "handle" / SSHString,
)


def to_SftpClose(c: Any) -> SftpClose:
    return SftpClose(c.request_id, c.handle)


def from_SftpClose(o: SftpClose) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'handle': bytes(o.handle),
    }


C_SftpRead = Struct(
    "_mid" / Const(b'\x05'),
    "request_id" / Int32ub,
    "handle" / SSHString,
    "offset" / Int64ub,
    "length" / Int32ub,
)


def to_SftpRead(c: Any) -> SftpRead:
    return SftpRead(c.request_id, c.handle, c.offset, c.length)


def from_SftpRead(o: SftpRead) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'handle': bytes(o.handle),
        'offset': o.offset,
        'length': o.length,
    }


C_SftpWrite = Struct(
    "_mid" / Const(b'\x06'),
    "request_id" / Int32ub,
    "handle" / SSHString,
    "offset" / Int64ub,
    "data" / SSHString,
)


def to_SftpWrite(c: Any) -> SftpWrite:
    return SftpWrite(c.request_id, c.handle, c.offset, c.data)


def from_SftpWrite(o: SftpWrite) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'handle': bytes(o.handle),
        'offset': o.offset,
        'data': bytes(o.data),
    }


C_SftpLstat = Struct(
    "_mid" / Const(b'\x07'),
    "request_id" / Int32ub,
    "path" / SSHString,
)


def to_SftpLstat(c: Any) -> SftpLstat:
    return SftpLstat(c.request_id, c.path)


def from_SftpLstat(o: SftpLstat) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'path': bytes(o.path),
    }


C_SftpFstat = Struct(
    "_mid" / Const(b'\x08'),
    "request_id" / Int32ub,
    "handle" / SSHString,
)


def to_SftpFstat(c: Any) -> SftpFstat:
    return SftpFstat(c.request_id, c.handle)


def from_SftpFstat(o: SftpFstat) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'handle': bytes(o.handle),
    }


C_SftpSetstat = Struct(
    "_mid" / Const(b'\t'),
    "request_id" / Int32ub,
    "path" / SSHString,
    "attrs" / C_SftpAttrs,
)


def to_SftpSetstat(c: Any) -> SftpSetstat:
    return SftpSetstat(c.request_id, c.path, to_SftpAttrs(c.attrs))


def from_SftpSetstat(o: SftpSetstat) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'path': bytes(o.path),
        'attrs': from_SftpAttrs(o.attrs),
    }


C_SftpFsetstat = Struct(
    "_mid" / Const(b'\n'),
    "request_id" / Int32ub,
    "handle" / SSHString,
    "attrs" / C_SftpAttrs,
)


def to_SftpFsetstat(c: Any) -> SftpFsetstat:
    return SftpFsetstat(c.request_id, c.handle, to_SftpAttrs(c.attrs))


def from_SftpFsetstat(o: SftpFsetstat) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'handle': bytes(o.handle),
        'attrs': from_SftpAttrs(o.attrs),
    }


C_SftpOpendir = Struct(
    "_mid" / Const(b'\x0b'),
    "request_id" / Int32ub,
    "path" / SSHString,
)


def to_SftpOpendir(c: Any) -> SftpOpendir:
    return SftpOpendir(c.request_id, c.path)


def from_SftpOpendir(o: SftpOpendir) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'path': bytes(o.path),
    }


C_SftpReaddir = Struct(
    "_mid" / Const(b'\x0c'),
    "request_id" / Int32ub,
    "handle" / SSHString,
)


def to_SftpReaddir(c: Any) -> SftpReaddir:
    return SftpReaddir(c.request_id, c.handle)


def from_SftpReaddir(o: SftpReaddir) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'handle': bytes(o.handle),
    }


C_SftpRemove = Struct(
    "_mid" / Const(b'\r'),
    "request_id" / Int32ub,
    "filename" / SSHString,
)


def to_SftpRemove(c: Any) -> SftpRemove:
    return SftpRemove(c.request_id, c.filename)


def from_SftpRemove(o: SftpRemove) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'filename': bytes(o.filename),
    }


C_SftpMkdir = Struct(
    "_mid" / Const(b'\x0e'),
    "request_id" / Int32ub,
    "path" / SSHString,
    "attrs" / C_SftpAttrs,
)


def to_SftpMkdir(c: Any) -> SftpMkdir:
    return SftpMkdir(c.request_id, c.path, to_SftpAttrs(c.attrs))


def from_SftpMkdir(o: SftpMkdir) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'path': bytes(o.path),
        'attrs': from_SftpAttrs(o.attrs),
    }


C_SftpRmdir = Struct(
    "_mid" / Const(b'\x0f'),
    "request_id" / Int32ub,
    "path" / SSHString,
)


def to_SftpRmdir(c: Any) -> SftpRmdir:
    return SftpRmdir(c.request_id, c.path)


def from_SftpRmdir(o: SftpRmdir) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'path': bytes(o.path),
    }


C_SftpRealpath = Struct(
    "_mid" / Const(b'\x10'),
    "request_id" / Int32ub,
    "path" / SSHString,
)


def to_SftpRealpath(c: Any) -> SftpRealpath:
    return SftpRealpath(c.request_id, c.path)


def from_SftpRealpath(o: SftpRealpath) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'path': bytes(o.path),
    }


C_SftpStat = Struct(
    "_mid" / Const(b'\x11'),
    "request_id" / Int32ub,
    "path" / SSHString,
)


def to_SftpStat(c: Any) -> SftpStat:
    return SftpStat(c.request_id, c.path)


def from_SftpStat(o: SftpStat) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'path': bytes(o.path),
    }


C_SftpRename = Struct(
    "_mid" / Const(b'\x12'),
    "request_id" / Int32ub,
    "oldpath" / SSHString,
    "newpath" / SSHString,
)


def to_SftpRename(c: Any) -> SftpRename:
    return SftpRename(c.request_id, c.oldpath, c.newpath)


def from_SftpRename(o: SftpRename) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'oldpath': bytes(o.oldpath),
        'newpath': bytes(o.newpath),
    }


C_SftpReadlink = Struct(
    "_mid" / Const(b'\x13'),
    "request_id" / Int32ub,
    "path" / SSHString,
)


def to_SftpReadlink(c: Any) -> SftpReadlink:
    return SftpReadlink(c.request_id, c.path)


def from_SftpReadlink(o: SftpReadlink) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'path': bytes(o.path),
    }


C_SftpSymlink = Struct(
    "_mid" / Const(b'\x14'),
    "request_id" / Int32ub,
    "first_path" / SSHString,
    "second_path" / SSHString,
)


def to_SftpSymlink(c: Any) -> SftpSymlink:
    return SftpSymlink(c.request_id, c.first_path, c.second_path)


def from_SftpSymlink(o: SftpSymlink) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'first_path': bytes(o.first_path),
        'second_path': bytes(o.second_path),
    }


C_SftpStatus = Struct(
    "_mid" / Const(b'e'),
    "request_id" / Int32ub,
    "status_code" / Int32ub,
    "error_message" / SSHUtf8,
    "language_tag" / SSHString,
)


def to_SftpStatus(c: Any) -> SftpStatus:
    return SftpStatus(c.request_id, c.status_code, c.error_message, c.language_tag)


def from_SftpStatus(o: SftpStatus) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'status_code': o.status_code,
        'error_message': o.error_message,
        'language_tag': bytes(o.language_tag),
    }


C_SftpHandle = Struct(
    "_mid" / Const(b'f'),
    "request_id" / Int32ub,
    "handle" / SSHString,
)


def to_SftpHandle(c: Any) -> SftpHandle:
    return SftpHandle(c.request_id, c.handle)


def from_SftpHandle(o: SftpHandle) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'handle': bytes(o.handle),
    }


C_SftpData = Struct(
    "_mid" / Const(b'g'),
    "request_id" / Int32ub,
    "data" / SSHString,
)


def to_SftpData(c: Any) -> SftpData:
    return SftpData(c.request_id, c.data)


def from_SftpData(o: SftpData) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'data': bytes(o.data),
    }


C_SftpName = Struct(
    "_mid" / Const(b'h'),
    "request_id" / Int32ub,
    "entries" / PrefixedArray(Int32ub, C_SftpNameEntry),
)


def to_SftpName(c: Any) -> SftpName:
    return SftpName(c.request_id, tuple(to_SftpNameEntry(e) for e in c.entries))


def from_SftpName(o: SftpName) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'entries': [from_SftpNameEntry(e) for e in o.entries],
    }


C_SftpAttrsReply = Struct(
    "_mid" / Const(b'i'),
    "request_id" / Int32ub,
    "attrs" / C_SftpAttrs,
)


def to_SftpAttrsReply(c: Any) -> SftpAttrsReply:
    return SftpAttrsReply(c.request_id, to_SftpAttrs(c.attrs))


def from_SftpAttrsReply(o: SftpAttrsReply) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'attrs': from_SftpAttrs(o.attrs),
    }


C_SftpExtended = Struct(
    "_mid" / Const(b'\xc8'),
    "request_id" / Int32ub,
    "extended_request" / SSHName,
    "body" / Switch(this.extended_request, {'posix-rename@openssh.com': C_SftpPosixRenameRequest, 'statvfs@openssh.com': C_SftpStatvfsRequest, 'fstatvfs@openssh.com': C_SftpFstatvfsRequest, 'hardlink@openssh.com': C_SftpHardlinkRequest, 'fsync@openssh.com': C_SftpFsyncRequest, 'lsetstat@openssh.com': C_SftpLsetstatRequest, 'limits@openssh.com': Pass, 'expand-path@openssh.com': C_SftpExpandPathRequest, 'copy-data': C_SftpCopyDataRequest, 'home-directory': C_SftpHomeDirectoryRequest, 'users-groups-by-id@openssh.com': C_SftpUsersGroupsByIdRequest}, default=GreedyBytes),
)


def to_SftpExtended(c: Any) -> SftpExtended:
    return SftpExtended(c.request_id, c.extended_request, _to_sw_SftpExtended_body(c.extended_request, c.body))


def from_SftpExtended(o: SftpExtended) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'extended_request': o.extended_request,
        'body': _from_sw_SftpExtended_body(o.extended_request, o.body),
    }


def _to_sw_SftpExtended_body(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'posix-rename@openssh.com': to_SftpPosixRenameRequest, 'statvfs@openssh.com': to_SftpStatvfsRequest, 'fstatvfs@openssh.com': to_SftpFstatvfsRequest, 'hardlink@openssh.com': to_SftpHardlinkRequest, 'fsync@openssh.com': to_SftpFsyncRequest, 'lsetstat@openssh.com': to_SftpLsetstatRequest, 'limits@openssh.com': None, 'expand-path@openssh.com': to_SftpExpandPathRequest, 'copy-data': to_SftpCopyDataRequest, 'home-directory': to_SftpHomeDirectoryRequest, 'users-groups-by-id@openssh.com': to_SftpUsersGroupsByIdRequest}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


def _from_sw_SftpExtended_body(key: Any, value: Any) -> Any:
    table: dict[Any, Any] = {'posix-rename@openssh.com': from_SftpPosixRenameRequest, 'statvfs@openssh.com': from_SftpStatvfsRequest, 'fstatvfs@openssh.com': from_SftpFstatvfsRequest, 'hardlink@openssh.com': from_SftpHardlinkRequest, 'fsync@openssh.com': from_SftpFsyncRequest, 'lsetstat@openssh.com': from_SftpLsetstatRequest, 'limits@openssh.com': None, 'expand-path@openssh.com': from_SftpExpandPathRequest, 'copy-data': from_SftpCopyDataRequest, 'home-directory': from_SftpHomeDirectoryRequest, 'users-groups-by-id@openssh.com': from_SftpUsersGroupsByIdRequest}
    if key not in table:
        return bytes(value)
    conv = table[key]
    return None if conv is None else conv(value)


C_SftpExtendedReply = Struct(
    "_mid" / Const(b'\xc9'),
    "request_id" / Int32ub,
    "data" / GreedyBytes,
)


def to_SftpExtendedReply(c: Any) -> SftpExtendedReply:
    return SftpExtendedReply(c.request_id, c.data)


def from_SftpExtendedReply(o: SftpExtendedReply) -> dict[str, Any]:
    return {
        'request_id': o.request_id,
        'data': bytes(o.data),
    }

TABLE: dict[type, tuple[Any, Any, Any]] = {
    SftpExtendedAttr: (C_SftpExtendedAttr, to_SftpExtendedAttr, from_SftpExtendedAttr),
    SftpAttrs: (C_SftpAttrs, to_SftpAttrs, from_SftpAttrs),
    SftpExtensionPair: (C_SftpExtensionPair, to_SftpExtensionPair, from_SftpExtensionPair),
    SftpNameEntry: (C_SftpNameEntry, to_SftpNameEntry, from_SftpNameEntry),
    SftpPosixRenameRequest: (C_SftpPosixRenameRequest, to_SftpPosixRenameRequest, from_SftpPosixRenameRequest),
    SftpStatvfsRequest: (C_SftpStatvfsRequest, to_SftpStatvfsRequest, from_SftpStatvfsRequest),
    SftpFstatvfsRequest: (C_SftpFstatvfsRequest, to_SftpFstatvfsRequest, from_SftpFstatvfsRequest),
    SftpHardlinkRequest: (C_SftpHardlinkRequest, to_SftpHardlinkRequest, from_SftpHardlinkRequest),
    SftpFsyncRequest: (C_SftpFsyncRequest, to_SftpFsyncRequest, from_SftpFsyncRequest),
    SftpLsetstatRequest: (C_SftpLsetstatRequest, to_SftpLsetstatRequest, from_SftpLsetstatRequest),
    SftpExpandPathRequest: (C_SftpExpandPathRequest, to_SftpExpandPathRequest, from_SftpExpandPathRequest),
    SftpCopyDataRequest: (C_SftpCopyDataRequest, to_SftpCopyDataRequest, from_SftpCopyDataRequest),
    SftpHomeDirectoryRequest: (C_SftpHomeDirectoryRequest, to_SftpHomeDirectoryRequest, from_SftpHomeDirectoryRequest),
    SftpIdList: (C_SftpIdList, to_SftpIdList, from_SftpIdList),
    SftpUsersGroupsByIdRequest: (C_SftpUsersGroupsByIdRequest, to_SftpUsersGroupsByIdRequest, from_SftpUsersGroupsByIdRequest),
    SftpNameList: (C_SftpNameList, to_SftpNameList, from_SftpNameList),
    SftpStatvfsReply: (C_SftpStatvfsReply, to_SftpStatvfsReply, from_SftpStatvfsReply),
    SftpFstatvfsReply: (C_SftpFstatvfsReply, to_SftpFstatvfsReply, from_SftpFstatvfsReply),
    SftpLimitsReply: (C_SftpLimitsReply, to_SftpLimitsReply, from_SftpLimitsReply),
    SftpUsersGroupsByIdReply: (C_SftpUsersGroupsByIdReply, to_SftpUsersGroupsByIdReply, from_SftpUsersGroupsByIdReply),
    SftpInit: (C_SftpInit, to_SftpInit, from_SftpInit),
    SftpVersion: (C_SftpVersion, to_SftpVersion, from_SftpVersion),
    SftpOpen: (C_SftpOpen, to_SftpOpen, from_SftpOpen),
    SftpClose: (C_SftpClose, to_SftpClose, from_SftpClose),
    SftpRead: (C_SftpRead, to_SftpRead, from_SftpRead),
    SftpWrite: (C_SftpWrite, to_SftpWrite, from_SftpWrite),
    SftpLstat: (C_SftpLstat, to_SftpLstat, from_SftpLstat),
    SftpFstat: (C_SftpFstat, to_SftpFstat, from_SftpFstat),
    SftpSetstat: (C_SftpSetstat, to_SftpSetstat, from_SftpSetstat),
    SftpFsetstat: (C_SftpFsetstat, to_SftpFsetstat, from_SftpFsetstat),
    SftpOpendir: (C_SftpOpendir, to_SftpOpendir, from_SftpOpendir),
    SftpReaddir: (C_SftpReaddir, to_SftpReaddir, from_SftpReaddir),
    SftpRemove: (C_SftpRemove, to_SftpRemove, from_SftpRemove),
    SftpMkdir: (C_SftpMkdir, to_SftpMkdir, from_SftpMkdir),
    SftpRmdir: (C_SftpRmdir, to_SftpRmdir, from_SftpRmdir),
    SftpRealpath: (C_SftpRealpath, to_SftpRealpath, from_SftpRealpath),
    SftpStat: (C_SftpStat, to_SftpStat, from_SftpStat),
    SftpRename: (C_SftpRename, to_SftpRename, from_SftpRename),
    SftpReadlink: (C_SftpReadlink, to_SftpReadlink, from_SftpReadlink),
    SftpSymlink: (C_SftpSymlink, to_SftpSymlink, from_SftpSymlink),
    SftpStatus: (C_SftpStatus, to_SftpStatus, from_SftpStatus),
    SftpHandle: (C_SftpHandle, to_SftpHandle, from_SftpHandle),
    SftpData: (C_SftpData, to_SftpData, from_SftpData),
    SftpName: (C_SftpName, to_SftpName, from_SftpName),
    SftpAttrsReply: (C_SftpAttrsReply, to_SftpAttrsReply, from_SftpAttrsReply),
    SftpExtended: (C_SftpExtended, to_SftpExtended, from_SftpExtended),
    SftpExtendedReply: (C_SftpExtendedReply, to_SftpExtendedReply, from_SftpExtendedReply),
}
