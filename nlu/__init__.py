"""Rasa side of Pforte: hand-written domain, rules and stories, and the Python components
that Rasa loads (run in the Rasa environment, .venv-rasa; only the standard library,
Rasa's own dependencies and ``pforte.text`` may be imported here)."""
