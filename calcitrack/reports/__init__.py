"""Chart builders and document exports (no Qt, no store)."""

# Registered as ReportLab's "rlbidi" before any report imports ReportLab (right-to-left PDFs).
from calcitrack.reports.summary import rtl_text as _rtl_text  # noqa: F401
