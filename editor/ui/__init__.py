"""The Qt window: a thin layer that adapts editor.core objects to views."""
