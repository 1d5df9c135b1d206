"""Briefing generator: news articles in, a searchable MkDocs briefing site out."""

__version__ = "0.1.0"
