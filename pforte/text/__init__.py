"""Text tools shared by the app and the Rasa pipeline (standard library and langdetect only)."""
