"""The response assessment, the review flag and the safety flags."""
