"""Per-document stages: each a pure function of one document (see pipeline/context.py)."""
