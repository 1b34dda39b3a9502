"""The audit trail in the database: recording, the chain, reading, replay, anchors."""
