from pathlib import Path

import pytest

from pforte.db import make_engine, make_sessionmaker
from pforte.migrate import upgrade
from pforte.training import TrainingError, train


def test_an_empty_content_store_is_refused_before_rasa_trains_a_model_that_knows_nothing(
    tmp_path: Path,
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    upgrade(engine)
    try:
        with (
            make_sessionmaker(engine)() as session,
            pytest.raises(TrainingError, match=r"no example questions.*make content"),
        ):
            train(session, workspace=tmp_path / "build", out_dir=tmp_path / "models", make_current=False)
        assert not (tmp_path / "models").exists() or not list((tmp_path / "models").iterdir())
    finally:
        engine.dispose()
