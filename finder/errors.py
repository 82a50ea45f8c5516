"""The one exception type for mistakes a user can make and fix."""


class UserError(Exception):
    """A problem the user caused and can act on (bad ZIP, bad file, unknown id).

    The CLI prints the message on one line and exits 2; the GUI shows it in a dialog.
    """
