"""Widgets: the panes of the window, each its own class, and the window that composes them."""
