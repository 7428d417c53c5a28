"""Reading cargo declarations from files (JSON, JSON Lines, CSV, XLSX) and validating them."""
