"""One matplotlib drawing at a time in this process.

Matplotlib is not thread-safe: its font cache, text layout cache and rcParams are shared by every
figure. The window draws charts on worker threads (the Overview's dashboard and lesion map) and
may build a PDF summary on another, so every drawing of a ``Figure`` (``draw_*``, canvas draws,
``savefig``) off the GUI thread holds ``FIGURE_LOCK``. Re-entrant, so a builder that draws inside
another's lock does not deadlock.
"""

from __future__ import annotations

import threading

FIGURE_LOCK = threading.RLock()
