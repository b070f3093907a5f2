"""The data layer of timeline-viewer: schema, importers, date extraction, read path. No Qt."""
