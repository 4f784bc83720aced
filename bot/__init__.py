"""The Telegram gateway: updates in (webhook or polling), stored and deduplicated before
they are processed; replies out through the persistent outbox."""
