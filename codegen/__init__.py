"""Build tools: normalise the reference into openapi.yaml and generate sumvin_sdk/_generated."""
