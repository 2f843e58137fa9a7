"""Backup Doctor for Azure: Qt-free core (Azure access, emulator, diagnosis, reports)."""
