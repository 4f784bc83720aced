"""Pforte: digital counselling front door. Keep this module free of imports: the Rasa
environment imports ``pforte.text`` and must not pull in the app's dependencies."""
