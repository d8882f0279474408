from ..types import OpenStrEnum


class GetPintExpandItem(OpenStrEnum):
    """Related data to embed, any of `agent_tasks`, `source_chat_message`, `tokens` and `transactions`."""

    AGENT_TASKS = "agent_tasks"
    SOURCE_CHAT_MESSAGE = "source_chat_message"
    TOKENS = "tokens"
    TRANSACTIONS = "transactions"
