"""Errors that say whose fault a problem is: the file's (shown plainly) or ours (a bug)."""


class TimelineError(Exception):
    """A problem with the user's input or environment; its message is shown as it is."""


class NotSQLiteError(TimelineError):
    """The file is not an SQLite database (or is truncated or corrupt)."""


class ForeignDatabaseError(TimelineError):
    """An SQLite database that is not in the timeline schema."""


class SchemaMismatchError(TimelineError):
    """The timeline tables exist but lack columns the viewer needs."""


class NewerSchemaError(TimelineError):
    """Written by a newer timeline-viewer than this one."""


class DatabaseUnavailableError(TimelineError):
    """Missing, unreadable, locked or otherwise not openable right now."""


class QueryTimeoutError(DatabaseUnavailableError):
    """A query on someone else's file ran past its time limit and was interrupted (the limits
    are in db.store.sqlite_ro); the message says what was given up."""


class DatabaseLockedError(DatabaseUnavailableError):
    """Another program holds the file's write lock (it is writing): try again shortly."""


class AsOfUnavailableError(TimelineError):
    """An "as known on" cut (--as-of) asked of a store that keeps no report days (a dataset
    converted before they were kept): a usage error, never silently ignored."""


class ArticleError(TimelineError):
    """An article file that cannot be read as an article."""


class AbandonedError(TimelineError):
    """A read given up mid-query because a newer request made it stale (db.store.abandon)."""
