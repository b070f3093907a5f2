"""The windowed frame: an `EventFrame` (db.frame) that never holds every event. Counts come from
a count pyramid (db.pyramid) and counts held in memory, coverage from the long events' distinct
keys, events from windowed queries of its source. A dataset folder is its source today
(db.archive.store); no database is imported here, so db.store and db.archive both may use it.
"""
