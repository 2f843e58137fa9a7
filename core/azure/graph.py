"""A minimal Microsoft Graph client on azure-core: the one query the diagnosis needs.

There is no management SDK for Graph; azure-core's pipeline gives the same sign-in,
retries and transport (the emulator's, offline) as the ARM clients.
"""

from __future__ import annotations

from typing import Any

from azure.core import PipelineClient
from azure.core.credentials import TokenCredential
from azure.core.pipeline import policies
from azure.core.rest import HttpRequest

from core.azure.retry import BoundedRetryPolicy
from core.azure.shape import UNEXPECTED_ANSWER, UnexpectedAnswerError

PUBLIC_GRAPH = "https://graph.microsoft.com"


class GraphClient:
    """GET requests to Microsoft Graph with a bearer token for the Graph scope."""

    def __init__(
        self, credential: TokenCredential, *, endpoint: str = PUBLIC_GRAPH, **kwargs: Any
    ) -> None:
        self.endpoint = endpoint.rstrip("/")
        retry = {k: v for k, v in kwargs.items() if k.startswith("retry_")}
        pipeline_policies: list[Any] = [
            policies.HeadersPolicy({"Accept": "application/json"}),
            policies.UserAgentPolicy("backup-doctor"),
            BoundedRetryPolicy(**retry),
            policies.BearerTokenCredentialPolicy(credential, f"{self.endpoint}/.default"),
            policies.NetworkTraceLoggingPolicy(),
        ]
        self._client: PipelineClient[Any, Any] = PipelineClient(
            self.endpoint,
            policies=pipeline_policies,
            transport=kwargs.get("transport"),
        )

    def get(self, path: str, params: dict[str, str]) -> Any:
        """GET ``path`` with ``params``; the JSON body, or HttpResponseError for 4xx/5xx."""
        from azure.core.exceptions import HttpResponseError

        request = HttpRequest("GET", f"{self.endpoint}{path}", params=params)
        response = self._client.send_request(request)
        if response.status_code >= 400:
            raise HttpResponseError(response=response)
        try:
            return response.json()
        except ValueError:
            raise UnexpectedAnswerError(
                UNEXPECTED_ANSWER, f"GET {path}: HTTP {response.status_code}, not JSON", status=200
            ) from None
