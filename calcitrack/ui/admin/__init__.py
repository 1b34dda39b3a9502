"""Administration: users, clinic settings and identity, backups and restore."""
