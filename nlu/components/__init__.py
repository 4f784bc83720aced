"""Custom Rasa graph components of the Pforte pipeline (see config.yml)."""
