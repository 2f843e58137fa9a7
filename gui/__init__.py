"""Backup Doctor for Azure: the PySide6 desktop app over core."""
