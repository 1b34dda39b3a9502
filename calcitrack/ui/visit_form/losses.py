"""Above the visit form after a draft was put back (recovered, or carried over on a reload): what
could not be put back as typed, in words, until the nurse says she has checked it.

Nothing of a draft is ever replaced by something else without a word here: a medication change
whose period is no longer taken is kept without a drug, a lab in a unit CalciTrack does not know
is kept without a unit, a part of the file that cannot be read is named. While the list is not
acknowledged, Save is refused (``VisitFormView.save``): what she is about to save is not what she
typed, and one click is a small price for her knowing it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from calcitrack.ui.common.notice_box import RED, NoticeBox


class LossBox(NoticeBox):
    """What a draft put back could not restore; shown until dismissed (or the visit saved)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.losses: tuple[str, ...] = ()
        super().__init__(
            "draft_losses",
            RED,
            accessible_name=QCoreApplication.translate(
                "LossBox", "What could not be put back from the unsaved visit"
            ),
            button=QCoreApplication.translate("LossBox", "I have checked these"),
            button_tip=QCoreApplication.translate(
                "LossBox",
                "Hide this list: you have checked the form and typed again what was missing. "
                "The visit can be saved once you have.",
            ),
            parent=parent,
        )

    def show_losses(self, losses: Sequence[str]) -> None:
        self.losses = tuple(dict.fromkeys(losses))
        if not self.losses:
            self.clear()
            return
        self.show_list(
            self.tr(
                "<b>Not everything in the unsaved visit could be put back as it was typed.</b> "
                "Nothing else was put in its place. Check these, then press “I have checked "
                "these” to save:"
            ),
            (html.escape(loss) for loss in self.losses),
        )

    def pending(self) -> bool:
        """Losses not yet acknowledged: Save waits."""
        return bool(self.losses)

    def summary(self) -> str:
        """For the status line: "2 parts of the unsaved visit could not be put back"."""
        return self.tr(
            "%n part(s) of the unsaved visit could not be put back (see above the form)",
            "",
            len(self.losses),
        )

    def clear(self) -> None:
        self.losses = ()
        super().clear()

    def state(self) -> list[str]:
        """Kept in the draft, so that a crash before she reads them does not lose them."""
        return list(self.losses)
