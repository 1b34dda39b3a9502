"""The visit form: header, sections, checks while typing, drafts and reloading."""
