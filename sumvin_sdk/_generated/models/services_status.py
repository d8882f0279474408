from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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


@_attrs_define
class ServicesStatus:
    """A services status.

    Attributes:
        database (DatabaseServiceStatus): A database service status.
        cache (CacheServiceStatus): A cache service status.
        blob_storage (BlobStorageServiceStatus): A blob storage service status.
        qstash (None | QStashServiceStatus | Unset): Qstash of the services status.
        upstash_redis (None | Unset | UpstashRedisServiceStatus): Upstash redis of the services status.
        ethereum_rpc (EthereumRPCServiceStatus | None | Unset): Ethereum rpc of the services status.
        kms (KMSServiceStatus | None | Unset): Kms of the services status.
        gemini (GeminiServiceStatus | None | Unset): Gemini of the services status.
        elasticsearch (ElasticsearchServiceStatus | None | Unset): Elasticsearch of the services status.
    """

    database: DatabaseServiceStatus
    cache: CacheServiceStatus
    blob_storage: BlobStorageServiceStatus
    qstash: QStashServiceStatus | Unset | None = UNSET
    upstash_redis: Unset | UpstashRedisServiceStatus | None = UNSET
    ethereum_rpc: EthereumRPCServiceStatus | Unset | None = UNSET
    kms: KMSServiceStatus | Unset | None = UNSET
    gemini: GeminiServiceStatus | Unset | None = UNSET
    elasticsearch: ElasticsearchServiceStatus | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.elasticsearch_service_status import ElasticsearchServiceStatus
        from ..models.ethereum_rpc_service_status import EthereumRPCServiceStatus
        from ..models.gemini_service_status import GeminiServiceStatus
        from ..models.kms_service_status import KMSServiceStatus
        from ..models.q_stash_service_status import QStashServiceStatus
        from ..models.upstash_redis_service_status import UpstashRedisServiceStatus

        database = self.database.to_dict()

        cache = self.cache.to_dict()

        blob_storage = self.blob_storage.to_dict()

        qstash: dict[str, Any] | Unset | None
        if isinstance(self.qstash, Unset):
            qstash = UNSET
        elif isinstance(self.qstash, QStashServiceStatus):
            qstash = self.qstash.to_dict()
        else:
            qstash = self.qstash

        upstash_redis: dict[str, Any] | Unset | None
        if isinstance(self.upstash_redis, Unset):
            upstash_redis = UNSET
        elif isinstance(self.upstash_redis, UpstashRedisServiceStatus):
            upstash_redis = self.upstash_redis.to_dict()
        else:
            upstash_redis = self.upstash_redis

        ethereum_rpc: dict[str, Any] | Unset | None
        if isinstance(self.ethereum_rpc, Unset):
            ethereum_rpc = UNSET
        elif isinstance(self.ethereum_rpc, EthereumRPCServiceStatus):
            ethereum_rpc = self.ethereum_rpc.to_dict()
        else:
            ethereum_rpc = self.ethereum_rpc

        kms: dict[str, Any] | Unset | None
        if isinstance(self.kms, Unset):
            kms = UNSET
        elif isinstance(self.kms, KMSServiceStatus):
            kms = self.kms.to_dict()
        else:
            kms = self.kms

        gemini: dict[str, Any] | Unset | None
        if isinstance(self.gemini, Unset):
            gemini = UNSET
        elif isinstance(self.gemini, GeminiServiceStatus):
            gemini = self.gemini.to_dict()
        else:
            gemini = self.gemini

        elasticsearch: dict[str, Any] | Unset | None
        if isinstance(self.elasticsearch, Unset):
            elasticsearch = UNSET
        elif isinstance(self.elasticsearch, ElasticsearchServiceStatus):
            elasticsearch = self.elasticsearch.to_dict()
        else:
            elasticsearch = self.elasticsearch

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
        d = dict(src_dict)
        database = DatabaseServiceStatus.from_dict(d.pop("database"))

        cache = CacheServiceStatus.from_dict(d.pop("cache"))

        blob_storage = BlobStorageServiceStatus.from_dict(d.pop("blob_storage"))

        def _parse_qstash(data: object) -> QStashServiceStatus | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            qstash_type_0 = QStashServiceStatus.from_dict(data)

            return qstash_type_0

        qstash = _parse_qstash(d.pop("qstash", UNSET))

        def _parse_upstash_redis(data: object) -> Unset | UpstashRedisServiceStatus | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            upstash_redis_type_0 = UpstashRedisServiceStatus.from_dict(data)

            return upstash_redis_type_0

        upstash_redis = _parse_upstash_redis(d.pop("upstash_redis", UNSET))

        def _parse_ethereum_rpc(data: object) -> EthereumRPCServiceStatus | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            ethereum_rpc_type_0 = EthereumRPCServiceStatus.from_dict(data)

            return ethereum_rpc_type_0

        ethereum_rpc = _parse_ethereum_rpc(d.pop("ethereum_rpc", UNSET))

        def _parse_kms(data: object) -> KMSServiceStatus | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            kms_type_0 = KMSServiceStatus.from_dict(data)

            return kms_type_0

        kms = _parse_kms(d.pop("kms", UNSET))

        def _parse_gemini(data: object) -> GeminiServiceStatus | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            gemini_type_0 = GeminiServiceStatus.from_dict(data)

            return gemini_type_0

        gemini = _parse_gemini(d.pop("gemini", UNSET))

        def _parse_elasticsearch(data: object) -> ElasticsearchServiceStatus | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            elasticsearch_type_0 = ElasticsearchServiceStatus.from_dict(data)

            return elasticsearch_type_0

        elasticsearch = _parse_elasticsearch(d.pop("elasticsearch", UNSET))

        services_status = cls(
            database=database,
            cache=cache,
            blob_storage=blob_storage,
            qstash=qstash,
            upstash_redis=upstash_redis,
            ethereum_rpc=ethereum_rpc,
            kms=kms,
            gemini=gemini,
            elasticsearch=elasticsearch,
        )

        services_status.additional_properties = d
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
