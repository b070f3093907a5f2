"""Importing into a dataset folder on Dask (`timeline-viewer import --engine dask`): batches of
input files are read, dated and turned into rows on `dask.distributed` workers (batch.py), which
write them as Parquet parts; the client keeps the list of parts done (parts.py), then compacts
them into the dataset's layout (compact.py). run.py drives it, cli.py is the command.

This package stands above both the write path (db.ingest: the importers' pure parts) and the
archive (db.archive: the dataset format), which know nothing of each other.
"""
