"""The app's HTTP server: the local web chat, health, and later the console and editor."""
