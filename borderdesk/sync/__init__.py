"""Synchronisation with headquarters, the station's side, and the messages both sides share."""
