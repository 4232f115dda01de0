"""Qt item models over store records: trees, the facts table and the chart list; no I/O of their own."""
