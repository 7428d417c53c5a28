"""The key-rotation crash test's child: re-encrypts a station's photo files until killed.

Run as ``python rekey_child.py FOLDER``. It waits for one line on its standard input,
the new data key then the old ones in hexadecimal (so the parent can start it ahead
and no key is on a command line), prints ``ready``, then one line per file done.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(folder: str) -> None:
    from borderdesk.security.station_keys import StationKeys
    from borderdesk.services.photo_files import reseal_attachments

    line = sys.stdin.readline().split()
    if not line:
        return  # the parent went away before starting it
    new, *old = (StationKeys(bytes.fromhex(key)) for key in line)
    print("ready", flush=True)
    reseal_attachments(Path(folder), new, old,
                       on_progress=lambda done, _total: print(done, flush=True))
    print("finished", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
