import pytest

from pforte.settings import AppSettings, SettingsError, get_settings


def test_missing_secret_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("PFORTE_PSEUDONYM_KEY", raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(AppSettings.model_config, "env_file", None)
    get_settings.cache_clear()
    with pytest.raises(SettingsError) as error:
        get_settings()
    assert "PFORTE_PSEUDONYM_KEY: is missing" in str(error.value)
    assert "Traceback" not in str(error.value)
    get_settings.cache_clear()


def test_malformed_values_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(AppSettings.model_config, "env_file", None)
    monkeypatch.setenv("PFORTE_PSEUDONYM_KEY", "k" * 40)
    monkeypatch.setenv("PFORTE_HTTP_PORT", "eighty")
    monkeypatch.setenv("PFORTE_DATABASE_URL", "mysql://nope")
    get_settings.cache_clear()
    with pytest.raises(SettingsError) as error:
        get_settings()
    message = str(error.value)
    assert "PFORTE_HTTP_PORT" in message
    assert "PFORTE_DATABASE_URL: Value error, must start with sqlite:// or postgresql://" in message
    get_settings.cache_clear()


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(AppSettings.model_config, "env_file", None)
    for name in ("PFORTE_HTTP_PORT", "PFORTE_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    settings = AppSettings(pseudonym_key="k" * 40)  # type: ignore[arg-type]
    assert settings.http_port == 8080
    assert settings.database_url.startswith("sqlite:///") and settings.database_url.endswith("var/pforte.db")
