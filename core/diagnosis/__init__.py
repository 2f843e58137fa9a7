"""The diagnosis engine: runbooks of documented causes, evidence, checks and verdicts."""
