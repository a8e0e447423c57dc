"""The window's panes and dialogs."""
