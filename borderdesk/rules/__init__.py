"""The risk engine (its own issue): pure, imports only borderdesk.core."""
