"""The README's Datasette shows the figures plain (no ``.0``, no noise) and keeps them REAL."""

from __future__ import annotations

import importlib.util
import re
import sqlite3
from contextlib import closing

from cqdesk.paths import PACKAGE_DIR
from cqdesk.text.formatting import plain_number
from tests.datasette.test_metadata import datasette_get, in_the_checkout, readme_command
from tests.locations import REPO

__all__ = ["in_the_checkout"]  # the autouse fixture: the README's paths are the clone's
PLUGINS = PACKAGE_DIR / "datasette" / "plugins"


def value_cell(html: str) -> str:
    """The inside of the (first) value cell of a Datasette table or row page."""
    found = re.search(r'<td class="col-value type-float">(.*?)</td>', html, re.S)
    assert found, "no value cell"
    return found.group(1).strip()


def test_the_readme_loads_the_plugin_folder():
    (arguments,) = readme_command("datasette")
    folder = arguments[arguments.index("--plugins-dir") + 1]
    assert (REPO / folder).resolve() == PLUGINS
    assert "render_cell" in [
        hook for plugin in datasette_get("/-/plugins.json") for hook in plugin["hooks"]
    ]


def test_a_whole_figure_shows_without_point_zero_and_its_printed_form_on_hover():
    html = datasette_get("/data/facts?id=online-retail-sales")
    assert value_cell(html) == '<span title="135.05 billion yuan">135050000000</span>'
    assert "135050000000.0" not in html


def test_a_derived_figure_shows_without_float_noise():
    html = datasette_get("/data/facts/online-retail-growth-gap-to-national")
    assert re.fullmatch(r'<span title="[^"]+">2\.15</span>', value_cell(html))


def test_the_column_stays_real_for_sorting_and_exports():
    page = datasette_get("/data/facts.json?_shape=objects&_sort_desc=value&_size=3")
    values = [row["value"] for row in page["rows"]]
    assert all(isinstance(value, float) for value in values)
    assert values == sorted(values, reverse=True) and values[0] == 11760000000000.0
    exact = datasette_get("/data/facts/online-retail-growth-gap-to-national.json?_shape=objects")
    assert exact["rows"][0]["value"] == 13.05 - 10.9  # every digit of the double


def test_the_plugin_writes_every_figure_as_plain_number_does():
    spec = importlib.util.spec_from_file_location("plain_figures", PLUGINS / "plain_figures.py")
    plugin = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(plugin)
    with closing(sqlite3.connect(f"file:{REPO / 'data.db'}?mode=ro", uri=True)) as db:
        figures = [
            value
            for (value,) in db.execute(
                "SELECT value FROM facts UNION ALL SELECT change_value FROM facts"
            )
            if value is not None
        ]
    assert 135050000000.0 in figures and 13.05 - 10.9 in figures
    for value in figures:
        assert plugin.plain(value) == plain_number(value), value
