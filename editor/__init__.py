"""The editors: content API, review, training, import and export, the editor page."""
