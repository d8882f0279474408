"""Every model and enum of the Sumvin API: ``from sumvin_sdk.models import WalletResponse, TransactionDirection``.

Each is imported on first use, so this module costs nothing until a name is looked up. The classes are the
generated ones (``sumvin_sdk._generated.models``), by the same names.

Response models read ``None`` for an optional member the server left out; ``model.fields_set`` tells which
members came. Request models hold ``UNSET`` for a member not given, which is then not sent (``None`` sends
``null``).
"""

from typing import TYPE_CHECKING

from sumvin_sdk._generated import models as _models

if TYPE_CHECKING:
    from sumvin_sdk._generated.models import *  # noqa: F403

__all__ = _models.__all__


def __getattr__(name: str) -> object:
    return getattr(_models, name)


def __dir__() -> list[str]:
    return sorted(__all__)
