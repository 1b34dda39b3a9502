"""Backups, their checks and restoring them."""
