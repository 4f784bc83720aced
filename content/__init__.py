"""The content store: topics, vetted answers and example questions per language."""
