"""Stage registry, per-document runner and build orchestration."""
