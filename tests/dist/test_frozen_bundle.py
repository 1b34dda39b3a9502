"""The frozen application a clinic's IT installs (packaging/calcitrack.spec), built once for the
session and run as a workstation runs it: every file the app reads is inside, the demo clinic,
a PDF summary (and a clinic day's summaries in worker processes), an upgrade from the previous
schema revision, the window starting offscreen, and matplotlib's cache kept between starts.

Builds the bundle (about a minute on the 2-core CI machine), so it runs only with
CALCITRACK_TEST_DIST=1 (CI sets it); without it every test here is skipped and the summary says
why. Each started process gets its own CALCITRACK_HOME and temporary folder (tests/dist/bundle.py).
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from calcitrack import __version__
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import alembic_config, upgrade
from tests.dist.bundle import ROOT, Bundle, environment, run, start_until_ready
from tests.support.old_rows import insert_user_patient_visit

DIST_ENV = "CALCITRACK_TEST_DIST"
pytestmark = pytest.mark.skipif(
    os.environ.get(DIST_ENV) != "1",
    reason=f"builds the PyInstaller bundle (about a minute): set {DIST_ENV}=1 (CI does)",
)

SIGNED_IN = {"CALCITRACK_USER": "physician", "CALCITRACK_PASSWORD": "calcitrack-demo"}
"""A demo account (``calcitrack demo`` creates it) for the commands that read clinical data."""
DEMO_LATEST = max(v.visit_date for c in demo_charts() if c.patient.mrn == DEMO_RA_MRN
                  for v in c.visits)


def _ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout


def _rows(database: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(database)) as conn:
        return conn.execute(sql).fetchall()


def _files(folder: Path) -> set[Path]:
    return {
        p.relative_to(folder) for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.fixture(scope="module")
def demo(bundle: Bundle, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """CALCITRACK_HOME in which the frozen ``calcitrack demo`` built the demo clinic (in the data
    folder, where a workstation keeps it: no --db)."""
    home = tmp_path_factory.mktemp("demo-home")
    out = _ok(run([bundle.executable, "demo"], environment(home, home / "tmp")))
    assert f"({len(demo_charts())} patients" in out
    return home


def _demo_db(home: Path) -> Path:
    return home / "data" / "calcitrack.sqlite3"


def test_the_spec_builds_a_one_folder_application(bundle: Bundle, tmp_path: Path) -> None:
    assert bundle.executable.is_file() and os.access(bundle.executable, os.X_OK)
    out = _ok(run([bundle.executable, "--version"], environment(tmp_path, tmp_path / "tmp")))
    assert out.strip() == f"CalciTrack {__version__}"


def test_the_bundle_holds_every_file_the_app_reads(bundle: Bundle) -> None:
    package = bundle.internal / "calcitrack"
    for source, inside in [
        (ROOT / "migrations", package / "_migrations"),
        (ROOT / "resources", package / "resources"),
        (ROOT / "calcitrack" / "schemas", package / "schemas"),
    ]:
        expected = _files(source)
        assert expected <= _files(inside), f"missing from {inside}: {expected - _files(inside)}"
        for name in expected:
            assert filecmp.cmp(source / name, inside / name, shallow=False), name
    for name in [
        "_migrations/env.py", "_migrations/script.py.mako",
        "schemas/interchange-v1.schema.json", "resources/body_map.svg",
        "resources/fonts/DejaVuSans.ttf", "resources/fonts/DejaVuSans-Bold.ttf",
        "resources/fonts/DejaVuSans-Oblique.ttf", "resources/fonts/LICENSE-DejaVu.txt",
        "resources/icons/calcitrack.svg",
        # the translation catalogues, compiled by `make` (build output, not in git)
        "resources/translations/pt_PT/LC_MESSAGES/calcitrack.mo",
        "resources/translations/ar/LC_MESSAGES/calcitrack.mo",
        "resources/translations/calcitrack_pt_PT.qm", "resources/translations/calcitrack_ar.qm",
        "resources/translations/calcitrack_en.qm",
        "resources/translations/calcitrack_qt_pt_PT.qm",
    ]:
        assert (package / name).is_file(), name
    versions = {p.name for p in (ROOT / "migrations" / "versions").glob("*.py")}
    bundled = {p.name for p in (package / "_migrations" / "versions").glob("*.py")}
    assert versions and versions == bundled

    # What Qt and matplotlib read at run time: the platforms (offscreen for this test, xcb and
    # wayland for the desktop), SVG icons, printing, matplotlib's data and fonts.
    qt = bundle.internal / "PySide6" / "Qt" / "plugins"
    for plugin in ["platforms/libqoffscreen.so", "platforms/libqxcb.so",
                   "platforms/libqwayland.so", "iconengines/libqsvgicon.so",
                   "imageformats/libqsvg.so", "printsupport/libcupsprintersupport.so"]:
        assert (qt / plugin).is_file(), plugin
    mpl = bundle.internal / "matplotlib" / "mpl-data"
    assert (mpl / "matplotlibrc").is_file() and (mpl / "fonts/ttf/DejaVuSans.ttf").is_file()
    # The installers' files: the Linux desktop entry, its icon and install script.
    for name in ["calcitrack.desktop", "calcitrack.png", "install.sh"]:
        assert (bundle.folder / name).is_file(), name


def test_the_bundle_leaves_out_what_the_app_does_not_use(bundle: Bundle) -> None:
    from PyInstaller.archive.readers import ZlibArchiveReader

    assert bundle.workpath is not None
    [pyz] = bundle.workpath.glob("PYZ-*.pyz")
    modules = set(ZlibArchiveReader(str(pyz)).toc)
    used = {"calcitrack.cli.main", "calcitrack.app", "calcitrack.ui.shell.main_window", "alembic.op",
            "matplotlib.backends.backend_agg", "matplotlib.backends.backend_pdf",
            "matplotlib.backends.backend_svg", "psycopg", "jsonschema", "argon2", "pypdfium2"}
    assert used <= modules, used - modules
    unused = {"tkinter", "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_qtagg",
              "matplotlib.backends.backend_gtk3agg", "matplotlib.backends.backend_wxagg",
              "PyInstaller", "pytest", "pygments", "greenlet", "setuptools"}
    assert not unused & modules, unused & modules
    internal = [p.name for p in bundle.internal.rglob("*")]
    assert not [n for n in internal if n.startswith(("_tkinter", "libtk", "libtcl", "libqgtk3"))]
    # Qt's own catalogues: only Arabic's (the window's standard buttons); Qt has none for pt-PT
    assert {p.name for p in bundle.internal.rglob("translations/qt*.qm")} == {"qtbase_ar.qm"}


def test_the_frozen_demo_command_builds_the_demo_clinic(
    bundle: Bundle, demo: Path, tmp_path: Path
) -> None:
    database = _demo_db(demo)
    mrns = sorted(mrn for (mrn,) in _rows(database, "SELECT mrn FROM patients"))
    assert mrns == sorted(c.patient.mrn for c in demo_charts())
    visits = _rows(database, "SELECT count(*) FROM visits")[0][0]
    assert visits == sum(len(c.visits) for c in demo_charts())
    out = _ok(run([bundle.executable, "db", "check"], environment(demo, tmp_path)))
    assert f"{database}: no problems found" in out


def _fonts(resources: object, in_chart: bool, seen: set[int]) -> Iterator[tuple[str, bool, bool]]:
    """(font name, embedded, inside a stamped chart) for every font a page's resources use."""
    resources = resources.get_object() if resources is not None else None
    if not isinstance(resources, DictionaryObject):
        return
    fonts = resources.get("/Font")
    for ref in (fonts.get_object() if fonts is not None else {}).values():
        font = ref.get_object()
        descriptor = font.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font:
            descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        files = descriptor.get_object() if descriptor is not None else {}
        embedded = any(key in files for key in ("/FontFile", "/FontFile2", "/FontFile3"))
        yield str(font.get("/BaseFont")), embedded or "/CharProcs" in font, in_chart
    xobjects = resources.get("/XObject")
    for ref in (xobjects.get_object() if xobjects is not None else {}).values():
        key = getattr(ref, "idnum", id(ref))
        if key in seen:
            continue
        seen.add(key)
        xobject = ref.get_object()
        if xobject.get("/Subtype") == "/Form":
            yield from _fonts(xobject.get("/Resources"), True, seen)


