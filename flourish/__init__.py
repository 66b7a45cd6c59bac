"""Composition root: settings, the command line, and the wiring of domain and bot."""
