"""Archives: a timeline database converted into a dataset folder (Parquet by year, a count pyramid,
an SQLite FTS5 sidecar) and a store that shows one through the same Protocols as the SQLite file.

`convert` writes a dataset (`timeline-viewer convert`, `cli`); `store.DatasetStore` reads
it, its frames are db.windowed's `PyramidFrame`; `dataset` holds the folder's format.
"""
