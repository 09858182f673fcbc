"""Exports: the JSON contract (schema newsgraph/1), CSV, GraphML, Markdown."""
