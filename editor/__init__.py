"""Posteditor: post-editing and QA of machine translation."""

__version__ = "0.1.0"
