"""The queue's keys read for one filter and order, on any thread.

When an import from the window ends, the queue must be read again: 110,000 keys
take about 40 ms of CPU, and on the GUI thread they fell in the same pass of the
event loop as the table's repaint (together over the 100 ms the window may be
blocked, issue 4). The import job therefore reads them on its worker, in its own
session, once the import is screened (:class:`QueueQuery`), and the queue page
only swaps them in (:meth:`borderdesk.ui.queue_page.QueuePage.show_read`) if they
still answer its filter and order and nothing was recorded since.
"""

from __future__ import annotations

from dataclasses import dataclass

from borderdesk.services.declarations import (
    QueueFilter,
    QueueOrder,
    count_declarations,
    queue_change_marker,
    queue_keys,
)
from borderdesk.services.station import StationSession
from borderdesk.ui.declarations_model import Column

#: The column each sort of the table asks the database for.
ORDER_OF_COLUMN = {
    Column.DECLARATION: QueueOrder.DECLARATION,
    Column.LANE: QueueOrder.QUEUE,
    Column.SCORE: QueueOrder.SCORE,
    Column.LODGED: QueueOrder.LODGED,
    Column.CONSIGNOR: QueueOrder.CONSIGNOR,
    Column.CONSIGNEE: QueueOrder.CONSIGNEE,
    Column.ROUTE: QueueOrder.ROUTE,
    Column.GOODS: QueueOrder.GOODS,
    Column.INSPECTION: QueueOrder.INSPECTION,
    Column.VERSION: QueueOrder.VERSION,
}


@dataclass(frozen=True)
class QueueRead:
    """The keys one :class:`QueueQuery` read, with the change marker read before them
    (equal to the station's marker now: nothing was recorded since) and the total."""

    queue_filter: QueueFilter
    column: Column
    descending: bool
    marker: int
    keys: list[int]
    total: int


@dataclass(frozen=True)
class QueueQuery:
    """What the queue page lists (its filter and order), to be read in any session."""

    queue_filter: QueueFilter
    column: Column
    descending: bool

    def __call__(self, session: StationSession) -> QueueRead:
        # The marker first: a change recorded while the keys are read leaves it behind
        # them, so the page reads again rather than show stale keys.
        marker = queue_change_marker(session)
        keys = queue_keys(session, self.queue_filter, ORDER_OF_COLUMN[self.column],
                          descending=self.descending)
        return QueueRead(self.queue_filter, self.column, self.descending, marker, keys,
                         count_declarations(session))

    def answers(self, read: QueueRead) -> bool:
        """Whether ``read`` lists what this query asks for."""
        return (read.queue_filter, read.column, read.descending) == (
            self.queue_filter, self.column, self.descending)
