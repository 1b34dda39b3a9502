"""Refuse to open a SQLite file that sits on a network share.

SQLite relies on the file system's byte-range locks and, in WAL mode, on shared memory next to the
file. Over NFS, SMB/CIFS, sshfs and the like those locks are missing, broken or only local to one
client, so two workstations writing to the same file can corrupt it (https://sqlite.org/wal.html,
"WAL does not work over a network filesystem"; https://sqlite.org/faq.html#q5). A clinic with
several workstations uses the PostgreSQL server instead.

How a path is judged, per platform:

- Linux: the file system type of the mount that holds the path, from ``/proc/self/mountinfo``
  (the longest mount point that is a prefix of the path; of two mounts on the same point, the one
  listed last, which is on top).
- Windows: UNC paths (``\\\\server\\share\\...``, ``\\\\?\\UNC\\...``) and drive letters whose
  ``GetDriveTypeW`` is ``DRIVE_REMOTE`` (mapped network drives).
- macOS and the BSDs: the type that ``mount`` prints for the mount holding the path (``smbfs``,
  ``nfs``, ``afpfs``, ``webdav``). A FUSE mount (macFUSE) names no type that tells local from
  remote, so sshfs there is not recognised.

Anywhere the answer cannot be had (no mountinfo, ``mount`` missing) the file is opened: the check
guards against a known hazard, it does not stop a workstation that cannot be inspected.

The parsing and deciding functions take their inputs as arguments (mountinfo text, ``mount``
output, a drive-type function) so that tests can drive them with any table of mounts.
"""

from __future__ import annotations

import logging
import ntpath
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

NETWORK_FS_TYPES = frozenset(
    {
        # NFS and SMB/CIFS, the usual clinic file servers
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "smb",
        "smb2",
        # distributed and cluster file systems mounted over the network
        "afs",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "beegfs",
        "orangefs",
        "pvfs2",
        "ocfs2",
        "gfs2",
        "ncpfs",
        "ncp",
        "coda",
        # 9p: a VM's or WSL2's host folders (/mnt/c); vboxsf: VirtualBox shared folders
        "9p",
        "vboxsf",
        "vmhgfs",
        "prl_fs",
        # WebDAV and FUSE clients of remote storage
        "davfs",
        "fuse.davfs2",
        "fuse.sshfs",
        "fuse.glusterfs",
        "fuse.ceph-fuse",
        "fuse.cephfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gcsfuse",
        "fuse.juicefs",
        "fuse.smbnetfs",
        "fuse.curlftpfs",
        "fuse.vmhgfs-fuse",
        "fuse.lizardfs",
        "fuse.moosefs",
        "fuse.mfs",
        # macOS (as ``mount`` names them)
        "afpfs",
        "webdav",
    }
)
"""File system types whose locking SQLite cannot rely on. Generic ``fuse`` and ``fuseblk`` are
not listed: they are as often a local disk (NTFS through ntfs-3g) as a remote one."""

DRIVE_REMOTE = 4
"""``GetDriveTypeW`` for a network drive."""

ADVICE = (
    "SQLite's file locking is unreliable on network file systems (NFS, SMB/CIFS, sshfs and the "
    "like): two workstations writing to the same file can corrupt the clinic's records. Keep the "
    "SQLite file on this workstation's own disk, or, for several workstations, use the clinic's "
    "PostgreSQL server (--db postgresql://… or CALCITRACK_DATABASE_URL; "
    "'calcitrack db migrate-to' moves a clinic there)."
)


class NetworkShareError(RuntimeError):
    """A SQLite database file on a network share: refused (the message says where and why)."""


@dataclass(frozen=True)
class Mount:
    mount_point: str
    fs_type: str
    source: str = ""


_ESCAPE = re.compile(r"\\([0-7]{3})")


def _unescape(field: str) -> str:
    """mountinfo escapes space, tab, newline and backslash as octal (``\\040`` and so on)."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts listed in ``/proc/<pid>/mountinfo`` text, in their order (malformed lines are
    skipped).

    A line is ``id parent major:minor root mount-point options [optional...] - type source
    super-options``; the optional fields end at the lone ``-``.
    """
    mounts = []
    for line in text.splitlines():
        fields = line.split(" ")
        try:
            dash = fields.index("-", 6)
        except ValueError:
            continue
        if len(fields) < dash + 2:
            continue
        source = _unescape(fields[dash + 2]) if len(fields) > dash + 2 else ""
        mounts.append(Mount(_unescape(fields[4]), fields[dash + 1], source))
    return mounts


