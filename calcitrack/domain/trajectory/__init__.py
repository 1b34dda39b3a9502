"""Every series the trajectory dashboard draws, taken from one chart."""
