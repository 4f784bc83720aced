"""The app's environment has neither Rasa nor scikit-learn: tests of nlu/ run a script of theirs
in Rasa's environment, send it JSON on standard input and read its last line as JSON."""

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from pforte.paths import RASA_PYTHON, ROOT


def run_in_rasa(script: str, payload: Any) -> Any:
    completed = subprocess.run(
        [str(RASA_PYTHON), "-W", "ignore", str(Path(__file__).with_name(script))],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
        check=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])
