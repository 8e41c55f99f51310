"""The deploy/ folder agrees with the app it deploys: every variable the app service sets is a setting the app
reads, the database is PostgreSQL on the compose network, replicas sit behind the proxy and are checked on
/healthz, and the image copies every folder the package reads at run time."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from interviewer.settings import ENVIRONMENT

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def compose() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_the_app_service_sets_only_settings_the_app_reads() -> None:
    services = compose()["services"]
    app = services["app"]
    assert set(app["environment"]) <= set(ENVIRONMENT)
    url = app["environment"]["INTERVIEWER_DATABASE_URL"]
    assert url.startswith("postgresql://") and "@postgres:5432/" in url and "postgres" in services
    assert app["environment"]["INTERVIEWER_MODEL"].startswith("openai:")
    assert app["environment"]["OPENAI_BASE_URL"].startswith("http://model:") and "model" in services
    assert app["environment"]["INTERVIEWER_CHROMA_URL"].startswith("http://chroma:") and "chroma" in services


def test_replicas_are_health_checked_and_balanced_without_sticky_sessions() -> None:
    services = compose()["services"]
    assert services["app"]["deploy"]["replicas"] >= 2
    assert "/healthz" in " ".join(services["app"]["healthcheck"]["test"])
    lines = (DEPLOY / "nginx.conf").read_text(encoding="utf-8").splitlines()
    nginx = "\n".join(line.split("#")[0] for line in lines)  # the directives, not the comments
    assert "server app:7860;" in nginx and "ip_hash" not in nginx and "sticky" not in nginx
    assert "proxy_buffering off" in nginx  # Gradio streams turns as server-sent events


def test_the_image_copies_what_the_package_reads_at_run_time() -> None:
    copied = set(re.findall(r"^COPY (\S+)", (DEPLOY / "Dockerfile").read_text(encoding="utf-8"), re.M))
    for folder in ("interviewer", "corpus", "prompts", "roles", "evals/calibration"):
        assert folder in copied, folder
    assert "-e '.[server]'" in (DEPLOY / "Dockerfile").read_text(encoding="utf-8")  # read beside its source


def test_no_service_phones_home() -> None:
    services = compose()["services"]
    assert services["chroma"]["environment"]["ANONYMIZED_TELEMETRY"] == "FALSE"
    assert services["model"]["environment"]["VLLM_NO_USAGE_STATS"] == "1"
    assert services["model"]["environment"]["HF_HUB_OFFLINE"] == "1"
    assert "GRADIO_ANALYTICS_ENABLED=False" in (DEPLOY / "Dockerfile").read_text(encoding="utf-8")


def test_the_cpu_override_serves_the_model_the_app_asks_for_where_it_looks() -> None:
    """compose.cpu.yaml swaps vLLM for `interviewer models serve` (llama.cpp) under the same name and port."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!reset", lambda loader, node: None)  # compose's "drop the base file's value"
    text = (DEPLOY / "compose.cpu.yaml").read_text(encoding="utf-8")
    model = yaml.load(text, Loader=Loader)["services"]["model"]  # noqa: S506 - a safe loader with one tag
    command = model["command"]
    assert command[:3] == ["interviewer", "models", "serve"]
    app = compose()["services"]["app"]["environment"]
    assert app["INTERVIEWER_MODEL"] == "openai:" + command[command.index("--alias") + 1]
    assert app["OPENAI_BASE_URL"] == f"http://model:{command[command.index('--port') + 1]}/v1"
    assert set(model["environment"]) <= set(ENVIRONMENT) and command[command.index("--host") + 1] == "0.0.0.0"
