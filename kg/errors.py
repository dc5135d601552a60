"""One base class for every error whose message is meant for the user.

The CLI prints such errors as one line and exits non-zero; anything else is a bug and
keeps its traceback.
"""


class KGError(Exception):
    """An error the user can act on; str(e) is a complete one-line message."""
