"""Qt item models and text helpers over store records; they do no I/O of their own."""
