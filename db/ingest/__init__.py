"""The write path: article files and event tables into a timeline database."""
