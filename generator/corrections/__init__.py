"""Stage 3, corrections: editors' sidecars and site-wide aliases, applied after extraction."""