def test_the_frozen_command_line_writes_a_pdf_summary(
    bundle: Bundle, demo: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "summary.pdf"
    out = _ok(run(
        [bundle.executable, "report", "--mrn", DEMO_RA_MRN, "--latest", "-o", pdf],
        environment(demo, tmp_path / "tmp", **SIGNED_IN),
    ))
    assert f"visit of {DEMO_LATEST.isoformat()}" in out
    reader = PdfReader(pdf)
    assert len(reader.pages) > 0
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert DEMO_RA_MRN in text and DEMO_LATEST.strftime("%Y") in text
    seen: set[int] = set()
    fonts = [f for page in reader.pages for f in _fonts(page.get("/Resources"), False, seen)]
    assert fonts and all(embedded for _name, embedded, _chart in fonts), fonts
    assert any("DejaVuSans" in name for name, _e, _chart in fonts)
    # The charts (matplotlib's own PDF, with its fonts) were drawn and stamped onto the pages.
    assert any(chart for _n, _e, chart in fonts), fonts


def test_a_clinic_day_is_written_by_frozen_worker_processes(
    bundle: Bundle, demo: Path, tmp_path: Path
) -> None:
    """``report --date`` starts "spawn" workers, which re-run the frozen executable: the JSON
    import (checked against the bundled JSON Schema) adds a second patient seen that day."""
    env = environment(demo, tmp_path / "tmp", **SIGNED_IN)
    exported = tmp_path / "ra.json"
    _ok(run([bundle.executable, "export", "--mrn", DEMO_RA_MRN, "-o", exported], env))
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["patients"][0].update(mrn="DIST-0001", family_name="Frozen-Batch")
    exported.write_text(json.dumps(document), encoding="utf-8")
    _ok(run([bundle.executable, "import", exported], env))

    out_dir = tmp_path / "day"
    out = _ok(run([bundle.executable, "report", "--date", DEMO_LATEST.isoformat(),
                   "--out-dir", out_dir, "--jobs", "2"], env))
    assert "2 of 2 summaries" in out, out
    pdfs = sorted(out_dir.glob("*.pdf"))
    assert len(pdfs) == 2
    for pdf, mrn in zip(pdfs, sorted([DEMO_RA_MRN, "DIST-0001"]), strict=True):
        assert mrn in "\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages)


def _previous_and_head() -> tuple[str, str]:
    """The newest revision of the migration scripts and the one before it (read from the
    scripts, so a new revision moves both)."""
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    previous = script.get_revision(head).down_revision
    assert isinstance(previous, str), f"revision {head} has no single predecessor: {previous}"
    return previous, head


def test_the_frozen_app_upgrades_a_database_of_the_previous_schema_revision(
    bundle: Bundle, tmp_path: Path
) -> None:
    previous, head = _previous_and_head()
    database = tmp_path / "clinic" / "old.sqlite3"
    engine = make_engine(f"sqlite:///{database}")  # made by the source tree's migrations
    try:
        upgrade(engine, previous)
        with engine.begin() as conn:
            insert_user_patient_visit(conn, username="admin", role="physician")
    finally:
        engine.dispose()
    assert _rows(database, "SELECT version_num FROM alembic_version") == [(previous,)]

    env = environment(tmp_path / "home", tmp_path / "tmp")
    out = _ok(run([bundle.executable, "--db", database, "db", "upgrade"], env))
    assert f"schema {head} (upgraded)" in out, out
    backups = list((database.parent / "backups").glob(f"*before-upgrade-{previous}*.sqlite3"))
    assert len(backups) == 1, out
    assert _rows(backups[0], "SELECT version_num FROM alembic_version") == [(previous,)]

    out = _ok(run([bundle.executable, "--db", database, "db", "check"], env))
    assert f"no problems found (schema {head})" in out
    assert _rows(database, "SELECT version_num FROM alembic_version") == [(head,)]
    assert _rows(database, "SELECT mrn, family_name, given_name FROM patients") == [
        ("OLD-1", "Cadório", "Ana")
    ]
    visits = _rows(database, "SELECT visit_date, notes FROM visits")
    assert visits == [("2025-02-03", "first visit")]
    assert ("admin",) in _rows(database, "SELECT username FROM users")
    # Alembic compiled the scripts in memory: nothing was written into the installed bundle.
    assert not list((bundle.internal / "calcitrack").rglob("__pycache__"))


@pytest.mark.parametrize("clinic", ["demo clinic: sign-in", "empty database: first administrator"])
def test_the_frozen_window_starts_offscreen(
    bundle: Bundle, demo: Path, tmp_path: Path, clinic: str
) -> None:
    if clinic.startswith("demo"):
        home, command = demo, [bundle.executable]
    else:
        home = tmp_path / "home"
        command = [bundle.executable, "--db", tmp_path / "new.sqlite3"]
    started = start_until_ready(command, environment(home, tmp_path / "tmp"))
    assert started.seconds is not None, (
        f"no 'ready' line (exit {started.returncode})\n{started.stdout}\n{started.stderr}"
    )
    assert started.returncode == 0, started.stderr
    assert "Traceback" not in started.stderr, started.stderr
    print(f"\n{clinic}: ready after {started.seconds:.2f} s")


@pytest.mark.parametrize("where", ["CALCITRACK_HOME", "the user's cache folder"])
def test_matplotlib_keeps_its_font_cache_between_starts(
    bundle: Bundle, demo: Path, tmp_path: Path, where: str
) -> None:
    """PyInstaller's own hook would give matplotlib a new temporary folder on every start; ours
    keeps it under CALCITRACK_HOME, else in the user's cache folder (XDG_CACHE_HOME here)."""
    home, temp = tmp_path / "home", tmp_path / "tmp"
    env = environment(home, temp, **SIGNED_IN)
    if where == "CALCITRACK_HOME":
        cache = home / "cache" / "matplotlib"
    else:
        del env["CALCITRACK_HOME"]
        user = tmp_path / "user"
        env.update(HOME=str(user), **{f"XDG_{kind}_HOME": str(user / kind.lower())
                                      for kind in ("CACHE", "CONFIG", "DATA", "STATE")})
        cache = user / "cache" / "CalciTrack" / "matplotlib"
    database = tmp_path / "clinic.sqlite3"
    shutil.copy(_demo_db(demo), database)

    def summary(name: str) -> None:
        _ok(run([bundle.executable, "--db", database, "report", "--mrn", DEMO_RA_MRN,
                 "--latest", "-o", tmp_path / name], env))

    summary("first.pdf")
    [font_cache] = cache.glob("fontlist-*.json")
    written = font_cache.stat().st_mtime_ns
    summary("second.pdf")
    assert list(cache.glob("fontlist-*.json")) == [font_cache]
    assert font_cache.stat().st_mtime_ns == written, "the second start rebuilt the font cache"
    assert (tmp_path / "second.pdf").stat().st_size > 0
    left = [p.name for p in temp.iterdir()]
    assert not [n for n in left if n.startswith(("matplotlib-", "_MEI", "tmp"))], left


@pytest.mark.postgres
def test_the_frozen_app_works_on_a_postgresql_server(
    bundle: Bundle, postgres_url: str, tmp_path: Path
) -> None:
    """psycopg's binary driver is in the bundle (PSYCOPG_IMPL=binary: no falling back on the
    libpq of this machine, which a workstation does not have): the demo clinic on the server."""
    env = environment(tmp_path / "home", tmp_path / "tmp", PSYCOPG_IMPL="binary")
    out = _ok(run([bundle.executable, "--db", postgres_url, "demo"], env))
    assert f"({len(demo_charts())} patients" in out
    out = _ok(run([bundle.executable, "--db", postgres_url, "db", "check"], env))
    assert "PostgreSQL" in out and "no problems found" in out


def test_install_sh_puts_the_app_in_the_menu_and_on_the_path(
    bundle: Bundle, tmp_path: Path
) -> None:
    """packaging/linux/install.sh, run from the bundle as IT runs it (here without root)."""
    places = {"PREFIX": tmp_path / "opt" / "calcitrack", "BINDIR": tmp_path / "bin",
              "DATADIR": tmp_path / "share"}
    env = environment(tmp_path / "home", tmp_path / "tmp", **{k: str(v) for k, v in places.items()})
    out = _ok(run(["sh", bundle.folder / "install.sh"], env))
    assert f"installed CalciTrack {__version__} in {places['PREFIX']}" in out

    command = places["BINDIR"] / "calcitrack"
    assert command.is_symlink()
    assert _ok(run([command, "--version"], env)).strip() == f"CalciTrack {__version__}"
    entry = (places["DATADIR"] / "applications" / "calcitrack.desktop").read_text()
    assert f'Exec="{places["PREFIX"]}/calcitrack"' in entry.splitlines()
    assert "Icon=calcitrack" in entry.splitlines()
    icon = places["DATADIR"] / "icons/hicolor/256x256/apps/calcitrack.png"
    assert icon.read_bytes() == (ROOT / "packaging/linux/calcitrack.png").read_bytes()

    _ok(run(["sh", places["PREFIX"] / "install.sh", "--uninstall"], env))
    assert not places["PREFIX"].exists() and not command.is_symlink() and not icon.exists()


def test_the_frozen_import_takes_a_heic_photograph(
    bundle: Bundle, demo: Path, tmp_path: Path
) -> None:
    """pillow-heif's native libraries are inside the bundle: a phone's HEIC photograph in an
    import is decoded, oriented and stored as a JPEG by the frozen app."""
    import base64
    import io

    import pillow_heif
    from PIL import Image

    env = environment(demo, tmp_path / "tmp", **SIGNED_IN)
    exported = tmp_path / "ra.json"
    _ok(run([bundle.executable, "export", "--mrn", DEMO_RA_MRN, "-o", exported], env))
    document = json.loads(exported.read_text(encoding="utf-8"))
    [patient] = document["patients"]
    assert patient["photographs"], "the demo RA patient has drawn photographs"
    pillow_heif.register_heif_opener()
    heic = io.BytesIO()
    Image.new("RGB", (320, 240), "#d8a890").save(heic, format="HEIF")
    patient["mrn"] = "HEIC-1"
    patient["photographs"] = [
        {**patient["photographs"][0], "media_type": "image/heic",
         "data": base64.b64encode(heic.getvalue()).decode("ascii")},
    ]  # fmt: skip
    incoming = tmp_path / "heic.json"
    incoming.write_text(json.dumps(document), encoding="utf-8")
    _ok(run([bundle.executable, "import", incoming], env))
    rows = _rows(
        _demo_db(demo),
        "SELECT f.media_type, f.width_px FROM lesion_photographs f "
        "JOIN patients p ON p.id = f.patient_id WHERE p.mrn = 'HEIC-1'",
    )
    assert rows == [("image/jpeg", 320)]
