"""What the Today view asks of the services (the ui does not import them)."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from calcitrack.domain.worklist import Worklist


class WorklistSource(Protocol):
    def today_list(self, today: date | None = None) -> Worklist: ...

    def record_recall_output(self, output: str, patients: int, file_name: str = "") -> None: ...
