"""Where ``sumvin login`` keeps the token: a private file, written atomically, never through a link."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from keyring.errors import KeyringLocked, PasswordDeleteError

from sumvin_sdk.cli._store import FileStore, KeyringStore, StoredToken, StoreError, config_dir, default_store
from tests.cli_world import BASE, World

TOKEN = "svpat_" + "k" * 40


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def entry(token: object = TOKEN, **changes: object) -> str:
    return json.dumps({"base_url": BASE, "token": token, "token_id": "pat_1", "expires_at": "2027-01-01"} | changes)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


@pytest.fixture(params=[0o000, 0o022, 0o077, 0o277], ids=lambda mask: f"umask {mask:03o}")
def umask(request: pytest.FixtureRequest) -> Iterator[None]:
    old = os.umask(request.param)
    try:
        yield
    finally:
        os.umask(old)


def test_whatever_the_umask_every_folder_it_creates_is_0700_and_the_file_0600(tmp_path: Path, umask: None) -> None:
    store = FileStore(tmp_path / "home" / ".config" / "sumvin")
    store.save(StoredToken(BASE, TOKEN, "pat_1", "2027-01-01"))
    assert mode(store.path) == 0o600
    for folder in (tmp_path / "home", tmp_path / "home" / ".config", store.path.parent):
        assert mode(folder) == 0o700, folder


def test_an_existing_wider_folder_and_file_are_narrowed(world: World) -> None:
    world.store.path.parent.mkdir(mode=0o755)
    os.chmod(world.store.path.parent, 0o755)
    world.store.path.write_text(json.dumps({BASE: entry()}))
    os.chmod(world.store.path, 0o644)
    assert world.store.load(BASE) is not None
    assert mode(world.store.path) == 0o600, "reading narrows a file something else left readable"
    world.store.save(StoredToken(BASE, TOKEN, "pat_2", "2027-01-01"))
    assert mode(world.store.path) == 0o600 and mode(world.store.path.parent) == 0o700


def test_whoami_narrows_a_0644_credentials_file(world: World) -> None:
    assert world.run("login").exit_code == 0
    os.chmod(world.store.path, 0o644)
    assert world.run("whoami").exit_code == 0
    assert mode(world.store.path) == 0o600


def test_the_file_is_replaced_atomically_so_an_old_reader_keeps_the_old_token(world: World) -> None:
    world.store.save(StoredToken(BASE, TOKEN, "pat_1", "2027-01-01"))
    with world.store.path.open(encoding="utf-8") as old_reader:
        world.store.save(StoredToken(BASE, "svpat_new", "pat_2", "2027-01-01"))
        assert "svpat_new" not in old_reader.read()
    assert world.store.load(BASE) == StoredToken(BASE, "svpat_new", "pat_2", "2027-01-01")
    assert [p.name for p in world.store.path.parent.iterdir()] == ["credentials.json"], "no temporary file left"


def test_the_new_file_reaches_the_disk_before_it_replaces_the_old(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    fsync, replace = os.fsync, os.replace

    def synced(fd: int) -> None:
        events.append("fsync")
        fsync(fd)

    def replaced(source: str, target: Path) -> None:
        events.append("replace")
        replace(source, target)

    monkeypatch.setattr(os, "fsync", synced)
    monkeypatch.setattr(os, "replace", replaced)
    world.store.save(StoredToken(BASE, TOKEN, "pat_1", "2027-01-01"))
    assert events == ["fsync", "replace", "fsync"], "the file, the rename, then the folder"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    world.store.save(StoredToken(BASE, TOKEN, "pat_1", "2027-01-01"))
    before = world.store.path.read_text()

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        world.store.save(StoredToken(BASE, "svpat_new", "pat_2", "2027-01-01"))
    assert world.store.path.read_text() == before
    assert [p.name for p in world.store.path.parent.iterdir()] == ["credentials.json"]


@pytest.mark.parametrize("target", ["elsewhere.json", "missing.json"])
def test_a_symlink_at_the_credentials_path_is_refused_and_its_target_untouched(world: World, target: str) -> None:
    world.store.path.parent.mkdir(mode=0o700)
    victim = world.store.path.parent.parent / target
    if target == "elsewhere.json":
        victim.write_text("{}")
    world.store.path.symlink_to(victim)
    result = world.run("login")
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1
    assert str(world.store.path) in result.stderr and "symlink" in result.stderr
    assert world.fake.tokens == {}, "refused before the sign-in started: no token was given out to be lost"
    with pytest.raises(StoreError, match="symlink"):
        world.store.load(BASE)
    with pytest.raises(StoreError, match="symlink"):
        world.store.save(StoredToken(BASE, TOKEN, None, "x"))
    assert victim.read_text() == "{}" if target == "elsewhere.json" else not victim.exists()
    assert world.store.path.is_symlink()


CORRUPT = {
    "empty": b"",
    "not json": b"not json",
    "truncated": b'{"https://api.sumvin.test": "{\\"base_url',
    "a list": b"[]",
    "a number": b"5",
    "null": b"null",
    "a non-string entry": json.dumps({BASE: 5}).encode(),
    "an entry that is not json": json.dumps({BASE: "not json"}).encode(),
    "an entry that is a list": json.dumps({BASE: "[]"}).encode(),
    "no token": json.dumps({BASE: json.dumps({"base_url": BASE, "expires_at": "x"})}).encode(),
    "a numeric token": json.dumps({BASE: entry(token=5)}).encode(),
    "a numeric token id": json.dumps({BASE: entry(token_id=5)}).encode(),
    "no expiry": json.dumps({BASE: json.dumps({"base_url": BASE, "token": TOKEN})}).encode(),
    "binary": b"\xff\xfe\x00garbage",
    "deep": b"[" * 100_000 + b"]" * 100_000,
    "deep in an entry": json.dumps({BASE: "[" * 100_000 + "]" * 100_000}).encode(),
    "huge": b'{"x": "' + b"x" * (2 << 20) + b'"}',
}


@pytest.mark.parametrize("content", CORRUPT.values(), ids=CORRUPT.keys())
@pytest.mark.parametrize("command", ["whoami", "logout", "call listWallets", "login"])
def test_a_corrupt_file_is_one_line_naming_the_file_and_the_fix(world: World, content: bytes, command: str) -> None:
    world.store.path.parent.mkdir(mode=0o700)
    world.store.path.write_bytes(content)
    os.chmod(world.store.path, 0o600)
    result = world.run(*command.split())
    assert result.exit_code == 1, result.output
    line = result.stderr.splitlines()[-1]
    assert line.startswith("error: ") and str(world.store.path) in line and "remove it" in line


def test_a_folder_at_the_credentials_path_is_one_line_too(world: World) -> None:
    world.store.path.mkdir(parents=True)
    result = world.run("whoami")
    assert result.exit_code == 1 and str(world.store.path) in result.stderr.splitlines()[-1]


@pytest.mark.parametrize(
    "token", [TOKEN + " ", " " + TOKEN, TOKEN + "\t", TOKEN + "\n", TOKEN + "\x0b", TOKEN + "\x0c", "", "svpat_ü"]
)
@pytest.mark.parametrize("command", ["whoami", "logout", "call listWallets"])
def test_a_kept_token_with_whitespace_is_refused_unsent_and_never_printed(
    world: World, token: str, command: str
) -> None:
    world.store.path.parent.mkdir(mode=0o700)
    world.store.path.write_text(json.dumps({BASE: entry(token=token)}))
    result = world.run(*command.split())
    assert result.exit_code == 1
    assert "run `sumvin login` again" in result.stderr or "remove it" in result.stderr
    assert TOKEN not in result.output
    assert world.fake.requests[1:] == [], "the token was never sent (the first request is the browser's sign-up)"


class MemoryKeyring(KeyringBackend):
    """An OS keyring in memory; ``locked`` makes every call fail as a locked keyring does."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}
        self.locked = False

    def _check(self) -> None:
        if self.locked:
            raise KeyringLocked("locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    old = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(old)


def test_the_keyring_is_used_when_it_has_a_usable_backend(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SUMVIN_NO_KEYRING", raising=False)
    store = default_store()
    assert isinstance(store, KeyringStore)
    stored = StoredToken(BASE, TOKEN, "pat_1", "2027-01-01")
    store.save(stored)
    assert store.load(BASE) == stored and TOKEN in memory_keyring.entries[("sumvin-cli", BASE)]
    store.delete(BASE)
    store.delete(BASE)  # forgetting what is not there is fine
    assert store.load(BASE) is None


def test_the_file_is_used_when_asked_or_when_no_backend_is_usable(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMVIN_NO_KEYRING", "1")
    assert isinstance(default_store(), FileStore)
    monkeypatch.delenv("SUMVIN_NO_KEYRING")
    keyring.set_keyring(FailKeyring())  # type: ignore[no-untyped-call]
    assert isinstance(default_store(), FileStore)


def test_a_locked_keyring_or_a_bad_entry_is_one_line(world: World, memory_keyring: MemoryKeyring) -> None:
    store = KeyringStore()
    world.store = store  # type: ignore[assignment]
    memory_keyring.locked = True
    result = world.run("whoami")
    assert result.exit_code == 1 and "keyring" in result.stderr and len(result.stderr.splitlines()) == 1
    memory_keyring.locked = False
    memory_keyring.entries[("sumvin-cli", BASE)] = entry(token=TOKEN + " ")
    result = world.run("whoami")
    assert result.exit_code == 1 and "keyring entry" in result.stderr and TOKEN not in result.output


def test_the_config_folder_is_sumvin_config_dir_else_xdg_config_home_else_the_home_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("SUMVIN_CONFIG_DIR", raising=False)
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    assert config_dir() == tmp_path / "home" / ".config" / "sumvin"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_dir() == tmp_path / "xdg" / "sumvin"
    monkeypatch.setenv("SUMVIN_CONFIG_DIR", str(tmp_path / "mine"))
    assert config_dir() == tmp_path / "mine" and FileStore().path == tmp_path / "mine" / "credentials.json"


OTHER = "https://other.sumvin.test"


def test_forgetting_a_base_url_keeps_the_others_and_forgetting_an_unknown_one_writes_nothing(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "config")
    kept = StoredToken(OTHER, TOKEN, None, "2027-01-01")
    store.save(StoredToken(BASE, TOKEN, "pat_1", "2027-01-01"))
    store.save(kept)
    store.delete(BASE)
    assert store.load(BASE) is None and store.load(OTHER) == kept
    written = store.path.stat().st_ino
    store.delete("https://never.sumvin.test")
    assert store.path.stat().st_ino == written and store.load(OTHER) == kept


def test_the_new_file_is_made_beside_the_old_so_the_rename_is_atomic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = FileStore(tmp_path / "config")
    renamed: list[tuple[Path, Path]] = []
    replace = os.replace

    def recording(source: Any, target: Any) -> None:
        renamed.append((Path(source), Path(target)))
        replace(source, target)

    monkeypatch.setattr(os, "replace", recording)
    store.save(StoredToken(BASE, TOKEN, "pat_1", "2027-01-01"))
    ((source, target),) = renamed
    assert source.parent == target.parent == store.path.parent and target == store.path


@pytest.mark.parametrize(
    ("doing", "call"),
    [
        ("read the token", lambda store: store.load(BASE)),
        ("keep the token", lambda store: store.save(StoredToken(BASE, TOKEN, "pat_1", "2027-01-01"))),
        ("forget the token", lambda store: store.delete(BASE)),
    ],
    ids=["load", "save", "delete"],
)
def test_a_locked_keyring_says_what_it_refused_to_do(memory_keyring: MemoryKeyring, doing: str, call: Any) -> None:
    memory_keyring.locked = True
    with pytest.raises(StoreError) as caught:
        call(KeyringStore())
    assert str(caught.value) == f"the OS keyring refused to {doing} (KeyringLocked); unlock it and retry"


class Backend:
    """A keyring backend as ``keyring.get_keyring()`` returns it: only its priority and module are read."""

    priority = 1


NO_PRIORITY = type("Keyring", (), {"__module__": "keyring.backends.chainer"})
NULL = type("Keyring", (Backend,), {"priority": 0, "__module__": "keyring.backends.null"})
FAILING = type("Keyring", (Backend,), {"__module__": "keyring.backends.fail"})


@pytest.mark.parametrize(
    ("backend", "store"), [(Backend, KeyringStore), (NO_PRIORITY, FileStore), (NULL, FileStore), (FAILING, FileStore)]
)
def test_the_keyring_is_used_only_with_a_backend_of_positive_priority_that_is_not_the_fail_one(
    backend: type, store: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SUMVIN_NO_KEYRING", raising=False)
    monkeypatch.setattr(keyring, "get_keyring", backend)
    assert type(default_store()) is store


def kept(tmp_path: Path, text: str) -> FileStore:
    """A file store whose credentials file holds ``text``, 0600 in a 0700 folder."""
    store = FileStore(tmp_path / "config")
    store.path.parent.mkdir(mode=0o700)
    store.path.write_text(text, encoding="utf-8")
    store.path.chmod(0o600)
    return store


def test_an_entry_nested_as_deep_as_sumvin_reads_is_read_and_one_deeper_refused(tmp_path: Path) -> None:
    store = kept(tmp_path, json.dumps({BASE: entry(extra=[[[]]])}))  # four levels, the entry's own included
    assert store.load(BASE) == StoredToken(BASE, TOKEN, "pat_1", "2027-01-01")
    store.path.write_text(json.dumps({BASE: entry(extra=[[[[]]]])}), encoding="utf-8")
    with pytest.raises(StoreError, match="does not hold a token sumvin can read"):
        store.load(BASE)


def test_a_credentials_file_of_one_mebibyte_is_read_and_a_longer_one_refused(tmp_path: Path) -> None:
    text = json.dumps({BASE: entry()})
    store = kept(tmp_path, text.ljust(1 << 20))
    assert store.load(BASE) == StoredToken(BASE, TOKEN, "pat_1", "2027-01-01")
    store.path.write_text(text.ljust((1 << 20) + 1), encoding="utf-8")
    with pytest.raises(StoreError, match="is not a credentials file sumvin wrote"):
        store.load(BASE)


def test_a_kept_token_with_whitespace_says_why_it_is_not_sent(tmp_path: Path) -> None:
    store = kept(tmp_path, json.dumps({BASE: entry(token=TOKEN + " ")}))
    with pytest.raises(StoreError) as caught:
        store.load(BASE)
    assert str(caught.value) == (
        f"the token kept in {store.path} holds spaces or control characters, so it is not sent: "
        "run `sumvin login` again"
    )
