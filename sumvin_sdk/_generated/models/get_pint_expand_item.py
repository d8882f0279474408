from ..types import OpenStrEnum


class GetPintExpandItem(OpenStrEnum):
    """Related resources to embed in the response."""

    AGENT_TASKS = "agent_tasks"
    SOURCE_CHAT_MESSAGE = "source_chat_message"
    TOKENS = "tokens"
    TRANSACTIONS = "transactions"
