"""The command palette, listing a key's results as soon as every provider has answered.

Textual's own palette checks whether its providers are done only when no hit has come for a tenth of a second,
so each key typed waited at least that long for its list. This one waits on the hits and on the providers
together: the list is made the moment the last provider finishes.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from typing import Any

from textual.command import CommandPalette, DiscoveryHit, Hit


class Palette(CommandPalette):
    """Textual's command palette, the same in every other way."""

    async def _search_for(self, search_value: str) -> AsyncGenerator[DiscoveryHit | Hit, bool]:
        """Every provider's hits for `search_value`, as they come; sent True (a newer key), it stops and cancels
        the providers still searching."""
        hits: asyncio.Queue[DiscoveryHit | Hit] = asyncio.Queue()
        searches = [asyncio.create_task(self._consume(provider._search(search_value), hits)) for provider in self._providers]
        answered = asyncio.gather(*searches, return_exceptions=True)
        self._start_busy_countdown()
        try:
            while True:
                next_hit = asyncio.ensure_future(hits.get())
                try:
                    waiting: set[asyncio.Future[Any]] = {next_hit, answered}
                    await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
                except asyncio.CancelledError:
                    next_hit.cancel()
                    return  # as Textual's own: a cancelled search ends, its providers cancelled below
                if not next_hit.done():
                    next_hit.cancel()  # every provider has answered, and no hit is waiting
                    break
                if (yield next_hit.result()):
                    return
            self._stop_busy_countdown()
            while not hits.empty():
                if (yield hits.get_nowait()):
                    return
        finally:
            for search in searches:
                search.cancel()  # those still searching, when a newer key or closing the palette stops this one
        for failure in (s.exception() for s in searches if not s.cancelled()):
            if failure is not None:
                self.log.error(f"command provider failed: {failure!r}")
