"""What the application, the command line and the window call to write files."""
