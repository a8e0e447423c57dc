"""The pure-Python engine of Posteditor: model, import, alignment, checks, metrics, storage.

Nothing below this package imports Qt; the command line and the window both drive it.
"""
