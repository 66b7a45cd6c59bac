"""The Slack adapter: listeners, Block Kit builders, middleware. Knows no SQL and no prompts."""
