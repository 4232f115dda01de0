"""The PNG icons are renders of the SVG: rendering it again gives every size, as committed."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

from cqdesk.ui.window.render_icons import SIZES, png_file, render_all, svg_file


def _channels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes()).astype(int)


def _difference(a: QImage, b: QImage) -> int:
    """The largest difference of any channel of any pixel between two images of one size."""
    return int(np.abs(_channels(a) - _channels(b)).max())


def test_rendering_the_svg_again_gives_the_committed_pngs(qapp, tmp_path):
    written = render_all(svg_file(), tmp_path)
    assert written == [png_file(size, tmp_path) for size in SIZES]
    for size, path in zip(SIZES, written, strict=True):
        fresh, committed = QImage(str(path)), QImage(str(png_file(size)))
        assert (fresh.width(), fresh.height()) == (size, size)
        assert (committed.width(), committed.height()) == (size, size)
        # Antialiasing may differ by a shade between Qt versions; a changed drawing does not.
        assert _difference(fresh, committed) <= 8, f"{size}px: rerun the icon renderer"
