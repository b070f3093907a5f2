"""A dataset's frames: the windowed frame (db.windowed.frame), whose `Source` DatasetStore is."""

from db.windowed.frame import PyramidFrame as PyramidFrame
from db.windowed.frame import count_width as count_width
