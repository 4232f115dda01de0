"""Widgets, grouped by feature: the window, its panes, the charts, and the actions and menus."""
