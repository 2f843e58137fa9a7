"""Targeted re-reads that bypass the gateway's cache (the GUI's auto-refresh of running jobs).

``Gateway.refresh()`` forgets every cached read; refreshing one in-progress job every few
seconds should not. Until the gateway grows a targeted refresh, this reads one job again
through the same client, error mapping and activity log, without touching the cache.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from core.activity import Activity
from core.azure import convert
from core.azure.errors import reading
from core.azure.gateway import Gateway
from core.errors import BackupDoctorError
from core.ids import parse_id
from core.model import BackupJob


def job_now(gateway: Gateway, job_id: str) -> BackupJob:
    """Read a job's details again from Azure (not from the cache), recording the activity."""
    rid = parse_id(job_id)
    client = gateway.clients.get("backup", rid.subscription_id)
    started, clock = datetime.now(UTC), time.perf_counter()
    try:
        with reading(job_id):
            raw = convert.wire(client.job_details.get(rid.names[0], rid.resource_group, rid.name))
    except BackupDoctorError as exc:
        gateway.activity.record(
            Activity(
                started, time.perf_counter() - clock, "job-refresh", job_id, False, exc.message
            )
        )
        raise
    gateway.activity.record(
        Activity(started, time.perf_counter() - clock, "job-refresh", job_id, True)
    )
    return convert.job(raw)
