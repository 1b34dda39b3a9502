"""The audit trail's entries, hash chain, anchors and replay (pure Python)."""
