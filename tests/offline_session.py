"""One whole session of the app (window start, search, charts, copy, export, close) for the
offline check; run by tests/test_offline.py inside ``unshare -n``."""

from __future__ import annotations

import errno
import os
import socket
import sys
from pathlib import Path


def _report_network() -> None:
    """Prove the namespace: no route anywhere, and only a loopback that is down."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    probe.settimeout(2)
    try:
        probe.connect(("192.0.2.1", 80))  # TEST-NET-1: never routable, never answered
        print("network: reachable")
    except OSError as error:
        print(
            "network: unreachable"
            if error.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH)
            else f"network: {error}"
        )
    finally:
        probe.close()
    # /proc/self/net is this process's namespace (/sys/class/net may still show the host's).
    lines = Path("/proc/self/net/dev").read_text().splitlines()[2:]
    names = sorted(line.split(":")[0].strip() for line in lines)
    shown = ", ".join(f"{name} ({'up' if _is_up(name) else 'down'})" for name in names)
    print(f"interfaces: {shown}")


def _is_up(name: str) -> bool:
    import fcntl
    import struct

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        request = struct.pack("16sH", name.encode()[:15], 0)
        flags = struct.unpack("16sH", fcntl.ioctl(probe.fileno(), 0x8913, request)[:18])[1]
    return bool(flags & 1)  # IFF_UP


def _guard_python_sockets() -> None:
    """Any Python-level connection attempt from here on is a failure of the check."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("cqdesk tried to open a network connection")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse


def main(database: str, folder: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _report_network()
    _guard_python_sockets()
    from PySide6.QtWidgets import QApplication

    from cqdesk.settings import Settings
    from cqdesk.store import Catalog
    from cqdesk.ui.window.app import release_clipboard
    from cqdesk.ui.window.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    db = Catalog.open(database)
    window = MainWindow(db, Settings())
    window.start()
    app.processEvents()
    window.search_box.setText("online")
    window.search_box._timer.timeout.emit()
    assert window.fact_table.model_.rowCount() > 0
    window.charts.load()
    window.lower_tabs.setCurrentIndex(1)
    window.browser.set_search("")
    app.processEvents()
    window.fact_table.selectRow(0)
    window.actions_.copy.trigger()
    assert app.clipboard().mimeData().hasHtml()
    window.exporter.choose = lambda *_args: str(Path(folder) / "facts.csv")
    assert window.exporter.export("csv")
    window.chart_exporter.choose = lambda *_args: str(Path(folder) / "chart.svg")
    if not window.charts.has_chart():
        window.browser.set_category(window.browser.charts_for_category()[0].category_id)
    app.processEvents()
    assert window.chart_exporter.save("svg")
    window.close()
    release_clipboard(app)
    app.processEvents()
    del window
    db.close()
    print("offline session: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
