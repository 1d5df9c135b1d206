"""Stage 2, extract: one parsed ``Article`` in, one ``Briefing`` (actors, quotes, issues) out."""
