"""Stage 1, ingest: files in, ``Article`` objects out (formats, encodings, text layout, dates)."""
