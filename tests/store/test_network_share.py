"""A SQLite file on a network share is refused, with the reason; a local one is opened."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from calcitrack.store.engine import make_engine
from calcitrack.store.network_share import (
    DRIVE_REMOTE,
    Mount,
    NetworkShareError,
    mount_of,
    network_share_reason,
    parse_bsd_mount,
    parse_mountinfo,
    posix_share_reason,
    windows_share_reason,
)

# A workstation's mount table as the Linux kernel writes it: the root disk, a home on ext4, an NFS
# clinic share, a CIFS share whose folder name has a space (escaped \040), an sshfs mount, an
# autofs trigger with NFS mounted on top of it, a USB stick (vfat) under the NFS share, WSL's 9p.
MOUNTINFO = r"""22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw,errors=remount-ro
23 22 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:5 - proc proc rw
24 22 8:2 / /home rw,relatime shared:30 - ext4 /dev/sda2 rw
40 22 0:45 / /srv/clinic rw,relatime shared:40 - nfs4 fileserver:/export/clinic rw,vers=4.2
41 22 0:46 / /mnt/Rheuma\040Share rw,relatime shared:41 - cifs //nas/Rheuma\040Share rw,vers=3.1.1
42 24 0:47 / /home/nurse/remote rw,nosuid,nodev,relatime shared:42 - fuse.sshfs nurse@host:/data rw
43 22 0:48 / /net/archive rw,relatime shared:43 - autofs /etc/auto.net rw,fd=7
44 43 0:49 / /net/archive rw,relatime shared:44 - nfs archive:/vol rw,vers=3
45 40 8:17 / /srv/clinic/usb rw,relatime shared:45 - vfat /dev/sdb1 rw
46 22 0:50 / /mnt/c rw,noatime shared:46 - 9p drvfs rw,aname=drvfs;path=C:\
47 22 0:51 / /srv/clinicdata rw,relatime shared:47 - xfs /dev/sdc1 rw
48 22 0:52 / /mnt/smb3 rw,relatime master:3 propagate_from:2 - smb3 //nas/x rw
"""


def test_mountinfo_is_parsed_with_its_escapes_and_optional_fields() -> None:
    mounts = parse_mountinfo(MOUNTINFO + "garbage line\n\n")
    assert len(mounts) == 12
    assert mounts[0] == Mount("/", "ext4", "/dev/sda1")
    assert Mount("/mnt/Rheuma Share", "cifs", "//nas/Rheuma Share") in mounts
    assert Mount("/mnt/smb3", "smb3", "//nas/x") in mounts  # two optional fields before the "-"


@pytest.mark.parametrize(
    ("path", "mount_point", "remote"),
    [
        ("/home/nurse/calcitrack.sqlite3", "/home", False),
        ("/var/lib/calcitrack/clinic.sqlite3", "/", False),
        ("/srv/clinic/calcitrack.sqlite3", "/srv/clinic", True),
        ("/srv/clinic", "/srv/clinic", True),
        ("/srv/clinic/usb/calcitrack.sqlite3", "/srv/clinic/usb", False),  # longest prefix wins
        ("/srv/clinicdata/calcitrack.sqlite3", "/srv/clinicdata", False),  # not under /srv/clinic
        ("/mnt/Rheuma Share/db/clinic.sqlite3", "/mnt/Rheuma Share", True),
        ("/mnt/Rheuma/clinic.sqlite3", "/", False),
        ("/home/nurse/remote/clinic.sqlite3", "/home/nurse/remote", True),
        ("/net/archive/clinic.sqlite3", "/net/archive", True),  # NFS on top of the autofs trigger
        ("/mnt/c/Users/nurse/clinic.sqlite3", "/mnt/c", True),
        ("/mnt/smb3/clinic.sqlite3", "/mnt/smb3", True),
    ],
)
def test_the_mount_holding_a_path_decides(path: str, mount_point: str, remote: bool) -> None:
    mounts = parse_mountinfo(MOUNTINFO)
    found = mount_of(path, mounts)
    assert found is not None and found.mount_point == mount_point
    reason = posix_share_reason(path, mounts)
    assert (reason is not None) == remote
    if remote:
        assert found.fs_type in reason and mount_point in reason


@pytest.mark.parametrize(
    ("fs_type", "remote"),
    [
        ("nfs", True), ("nfs4", True), ("cifs", True), ("smb3", True), ("smbfs", True),
        ("fuse.sshfs", True), ("9p", True), ("afs", True), ("ceph", True),
        ("fuse.glusterfs", True), ("glusterfs", True), ("fuse.rclone", True), ("lustre", True),
        ("NFS4", True),
        ("ext4", False), ("xfs", False), ("btrfs", False), ("zfs", False), ("tmpfs", False),
        ("overlay", False), ("vfat", False), ("fuseblk", False), ("fuse", False),
        ("ecryptfs", False),
    ],
)
def test_file_system_types(fs_type: str, remote: bool) -> None:
    mounts = [Mount("/", "ext4"), Mount("/data", fs_type, "somewhere")]
    assert (posix_share_reason("/data/clinic.sqlite3", mounts) is not None) == remote


MAC_MOUNT = """/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//nurse@nas._smb._tcp.local/Rheuma%20Share on /Volumes/Rheuma Share (smbfs, nodev, nosuid, mounted by nurse)
fileserver:/export/clinic on /Volumes/clinic (nfs, asynchronous)
afp_0TQJ9x3BE8dI0SK9p1002h3k-1.2d000006 on /Volumes/Archive (afpfs, nodev, nosuid)
/dev/disk4s1 on /Volumes/USB STICK (msdos, local, nodev, nosuid, noowners)
"""  # noqa: E501


@pytest.mark.parametrize(
    ("path", "remote"),
    [
        ("/Users/nurse/Library/Application Support/CalciTrack/calcitrack.sqlite3", False),
        ("/System/Volumes/Data/Users/nurse/clinic.sqlite3", False),
        ("/Volumes/Rheuma Share/clinic.sqlite3", True),
        ("/Volumes/clinic/clinic.sqlite3", True),
        ("/Volumes/Archive/clinic.sqlite3", True),
        ("/Volumes/USB STICK/clinic.sqlite3", False),
    ],
)
def test_macos_mount_output(path: str, remote: bool) -> None:
    mounts = parse_bsd_mount(MAC_MOUNT)
    assert len(mounts) == 6
    assert (posix_share_reason(path, mounts) is not None) == remote


def _drive_types(types: dict[str, int]):  # type: ignore[no-untyped-def]
    return lambda root: types.get(root.upper(), 3)  # 3: DRIVE_FIXED


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        (r"C:\Users\nurse\AppData\Local\CalciTrack\calcitrack.sqlite3", None),
        (r"c:/clinic/calcitrack.sqlite3", None),
        (r"\\fileserver\rheuma\calcitrack.sqlite3", r"the network share \\fileserver\rheuma"),
        (r"//fileserver/rheuma/db/calcitrack.sqlite3", r"the network share \\fileserver\rheuma"),
        (r"\\?\UNC\fileserver\rheuma\calcitrack.sqlite3", r"the network share \\fileserver\rheuma"),
        (r"\\?\C:\clinic\calcitrack.sqlite3", None),
        (r"Z:\calcitrack.sqlite3", "the mapped network drive Z:"),
        (r"z:\clinic\calcitrack.sqlite3", "the mapped network drive Z:"),
        (r"\\?\Z:\clinic\calcitrack.sqlite3", "the mapped network drive Z:"),
        (r"E:\calcitrack.sqlite3", None),  # a removable drive is local
    ],
)
def test_windows_paths(path: str, reason: str | None) -> None:
    types = {"Z:\\": DRIVE_REMOTE, "E:\\": 2}
    assert windows_share_reason(path, _drive_types(types)) == reason


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/mountinfo")
def test_on_this_kernel_the_repository_and_the_test_folder_are_local(tmp_path: Path) -> None:
    mounts = parse_mountinfo(Path("/proc/self/mountinfo").read_text(encoding="utf-8"))
    repository = Path(__file__).resolve().parents[2]
    assert mount_of(str(repository), mounts) is not None  # the real table holds its mount
    assert network_share_reason(repository) is None
    assert network_share_reason(repository / "not-yet" / "clinic.sqlite3") is None
    assert network_share_reason(tmp_path / "clinic.sqlite3") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="replaces the Linux mount table")
def test_opening_a_sqlite_file_on_a_share_is_refused_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """make_engine asks the kernel's mount table: here one where a folder is an NFS share."""
    share = tmp_path.resolve() / "share"
    share.mkdir()  # the mount point
    table = f"22 1 8:1 / / rw - ext4 /dev/sda1 rw\n40 22 0:45 / {share} rw - nfs srv:/x rw\n"
    monkeypatch.setattr("calcitrack.store.network_share._read_mountinfo", lambda: table)
    with pytest.raises(NetworkShareError) as refused:
        make_engine(f"sqlite:///{share / 'clinic' / 'calcitrack.sqlite3'}")
    message = str(refused.value)
    assert f"a network share (nfs) mounted at {share} from srv:/x" in message
    assert "unreliable" in message and "PostgreSQL" in message
    assert not (share / "clinic").exists()  # refused before its folder was made
    make_engine(f"sqlite:///{tmp_path / 'local' / 'calcitrack.sqlite3'}").dispose()
