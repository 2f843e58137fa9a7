"""A fixed token credential for SDK clients that talk to the emulator (no sign-in)."""

from __future__ import annotations

import time
from typing import Any

from azure.core.credentials import AccessToken, AccessTokenInfo, TokenRequestOptions

EMULATOR_TOKEN = "backup-doctor-emulator-token"  # a placeholder, not a secret


class EmulatorCredential:
    """Implements ``TokenCredential`` (and ``SupportsTokenInfo``) with a fixed token."""

    def __init__(self, token: str = EMULATOR_TOKEN, lifetime: int = 3600) -> None:
        self.token = token
        self.lifetime = lifetime

    def get_token(
        self,
        *scopes: str,
        claims: str | None = None,
        tenant_id: str | None = None,
        enable_cae: bool = False,
        **kwargs: Any,
    ) -> AccessToken:
        """A token valid for ``lifetime`` seconds, whatever the scopes."""
        return AccessToken(self.token, int(time.time()) + self.lifetime)

    def get_token_info(
        self, *scopes: str, options: TokenRequestOptions | None = None
    ) -> AccessTokenInfo:
        """The same token in the newer ``AccessTokenInfo`` shape."""
        return AccessTokenInfo(self.token, int(time.time()) + self.lifetime)

    def close(self) -> None:
        """Nothing to release."""

    def __enter__(self) -> EmulatorCredential:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()
