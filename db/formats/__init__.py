"""File formats shared by import (db.ingest) and export (db.export), see docs/formats.md.

Pure: no database here, so the write path and the read path can both use them (neither
db.ingest nor db.store is imported).
"""
