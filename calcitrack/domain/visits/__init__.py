"""One visit as recorded: the entry, its validation and plausibility, what changed."""
