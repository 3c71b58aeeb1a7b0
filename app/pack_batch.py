"""Review packs in batches: for a selection, a smart list, or everyone meeting on a day.

Output goes either to a folder (one PDF per client, `pack-<date>-client-<id>.pdf`) or to
one merged PDF (each client's pages numbered on their own). Every file is written under a
temporary name in the target folder and renamed when complete, so a cancel, an error or a
crash never leaves a half-written file under a real name; files finished before a cancel
stay, and are the ones recorded on their clients' timelines. Names that already exist are
refused before any work starts (nothing is overwritten).

Reading happens in the caller's office with one read Session per pack (a long batch does
not hold one read snapshot open), recording in one transaction at the end. Nothing here
imports Qt: the GUI runs `run_batch` in a worker thread (ui/pack_worker.py), the CLI
directly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.ics_export import MEETING_INTERACTIONS, MEETING_TASKS
from app.review_pack import (
    PARTIAL_PREFIX,
    PackCancelled,
    PackError,
    PackOptions,
    PackStory,
    compose,
    record_printed,
    render,
    write_pack_file,
)
from app.settings import SettingsService
from app.tasks import day_start_utc
from db.models import Client, Interaction, InteractionClient, Task
from db.office import Office

MAX_BATCH = 5000
STALE_PARTIAL_SECONDS = 3600

Progress = Callable[[int, int], None]  # packs done, packs in the batch


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    packs: int = 0  # packs completed (in the merged file, or files written)
    cancelled: bool = False
    recorded: int = 0  # timeline entries written


def meeting_client_ids(session: Session, day: dt.date, tz: dt.tzinfo | None = None) -> list[int]:
    """Everyone with a meeting that local day: an open meeting or review task due then, or
    a meeting, visit or review meeting on the timeline then (as the calendar export finds
    them). Ascending by id."""
    start, end = day_start_utc(day, tz), day_start_utc(day + dt.timedelta(days=1), tz)
    from_tasks = select(Task.client_id).where(
        Task.client_id.is_not(None),
        Task.status.in_(("open", "done")),  # not cancelled; lets ix_task_status_due serve
        Task.kind.in_(MEETING_TASKS),
        Task.due_at >= start,
        Task.due_at < end,
    )
    from_timeline = (
        select(InteractionClient.client_id)
        .join(Interaction, Interaction.id == InteractionClient.interaction_id)
        .where(
            Interaction.kind.in_(MEETING_INTERACTIONS),
            Interaction.deleted_at.is_(None),
            # the same range on both (interaction_client copies occurred_at): SQLite can
            # then seek ix_interaction_dates and join interaction_client by its key
            Interaction.occurred_at >= start,
            Interaction.occurred_at < end,
            InteractionClient.occurred_at >= start,
            InteractionClient.occurred_at < end,
        )
    )
    ids = set(session.scalars(from_tasks)) | set(session.scalars(from_timeline))
    return sorted(i for i in ids if i is not None)


def smart_list_client_ids(session: Session, name: str) -> list[int]:
    """The clients of a smart (or static) list by its name; PackError naming the lists."""
    from app.smart_lists import SmartListService

    service = SmartListService(session)
    try:
        return service.client_ids(name)
    except LookupError:
        names = ", ".join(service.names()) or "(none yet)"
        raise PackError(f"There is no list called {name!r}; the lists are: {names}.") from None


def check_clients(session: Session, client_ids: Sequence[int]) -> list[int]:
    """The ids without repeats, in order; PackError for none, too many or unknown ones."""
    ids = list(dict.fromkeys(client_ids))
    if not ids:
        raise PackError("No clients to print packs for.")
    if len(ids) > MAX_BATCH:
        raise PackError(f"A batch holds at most {MAX_BATCH:,} packs; choose fewer clients.")
    found = set(session.scalars(select(Client.id).where(Client.id.in_(ids))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise PackError(f"There is no client {missing[0]} in this office.")
    return ids


def pack_file_name(client_id: int, day: dt.date) -> str:
    """Client number and date only: file names leave the office (sync logs, mail)."""
    return f"pack-{day.isoformat()}-client-{client_id}.pdf"


def planned_files(out: Path, client_ids: Sequence[int], day: dt.date, merged: bool) -> list[Path]:
    """Where the batch will write; PackError if the target is unusable or a name is taken."""
    if merged:
        if out.suffix.lower() != ".pdf":
            raise PackError(f"{out.name} is not a .pdf file name; give e.g. packs.pdf.")
        if out.is_dir():
            raise PackError(f"{out.name} is a folder; give a file name such as packs.pdf.")
        if not out.parent.is_dir():
            raise PackError(f"The folder {out.parent} does not exist; create it first.")
        targets = [out]
    else:
        if not out.is_dir():
            raise PackError(f"The folder {out} does not exist; create it first.")
        targets = [out / pack_file_name(cid, day) for cid in client_ids]
    taken = [t for t in targets if t.exists()]
    if taken:
        more = f" (and {len(taken) - 1} more)" if len(taken) > 1 else ""
        raise PackError(f"{taken[0].name}{more} already exists; not overwriting.")
    return targets


def sweep_stale_partials(folder: Path, now: float | None = None) -> int:
    """Remove temporary files an earlier crashed batch left (ours only, over an hour old)."""
    now = now if now is not None else time.time()
    removed = 0
    for path in folder.glob(f"{PARTIAL_PREFIX}*.partial"):
        try:
            if now - path.stat().st_mtime > STALE_PARTIAL_SECONDS:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def run_batch(
    office: Office,
    client_ids: Sequence[int],
    out: Path,
    options: PackOptions,
    *,
    merged: bool,
    actor: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> BatchResult:
    """Print a pack for each client to `out` (a folder, or one PDF when `merged`).

    `cancelled()` is polled between packs (and between pages of the merged file); a cancel
    returns with `result.cancelled` set and no partial file anywhere."""
    options = options.checked()
    day = options.printed_on or dt.datetime.now(options.tz).date()
    options = dataclasses.replace(options, printed_on=day)
    out = Path(out)
    with office.session() as session:
        ids = check_clients(session, client_ids)
        office_name = str(SettingsService(session).get("office.name"))
        if options.footer_note is None:  # the audit chain's head, so a rollback shows
            options = dataclasses.replace(options, footer_note=audit.footer_note(session))
    targets = planned_files(out, ids, day, merged)
    sweep_stale_partials(targets[0].parent)
    result = BatchResult()
    done: list[tuple[int, tuple[str, ...], str]] = []  # client, sections, language
    total = len(ids)
    try:
        if merged:
            _merged(office, ids, targets[0], options, office_name, progress, cancelled, done)
            result.written.append(targets[0])
        else:
            for n, (cid, target) in enumerate(zip(ids, targets, strict=True)):
                if cancelled():
                    raise PackCancelled()
                with office.session() as session:
                    story = compose(session, cid, options, seq=n)
                buf = io.BytesIO()
                render([story], buf, options, office_name)
                write_pack_file(target, lambda fh, buf=buf: fh.write(buf.getvalue()))
                result.written.append(target)
                done.append((cid, story.sections, story.language))
                if progress:
                    progress(n + 1, total)
    except PackCancelled:
        result.cancelled = True
        if merged:
            done.clear()  # the merged file was not written: nothing was printed
    result.packs = len(done)
    if done:
        with office.transaction() as session:
            for cid, sections, language in done:
                record_printed(session, cid, sections, language, actor)
        result.recorded = len(done)
    return result


def _merged(
    office: Office,
    ids: Sequence[int],
    target: Path,
    options: PackOptions,
    office_name: str,
    progress: Progress | None,
    cancelled: Callable[[], bool],
    done: list[tuple[int, tuple[str, ...], str]],
) -> None:
    """All packs as one document: read every story first, then lay them out into a
    temporary file, checking for a cancel as each client's first page is laid out."""
    stories: list[PackStory] = []
    total = len(ids)
    for n, cid in enumerate(ids):
        if cancelled():
            raise PackCancelled()
        with office.session() as session:
            stories.append(compose(session, cid, options, seq=n))

    def on_start(seq: int) -> None:
        if cancelled():
            raise PackCancelled()
        if progress and seq:
            progress(seq, total)  # the previous pack is laid out

    write_pack_file(target, lambda fh: render(stories, fh, options, office_name, on_start=on_start))
    done += [(s.client_id, s.sections, s.language) for s in stories]
    if progress:
        progress(total, total)
