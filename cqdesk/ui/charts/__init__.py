"""The chart pane: pyqtgraph plots of a category's charts, their styles, texts and image export."""
