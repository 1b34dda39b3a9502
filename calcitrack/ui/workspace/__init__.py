"""One patient's read-only tabs and their table models: visits, lesions, medications, labs."""
