"""Benchmarks that print figures: ``python -m generator.bench quality|speed|profile``."""
