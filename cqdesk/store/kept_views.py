"""The last big searches' sorted views, kept whole for their later pages.

A page of a search with hundreds of thousands of hits, read in an order other than the
report's, runs the search again and walks the order's index with its hits from the nearest row
whose key is known: about 50 ms for the page after one just read at a million facts, 120 ms for
the middle of the view, and for a big copy, whose chunks have no neighbour's key, longer at each
chunk (100,000 rows of 'rural' by label took 15 s). A copy's chunk that far from the start or
the end reads the whole view's keys once instead (about a third of a second) and keeps them, and
every later chunk, and every page the window asks of that view, is a slice of them (a few
milliseconds). The window's own pages never keep a view: the third of a second would hold up
the page asked, which its neighbours' keys already make quick. The file is read-only, so a kept
view never goes stale.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections import OrderedDict

from cqdesk.store import paging
from cqdesk.store.records import Anchor, FactQuery, FactSort

KEPT = 2  # views kept: 6 MB each for 382,280 hits (two machine integers a row)
# A page this many rows or more from any row whose key is known keeps its view: nearer, the
# walk from that row costs less than reading the whole view.
FAR = 2_000


class KeptView:
    """A view's rowids and their numbers in its order, in that order."""

    def __init__(self) -> None:
        self.rowids = array("q")
        self.numbers = array("q")

    def keys(self, offset: int, limit: int) -> list[tuple[int, int]]:
        """(rowid, number) of rows ``offset`` … ``offset + limit - 1`` (fewer past the end)."""
        end = len(self.rowids) if limit < 0 else offset + limit
        return list(zip(self.rowids[offset:end], self.numbers[offset:end], strict=True))


class KeptViews:
    """The last ``KEPT`` big searches' sorted views of one connection (see the module)."""

    def __init__(self) -> None:
        self._views: OrderedDict[tuple[FactQuery, FactSort], KeptView] = OrderedDict()

    def page_keys(
        self,
        db: sqlite3.Connection,
        query: FactQuery,
        sort: FactSort,
        offset: int,
        limit: int,
        total: int | None = None,
        anchor: Anchor | None = None,
        keep: bool = True,
    ) -> list[tuple[int, int]] | None:
        """The keys of the page from the kept view; with ``keep``, kept now if the page lies
        ``FAR`` from the start, from the end when ``total`` is known and from ``anchor``, in a
        view worth keeping. None when the page is to be read as any other."""
        key = (query, sort)
        view = self._views.get(key)
        if view is None:
            passed = offset if limit < 0 else paging.nearest_start(offset, limit, total, anchor)[0]
            if not keep or passed < FAR:
                return None  # walked from the row nearby, it costs less than the whole view
            chunks = paging.search_driven_keys(db, query, sort)
            if chunks is None:
                return None
            view = KeptView()
            for chunk in chunks:  # an interrupted read keeps nothing
                view.rowids.extend(rowid for rowid, _ in chunk)
                view.numbers.extend(number for _, number in chunk)
            self._views[key] = view
            while len(self._views) > KEPT:
                self._views.popitem(last=False)
        self._views.move_to_end(key)
        return view.keys(offset, limit)
