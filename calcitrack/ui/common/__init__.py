"""A small shared kit: the task runner, number fields, field marks, shared dialogs."""
