"""Lesion photographs in the window: a lesion's photographs over time (the strip and the full
image), the side-by-side comparison at one scale, and attaching photographs (files and drag and
drop). Built on the entities and on callables the window hands in; the service is not imported."""
