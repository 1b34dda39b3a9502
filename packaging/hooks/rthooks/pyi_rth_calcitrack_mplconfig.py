"""Runtime hook of the frozen CalciTrack: matplotlib's configuration and font cache persist.

PyInstaller's own hook (pyi_rth_mplconfig) points MPLCONFIGDIR at a new temporary directory on
every start, so each start would rebuild matplotlib's font cache (about a second) and leave a
directory behind in the temporary folder after a crash. This one, which replaces it, keeps them in
a per-user directory:

- ``$CALCITRACK_HOME/cache/matplotlib`` when CALCITRACK_HOME is set (tests, portable installs),
  beside the data and the logs that calcitrack.store.locations puts there;
- else MPLCONFIGDIR, when IT has set it;
- else the user's cache directory: ``~/.cache/CalciTrack/matplotlib`` on Linux,
  ``%LOCALAPPDATA%\\CalciTrack\\Cache\\matplotlib`` on Windows,
  ``~/Library/Caches/CalciTrack/matplotlib`` on macOS.

matplotlib creates the directory when it first needs it. A cache left by another installation
that lists font files no longer there is rebuilt by matplotlib itself (findfont's
rebuild_if_missing).
"""


def _calcitrack_mplconfig() -> None:
    import os

    home = os.environ.get("CALCITRACK_HOME")
    if home:
        os.environ["MPLCONFIGDIR"] = os.path.join(os.path.expanduser(home), "cache", "matplotlib")
        return
    if os.environ.get("MPLCONFIGDIR"):
        return
    from platformdirs import user_cache_dir

    cache = user_cache_dir("CalciTrack", appauthor=False)
    os.environ["MPLCONFIGDIR"] = os.path.join(cache, "matplotlib")


_calcitrack_mplconfig()
del _calcitrack_mplconfig
