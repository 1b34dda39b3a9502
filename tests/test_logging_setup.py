"""The app log holds what CalciTrack says, not the chatter of the libraries it uses: each PDF
export used to add ~158 ``fontTools.subset`` INFO lines (matplotlib subsets the chart fonts)."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from calcitrack.logging_setup import QUIET_LIBRARIES, configure_logging
from calcitrack.services.demo.demo_clinic import demo_charts
from tests.reports.visit_summary_support import request, summary


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    libraries = {name: logging.getLogger(name).level for name in QUIET_LIBRARIES}
    path = configure_logging(tmp_path / "logs")
    yield path
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    for name, was in libraries.items():
        logging.getLogger(name).setLevel(was)


def _lines(path: Path) -> list[str]:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8").splitlines()


def test_a_pdf_export_writes_no_third_party_info_lines_into_the_log(log_file: Path) -> None:
    summary(request(demo_charts()[0]))
    lines = _lines(log_file)
    assert not [line for line in lines if " INFO fontTools" in line]
    assert not [line for line in lines if " INFO " in line and " calcitrack." not in line]
    ours = " INFO calcitrack.reports.summary.visit_summary "
    assert any(ours in line for line in lines)  # ours stay


def test_a_third_party_warning_still_reaches_the_log(log_file: Path) -> None:
    logging.getLogger("fontTools.subset").info("subsetting glyphs")
    logging.getLogger("fontTools.subset").warning("a glyph is missing")
    logging.getLogger("calcitrack.cli").info("calcitrack started")
    lines = _lines(log_file)
    assert any("WARNING fontTools.subset" in line and "a glyph is missing" in line
               for line in lines)  # fmt: skip
    assert not any("subsetting glyphs" in line for line in lines)
    assert any("INFO calcitrack.cli" in line for line in lines)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_log_its_folder_and_rotated_files_are_private_whatever_the_umask(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "logs"
    previous = os.umask(0o022)
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        folder.mkdir()  # left by an earlier version: readable by everyone
        (folder / "calcitrack.log").write_text("old\n", encoding="utf-8")
        (folder / "calcitrack.log.1").write_text("older\n", encoding="utf-8")
        path = configure_logging(folder)
        [handler] = [h for h in root.handlers if h not in handlers]
        assert isinstance(handler, RotatingFileHandler)
        logging.getLogger("calcitrack.cli").info("before the rotation")
        handler.doRollover()
        logging.getLogger("calcitrack.cli").info("after the rotation")
        handler.flush()
        assert path.read_text(encoding="utf-8").endswith("after the rotation\n")
    finally:
        os.umask(previous)
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
    files = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    assert files == {name: 0o600 for name in
                     ("calcitrack.log", "calcitrack.log.1", "calcitrack.log.2")}
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
