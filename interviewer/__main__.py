"""`python -m interviewer`: the same command line as the `interviewer` script."""

from interviewer.cli import main

raise SystemExit(main())
