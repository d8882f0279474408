from ..types import OpenStrEnum


class WidgetType(OpenStrEnum):
    """Ways a dashboard widget can draw its data; a value added later still parses."""

    BALANCE_SUMMARY = "balance_summary"
    BALANCE_TREND = "balance_trend"
    BUDGET_PROGRESS = "budget_progress"
    CHART_BAR = "chart_bar"
    CHART_DONUT = "chart_donut"
    CHART_LINE = "chart_line"
    METRIC_MULTI = "metric_multi"
    METRIC_SINGLE = "metric_single"
    SPENDING_CHART = "spending_chart"
    TRANSACTION_LIST = "transaction_list"
