"""The station database: opening, migrations, repositories, change log, search."""
