"""Operations tagged `user`: one module per operation, and the resource classes
``Sumvin.user`` and ``AsyncSumvin.user`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Literal

    import httpx

    from ...models.agent_create_2_submission import AgentCreate2Submission, AgentCreate2SubmissionDict
    from ...models.bind_mandate_key_wallet_request import BindMandateKeyWalletRequest, BindMandateKeyWalletRequestDict
    from ...models.body_upload_user_profile_picture import (
        BodyUploadUserProfilePicture,
        BodyUploadUserProfilePictureDict,
    )
    from ...models.byo_submission import BYOSubmission, BYOSubmissionDict
    from ...models.create_user_request import CreateUserRequest, CreateUserRequestDict
    from ...models.create_user_response import CreateUserResponse
    from ...models.cta_type import CTAType
    from ...models.get_cta_response import GetCTAResponse
    from ...models.get_user_response import GetUserResponse
    from ...models.mandate_key_activation_response import MandateKeyActivationResponse
    from ...models.mandate_key_wallet_response import MandateKeyWalletResponse
    from ...models.mandate_key_wallet_share_response import MandateKeyWalletShareResponse
    from ...models.onboarding_events_response import OnboardingEventsResponse
    from ...models.onboarding_safe_response import OnboardingSafeResponse
    from ...models.onboarding_steps_response import OnboardingStepsResponse
    from ...models.phone_verification_request import PhoneVerificationRequest, PhoneVerificationRequestDict
    from ...models.phone_verification_response import PhoneVerificationResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.profile_picture_response import ProfilePictureResponse
    from ...models.submit_onboarding_step_request import SubmitOnboardingStepRequest, SubmitOnboardingStepRequestDict
    from ...models.update_username_request import UpdateUsernameRequest, UpdateUsernameRequestDict
    from ...models.user_assets_response import UserAssetsResponse
    from ...models.user_signed_deploy_submission import UserSignedDeploySubmission, UserSignedDeploySubmissionDict
    from ...models.verify_phone_code_request import VerifyPhoneCodeRequest, VerifyPhoneCodeRequestDict
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("post", "/v0/user/"): "create_user_account",
    ("get", "/v0/user/me"): "get_user_account",
    ("put", "/v0/user/me/phone"): "update_phone",
    ("put", "/v0/user/me/phone/code"): "verify_phone",
    ("patch", "/v0/user/me/username"): "update_username",
    ("put", "/v0/user/me/profile-picture"): "upload_user_profile_picture",
    ("delete", "/v0/user/me/profile-picture"): "delete_user_profile_picture",
    ("get", "/v0/user/me/onboarding/steps"): "get_onboarding_steps",
    ("post", "/v0/user/me/onboarding/steps"): "submit_onboarding_step",
    ("get", "/v0/user/me/onboarding/events"): "get_onboarding_events",
    ("get", "/v0/user/me/onboarding/safe"): "get_onboarding_safe",
    ("post", "/v0/user/me/onboarding/safe"): "submit_onboarding_safe",
    ("get", "/v0/user/me/assets"): "get_user_assets",
    ("get", "/v0/user/me/cta"): "get_user_ctas",
    ("get", "/v0/user/me/mandate-key"): "get_user_mandate_key",
    ("put", "/v0/user/me/mandate-key/wallet"): "put_mandate_key_wallet",
    ("get", "/v0/user/me/mandate-key/share"): "get_mandate_key_share",
}


class UserResource:
    """Operations tagged `user`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create_user_account(
        self,
        *,
        body: CreateUserRequest | CreateUserRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CreateUserResponse:
        """Creates the Sumvin account of the signed-in identity; answers 208 with the existing account when
        it is already there.

        ``POST /v0/user/``

        Args:
            body: ``CreateUserRequest``: Body of `create_user_account`, which creates the Sumvin account
                of the signed-in identity; answers 208 with the existing account when it is already
                there.

        Returns:
            CreateUserResponse: What `create_user_account` returns; it creates the Sumvin account of the signed-in
                identity; answers 208 with the existing account when it is already there.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_user_account")

        return cast(
            "CreateUserResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_user_account(
        self,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> GetUserResponse:
        """Returns the signed-in user's account and profile, optionally with wallets or status history
        embedded.

        ``GET /v0/user/me``

        Args:
            expand: Related data to embed: `wallets`, `status_history`; other values are ignored.

        Returns:
            GetUserResponse: What `get_user_account` and `update_username` return: the user's profile, with wallets
                or status history when asked for.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_user_account")

        return cast(
            "GetUserResponse",
            self._caller.call(
                endpoint,
                {"expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def update_phone(
        self,
        *,
        body: PhoneVerificationRequest | PhoneVerificationRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PhoneVerificationResponse:
        """Sets the user's phone number and sends a verification code to it by SMS.

        ``PUT /v0/user/me/phone``

        Args:
            body: ``PhoneVerificationRequest``: Body of `update_phone`, which sets the user's phone number
                and sends a verification code to it by SMS.

        Returns:
            PhoneVerificationResponse: What `update_phone` and `verify_phone` return: a phone verification.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "update_phone")

        return cast(
            "PhoneVerificationResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def verify_phone(
        self,
        *,
        body: VerifyPhoneCodeRequest | VerifyPhoneCodeRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PhoneVerificationResponse | ProblemDetail:
        """Confirms the user's phone number with the code that was texted to it.

        ``PUT /v0/user/me/phone/code``

        Args:
            body: ``VerifyPhoneCodeRequest``: Body of `verify_phone`, which confirms the user's phone
                number with the code that was texted to it.

        Returns:
            PhoneVerificationResponse | ProblemDetail: What `update_phone` and `verify_phone` return: a phone verification. Or: An error answer
                in the RFC 9457 problem form, with Sumvin's error code and trace id.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "verify_phone")

        return cast(
            "PhoneVerificationResponse | ProblemDetail",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def update_username(
        self,
        *,
        body: UpdateUsernameRequest | UpdateUsernameRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> GetUserResponse:
        """Changes the user's username and returns the updated account.

        ``PATCH /v0/user/me/username``

        Args:
            body: ``UpdateUsernameRequest``: Body of `update_username`, which changes the user's username
                and returns the updated account.

        Returns:
            GetUserResponse: What `get_user_account` and `update_username` return: the user's profile, with wallets
                or status history when asked for.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "update_username")

        return cast(
            "GetUserResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def upload_user_profile_picture(
        self,
        *,
        body: BodyUploadUserProfilePicture | BodyUploadUserProfilePictureDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ProfilePictureResponse:
        """Uploads an image file as the user's profile picture, replacing any previous one.

        ``PUT /v0/user/me/profile-picture``

        Args:
            body: ``BodyUploadUserProfilePicture``: Multipart form that `upload_user_profile_picture`
                sends, which uploads an image file as the user's profile picture, replacing any previous
                one.

        Returns:
            ProfilePictureResponse: What `upload_user_profile_picture` returns; it uploads an image file as the user's
                profile picture, replacing any previous one.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "upload_user_profile_picture")

        return cast(
            "ProfilePictureResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def delete_user_profile_picture(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes the user's profile picture.

        ``DELETE /v0/user/me/profile-picture``

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "delete_user_profile_picture")

        return cast(
            "None",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_onboarding_steps(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OnboardingStepsResponse:
        """Returns each onboarding step with its state, so a client knows what the user still has to do.

        ``GET /v0/user/me/onboarding/steps``

        Returns:
            OnboardingStepsResponse: What `get_onboarding_steps` and `submit_onboarding_step` return: the onboarding steps.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_onboarding_steps")

        return cast(
            "OnboardingStepsResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def submit_onboarding_step(
        self,
        *,
        body: SubmitOnboardingStepRequest | SubmitOnboardingStepRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OnboardingStepsResponse:
        """Records the user's answer to one onboarding step and returns the updated list of steps.

        ``POST /v0/user/me/onboarding/steps``

        Args:
            body: ``SubmitOnboardingStepRequest``: Body of `submit_onboarding_step`, which records the
                user's answer to one onboarding step and returns the updated list of steps.

        Returns:
            OnboardingStepsResponse: What `get_onboarding_steps` and `submit_onboarding_step` return: the onboarding steps.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "submit_onboarding_step")

        return cast(
            "OnboardingStepsResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_onboarding_events(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OnboardingEventsResponse:
        """Returns the history of the user's onboarding events, oldest first.

        ``GET /v0/user/me/onboarding/events``

        Returns:
            OnboardingEventsResponse: What `get_onboarding_events` returns: the history of the user's onboarding events,
                oldest first.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_onboarding_events")

        return cast(
            "OnboardingEventsResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_onboarding_safe(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OnboardingSafeResponse:
        """Returns what the user's onboarding smart wallet (Safe) deployment needs and where it stands.

        ``GET /v0/user/me/onboarding/safe``

        Returns:
            OnboardingSafeResponse: What `get_onboarding_safe` and `submit_onboarding_safe` return: an onboarding safe.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_onboarding_safe")

        return cast(
            "OnboardingSafeResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def submit_onboarding_safe(
        self,
        *,
        body: AgentCreate2Submission
        | BYOSubmission
        | UserSignedDeploySubmission
        | BYOSubmissionDict
        | UserSignedDeploySubmissionDict
        | AgentCreate2SubmissionDict,
        idempotency_key: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OnboardingSafeResponse | None:
        """Submits the user-signed deployment of the onboarding Safe; replays with the same Idempotency-Key
        return the first result.

        ``POST /v0/user/me/onboarding/safe``

        Args:
            body: ``AgentCreate2Submission | BYOSubmission | UserSignedDeploySubmission``: Body of
                `submit_onboarding_safe`, which submits the user-signed deployment of the onboarding
                Safe; replays with the same Idempotency-Key return the first result.
            idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
                acting twice.

        Returns:
            OnboardingSafeResponse | None: What `get_onboarding_safe` and `submit_onboarding_safe` return: an onboarding safe. Or:
                Nothing: the API answers 204 with no body.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "submit_onboarding_safe")

        return cast(
            "OnboardingSafeResponse | None",
            self._caller.call(
                endpoint,
                {"idempotency_key": idempotency_key, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_user_assets(
        self,
        *,
        expand: list[Literal["wallet"]] | Unset = UNSET,
        chain_id: int | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserAssetsResponse:
        """Returns the user's asset holdings summed over all wallets, optionally broken down per wallet.

        ``GET /v0/user/me/assets``

        Args:
            expand: Pass `wallet` to break each holding down per wallet.
            chain_id: Count only holdings on this EVM chain id.

        Returns:
            UserAssetsResponse: What `get_user_assets` returns: the user's asset holdings summed over all wallets,
                optionally broken down per wallet.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_user_assets")

        return cast(
            "UserAssetsResponse",
            self._caller.call(
                endpoint,
                {"expand": expand, "chain_id": chain_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_user_ctas(
        self,
        *,
        type_: CTAType | Literal["home", "chat"] | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> GetCTAResponse:
        """Returns the calls-to-action to show the user on the home screen or in chat; `generating` is true
        while they are still being made.

        ``GET /v0/user/me/cta``

        Args:
            type_: Where the calls-to-action are shown (`home` or `chat`); both when omitted.

        Returns:
            GetCTAResponse: What `get_user_ctas` returns: the calls-to-action to show the user on the home screen or
                in chat.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_user_ctas")

        return cast(
            "GetCTAResponse",
            self._caller.call(
                endpoint,
                {"type_": type_},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_user_mandate_key(
        self,
        *,
        chain_id: int | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateKeyActivationResponse:
        """Reports how far the user's mandate key setup has got (`stage`) and what to do next; only from
        the user's own browser session, not with a PAT or agent token.

        ``GET /v0/user/me/mandate-key``

        Args:
            chain_id: EVM chain id to check the mandate key on; the default chain when omitted.

        Returns:
            MandateKeyActivationResponse: What `get_user_mandate_key` returns; it reports how far the user's mandate key setup has
                got (`stage`) and what to do next; only from the user's own browser session, not with a
                PAT or agent token.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_user_mandate_key")

        return cast(
            "MandateKeyActivationResponse",
            self._caller.call(
                endpoint,
                {"chain_id": chain_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def put_mandate_key_wallet(
        self,
        *,
        body: BindMandateKeyWalletRequest | BindMandateKeyWalletRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateKeyWalletResponse:
        """Binds the browser-made wallet as the user's mandate key and stores its encrypted share; 201 when
        bound, 200 when this exact request was already applied.

        ``PUT /v0/user/me/mandate-key/wallet``

        Args:
            body: ``BindMandateKeyWalletRequest``: Body of `put_mandate_key_wallet`, which binds the
                browser-made wallet as the user's mandate key and stores its encrypted share; 201 when
                bound, 200 when this exact request was already applied.

        Returns:
            MandateKeyWalletResponse: What `put_mandate_key_wallet` returns; it binds the browser-made wallet as the user's
                mandate key and stores its encrypted share; 201 when bound, 200 when this exact request
                was already applied.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, 502, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "put_mandate_key_wallet")

        return cast(
            "MandateKeyWalletResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_mandate_key_share(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateKeyWalletShareResponse:
        """Returns the mandate key wallet's encrypted share as the browser stored it, for that browser to
        decrypt; 404 before a wallet is bound; JWT sessions only.

        ``GET /v0/user/me/mandate-key/share``

        Returns:
            MandateKeyWalletShareResponse: What `get_mandate_key_share` returns: the encrypted share of the mandate key wallet, for
                the user's device to decrypt.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_mandate_key_share")

        return cast(
            "MandateKeyWalletShareResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )


class UserResourceWithRawResponse:
    """``UserResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = UserResource(caller)
        self.create_user_account = raw_response(resource.create_user_account)
        self.get_user_account = raw_response(resource.get_user_account)
        self.update_phone = raw_response(resource.update_phone)
        self.verify_phone = raw_response(resource.verify_phone)
        self.update_username = raw_response(resource.update_username)
        self.upload_user_profile_picture = raw_response(resource.upload_user_profile_picture)
        self.delete_user_profile_picture = raw_response(resource.delete_user_profile_picture)
        self.get_onboarding_steps = raw_response(resource.get_onboarding_steps)
        self.submit_onboarding_step = raw_response(resource.submit_onboarding_step)
        self.get_onboarding_events = raw_response(resource.get_onboarding_events)
        self.get_onboarding_safe = raw_response(resource.get_onboarding_safe)
        self.submit_onboarding_safe = raw_response(resource.submit_onboarding_safe)
        self.get_user_assets = raw_response(resource.get_user_assets)
        self.get_user_ctas = raw_response(resource.get_user_ctas)
        self.get_user_mandate_key = raw_response(resource.get_user_mandate_key)
        self.put_mandate_key_wallet = raw_response(resource.put_mandate_key_wallet)
        self.get_mandate_key_share = raw_response(resource.get_mandate_key_share)


class AsyncUserResource:
    """Operations tagged `user`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create_user_account(
        self,
        *,
        body: CreateUserRequest | CreateUserRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CreateUserResponse:
        """Creates the Sumvin account of the signed-in identity; answers 208 with the existing account when
        it is already there.

        ``POST /v0/user/``

        Args:
            body: ``CreateUserRequest``: Body of `create_user_account`, which creates the Sumvin account
                of the signed-in identity; answers 208 with the existing account when it is already
                there.

        Returns:
            CreateUserResponse: What `create_user_account` returns; it creates the Sumvin account of the signed-in
                identity; answers 208 with the existing account when it is already there.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_user_account")

        return cast(
            "CreateUserResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_user_account(
        self,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> GetUserResponse:
        """Returns the signed-in user's account and profile, optionally with wallets or status history
        embedded.

        ``GET /v0/user/me``

        Args:
            expand: Related data to embed: `wallets`, `status_history`; other values are ignored.

        Returns:
            GetUserResponse: What `get_user_account` and `update_username` return: the user's profile, with wallets
                or status history when asked for.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_user_account")

        return cast(
            "GetUserResponse",
            await self._caller.call(
                endpoint,
                {"expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def update_phone(
        self,
        *,
        body: PhoneVerificationRequest | PhoneVerificationRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PhoneVerificationResponse:
        """Sets the user's phone number and sends a verification code to it by SMS.

        ``PUT /v0/user/me/phone``

        Args:
            body: ``PhoneVerificationRequest``: Body of `update_phone`, which sets the user's phone number
                and sends a verification code to it by SMS.

        Returns:
            PhoneVerificationResponse: What `update_phone` and `verify_phone` return: a phone verification.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "update_phone")

        return cast(
            "PhoneVerificationResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def verify_phone(
        self,
        *,
        body: VerifyPhoneCodeRequest | VerifyPhoneCodeRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PhoneVerificationResponse | ProblemDetail:
        """Confirms the user's phone number with the code that was texted to it.

        ``PUT /v0/user/me/phone/code``

        Args:
            body: ``VerifyPhoneCodeRequest``: Body of `verify_phone`, which confirms the user's phone
                number with the code that was texted to it.

        Returns:
            PhoneVerificationResponse | ProblemDetail: What `update_phone` and `verify_phone` return: a phone verification. Or: An error answer
                in the RFC 9457 problem form, with Sumvin's error code and trace id.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "verify_phone")

        return cast(
            "PhoneVerificationResponse | ProblemDetail",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def update_username(
        self,
        *,
        body: UpdateUsernameRequest | UpdateUsernameRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> GetUserResponse:
        """Changes the user's username and returns the updated account.

        ``PATCH /v0/user/me/username``

        Args:
            body: ``UpdateUsernameRequest``: Body of `update_username`, which changes the user's username
                and returns the updated account.

        Returns:
            GetUserResponse: What `get_user_account` and `update_username` return: the user's profile, with wallets
                or status history when asked for.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "update_username")

        return cast(
            "GetUserResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def upload_user_profile_picture(
        self,
        *,
        body: BodyUploadUserProfilePicture | BodyUploadUserProfilePictureDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ProfilePictureResponse:
        """Uploads an image file as the user's profile picture, replacing any previous one.

        ``PUT /v0/user/me/profile-picture``

        Args:
            body: ``BodyUploadUserProfilePicture``: Multipart form that `upload_user_profile_picture`
                sends, which uploads an image file as the user's profile picture, replacing any previous
                one.

        Returns:
            ProfilePictureResponse: What `upload_user_profile_picture` returns; it uploads an image file as the user's
                profile picture, replacing any previous one.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "upload_user_profile_picture")

        return cast(
            "ProfilePictureResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def delete_user_profile_picture(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes the user's profile picture.

        ``DELETE /v0/user/me/profile-picture``

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "delete_user_profile_picture")

        return cast(
            "None",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_onboarding_steps(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OnboardingStepsResponse:
        """Returns each onboarding step with its state, so a client knows what the user still has to do.

        ``GET /v0/user/me/onboarding/steps``

        Returns:
            OnboardingStepsResponse: What `get_onboarding_steps` and `submit_onboarding_step` return: the onboarding steps.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_onboarding_steps")

        return cast(
            "OnboardingStepsResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def submit_onboarding_step(
        self,
        *,
        body: SubmitOnboardingStepRequest | SubmitOnboardingStepRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OnboardingStepsResponse:
        """Records the user's answer to one onboarding step and returns the updated list of steps.

        ``POST /v0/user/me/onboarding/steps``

        Args:
            body: ``SubmitOnboardingStepRequest``: Body of `submit_onboarding_step`, which records the
                user's answer to one onboarding step and returns the updated list of steps.

        Returns:
            OnboardingStepsResponse: What `get_onboarding_steps` and `submit_onboarding_step` return: the onboarding steps.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "submit_onboarding_step")

        return cast(
            "OnboardingStepsResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_onboarding_events(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OnboardingEventsResponse:
        """Returns the history of the user's onboarding events, oldest first.

        ``GET /v0/user/me/onboarding/events``

        Returns:
            OnboardingEventsResponse: What `get_onboarding_events` returns: the history of the user's onboarding events,
                oldest first.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_onboarding_events")

        return cast(
            "OnboardingEventsResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_onboarding_safe(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OnboardingSafeResponse:
        """Returns what the user's onboarding smart wallet (Safe) deployment needs and where it stands.

        ``GET /v0/user/me/onboarding/safe``

        Returns:
            OnboardingSafeResponse: What `get_onboarding_safe` and `submit_onboarding_safe` return: an onboarding safe.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_onboarding_safe")

        return cast(
            "OnboardingSafeResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def submit_onboarding_safe(
        self,
        *,
        body: AgentCreate2Submission
        | BYOSubmission
        | UserSignedDeploySubmission
        | BYOSubmissionDict
        | UserSignedDeploySubmissionDict
        | AgentCreate2SubmissionDict,
        idempotency_key: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OnboardingSafeResponse | None:
        """Submits the user-signed deployment of the onboarding Safe; replays with the same Idempotency-Key
        return the first result.

        ``POST /v0/user/me/onboarding/safe``

        Args:
            body: ``AgentCreate2Submission | BYOSubmission | UserSignedDeploySubmission``: Body of
                `submit_onboarding_safe`, which submits the user-signed deployment of the onboarding
                Safe; replays with the same Idempotency-Key return the first result.
            idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
                acting twice.

        Returns:
            OnboardingSafeResponse | None: What `get_onboarding_safe` and `submit_onboarding_safe` return: an onboarding safe. Or:
                Nothing: the API answers 204 with no body.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "submit_onboarding_safe")

        return cast(
            "OnboardingSafeResponse | None",
            await self._caller.call(
                endpoint,
                {"idempotency_key": idempotency_key, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_user_assets(
        self,
        *,
        expand: list[Literal["wallet"]] | Unset = UNSET,
        chain_id: int | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserAssetsResponse:
        """Returns the user's asset holdings summed over all wallets, optionally broken down per wallet.

        ``GET /v0/user/me/assets``

        Args:
            expand: Pass `wallet` to break each holding down per wallet.
            chain_id: Count only holdings on this EVM chain id.

        Returns:
            UserAssetsResponse: What `get_user_assets` returns: the user's asset holdings summed over all wallets,
                optionally broken down per wallet.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_user_assets")

        return cast(
            "UserAssetsResponse",
            await self._caller.call(
                endpoint,
                {"expand": expand, "chain_id": chain_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_user_ctas(
        self,
        *,
        type_: CTAType | Literal["home", "chat"] | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> GetCTAResponse:
        """Returns the calls-to-action to show the user on the home screen or in chat; `generating` is true
        while they are still being made.

        ``GET /v0/user/me/cta``

        Args:
            type_: Where the calls-to-action are shown (`home` or `chat`); both when omitted.

        Returns:
            GetCTAResponse: What `get_user_ctas` returns: the calls-to-action to show the user on the home screen or
                in chat.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_user_ctas")

        return cast(
            "GetCTAResponse",
            await self._caller.call(
                endpoint,
                {"type_": type_},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_user_mandate_key(
        self,
        *,
        chain_id: int | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateKeyActivationResponse:
        """Reports how far the user's mandate key setup has got (`stage`) and what to do next; only from
        the user's own browser session, not with a PAT or agent token.

        ``GET /v0/user/me/mandate-key``

        Args:
            chain_id: EVM chain id to check the mandate key on; the default chain when omitted.

        Returns:
            MandateKeyActivationResponse: What `get_user_mandate_key` returns; it reports how far the user's mandate key setup has
                got (`stage`) and what to do next; only from the user's own browser session, not with a
                PAT or agent token.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_user_mandate_key")

        return cast(
            "MandateKeyActivationResponse",
            await self._caller.call(
                endpoint,
                {"chain_id": chain_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def put_mandate_key_wallet(
        self,
        *,
        body: BindMandateKeyWalletRequest | BindMandateKeyWalletRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateKeyWalletResponse:
        """Binds the browser-made wallet as the user's mandate key and stores its encrypted share; 201 when
        bound, 200 when this exact request was already applied.

        ``PUT /v0/user/me/mandate-key/wallet``

        Args:
            body: ``BindMandateKeyWalletRequest``: Body of `put_mandate_key_wallet`, which binds the
                browser-made wallet as the user's mandate key and stores its encrypted share; 201 when
                bound, 200 when this exact request was already applied.

        Returns:
            MandateKeyWalletResponse: What `put_mandate_key_wallet` returns; it binds the browser-made wallet as the user's
                mandate key and stores its encrypted share; 201 when bound, 200 when this exact request
                was already applied.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, 502, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "put_mandate_key_wallet")

        return cast(
            "MandateKeyWalletResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_mandate_key_share(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateKeyWalletShareResponse:
        """Returns the mandate key wallet's encrypted share as the browser stored it, for that browser to
        decrypt; 404 before a wallet is bound; JWT sessions only.

        ``GET /v0/user/me/mandate-key/share``

        Returns:
            MandateKeyWalletShareResponse: What `get_mandate_key_share` returns: the encrypted share of the mandate key wallet, for
                the user's device to decrypt.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_mandate_key_share")

        return cast(
            "MandateKeyWalletShareResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )


class AsyncUserResourceWithRawResponse:
    """``AsyncUserResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncUserResource(caller)
        self.create_user_account = async_raw_response(resource.create_user_account)
        self.get_user_account = async_raw_response(resource.get_user_account)
        self.update_phone = async_raw_response(resource.update_phone)
        self.verify_phone = async_raw_response(resource.verify_phone)
        self.update_username = async_raw_response(resource.update_username)
        self.upload_user_profile_picture = async_raw_response(resource.upload_user_profile_picture)
        self.delete_user_profile_picture = async_raw_response(resource.delete_user_profile_picture)
        self.get_onboarding_steps = async_raw_response(resource.get_onboarding_steps)
        self.submit_onboarding_step = async_raw_response(resource.submit_onboarding_step)
        self.get_onboarding_events = async_raw_response(resource.get_onboarding_events)
        self.get_onboarding_safe = async_raw_response(resource.get_onboarding_safe)
        self.submit_onboarding_safe = async_raw_response(resource.submit_onboarding_safe)
        self.get_user_assets = async_raw_response(resource.get_user_assets)
        self.get_user_ctas = async_raw_response(resource.get_user_ctas)
        self.get_user_mandate_key = async_raw_response(resource.get_user_mandate_key)
        self.put_mandate_key_wallet = async_raw_response(resource.put_mandate_key_wallet)
        self.get_mandate_key_share = async_raw_response(resource.get_mandate_key_share)
