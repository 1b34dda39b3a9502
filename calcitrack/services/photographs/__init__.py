"""Lesion photographs: taking a file in (orientation applied, every metadata field but the capture
date stripped, size capped), attaching it to a lesion at a visit, reading and deleting it."""
