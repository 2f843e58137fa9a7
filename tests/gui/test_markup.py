"""Untrusted text is text: markup in Azure's strings never renders (no links, images, bold)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from core.activity import Activity
from core.emulator.snapshot import Snapshot
from core.ids import parse_id
from core.session import demo_path, gateway_for
from gui import nodes, richtext
from gui.jobs import JobsModel
from gui.tables import ItemRole
from tests.gui.conftest import open_window

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from core.azure.gateway import Gateway
    from gui.mainwindow import MainWindow


pytestmark = pytest.mark.gui

VM = "vm-sql-01"
UNKNOWN_CODE_VM = "vm-app-02"
"""Its latest failure gets a markup error code: no runbook, so the health check names it."""
MARK = "evil.example"
"""In every payload: a label or tooltip holding it shows untrusted text."""
PAYLOAD = (
    f'<a href="https://{MARK}/">click</a> <img src="/etc/passwd"> <b>bold</b> '
    "<script>alert(1)</script>"
)
RAW = (f'<a href="https://{MARK}', "<img", "<b>bold", "<script")
"""What must never reach Qt's rich text renderer unescaped."""
HREF = re.compile(r"""<a\s[^>]*href\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
"""A real link (escaped text holds '&lt;a', never '<a')."""


def evil(field: str) -> str:
    """A field's name, then markup (a tag in the first line: Qt takes it for rich text)."""
    return f"{field} {PAYLOAD}"


def marked_snapshot() -> dict[str, Any]:
    """The demo tenant with markup in every string of vm-sql-01's estate that the GUI shows.

    Ids stay as they are (the emulator serves by id); names, notes, messages, tags change.
    """
    data: dict[str, Any] = json.loads(demo_path().read_text(encoding="utf-8"))
    data["tenants"][0]["displayName"] = evil("tenant")
    for sub in data["subscriptions"]:
        sub["displayName"] = evil("subscription " + sub["subscriptionId"][:8])
    jobs = [
        r
        for r in data["resources"]
        if r["type"].lower() == "microsoft.recoveryservices/vaults/backupjobs"
        and r["properties"].get("entityFriendlyName") == VM
    ]
    failed = [j for j in jobs if j["properties"].get("errorDetails")]
    latest = max(failed, key=lambda j: j["properties"]["startTime"])
    renamed_extensions: dict[str, str] = {}
    for res in data["resources"]:
        kind = res["type"].lower()
        props = res.setdefault("properties", {})
        rid = res["id"].lower()
        if kind == "microsoft.authorization/locks":
            res["name"] = evil("lock " + res["name"])
            props["notes"] = evil("lock note")
        elif kind == "microsoft.resources/resourcegroups":
            res["tags"] = {"owner": evil("tag"), "environment": evil("tag")}
        elif (
            kind == "microsoft.compute/disks"
            and f"/virtualmachines/{VM}" in (res.get("managedBy") or "").lower()
        ):
            res["name"] = evil("disk")
        elif kind == "microsoft.compute/virtualmachines/extensions" and f"/{VM}/" in rid:
            if props.get("type") != "VMSnapshot":
                renamed_extensions[res["name"]] = evil("extension " + res["name"])
                res["name"] = renamed_extensions[res["name"]]
        elif kind == "microsoft.compute/restorepointcollections" and f"_{VM}_" in rid:
            res["name"] = f"AzureBackup_{PAYLOAD}_1"  # still Azure Backup's own by its name
            for point in props.get("restorePoints", []):
                point["name"] = evil("restore point")
        elif res in jobs:
            info = props.setdefault("extendedInfo", {})
            if info.get("dynamicErrorMessage"):
                info["dynamicErrorMessage"] = evil("dynamic error")
            for task in info.get("tasksList", []):
                if task["taskId"] != "Take Snapshot":  # the snapshot task is evidence
                    task["taskId"] = evil("task")
            for error in props.get("errorDetails", []):
                error["errorString"] = evil("job error")
                error["recommendations"] = [evil("recommendation"), evil("second recommendation")]
                if res is not latest:  # the latest keeps its code: the runbook follows it
                    error["errorTitle"] = evil("error title")
    other = max(
        (
            r
            for r in data["resources"]
            if r["type"].lower() == "microsoft.recoveryservices/vaults/backupjobs"
            and r["properties"].get("entityFriendlyName") == UNKNOWN_CODE_VM
            and r["properties"].get("errorDetails")
        ),
        key=lambda j: j["properties"]["startTime"],
    )
    for error in other["properties"]["errorDetails"]:
        error["errorTitle"] = evil("unknown code")
        error["errorCode"] = 999999
        error["errorString"] = evil("unknown error")
    other["properties"]["extendedInfo"]["dynamicErrorMessage"] = evil("unknown error")
    vm = next(
        r
        for r in data["resources"]
        if r["type"].lower() == "microsoft.compute/virtualmachines" and r["name"] == VM
    )
    vm["tags"] = {"owner": evil("vm tag")}
    view = vm["properties"]["instanceView"]
    view["osName"] = evil("os")
    view["computerName"] = evil("computer")
    for status in view["vmAgent"]["statuses"]:
        status["message"] = evil("agent status")
    for handler in view["vmAgent"]["extensionHandlers"]:
        handler["status"]["message"] = evil("handler status")
    for extension in view["extensions"]:
        extension["name"] = renamed_extensions.get(extension["name"], extension["name"])
        for status in extension["statuses"]:
            status["message"] = evil("extension status")
    storage = vm["properties"]["storageProfile"]
    storage["osDisk"]["name"] = evil("os disk")
    for disk in storage["dataDisks"]:
        disk["name"] = evil(f"data disk {disk['lun']}")
    return data


# What "renders" means ----------------------------------------------------------------------


def is_rich(text_format: Qt.TextFormat, text: str) -> bool:
    """Whether Qt lays ``text`` out as markup in a label of ``text_format``."""
    if text_format == Qt.TextFormat.PlainText:
        return False
    if text_format == Qt.TextFormat.AutoText:
        return GuiQt.mightBeRichText(text)
    return True  # RichText, MarkdownText


def markup_problems(text: str) -> list[str]:
    """What in rich ``text`` would render: unescaped payload, links the app did not make."""
    problems = [raw for raw in RAW if raw in text]
    problems += [f"link to {url}" for url in HREF.findall(text) if not richtext.allowed_url(url)]
    return problems


def label_name(label: QLabel) -> str:
    """A label's name for a failure message: its object name or its parents' classes."""
    if label.objectName():
        return label.objectName()
    parents, widget = [], label.parentWidget()
    while widget is not None and len(parents) < 3:
        parents.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "QLabel in " + "/".join(parents)


def unsafe_labels(root: QWidget) -> tuple[int, list[str]]:
    """How many labels under ``root`` show untrusted text, and which of them render it."""
    seen, bad = 0, []
    for label in root.findChildren(QLabel):
        text = label.text()
        if MARK not in text:
            continue
        seen += 1
        if is_rich(label.textFormat(), text) and markup_problems(text):
            bad.append(f"{label_name(label)} ({label.textFormat().name}): {text[:90]!r}")
    return seen, bad


def indexes(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    """Every index of a model (trees too), depth first."""
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        for column in range(max(1, model.columnCount(parent))):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and model.hasChildren(index):
                yield from indexes(model, index)


def unsafe_tooltips(root: QWidget) -> tuple[int, list[str]]:
    """How many tooltips (widgets, table and tree cells) hold untrusted text; which render it.

    Qt shows a tooltip as rich text when ``Qt.mightBeRichText`` says so.
    """
    seen, bad = 0, []

    def check(where: str, tip: Any) -> None:
        nonlocal seen
        if not isinstance(tip, str) or MARK not in tip:
            return
        seen += 1
        if GuiQt.mightBeRichText(tip) and markup_problems(tip):
            bad.append(f"{where}: {tip[:90]!r}")

    for widget in [root, *root.findChildren(QWidget)]:
        check(f"tooltip of {widget.objectName() or type(widget).__name__}", widget.toolTip())
    models: dict[int, QAbstractItemModel] = {}
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or isinstance(view, QHeaderView) or id(model) in models:
            continue
        models[id(model)] = model
        for index in indexes(model):
            check(
                f"{view.objectName()} cell {index.row()},{index.column()}",
                index.data(Qt.ItemDataRole.ToolTipRole),
            )
    return seen, bad


def assert_safe(root: QWidget, where: str, *, labels: int = 1, tips: int = 0) -> None:
    """No label or tooltip under ``root`` renders the payload (and some do show it)."""
    seen_labels, bad_labels = unsafe_labels(root)
    seen_tips, bad_tips = unsafe_tooltips(root)
    assert not bad_labels, f"{where}: labels render markup:\n" + "\n".join(bad_labels)
    assert not bad_tips, f"{where}: tooltips render markup:\n" + "\n".join(bad_tips)
    assert seen_labels >= labels, f"{where}: the payload is not shown (test data went stale?)"
    assert seen_tips >= tips, f"{where}: no tooltip shows the payload (test data went stale?)"


# The test ------------------------------------------------------------------------------------


@pytest.fixture
def marked_gateway() -> Iterator[Gateway]:
    """A gateway on the demo tenant with markup in its strings."""
    gateway = gateway_for(Snapshot.from_dict(marked_snapshot(), "markup.json"), label="Markup")
    yield gateway
    gateway.close()


def vm_id(gateway: Gateway, name: str = VM) -> str:
    """The id of the VM called ``name``."""
    found = gateway.find_vms(name)
    assert len(found) == 1
    return str(found[0].id)


def test_markup_in_azure_strings_shows_as_text(
    qtbot: QtBot, marked_gateway: Gateway, wait_idle: Any
) -> None:
    window: MainWindow = open_window(qtbot, marked_gateway)
    window.resize(1400, 900)
    assert_safe(window.navigator, "tree", labels=0)

    # Diagnosis: header, job line, every step's summary and evidence, fix tooltips.
    vm = vm_id(marked_gateway)
    with qtbot.waitSignal(window.diagnosis.finished, timeout=20_000):
        window.open_vm(vm)
    for step in window.diagnosis.steps:
        step.toggle.setChecked(True)
    assert window.diagnosis.steps, "no runbook ran"
    assert_safe(window.detail, "diagnosis", labels=3)
    buttons = [b for s in window.diagnosis.steps for b in s.fix_buttons]
    qtbot.waitUntil(lambda: all(b.isVisible() for b in buttons))  # shown on the next turn
    window.grab().save("/tmp/markup-diagnosis.png")

    # A fix's message box says what it would send: plain text whatever the target is called.
    button = next((b for s in window.diagnosis.steps for b in s.fix_buttons if b.isEnabled()), None)
    assert isinstance(button, QPushButton)
    button.click()
    box = window.findChild(QMessageBox, "fixComingBox")
    assert box is not None
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()

    # Health: OS name, agent message, extension and handler statuses, disk names.
    with qtbot.waitSignal(window.health.loaded, timeout=20_000):
        window.show_tab("health")
    assert_safe(window.health, "health", labels=2, tips=1)

    # Jobs: the table's error tooltips, the detail pane of the latest failure and of an
    # older one whose error code is markup.
    with qtbot.waitSignal(window.jobs.loaded, timeout=20_000):
        window.show_tab("jobs")
    qtbot.waitUntil(lambda: not window.jobs.detail.loading.isVisible(), timeout=20_000)
    assert_safe(window.jobs, "jobs", labels=2, tips=1)
    proxy = window.jobs.proxy
    row = next(
        r
        for r in range(proxy.rowCount())
        if MARK in proxy.index(r, JobsModel.COL_ERROR).data() and r != 0
    )
    job = proxy.index(row, 0).data(ItemRole)
    with qtbot.waitSignal(window.jobs.detail_loaded, timeout=20_000):
        window.jobs.table.selectRow(row)
    assert window.jobs.detail.job is not None and window.jobs.detail.job.id == job.id
    assert_safe(window.jobs, "job details", labels=3, tips=1)

    # Restore points: collection and point names (the points' title names the collection).
    with qtbot.waitSignal(window.restore_points.loaded, timeout=20_000):
        window.show_tab("restore-points")
    assert_safe(window.restore_points, "restore points", labels=1, tips=2)

    # Locks: names and notes, in cells and tooltips.
    with qtbot.waitSignal(window.locks.loaded, timeout=20_000):
        window.show_tab("locks")
    assert_safe(window.locks, "locks", labels=0, tips=2)
    window.grab().save("/tmp/markup-locks.png")

    # Contents of the VM's resource group: the disks' names.
    rid = parse_id(vm)
    with qtbot.waitSignal(window.contents.loaded, timeout=20_000):
        window.navigator.reveal(
            nodes.group_path(window._top_keys(), rid.subscription_id, rid.resource_group or "")
        )
    assert_safe(window.contents, "contents", labels=0, tips=0)
    assert_safe(window.detail, "group header", labels=1)

    # Activity: targets and errors as the panel shows them.
    marked_gateway.activity.record(
        Activity(datetime.now(UTC), 0.1, "read", f"/subscriptions/{PAYLOAD}", False, evil("error"))
    )
    window.activity.flush()
    qtbot.waitUntil(
        lambda: (
            window.activity.model.rowCount() > 0
            and any(MARK in a.error for a in window.activity.model.rows())
        ),
        timeout=5_000,
    )
    assert_safe(window.activity, "activity", labels=0, tips=2)
    assert_safe(window.navigator, "tree", labels=0)

    # The subscription: its name heads the detail area.
    with qtbot.waitSignal(window.overview.loaded, timeout=20_000):
        window.navigator.reveal([*window._top_keys(), nodes.subscription_key(rid.subscription_id)])
    assert MARK in window.detail.title.text()
    assert_safe(window.detail, "subscription", labels=1)

    # A failure with a code no runbook knows: the health check names the code.
    with qtbot.waitSignal(window.diagnosis.finished, timeout=20_000):
        window.open_vm(vm_id(marked_gateway, UNKNOWN_CODE_VM))
    assert MARK in window.diagnosis.runbook_line.text()
    for step in window.diagnosis.steps:
        step.toggle.setChecked(True)
    assert_safe(window.diagnosis, "health check", labels=2)
    wait_idle()


def test_a_step_shows_its_finding_as_text_and_links_only_to_microsoft(qtbot: QtBot) -> None:
    from core.diagnosis.causes import Cause
    from core.diagnosis.engine import Step
    from core.diagnosis.findings import Finding, Status, Text
    from gui.diagnosis import StepWidget

    cause = Cause(
        "test",
        "A cause",
        ("Do this.",),
        ("https://learn.microsoft.com/azure/backup/", f"https://{MARK}/", "javascript:alert(1)"),
    )
    reason = Text("the lock {name} says {note}", name=evil("lock"), note=evil("note"))
    finding = Finding(
        Status.FAILED,
        Text("Lock {name}: {reason}", name=evil("lock"), reason=reason),
        (Text("Evidence {value}", value=evil("evidence")), reason),
    )
    widget = StepWidget(0, cause)
    qtbot.addWidget(widget)
    widget.set_step(Step(cause, finding))
    widget.toggle.setChecked(True)
    assert MARK in widget.summary.text()
    assert MARK in widget.details.text()  # evidence, nested texts included, escaped
    assert_safe(widget, "step", labels=2)
    assert widget.details.text().count("<a ") == 1  # only the learn.microsoft.com link


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://learn.microsoft.com/azure/backup/", True),
        ("https://go.microsoft.com/fwlink/?linkid=1", True),
        ("https://aka.ms/x", True),
        ("https://portal.azure.com/#@t/resource/subscriptions/s", True),
        ("https://portal.azure.us/", True),
        ("https://portal.azure.cn/", True),
        ("http://learn.microsoft.com/", False),
        ("https://learn.microsoft.com.evil.example/", False),
        ("https://evil.example/?https://learn.microsoft.com/", False),
        ("https://user@learn.microsoft.com/", False),
        ("https://learn.microsoft.com:8443/", False),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("", False),
    ],
)
def test_links_go_only_to_microsoft_hosts(url: str, allowed: bool) -> None:
    assert richtext.allowed_url(url) is allowed
    assert bool(richtext.safe_link(url, "title")) is allowed


def test_rich_text_helpers_escape() -> None:
    link = richtext.safe_link('https://aka.ms/a"b', "<b>x</b>")
    assert link == '<a href="https://aka.ms/a&quot;b">&lt;b&gt;x&lt;/b&gt;</a>'
    assert richtext.para("<img src=x>") == "<p>&lt;img src=x&gt;</p>"
    tip = richtext.tooltip("line <b>1</b>\nline 2")
    assert "<b>" not in tip and "&lt;b&gt;1" in tip and "\n" in tip
    assert GuiQt.mightBeRichText(tip)  # so Qt renders the escaped text, literally
    assert richtext.tooltip("") == ""
