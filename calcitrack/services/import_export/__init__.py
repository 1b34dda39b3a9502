"""Whole patient charts in and out: the interchange JSON, its schema and limits."""
