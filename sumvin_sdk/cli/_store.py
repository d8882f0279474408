"""Where ``sumvin login`` keeps its token: the OS keyring when one is usable, else a 0600 file.

The file is ``credentials.json`` in the config folder (see ``config_dir``). It is written atomically (a
0600 temporary file in the same folder, flushed to disk, then renamed over the old one), never through a
symlink, and the folder is kept 0700 whatever the umask. A file or folder found with wider permissions
is narrowed before it is read.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import attrs

from sumvin_sdk.device import sendable_token

SERVICE = "sumvin-cli"


_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')
_MAX_BYTES = 1 << 20  # a few hundred bytes per kept token; anything this big was not written by sumvin
_MAX_DEPTH = 4  # the file is one object of strings; an entry is one object of strings


def _loads(text: object) -> Any:
    """``text`` decoded as JSON, or ``None`` when it is not JSON, too big, or nested deeper than sumvin writes.

    The depth is checked before decoding: a file of nested brackets can exhaust the decoder's stack.
    """
    if not isinstance(text, str) or len(text) > _MAX_BYTES:
        return None
    depth = 0
    for char in _STRINGS.sub("", text):
        depth += (char in "[{") - (char in "]}")
        if depth > _MAX_DEPTH:
            return None
    try:
        return json.loads(text)
    except ValueError:
        return None


class StoreError(Exception):
    """The kept token cannot be read or written; the message names where and what to do."""


@attrs.frozen
class StoredToken:
    """A personal access token and what ``logout``/``whoami`` need to know about it."""

    base_url: str
    token: str = attrs.field(repr=False)
    token_id: str | None
    expires_at: str

    def expiry(self) -> datetime.datetime | str:
        """When the token expires: ``expires_at`` read as a datetime, or as kept when it is not ISO 8601."""
        try:
            return datetime.datetime.fromisoformat(self.expires_at)
        except ValueError:
            return self.expires_at

    def to_json(self) -> str:
        """The entry as the store keeps it."""
        return json.dumps(attrs.asdict(self))

    @classmethod
    def from_json(cls, text: object, where: str) -> StoredToken:
        """The entry kept at ``where``; a ``StoreError`` naming ``where`` if it is not one the CLI wrote."""
        data = _loads(text)
        fields = ("base_url", "token", "expires_at")
        if not isinstance(data, dict) or not all(isinstance(data.get(k), str) for k in fields):
            raise StoreError(f"{where} does not hold a token sumvin can read: remove it and run `sumvin login`")
        if not isinstance(data.get("token_id"), str | None):
            raise StoreError(f"{where} does not hold a token sumvin can read: remove it and run `sumvin login`")
        if not sendable_token(data["token"]):
            raise StoreError(
                f"the token kept in {where} holds spaces or control characters, so it is not sent: "
                "run `sumvin login` again"
            )
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

    def _no_symlink(self) -> None:
        if self.path.is_symlink():
            raise StoreError(f"{self.path} is a symlink; sumvin keeps tokens only in a file of its own: remove it")

    def _all(self) -> dict[str, str]:
        self._no_symlink()
        try:
            mode = stat.S_IMODE(self.path.stat().st_mode)
            if mode & 0o077:  # written by something else, or before the folder was private: narrow it first
                os.chmod(self.path, stat.S_IRUSR | stat.S_IWUSR)
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise StoreError(f"cannot read {self.path} ({type(exc).__name__}): check it, or remove it") from None
        data = _loads(text)
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise StoreError(f"{self.path} is not a credentials file sumvin wrote: remove it and run `sumvin login`")
        return data

    def _folder(self) -> None:
        """Create the config folder (and any missing parent) 0700, whatever the umask; narrow it if wider."""
        missing = [p for p in (self.path.parent, *self.path.parent.parents) if not p.exists()]
        for folder in reversed(missing):
            with contextlib.suppress(FileExistsError):
                folder.mkdir(mode=stat.S_IRWXU)
            os.chmod(folder, stat.S_IRWXU)
        if stat.S_IMODE(self.path.parent.stat().st_mode) & 0o077:
            os.chmod(self.path.parent, stat.S_IRWXU)

    def _write(self, data: dict[str, str]) -> None:
        self._folder()
        self._no_symlink()
        descriptor, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".credentials-", suffix=".tmp")
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                os.fchmod(handle.fileno(), stat.S_IRUSR | stat.S_IWUSR)
                json.dump(data, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)  # a reader of the old file keeps the old one; no moment of a partial file
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        folder = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)

    def load(self, base_url: str) -> StoredToken | None:
        """The token kept for ``base_url``, if any."""
        text = self._all().get(base_url)
        return StoredToken.from_json(text, str(self.path)) if text else None

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

    @contextlib.contextmanager
    def _reporting(self, doing: str) -> Iterator[None]:
        try:
            yield
        except self._keyring.errors.PasswordDeleteError:
            pass  # nothing kept: nothing to forget
        except self._keyring.errors.KeyringError as exc:
            raise StoreError(f"the OS keyring refused to {doing} ({type(exc).__name__}); unlock it and retry") from None

    def load(self, base_url: str) -> StoredToken | None:
        """The token kept for ``base_url``, if any."""
        with self._reporting("read the token"):
            text = self._keyring.get_password(SERVICE, base_url)
        return StoredToken.from_json(text, f"the keyring entry {SERVICE}/{base_url}") if text else None

    def save(self, stored: StoredToken) -> None:
        """Keep ``stored``."""
        with self._reporting("keep the token"):
            self._keyring.set_password(SERVICE, stored.base_url, stored.to_json())

    def delete(self, base_url: str) -> None:
        """Forget the token for ``base_url``."""
        with self._reporting("forget the token"):
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
