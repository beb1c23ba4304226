"""Keeping Python's cycle collector away from a fact base while it is being built.

Loading and validating make hundreds of thousands of small objects that live as long as
the fact base and form no reference cycles. Each counts towards a collection, and each
full collection goes through all the data loaded so far again: at 10,000 events the
collector took longer than the loading and the validation themselves. Reference
counting still frees everything as usual.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The cycle collector off for the block, then as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # Take the block's objects out of the young generations without a collection,
        # which would go through all of them at once: freeze moves every object out of
        # the generations. If nothing was frozen before, unfreeze puts them all back into
        # the oldest generation; if the caller keeps its long-lived data frozen (the
        # pipeline does), the new objects stay with it, to be unfrozen with it.
        frozen_before = gc.get_freeze_count() > 0
        gc.freeze()
        if not frozen_before:
            gc.unfreeze()
        if was_enabled:
            gc.enable()
