from ..types import OpenStrEnum


class SearchMerchantsFacetsType0Item(OpenStrEnum):
    A2A = "a2a"
    BRAND = "brand"
    CAPABILITY = "capability"
    CATEGORY = "category"
    COUNTRY = "country"
    LANGUAGE = "language"
    OAUTH = "oauth"
    PAYMENT = "payment"
    TRANSPORT = "transport"
