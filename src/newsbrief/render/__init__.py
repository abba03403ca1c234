"""The brief as a person reads it: Markdown and a standalone HTML page."""
