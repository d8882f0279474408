"""Data models used in inputs and outputs.

Each model is imported on first use (PEP 562), so importing one operation loads only the models it needs.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .absolute_period import AbsolutePeriod, AbsolutePeriodDict
    from .account_data import AccountData
    from .account_list_response import AccountListResponse
    from .account_list_response_links import AccountListResponseLinks
    from .account_response import AccountResponse
    from .account_response_links import AccountResponseLinks
    from .account_update_request import AccountUpdateRequest, AccountUpdateRequestDict
    from .add_products_request import AddProductsRequest, AddProductsRequestDict
    from .affordance import Affordance
    from .affordance_payload_type_0 import AffordancePayloadType0
    from .agent_create_2_config_data import AgentCreate2ConfigData
    from .agent_create_2_submission import AgentCreate2Submission, AgentCreate2SubmissionDict
    from .agent_identity_data import AgentIdentityData
    from .agent_identity_list_response import AgentIdentityListResponse
    from .agent_identity_list_response_links import AgentIdentityListResponseLinks
    from .agent_identity_status import AgentIdentityStatus
    from .agent_task_pint_link_data import AgentTaskPintLinkData
    from .agent_task_pint_link_response import AgentTaskPintLinkResponse
    from .agent_task_pint_link_response_links import AgentTaskPintLinkResponseLinks
    from .agent_task_summary_data import AgentTaskSummaryData
    from .ai_insight_payload import AIInsightPayload
    from .allocation_data import AllocationData
    from .allocation_settlement_status import AllocationSettlementStatus
    from .allocations_response import AllocationsResponse
    from .allocations_response_links import AllocationsResponseLinks
    from .api_error_code import APIErrorCode
    from .app_action import AppAction
    from .application_settings import ApplicationSettings
    from .approval_decision import ApprovalDecision
    from .approve_ipa_request import ApproveIPARequest, ApproveIPARequestDict
    from .asset_data import AssetData
    from .asset_links import AssetLinks
    from .asset_list_response import AssetListResponse
    from .asset_price_data import AssetPriceData
    from .asset_price_response import AssetPriceResponse
    from .asset_response import AssetResponse
    from .asset_type import AssetType
    from .autonomy_level import AutonomyLevel
    from .availability_condition import AvailabilityCondition, AvailabilityConditionDict
    from .bind_mandate_key_wallet_request import BindMandateKeyWalletRequest, BindMandateKeyWalletRequestDict
    from .blob_storage_config import BlobStorageConfig
    from .blob_storage_service_status import BlobStorageServiceStatus
    from .body_upload_chat_attachment import BodyUploadChatAttachment, BodyUploadChatAttachmentDict
    from .body_upload_kyc_document import BodyUploadKycDocument, BodyUploadKycDocumentDict
    from .body_upload_receipt import BodyUploadReceipt, BodyUploadReceiptDict
    from .body_upload_user_profile_picture import BodyUploadUserProfilePicture, BodyUploadUserProfilePictureDict
    from .budget_cap_condition_input import BudgetCapConditionInput, BudgetCapConditionInputDict
    from .budget_cap_condition_output import BudgetCapConditionOutput
    from .budget_data import BudgetData
    from .budget_list_response import BudgetListResponse
    from .budget_list_response_links import BudgetListResponseLinks
    from .budget_response import BudgetResponse
    from .budget_response_links import BudgetResponseLinks
    from .budget_transaction_data import BudgetTransactionData
    from .budget_type import BudgetType
    from .byo_config_data import BYOConfigData
    from .byo_safe_data import BYOSafeData
    from .byo_submission import BYOSubmission, BYOSubmissionDict
    from .cache_config import CacheConfig
    from .cache_service_status import CacheServiceStatus
    from .card_account_status import CardAccountStatus
    from .card_account_sub_status import CardAccountSubStatus
    from .card_action_response import CardActionResponse
    from .card_action_response_links import CardActionResponseLinks
    from .card_checkout_source import CardCheckoutSource, CardCheckoutSourceDict
    from .card_data import CardData
    from .card_issuer_webhook_ack import CardIssuerWebhookAck
    from .card_list_response import CardListResponse
    from .card_list_response_links import CardListResponseLinks
    from .card_response import CardResponse
    from .card_response_links import CardResponseLinks
    from .card_status_data import CardStatusData
    from .card_tokenization_status import CardTokenizationStatus
    from .card_tokenize_response import CardTokenizeResponse
    from .card_tokenize_response_links import CardTokenizeResponseLinks
    from .cashflow_summary import CashflowSummary
    from .category_breakdown import CategoryBreakdown
    from .chat_attachment_response import ChatAttachmentResponse
    from .chat_attachment_response_links import ChatAttachmentResponseLinks
    from .chat_color import ChatColor
    from .chat_create_session_request import ChatCreateSessionRequest, ChatCreateSessionRequestDict
    from .chat_icon import ChatIcon
    from .chat_session_data import ChatSessionData
    from .chat_session_data_sv_meta_type_0 import ChatSessionDataSvMetaType0
    from .clarify_ipa_request import ClarifyIPARequest, ClarifyIPARequestDict
    from .clarify_ipa_request_answers import ClarifyIPARequestAnswers
    from .cli_config_response import CliConfigResponse
    from .cli_config_response_links import CliConfigResponseLinks
    from .cli_device_authorization_status import CliDeviceAuthorizationStatus
    from .cli_pat_status import CliPatStatus
    from .common_links import CommonLinks
    from .comparison_op import ComparisonOp
    from .condition_group_input import ConditionGroupInput, ConditionGroupInputDict
    from .condition_group_input_operator import ConditionGroupInputOperator
    from .condition_group_output import ConditionGroupOutput
    from .condition_group_output_operator import ConditionGroupOutputOperator
    from .connect_service_request import ConnectServiceRequest, ConnectServiceRequestDict
    from .connection_data import ConnectionData
    from .connection_list_response import ConnectionListResponse
    from .connection_list_response_links import ConnectionListResponseLinks
    from .connector_auth_payload import ConnectorAuthPayload, ConnectorAuthPayloadDict
    from .connector_data import ConnectorData
    from .connector_detail_response import ConnectorDetailResponse
    from .connector_detail_response_links import ConnectorDetailResponseLinks
    from .connector_list_response import ConnectorListResponse
    from .connector_list_response_links import ConnectorListResponseLinks
    from .coverage_minimum_condition import CoverageMinimumCondition, CoverageMinimumConditionDict
    from .create_agent_token_request import CreateAgentTokenRequest, CreateAgentTokenRequestDict
    from .create_agent_token_response import CreateAgentTokenResponse
    from .create_agent_token_response_links import CreateAgentTokenResponseLinks
    from .create_budget_request import CreateBudgetRequest, CreateBudgetRequestDict
    from .create_ipa_request import CreateIPARequest, CreateIPARequestDict
    from .create_processor_token_request import CreateProcessorTokenRequest, CreateProcessorTokenRequestDict
    from .create_rule_request import CreateRuleRequest, CreateRuleRequestDict
    from .create_session_response import CreateSessionResponse
    from .create_session_response_links import CreateSessionResponseLinks
    from .create_user_request import CreateUserRequest, CreateUserRequestDict
    from .create_user_response import CreateUserResponse
    from .cta_category import CTACategory
    from .cta_data import CTAData
    from .cta_meta import CTAMeta
    from .cta_type import CTAType
    from .database_config import DatabaseConfig
    from .database_service_status import DatabaseServiceStatus
    from .date_range import DateRange
    from .demo_checkout_source import DemoCheckoutSource, DemoCheckoutSourceDict
    from .deployable_chain import DeployableChain
    from .device_code_approval_request import DeviceCodeApprovalRequest, DeviceCodeApprovalRequestDict
    from .device_code_create_request import DeviceCodeCreateRequest, DeviceCodeCreateRequestDict
    from .device_code_create_response import DeviceCodeCreateResponse
    from .device_code_create_response_links import DeviceCodeCreateResponseLinks
    from .device_code_status_response import DeviceCodeStatusResponse
    from .device_code_status_response_links import DeviceCodeStatusResponseLinks
    from .dynamic_wallet_create import DynamicWalletCreate, DynamicWalletCreateDict
    from .eip712_domain_data import EIP712DomainData
    from .eip712_payload import EIP712Payload
    from .eip712_payload_types import EIP712PayloadTypes
    from .eip712_payload_types_additional_property_item import EIP712PayloadTypesAdditionalPropertyItem
    from .eip712_purchase_intent_message import EIP712PurchaseIntentMessage
    from .elasticsearch_config import ElasticsearchConfig
    from .elasticsearch_service_status import ElasticsearchServiceStatus
    from .eligibility_data import EligibilityData
    from .eligibility_requirement_data import EligibilityRequirementData
    from .eligibility_requirement_type import EligibilityRequirementType
    from .enable_strategy_request import EnableStrategyRequest, EnableStrategyRequestDict
    from .enable_strategy_request_configuration_type_0 import EnableStrategyRequestConfigurationType0
    from .enable_strategy_request_event_filter_type_0 import EnableStrategyRequestEventFilterType0
    from .ethereum_rpc_config import EthereumRPCConfig
    from .ethereum_rpc_service_status import EthereumRPCServiceStatus
    from .explore_colour import ExploreColour
    from .explore_icon import ExploreIcon
    from .explore_item_data import ExploreItemData
    from .explore_item_status import ExploreItemStatus
    from .explore_item_type import ExploreItemType
    from .explore_meta_data import ExploreMetaData
    from .explore_response import ExploreResponse
    from .explore_response_links import ExploreResponseLinks
    from .explore_response_sections import ExploreResponseSections
    from .flag import Flag
    from .flight_route_condition import FlightRouteCondition, FlightRouteConditionDict
    from .fulfillment import Fulfillment
    from .funding_response import FundingResponse
    from .funding_response_links import FundingResponseLinks
    from .funding_update_request import FundingUpdateRequest, FundingUpdateRequestDict
    from .funding_update_request_source_type import FundingUpdateRequestSourceType
    from .gemini_config import GeminiConfig
    from .gemini_service_status import GeminiServiceStatus
    from .generated_insight import GeneratedInsight
    from .get_access_token_level_type_0 import GetAccessTokenLevelType0
    from .get_cta_response import GetCTAResponse
    from .get_cta_response_links import GetCTAResponseLinks
    from .get_pint_expand_item import GetPintExpandItem
    from .get_session_response import GetSessionResponse
    from .get_session_response_links import GetSessionResponseLinks
    from .get_user_response import GetUserResponse
    from .handle_card_issuer_webhook_card_issuer_webhook_payload import (
        HandleCardIssuerWebhookCardIssuerWebhookPayload,
        HandleCardIssuerWebhookCardIssuerWebhookPayloadDict,
    )
    from .handle_card_issuer_webhook_card_issuer_webhook_payload_card import (
        HandleCardIssuerWebhookCardIssuerWebhookPayloadCard,
    )
    from .handle_meld_webhook_meld_webhook_payload import (
        HandleMeldWebhookMeldWebhookPayload,
        HandleMeldWebhookMeldWebhookPayloadDict,
    )
    from .handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload import (
        HandleMeldWebhookMeldWebhookPayloadMeldWebhookEventPayload,
    )
    from .handle_para_wallet_claimed_webhook_para_webhook_payload import (
        HandleParaWalletClaimedWebhookParaWebhookPayload,
        HandleParaWalletClaimedWebhookParaWebhookPayloadDict,
    )
    from .handle_para_wallet_claimed_webhook_para_webhook_payload_data import (
        HandleParaWalletClaimedWebhookParaWebhookPayloadData,
    )
    from .health_check_response import HealthCheckResponse
    from .health_check_response_links import HealthCheckResponseLinks
    from .health_status import HealthStatus
    from .holding_data import HoldingData
    from .holding_list_response import HoldingListResponse
    from .holding_list_response_links import HoldingListResponseLinks
    from .http_validation_error import HTTPValidationError
    from .http_validation_error_detail import HTTPValidationErrorDetail
    from .insight_action import InsightAction
    from .insight_action_params_type_0 import InsightActionParamsType0
    from .insight_benefit import InsightBenefit
    from .insight_data import InsightData
    from .insight_data_payload_type_3 import InsightDataPayloadType3
    from .insight_list_response import InsightListResponse
    from .insight_list_response_links import InsightListResponseLinks
    from .insight_response import InsightResponse
    from .insight_response_links import InsightResponseLinks
    from .institution_data import InstitutionData
    from .institution_list_response import InstitutionListResponse
    from .institution_list_response_links import InstitutionListResponseLinks
    from .invalid_param import InvalidParam
    from .investment_txn_data import InvestmentTxnData
    from .investment_txn_list_response import InvestmentTxnListResponse
    from .investment_txn_list_response_links import InvestmentTxnListResponseLinks
    from .ipa_candidate_data import IPACandidateData
    from .ipa_constraint import IPAConstraint, IPAConstraintDict
    from .ipa_constraint_extra_type_0 import IPAConstraintExtraType0
    from .ipa_data import IPAData
    from .ipa_detail_response import IPADetailResponse
    from .ipa_detail_response_links import IPADetailResponseLinks
    from .ipa_event_data import IPAEventData
    from .ipa_event_data_payload_type_0 import IPAEventDataPayloadType0
    from .ipa_event_type import IPAEventType
    from .ipa_events_response import IPAEventsResponse
    from .ipa_events_response_links import IPAEventsResponseLinks
    from .ipa_list_response import IPAListResponse
    from .ipa_list_response_links import IPAListResponseLinks
    from .ipa_manifest_data import IPAManifestData
    from .ipa_manifest_item_data import IPAManifestItemData
    from .ipa_status import IPAStatus
    from .ipa_summary_data import IPASummaryData
    from .ipa_type import IPAType
    from .juno_settings_info import JunoSettingsInfo
    from .jurisdiction_condition import JurisdictionCondition, JurisdictionConditionDict
    from .kms_config import KMSConfig
    from .kms_service_status import KMSServiceStatus
    from .known_chains import KnownChains
    from .kyc_access_token_response import KYCAccessTokenResponse
    from .kyc_applicant_response import KYCApplicantResponse
    from .kyc_applicant_response_links import KYCApplicantResponseLinks
    from .kyc_details_response import KYCDetailsResponse
    from .kyc_document_image_file_metadata import KYCDocumentImageFileMetadata
    from .kyc_document_image_info import KYCDocumentImageInfo
    from .kyc_document_info import KYCDocumentInfo
    from .kyc_document_side import KYCDocumentSide
    from .kyc_document_status import KYCDocumentStatus
    from .kyc_document_type import KYCDocumentType
    from .kyc_document_upload_response import KYCDocumentUploadResponse
    from .kyc_document_upload_response_links import KYCDocumentUploadResponseLinks
    from .kyc_documents_list_response import KYCDocumentsListResponse
    from .kyc_documents_list_response_links import KYCDocumentsListResponseLinks
    from .kyc_links import KYCLinks
    from .kyc_personal_info import KYCPersonalInfo
    from .kyc_rejection_info import KYCRejectionInfo
    from .kyc_required_docs_response import KYCRequiredDocsResponse
    from .kyc_required_docs_response_links import KYCRequiredDocsResponseLinks
    from .kyc_required_step import KYCRequiredStep
    from .kyc_session_links import KycSessionLinks
    from .kyc_session_mint_response import KycSessionMintResponse
    from .kyc_session_origin import KycSessionOrigin
    from .kyc_session_redemption_links import KycSessionRedemptionLinks
    from .kyc_session_redemption_response import KycSessionRedemptionResponse
    from .kyc_status_response import KYCStatusResponse
    from .kyc_submit_response import KYCSubmitResponse
    from .kyc_submit_response_links import KYCSubmitResponseLinks
    from .link import Link
    from .link_config_response import LinkConfigResponse
    from .link_config_response_links import LinkConfigResponseLinks
    from .link_pint_request import LinkPintRequest, LinkPintRequestDict
    from .link_request import LinkRequest, LinkRequestDict
    from .link_response import LinkResponse
    from .link_response_links import LinkResponseLinks
    from .list_ipas_sort_type_0 import ListIpasSortType0
    from .list_messages_response import ListMessagesResponse
    from .list_messages_response_links import ListMessagesResponseLinks
    from .list_pints_order import ListPintsOrder
    from .list_pints_sort import ListPintsSort
    from .list_sessions_response import ListSessionsResponse
    from .list_sessions_response_links import ListSessionsResponseLinks
    from .mandate_capacity_data import MandateCapacityData
    from .mandate_ceremony_decision import MandateCeremonyDecision
    from .mandate_ceremony_decision_request import MandateCeremonyDecisionRequest, MandateCeremonyDecisionRequestDict
    from .mandate_ceremony_links import MandateCeremonyLinks
    from .mandate_ceremony_response import MandateCeremonyResponse
    from .mandate_ceremony_status import MandateCeremonyStatus
    from .mandate_ceremony_status_response import MandateCeremonyStatusResponse
    from .mandate_key_activation_response import MandateKeyActivationResponse
    from .mandate_key_activation_stage import MandateKeyActivationStage
    from .mandate_key_blocked_reason import MandateKeyBlockedReason
    from .mandate_key_links import MandateKeyLinks
    from .mandate_key_status import MandateKeyStatus
    from .mandate_key_wallet_links import MandateKeyWalletLinks
    from .mandate_key_wallet_response import MandateKeyWalletResponse
    from .mandate_key_wallet_share_response import MandateKeyWalletShareResponse
    from .mandate_limit_status import MandateLimitStatus
    from .manifest_summary_data import ManifestSummaryData
    from .meld_link_data import MeldLinkData
    from .meld_payment_method import MeldPaymentMethod
    from .meld_product import MeldProduct
    from .merchant import Merchant
    from .merchant_detail_response import MerchantDetailResponse
    from .merchant_detail_response_links import MerchantDetailResponseLinks
    from .merchant_locale import MerchantLocale
    from .merchant_meta import MerchantMeta
    from .merchant_provenance import MerchantProvenance
    from .merchant_resource import MerchantResource
    from .merchant_resource_highlight_type_0 import MerchantResourceHighlightType0
    from .merchant_resource_links_type_0 import MerchantResourceLinksType0
    from .merchant_search_response import MerchantSearchResponse
    from .merchant_search_response_facets_type_0 import MerchantSearchResponseFacetsType0
    from .merchant_search_response_facets_type_0_additional_property import (
        MerchantSearchResponseFacetsType0AdditionalProperty,
    )
    from .merchant_search_response_links import MerchantSearchResponseLinks
    from .merchant_search_response_query import MerchantSearchResponseQuery
    from .message_data import MessageData
    from .message_data_extra_metadata_type_0 import MessageDataExtraMetadataType0
    from .message_data_parts_item import MessageDataPartsItem
    from .message_input import MessageInput, MessageInputDict
    from .message_input_metadata_type_0 import MessageInputMetadataType0
    from .message_input_parts_item import MessageInputPartsItem
    from .multi_destination import MultiDestination
    from .nonce_response import NonceResponse
    from .nonce_response_links import NonceResponseLinks
    from .onboarding_cta_payload import OnboardingCtaPayload
    from .onboarding_data import OnboardingData
    from .onboarding_event_data import OnboardingEventData
    from .onboarding_events_response import OnboardingEventsResponse
    from .onboarding_origin import OnboardingOrigin
    from .onboarding_safe_response import OnboardingSafeResponse
    from .onboarding_safe_response_links import OnboardingSafeResponseLinks
    from .onboarding_step import OnboardingStep
    from .onboarding_step_data import OnboardingStepData
    from .onboarding_step_data_meta_type_0 import OnboardingStepDataMetaType0
    from .onboarding_step_status import OnboardingStepStatus
    from .onboarding_steps_response import OnboardingStepsResponse
    from .pagination_links import PaginationLinks
    from .para_webhook_ack import ParaWebhookAck
    from .payment_link_asset_data import PaymentLinkAssetData
    from .payment_link_create_request import PaymentLinkCreateRequest, PaymentLinkCreateRequestDict
    from .payment_link_create_request_fee_policy_type_0 import PaymentLinkCreateRequestFeePolicyType0
    from .payment_link_data import PaymentLinkData
    from .payment_link_data_fee_policy_type_0 import PaymentLinkDataFeePolicyType0
    from .payment_link_list_response import PaymentLinkListResponse
    from .payment_link_list_response_links import PaymentLinkListResponseLinks
    from .payment_link_public_data import PaymentLinkPublicData
    from .payment_link_public_data_eip_712_message_type_0 import PaymentLinkPublicDataEip712MessageType0
    from .payment_link_public_data_fee_policy_type_0 import PaymentLinkPublicDataFeePolicyType0
    from .payment_link_public_response import PaymentLinkPublicResponse
    from .payment_link_public_response_links import PaymentLinkPublicResponseLinks
    from .payment_link_response import PaymentLinkResponse
    from .payment_link_response_links import PaymentLinkResponseLinks
    from .payment_link_status import PaymentLinkStatus
    from .period_unit import PeriodUnit
    from .personal_access_token_data import PersonalAccessTokenData
    from .personal_access_token_exchange_request import (
        PersonalAccessTokenExchangeRequest,
        PersonalAccessTokenExchangeRequestDict,
    )
    from .personal_access_token_exchange_response import PersonalAccessTokenExchangeResponse
    from .personal_access_token_exchange_response_links import PersonalAccessTokenExchangeResponseLinks
    from .personal_access_token_list_response import PersonalAccessTokenListResponse
    from .personal_access_token_list_response_links import PersonalAccessTokenListResponseLinks
    from .phone_verification_request import PhoneVerificationRequest, PhoneVerificationRequestDict
    from .phone_verification_response import PhoneVerificationResponse
    from .pint_agent_task_data import PintAgentTaskData
    from .pint_detail_data import PintDetailData
    from .pint_detail_data_eip_712_message_type_0 import PintDetailDataEip712MessageType0
    from .pint_detail_response import PintDetailResponse
    from .pint_detail_response_links import PintDetailResponseLinks
    from .pint_exchange_response import PintExchangeResponse
    from .pint_exchange_response_links import PintExchangeResponseLinks
    from .pint_list_item import PintListItem
    from .pint_list_item_links import PintListItemLinks
    from .pint_list_response import PintListResponse
    from .pint_list_response_links import PintListResponseLinks
    from .pint_signer_anchor import PintSignerAnchor
    from .pint_status import PintStatus
    from .pint_status_links import PintStatusLinks
    from .pint_status_response import PintStatusResponse
    from .pint_summary_data import PintSummaryData
    from .pint_token_issuance_entry import PintTokenIssuanceEntry
    from .pint_tokens_response import PintTokensResponse
    from .pint_tokens_response_links import PintTokensResponseLinks
    from .pint_transaction_data import PintTransactionData
    from .price_target_condition_input import PriceTargetConditionInput, PriceTargetConditionInputDict
    from .price_target_condition_output import PriceTargetConditionOutput
    from .problem_detail import ProblemDetail
    from .problem_detail_links_type_0 import ProblemDetailLinksType0
    from .processor_token_response import ProcessorTokenResponse
    from .processor_token_response_links import ProcessorTokenResponseLinks
    from .profile_picture_response import ProfilePictureResponse
    from .profile_picture_response_links import ProfilePictureResponseLinks
    from .prompt_resource_data import PromptResourceData
    from .provider_data import ProviderData
    from .provider_response import ProviderResponse
    from .provider_response_links import ProviderResponseLinks
    from .public_user_profile import PublicUserProfile
    from .purchase_intent_payload import PurchaseIntentPayload, PurchaseIntentPayloadDict
    from .q_stash_config import QStashConfig
    from .q_stash_service_status import QStashServiceStatus
    from .query_validation_problem_detail import QueryValidationProblemDetail
    from .query_validation_problem_detail_links_type_0 import QueryValidationProblemDetailLinksType0
    from .quote_data import QuoteData
    from .quote_list_response import QuoteListResponse
    from .quote_list_response_links import QuoteListResponseLinks
    from .ramp_create_session_request import RampCreateSessionRequest, RampCreateSessionRequestDict
    from .ramp_session_data import RampSessionData
    from .ramp_transaction_data import RampTransactionData
    from .ramp_transaction_list_response import RampTransactionListResponse
    from .ramp_transaction_list_response_links import RampTransactionListResponseLinks
    from .ramp_transaction_response import RampTransactionResponse
    from .ramp_transaction_response_links import RampTransactionResponseLinks
    from .reachability_service import ReachabilityService
    from .receipt_upload_response import ReceiptUploadResponse
    from .receipt_upload_response_links import ReceiptUploadResponseLinks
    from .receive_para_webhook_event_para_webhook_payload import (
        ReceiveParaWebhookEventParaWebhookPayload,
        ReceiveParaWebhookEventParaWebhookPayloadDict,
    )
    from .receive_para_webhook_event_para_webhook_payload_data import ReceiveParaWebhookEventParaWebhookPayloadData
    from .refresh_accepted_response import RefreshAcceptedResponse
    from .refresh_accepted_response_links import RefreshAcceptedResponseLinks
    from .relative_period import RelativePeriod, RelativePeriodDict
    from .repair_token_response import RepairTokenResponse
    from .repair_token_response_links import RepairTokenResponseLinks
    from .replace_conditions_request import ReplaceConditionsRequest, ReplaceConditionsRequestDict
    from .rule_data import RuleData
    from .rule_list_response import RuleListResponse
    from .rule_list_response_links import RuleListResponseLinks
    from .rule_resource_data import RuleResourceData
    from .rule_resource_data_links import RuleResourceDataLinks
    from .rule_resource_data_suggested_config import RuleResourceDataSuggestedConfig
    from .rule_response import RuleResponse
    from .rule_response_links import RuleResponseLinks
    from .safe_config_response import SafeConfigResponse
    from .safe_onboarding_mode import SafeOnboardingMode
    from .safe_rpc_request import SafeRpcRequest, SafeRpcRequestDict
    from .safe_rpc_request_user_operation import SafeRpcRequestUserOperation
    from .safe_rpc_response import SafeRpcResponse
    from .safe_rpc_status_response import SafeRpcStatusResponse
    from .save_messages_request import SaveMessagesRequest, SaveMessagesRequestDict
    from .save_messages_response import SaveMessagesResponse
    from .save_messages_response_links import SaveMessagesResponseLinks
    from .search_merchants_facets_type_0_item import SearchMerchantsFacetsType0Item
    from .search_merchants_sort import SearchMerchantsSort
    from .search_merchants_transport_type_0_item import SearchMerchantsTransportType0Item
    from .services_status import ServicesStatus
    from .session_response import SessionResponse
    from .session_response_links import SessionResponseLinks
    from .settings_info import SettingsInfo
    from .settings_info_debug_type_0 import SettingsInfoDebugType0
    from .signer_role import SignerRole
    from .siwe_challenge_response import SiweChallengeResponse
    from .siwe_verify_request import SiweVerifyRequest, SiweVerifyRequestDict
    from .siwe_wallet_create import SiweWalletCreate, SiweWalletCreateDict
    from .status_changed_by import StatusChangedBy
    from .strategy_data import StrategyData
    from .strategy_detail_response import StrategyDetailResponse
    from .strategy_detail_response_links import StrategyDetailResponseLinks
    from .strategy_list_response import StrategyListResponse
    from .strategy_list_response_links import StrategyListResponseLinks
    from .strategy_resource_data import StrategyResourceData
    from .strategy_resource_data_links import StrategyResourceDataLinks
    from .strategy_resource_data_suggested_config import StrategyResourceDataSuggestedConfig
    from .strategy_with_user_status import StrategyWithUserStatus
    from .submit_onboarding_step_request import SubmitOnboardingStepRequest, SubmitOnboardingStepRequestDict
    from .submit_pint_signature_request import SubmitPintSignatureRequest, SubmitPintSignatureRequestDict
    from .supported_country import SupportedCountry
    from .time_window_condition import TimeWindowCondition, TimeWindowConditionDict
    from .tool_data import ToolData
    from .tool_data_tool_schema_type_0 import ToolDataToolSchemaType0
    from .transaction_account_data import TransactionAccountData
    from .transaction_card_data import TransactionCardData
    from .transaction_data import TransactionData
    from .transaction_direction import TransactionDirection
    from .transaction_links import TransactionLinks
    from .transaction_list_response import TransactionListResponse
    from .transaction_meta import TransactionMeta
    from .transaction_response import TransactionResponse
    from .transaction_source import TransactionSource
    from .transaction_status import TransactionStatus
    from .transaction_summary_data import TransactionSummaryData
    from .transaction_type import TransactionType
    from .trigger_agent_task_request import TriggerAgentTaskRequest, TriggerAgentTaskRequestDict
    from .trigger_agent_task_response import TriggerAgentTaskResponse
    from .trigger_agent_task_response_links import TriggerAgentTaskResponseLinks
    from .trigger_status import TriggerStatus
    from .trust_stage import TrustStage
    from .txn_hash_wallet_create import TxnHashWalletCreate, TxnHashWalletCreateDict
    from .ucp_profile import UcpProfile
    from .update_agent_task_request import UpdateAgentTaskRequest, UpdateAgentTaskRequestDict
    from .update_budget_request import UpdateBudgetRequest, UpdateBudgetRequestDict
    from .update_rule_request import UpdateRuleRequest, UpdateRuleRequestDict
    from .update_session_request import UpdateSessionRequest, UpdateSessionRequestDict
    from .update_user_connector_request import UpdateUserConnectorRequest, UpdateUserConnectorRequestDict
    from .update_user_strategy_request import UpdateUserStrategyRequest, UpdateUserStrategyRequestDict
    from .update_user_strategy_request_configuration_type_0 import UpdateUserStrategyRequestConfigurationType0
    from .update_user_strategy_request_event_filter_type_0 import UpdateUserStrategyRequestEventFilterType0
    from .update_username_request import UpdateUsernameRequest, UpdateUsernameRequestDict
    from .upstash_redis_config import UpstashRedisConfig
    from .upstash_redis_service_status import UpstashRedisServiceStatus
    from .user_agent_task_data import UserAgentTaskData
    from .user_agent_task_data_result_type_0 import UserAgentTaskDataResultType0
    from .user_agent_task_list_response import UserAgentTaskListResponse
    from .user_agent_task_list_response_links import UserAgentTaskListResponseLinks
    from .user_agent_task_response import UserAgentTaskResponse
    from .user_agent_task_response_links import UserAgentTaskResponseLinks
    from .user_agent_task_status import UserAgentTaskStatus
    from .user_agent_task_trigger_type import UserAgentTaskTriggerType
    from .user_asset_data import UserAssetData
    from .user_asset_data_expanded import UserAssetDataExpanded
    from .user_asset_wallet_data import UserAssetWalletData
    from .user_assets_response import UserAssetsResponse
    from .user_assets_response_links import UserAssetsResponseLinks
    from .user_connector_data import UserConnectorData
    from .user_connector_list_response import UserConnectorListResponse
    from .user_connector_list_response_links import UserConnectorListResponseLinks
    from .user_connector_response import UserConnectorResponse
    from .user_connector_response_links import UserConnectorResponseLinks
    from .user_data import UserData
    from .user_links import UserLinks
    from .user_pint_exchange_request import UserPintExchangeRequest, UserPintExchangeRequestDict
    from .user_signed_deploy_data import UserSignedDeployData
    from .user_signed_deploy_data_user_operation_type_0 import UserSignedDeployDataUserOperationType0
    from .user_signed_deploy_submission import UserSignedDeploySubmission, UserSignedDeploySubmissionDict
    from .user_signed_deploy_submission_user_operation import UserSignedDeploySubmissionUserOperation
    from .user_status_data import UserStatusData
    from .user_strategy_data import UserStrategyData
    from .user_strategy_data_configuration_type_0 import UserStrategyDataConfigurationType0
    from .user_strategy_data_event_filter_type_0 import UserStrategyDataEventFilterType0
    from .user_strategy_list_response import UserStrategyListResponse
    from .user_strategy_list_response_links import UserStrategyListResponseLinks
    from .user_strategy_response import UserStrategyResponse
    from .user_strategy_response_links import UserStrategyResponseLinks
    from .username_resolve_response import UsernameResolveResponse
    from .username_resolve_response_links import UsernameResolveResponseLinks
    from .validation_error import ValidationError
    from .validation_error_context import ValidationErrorContext
    from .verify_phone_code_request import VerifyPhoneCodeRequest, VerifyPhoneCodeRequestDict
    from .visa_checkout_accepted_response import VisaCheckoutAcceptedResponse
    from .visa_checkout_accepted_response_links import VisaCheckoutAcceptedResponseLinks
    from .visa_checkout_status_response import VisaCheckoutStatusResponse
    from .visa_checkout_status_response_links import VisaCheckoutStatusResponseLinks
    from .wallet_asset_data import WalletAssetData
    from .wallet_asset_data_links_type_0 import WalletAssetDataLinksType0
    from .wallet_asset_list_response import WalletAssetListResponse
    from .wallet_asset_list_response_links import WalletAssetListResponseLinks
    from .wallet_asset_transaction_data import WalletAssetTransactionData
    from .wallet_asset_transactions_response import WalletAssetTransactionsResponse
    from .wallet_asset_transactions_response_links import WalletAssetTransactionsResponseLinks
    from .wallet_balance_summary import WalletBalanceSummary
    from .wallet_balance_summary_response import WalletBalanceSummaryResponse
    from .wallet_balance_summary_response_links import WalletBalanceSummaryResponseLinks
    from .wallet_data import WalletData
    from .wallet_data_base import WalletDataBase
    from .wallet_links import WalletLinks
    from .wallet_list_links import WalletListLinks
    from .wallet_list_response import WalletListResponse
    from .wallet_response import WalletResponse
    from .wallet_share_encryption import WalletShareEncryption, WalletShareEncryptionDict
    from .wallet_share_encryption_data import WalletShareEncryptionData
    from .wallet_signer_create_request import WalletSignerCreateRequest, WalletSignerCreateRequestDict
    from .wallet_signer_registration_links import WalletSignerRegistrationLinks
    from .wallet_signer_registration_response import WalletSignerRegistrationResponse
    from .wallet_update_request import WalletUpdateRequest, WalletUpdateRequestDict
    from .widget_create_request import WidgetCreateRequest, WidgetCreateRequestDict
    from .widget_create_request_display_config_type_0 import WidgetCreateRequestDisplayConfigType0
    from .widget_create_request_query_config_type_0 import WidgetCreateRequestQueryConfigType0
    from .widget_data import WidgetData
    from .widget_data_display_config_type_0 import WidgetDataDisplayConfigType0
    from .widget_data_query_config_type_0 import WidgetDataQueryConfigType0
    from .widget_list_response import WidgetListResponse
    from .widget_list_response_links import WidgetListResponseLinks
    from .widget_reorder_request import WidgetReorderRequest, WidgetReorderRequestDict
    from .widget_reorder_response import WidgetReorderResponse
    from .widget_reorder_response_links import WidgetReorderResponseLinks
    from .widget_resource_data import WidgetResourceData
    from .widget_resource_data_sample_data import WidgetResourceDataSampleData
    from .widget_response import WidgetResponse
    from .widget_response_display_config_type_0 import WidgetResponseDisplayConfigType0
    from .widget_response_links import WidgetResponseLinks
    from .widget_response_query_config_type_0 import WidgetResponseQueryConfigType0
    from .widget_type import WidgetType
    from .widget_update_request import WidgetUpdateRequest, WidgetUpdateRequestDict
    from .widget_update_request_query_config_type_0 import WidgetUpdateRequestQueryConfigType0
    from .widget_update_request_size_type_0 import WidgetUpdateRequestSizeType0
    from .x402_payment_required import X402PaymentRequired
    from .x402_payment_required_extensions_type_0 import X402PaymentRequiredExtensionsType0
    from .x402_payment_requirements import X402PaymentRequirements
    from .x402_payment_requirements_extra_type_0 import X402PaymentRequirementsExtraType0
    from .x402_payment_requirements_output_schema_type_0 import X402PaymentRequirementsOutputSchemaType0
    from .x402_scheme import X402Scheme
    from .x402_settlement_response import X402SettlementResponse
    from .x402_settlement_response_links import X402SettlementResponseLinks

_MODULES = {
    "AbsolutePeriod": ".absolute_period",
    "AbsolutePeriodDict": ".absolute_period",
    "AccountData": ".account_data",
    "AccountListResponse": ".account_list_response",
    "AccountListResponseLinks": ".account_list_response_links",
    "AccountResponse": ".account_response",
    "AccountResponseLinks": ".account_response_links",
    "AccountUpdateRequest": ".account_update_request",
    "AccountUpdateRequestDict": ".account_update_request",
    "AddProductsRequest": ".add_products_request",
    "AddProductsRequestDict": ".add_products_request",
    "Affordance": ".affordance",
    "AffordancePayloadType0": ".affordance_payload_type_0",
    "AgentCreate2ConfigData": ".agent_create_2_config_data",
    "AgentCreate2Submission": ".agent_create_2_submission",
    "AgentCreate2SubmissionDict": ".agent_create_2_submission",
    "AgentIdentityData": ".agent_identity_data",
    "AgentIdentityListResponse": ".agent_identity_list_response",
    "AgentIdentityListResponseLinks": ".agent_identity_list_response_links",
    "AgentIdentityStatus": ".agent_identity_status",
    "AgentTaskPintLinkData": ".agent_task_pint_link_data",
    "AgentTaskPintLinkResponse": ".agent_task_pint_link_response",
    "AgentTaskPintLinkResponseLinks": ".agent_task_pint_link_response_links",
    "AgentTaskSummaryData": ".agent_task_summary_data",
    "AIInsightPayload": ".ai_insight_payload",
    "AllocationData": ".allocation_data",
    "AllocationSettlementStatus": ".allocation_settlement_status",
    "AllocationsResponse": ".allocations_response",
    "AllocationsResponseLinks": ".allocations_response_links",
    "APIErrorCode": ".api_error_code",
    "AppAction": ".app_action",
    "ApplicationSettings": ".application_settings",
    "ApprovalDecision": ".approval_decision",
    "ApproveIPARequest": ".approve_ipa_request",
    "ApproveIPARequestDict": ".approve_ipa_request",
    "AssetData": ".asset_data",
    "AssetLinks": ".asset_links",
    "AssetListResponse": ".asset_list_response",
    "AssetPriceData": ".asset_price_data",
    "AssetPriceResponse": ".asset_price_response",
    "AssetResponse": ".asset_response",
    "AssetType": ".asset_type",
    "AutonomyLevel": ".autonomy_level",
    "AvailabilityCondition": ".availability_condition",
    "AvailabilityConditionDict": ".availability_condition",
    "BindMandateKeyWalletRequest": ".bind_mandate_key_wallet_request",
    "BindMandateKeyWalletRequestDict": ".bind_mandate_key_wallet_request",
    "BlobStorageConfig": ".blob_storage_config",
    "BlobStorageServiceStatus": ".blob_storage_service_status",
    "BodyUploadChatAttachment": ".body_upload_chat_attachment",
    "BodyUploadChatAttachmentDict": ".body_upload_chat_attachment",
    "BodyUploadKycDocument": ".body_upload_kyc_document",
    "BodyUploadKycDocumentDict": ".body_upload_kyc_document",
    "BodyUploadReceipt": ".body_upload_receipt",
    "BodyUploadReceiptDict": ".body_upload_receipt",
    "BodyUploadUserProfilePicture": ".body_upload_user_profile_picture",
    "BodyUploadUserProfilePictureDict": ".body_upload_user_profile_picture",
    "BudgetCapConditionInput": ".budget_cap_condition_input",
    "BudgetCapConditionInputDict": ".budget_cap_condition_input",
    "BudgetCapConditionOutput": ".budget_cap_condition_output",
    "BudgetData": ".budget_data",
    "BudgetListResponse": ".budget_list_response",
    "BudgetListResponseLinks": ".budget_list_response_links",
    "BudgetResponse": ".budget_response",
    "BudgetResponseLinks": ".budget_response_links",
    "BudgetTransactionData": ".budget_transaction_data",
    "BudgetType": ".budget_type",
    "BYOConfigData": ".byo_config_data",
    "BYOSafeData": ".byo_safe_data",
    "BYOSubmission": ".byo_submission",
    "BYOSubmissionDict": ".byo_submission",
    "CacheConfig": ".cache_config",
    "CacheServiceStatus": ".cache_service_status",
    "CardAccountStatus": ".card_account_status",
    "CardAccountSubStatus": ".card_account_sub_status",
    "CardActionResponse": ".card_action_response",
    "CardActionResponseLinks": ".card_action_response_links",
    "CardCheckoutSource": ".card_checkout_source",
    "CardCheckoutSourceDict": ".card_checkout_source",
    "CardData": ".card_data",
    "CardIssuerWebhookAck": ".card_issuer_webhook_ack",
    "CardListResponse": ".card_list_response",
    "CardListResponseLinks": ".card_list_response_links",
    "CardResponse": ".card_response",
    "CardResponseLinks": ".card_response_links",
    "CardStatusData": ".card_status_data",
    "CardTokenizationStatus": ".card_tokenization_status",
    "CardTokenizeResponse": ".card_tokenize_response",
    "CardTokenizeResponseLinks": ".card_tokenize_response_links",
    "CashflowSummary": ".cashflow_summary",
    "CategoryBreakdown": ".category_breakdown",
    "ChatAttachmentResponse": ".chat_attachment_response",
    "ChatAttachmentResponseLinks": ".chat_attachment_response_links",
    "ChatColor": ".chat_color",
    "ChatCreateSessionRequest": ".chat_create_session_request",
    "ChatCreateSessionRequestDict": ".chat_create_session_request",
    "ChatIcon": ".chat_icon",
    "ChatSessionData": ".chat_session_data",
    "ChatSessionDataSvMetaType0": ".chat_session_data_sv_meta_type_0",
    "ClarifyIPARequest": ".clarify_ipa_request",
    "ClarifyIPARequestDict": ".clarify_ipa_request",
    "ClarifyIPARequestAnswers": ".clarify_ipa_request_answers",
    "CliConfigResponse": ".cli_config_response",
    "CliConfigResponseLinks": ".cli_config_response_links",
    "CliDeviceAuthorizationStatus": ".cli_device_authorization_status",
    "CliPatStatus": ".cli_pat_status",
    "CommonLinks": ".common_links",
    "ComparisonOp": ".comparison_op",
    "ConditionGroupInput": ".condition_group_input",
    "ConditionGroupInputDict": ".condition_group_input",
    "ConditionGroupInputOperator": ".condition_group_input_operator",
    "ConditionGroupOutput": ".condition_group_output",
    "ConditionGroupOutputOperator": ".condition_group_output_operator",
    "ConnectServiceRequest": ".connect_service_request",
    "ConnectServiceRequestDict": ".connect_service_request",
    "ConnectionData": ".connection_data",
    "ConnectionListResponse": ".connection_list_response",
    "ConnectionListResponseLinks": ".connection_list_response_links",
    "ConnectorAuthPayload": ".connector_auth_payload",
    "ConnectorAuthPayloadDict": ".connector_auth_payload",
    "ConnectorData": ".connector_data",
    "ConnectorDetailResponse": ".connector_detail_response",
    "ConnectorDetailResponseLinks": ".connector_detail_response_links",
    "ConnectorListResponse": ".connector_list_response",
    "ConnectorListResponseLinks": ".connector_list_response_links",
    "CoverageMinimumCondition": ".coverage_minimum_condition",
    "CoverageMinimumConditionDict": ".coverage_minimum_condition",
    "CreateAgentTokenRequest": ".create_agent_token_request",
    "CreateAgentTokenRequestDict": ".create_agent_token_request",
    "CreateAgentTokenResponse": ".create_agent_token_response",
    "CreateAgentTokenResponseLinks": ".create_agent_token_response_links",
    "CreateBudgetRequest": ".create_budget_request",
    "CreateBudgetRequestDict": ".create_budget_request",
    "CreateIPARequest": ".create_ipa_request",
    "CreateIPARequestDict": ".create_ipa_request",
    "CreateProcessorTokenRequest": ".create_processor_token_request",
    "CreateProcessorTokenRequestDict": ".create_processor_token_request",
    "CreateRuleRequest": ".create_rule_request",
    "CreateRuleRequestDict": ".create_rule_request",
    "CreateSessionResponse": ".create_session_response",
    "CreateSessionResponseLinks": ".create_session_response_links",
    "CreateUserRequest": ".create_user_request",
    "CreateUserRequestDict": ".create_user_request",
    "CreateUserResponse": ".create_user_response",
    "CTACategory": ".cta_category",
    "CTAData": ".cta_data",
    "CTAMeta": ".cta_meta",
    "CTAType": ".cta_type",
    "DatabaseConfig": ".database_config",
    "DatabaseServiceStatus": ".database_service_status",
    "DateRange": ".date_range",
    "DemoCheckoutSource": ".demo_checkout_source",
    "DemoCheckoutSourceDict": ".demo_checkout_source",
    "DeployableChain": ".deployable_chain",
    "DeviceCodeApprovalRequest": ".device_code_approval_request",
    "DeviceCodeApprovalRequestDict": ".device_code_approval_request",
    "DeviceCodeCreateRequest": ".device_code_create_request",
    "DeviceCodeCreateRequestDict": ".device_code_create_request",
    "DeviceCodeCreateResponse": ".device_code_create_response",
    "DeviceCodeCreateResponseLinks": ".device_code_create_response_links",
    "DeviceCodeStatusResponse": ".device_code_status_response",
    "DeviceCodeStatusResponseLinks": ".device_code_status_response_links",
    "DynamicWalletCreate": ".dynamic_wallet_create",
    "DynamicWalletCreateDict": ".dynamic_wallet_create",
    "EIP712DomainData": ".eip712_domain_data",
    "EIP712Payload": ".eip712_payload",
    "EIP712PayloadTypes": ".eip712_payload_types",
    "EIP712PayloadTypesAdditionalPropertyItem": ".eip712_payload_types_additional_property_item",
    "EIP712PurchaseIntentMessage": ".eip712_purchase_intent_message",
    "ElasticsearchConfig": ".elasticsearch_config",
    "ElasticsearchServiceStatus": ".elasticsearch_service_status",
    "EligibilityData": ".eligibility_data",
    "EligibilityRequirementData": ".eligibility_requirement_data",
    "EligibilityRequirementType": ".eligibility_requirement_type",
    "EnableStrategyRequest": ".enable_strategy_request",
    "EnableStrategyRequestDict": ".enable_strategy_request",
    "EnableStrategyRequestConfigurationType0": ".enable_strategy_request_configuration_type_0",
    "EnableStrategyRequestEventFilterType0": ".enable_strategy_request_event_filter_type_0",
    "EthereumRPCConfig": ".ethereum_rpc_config",
    "EthereumRPCServiceStatus": ".ethereum_rpc_service_status",
    "ExploreColour": ".explore_colour",
    "ExploreIcon": ".explore_icon",
    "ExploreItemData": ".explore_item_data",
    "ExploreItemStatus": ".explore_item_status",
    "ExploreItemType": ".explore_item_type",
    "ExploreMetaData": ".explore_meta_data",
    "ExploreResponse": ".explore_response",
    "ExploreResponseLinks": ".explore_response_links",
    "ExploreResponseSections": ".explore_response_sections",
    "Flag": ".flag",
    "FlightRouteCondition": ".flight_route_condition",
    "FlightRouteConditionDict": ".flight_route_condition",
    "Fulfillment": ".fulfillment",
    "FundingResponse": ".funding_response",
    "FundingResponseLinks": ".funding_response_links",
    "FundingUpdateRequest": ".funding_update_request",
    "FundingUpdateRequestDict": ".funding_update_request",
    "FundingUpdateRequestSourceType": ".funding_update_request_source_type",
    "GeminiConfig": ".gemini_config",
    "GeminiServiceStatus": ".gemini_service_status",
    "GeneratedInsight": ".generated_insight",
    "GetAccessTokenLevelType0": ".get_access_token_level_type_0",
    "GetCTAResponse": ".get_cta_response",
    "GetCTAResponseLinks": ".get_cta_response_links",
    "GetPintExpandItem": ".get_pint_expand_item",
    "GetSessionResponse": ".get_session_response",
    "GetSessionResponseLinks": ".get_session_response_links",
    "GetUserResponse": ".get_user_response",
    "HandleCardIssuerWebhookCardIssuerWebhookPayload": ".handle_card_issuer_webhook_card_issuer_webhook_payload",
    "HandleCardIssuerWebhookCardIssuerWebhookPayloadDict": ".handle_card_issuer_webhook_card_issuer_webhook_payload",
    "HandleCardIssuerWebhookCardIssuerWebhookPayloadCard": ".handle_card_issuer_webhook_card_issuer_webhook_payload_card",
    "HandleMeldWebhookMeldWebhookPayload": ".handle_meld_webhook_meld_webhook_payload",
    "HandleMeldWebhookMeldWebhookPayloadDict": ".handle_meld_webhook_meld_webhook_payload",
    "HandleMeldWebhookMeldWebhookPayloadMeldWebhookEventPayload": ".handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload",
    "HandleParaWalletClaimedWebhookParaWebhookPayload": ".handle_para_wallet_claimed_webhook_para_webhook_payload",
    "HandleParaWalletClaimedWebhookParaWebhookPayloadDict": ".handle_para_wallet_claimed_webhook_para_webhook_payload",
    "HandleParaWalletClaimedWebhookParaWebhookPayloadData": ".handle_para_wallet_claimed_webhook_para_webhook_payload_data",
    "HealthCheckResponse": ".health_check_response",
    "HealthCheckResponseLinks": ".health_check_response_links",
    "HealthStatus": ".health_status",
    "HoldingData": ".holding_data",
    "HoldingListResponse": ".holding_list_response",
    "HoldingListResponseLinks": ".holding_list_response_links",
    "HTTPValidationError": ".http_validation_error",
    "HTTPValidationErrorDetail": ".http_validation_error_detail",
    "InsightAction": ".insight_action",
    "InsightActionParamsType0": ".insight_action_params_type_0",
    "InsightBenefit": ".insight_benefit",
    "InsightData": ".insight_data",
    "InsightDataPayloadType3": ".insight_data_payload_type_3",
    "InsightListResponse": ".insight_list_response",
    "InsightListResponseLinks": ".insight_list_response_links",
    "InsightResponse": ".insight_response",
    "InsightResponseLinks": ".insight_response_links",
    "InstitutionData": ".institution_data",
    "InstitutionListResponse": ".institution_list_response",
    "InstitutionListResponseLinks": ".institution_list_response_links",
    "InvalidParam": ".invalid_param",
    "InvestmentTxnData": ".investment_txn_data",
    "InvestmentTxnListResponse": ".investment_txn_list_response",
    "InvestmentTxnListResponseLinks": ".investment_txn_list_response_links",
    "IPACandidateData": ".ipa_candidate_data",
    "IPAConstraint": ".ipa_constraint",
    "IPAConstraintDict": ".ipa_constraint",
    "IPAConstraintExtraType0": ".ipa_constraint_extra_type_0",
    "IPAData": ".ipa_data",
    "IPADetailResponse": ".ipa_detail_response",
    "IPADetailResponseLinks": ".ipa_detail_response_links",
    "IPAEventData": ".ipa_event_data",
    "IPAEventDataPayloadType0": ".ipa_event_data_payload_type_0",
    "IPAEventType": ".ipa_event_type",
    "IPAEventsResponse": ".ipa_events_response",
    "IPAEventsResponseLinks": ".ipa_events_response_links",
    "IPAListResponse": ".ipa_list_response",
    "IPAListResponseLinks": ".ipa_list_response_links",
    "IPAManifestData": ".ipa_manifest_data",
    "IPAManifestItemData": ".ipa_manifest_item_data",
    "IPAStatus": ".ipa_status",
    "IPASummaryData": ".ipa_summary_data",
    "IPAType": ".ipa_type",
    "JunoSettingsInfo": ".juno_settings_info",
    "JurisdictionCondition": ".jurisdiction_condition",
    "JurisdictionConditionDict": ".jurisdiction_condition",
    "KMSConfig": ".kms_config",
    "KMSServiceStatus": ".kms_service_status",
    "KnownChains": ".known_chains",
    "KYCAccessTokenResponse": ".kyc_access_token_response",
    "KYCApplicantResponse": ".kyc_applicant_response",
    "KYCApplicantResponseLinks": ".kyc_applicant_response_links",
    "KYCDetailsResponse": ".kyc_details_response",
    "KYCDocumentImageFileMetadata": ".kyc_document_image_file_metadata",
    "KYCDocumentImageInfo": ".kyc_document_image_info",
    "KYCDocumentInfo": ".kyc_document_info",
    "KYCDocumentSide": ".kyc_document_side",
    "KYCDocumentStatus": ".kyc_document_status",
    "KYCDocumentType": ".kyc_document_type",
    "KYCDocumentUploadResponse": ".kyc_document_upload_response",
    "KYCDocumentUploadResponseLinks": ".kyc_document_upload_response_links",
    "KYCDocumentsListResponse": ".kyc_documents_list_response",
    "KYCDocumentsListResponseLinks": ".kyc_documents_list_response_links",
    "KYCLinks": ".kyc_links",
    "KYCPersonalInfo": ".kyc_personal_info",
    "KYCRejectionInfo": ".kyc_rejection_info",
    "KYCRequiredDocsResponse": ".kyc_required_docs_response",
    "KYCRequiredDocsResponseLinks": ".kyc_required_docs_response_links",
    "KYCRequiredStep": ".kyc_required_step",
    "KycSessionLinks": ".kyc_session_links",
    "KycSessionMintResponse": ".kyc_session_mint_response",
    "KycSessionOrigin": ".kyc_session_origin",
    "KycSessionRedemptionLinks": ".kyc_session_redemption_links",
    "KycSessionRedemptionResponse": ".kyc_session_redemption_response",
    "KYCStatusResponse": ".kyc_status_response",
    "KYCSubmitResponse": ".kyc_submit_response",
    "KYCSubmitResponseLinks": ".kyc_submit_response_links",
    "Link": ".link",
    "LinkConfigResponse": ".link_config_response",
    "LinkConfigResponseLinks": ".link_config_response_links",
    "LinkPintRequest": ".link_pint_request",
    "LinkPintRequestDict": ".link_pint_request",
    "LinkRequest": ".link_request",
    "LinkRequestDict": ".link_request",
    "LinkResponse": ".link_response",
    "LinkResponseLinks": ".link_response_links",
    "ListIpasSortType0": ".list_ipas_sort_type_0",
    "ListMessagesResponse": ".list_messages_response",
    "ListMessagesResponseLinks": ".list_messages_response_links",
    "ListPintsOrder": ".list_pints_order",
    "ListPintsSort": ".list_pints_sort",
    "ListSessionsResponse": ".list_sessions_response",
    "ListSessionsResponseLinks": ".list_sessions_response_links",
    "MandateCapacityData": ".mandate_capacity_data",
    "MandateCeremonyDecision": ".mandate_ceremony_decision",
    "MandateCeremonyDecisionRequest": ".mandate_ceremony_decision_request",
    "MandateCeremonyDecisionRequestDict": ".mandate_ceremony_decision_request",
    "MandateCeremonyLinks": ".mandate_ceremony_links",
    "MandateCeremonyResponse": ".mandate_ceremony_response",
    "MandateCeremonyStatus": ".mandate_ceremony_status",
    "MandateCeremonyStatusResponse": ".mandate_ceremony_status_response",
    "MandateKeyActivationResponse": ".mandate_key_activation_response",
    "MandateKeyActivationStage": ".mandate_key_activation_stage",
    "MandateKeyBlockedReason": ".mandate_key_blocked_reason",
    "MandateKeyLinks": ".mandate_key_links",
    "MandateKeyStatus": ".mandate_key_status",
    "MandateKeyWalletLinks": ".mandate_key_wallet_links",
    "MandateKeyWalletResponse": ".mandate_key_wallet_response",
    "MandateKeyWalletShareResponse": ".mandate_key_wallet_share_response",
    "MandateLimitStatus": ".mandate_limit_status",
    "ManifestSummaryData": ".manifest_summary_data",
    "MeldLinkData": ".meld_link_data",
    "MeldPaymentMethod": ".meld_payment_method",
    "MeldProduct": ".meld_product",
    "Merchant": ".merchant",
    "MerchantDetailResponse": ".merchant_detail_response",
    "MerchantDetailResponseLinks": ".merchant_detail_response_links",
    "MerchantLocale": ".merchant_locale",
    "MerchantMeta": ".merchant_meta",
    "MerchantProvenance": ".merchant_provenance",
    "MerchantResource": ".merchant_resource",
    "MerchantResourceHighlightType0": ".merchant_resource_highlight_type_0",
    "MerchantResourceLinksType0": ".merchant_resource_links_type_0",
    "MerchantSearchResponse": ".merchant_search_response",
    "MerchantSearchResponseFacetsType0": ".merchant_search_response_facets_type_0",
    "MerchantSearchResponseFacetsType0AdditionalProperty": ".merchant_search_response_facets_type_0_additional_property",
    "MerchantSearchResponseLinks": ".merchant_search_response_links",
    "MerchantSearchResponseQuery": ".merchant_search_response_query",
    "MessageData": ".message_data",
    "MessageDataExtraMetadataType0": ".message_data_extra_metadata_type_0",
    "MessageDataPartsItem": ".message_data_parts_item",
    "MessageInput": ".message_input",
    "MessageInputDict": ".message_input",
    "MessageInputMetadataType0": ".message_input_metadata_type_0",
    "MessageInputPartsItem": ".message_input_parts_item",
    "MultiDestination": ".multi_destination",
    "NonceResponse": ".nonce_response",
    "NonceResponseLinks": ".nonce_response_links",
    "OnboardingCtaPayload": ".onboarding_cta_payload",
    "OnboardingData": ".onboarding_data",
    "OnboardingEventData": ".onboarding_event_data",
    "OnboardingEventsResponse": ".onboarding_events_response",
    "OnboardingOrigin": ".onboarding_origin",
    "OnboardingSafeResponse": ".onboarding_safe_response",
    "OnboardingSafeResponseLinks": ".onboarding_safe_response_links",
    "OnboardingStep": ".onboarding_step",
    "OnboardingStepData": ".onboarding_step_data",
    "OnboardingStepDataMetaType0": ".onboarding_step_data_meta_type_0",
    "OnboardingStepStatus": ".onboarding_step_status",
    "OnboardingStepsResponse": ".onboarding_steps_response",
    "PaginationLinks": ".pagination_links",
    "ParaWebhookAck": ".para_webhook_ack",
    "PaymentLinkAssetData": ".payment_link_asset_data",
    "PaymentLinkCreateRequest": ".payment_link_create_request",
    "PaymentLinkCreateRequestDict": ".payment_link_create_request",
    "PaymentLinkCreateRequestFeePolicyType0": ".payment_link_create_request_fee_policy_type_0",
    "PaymentLinkData": ".payment_link_data",
    "PaymentLinkDataFeePolicyType0": ".payment_link_data_fee_policy_type_0",
    "PaymentLinkListResponse": ".payment_link_list_response",
    "PaymentLinkListResponseLinks": ".payment_link_list_response_links",
    "PaymentLinkPublicData": ".payment_link_public_data",
    "PaymentLinkPublicDataEip712MessageType0": ".payment_link_public_data_eip_712_message_type_0",
    "PaymentLinkPublicDataFeePolicyType0": ".payment_link_public_data_fee_policy_type_0",
    "PaymentLinkPublicResponse": ".payment_link_public_response",
    "PaymentLinkPublicResponseLinks": ".payment_link_public_response_links",
    "PaymentLinkResponse": ".payment_link_response",
    "PaymentLinkResponseLinks": ".payment_link_response_links",
    "PaymentLinkStatus": ".payment_link_status",
    "PeriodUnit": ".period_unit",
    "PersonalAccessTokenData": ".personal_access_token_data",
    "PersonalAccessTokenExchangeRequest": ".personal_access_token_exchange_request",
    "PersonalAccessTokenExchangeRequestDict": ".personal_access_token_exchange_request",
    "PersonalAccessTokenExchangeResponse": ".personal_access_token_exchange_response",
    "PersonalAccessTokenExchangeResponseLinks": ".personal_access_token_exchange_response_links",
    "PersonalAccessTokenListResponse": ".personal_access_token_list_response",
    "PersonalAccessTokenListResponseLinks": ".personal_access_token_list_response_links",
    "PhoneVerificationRequest": ".phone_verification_request",
    "PhoneVerificationRequestDict": ".phone_verification_request",
    "PhoneVerificationResponse": ".phone_verification_response",
    "PintAgentTaskData": ".pint_agent_task_data",
    "PintDetailData": ".pint_detail_data",
    "PintDetailDataEip712MessageType0": ".pint_detail_data_eip_712_message_type_0",
    "PintDetailResponse": ".pint_detail_response",
    "PintDetailResponseLinks": ".pint_detail_response_links",
    "PintExchangeResponse": ".pint_exchange_response",
    "PintExchangeResponseLinks": ".pint_exchange_response_links",
    "PintListItem": ".pint_list_item",
    "PintListItemLinks": ".pint_list_item_links",
    "PintListResponse": ".pint_list_response",
    "PintListResponseLinks": ".pint_list_response_links",
    "PintSignerAnchor": ".pint_signer_anchor",
    "PintStatus": ".pint_status",
    "PintStatusLinks": ".pint_status_links",
    "PintStatusResponse": ".pint_status_response",
    "PintSummaryData": ".pint_summary_data",
    "PintTokenIssuanceEntry": ".pint_token_issuance_entry",
    "PintTokensResponse": ".pint_tokens_response",
    "PintTokensResponseLinks": ".pint_tokens_response_links",
    "PintTransactionData": ".pint_transaction_data",
    "PriceTargetConditionInput": ".price_target_condition_input",
    "PriceTargetConditionInputDict": ".price_target_condition_input",
    "PriceTargetConditionOutput": ".price_target_condition_output",
    "ProblemDetail": ".problem_detail",
    "ProblemDetailLinksType0": ".problem_detail_links_type_0",
    "ProcessorTokenResponse": ".processor_token_response",
    "ProcessorTokenResponseLinks": ".processor_token_response_links",
    "ProfilePictureResponse": ".profile_picture_response",
    "ProfilePictureResponseLinks": ".profile_picture_response_links",
    "PromptResourceData": ".prompt_resource_data",
    "ProviderData": ".provider_data",
    "ProviderResponse": ".provider_response",
    "ProviderResponseLinks": ".provider_response_links",
    "PublicUserProfile": ".public_user_profile",
    "PurchaseIntentPayload": ".purchase_intent_payload",
    "PurchaseIntentPayloadDict": ".purchase_intent_payload",
    "QStashConfig": ".q_stash_config",
    "QStashServiceStatus": ".q_stash_service_status",
    "QueryValidationProblemDetail": ".query_validation_problem_detail",
    "QueryValidationProblemDetailLinksType0": ".query_validation_problem_detail_links_type_0",
    "QuoteData": ".quote_data",
    "QuoteListResponse": ".quote_list_response",
    "QuoteListResponseLinks": ".quote_list_response_links",
    "RampCreateSessionRequest": ".ramp_create_session_request",
    "RampCreateSessionRequestDict": ".ramp_create_session_request",
    "RampSessionData": ".ramp_session_data",
    "RampTransactionData": ".ramp_transaction_data",
    "RampTransactionListResponse": ".ramp_transaction_list_response",
    "RampTransactionListResponseLinks": ".ramp_transaction_list_response_links",
    "RampTransactionResponse": ".ramp_transaction_response",
    "RampTransactionResponseLinks": ".ramp_transaction_response_links",
    "ReachabilityService": ".reachability_service",
    "ReceiptUploadResponse": ".receipt_upload_response",
    "ReceiptUploadResponseLinks": ".receipt_upload_response_links",
    "ReceiveParaWebhookEventParaWebhookPayload": ".receive_para_webhook_event_para_webhook_payload",
    "ReceiveParaWebhookEventParaWebhookPayloadDict": ".receive_para_webhook_event_para_webhook_payload",
    "ReceiveParaWebhookEventParaWebhookPayloadData": ".receive_para_webhook_event_para_webhook_payload_data",
    "RefreshAcceptedResponse": ".refresh_accepted_response",
    "RefreshAcceptedResponseLinks": ".refresh_accepted_response_links",
    "RelativePeriod": ".relative_period",
    "RelativePeriodDict": ".relative_period",
    "RepairTokenResponse": ".repair_token_response",
    "RepairTokenResponseLinks": ".repair_token_response_links",
    "ReplaceConditionsRequest": ".replace_conditions_request",
    "ReplaceConditionsRequestDict": ".replace_conditions_request",
    "RuleData": ".rule_data",
    "RuleListResponse": ".rule_list_response",
    "RuleListResponseLinks": ".rule_list_response_links",
    "RuleResourceData": ".rule_resource_data",
    "RuleResourceDataLinks": ".rule_resource_data_links",
    "RuleResourceDataSuggestedConfig": ".rule_resource_data_suggested_config",
    "RuleResponse": ".rule_response",
    "RuleResponseLinks": ".rule_response_links",
    "SafeConfigResponse": ".safe_config_response",
    "SafeOnboardingMode": ".safe_onboarding_mode",
    "SafeRpcRequest": ".safe_rpc_request",
    "SafeRpcRequestDict": ".safe_rpc_request",
    "SafeRpcRequestUserOperation": ".safe_rpc_request_user_operation",
    "SafeRpcResponse": ".safe_rpc_response",
    "SafeRpcStatusResponse": ".safe_rpc_status_response",
    "SaveMessagesRequest": ".save_messages_request",
    "SaveMessagesRequestDict": ".save_messages_request",
    "SaveMessagesResponse": ".save_messages_response",
    "SaveMessagesResponseLinks": ".save_messages_response_links",
    "SearchMerchantsFacetsType0Item": ".search_merchants_facets_type_0_item",
    "SearchMerchantsSort": ".search_merchants_sort",
    "SearchMerchantsTransportType0Item": ".search_merchants_transport_type_0_item",
    "ServicesStatus": ".services_status",
    "SessionResponse": ".session_response",
    "SessionResponseLinks": ".session_response_links",
    "SettingsInfo": ".settings_info",
    "SettingsInfoDebugType0": ".settings_info_debug_type_0",
    "SignerRole": ".signer_role",
    "SiweChallengeResponse": ".siwe_challenge_response",
    "SiweVerifyRequest": ".siwe_verify_request",
    "SiweVerifyRequestDict": ".siwe_verify_request",
    "SiweWalletCreate": ".siwe_wallet_create",
    "SiweWalletCreateDict": ".siwe_wallet_create",
    "StatusChangedBy": ".status_changed_by",
    "StrategyData": ".strategy_data",
    "StrategyDetailResponse": ".strategy_detail_response",
    "StrategyDetailResponseLinks": ".strategy_detail_response_links",
    "StrategyListResponse": ".strategy_list_response",
    "StrategyListResponseLinks": ".strategy_list_response_links",
    "StrategyResourceData": ".strategy_resource_data",
    "StrategyResourceDataLinks": ".strategy_resource_data_links",
    "StrategyResourceDataSuggestedConfig": ".strategy_resource_data_suggested_config",
    "StrategyWithUserStatus": ".strategy_with_user_status",
    "SubmitOnboardingStepRequest": ".submit_onboarding_step_request",
    "SubmitOnboardingStepRequestDict": ".submit_onboarding_step_request",
    "SubmitPintSignatureRequest": ".submit_pint_signature_request",
    "SubmitPintSignatureRequestDict": ".submit_pint_signature_request",
    "SupportedCountry": ".supported_country",
    "TimeWindowCondition": ".time_window_condition",
    "TimeWindowConditionDict": ".time_window_condition",
    "ToolData": ".tool_data",
    "ToolDataToolSchemaType0": ".tool_data_tool_schema_type_0",
    "TransactionAccountData": ".transaction_account_data",
    "TransactionCardData": ".transaction_card_data",
    "TransactionData": ".transaction_data",
    "TransactionDirection": ".transaction_direction",
    "TransactionLinks": ".transaction_links",
    "TransactionListResponse": ".transaction_list_response",
    "TransactionMeta": ".transaction_meta",
    "TransactionResponse": ".transaction_response",
    "TransactionSource": ".transaction_source",
    "TransactionStatus": ".transaction_status",
    "TransactionSummaryData": ".transaction_summary_data",
    "TransactionType": ".transaction_type",
    "TriggerAgentTaskRequest": ".trigger_agent_task_request",
    "TriggerAgentTaskRequestDict": ".trigger_agent_task_request",
    "TriggerAgentTaskResponse": ".trigger_agent_task_response",
    "TriggerAgentTaskResponseLinks": ".trigger_agent_task_response_links",
    "TriggerStatus": ".trigger_status",
    "TrustStage": ".trust_stage",
    "TxnHashWalletCreate": ".txn_hash_wallet_create",
    "TxnHashWalletCreateDict": ".txn_hash_wallet_create",
    "UcpProfile": ".ucp_profile",
    "UpdateAgentTaskRequest": ".update_agent_task_request",
    "UpdateAgentTaskRequestDict": ".update_agent_task_request",
    "UpdateBudgetRequest": ".update_budget_request",
    "UpdateBudgetRequestDict": ".update_budget_request",
    "UpdateRuleRequest": ".update_rule_request",
    "UpdateRuleRequestDict": ".update_rule_request",
    "UpdateSessionRequest": ".update_session_request",
    "UpdateSessionRequestDict": ".update_session_request",
    "UpdateUserConnectorRequest": ".update_user_connector_request",
    "UpdateUserConnectorRequestDict": ".update_user_connector_request",
    "UpdateUserStrategyRequest": ".update_user_strategy_request",
    "UpdateUserStrategyRequestDict": ".update_user_strategy_request",
    "UpdateUserStrategyRequestConfigurationType0": ".update_user_strategy_request_configuration_type_0",
    "UpdateUserStrategyRequestEventFilterType0": ".update_user_strategy_request_event_filter_type_0",
    "UpdateUsernameRequest": ".update_username_request",
    "UpdateUsernameRequestDict": ".update_username_request",
    "UpstashRedisConfig": ".upstash_redis_config",
    "UpstashRedisServiceStatus": ".upstash_redis_service_status",
    "UserAgentTaskData": ".user_agent_task_data",
    "UserAgentTaskDataResultType0": ".user_agent_task_data_result_type_0",
    "UserAgentTaskListResponse": ".user_agent_task_list_response",
    "UserAgentTaskListResponseLinks": ".user_agent_task_list_response_links",
    "UserAgentTaskResponse": ".user_agent_task_response",
    "UserAgentTaskResponseLinks": ".user_agent_task_response_links",
    "UserAgentTaskStatus": ".user_agent_task_status",
    "UserAgentTaskTriggerType": ".user_agent_task_trigger_type",
    "UserAssetData": ".user_asset_data",
    "UserAssetDataExpanded": ".user_asset_data_expanded",
    "UserAssetWalletData": ".user_asset_wallet_data",
    "UserAssetsResponse": ".user_assets_response",
    "UserAssetsResponseLinks": ".user_assets_response_links",
    "UserConnectorData": ".user_connector_data",
    "UserConnectorListResponse": ".user_connector_list_response",
    "UserConnectorListResponseLinks": ".user_connector_list_response_links",
    "UserConnectorResponse": ".user_connector_response",
    "UserConnectorResponseLinks": ".user_connector_response_links",
    "UserData": ".user_data",
    "UserLinks": ".user_links",
    "UserPintExchangeRequest": ".user_pint_exchange_request",
    "UserPintExchangeRequestDict": ".user_pint_exchange_request",
    "UserSignedDeployData": ".user_signed_deploy_data",
    "UserSignedDeployDataUserOperationType0": ".user_signed_deploy_data_user_operation_type_0",
    "UserSignedDeploySubmission": ".user_signed_deploy_submission",
    "UserSignedDeploySubmissionDict": ".user_signed_deploy_submission",
    "UserSignedDeploySubmissionUserOperation": ".user_signed_deploy_submission_user_operation",
    "UserStatusData": ".user_status_data",
    "UserStrategyData": ".user_strategy_data",
    "UserStrategyDataConfigurationType0": ".user_strategy_data_configuration_type_0",
    "UserStrategyDataEventFilterType0": ".user_strategy_data_event_filter_type_0",
    "UserStrategyListResponse": ".user_strategy_list_response",
    "UserStrategyListResponseLinks": ".user_strategy_list_response_links",
    "UserStrategyResponse": ".user_strategy_response",
    "UserStrategyResponseLinks": ".user_strategy_response_links",
    "UsernameResolveResponse": ".username_resolve_response",
    "UsernameResolveResponseLinks": ".username_resolve_response_links",
    "ValidationError": ".validation_error",
    "ValidationErrorContext": ".validation_error_context",
    "VerifyPhoneCodeRequest": ".verify_phone_code_request",
    "VerifyPhoneCodeRequestDict": ".verify_phone_code_request",
    "VisaCheckoutAcceptedResponse": ".visa_checkout_accepted_response",
    "VisaCheckoutAcceptedResponseLinks": ".visa_checkout_accepted_response_links",
    "VisaCheckoutStatusResponse": ".visa_checkout_status_response",
    "VisaCheckoutStatusResponseLinks": ".visa_checkout_status_response_links",
    "WalletAssetData": ".wallet_asset_data",
    "WalletAssetDataLinksType0": ".wallet_asset_data_links_type_0",
    "WalletAssetListResponse": ".wallet_asset_list_response",
    "WalletAssetListResponseLinks": ".wallet_asset_list_response_links",
    "WalletAssetTransactionData": ".wallet_asset_transaction_data",
    "WalletAssetTransactionsResponse": ".wallet_asset_transactions_response",
    "WalletAssetTransactionsResponseLinks": ".wallet_asset_transactions_response_links",
    "WalletBalanceSummary": ".wallet_balance_summary",
    "WalletBalanceSummaryResponse": ".wallet_balance_summary_response",
    "WalletBalanceSummaryResponseLinks": ".wallet_balance_summary_response_links",
    "WalletData": ".wallet_data",
    "WalletDataBase": ".wallet_data_base",
    "WalletLinks": ".wallet_links",
    "WalletListLinks": ".wallet_list_links",
    "WalletListResponse": ".wallet_list_response",
    "WalletResponse": ".wallet_response",
    "WalletShareEncryption": ".wallet_share_encryption",
    "WalletShareEncryptionDict": ".wallet_share_encryption",
    "WalletShareEncryptionData": ".wallet_share_encryption_data",
    "WalletSignerCreateRequest": ".wallet_signer_create_request",
    "WalletSignerCreateRequestDict": ".wallet_signer_create_request",
    "WalletSignerRegistrationLinks": ".wallet_signer_registration_links",
    "WalletSignerRegistrationResponse": ".wallet_signer_registration_response",
    "WalletUpdateRequest": ".wallet_update_request",
    "WalletUpdateRequestDict": ".wallet_update_request",
    "WidgetCreateRequest": ".widget_create_request",
    "WidgetCreateRequestDict": ".widget_create_request",
    "WidgetCreateRequestDisplayConfigType0": ".widget_create_request_display_config_type_0",
    "WidgetCreateRequestQueryConfigType0": ".widget_create_request_query_config_type_0",
    "WidgetData": ".widget_data",
    "WidgetDataDisplayConfigType0": ".widget_data_display_config_type_0",
    "WidgetDataQueryConfigType0": ".widget_data_query_config_type_0",
    "WidgetListResponse": ".widget_list_response",
    "WidgetListResponseLinks": ".widget_list_response_links",
    "WidgetReorderRequest": ".widget_reorder_request",
    "WidgetReorderRequestDict": ".widget_reorder_request",
    "WidgetReorderResponse": ".widget_reorder_response",
    "WidgetReorderResponseLinks": ".widget_reorder_response_links",
    "WidgetResourceData": ".widget_resource_data",
    "WidgetResourceDataSampleData": ".widget_resource_data_sample_data",
    "WidgetResponse": ".widget_response",
    "WidgetResponseDisplayConfigType0": ".widget_response_display_config_type_0",
    "WidgetResponseLinks": ".widget_response_links",
    "WidgetResponseQueryConfigType0": ".widget_response_query_config_type_0",
    "WidgetType": ".widget_type",
    "WidgetUpdateRequest": ".widget_update_request",
    "WidgetUpdateRequestDict": ".widget_update_request",
    "WidgetUpdateRequestQueryConfigType0": ".widget_update_request_query_config_type_0",
    "WidgetUpdateRequestSizeType0": ".widget_update_request_size_type_0",
    "X402PaymentRequired": ".x402_payment_required",
    "X402PaymentRequiredExtensionsType0": ".x402_payment_required_extensions_type_0",
    "X402PaymentRequirements": ".x402_payment_requirements",
    "X402PaymentRequirementsExtraType0": ".x402_payment_requirements_extra_type_0",
    "X402PaymentRequirementsOutputSchemaType0": ".x402_payment_requirements_output_schema_type_0",
    "X402Scheme": ".x402_scheme",
    "X402SettlementResponse": ".x402_settlement_response",
    "X402SettlementResponseLinks": ".x402_settlement_response_links",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AIInsightPayload",
    "APIErrorCode",
    "AbsolutePeriod",
    "AbsolutePeriodDict",
    "AccountData",
    "AccountListResponse",
    "AccountListResponseLinks",
    "AccountResponse",
    "AccountResponseLinks",
    "AccountUpdateRequest",
    "AccountUpdateRequestDict",
    "AddProductsRequest",
    "AddProductsRequestDict",
    "Affordance",
    "AffordancePayloadType0",
    "AgentCreate2ConfigData",
    "AgentCreate2Submission",
    "AgentCreate2SubmissionDict",
    "AgentIdentityData",
    "AgentIdentityListResponse",
    "AgentIdentityListResponseLinks",
    "AgentIdentityStatus",
    "AgentTaskPintLinkData",
    "AgentTaskPintLinkResponse",
    "AgentTaskPintLinkResponseLinks",
    "AgentTaskSummaryData",
    "AllocationData",
    "AllocationSettlementStatus",
    "AllocationsResponse",
    "AllocationsResponseLinks",
    "AppAction",
    "ApplicationSettings",
    "ApprovalDecision",
    "ApproveIPARequest",
    "ApproveIPARequestDict",
    "AssetData",
    "AssetLinks",
    "AssetListResponse",
    "AssetPriceData",
    "AssetPriceResponse",
    "AssetResponse",
    "AssetType",
    "AutonomyLevel",
    "AvailabilityCondition",
    "AvailabilityConditionDict",
    "BYOConfigData",
    "BYOSafeData",
    "BYOSubmission",
    "BYOSubmissionDict",
    "BindMandateKeyWalletRequest",
    "BindMandateKeyWalletRequestDict",
    "BlobStorageConfig",
    "BlobStorageServiceStatus",
    "BodyUploadChatAttachment",
    "BodyUploadChatAttachmentDict",
    "BodyUploadKycDocument",
    "BodyUploadKycDocumentDict",
    "BodyUploadReceipt",
    "BodyUploadReceiptDict",
    "BodyUploadUserProfilePicture",
    "BodyUploadUserProfilePictureDict",
    "BudgetCapConditionInput",
    "BudgetCapConditionInputDict",
    "BudgetCapConditionOutput",
    "BudgetData",
    "BudgetListResponse",
    "BudgetListResponseLinks",
    "BudgetResponse",
    "BudgetResponseLinks",
    "BudgetTransactionData",
    "BudgetType",
    "CTACategory",
    "CTAData",
    "CTAMeta",
    "CTAType",
    "CacheConfig",
    "CacheServiceStatus",
    "CardAccountStatus",
    "CardAccountSubStatus",
    "CardActionResponse",
    "CardActionResponseLinks",
    "CardCheckoutSource",
    "CardCheckoutSourceDict",
    "CardData",
    "CardIssuerWebhookAck",
    "CardListResponse",
    "CardListResponseLinks",
    "CardResponse",
    "CardResponseLinks",
    "CardStatusData",
    "CardTokenizationStatus",
    "CardTokenizeResponse",
    "CardTokenizeResponseLinks",
    "CashflowSummary",
    "CategoryBreakdown",
    "ChatAttachmentResponse",
    "ChatAttachmentResponseLinks",
    "ChatColor",
    "ChatCreateSessionRequest",
    "ChatCreateSessionRequestDict",
    "ChatIcon",
    "ChatSessionData",
    "ChatSessionDataSvMetaType0",
    "ClarifyIPARequest",
    "ClarifyIPARequestAnswers",
    "ClarifyIPARequestDict",
    "CliConfigResponse",
    "CliConfigResponseLinks",
    "CliDeviceAuthorizationStatus",
    "CliPatStatus",
    "CommonLinks",
    "ComparisonOp",
    "ConditionGroupInput",
    "ConditionGroupInputDict",
    "ConditionGroupInputOperator",
    "ConditionGroupOutput",
    "ConditionGroupOutputOperator",
    "ConnectServiceRequest",
    "ConnectServiceRequestDict",
    "ConnectionData",
    "ConnectionListResponse",
    "ConnectionListResponseLinks",
    "ConnectorAuthPayload",
    "ConnectorAuthPayloadDict",
    "ConnectorData",
    "ConnectorDetailResponse",
    "ConnectorDetailResponseLinks",
    "ConnectorListResponse",
    "ConnectorListResponseLinks",
    "CoverageMinimumCondition",
    "CoverageMinimumConditionDict",
    "CreateAgentTokenRequest",
    "CreateAgentTokenRequestDict",
    "CreateAgentTokenResponse",
    "CreateAgentTokenResponseLinks",
    "CreateBudgetRequest",
    "CreateBudgetRequestDict",
    "CreateIPARequest",
    "CreateIPARequestDict",
    "CreateProcessorTokenRequest",
    "CreateProcessorTokenRequestDict",
    "CreateRuleRequest",
    "CreateRuleRequestDict",
    "CreateSessionResponse",
    "CreateSessionResponseLinks",
    "CreateUserRequest",
    "CreateUserRequestDict",
    "CreateUserResponse",
    "DatabaseConfig",
    "DatabaseServiceStatus",
    "DateRange",
    "DemoCheckoutSource",
    "DemoCheckoutSourceDict",
    "DeployableChain",
    "DeviceCodeApprovalRequest",
    "DeviceCodeApprovalRequestDict",
    "DeviceCodeCreateRequest",
    "DeviceCodeCreateRequestDict",
    "DeviceCodeCreateResponse",
    "DeviceCodeCreateResponseLinks",
    "DeviceCodeStatusResponse",
    "DeviceCodeStatusResponseLinks",
    "DynamicWalletCreate",
    "DynamicWalletCreateDict",
    "EIP712DomainData",
    "EIP712Payload",
    "EIP712PayloadTypes",
    "EIP712PayloadTypesAdditionalPropertyItem",
    "EIP712PurchaseIntentMessage",
    "ElasticsearchConfig",
    "ElasticsearchServiceStatus",
    "EligibilityData",
    "EligibilityRequirementData",
    "EligibilityRequirementType",
    "EnableStrategyRequest",
    "EnableStrategyRequestConfigurationType0",
    "EnableStrategyRequestDict",
    "EnableStrategyRequestEventFilterType0",
    "EthereumRPCConfig",
    "EthereumRPCServiceStatus",
    "ExploreColour",
    "ExploreIcon",
    "ExploreItemData",
    "ExploreItemStatus",
    "ExploreItemType",
    "ExploreMetaData",
    "ExploreResponse",
    "ExploreResponseLinks",
    "ExploreResponseSections",
    "Flag",
    "FlightRouteCondition",
    "FlightRouteConditionDict",
    "Fulfillment",
    "FundingResponse",
    "FundingResponseLinks",
    "FundingUpdateRequest",
    "FundingUpdateRequestDict",
    "FundingUpdateRequestSourceType",
    "GeminiConfig",
    "GeminiServiceStatus",
    "GeneratedInsight",
    "GetAccessTokenLevelType0",
    "GetCTAResponse",
    "GetCTAResponseLinks",
    "GetPintExpandItem",
    "GetSessionResponse",
    "GetSessionResponseLinks",
    "GetUserResponse",
    "HTTPValidationError",
    "HTTPValidationErrorDetail",
    "HandleCardIssuerWebhookCardIssuerWebhookPayload",
    "HandleCardIssuerWebhookCardIssuerWebhookPayloadCard",
    "HandleCardIssuerWebhookCardIssuerWebhookPayloadDict",
    "HandleMeldWebhookMeldWebhookPayload",
    "HandleMeldWebhookMeldWebhookPayloadDict",
    "HandleMeldWebhookMeldWebhookPayloadMeldWebhookEventPayload",
    "HandleParaWalletClaimedWebhookParaWebhookPayload",
    "HandleParaWalletClaimedWebhookParaWebhookPayloadData",
    "HandleParaWalletClaimedWebhookParaWebhookPayloadDict",
    "HealthCheckResponse",
    "HealthCheckResponseLinks",
    "HealthStatus",
    "HoldingData",
    "HoldingListResponse",
    "HoldingListResponseLinks",
    "IPACandidateData",
    "IPAConstraint",
    "IPAConstraintDict",
    "IPAConstraintExtraType0",
    "IPAData",
    "IPADetailResponse",
    "IPADetailResponseLinks",
    "IPAEventData",
    "IPAEventDataPayloadType0",
    "IPAEventType",
    "IPAEventsResponse",
    "IPAEventsResponseLinks",
    "IPAListResponse",
    "IPAListResponseLinks",
    "IPAManifestData",
    "IPAManifestItemData",
    "IPAStatus",
    "IPASummaryData",
    "IPAType",
    "InsightAction",
    "InsightActionParamsType0",
    "InsightBenefit",
    "InsightData",
    "InsightDataPayloadType3",
    "InsightListResponse",
    "InsightListResponseLinks",
    "InsightResponse",
    "InsightResponseLinks",
    "InstitutionData",
    "InstitutionListResponse",
    "InstitutionListResponseLinks",
    "InvalidParam",
    "InvestmentTxnData",
    "InvestmentTxnListResponse",
    "InvestmentTxnListResponseLinks",
    "JunoSettingsInfo",
    "JurisdictionCondition",
    "JurisdictionConditionDict",
    "KMSConfig",
    "KMSServiceStatus",
    "KYCAccessTokenResponse",
    "KYCApplicantResponse",
    "KYCApplicantResponseLinks",
    "KYCDetailsResponse",
    "KYCDocumentImageFileMetadata",
    "KYCDocumentImageInfo",
    "KYCDocumentInfo",
    "KYCDocumentSide",
    "KYCDocumentStatus",
    "KYCDocumentType",
    "KYCDocumentUploadResponse",
    "KYCDocumentUploadResponseLinks",
    "KYCDocumentsListResponse",
    "KYCDocumentsListResponseLinks",
    "KYCLinks",
    "KYCPersonalInfo",
    "KYCRejectionInfo",
    "KYCRequiredDocsResponse",
    "KYCRequiredDocsResponseLinks",
    "KYCRequiredStep",
    "KYCStatusResponse",
    "KYCSubmitResponse",
    "KYCSubmitResponseLinks",
    "KnownChains",
    "KycSessionLinks",
    "KycSessionMintResponse",
    "KycSessionOrigin",
    "KycSessionRedemptionLinks",
    "KycSessionRedemptionResponse",
    "Link",
    "LinkConfigResponse",
    "LinkConfigResponseLinks",
    "LinkPintRequest",
    "LinkPintRequestDict",
    "LinkRequest",
    "LinkRequestDict",
    "LinkResponse",
    "LinkResponseLinks",
    "ListIpasSortType0",
    "ListMessagesResponse",
    "ListMessagesResponseLinks",
    "ListPintsOrder",
    "ListPintsSort",
    "ListSessionsResponse",
    "ListSessionsResponseLinks",
    "MandateCapacityData",
    "MandateCeremonyDecision",
    "MandateCeremonyDecisionRequest",
    "MandateCeremonyDecisionRequestDict",
    "MandateCeremonyLinks",
    "MandateCeremonyResponse",
    "MandateCeremonyStatus",
    "MandateCeremonyStatusResponse",
    "MandateKeyActivationResponse",
    "MandateKeyActivationStage",
    "MandateKeyBlockedReason",
    "MandateKeyLinks",
    "MandateKeyStatus",
    "MandateKeyWalletLinks",
    "MandateKeyWalletResponse",
    "MandateKeyWalletShareResponse",
    "MandateLimitStatus",
    "ManifestSummaryData",
    "MeldLinkData",
    "MeldPaymentMethod",
    "MeldProduct",
    "Merchant",
    "MerchantDetailResponse",
    "MerchantDetailResponseLinks",
    "MerchantLocale",
    "MerchantMeta",
    "MerchantProvenance",
    "MerchantResource",
    "MerchantResourceHighlightType0",
    "MerchantResourceLinksType0",
    "MerchantSearchResponse",
    "MerchantSearchResponseFacetsType0",
    "MerchantSearchResponseFacetsType0AdditionalProperty",
    "MerchantSearchResponseLinks",
    "MerchantSearchResponseQuery",
    "MessageData",
    "MessageDataExtraMetadataType0",
    "MessageDataPartsItem",
    "MessageInput",
    "MessageInputDict",
    "MessageInputMetadataType0",
    "MessageInputPartsItem",
    "MultiDestination",
    "NonceResponse",
    "NonceResponseLinks",
    "OnboardingCtaPayload",
    "OnboardingData",
    "OnboardingEventData",
    "OnboardingEventsResponse",
    "OnboardingOrigin",
    "OnboardingSafeResponse",
    "OnboardingSafeResponseLinks",
    "OnboardingStep",
    "OnboardingStepData",
    "OnboardingStepDataMetaType0",
    "OnboardingStepStatus",
    "OnboardingStepsResponse",
    "PaginationLinks",
    "ParaWebhookAck",
    "PaymentLinkAssetData",
    "PaymentLinkCreateRequest",
    "PaymentLinkCreateRequestDict",
    "PaymentLinkCreateRequestFeePolicyType0",
    "PaymentLinkData",
    "PaymentLinkDataFeePolicyType0",
    "PaymentLinkListResponse",
    "PaymentLinkListResponseLinks",
    "PaymentLinkPublicData",
    "PaymentLinkPublicDataEip712MessageType0",
    "PaymentLinkPublicDataFeePolicyType0",
    "PaymentLinkPublicResponse",
    "PaymentLinkPublicResponseLinks",
    "PaymentLinkResponse",
    "PaymentLinkResponseLinks",
    "PaymentLinkStatus",
    "PeriodUnit",
    "PersonalAccessTokenData",
    "PersonalAccessTokenExchangeRequest",
    "PersonalAccessTokenExchangeRequestDict",
    "PersonalAccessTokenExchangeResponse",
    "PersonalAccessTokenExchangeResponseLinks",
    "PersonalAccessTokenListResponse",
    "PersonalAccessTokenListResponseLinks",
    "PhoneVerificationRequest",
    "PhoneVerificationRequestDict",
    "PhoneVerificationResponse",
    "PintAgentTaskData",
    "PintDetailData",
    "PintDetailDataEip712MessageType0",
    "PintDetailResponse",
    "PintDetailResponseLinks",
    "PintExchangeResponse",
    "PintExchangeResponseLinks",
    "PintListItem",
    "PintListItemLinks",
    "PintListResponse",
    "PintListResponseLinks",
    "PintSignerAnchor",
    "PintStatus",
    "PintStatusLinks",
    "PintStatusResponse",
    "PintSummaryData",
    "PintTokenIssuanceEntry",
    "PintTokensResponse",
    "PintTokensResponseLinks",
    "PintTransactionData",
    "PriceTargetConditionInput",
    "PriceTargetConditionInputDict",
    "PriceTargetConditionOutput",
    "ProblemDetail",
    "ProblemDetailLinksType0",
    "ProcessorTokenResponse",
    "ProcessorTokenResponseLinks",
    "ProfilePictureResponse",
    "ProfilePictureResponseLinks",
    "PromptResourceData",
    "ProviderData",
    "ProviderResponse",
    "ProviderResponseLinks",
    "PublicUserProfile",
    "PurchaseIntentPayload",
    "PurchaseIntentPayloadDict",
    "QStashConfig",
    "QStashServiceStatus",
    "QueryValidationProblemDetail",
    "QueryValidationProblemDetailLinksType0",
    "QuoteData",
    "QuoteListResponse",
    "QuoteListResponseLinks",
    "RampCreateSessionRequest",
    "RampCreateSessionRequestDict",
    "RampSessionData",
    "RampTransactionData",
    "RampTransactionListResponse",
    "RampTransactionListResponseLinks",
    "RampTransactionResponse",
    "RampTransactionResponseLinks",
    "ReachabilityService",
    "ReceiptUploadResponse",
    "ReceiptUploadResponseLinks",
    "ReceiveParaWebhookEventParaWebhookPayload",
    "ReceiveParaWebhookEventParaWebhookPayloadData",
    "ReceiveParaWebhookEventParaWebhookPayloadDict",
    "RefreshAcceptedResponse",
    "RefreshAcceptedResponseLinks",
    "RelativePeriod",
    "RelativePeriodDict",
    "RepairTokenResponse",
    "RepairTokenResponseLinks",
    "ReplaceConditionsRequest",
    "ReplaceConditionsRequestDict",
    "RuleData",
    "RuleListResponse",
    "RuleListResponseLinks",
    "RuleResourceData",
    "RuleResourceDataLinks",
    "RuleResourceDataSuggestedConfig",
    "RuleResponse",
    "RuleResponseLinks",
    "SafeConfigResponse",
    "SafeOnboardingMode",
    "SafeRpcRequest",
    "SafeRpcRequestDict",
    "SafeRpcRequestUserOperation",
    "SafeRpcResponse",
    "SafeRpcStatusResponse",
    "SaveMessagesRequest",
    "SaveMessagesRequestDict",
    "SaveMessagesResponse",
    "SaveMessagesResponseLinks",
    "SearchMerchantsFacetsType0Item",
    "SearchMerchantsSort",
    "SearchMerchantsTransportType0Item",
    "ServicesStatus",
    "SessionResponse",
    "SessionResponseLinks",
    "SettingsInfo",
    "SettingsInfoDebugType0",
    "SignerRole",
    "SiweChallengeResponse",
    "SiweVerifyRequest",
    "SiweVerifyRequestDict",
    "SiweWalletCreate",
    "SiweWalletCreateDict",
    "StatusChangedBy",
    "StrategyData",
    "StrategyDetailResponse",
    "StrategyDetailResponseLinks",
    "StrategyListResponse",
    "StrategyListResponseLinks",
    "StrategyResourceData",
    "StrategyResourceDataLinks",
    "StrategyResourceDataSuggestedConfig",
    "StrategyWithUserStatus",
    "SubmitOnboardingStepRequest",
    "SubmitOnboardingStepRequestDict",
    "SubmitPintSignatureRequest",
    "SubmitPintSignatureRequestDict",
    "SupportedCountry",
    "TimeWindowCondition",
    "TimeWindowConditionDict",
    "ToolData",
    "ToolDataToolSchemaType0",
    "TransactionAccountData",
    "TransactionCardData",
    "TransactionData",
    "TransactionDirection",
    "TransactionLinks",
    "TransactionListResponse",
    "TransactionMeta",
    "TransactionResponse",
    "TransactionSource",
    "TransactionStatus",
    "TransactionSummaryData",
    "TransactionType",
    "TriggerAgentTaskRequest",
    "TriggerAgentTaskRequestDict",
    "TriggerAgentTaskResponse",
    "TriggerAgentTaskResponseLinks",
    "TriggerStatus",
    "TrustStage",
    "TxnHashWalletCreate",
    "TxnHashWalletCreateDict",
    "UcpProfile",
    "UpdateAgentTaskRequest",
    "UpdateAgentTaskRequestDict",
    "UpdateBudgetRequest",
    "UpdateBudgetRequestDict",
    "UpdateRuleRequest",
    "UpdateRuleRequestDict",
    "UpdateSessionRequest",
    "UpdateSessionRequestDict",
    "UpdateUserConnectorRequest",
    "UpdateUserConnectorRequestDict",
    "UpdateUserStrategyRequest",
    "UpdateUserStrategyRequestConfigurationType0",
    "UpdateUserStrategyRequestDict",
    "UpdateUserStrategyRequestEventFilterType0",
    "UpdateUsernameRequest",
    "UpdateUsernameRequestDict",
    "UpstashRedisConfig",
    "UpstashRedisServiceStatus",
    "UserAgentTaskData",
    "UserAgentTaskDataResultType0",
    "UserAgentTaskListResponse",
    "UserAgentTaskListResponseLinks",
    "UserAgentTaskResponse",
    "UserAgentTaskResponseLinks",
    "UserAgentTaskStatus",
    "UserAgentTaskTriggerType",
    "UserAssetData",
    "UserAssetDataExpanded",
    "UserAssetWalletData",
    "UserAssetsResponse",
    "UserAssetsResponseLinks",
    "UserConnectorData",
    "UserConnectorListResponse",
    "UserConnectorListResponseLinks",
    "UserConnectorResponse",
    "UserConnectorResponseLinks",
    "UserData",
    "UserLinks",
    "UserPintExchangeRequest",
    "UserPintExchangeRequestDict",
    "UserSignedDeployData",
    "UserSignedDeployDataUserOperationType0",
    "UserSignedDeploySubmission",
    "UserSignedDeploySubmissionDict",
    "UserSignedDeploySubmissionUserOperation",
    "UserStatusData",
    "UserStrategyData",
    "UserStrategyDataConfigurationType0",
    "UserStrategyDataEventFilterType0",
    "UserStrategyListResponse",
    "UserStrategyListResponseLinks",
    "UserStrategyResponse",
    "UserStrategyResponseLinks",
    "UsernameResolveResponse",
    "UsernameResolveResponseLinks",
    "ValidationError",
    "ValidationErrorContext",
    "VerifyPhoneCodeRequest",
    "VerifyPhoneCodeRequestDict",
    "VisaCheckoutAcceptedResponse",
    "VisaCheckoutAcceptedResponseLinks",
    "VisaCheckoutStatusResponse",
    "VisaCheckoutStatusResponseLinks",
    "WalletAssetData",
    "WalletAssetDataLinksType0",
    "WalletAssetListResponse",
    "WalletAssetListResponseLinks",
    "WalletAssetTransactionData",
    "WalletAssetTransactionsResponse",
    "WalletAssetTransactionsResponseLinks",
    "WalletBalanceSummary",
    "WalletBalanceSummaryResponse",
    "WalletBalanceSummaryResponseLinks",
    "WalletData",
    "WalletDataBase",
    "WalletLinks",
    "WalletListLinks",
    "WalletListResponse",
    "WalletResponse",
    "WalletShareEncryption",
    "WalletShareEncryptionData",
    "WalletShareEncryptionDict",
    "WalletSignerCreateRequest",
    "WalletSignerCreateRequestDict",
    "WalletSignerRegistrationLinks",
    "WalletSignerRegistrationResponse",
    "WalletUpdateRequest",
    "WalletUpdateRequestDict",
    "WidgetCreateRequest",
    "WidgetCreateRequestDict",
    "WidgetCreateRequestDisplayConfigType0",
    "WidgetCreateRequestQueryConfigType0",
    "WidgetData",
    "WidgetDataDisplayConfigType0",
    "WidgetDataQueryConfigType0",
    "WidgetListResponse",
    "WidgetListResponseLinks",
    "WidgetReorderRequest",
    "WidgetReorderRequestDict",
    "WidgetReorderResponse",
    "WidgetReorderResponseLinks",
    "WidgetResourceData",
    "WidgetResourceDataSampleData",
    "WidgetResponse",
    "WidgetResponseDisplayConfigType0",
    "WidgetResponseLinks",
    "WidgetResponseQueryConfigType0",
    "WidgetType",
    "WidgetUpdateRequest",
    "WidgetUpdateRequestDict",
    "WidgetUpdateRequestQueryConfigType0",
    "WidgetUpdateRequestSizeType0",
    "X402PaymentRequired",
    "X402PaymentRequiredExtensionsType0",
    "X402PaymentRequirements",
    "X402PaymentRequirementsExtraType0",
    "X402PaymentRequirementsOutputSchemaType0",
    "X402Scheme",
    "X402SettlementResponse",
    "X402SettlementResponseLinks",
)
