"""``coresponse``: the headless commands.

Exit codes: 0 ok; 1 the answer is "no" (findings include a blocker, a charter is
altered, plans differ); 2 an input could not be read (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from wizard import __version__
from wizard.i18n import N_, t
from wizard.yamlio import ReadError

EXIT_OK, EXIT_NO, EXIT_UNREADABLE = 0, 1, 2


class CliError(Exception):
    """A one-line problem with the command line itself (exit 2)."""


def _language(args: argparse.Namespace) -> str:
    """--lang (else $CORESPONSE_LANG, else English) made the language of this run."""
    import os

    from wizard import i18n

    lang = args.lang or os.environ.get("CORESPONSE_LANG") or i18n.DEFAULT
    try:
        return i18n.set_language(lang)
    except i18n.UnknownLanguage as exc:
        where = "--lang" if args.lang else "CORESPONSE_LANG"
        raise CliError(f"{where}: {exc}") from None


def _content(args: argparse.Namespace):  # -> Content (imported lazily: start-up time)
    from wizard import i18n
    from wizard.content import default_content, load_content

    if not args.content:
        return default_content()
    key = f"{i18n.language()}:{Path(args.content).resolve()}"
    if key not in _PACKS:
        _PACKS[key] = load_content(args.content)
    return _PACKS[key]


_PACKS: dict[str, object] = {}
"""Content packs already loaded in this run (main() validates the pack up front)."""


def _writable(path: str) -> Path:
    p = Path(path)
    folder = p.parent if str(p.parent) else Path(".")
    if not folder.is_dir():
        raise CliError(f"{p}: the folder {folder} does not exist")
    if p.is_dir():
        raise CliError(f"{p}: is a folder; give a file name")
    return p


def cmd_presets(args: argparse.Namespace) -> int:
    from wizard import presets

    for p in presets.available(_content(args)):
        print(f"{p.name}\t{p.title} — {p.description}")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from wizard import presets, storage

    content = _content(args)
    out = _writable(args.output)
    try:
        plan = presets.new_plan(content, args.preset)
    except KeyError as exc:
        raise CliError(str(exc.args[0])) from None
    storage.save_plan(plan, out)
    print(t("wrote {out} (from preset '{preset}')", out=out, preset=args.preset))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from wizard import checks, storage

    content = _content(args)
    plan = storage.load_plan(args.file)
    findings = checks.run_checks(plan, content)
    if args.format == "json":
        print(json.dumps({
            "file": args.file,
            "blockers": len(checks.blockers(findings)),
            "findings": [f.as_dict() for f in findings],
        }, indent=2, ensure_ascii=False))
    else:
        print(format_findings(plan, findings, content))
    return EXIT_NO if checks.blockers(findings) else EXIT_OK


SEVERITY_WORDS = {  # (one, several, the tag before a finding), in English; wizard.i18n translates them
    "blocker": (N_("{n} blocker"), N_("{n} blockers"), N_("BLOCKER")),
    "warning": (N_("{n} warning"), N_("{n} warnings"), N_("WARNING")),
    "suggestion": (N_("{n} suggestion"), N_("{n} suggestions"), N_("SUGGESTION")),
}


def format_findings(plan, findings, content) -> str:
    from wizard import checks, labels

    counts = {s: sum(1 for f in findings if f.severity is s) for s in checks.Severity}
    name = plan.metadata.program_name or plan.agency.name or t("Untitled plan")
    tags = {s: t(SEVERITY_WORDS[s.value][2]) for s in checks.Severity}
    width = max(10, *(len(x) for x in tags.values()))
    lines = [
        t("{name} (revision {revision})", name=name, revision=plan.metadata.revision),
        ", ".join(t(SEVERITY_WORDS[s.value][0 if n == 1 else 1], n=n) for s, n in counts.items()),
    ]
    if not findings:
        lines.append(t("Ready: no findings."))
    for step, items in checks.by_step(findings).items():
        lines.append("")
        lines.append(content.step(step).title)
        for f in items:
            lines.append(f"  {tags[f.severity]:<{width}} {f.message}  [{labels.place(f.field)}]")
            lines.append(f"  {'':<{width}} {t('Fix:')} {f.fix}")
    return "\n".join(lines)


def _is_batch(files: Sequence[str], output: str) -> bool:
    """Batch export when there are several plans, or -o ends in / or is a folder."""
    return len(files) > 1 or output.endswith(("/", "\\")) or Path(output).is_dir()


def cmd_export(args: argparse.Namespace) -> int:
    import time

    from wizard import charter, storage

    if _is_batch(args.files, args.output):
        return _export_batch(args)
    content = _content(args)
    out = _writable(args.output)
    plan = storage.load_plan(args.files[0])
    started = time.perf_counter()
    if out.suffix.lower() == ".docx":  # the Word review copy for counsel, from the same facts
        from wizard.charter.wordcopy import charter_docx

        storage.atomic_write(out, charter_docx(plan, content, draft=args.draft))
        print(t("wrote {out} (Word review copy for counsel; the signed charter is the PDF)", out=out))
        return EXIT_OK
    result = charter.render_result(plan, content, draft=args.draft)
    storage.atomic_write(out, result.pdf)
    took = time.perf_counter() - started
    print(t("wrote {out} ({pages} pages, {status}, {took:.1f} s)", out=out, pages=result.pages,
            status=result.status.label, took=took))
    return EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from wizard import charter, storage

    out = _writable(args.output)
    plan = charter.extract_plan(args.file)
    storage.save_plan(plan, out)
    print(t("wrote {out} (revision {revision}, from {source})", out=out, revision=plan.metadata.revision,
            source=args.file))
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from wizard import charter
    from wizard.charter.certcheck import load_trust_roots

    roots = load_trust_roots(args.trust or [])
    report = charter.verify(args.file, trust_roots=roots)
    print("\n".join(report.lines()))
    return EXIT_OK if report.intact else EXIT_NO


def _passphrase(args: argparse.Namespace) -> str | None:
    """From --passphrase-file (first line), else asked on a terminal, else none. Never kept."""
    if args.passphrase_file:
        try:
            with open(args.passphrase_file, "rb") as fh:
                raw = fh.read(64 * 1024)
        except FileNotFoundError:
            raise ReadError(args.passphrase_file, "no such file") from None
        except IsADirectoryError:
            raise ReadError(args.passphrase_file, "this is a folder, not a passphrase file") from None
        except OSError as exc:
            raise ReadError(args.passphrase_file, exc.strerror or str(exc)) from None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ReadError(args.passphrase_file, "the passphrase file is not UTF-8 text") from None
        return text.splitlines()[0] if text.splitlines() else ""
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"Passphrase for {args.p12}: ")
    return None


def cmd_sign(args: argparse.Namespace) -> int:
    from wizard import storage
    from wizard.charter.certsign import load_credentials, sign_charter

    if bool(args.role) == bool(args.field):
        raise CliError("sign: give exactly one of --role ROLE[:N] or --field NAME")
    out = _writable(args.output)
    creds = load_credentials(args.p12, _passphrase(args))
    result = sign_charter(args.file, creds, role=args.role, field=args.field)
    storage.atomic_write(out, result.pdf)
    print(f"wrote {out}: {result.field.name} signed by {result.signer} as {result.role_label.lower()}")
    return EXIT_OK


def _read_plan(path: str):  # -> ProgramPlan
    """A plan file, or the plan embedded in a charter PDF."""
    if Path(path).suffix.lower() == ".pdf":
        from wizard.charter import extract_plan

        return extract_plan(path)
    from wizard import storage

    return storage.load_plan(path)


def _read_plan_and_bytes(path: str):  # -> tuple[ProgramPlan, bytes]
    """A plan with the YAML it was read from (a plan file's bytes, or a charter's embedded plan)."""
    if Path(path).suffix.lower() == ".pdf":
        from wizard.charter import read_charter

        charter = read_charter(path)
        return charter.plan, charter.plan_yaml
    from wizard import storage, yamlio

    raw = yamlio.read_bytes(path)
    return storage.parse_plan(path, raw), raw


def cmd_diff(args: argparse.Namespace) -> int:
    from wizard.diff import describe_plan, diff_plans

    content = _content(args)
    a, b = _read_plan(args.a), _read_plan(args.b)
    result = diff_plans(a, b, content, a_name=describe_plan(a, args.a), b_name=describe_plan(b, args.b))
    if args.format == "json":
        print(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
    else:
        print(result.as_text())
    return EXIT_OK if result.same else EXIT_NO


def cmd_content(args: argparse.Namespace) -> int:
    from wizard.content import export_pack

    content = _content(args)
    written = export_pack(content, args.folder, force=args.force)
    n_presets = sum(1 for p in written if p.parent.name == "presets")
    print(f"wrote {len(written) - n_presets} content files and {n_presets} preset plans to {args.folder}")
    print(f"edit them, then run: coresponse --content {args.folder} COMMAND  (or coresponse-wizard --content …)")
    return EXIT_OK


def _export_batch(args: argparse.Namespace) -> int:
    """Every plan to OUTDIR/<plan name>.pdf on all cores; failures listed at the end."""
    import os
    import time

    from wizard import batch
    from wizard.terminal import ProgressBar

    if args.jobs is not None and args.jobs < 1:
        raise CliError(f"--jobs {args.jobs}: give 1 or more processes")
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise CliError(f"{folder}: is a file; give a folder (ending in /) for several plans")
    content = _content(args)
    jobs = args.jobs or os.cpu_count() or 1
    bar = ProgressBar(len(args.files), sys.stderr, verb="exported")
    bar.start()
    started = time.perf_counter()
    try:
        outcomes = batch.export_many(args.files, folder, content=content, draft=args.draft, jobs=jobs,
                                     progress=lambda o, _d, _t: bar.advance(o.ok, Path(o.target if o.ok
                                                                                       else o.source).name))
    finally:
        bar.finish()
    took = time.perf_counter() - started
    failed = [o for o in outcomes if not o.ok]
    workers = min(jobs, len(args.files))
    print(f"exported {len(outcomes) - len(failed)} of {len(outcomes)} plans to {folder} "
          f"in {took:.1f} s ({workers} process{'es' if workers != 1 else ''})")
    for o in failed:
        print(f"coresponse: {o.message}", file=sys.stderr)
    return EXIT_UNREADABLE if failed else EXIT_OK


def cmd_worksheet(args: argparse.Namespace) -> int:
    from wizard import storage
    from wizard.handouts import render_worksheet

    out = _writable(args.output)
    pdf = render_worksheet(_content(args))
    storage.atomic_write(out, pdf)
    print(t("wrote {out} (blank worksheet, {pages} pages)", out=out, pages=_page_count(pdf)))
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    from wizard import storage
    from wizard.handouts import render_comparison

    if len(args.files) < 2:
        raise CliError("compare: give two or more plans (or charters) to compare")
    content = _content(args)
    out = _writable(args.output)
    read = [(f, *_read_plan_and_bytes(f)) for f in args.files]  # the first unreadable file stops it (exit 2)
    plans = [(f, plan) for f, plan, _raw in read]
    pdf = render_comparison(plans, content, originals=[raw for _f, _plan, raw in read])
    storage.atomic_write(out, pdf)
    print(t("wrote {out} ({n} plans side by side, {pages} pages)", out=out, n=len(plans), pages=_page_count(pdf)))
    return EXIT_OK


def cmd_calendar(args: argparse.Namespace) -> int:
    import datetime as dt

    from wizard import storage
    from wizard.launch import calendar

    zone = args.tz or calendar.local_zone_name()
    try:
        calendar.zone_named(zone)
    except calendar.UnknownZone as exc:
        raise CliError(f"--tz: {exc}") from None
    start = None
    if args.start:
        try:
            start = dt.date.fromisoformat(args.start)
        except ValueError:
            raise CliError(f"--start: '{args.start}' is not a date (YYYY-MM-DD)") from None
    out = _writable(args.output)
    plan = _read_plan(args.file)
    result = calendar.build_calendar(plan, zone, start)
    storage.atomic_write(out, result.ics)
    n = len(result.events)
    print(t("wrote {out} (1 event, time zone {zone})", out=out, zone=zone) if n == 1 else
          t("wrote {out} ({n} events, time zone {zone})", out=out, n=n, zone=zone))
    for line in result.left_out:
        print(f"  {line}")
    return EXIT_OK


def cmd_datasheet(args: argparse.Namespace) -> int:
    from wizard import storage
    from wizard.launch import datasheet

    content = _content(args)
    spec = datasheet.load_spec(args.content)  # a pack's datasheet.yaml, else the default
    out = _writable(args.output)
    plan = _read_plan(args.file)
    columns, _guides = datasheet.plan_columns(plan, content, spec)
    storage.atomic_write(out, datasheet.build_datasheet(plan, content, spec))
    print(t("wrote {out} (contact log with {n} columns; sheets: {sheets})", out=out, n=len(columns),
            sheets=", ".join(datasheet.SHEETS)))
    return EXIT_OK


def _codes(text: str | None) -> list[str] | None:
    """CODE[,CODE…]; a code holding a comma is quoted: --bh 'MENTAL,"SICK, INJURED"'."""
    if text is None:
        return None
    import csv

    return [c.strip() for row in csv.reader([text]) for c in row if c.strip()]


def cmd_calls(args: argparse.Namespace) -> int:
    from wizard import calls, demand, storage

    plan = storage.load_plan(args.plan)
    out = _writable(args.output) if args.output else Path(args.plan)
    cols = calls.Columns(when=args.when, type=args.type, time=args.time, flag=args.flag)
    codes = _codes(args.bh)
    flag_values = _codes(args.flag_values)
    if args.flag_values is not None and not args.flag:
        raise CliError("calls: --flag-values needs --flag COLUMN")
    if codes is None and not args.flag:  # no selection yet: show what there is to choose from
        result = calls.import_calls(args.calls, cols, (), tz=args.tz, strict=args.strict, require_bh=False)
        for line in calls.format_summary(result)[:2]:
            print(line)
        print(f"most common values of '{args.type}' (* suggested as behavioral-health, ? maybe):")
        for tc in calls.suggest_codes(result.type_counts, top=args.top):
            mark = "*" if tc.suggested else "?" if tc.term else " "
            why = f"  ({tc.term.term}: {tc.term.why})" if tc.term else ""
            print(f"  {mark} {tc.count:>9,}  {tc.value}{why}")
        picks = [tc.value for tc in calls.suggest_codes(result.type_counts, top=args.top) if tc.suggested]
        if picks:
            print(f"then run again with --bh {_quote_codes(picks)}")
        print("nothing written (give --bh CODE[,CODE…] to import)")
        return EXIT_OK
    if codes is not None and not codes:
        raise CliError(f"{Path(args.calls).name}, column '{args.type}': --bh names no code; give "
                       "CODE[,CODE…], or leave --bh out to list the column's values")
    result = calls.import_calls(args.calls, cols, codes or (), flag_values=flag_values, tz=args.tz,
                                strict=args.strict)
    plan.coverage.call_demand = result.demand
    storage.save_plan(plan, out)
    for line in calls.format_summary(result):
        print(line)
    print(demand.demand_sentence(plan))
    print(t("wrote {out} (only counts by weekday and hour; no call, name or address is stored)", out=out))
    return EXIT_OK


def _quote_codes(codes: list[str]) -> str:
    import shlex

    return shlex.quote(",".join(f'"{c}"' if "," in c else c for c in codes))


def cmd_suggest_coverage(args: argparse.Namespace) -> int:
    from wizard import demand, storage, suggest

    plan = storage.load_plan(args.plan)
    if plan.coverage.call_demand is None:
        raise ReadError(args.plan, "no calls imported yet; run `coresponse calls` first",
                        field="coverage.call_demand")
    if plan.coverage.call_demand.total_bh == 0:
        raise ReadError(args.plan, "the imported calls include no behavioral-health call",
                        field="coverage.call_demand")
    out = _writable(args.output) if args.output else None
    for name, value, lo, hi in (("--teams", args.teams, 1, suggest.MAX_TEAMS), ("--hours", args.hours, 1, 24),
                                ("--days", args.days, 1, 7)):
        if not lo <= value <= hi:
            raise CliError(f"suggest-coverage: {name} {value}: give {lo} to {hi}")
    result = suggest.suggest(plan.coverage.call_demand, args.teams, args.hours, args.days,
                             plan.staffing.available_hours_per_fte)
    for line in suggest.format_suggestion(result):
        print(line)
    if args.apply or out is not None:
        plan.coverage.schedule = suggest.apply(result.best)
        target = out or Path(args.plan)
        storage.save_plan(plan, target)
        print(demand.demand_sentence(plan))
        print(t("wrote {out} (clinician hours: {hours})", out=target, hours=result.best.describe()))
    return EXIT_OK


def _page_count(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def cmd_share(args: argparse.Namespace) -> int:
    from wizard import sync

    try:
        shared = sync.share(args.file, args.as_name or "", args.organization or "")
    except sync.ShareError as exc:
        raise CliError(str(exc)) from None
    print(f"shared {args.file}: edits now go to {shared.folder} (one log per person and device); "
          "put both in the agencies' shared folder")
    shared.close()
    return EXIT_OK


def _open_any(path: str, person: str = ""):
    """(plan, SharedPlan or None) for a plan file, shared or not."""
    from wizard import storage, sync

    if sync.is_shared(path):
        try:
            shared = sync.SharedPlan(path, person)
        except sync.ShareError as exc:
            raise CliError(str(exc)) from None
        for line in shared.problems():
            print(f"coresponse: {line}", file=sys.stderr)
        return shared.plan, shared
    return storage.load_plan(path), None


def cmd_set(args: argparse.Namespace) -> int:
    from wizard import storage, sync

    assignments = []
    for item in args.assignments:
        field, eq, value = item.partition("=")
        if not eq or not field.strip():
            raise CliError(f"{args.file}: {item!r}: give FIELD=VALUE, e.g. agency.name='Mid City Police Department'")
        assignments.append((field.strip(), value))
    plan, shared = _open_any(args.file, args.as_name or "")
    try:
        for field, value in assignments:
            plan = sync.with_value(plan, field, value)
    except sync.FieldError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    if shared is None:
        storage.save_plan(plan, args.file)
        print(t("wrote {out}", out=args.file))
        return EXIT_OK
    try:
        changed = shared.commit(plan, force=[tuple(sync.shared.split_path(f)) for f, _v in assignments])
    except sync.ReadOnlyShare as exc:
        raise CliError(str(exc)) from None
    finally:
        shared.close()
    print(f"{'appended the change to' if changed else 'nothing changed in'} {shared.writer.path if shared.writer else args.file}")
    for f in shared.findings():
        print(f"coresponse: {f.message}", file=sys.stderr)
    return EXIT_OK


def cmd_get(args: argparse.Namespace) -> int:
    from wizard import storage, sync

    plan, shared = _open_any(args.file)
    if shared is not None:
        shared.close()
    data: object = storage.plan_data(plan)
    walked = ""
    for part in sync.shared.split_path(args.field):
        try:
            data = data[part]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            raise CliError(f"{args.file}: {walked + ('.' if walked and isinstance(part, str) else '')}{part}: "
                           "there is no such field in the plan") from None
        walked += f"[{part}]" if isinstance(part, int) else (f".{part}" if walked else part)
    if isinstance(data, str):
        print(data)
    else:
        print(json.dumps(data, ensure_ascii=False, indent=2 if isinstance(data, dict | list) else None))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "diff": cmd_diff,
    "compare": cmd_compare,
    "worksheet": cmd_worksheet,
    "content": cmd_content,
    "presets": cmd_presets,
    "new": cmd_new,
    "check": cmd_check,
    "export": cmd_export,
    "extract": cmd_extract,
    "verify": cmd_verify,
    "sign": cmd_sign,
    "calendar": cmd_calendar,
    "datasheet": cmd_datasheet,
    "calls": cmd_calls,
    "suggest-coverage": cmd_suggest_coverage,
    "share": cmd_share,
    "set": cmd_set,
    "get": cmd_get,
}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="coresponse",
        description="Design a co-response program and export its charter, without the window.",
    )
    p.add_argument("--version", action="version", version=f"coresponse {__version__}")
    p.add_argument("--content", metavar="DIR", help="load a content pack (guidance, catalogs, presets) from DIR")
    p.add_argument("--lang", metavar="LANG", default=None,
                   help="the language of what is written and printed: en (English, the default) or es (Spanish); "
                        "also $CORESPONSE_LANG")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser("presets", help="list the sample agencies a plan can start from")

    n = sub.add_parser("new", help="write a new plan file")
    n.add_argument("--preset", default="blank", metavar="NAME", help="start from this preset (see `presets`)")
    n.add_argument("-o", "--output", required=True, metavar="FILE")

    c = sub.add_parser("check", help="list readiness findings grouped by step")
    c.add_argument("file", metavar="FILE")
    c.add_argument("--format", choices=("text", "json"), default="text")

    e = sub.add_parser(
        "export", help="render a plan as a charter PDF (the plan is embedded in it); or many plans at once",
        description="One plan: coresponse export PLAN.yaml -o CHARTER.pdf. Many plans: coresponse export "
                    "A.yaml B.yaml ... -o OUTDIR/ writes OUTDIR/A.pdf, OUTDIR/B.pdf, ... (OUTDIR is created if "
                    "missing) on all CPU cores with a progress bar on stderr; a plan that cannot be read is "
                    "skipped and reported at the end (exit 2). It is a batch when there are several plans, or "
                    "when -o ends in / or names an existing folder.")
    e.add_argument("files", nargs="+", metavar="PLAN.yaml")
    e.add_argument("-o", "--output", required=True, metavar="CHARTER.pdf|CHARTER.docx|OUTDIR/",
                   help="a .docx name writes the Word review copy for counsel instead of the PDF")
    e.add_argument("--draft", action="store_true", help="mark every page DRAFT even if the plan is ready and signed")
    e.add_argument("-j", "--jobs", type=int, metavar="N",
                   help="batch: export with N processes (default: one per CPU core)")

    x = sub.add_parser("extract", help="write the plan embedded in a charter PDF back to a plan file")
    x.add_argument("file", metavar="CHARTER.pdf")
    x.add_argument("-o", "--output", required=True, metavar="PLAN.yaml")

    v = sub.add_parser("verify", help="check a charter's embedded plan against its fingerprint and signatures")
    v.add_argument("file", metavar="CHARTER.pdf")
    v.add_argument("--trust", action="append", metavar="CERT",
                   help="a trust root (PEM or DER certificate) for certificate signatures; repeatable")

    g = sub.add_parser("sign", help="sign a charter's signature field with a certificate (PKCS#12 file)",
                       description="Sign the empty signature field of one signatory with their certificate "
                                   "(PAdES baseline, incremental: earlier signatures stay valid). Choose the "
                                   "field by role (police_executive, bh_executive, government_official, "
                                   "program_coordinator, other); when several signatories share a role, "
                                   "use ROLE:N (N counts from 1 in charter order) or --field NAME.")
    g.add_argument("file", metavar="CHARTER.pdf")
    g.add_argument("--role", metavar="ROLE[:N]", help="the signatory's role, e.g. police_executive or other:2")
    g.add_argument("--field", metavar="NAME", help="the signature field's name, e.g. sig1_police_executive")
    g.add_argument("--p12", required=True, metavar="FILE", help="the signer's certificate and key (.p12/.pfx)")
    g.add_argument("--passphrase-file", metavar="F",
                   help="read the passphrase from the first line of F (otherwise asked on a terminal, "
                        "else none)")
    g.add_argument("-o", "--output", required=True, metavar="SIGNED.pdf")

    d = sub.add_parser("diff", help="say what differs between two plans (or charters), section by section")
    d.add_argument("a", metavar="A.yaml", help="a plan file or a charter PDF")
    d.add_argument("b", metavar="B.yaml", help="a plan file or a charter PDF")
    d.add_argument("--format", choices=("text", "json"), default="text")

    k = sub.add_parser("content", help="work with content packs (guidance, catalogs, presets)")
    ksub = k.add_subparsers(dest="content_command", required=True, metavar="ACTION")
    ke = ksub.add_parser("export", help="write the content in use (the default, or --content DIR) as a pack to edit")
    ke.add_argument("folder", metavar="DIR", help="created if missing; presets go to DIR/presets")
    ke.add_argument("--force", action="store_true", help="overwrite files that already exist")

    w = sub.add_parser("worksheet", help="write a blank worksheet PDF with every step's questions, for paper "
                                         "breakouts (uses --content DIR's options and prompts)")
    w.add_argument("-o", "--output", required=True, metavar="WORKSHEET.pdf")

    cp = sub.add_parser("compare", help="put the key decisions of several plans (or charters) side by side "
                                        "in a PDF, for a debrief")
    cp.add_argument("files", nargs="+", metavar="A.yaml B.yaml [C.yaml ...]",
                    help="two or more plan files or charter PDFs, one column each, in this order")
    cp.add_argument("-o", "--output", required=True, metavar="COMPARISON.pdf")

    cal = sub.add_parser(
        "calendar", help="write the program's meetings and dates as an iCalendar file (.ics)",
        description="Recurring events for clinical supervision, joint case reviews and committee meetings at "
                    "their cadences; one-off events for open decisions' due dates, the plan review date, the "
                    "MOU renewal and the end of term. The plan sets no day or time for meetings: each series "
                    "starts on the first matching weekday (supervision Tuesday, case review Wednesday, "
                    "committee Thursday; monthly and longer: the first such weekday of the month) on or after "
                    "--start, at 10:00 for one hour, and says so in its description. Meetings without a "
                    "cadence are left out and listed.")
    cal.add_argument("file", metavar="PLAN.yaml", help="a plan file or a charter PDF")
    cal.add_argument("-o", "--output", required=True, metavar="PLAN.ics")
    cal.add_argument("--tz", metavar="ZONE",
                     help="the agency's time zone, an IANA name such as America/Chicago (default: this "
                          "computer's zone)")
    cal.add_argument("--start", metavar="YYYY-MM-DD", help="meeting series begin on or after this date "
                                                          "(default: tomorrow)")

    ds = sub.add_parser(
        "datasheet", help="write a data-collection workbook (.xlsx) for the plan's measures",
        description="Sheets: Instructions (data owner, cadence, where the data lives), Contact log (one "
                    "column per chosen measure, drop-down lists for categorical ones), Baseline, Lists. "
                    "Never enter client names or health information in it.")
    ds.add_argument("file", metavar="PLAN.yaml", help="a plan file or a charter PDF")
    ds.add_argument("-o", "--output", required=True, metavar="PLAN.xlsx")
    ca = sub.add_parser(
        "calls", help="count a CAD export's calls by weekday and hour into a plan (no call itself is kept)",
        description="Read a CAD export (CSV or .xlsx), count its calls and its behavioral-health calls by "
                    "weekday and hour, and store only those counts in the plan (coverage.call_demand): no row, "
                    "name or address. Without --bh (and --flag) it lists the most common call types, marks the "
                    "ones the code catalog suggests, and writes nothing. Rows without a readable date-time are "
                    "skipped and counted by reason; more than 5 %% bad rows refuse the import (--strict: the "
                    "first). Row numbers count the header as row 1.")
    ca.add_argument("plan", metavar="PLAN.yaml")
    ca.add_argument("calls", metavar="CALLS.csv|CALLS.xlsx")
    ca.add_argument("--when", required=True, metavar="COLUMN",
                    help="the date-time column (or the date column, with --time)")
    ca.add_argument("--time", metavar="COLUMN", help="the time column, when date and time are apart")
    ca.add_argument("--type", required=True, metavar="COLUMN", help="the call type / nature code column")
    ca.add_argument("--bh", metavar="CODE[,CODE…]", help="call types that count as behavioral-health calls")
    ca.add_argument("--flag", metavar="COLUMN",
                    help="a mental-health flag or disposition column; a call whose value is in --flag-values "
                         "counts as behavioral-health too")
    ca.add_argument("--flag-values", metavar="V[,V…]", help="flag values that mean BH (default Y, YES, TRUE, 1, X)")
    ca.add_argument("--tz", metavar="ZONE",
                    help="the agency's time zone (IANA, e.g. America/Chicago); needed for times with a UTC offset")
    ca.add_argument("--strict", action="store_true", help="refuse the import at the first bad row")
    ca.add_argument("--top", type=int, default=30, metavar="N", help="listing: how many call types to show")
    ca.add_argument("-o", "--output", metavar="OUT.yaml", help="write the plan here (default: PLAN.yaml itself)")

    sc = sub.add_parser(
        "suggest-coverage", help="the schedule that covers the most imported behavioral-health calls",
        description="For N teams, shifts of H hours and D days a week, try every choice of days and start "
                    "hours (each team's start on its own for up to 3 teams; further teams added one by one) "
                    "and show the one whose hours hold the most behavioral-health calls, with what one more "
                    "day and one more team would add and the FTE each needs. --apply (or -o) writes it as "
                    "the plan's clinician hours.")
    sc.add_argument("plan", metavar="PLAN.yaml")
    sc.add_argument("--teams", type=int, default=1, metavar="N", help="teams on duty (1 to 8; default 1)")
    sc.add_argument("--hours", type=int, required=True, metavar="H", help="shift length in hours (1 to 24)")
    sc.add_argument("--days", type=int, default=5, metavar="D", help="days a week (1 to 7; default 5)")
    sc.add_argument("--apply", action="store_true", help="write the suggested hours into PLAN.yaml")
    sc.add_argument("-o", "--output", metavar="OUT.yaml", help="write the plan with the suggested hours here")

    sh = sub.add_parser(
        "share", help="turn a plan into a shared plan that several people edit at once through a shared folder",
        description="Creates PLAN.sync/ beside the plan: one append-only log per person and device, merged by a "
                    "CRDT (no server, no network connection). Put the plan and its folder on the agencies' "
                    "network drive, OneDrive, SharePoint or Teams files; everyone opens the plan file.")
    sh.add_argument("file", metavar="PLAN.yaml")
    sh.add_argument("--as", dest="as_name", metavar="NAME", help="your name, as the others see it (default: "
                                                                 "your login name)")
    sh.add_argument("--organization", metavar="ORG", help="your organization, as the others see it")

    st = sub.add_parser(
        "set", help="set fields of a plan: FIELD=VALUE … (on a shared plan, appended as your update)",
        description="FIELD is a dotted path as in the plan file (agency.name, funding.budget_lines[0].salary or "
                    "funding.budget_lines.0.salary). VALUE is read as a number, true/false, a date or nothing "
                    "(FIELD=) where the field takes one, else as text. All assignments are checked together by "
                    "the plan model; a refused one changes nothing. A plain plan is rewritten atomically; a "
                    "shared plan gets one update appended to your log.")
    st.add_argument("file", metavar="PLAN.yaml")
    st.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    st.add_argument("--as", dest="as_name", metavar="NAME", help="whose edit this is on a shared plan (default: "
                                                                 "your login name)")

    gt = sub.add_parser("get", help="print one field of a plan (a shared plan's merged value)",
                        description="Text prints as it is; anything else as JSON (null: not known yet).")
    gt.add_argument("file", metavar="PLAN.yaml")
    gt.add_argument("field", metavar="FIELD", help="a dotted path as in the plan file, e.g. agency.name")
    return p



def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed its one-line usage error
        return EXIT_UNREADABLE if exc.code not in (0, None) else EXIT_OK
    try:
        _language(args)
        if args.content:  # every command honours --content: a broken pack is refused up front
            _content(args)
        return COMMANDS[args.command](args)
    except (ReadError, CliError) as exc:
        print(f"coresponse: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"coresponse: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        print("coresponse: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
