from ..types import OpenStrEnum


class SearchMerchantsTransportType0Item(OpenStrEnum):
    A2A = "a2a"
    EMBEDDED = "embedded"
    MCP = "mcp"
    REST = "rest"
