"""The command line's work in the window: File → Import charts, Export charts (the interchange
JSON) and Clinic-day summaries (the batch of PDFs for a date)."""
