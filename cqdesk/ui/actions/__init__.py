"""The actions and menus, and the controllers behind them: copying, exporting and context menus."""
