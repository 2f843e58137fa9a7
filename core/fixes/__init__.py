"""Fixes: actions that can describe exactly what they will change before they act."""
