"""Operations tagged `chat`: one module per operation, and the resource classes
``Sumvin.chat`` and ``AsyncSumvin.chat`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.body_upload_chat_attachment import BodyUploadChatAttachment, BodyUploadChatAttachmentDict
    from ...models.chat_attachment_response import ChatAttachmentResponse
    from ...models.chat_create_session_request import ChatCreateSessionRequest, ChatCreateSessionRequestDict
    from ...models.create_session_response import CreateSessionResponse
    from ...models.get_session_response import GetSessionResponse
    from ...models.list_messages_response import ListMessagesResponse
    from ...models.list_sessions_response import ListSessionsResponse
    from ...models.save_messages_request import SaveMessagesRequest, SaveMessagesRequestDict
    from ...models.save_messages_response import SaveMessagesResponse
    from ...models.update_session_request import UpdateSessionRequest, UpdateSessionRequestDict
    from ...types import Unset

    pass

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


class ChatResource:
    """Operations tagged `chat`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_sessions(
        self,
        *,
        q: str | Unset | None = UNSET,
        expand: list[str] | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ListSessionsResponse:
        """Lists the user's chat sessions, optionally only those matching a search text.

        ``GET /v0/chat/sessions``

        Args:
            q: Text to look for in session titles and message content.
            expand: Related data to embed: `messages`.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            ListSessionsResponse: What `list_sessions` returns; it lists the user's chat sessions, optionally only those
                matching a search text.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_sessions")

        return cast(
            "ListSessionsResponse",
            self._caller.call(
                endpoint,
                {"q": q, "expand": expand, "offset": offset, "limit": limit},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def create_session(
        self,
        *,
        body: ChatCreateSessionRequest | ChatCreateSessionRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CreateSessionResponse:
        """Opens a new chat session.

        ``POST /v0/chat/sessions``

        Args:
            body: ``ChatCreateSessionRequest``: Body of `create_session`, which opens a new chat session.

        Returns:
            CreateSessionResponse: What `create_session` returns; it opens a new chat session.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_session")

        return cast(
            "CreateSessionResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_session(
        self,
        session_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> GetSessionResponse:
        """Returns one chat session, optionally with its messages.

        ``GET /v0/chat/sessions/{session_id}``

        Args:
            session_id: Id of the chat session.
            expand: Related data to embed: `messages`.

        Returns:
            GetSessionResponse: What `get_session` and `update_session` return: the chat session.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_session")

        return cast(
            "GetSessionResponse",
            self._caller.call(
                endpoint,
                {"session_id": session_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def delete_session(
        self,
        session_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes a chat session and its messages.

        ``DELETE /v0/chat/sessions/{session_id}``

        Args:
            session_id: Id of the chat session.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "delete_session")

        return cast(
            "None",
            self._caller.call(
                endpoint,
                {"session_id": session_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def update_session(
        self,
        session_id: str,
        *,
        body: UpdateSessionRequest | UpdateSessionRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> GetSessionResponse:
        """Changes a chat session, such as its title.

        ``PATCH /v0/chat/sessions/{session_id}``

        Args:
            session_id: Id of the chat session.
            body: ``UpdateSessionRequest``: Body of `update_session`, which changes a chat session, such
                as its title.

        Returns:
            GetSessionResponse: What `get_session` and `update_session` return: the chat session.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "update_session")

        return cast(
            "GetSessionResponse",
            self._caller.call(
                endpoint,
                {"session_id": session_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def list_messages(
        self,
        session_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ListMessagesResponse:
        """Lists the messages of one chat session, a page at a time.

        ``GET /v0/chat/sessions/{session_id}/messages``

        Args:
            session_id: Id of the chat session.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            ListMessagesResponse: What `list_messages` returns; it lists the messages of one chat session, a page at a
                time.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_messages")

        return cast(
            "ListMessagesResponse",
            self._caller.call(
                endpoint,
                {"session_id": session_id, "offset": offset, "limit": limit},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def save_messages(
        self,
        session_id: str,
        *,
        body: SaveMessagesRequest | SaveMessagesRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SaveMessagesResponse:
        """Appends messages to a chat session.

        ``POST /v0/chat/sessions/{session_id}/messages``

        Args:
            session_id: Id of the chat session.
            body: ``SaveMessagesRequest``: Body of `save_messages`, which appends messages to a chat
                session.

        Returns:
            SaveMessagesResponse: What `save_messages` returns; it appends messages to a chat session.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "save_messages")

        return cast(
            "SaveMessagesResponse",
            self._caller.call(
                endpoint,
                {"session_id": session_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def upload_chat_attachment(
        self,
        *,
        body: BodyUploadChatAttachment | BodyUploadChatAttachmentDict,
        session_id: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ChatAttachmentResponse:
        """Uploads a file to attach to chat messages, optionally tied to one session.

        ``POST /v0/chat/attachments``

        Args:
            body: ``BodyUploadChatAttachment``: Multipart form that `upload_chat_attachment` sends, which
                uploads a file to attach to chat messages, optionally tied to one session.
            session_id: Chat session to attach the file to, if any.

        Returns:
            ChatAttachmentResponse: What `upload_chat_attachment` returns; it uploads a file to attach to chat messages,
                optionally tied to one session.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 413, 415, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "upload_chat_attachment")

        return cast(
            "ChatAttachmentResponse",
            self._caller.call(
                endpoint,
                {"session_id": session_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class ChatResourceWithRawResponse:
    """``ChatResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = ChatResource(caller)
        self.list_sessions = raw_response(resource.list_sessions)
        self.create_session = raw_response(resource.create_session)
        self.get_session = raw_response(resource.get_session)
        self.delete_session = raw_response(resource.delete_session)
        self.update_session = raw_response(resource.update_session)
        self.list_messages = raw_response(resource.list_messages)
        self.save_messages = raw_response(resource.save_messages)
        self.upload_chat_attachment = raw_response(resource.upload_chat_attachment)


class AsyncChatResource:
    """Operations tagged `chat`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_sessions(
        self,
        *,
        q: str | Unset | None = UNSET,
        expand: list[str] | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ListSessionsResponse:
        """Lists the user's chat sessions, optionally only those matching a search text.

        ``GET /v0/chat/sessions``

        Args:
            q: Text to look for in session titles and message content.
            expand: Related data to embed: `messages`.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            ListSessionsResponse: What `list_sessions` returns; it lists the user's chat sessions, optionally only those
                matching a search text.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_sessions")

        return cast(
            "ListSessionsResponse",
            await self._caller.call(
                endpoint,
                {"q": q, "expand": expand, "offset": offset, "limit": limit},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def create_session(
        self,
        *,
        body: ChatCreateSessionRequest | ChatCreateSessionRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CreateSessionResponse:
        """Opens a new chat session.

        ``POST /v0/chat/sessions``

        Args:
            body: ``ChatCreateSessionRequest``: Body of `create_session`, which opens a new chat session.

        Returns:
            CreateSessionResponse: What `create_session` returns; it opens a new chat session.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_session")

        return cast(
            "CreateSessionResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_session(
        self,
        session_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> GetSessionResponse:
        """Returns one chat session, optionally with its messages.

        ``GET /v0/chat/sessions/{session_id}``

        Args:
            session_id: Id of the chat session.
            expand: Related data to embed: `messages`.

        Returns:
            GetSessionResponse: What `get_session` and `update_session` return: the chat session.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_session")

        return cast(
            "GetSessionResponse",
            await self._caller.call(
                endpoint,
                {"session_id": session_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def delete_session(
        self,
        session_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes a chat session and its messages.

        ``DELETE /v0/chat/sessions/{session_id}``

        Args:
            session_id: Id of the chat session.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "delete_session")

        return cast(
            "None",
            await self._caller.call(
                endpoint,
                {"session_id": session_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def update_session(
        self,
        session_id: str,
        *,
        body: UpdateSessionRequest | UpdateSessionRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> GetSessionResponse:
        """Changes a chat session, such as its title.

        ``PATCH /v0/chat/sessions/{session_id}``

        Args:
            session_id: Id of the chat session.
            body: ``UpdateSessionRequest``: Body of `update_session`, which changes a chat session, such
                as its title.

        Returns:
            GetSessionResponse: What `get_session` and `update_session` return: the chat session.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "update_session")

        return cast(
            "GetSessionResponse",
            await self._caller.call(
                endpoint,
                {"session_id": session_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def list_messages(
        self,
        session_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ListMessagesResponse:
        """Lists the messages of one chat session, a page at a time.

        ``GET /v0/chat/sessions/{session_id}/messages``

        Args:
            session_id: Id of the chat session.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            ListMessagesResponse: What `list_messages` returns; it lists the messages of one chat session, a page at a
                time.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_messages")

        return cast(
            "ListMessagesResponse",
            await self._caller.call(
                endpoint,
                {"session_id": session_id, "offset": offset, "limit": limit},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def save_messages(
        self,
        session_id: str,
        *,
        body: SaveMessagesRequest | SaveMessagesRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SaveMessagesResponse:
        """Appends messages to a chat session.

        ``POST /v0/chat/sessions/{session_id}/messages``

        Args:
            session_id: Id of the chat session.
            body: ``SaveMessagesRequest``: Body of `save_messages`, which appends messages to a chat
                session.

        Returns:
            SaveMessagesResponse: What `save_messages` returns; it appends messages to a chat session.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "save_messages")

        return cast(
            "SaveMessagesResponse",
            await self._caller.call(
                endpoint,
                {"session_id": session_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def upload_chat_attachment(
        self,
        *,
        body: BodyUploadChatAttachment | BodyUploadChatAttachmentDict,
        session_id: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ChatAttachmentResponse:
        """Uploads a file to attach to chat messages, optionally tied to one session.

        ``POST /v0/chat/attachments``

        Args:
            body: ``BodyUploadChatAttachment``: Multipart form that `upload_chat_attachment` sends, which
                uploads a file to attach to chat messages, optionally tied to one session.
            session_id: Chat session to attach the file to, if any.

        Returns:
            ChatAttachmentResponse: What `upload_chat_attachment` returns; it uploads a file to attach to chat messages,
                optionally tied to one session.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 413, 415, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "upload_chat_attachment")

        return cast(
            "ChatAttachmentResponse",
            await self._caller.call(
                endpoint,
                {"session_id": session_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncChatResourceWithRawResponse:
    """``AsyncChatResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncChatResource(caller)
        self.list_sessions = async_raw_response(resource.list_sessions)
        self.create_session = async_raw_response(resource.create_session)
        self.get_session = async_raw_response(resource.get_session)
        self.delete_session = async_raw_response(resource.delete_session)
        self.update_session = async_raw_response(resource.update_session)
        self.list_messages = async_raw_response(resource.list_messages)
        self.save_messages = async_raw_response(resource.save_messages)
        self.upload_chat_attachment = async_raw_response(resource.upload_chat_attachment)
