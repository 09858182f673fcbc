"""`python -m newsgraph.cli` runs the same app as the `newsgraph` command."""

from newsgraph.cli.main import main

main()
