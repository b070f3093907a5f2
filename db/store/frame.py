"""The frame interface (db.frame), where the store's users and the viewer have always found it.

It lives at db.frame so that the windowed frame the stores share (db.windowed) reads it without
importing db.store."""

from db.frame import EventFrame as EventFrame
from db.frame import EventPlace as EventPlace
from db.frame import FrameQuery as FrameQuery
from db.frame import FrameSlice as FrameSlice
from db.frame import RecentFrames as RecentFrames
from db.frame import Reporting as Reporting
