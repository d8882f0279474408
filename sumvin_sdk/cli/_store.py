"""Where ``sumvin login`` keeps its token: the OS keyring when one is usable, else a 0600 file."""

from __future__ import annotations

import contextlib
import json
import os
import stat
from pathlib import Path
from typing import Protocol

import attrs

SERVICE = "sumvin-cli"


@attrs.frozen
class StoredToken:
    """A personal access token and what ``logout``/``whoami`` need to know about it."""

    base_url: str
    token: str = attrs.field(repr=False)
    token_id: str | None
    expires_at: str

    def to_json(self) -> str:
        return json.dumps(attrs.asdict(self))

    @classmethod
    def from_json(cls, text: str) -> StoredToken:
        data = json.loads(text)
        return cls(data["base_url"], data["token"], data.get("token_id"), data["expires_at"])


class TokenStore(Protocol):
    """Keeps one token per API base URL."""

    name: str

    def load(self, base_url: str) -> StoredToken | None:
        """The token kept for ``base_url``, if any."""
        ...

    def save(self, stored: StoredToken) -> None:
        """Keep ``stored`` (replacing any token for its base URL)."""
        ...

    def delete(self, base_url: str) -> None:
        """Forget the token for ``base_url``."""
        ...


def config_dir() -> Path:
    """``$SUMVIN_CONFIG_DIR``, else ``$XDG_CONFIG_HOME/sumvin``, else ``~/.config/sumvin``."""
    if explicit := os.environ.get("SUMVIN_CONFIG_DIR"):
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "sumvin"


class FileStore:
    """Tokens in ``credentials.json`` under the config folder: the folder 0700, the file 0600, from creation."""

    name = "file"

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or config_dir()) / "credentials.json"

    def _all(self) -> dict[str, str]:
        try:
            data: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return data

    def _write(self, data: dict[str, str]) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            os.fchmod(handle.fileno(), stat.S_IRUSR | stat.S_IWUSR)  # also when the file existed with wider bits
            json.dump(data, handle)

    def load(self, base_url: str) -> StoredToken | None:
        """The token kept for ``base_url``, if any."""
        text = self._all().get(base_url)
        return StoredToken.from_json(text) if text else None

    def save(self, stored: StoredToken) -> None:
        """Keep ``stored``."""
        self._write(self._all() | {stored.base_url: stored.to_json()})

    def delete(self, base_url: str) -> None:
        """Forget the token for ``base_url``."""
        data = self._all()
        if data.pop(base_url, None) is not None:
            self._write(data)


class KeyringStore:
    """Tokens in the OS keyring (the ``keyring`` package), one entry per base URL."""

    name = "keyring"

    def __init__(self) -> None:
        import keyring

        self._keyring = keyring

    def load(self, base_url: str) -> StoredToken | None:
        """The token kept for ``base_url``, if any."""
        text = self._keyring.get_password(SERVICE, base_url)
        return StoredToken.from_json(text) if text else None

    def save(self, stored: StoredToken) -> None:
        """Keep ``stored``."""
        self._keyring.set_password(SERVICE, stored.base_url, stored.to_json())

    def delete(self, base_url: str) -> None:
        """Forget the token for ``base_url``."""
        with contextlib.suppress(self._keyring.errors.PasswordDeleteError):
            self._keyring.delete_password(SERVICE, base_url)


def default_store() -> TokenStore:
    """The keyring when ``keyring`` is installed with a usable backend (and not ``SUMVIN_NO_KEYRING``), else a file."""
    if not os.environ.get("SUMVIN_NO_KEYRING"):
        try:
            store = KeyringStore()
            backend = store._keyring.get_keyring()
            if getattr(backend, "priority", 0) > 0 and "fail" not in type(backend).__module__:
                return store
        except ImportError:
            pass
    return FileStore()
