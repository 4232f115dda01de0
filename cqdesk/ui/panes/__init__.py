"""The panes of the window: the filter trees, search, filter chips, the facts table, detail and source."""
