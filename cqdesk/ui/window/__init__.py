"""The window itself: the main window that composes the panes, its state, layout, status bar and About box."""
