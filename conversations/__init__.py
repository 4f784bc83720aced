"""The conversation store: pseudonymous contacts, conversations with one owner, messages."""