_BSD_MOUNT = re.compile(r"^(?P<source>.*?) on (?P<point>/.*?) \((?P<type>[^,()]+)[^()]*\)$")


def parse_bsd_mount(text: str) -> list[Mount]:
    """The mounts printed by macOS/BSD ``mount``: ``source on /point (type, options...)``."""
    mounts = []
    for line in text.splitlines():
        match = _BSD_MOUNT.match(line.strip())
        if match:
            mounts.append(
                Mount(match.group("point"), match.group("type").strip(), match.group("source"))
            )
    return mounts


def _contains(mount_point: str, path: str) -> bool:
    if mount_point == "/":
        return path.startswith("/")
    point = mount_point.rstrip("/")
    return path == point or path.startswith(point + "/")


def mount_of(path: str, mounts: Iterable[Mount]) -> Mount | None:
    """The mount that holds the absolute POSIX ``path``: the longest containing mount point; of
    several on the same point the last listed (mounted on top, e.g. NFS over an autofs trigger)."""
    best: Mount | None = None
    for mount in mounts:
        if _contains(mount.mount_point, path) and (
            best is None or len(mount.mount_point.rstrip("/")) >= len(best.mount_point.rstrip("/"))
        ):
            best = mount
    return best


def is_network_fs(fs_type: str) -> bool:
    return fs_type.lower() in NETWORK_FS_TYPES


def posix_share_reason(path: str, mounts: Iterable[Mount]) -> str | None:
    """Why ``path`` is on a network share (the mount and its type), or None if it is not."""
    mount = mount_of(path, mounts)
    if mount is None or not is_network_fs(mount.fs_type):
        return None
    origin = f" from {mount.source}" if mount.source and mount.source != "none" else ""
    return f"a network share ({mount.fs_type}) mounted at {mount.mount_point}{origin}"


def windows_share_reason(path: str, drive_type: Callable[[str], int]) -> str | None:
    """Why the Windows ``path`` is on a network share, or None. ``drive_type`` is
    ``GetDriveTypeW`` (given a root such as ``Z:\\``)."""
    normal = path.replace("/", "\\")
    upper = normal.upper()
    if upper.startswith("\\\\?\\UNC\\"):
        return f"the network share {_unc_share(normal[8:])}"
    if upper.startswith(("\\\\?\\", "\\\\.\\")):
        normal = normal[4:]  # \\?\C:\... is a local path written in the long form
    elif normal.startswith("\\\\"):
        return f"the network share {_unc_share(normal[2:])}"
    drive = ntpath.splitdrive(normal)[0]
    if len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOTE:
        return f"the mapped network drive {drive.upper()}"
    return None


def _unc_share(rest: str) -> str:
    parts = [p for p in rest.split("\\") if p][:2]
    return "\\\\" + "\\".join(parts)


def _existing(path: Path) -> Path:
    """The path itself if it exists, else its nearest existing folder (a new database file's
    folder decides where the file will live)."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return path


def _read_mountinfo() -> str | None:
    try:
        return Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="surrogateescape")
    except OSError as exc:
        log.debug("cannot read /proc/self/mountinfo (%s): network shares not detected", exc)
        return None


def _bsd_mount_table() -> str | None:
    try:
        done = subprocess.run(
            ["/sbin/mount"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.debug("cannot run mount (%s): network shares not detected", exc)
        return None
    return done.stdout if done.returncode == 0 else None


def _windows_drive_type(root: str) -> int:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # windll: Windows only
    return int(kernel32.GetDriveTypeW(root))


def network_share_reason(path: str | Path, *, platform: str | None = None) -> str | None:
    """Why the database file ``path`` is on a network share on this machine, or None."""
    platform = platform or sys.platform
    target = _existing(Path(os.path.realpath(Path(path).expanduser())))
    if platform == "win32":
        return windows_share_reason(str(target), _windows_drive_type)
    if platform.startswith("linux"):
        text = _read_mountinfo()
        return None if text is None else posix_share_reason(str(target), parse_mountinfo(text))
    if platform == "darwin" or "bsd" in platform:
        text = _bsd_mount_table()
        return None if text is None else posix_share_reason(str(target), parse_bsd_mount(text))
    return None


def refuse_network_share(path: str | Path) -> None:
    """Raise NetworkShareError if the SQLite file ``path`` is (or would be) on a network share."""
    reason = network_share_reason(path)
    if reason is not None:
        raise NetworkShareError(
            f"refusing to open the SQLite database {path}: it is on {reason}. {ADVICE}"
        )
