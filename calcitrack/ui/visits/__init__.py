"""What the window does with a visit: open, save, sign, amend, delete, offer drafts back."""
