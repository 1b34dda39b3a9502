"""The clinic's administration: accounts, permissions, identity, backups' manifests."""
