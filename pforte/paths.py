"""Where things are on disk."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"
CONTENT_DIR = ROOT / "content" / "topics"
HELDOUT_DIR = ROOT / "eval" / "heldout"
MODELS_DIR = VAR / "models"
RASA_BUILD_DIR = VAR / "rasa-build"
RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"
DEFAULT_DATABASE_URL = f"sqlite:///{VAR / 'pforte.db'}"
