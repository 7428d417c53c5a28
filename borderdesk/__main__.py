"""Entry point for ``python -m borderdesk``."""

from borderdesk.cli import main

raise SystemExit(main())
