"""The one-folder application for people without Python (PyInstaller), built from a clone.

``python -m cqdesk.bundle`` runs ``build.py``; ``entry.py`` is the script PyInstaller freezes.
Nothing here is imported by the app; the builder needs only the standard library.
"""
