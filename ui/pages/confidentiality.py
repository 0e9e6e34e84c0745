"""Step 6: confidentiality and information sharing — the third key decision.

Which laws apply (with the catalog's "applies when" and key points beside the
table), the MOU, what clinicians may share, the consent process (a Part 2 consent
is called out whenever 42 CFR Part 2 is marked as applying), who documents what
and where, access controls and retention.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ui.binding import CheckBinding, enum_options
from ui.pages.base import StepPage
from ui.records import Column, RecordTable
from ui.table_model import Look
from ui.widgets.wrapcheck import WrapCheck
from wizard.labels import VALUE_LABELS
from wizard.plan import DocumentationEntry, Framework, MouStatus, RecordSystem
from wizard.steps import Step

PART2 = "part2"


class ConfidentialityPage(StepPage):
    step = Step.confidentiality

    def build(self) -> None:
        self._build_banner()

        self.heading(QCoreApplication.translate("ui.pages.confidentiality", "Laws and rules that apply"))
        self.note(QCoreApplication.translate("ui.pages.confidentiality", "Add each framework the partners work under and mark whether it applies. State law and “Other” need the statute or rule named."))
        catalog = self.content.catalogs.frameworks
        self.frameworks = RecordTable(self.binder, "confidentiality.frameworks", [
            Column("framework", QCoreApplication.translate("ui.pages.confidentiality", "Framework"), "combo", [(f.id, f.label) for f in catalog], width=240),
            Column("applies", QCoreApplication.translate("ui.pages.confidentiality", "Applies"), "bool", width=75),
            Column("name", QCoreApplication.translate("ui.pages.confidentiality", "Name or citation"),
                   help=QCoreApplication.translate("ui.pages.confidentiality", "Required for state law and “Other”: the statute's name or citation."),
                   look=self._name_look),
            Column("notes", QCoreApplication.translate("ui.pages.confidentiality", "Notes")),
        ], self._new_framework, noun=QCoreApplication.translate("ui.pages.confidentiality", "framework"))
        self.add(self.frameworks)
        self.framework_cards = QWidget()
        self.framework_cards.setAccessibleName(QCoreApplication.translate("ui.pages.confidentiality", "What the listed frameworks require"))
        self.framework_grid = QGridLayout(self.framework_cards)
        self.framework_grid.setContentsMargins(0, 0, 0, 0)
        self.framework_grid.setSpacing(10)
        self._card_labels: list[QLabel] = []
        self.add(self.framework_cards)

        f = self.form(QCoreApplication.translate("ui.pages.confidentiality", "Memorandum of understanding"))
        f.combo("confidentiality.mou.status", QCoreApplication.translate("ui.pages.confidentiality", "MOU &status"), enum_options(MouStatus, VALUE_LABELS[MouStatus], QCoreApplication.translate("ui.pages.confidentiality", "Not recorded yet")))
        f.lines("confidentiality.mou.parties", QCoreApplication.translate("ui.pages.confidentiality", "&Parties to the MOU"), QCoreApplication.translate("ui.pages.confidentiality", "One organization per line"), rows=3)
        f.date("confidentiality.mou.signed_date", QCoreApplication.translate("ui.pages.confidentiality", "S&igned on"))
        f.date("confidentiality.mou.renewal_date", QCoreApplication.translate("ui.pages.confidentiality", "Renewal d&ue"))
        f.yes_no("confidentiality.mou.covers_data_sharing", QCoreApplication.translate("ui.pages.confidentiality", "The MOU &covers data and information sharing"))

        f = self.form(QCoreApplication.translate("ui.pages.confidentiality", "Information sharing"))
        f.text("confidentiality.clinician_may_share", QCoreApplication.translate("ui.pages.confidentiality", "What clinicians &may share with officers"),
               QCoreApplication.translate("ui.pages.confidentiality", "On scene and afterwards: what may be shared, with whom, and what never is"), rows=4)

        self.heading(QCoreApplication.translate("ui.pages.confidentiality", "Consent and release of information"))
        self.part2_banner = QLabel()
        self.part2_banner.setWordWrap(True)
        self.part2_banner.setTextFormat(Qt.TextFormat.RichText)
        self.part2_banner.setAccessibleName(QCoreApplication.translate("ui.pages.confidentiality", "42 CFR Part 2 consent"))
        self.add(self.part2_banner)
        f = self.form()
        self.consent = f.text("confidentiality.consent_process", QCoreApplication.translate("ui.pages.confidentiality", "Consent pr&ocess"),
                              QCoreApplication.translate("ui.pages.confidentiality", "How clinicians ask for consent, what release is used, how it is recorded"), rows=4)

        self.heading(QCoreApplication.translate("ui.pages.confidentiality", "Who documents what, and where"))
        systems = [(None, QCoreApplication.translate("ui.pages.confidentiality", "Not decided")), *((m, VALUE_LABELS[RecordSystem][m.value]) for m in RecordSystem)]
        self.documentation = RecordTable(self.binder, "confidentiality.documentation", [
            Column("party", QCoreApplication.translate("ui.pages.confidentiality", "Who"), width=150),
            Column("records", QCoreApplication.translate("ui.pages.confidentiality", "Records what")),
            Column("system", QCoreApplication.translate("ui.pages.confidentiality", "System"), "combo", systems, width=230),
            Column("system_name", QCoreApplication.translate("ui.pages.confidentiality", "System name"), width=140),
            Column("who_can_see", QCoreApplication.translate("ui.pages.confidentiality", "Who can see it")),
            Column("retention", QCoreApplication.translate("ui.pages.confidentiality", "Kept for"), width=140),
        ], lambda: DocumentationEntry(), noun=QCoreApplication.translate("ui.pages.confidentiality", "documentation row"))
        self.add(self.documentation)

        f = self.form(QCoreApplication.translate("ui.pages.confidentiality", "Access and retention"))
        f.text("confidentiality.access_controls", QCoreApplication.translate("ui.pages.confidentiality", "&Access controls"),
               QCoreApplication.translate("ui.pages.confidentiality", "Who may open each system, background checks, log-ins"), rows=3)
        f.text("confidentiality.retention", QCoreApplication.translate("ui.pages.confidentiality", "&Retention"), QCoreApplication.translate("ui.pages.confidentiality", "How long each record is kept, and under whose schedule"),
               rows=3)

    # --- parts -----------------------------------------------------------------------

    def _build_banner(self) -> None:
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        box = QVBoxLayout(self.banner)
        box.setContentsMargins(12, 10, 12, 10)
        title = QLabel(QCoreApplication.translate("ui.pages.confidentiality", "No client information in this plan"))
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        title.setStyleSheet("border: none; padding-top: 0;")
        text = QLabel(self.content.charter.no_client_information.strip())
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setAccessibleName(QCoreApplication.translate("ui.pages.confidentiality", "No client information"))
        box.addWidget(title)
        box.addWidget(text)
        self.acknowledge = WrapCheck(QCoreApplication.translate("ui.pages.confidentiality", "&We confirm this plan holds no client health information"))
        binding = CheckBinding(self.binder, "confidentiality.no_client_information_acknowledged",
                               self.acknowledge.box)
        box.addSpacing(4)
        box.addWidget(self.acknowledge)
        box.addWidget(binding.error)
        self.binder.add(binding)
        self.add(self.banner)

    def _new_framework(self) -> Framework:
        used = {f.framework for f in self.doc.plan.confidentiality.frameworks}
        free = [f.id for f in self.content.catalogs.frameworks if f.id not in used]
        return Framework(framework=free[0] if free else "other")

    # --- live ----------------------------------------------------------------------------

    def refresh(self) -> None:
        c = self.doc.plan.confidentiality
        self._fill_cards()
        part2 = self.content.framework(PART2)
        if c.applies(PART2) and part2 is not None:
            missing = not c.consent_process.strip()
            points = "".join(f"<li>{escape(p)}</li>" for p in part2.key_points)
            lead = (QCoreApplication.translate("ui.pages.confidentiality", "<b>A Part 2 consent is needed.</b> ") if not missing else
                    QCoreApplication.translate("ui.pages.confidentiality", "<b>A Part 2 consent is needed, and the consent process below is empty.</b> "))
            self.part2_banner.setText(QCoreApplication.translate("ui.pages.confidentiality", "{0}{1} applies to this program:<ul style='margin:2px 0 0 -20px'>{2}</ul>").format(lead, escape(part2.label), points))
            self.part2_banner.setObjectName("bannerBad" if missing else "banner")
            self.part2_banner.style().unpolish(self.part2_banner)
            self.part2_banner.style().polish(self.part2_banner)
            self.part2_banner.show()
        else:
            self.part2_banner.hide()

    def _name_look(self, row: Framework, name: str) -> Look:
        """State law and "Other" must be named: say so in the empty cell, and mark it."""
        info = self.content.framework(row.framework)
        needs = bool(info and info.needs_name)
        return Look(placeholder=QCoreApplication.translate("ui.pages.confidentiality", "Required: name the statute or rule") if needs
                    else QCoreApplication.translate("ui.pages.confidentiality", "Optional"),
                    invalid=needs and row.applies and not (name or "").strip())

    def _fill_cards(self) -> None:
        rows = self.doc.plan.confidentiality.frameworks
        html: list[str] = []
        for row in rows:
            info = self.content.framework(row.framework)
            if info is None:
                html.append(QCoreApplication.translate("ui.pages.confidentiality", "<b>{0}</b><br>This framework is not in the catalog.").format(escape(row.framework)))
                continue
            title = escape(row.name.strip() or info.label)
            cite = f"<br><i>{escape(info.citation)}</i>" if info.citation else ""
            state = "" if row.applies else QCoreApplication.translate("ui.pages.confidentiality", " <i>(marked as not applying)</i>")
            points = "".join(f"<li>{escape(p)}</li>" for p in info.key_points)
            need = ""
            if info.needs_name and row.applies and not row.name.strip():
                need = ("<p style='color:#b3261e'><b>"
                        + escape(QCoreApplication.translate("ui.pages.confidentiality", "Name the statute or rule in the table."))
                        + "</b></p>")
            when = QCoreApplication.translate("ui.pages.confidentiality", "<b>Applies when:</b> {when}").format(
                when=escape(info.applies_when))
            html.append(f"<b>{title}</b>{state}{cite}"
                        f"<p style='margin:4px 0'>{when}</p>"
                        f"<ul style='margin:0 0 0 -20px'>{points}</ul>{need}")
        while len(self._card_labels) < len(html):
            lab = QLabel()
            lab.setObjectName("card")
            lab.setWordWrap(True)
            lab.setTextFormat(Qt.TextFormat.RichText)
            lab.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            lab.setContentsMargins(10, 8, 10, 8)
            n = len(self._card_labels)
            self.framework_grid.addWidget(lab, n // 2, n % 2)
            self._card_labels.append(lab)
        for i, lab in enumerate(self._card_labels):
            if i < len(html):
                if lab.text() != html[i]:
                    lab.setText(html[i])
                lab.show()
            else:
                lab.hide()
        self.framework_grid.setColumnStretch(0, 1)
        self.framework_grid.setColumnStretch(1, 1)
