"""What a check returns: a status, a one-line finding, evidence lines and applicable fixes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from core.fixes.catalog import FixKind


class Status(StrEnum):
    """The outcome of one cause check."""

    PASSED = "passed"
    FAILED = "failed"
    WARNING = "warning"
    UNKNOWN = "unknown"
    SKIPPED = "skipped"


class Text:
    """An English source template (marked for translation) with its values.

    ``str(text)`` gives the English sentence; the GUI translates ``template`` in
    ``context`` first and then fills in the values, so translations never see concatenated
    fragments. A value may itself be a ``Text`` (a reason, an error message): it is
    translated in its own context before it is filled in.
    """

    __slots__ = ("context", "template", "values")

    def __init__(self, template: str, *, context: str = "Finding", **args: object) -> None:
        self.template = template
        self.context = context
        self.values: dict[str, Text | str] = {
            k: v if isinstance(v, Text) else _show(v) for k, v in args.items()
        }

    @property
    def args(self) -> dict[str, str]:
        """The values as English text."""
        return {k: str(v) for k, v in self.values.items()}

    def __str__(self) -> str:
        return self.template.format(**self.args)

    def __repr__(self) -> str:
        return f"Text({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.context, self.template, self.args) == (
            other.context,
            other.template,
            other.args,
        )

    def __hash__(self) -> int:
        return hash((self.context, self.template, tuple(sorted(self.args.items()))))


def _show(value: object) -> str:
    """Values as a report shows them: times in UTC to the minute."""
    if isinstance(value, datetime):
        return f"{value.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
    return str(value)


@dataclass(frozen=True)
class Fix:
    """A fix that applies to a finding: an action and the ARM id it acts on."""

    action: FixKind
    target: str


@dataclass(frozen=True)
class Finding:
    """The result of checking one cause against the evidence."""

    status: Status
    summary: Text
    evidence: tuple[Text, ...] = ()
    fixes: tuple[Fix, ...] = ()
