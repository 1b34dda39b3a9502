"""Backups of the database, their checks, files, log and restoring them."""
