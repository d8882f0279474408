"""Endpoint functions tagged `chat`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/chat/sessions"): "list_sessions",
    ("post", "/v0/chat/sessions"): "create_session",
    ("get", "/v0/chat/sessions/{session_id}"): "get_session",
    ("delete", "/v0/chat/sessions/{session_id}"): "delete_session",
    ("patch", "/v0/chat/sessions/{session_id}"): "update_session",
    ("get", "/v0/chat/sessions/{session_id}/messages"): "list_messages",
    ("post", "/v0/chat/sessions/{session_id}/messages"): "save_messages",
    ("post", "/v0/chat/attachments"): "upload_chat_attachment",
}
