"""PDF visit summaries from the window: export and printing."""
