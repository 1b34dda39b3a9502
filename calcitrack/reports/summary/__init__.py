"""The PDF visit summary (reportlab): sections, tables, pages, fonts and the charts stamped in."""
