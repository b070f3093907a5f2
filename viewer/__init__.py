"""The timeline-viewer desktop application (PySide6)."""
