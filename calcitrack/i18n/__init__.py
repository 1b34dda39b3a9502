"""Translations and locale formats below the window: the languages CalciTrack speaks and which one
a user gets (``languages``), the gettext catalogue of the domain, the PDF and the command line
(``catalogue``), numbers and dates for a reader (``formats``) and digits both ways (``digits``).

Pure Python (Babel and the standard library), so every layer, the domain included, may use it.
"""
