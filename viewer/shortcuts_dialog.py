"""Help ▸ Keyboard Shortcuts: every shortcut, read from the menus' actions and from the tables the
timeline and the search box dispatch their keys from, so the list cannot drift from the program."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.search import SearchPanel
from viewer.timeline.interaction import KEYS as TIMELINE_KEYS


def menu_shortcuts(bar: QMenuBar) -> Iterator[tuple[str, str, str]]:
    """(menu, "Zoom In" and the like, shortcuts as shown) for every menu action with a shortcut,
    submenus included, in menu order."""

    def walk(actions: list[QAction], path: str) -> Iterator[tuple[str, str, str]]:
        for action in actions:
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            menu = action.menu()
            if menu is not None:
                inner = f"{path} ▸ {text}" if path else text
                yield from walk(menu.actions(), inner)
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            keys = [k for k in keys if k]
            if keys:
                yield path, text.rstrip("…").rstrip("."), " or ".join(keys)

    return walk(bar.actions(), "")


def all_shortcuts(bar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """Groups of (shortcut, command): each menu's, then the timeline's and the search box's."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for menu, command, keys in menu_shortcuts(bar):
        groups.setdefault(menu, []).append((keys, command))
    out = list(groups.items())
    out.append(("On the timeline", [(shown, does) for _keys, shown, does, _act in TIMELINE_KEYS]))
    out.append(("In the search box", list(SearchPanel.KEYS)))
    return out


class ShortcutsDialog(QDialog):
    """The shortcuts, grouped by menu; not modal, so it can stay open beside the window."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Shortcut", "Command"])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for group, rows in all_shortcuts(bar):
            title = QTreeWidgetItem([group])
            font = title.font(0)
            font.setBold(True)
            title.setFont(0, font)
            title.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(title)
            title.setFirstColumnSpanned(True)
            for keys, command in rows:
                self.tree.addTopLevelItem(QTreeWidgetItem([keys, command]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(460, 560)

    def rows(self) -> list[tuple[str, str]]:
        """What the dialog lists, as (shortcut, command); a group's title has no command."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [(item.text(0), item.text(1)) for item in items]
