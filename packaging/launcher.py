"""Entry script of the packaged app: the same as the ``timeline-app`` command."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the load's process pool re-enters this script on spawn
    from timeline_app.cli import main

    sys.exit(main())
