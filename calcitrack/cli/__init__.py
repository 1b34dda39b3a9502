"""The ``calcitrack`` command: the window by default, and the clinic's command-line tools.

The entry point is ``calcitrack.cli.main``; this package file stays empty of code (a re-export
would make every command module import the entry code and the entry code import them back).
"""
