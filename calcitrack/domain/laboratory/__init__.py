"""Laboratory analytes, units, reference ranges and derived values."""
