from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.blob_storage_service_status import BlobStorageServiceStatus
    from ..models.cache_service_status import CacheServiceStatus
    from ..models.database_service_status import DatabaseServiceStatus
    from ..models.elasticsearch_service_status import ElasticsearchServiceStatus
    from ..models.ethereum_rpc_service_status import EthereumRPCServiceStatus
    from ..models.gemini_service_status import GeminiServiceStatus
    from ..models.kms_service_status import KMSServiceStatus
    from ..models.q_stash_service_status import QStashServiceStatus
    from ..models.upstash_redis_service_status import UpstashRedisServiceStatus


T = TypeVar("T", bound="ServicesStatus")
_MEMBERS: frozenset[str] = frozenset(
    (
        "database",
        "cache",
        "blob_storage",
        "qstash",
        "upstash_redis",
        "ethereum_rpc",
        "kms",
        "gemini",
        "elasticsearch",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ServicesStatus(Model):
    """Health and settings of each service the API depends on.

    Attributes:
        database: Health and settings of the database.
        cache: Health and settings of the cache.
        blob_storage: Health and settings of blob storage.
        qstash: Health and settings of QStash; null when not used.
        upstash_redis: Health and settings of Upstash Redis; null when not used.
        ethereum_rpc: Health and settings of the Ethereum RPC node; null when not used.
        kms: Health and settings of key management; null when not used.
        gemini: Health and settings of Gemini; null when not used.
        elasticsearch: Health and settings of Elasticsearch; null when not used.
    """

    database: DatabaseServiceStatus
    cache: CacheServiceStatus
    blob_storage: BlobStorageServiceStatus
    qstash: QStashServiceStatus | None = None
    upstash_redis: UpstashRedisServiceStatus | None = None
    ethereum_rpc: EthereumRPCServiceStatus | None = None
    kms: KMSServiceStatus | None = None
    gemini: GeminiServiceStatus | None = None
    elasticsearch: ElasticsearchServiceStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "database",
        "cache",
        "blob_storage",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "qstash",
        "upstash_redis",
        "ethereum_rpc",
        "kms",
        "gemini",
        "elasticsearch",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.elasticsearch_service_status import ElasticsearchServiceStatus
        from ..models.ethereum_rpc_service_status import EthereumRPCServiceStatus
        from ..models.gemini_service_status import GeminiServiceStatus
        from ..models.kms_service_status import KMSServiceStatus
        from ..models.q_stash_service_status import QStashServiceStatus
        from ..models.upstash_redis_service_status import UpstashRedisServiceStatus

        database = self.database.to_dict()

        cache = self.cache.to_dict()

        blob_storage = self.blob_storage.to_dict()

        _qstash = UNSET if self.qstash is None and not self._nulls & 1 else self.qstash
        qstash: dict[str, Any] | Unset | None
        if isinstance(_qstash, Unset):
            qstash = UNSET
        elif isinstance(_qstash, QStashServiceStatus):
            qstash = _qstash.to_dict()
        else:
            qstash = _qstash

        _upstash_redis = UNSET if self.upstash_redis is None and not self._nulls & 2 else self.upstash_redis
        upstash_redis: dict[str, Any] | Unset | None
        if isinstance(_upstash_redis, Unset):
            upstash_redis = UNSET
        elif isinstance(_upstash_redis, UpstashRedisServiceStatus):
            upstash_redis = _upstash_redis.to_dict()
        else:
            upstash_redis = _upstash_redis

        _ethereum_rpc = UNSET if self.ethereum_rpc is None and not self._nulls & 4 else self.ethereum_rpc
        ethereum_rpc: dict[str, Any] | Unset | None
        if isinstance(_ethereum_rpc, Unset):
            ethereum_rpc = UNSET
        elif isinstance(_ethereum_rpc, EthereumRPCServiceStatus):
            ethereum_rpc = _ethereum_rpc.to_dict()
        else:
            ethereum_rpc = _ethereum_rpc

        _kms = UNSET if self.kms is None and not self._nulls & 8 else self.kms
        kms: dict[str, Any] | Unset | None
        if isinstance(_kms, Unset):
            kms = UNSET
        elif isinstance(_kms, KMSServiceStatus):
            kms = _kms.to_dict()
        else:
            kms = _kms

        _gemini = UNSET if self.gemini is None and not self._nulls & 16 else self.gemini
        gemini: dict[str, Any] | Unset | None
        if isinstance(_gemini, Unset):
            gemini = UNSET
        elif isinstance(_gemini, GeminiServiceStatus):
            gemini = _gemini.to_dict()
        else:
            gemini = _gemini

        _elasticsearch = UNSET if self.elasticsearch is None and not self._nulls & 32 else self.elasticsearch
        elasticsearch: dict[str, Any] | Unset | None
        if isinstance(_elasticsearch, Unset):
            elasticsearch = UNSET
        elif isinstance(_elasticsearch, ElasticsearchServiceStatus):
            elasticsearch = _elasticsearch.to_dict()
        else:
            elasticsearch = _elasticsearch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "database": database,
                "cache": cache,
                "blob_storage": blob_storage,
            }
        )
        if qstash is not UNSET:
            field_dict["qstash"] = qstash
        if upstash_redis is not UNSET:
            field_dict["upstash_redis"] = upstash_redis
        if ethereum_rpc is not UNSET:
            field_dict["ethereum_rpc"] = ethereum_rpc
        if kms is not UNSET:
            field_dict["kms"] = kms
        if gemini is not UNSET:
            field_dict["gemini"] = gemini
        if elasticsearch is not UNSET:
            field_dict["elasticsearch"] = elasticsearch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            BlobStorageServiceStatus = _models.BlobStorageServiceStatus
            CacheServiceStatus = _models.CacheServiceStatus
            DatabaseServiceStatus = _models.DatabaseServiceStatus
            ElasticsearchServiceStatus = _models.ElasticsearchServiceStatus
            EthereumRPCServiceStatus = _models.EthereumRPCServiceStatus
            GeminiServiceStatus = _models.GeminiServiceStatus
            KMSServiceStatus = _models.KMSServiceStatus
            QStashServiceStatus = _models.QStashServiceStatus
            UpstashRedisServiceStatus = _models.UpstashRedisServiceStatus
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "database"
            database = DatabaseServiceStatus.from_dict(src_dict["database"])

            at = "cache"
            cache = CacheServiceStatus.from_dict(src_dict["cache"])

            at = "blob_storage"
            blob_storage = BlobStorageServiceStatus.from_dict(src_dict["blob_storage"])

            at = "qstash"
            qstash = src_dict.get("qstash", ABSENT)
            if qstash is not None and qstash is not ABSENT:
                if not isinstance(qstash, dict):
                    raise TypeError("member 'qstash': a value of the wrong type")
                qstash = QStashServiceStatus.from_dict(qstash)

            if qstash is None:
                nulls |= 1

            at = "upstash_redis"
            upstash_redis = src_dict.get("upstash_redis", ABSENT)
            if upstash_redis is not None and upstash_redis is not ABSENT:
                if not isinstance(upstash_redis, dict):
                    raise TypeError("member 'upstash_redis': a value of the wrong type")
                upstash_redis = UpstashRedisServiceStatus.from_dict(upstash_redis)

            if upstash_redis is None:
                nulls |= 2

            at = "ethereum_rpc"
            ethereum_rpc = src_dict.get("ethereum_rpc", ABSENT)
            if ethereum_rpc is not None and ethereum_rpc is not ABSENT:
                if not isinstance(ethereum_rpc, dict):
                    raise TypeError("member 'ethereum_rpc': a value of the wrong type")
                ethereum_rpc = EthereumRPCServiceStatus.from_dict(ethereum_rpc)

            if ethereum_rpc is None:
                nulls |= 4

            at = "kms"
            kms = src_dict.get("kms", ABSENT)
            if kms is not None and kms is not ABSENT:
                if not isinstance(kms, dict):
                    raise TypeError("member 'kms': a value of the wrong type")
                kms = KMSServiceStatus.from_dict(kms)

            if kms is None:
                nulls |= 8

            at = "gemini"
            gemini = src_dict.get("gemini", ABSENT)
            if gemini is not None and gemini is not ABSENT:
                if not isinstance(gemini, dict):
                    raise TypeError("member 'gemini': a value of the wrong type")
                gemini = GeminiServiceStatus.from_dict(gemini)

            if gemini is None:
                nulls |= 16

            at = "elasticsearch"
            elasticsearch = src_dict.get("elasticsearch", ABSENT)
            if elasticsearch is not None and elasticsearch is not ABSENT:
                if not isinstance(elasticsearch, dict):
                    raise TypeError("member 'elasticsearch': a value of the wrong type")
                elasticsearch = ElasticsearchServiceStatus.from_dict(elasticsearch)

            if elasticsearch is None:
                nulls |= 32

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        services_status = object.__new__(cls)
        services_status.database = database
        services_status.cache = cache
        services_status.blob_storage = blob_storage
        services_status.qstash = None if qstash is ABSENT else qstash
        services_status.upstash_redis = None if upstash_redis is ABSENT else upstash_redis
        services_status.ethereum_rpc = None if ethereum_rpc is ABSENT else ethereum_rpc
        services_status.kms = None if kms is ABSENT else kms
        services_status.gemini = None if gemini is ABSENT else gemini
        services_status.elasticsearch = None if elasticsearch is ABSENT else elasticsearch
        services_status._nulls = nulls
        services_status.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 3
            + (qstash is not ABSENT)
            + (upstash_redis is not ABSENT)
            + (ethereum_rpc is not ABSENT)
            + (kms is not ABSENT)
            + (gemini is not ABSENT)
            + (elasticsearch is not ABSENT)
            else {}
        )
        return services_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
