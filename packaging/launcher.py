"""The frozen CalciTrack's entry script (packaging/calcitrack.spec): the same as ``calcitrack``.

The clinic-day batch (``calcitrack report --date``) and the window's re-assessment of every
patient's flags (after a clinic settings change) start their workers with multiprocessing's
"spawn" method, which in a frozen application re-runs this executable: ``freeze_support()`` turns
such a process into the worker instead of a second CalciTrack.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from calcitrack.cli.main import main

    main()
