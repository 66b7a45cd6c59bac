"""The Flourish product: curriculum, schema, services. Knows nothing of Slack."""
