"""Change the office profile as the office's administrator does: stored, with its event, so
that every PC (and ``Context.refresh`` before each acceptance) sees it."""

import dataclasses

from db import events


def store_office(ctx, **changes):
    new = dataclasses.replace(ctx.office, **changes)
    with ctx.store.write():
        ctx.store.put_setting("office", new.to_dict())
        events.append_event(ctx.store, "office_changed", ctx.now().replace(microsecond=0)
                            .isoformat(sep=" "), data={"changed": sorted(changes)},
                            rows=[("settings", "office")])
    ctx.reload()
    return new
