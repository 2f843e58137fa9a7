"""On-demand benchmarks (not part of the app); ``estate`` is imported by tests."""
