"""Accounts: signing in, passwords, and managing users."""
