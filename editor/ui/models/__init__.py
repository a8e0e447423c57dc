"""Qt item models over the core document and its issues."""
