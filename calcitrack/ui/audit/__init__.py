"""The audit viewer: filters, the trail in words, and Verify."""
