"""Typed Python SDK for the Sumvin API."""

__version__ = "0.1.0"

__all__ = ["__version__"]
