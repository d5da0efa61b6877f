"""The live queue: one queue for every window of the office.  Tickets the kiosk issues; a
window's "call next" (the oldest waiting ticket of the categories the window serves, given
exactly once across all windows and PCs); recall, no-show after N recalls, redirect to another
category or window, a window's break; serving and closing the day; what the hall display shows.
Every ticket keeps when it was issued, called and served, so the waiting time (issued ->
called) and the service time (called -> receipt or refusal) of each applicant are measured
against the standard's limits (15-20 min each).

Live queue order (DOMAIN.md §1: no pre-registration, no expedited service): a window takes the
ticket issued first among those it may call, and nothing else; a redirected ticket keeps its
place (its issue time) in the line it joins.

A ticket's code is a category letter and a number ("A012"); its barcode carries the day too
("T261120A012") so it never looks like a receipt number (ALM01-01-261120-0007).

The package's modules: ``ticket`` (the ticket, its code, barcode and pre-fill), ``settings``
(the office's queue settings, this PC's window), ``tickets`` (issuing and looking up),
``calling`` (call, recall, redirect, serve, close), ``estimates`` (waits) and ``board`` (the
hall display).  Every name is here too: ``from kiosk import queue; queue.call_next(...)``.
"""

from __future__ import annotations

from kiosk.queue.board import (Board, BoardCall, Call, board, last_call_id, new_calls,
                               queue_changed_token, watch)
from kiosk.queue.calling import (call_next, close_day, no_show, pause_window, paused_windows,
                                 recall, redirect, serve, take_at_desk, waiting_for_window)
from kiosk.queue.estimates import estimate_wait, people_ahead
from kiosk.queue.settings import (QueueSettings, queue_settings, save_queue_settings,
                                  station_window, window_categories)
from kiosk.queue.ticket import (CATEGORY_LETTERS, CATEGORY_NAMES, DEFAULT_NO_SHOW_AFTER,
                                DEFAULT_SERVICE_MIN, Ticket, barcode_text, build_prefill,
                                category_of, parse_barcode, service_minutes, waiting_minutes)
from kiosk.queue.tickets import (issue_prefilled_ticket, issue_ticket, ticket, ticket_by_barcode,
                                 tickets_of_day)

__all__ = ["CATEGORY_LETTERS", "CATEGORY_NAMES", "Ticket", "category_of", "barcode_text",
           "parse_barcode", "build_prefill", "issue_ticket", "call_next", "no_show", "recall",
           "serve", "close_day", "estimate_wait", "ticket_by_barcode", "ticket",
           "tickets_of_day", "waiting_minutes", "service_minutes", "people_ahead",
           "DEFAULT_SERVICE_MIN", "issue_prefilled_ticket", "take_at_desk", "QueueSettings",
           "queue_settings", "save_queue_settings", "station_window", "redirect",
           "pause_window", "paused_windows", "waiting_for_window", "Board", "BoardCall",
           "board", "Call", "new_calls", "last_call_id", "queue_changed_token", "watch",
           "DEFAULT_NO_SHOW_AFTER", "window_categories"]
