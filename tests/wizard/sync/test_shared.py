"""Shared plans in one process: two people (two SharedPlan objects, two CRDT documents)
on one folder, as two laptops see it once their sync client has copied the files."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from wizard import signing, storage
from wizard.enums import SignatureMethod
from wizard.plan import BudgetLine, ProgramPlan
from wizard.sync import ReadOnlyShare, SharedPlan, ShareError, is_shared, presence, share, sync_dir
from wizard.sync import log as synclog


@pytest.fixture
def pair(tmp_path: Path) -> tuple[SharedPlan, SharedPlan]:
    path = tmp_path / "mid-city.coresponse.yaml"
    storage.save_plan(ProgramPlan(), path)
    alex = share(path, "Alex Kim", "Mid City PD", "alex-laptop")
    whitaker = SharedPlan(path, "Dr. Whitaker", "Harbor BH", "desk")
    return alex, whitaker


def both_poll(*people: SharedPlan) -> None:
    for p in people:
        p.poll()


def with_line(sp: SharedPlan, description: str, category: str = "training") -> ProgramPlan:
    plan = sp.plan.model_copy(deep=True)
    plan.funding.budget_lines = [*plan.funding.budget_lines,
                                 BudgetLine(category=category, description=description, amounts=[1000])]
    return plan


def test_sharing_makes_the_folder_and_refuses_twice(pair, tmp_path):
    alex, _ = pair
    assert is_shared(alex.plan_path) and sync_dir(alex.plan_path).name == "mid-city.coresponse.yaml.sync"
    assert (alex.folder / "alex-kim-alex-laptop.snapshot").is_file()
    with pytest.raises(ShareError, match="already shared"):
        share(alex.plan_path, "Alex Kim")
    plain = tmp_path / "plain.coresponse.yaml"
    storage.save_plan(ProgramPlan(), plain)
    with pytest.raises(ShareError, match="not a shared plan"):
        SharedPlan(plain, "Sam")


def test_edits_of_different_fields_both_survive(pair):
    alex, whitaker = pair
    alex.set("agency.name", "Mid City Police Department")
    whitaker.set("agency.existing.mobile_crisis_provider", "Harbor Mobile Crisis")
    both_poll(alex, whitaker)
    for p in (alex, whitaker):
        assert p.plan.agency.name == "Mid City Police Department"
        assert p.plan.agency.existing.mobile_crisis_provider == "Harbor Mobile Crisis"


def test_the_same_field_converges_to_one_value(pair):
    alex, whitaker = pair
    alex.set("agency.jurisdiction", "City of Mid City")
    whitaker.set("agency.jurisdiction", "Mid City and Harbor County")
    both_poll(alex, whitaker)
    assert alex.plan.agency.jurisdiction == whitaker.plan.agency.jurisdiction
    assert alex.plan.agency.jurisdiction in ("City of Mid City", "Mid City and Harbor County")
    fresh = SharedPlan(alex.plan_path, "Sam Ortiz", device="tablet")  # a third copy agrees too
    assert fresh.plan.agency.jurisdiction == alex.plan.agency.jurisdiction


def test_concurrent_text_edits_interleave(pair):
    alex, whitaker = pair
    alex.set("program_model.rationale", "We chose the embedded model.")
    whitaker.poll()
    alex.set("program_model.rationale", "We chose the embedded model. Call volume is high downtown.")
    whitaker.set("program_model.rationale", "After two workshops, we chose the embedded model.")
    both_poll(alex, whitaker)
    text = alex.plan.program_model.rationale
    assert text == whitaker.plan.program_model.rationale
    assert "After two workshops" in text and "Call volume is high downtown." in text
    assert text.count("embedded model") == 1


def test_two_people_each_add_a_budget_line_and_both_lines_exist(pair):
    alex, whitaker = pair
    alex.commit(with_line(alex, "Clinician laptops", "vehicles_equipment"))
    whitaker.commit(with_line(whitaker, "CIT course"))
    both_poll(alex, whitaker)
    for p in (alex, whitaker):
        assert sorted(line.description for line in p.plan.funding.budget_lines) == ["CIT course", "Clinician laptops"]
    assert [x.description for x in alex.plan.funding.budget_lines] == [
        x.description for x in whitaker.plan.funding.budget_lines]


def test_a_deletion_never_deletes_the_wrong_row(pair):
    alex, whitaker = pair
    plan = with_line(alex, "Laptops", "vehicles_equipment")
    plan.funding.budget_lines.append(BudgetLine(category="training", description="CIT course", amounts=[5]))
    plan.funding.budget_lines.append(BudgetLine(category="evaluation", description="Evaluator", amounts=[9]))
    alex.commit(plan)
    whitaker.poll()
    # Alex deletes the first line while Dr. Whitaker renames the second
    plan = alex.plan.model_copy(deep=True)
    del plan.funding.budget_lines[0]
    alex.commit(plan)
    whitaker.set("funding.budget_lines[1].description", "CIT 40-hour course")
    both_poll(alex, whitaker)
    for p in (alex, whitaker):
        assert [x.description for x in p.plan.funding.budget_lines] == ["CIT 40-hour course", "Evaluator"]


def test_edits_valid_apart_that_break_a_rule_together_are_both_kept_and_said(pair):
    alex, whitaker = pair
    alex.set("agency.annual_calls_for_service", 1000)
    whitaker.poll()
    alex.set("agency.bh_calls_per_year", 900)  # fine with 1000 calls
    whitaker.set("agency.annual_calls_for_service", 500)  # fine with no BH count
    both_poll(alex, whitaker)
    for p in (alex, whitaker):
        (finding,) = p.findings()
        assert finding.code == "shared-edits-conflict" and finding.field == "agency"
        assert "are more than the annual calls for service" in finding.message and "Both are kept" in finding.message
        ProgramPlan.model_validate(storage.plan_data(p.plan))  # what is shown is a valid plan
    # nothing is dropped: the merged document still holds both values
    assert alex.root["agency"]["bh_calls_per_year"] == 900
    assert alex.root["agency"]["annual_calls_for_service"] == 500
    assert "Dr. Whitaker" in alex.findings()[0].message
    # once someone fixes one of them the finding goes
    alex.set("agency.annual_calls_for_service", 2000)
    whitaker.poll()
    assert not alex.findings() and not whitaker.findings()
    assert whitaker.plan.agency.bh_calls_per_year == 900 and whitaker.plan.agency.annual_calls_for_service == 2000


def test_a_conflict_copy_merges_harmlessly(pair):
    alex, whitaker = pair
    whitaker.set("agency.state", "OH")
    whitaker.set("agency.name", "Mid City PD")
    log = whitaker.writer.path
    shutil.copy(log, log.with_name(f"{log.stem} (1){log.suffix}"))
    alex.poll()
    again = SharedPlan(alex.plan_path, "Sam Ortiz", device="tablet")
    assert again.plan.agency.state == "OH" and again.plan.agency.name == "Mid City PD"
    assert not again.problems()


def test_a_torn_last_record_is_ignored_until_complete(pair):
    alex, whitaker = pair
    whitaker.set("agency.state", "OH")
    log = whitaker.writer.path
    whole = log.read_bytes()
    whitaker.set("agency.name", "Mid City PD")
    full = log.read_bytes()
    log.write_bytes(full[: len(whole) + (len(full) - len(whole)) // 2])  # the sync client copied it mid-write
    assert alex.poll().updates == 1
    assert alex.plan.agency.state == "OH" and alex.plan.agency.name == ""
    log.write_bytes(full)  # the rest arrives
    alex.poll()
    assert alex.plan.agency.name == "Mid City PD"


def test_a_damaged_middle_record_is_skipped_and_the_rest_merge(pair):
    alex, whitaker = pair
    for name in ("A", "B", "C"):
        whitaker.set("agency.jurisdiction", name)
    whitaker.set("agency.state", "OH")
    data = bytearray(whitaker.writer.path.read_bytes())
    head = synclog.PREAMBLE
    first_len = int.from_bytes(data[head:head + 4], "little")
    second = head + 8 + first_len
    data[second + 8 + 3] ^= 0xFF  # a flipped byte in the first update's payload
    whitaker.writer.path.write_bytes(bytes(data))
    fresh = SharedPlan(alex.plan_path, "Sam Ortiz", device="tablet")
    (line,) = fresh.problems()
    assert str(whitaker.writer.path) in line and "1 damaged record skipped" in line
    # (Yjs holds that device's later updates until the missing one is there.) The writer
    # still has every edit: its next snapshot brings them all.
    whitaker.compact()
    fresh.poll()
    assert fresh.plan.agency.state == "OH" and fresh.plan.agency.jurisdiction == "C"


def test_a_log_from_a_newer_version_is_refused_with_one_line(pair):
    alex, _ = pair
    newer = alex.folder / "jo-new-laptop.updates"
    newer.write_bytes(synclog.preamble(synclog.FORMAT + 1) + synclog.header_record({"person": "Jo"}) + b"...")
    fresh = SharedPlan(alex.plan_path, "Sam Ortiz", device="tablet")
    (line,) = fresh.problems()
    assert "\n" not in line and str(newer) in line and "newer version" in line
    (alex.folder / "notes.updates").write_bytes(b"hello, not a log")
    fresh = SharedPlan(alex.plan_path, "Sam Ortiz", device="tablet")
    assert any("notes.updates: not a shared-plan file" in p for p in fresh.problems())


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a user whom file modes bind")
def test_a_read_only_share_opens_read_only_and_says_so(pair):
    alex, _ = pair
    alex.set("agency.name", "Mid City PD")
    os.chmod(alex.folder, 0o500)
    try:
        reader = SharedPlan(alex.plan_path, "Sam Ortiz", device="tablet")
        assert reader.plan.agency.name == "Mid City PD"
        assert reader.readonly and any("read-only" in p for p in reader.problems())
        with pytest.raises(ReadOnlyShare):
            reader.set("agency.state", "OH")
    finally:
        os.chmod(alex.folder, 0o700)


def test_read_only_when_asked(pair):
    alex, _ = pair
    alex.set("agency.name", "Mid City PD")
    reader = SharedPlan(alex.plan_path, "Sam Ortiz", device="tablet", readonly=True)
    assert reader.plan.agency.name == "Mid City PD" and reader.readonly
    with pytest.raises(ReadOnlyShare, match="read-only"):
        reader.set("agency.state", "OH")
    assert not (alex.folder / "sam-ortiz-tablet.updates").exists()


def test_offline_edits_merge_when_the_copy_comes_back(pair, tmp_path):
    alex, whitaker = pair
    alex.set("agency.name", "Mid City PD")
    # Dr. Whitaker takes a copy home (no sync there) and works on it
    away = tmp_path / "away"
    away.mkdir()
    shutil.copy(alex.plan_path, away / alex.plan_path.name)
    shutil.copytree(alex.folder, away / alex.folder.name)
    offline = SharedPlan(away / alex.plan_path.name, "Dr. Whitaker", device="home")
    offline.set("staffing.training_plan", "Forty hours of CIT for every patrol officer.")
    offline.commit(with_line(offline, "Peer specialist stipend", "other"))
    # meanwhile at the office
    alex.set("agency.state", "OH")
    alex.commit(with_line(alex, "Radios", "vehicles_equipment"))
    # the copy comes back: its files are copied into the shared folder
    for f in (away / alex.folder.name).glob("*.updates"):
        target = alex.folder / f.name
        if not target.exists():
            shutil.copy(f, target)
    alex.poll()
    whitaker.poll()
    for p in (alex, whitaker):
        assert p.plan.staffing.training_plan == "Forty hours of CIT for every patrol officer."
        assert p.plan.agency.state == "OH"
        assert sorted(x.description for x in p.plan.funding.budget_lines) == ["Peer specialist stipend", "Radios"]


def test_compaction_keeps_everything_and_an_old_copy_still_merges(pair, tmp_path):
    alex, whitaker = pair
    old_copy = tmp_path / "old"
    old_copy.mkdir()
    shutil.copytree(alex.folder, old_copy / alex.folder.name)
    shutil.copy(alex.plan_path, old_copy / alex.plan_path.name)
    for i in range(30):
        alex.set("agency.sworn_officers", i + 1)
    alex.set("program_model.rationale", "Embedded, because of call volume.")
    said = alex.compact()
    assert "folded 31 updates" in said and "bytes" in said
    assert synclog.LogState(alex.writer.path) is not None
    st = synclog.LogState(alex.writer.path)
    assert synclog.read_new(st) == [] and st.records == 0  # the log starts again, empty
    # the plan file holds the merged plan, readable without the program
    assert storage.load_plan(alex.plan_path).agency.sworn_officers == 30
    whitaker.poll()
    assert whitaker.plan.agency.sworn_officers == 30  # read from the snapshot after the log restarted
    # someone who was offline since before the compaction still merges
    stale = SharedPlan(old_copy / alex.plan_path.name, "Sam Ortiz", device="tablet")
    stale.set("agency.state", "OH")
    shutil.copy(stale.writer.path, alex.folder / stale.writer.path.name)
    whitaker.poll()
    assert whitaker.plan.agency.state == "OH" and whitaker.plan.agency.sworn_officers == 30


def test_compaction_happens_by_itself_when_the_log_grows(pair, monkeypatch):
    from wizard.sync import shared

    alex, whitaker = pair
    monkeypatch.setattr(shared, "COMPACT_RECORDS", 5)
    for i in range(12):
        alex.set("agency.sworn_officers", i + 1)
    assert alex.writer.records < 5
    whitaker.poll()
    assert whitaker.plan.agency.sworn_officers == 12


def test_a_later_update_voids_a_signature_and_says_whose_edit(pair):
    alex, whitaker = pair
    alex.set("signoff.signatories[0].name", "Chief Dana Reyes")
    whitaker.poll()
    signed = signing.sign(alex.plan, 0, method=SignatureMethod.typed)
    alex.commit(signed)
    whitaker.poll()
    assert [s.state for s in signing.statuses(whitaker.plan)][0] is signing.SignatureState.valid
    whitaker.set("staffing.training_plan", "Sixteen hours.")
    merge = alex.poll()
    assert signing.statuses(alex.plan)[0].state is signing.SignatureState.void
    (said,) = merge.voided
    assert said.startswith("Dr. Whitaker's edit") and "Chief Dana Reyes" in said


def test_a_new_id_appears_only_in_the_crdt_not_in_the_plan_file(pair):
    alex, _ = pair
    alex.commit(with_line(alex, "Radios", "vehicles_equipment"))
    alex.compact()
    text = alex.plan_path.read_text(encoding="utf-8")
    assert "_id:" not in text.replace("plan_id:", "") and "Radios" in text


def test_a_plan_file_changed_outside_is_said_and_kept(pair):
    alex, _ = pair
    outside = storage.load_plan(alex.plan_path)
    outside.agency.name = "Typed in a text editor"
    storage.save_plan(outside, alex.plan_path)
    fresh = SharedPlan(alex.plan_path, "Sam Ortiz", device="tablet")
    assert any("changed outside the shared plan" in p and "Agency name" in p for p in fresh.problems())
    fresh.set("agency.state", "OH")
    said = fresh.compact()
    kept = list((fresh.folder / "outside-edits").glob("*.yaml"))
    assert kept and "Typed in a text editor" in kept[0].read_text(encoding="utf-8") and str(kept[0]) in said


def test_presence_is_shown_and_goes_stale_after_two_minutes(pair):
    alex, whitaker = pair
    now = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)
    presence.write(alex.folder, whitaker.ident, "Dr. Whitaker", "Harbor BH", "desk", "Staffing", now=now)
    presence.write(alex.folder, alex.ident, "Alex Kim", "Mid City PD", "alex-laptop", "Agency", now=now)
    (seen,) = presence.others(alex.folder, alex.ident, now=now + dt.timedelta(seconds=119))
    assert seen.sentence() == "Dr. Whitaker (Harbor BH) is on Staffing"
    assert presence.others(alex.folder, alex.ident, now=now + dt.timedelta(seconds=121)) == []
    (me,) = presence.others(alex.folder, whitaker.ident, now=now)
    assert me.person == "Alex Kim"
    (alex.folder / "presence" / "half.json").write_text('{"person": "Jo", "last_se', encoding="utf-8")
    assert len(presence.others(alex.folder, alex.ident, now=now)) == 1  # half-synced: ignored


def test_ten_thousand_updates_merge_into_the_same_plan(pair):
    alex, whitaker = pair
    for i in range(200):
        alex.set("agency.sworn_officers", i)
    whitaker.poll()
    assert whitaker.plan.agency.sworn_officers == 199


def test_a_share_this_person_cannot_write_opens_read_only(pair, monkeypatch):
    from wizard.sync import shared

    alex, _ = pair
    alex.set("agency.name", "Mid City PD")
    real = os.access
    monkeypatch.setattr(shared.os, "access", lambda p, mode: False if Path(p) == alex.folder and mode == os.W_OK
                        else real(p, mode))
    reader = SharedPlan(alex.plan_path, "Sam Ortiz", device="tablet")
    assert reader.plan.agency.name == "Mid City PD" and reader.readonly
    (line,) = reader.problems()
    assert str(alex.folder) in line and "read-only" in line
    with pytest.raises(ReadOnlyShare):
        reader.set("agency.state", "OH")


def test_the_plan_file_another_person_wrote_is_not_taken_for_an_outside_edit(pair):
    alex, whitaker = pair
    alex.set("agency.name", "Mid City PD")
    alex.compact()  # writes the plan file
    # Alex's snapshot has not reached this laptop yet, but the plan file has
    for f in alex.folder.glob("alex-kim-*"):
        f.unlink()
    fresh = SharedPlan(alex.plan_path, "Sam Ortiz", device="tablet")
    assert not any("outside" in p for p in fresh.problems())
    assert fresh.plan.agency.name == "Mid City PD"
    # with no snapshot at all yet, a document built here would not merge: read-only until synced
    (line,) = fresh.problems()
    assert fresh.readonly and "no snapshot has arrived yet" in line and "read-only" in line
    with pytest.raises(ReadOnlyShare):
        fresh.set("agency.state", "OH")


def test_a_shared_plan_of_a_newer_schema_is_refused_in_one_line(pair):
    alex, _ = pair
    writer = alex._ensure_writer()
    sv = alex.doc.get_state()
    with alex.doc.transaction():
        alex.root["metadata"]["schema_version"] = 99
    writer.append(alex.doc.get_update(sv))
    with pytest.raises(ShareError, match="schema version 99, newer than this program") as err:
        SharedPlan(alex.plan_path, "Sam Ortiz", device="tablet")
    assert "\n" not in str(err.value) and str(alex.folder) in str(err.value)


def test_editing_a_list_a_conflict_holds_back_keeps_the_rows_not_shown(pair):
    alex, whitaker = pair
    alex.set("funding.years", 3)
    whitaker.poll()
    plan = alex.plan.model_copy(deep=True)
    plan.funding.budget_lines = [BudgetLine(category="training", description="CIT course", amounts=[1, 2, 3])]
    alex.commit(plan)  # three years of amounts: fine with a 3-year budget
    whitaker.set("funding.years", 2)  # fine without budget lines
    whitaker.poll()
    (finding,) = whitaker.findings()
    assert "budget covers 2" in finding.message
    assert whitaker.plan.funding.budget_lines == []  # held back: the merged list breaks the rule
    # Dr. Whitaker adds a line of her own to the list as she sees it
    whitaker.commit(with_line(whitaker, "Laptops", "vehicles_equipment"))
    assert [x.description for x in whitaker.plan.funding.budget_lines] == ["Laptops"]
    alex.poll()
    merged = [m["description"] for m in alex.root["funding"]["budget_lines"].to_py()]
    assert sorted(merged) == ["CIT course", "Laptops"]  # Alex's line was never shown to her, and survives
    alex.set("funding.years", 3)
    whitaker.poll()
    assert not whitaker.findings()
    assert sorted(x.description for x in whitaker.plan.funding.budget_lines) == ["CIT course", "Laptops"]
