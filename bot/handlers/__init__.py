"""Telegram handlers grouped by feature; bot/registry.py registers them."""
