"""The physician's Overview: the trajectory dashboard, the lesion map, the response panel."""
