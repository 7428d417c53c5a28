"""Protection of the station: accounts, roles, keys and encryption at rest (Qt-free).

- :mod:`.station_keys`: the station data key and the keys derived from it.
- :mod:`.principal`: who is signed in, with which roles.
"""
