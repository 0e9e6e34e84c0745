"""Export many plans to charter PDFs at once, on every CPU core.

A trainer exports the plans of a whole workshop in one go. Each plan is read,
rendered and written on its own (a bad file never stops the others), in a pool of
worker processes: the facts and charts are pure Python, so threads would share one core.
Each worker gets the content and the charter modules once, when it starts, never once per plan.
Workers are forked from a fork server that has imported the charter modules but never
compiled anything: a process forked after the Typst compiler has run (its Rust thread
pool and locks) can hang in the child, and the window or a test may have rendered a
charter before starting a batch.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from wizard.content import Content, default_content
from wizard.yamlio import ReadError

PLAN_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Job:
    index: int
    source: str
    target: str


@dataclass(frozen=True)
class Outcome:
    index: int
    source: str
    target: str
    ok: bool
    message: str = ""
    """Why it failed: one line naming the file (and the field, when a plan is invalid)."""
    pages: int = 0
    status: str = ""
    seconds: float = 0.0


def charter_name(source: str | Path) -> str:
    """'groups/mid.coresponse.yaml' → 'mid': the plan file's name without its suffixes."""
    name = Path(source).name
    for suffix in PLAN_SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    if name.lower().endswith(".coresponse"):
        name = name[: -len(".coresponse")]
    return name or "plan"


def output_paths(sources: Sequence[str | Path], folder: str | Path) -> list[Path]:
    """One PDF per plan in ``folder``, named after the plan file. Plans whose names
    collide (a/plan.yaml, b/plan.yaml) get -2, -3, … in the order given."""
    used: set[str] = set()
    next_suffix: dict[str, int] = {}
    out = []
    for src in sources:
        base = charter_name(src)
        name = base
        while name.lower() in used:  # amortized O(1): each base remembers its next suffix
            n = next_suffix.get(base.lower(), 2)
            next_suffix[base.lower()] = n + 1
            name = f"{base}-{n}"
        used.add(name.lower())
        out.append(Path(folder) / f"{name}.pdf")
    return out


# --- the work one process does -------------------------------------------------------

_content: Content | None = None
_draft = False


def init_worker(content: Content | None, draft: bool) -> None:
    """Once per worker: the content (and its language) and the charter modules."""
    global _content, _draft
    from wizard.charter.render import render  # noqa: F401  (import once, not per plan)

    if content is not None:  # a spawned worker starts in English: speak the content's language
        from wizard import i18n

        i18n.set_language(content.lang)
    _content = content or default_content()
    _draft = draft


def export_one(job: Job) -> Outcome:
    """Read, render and atomically write one charter; never raises for a bad plan."""
    from wizard import storage
    from wizard.charter.render import render

    started = time.perf_counter()
    try:
        plan = storage.load_plan(job.source)
        result = render(plan, _content, draft=_draft)
        storage.atomic_write(job.target, result.pdf)
    except ReadError as exc:
        return Outcome(job.index, job.source, job.target, False, str(exc))
    except OSError as exc:
        where = exc.filename or job.target
        return Outcome(job.index, job.source, job.target, False, f"{where}: {exc.strerror or exc}")
    except Exception as exc:  # a bug must not stop the other plans; say which plan hit it
        return Outcome(job.index, job.source, job.target, False,
                       f"{job.source}: could not be exported ({type(exc).__name__}: {exc})")
    return Outcome(job.index, job.source, job.target, True, pages=result.pages, status=result.status.label,
                   seconds=time.perf_counter() - started)


# --- the batch ---------------------------------------------------------------------------


def _context():  # -> multiprocessing context
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["wizard.charter.render", "wizard.charter.facts", "wizard.charter.graphics"])
        return ctx
    return multiprocessing.get_context("spawn")  # Windows: every worker starts fresh


def default_jobs() -> int:
    return os.cpu_count() or 1


def export_many(sources: Sequence[str | Path], folder: str | Path, *, content: Content | None = None,
                draft: bool = False, jobs: int | None = None,
                progress: Callable[[Outcome, int, int], None] | None = None) -> list[Outcome]:
    """Export every plan in ``sources`` to ``folder`` (created if missing) with
    ``jobs`` processes (default: one per CPU core; 1 works in this process).
    ``progress(outcome, done, total)`` is called as each plan finishes. Returns the
    outcomes in the order of ``sources``."""
    out_dir = Path(folder)
    out_dir.mkdir(parents=True, exist_ok=True)
    work = [Job(i, str(src), str(dst)) for i, (src, dst) in enumerate(zip(sources, output_paths(sources, out_dir),
                                                                          strict=True))]
    total = len(work)
    workers = max(1, min(jobs or default_jobs(), total))
    results: list[Outcome] = []

    def done(outcome: Outcome) -> None:
        results.append(outcome)
        if progress is not None:
            progress(outcome, len(results), total)

    if workers == 1:
        init_worker(content, draft)
        for job in work:
            done(export_one(job))
    else:
        init_worker(content, draft)  # forked workers inherit the modules loaded here
        with ProcessPoolExecutor(max_workers=workers, initializer=init_worker, initargs=(content, draft),
                                 mp_context=_context()) as pool:
            futures = {pool.submit(export_one, job): job for job in work}
            for fut in as_completed(futures):
                job = futures[fut]
                try:
                    outcome = fut.result()
                except Exception as exc:  # the worker died (killed, out of memory)
                    outcome = Outcome(job.index, job.source, job.target, False,
                                      f"{job.source}: the export process stopped ({type(exc).__name__})")
                done(outcome)
    return sorted(results, key=lambda o: o.index)
