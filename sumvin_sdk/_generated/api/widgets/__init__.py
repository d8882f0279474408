"""Operations tagged `widgets`: one module per operation, and the resource classes
``Sumvin.widgets`` and ``AsyncSumvin.widgets`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.widget_create_request import WidgetCreateRequest, WidgetCreateRequestDict
    from ...models.widget_list_response import WidgetListResponse
    from ...models.widget_reorder_request import WidgetReorderRequest, WidgetReorderRequestDict
    from ...models.widget_reorder_response import WidgetReorderResponse
    from ...models.widget_response import WidgetResponse
    from ...models.widget_update_request import WidgetUpdateRequest, WidgetUpdateRequestDict
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/widgets/"): "list_widgets",
    ("post", "/v0/widgets/"): "create_widget",
    ("get", "/v0/widgets/{widget_id}"): "get_widget",
    ("delete", "/v0/widgets/{widget_id}"): "delete_widget",
    ("patch", "/v0/widgets/{widget_id}"): "update_widget",
    ("put", "/v0/widgets/reorder"): "reorder_widgets",
}


class WidgetsResource:
    """Operations tagged `widgets`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_widgets(
        self,
        *,
        include_deleted: bool | Unset = False,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WidgetListResponse:
        """Lists the widgets of the user's dashboard in display order.

        ``GET /v0/widgets/``

        Args:
            include_deleted: Also return widgets that were deleted.

        Returns:
            WidgetListResponse: What `list_widgets` returns; it lists the widgets of the user's dashboard in display
                order.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_widgets")

        return cast(
            "WidgetListResponse",
            self._caller.call(
                endpoint,
                {"include_deleted": include_deleted},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def create_widget(
        self,
        *,
        body: WidgetCreateRequest | WidgetCreateRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WidgetResponse:
        """Adds a widget to the user's dashboard.

        ``POST /v0/widgets/``

        Args:
            body: ``WidgetCreateRequest``: Body of `create_widget`, which adds a widget to the user's
                dashboard.

        Returns:
            WidgetResponse: What `create_widget`, `get_widget` and `update_widget` return: a widget.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_widget")

        return cast(
            "WidgetResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_widget(
        self,
        widget_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WidgetResponse:
        """Returns one dashboard widget with its data.

        ``GET /v0/widgets/{widget_id}``

        Args:
            widget_id: Id of the widget, as `list_widgets` gives it.

        Returns:
            WidgetResponse: What `create_widget`, `get_widget` and `update_widget` return: a widget.

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
        endpoint = operation_module(__name__, "get_widget")

        return cast(
            "WidgetResponse",
            self._caller.call(
                endpoint,
                {"widget_id": widget_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def delete_widget(
        self,
        widget_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes a widget from the dashboard.

        ``DELETE /v0/widgets/{widget_id}``

        Args:
            widget_id: Id of the widget, as `list_widgets` gives it.

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
        endpoint = operation_module(__name__, "delete_widget")

        return cast(
            "None",
            self._caller.call(
                endpoint,
                {"widget_id": widget_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def update_widget(
        self,
        widget_id: str,
        *,
        body: WidgetUpdateRequest | WidgetUpdateRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WidgetResponse:
        """Changes a widget's title, size, query or display settings.

        ``PATCH /v0/widgets/{widget_id}``

        Args:
            widget_id: Id of the widget, as `list_widgets` gives it.
            body: ``WidgetUpdateRequest``: Body of `update_widget`, which changes a widget's title, size,
                query or display settings.

        Returns:
            WidgetResponse: What `create_widget`, `get_widget` and `update_widget` return: a widget.

        Raises:
            BadRequestError: 400, the request was malformed.
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
        endpoint = operation_module(__name__, "update_widget")

        return cast(
            "WidgetResponse",
            self._caller.call(
                endpoint,
                {"widget_id": widget_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def reorder_widgets(
        self,
        *,
        body: WidgetReorderRequest | WidgetReorderRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WidgetReorderResponse:
        """Sets the display order of the dashboard widgets.

        ``PUT /v0/widgets/reorder``

        Args:
            body: ``WidgetReorderRequest``: Body of `reorder_widgets`, which sets the display order of the
                dashboard widgets.

        Returns:
            WidgetReorderResponse: What `reorder_widgets` returns; it sets the display order of the dashboard widgets.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "reorder_widgets")

        return cast(
            "WidgetReorderResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )


class WidgetsResourceWithRawResponse:
    """``WidgetsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = WidgetsResource(caller)
        self.list_widgets = raw_response(resource.list_widgets)
        self.create_widget = raw_response(resource.create_widget)
        self.get_widget = raw_response(resource.get_widget)
        self.delete_widget = raw_response(resource.delete_widget)
        self.update_widget = raw_response(resource.update_widget)
        self.reorder_widgets = raw_response(resource.reorder_widgets)


class AsyncWidgetsResource:
    """Operations tagged `widgets`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_widgets(
        self,
        *,
        include_deleted: bool | Unset = False,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WidgetListResponse:
        """Lists the widgets of the user's dashboard in display order.

        ``GET /v0/widgets/``

        Args:
            include_deleted: Also return widgets that were deleted.

        Returns:
            WidgetListResponse: What `list_widgets` returns; it lists the widgets of the user's dashboard in display
                order.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_widgets")

        return cast(
            "WidgetListResponse",
            await self._caller.call(
                endpoint,
                {"include_deleted": include_deleted},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def create_widget(
        self,
        *,
        body: WidgetCreateRequest | WidgetCreateRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WidgetResponse:
        """Adds a widget to the user's dashboard.

        ``POST /v0/widgets/``

        Args:
            body: ``WidgetCreateRequest``: Body of `create_widget`, which adds a widget to the user's
                dashboard.

        Returns:
            WidgetResponse: What `create_widget`, `get_widget` and `update_widget` return: a widget.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_widget")

        return cast(
            "WidgetResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_widget(
        self,
        widget_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WidgetResponse:
        """Returns one dashboard widget with its data.

        ``GET /v0/widgets/{widget_id}``

        Args:
            widget_id: Id of the widget, as `list_widgets` gives it.

        Returns:
            WidgetResponse: What `create_widget`, `get_widget` and `update_widget` return: a widget.

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
        endpoint = operation_module(__name__, "get_widget")

        return cast(
            "WidgetResponse",
            await self._caller.call(
                endpoint,
                {"widget_id": widget_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def delete_widget(
        self,
        widget_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes a widget from the dashboard.

        ``DELETE /v0/widgets/{widget_id}``

        Args:
            widget_id: Id of the widget, as `list_widgets` gives it.

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
        endpoint = operation_module(__name__, "delete_widget")

        return cast(
            "None",
            await self._caller.call(
                endpoint,
                {"widget_id": widget_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def update_widget(
        self,
        widget_id: str,
        *,
        body: WidgetUpdateRequest | WidgetUpdateRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WidgetResponse:
        """Changes a widget's title, size, query or display settings.

        ``PATCH /v0/widgets/{widget_id}``

        Args:
            widget_id: Id of the widget, as `list_widgets` gives it.
            body: ``WidgetUpdateRequest``: Body of `update_widget`, which changes a widget's title, size,
                query or display settings.

        Returns:
            WidgetResponse: What `create_widget`, `get_widget` and `update_widget` return: a widget.

        Raises:
            BadRequestError: 400, the request was malformed.
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
        endpoint = operation_module(__name__, "update_widget")

        return cast(
            "WidgetResponse",
            await self._caller.call(
                endpoint,
                {"widget_id": widget_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def reorder_widgets(
        self,
        *,
        body: WidgetReorderRequest | WidgetReorderRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WidgetReorderResponse:
        """Sets the display order of the dashboard widgets.

        ``PUT /v0/widgets/reorder``

        Args:
            body: ``WidgetReorderRequest``: Body of `reorder_widgets`, which sets the display order of the
                dashboard widgets.

        Returns:
            WidgetReorderResponse: What `reorder_widgets` returns; it sets the display order of the dashboard widgets.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "reorder_widgets")

        return cast(
            "WidgetReorderResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )


class AsyncWidgetsResourceWithRawResponse:
    """``AsyncWidgetsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncWidgetsResource(caller)
        self.list_widgets = async_raw_response(resource.list_widgets)
        self.create_widget = async_raw_response(resource.create_widget)
        self.get_widget = async_raw_response(resource.get_widget)
        self.delete_widget = async_raw_response(resource.delete_widget)
        self.update_widget = async_raw_response(resource.update_widget)
        self.reorder_widgets = async_raw_response(resource.reorder_widgets)
