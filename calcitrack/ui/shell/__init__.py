"""The window shell: the main window, start-up failures, leaving safely, the Help screens."""
