"""The deployment files say what they mean, checked by the tools that will read them.

- deploy/compose.yaml (and its HTTP override) by a real Compose implementation
  (`docker-compose config`, Debian's package; .ci/run installs it). There is no Docker
  engine here, and `config` needs none: it parses, validates against the Compose schema
  and resolves the file as `up` would, which is then checked for what the guide promises.
- The systemd units by `systemd-analyze verify`, which refuses an ExecStart whose binary
  does not exist: each unit is rendered into a temporary folder with its ExecStart pointed
  at this virtualenv's `flourish` (the only change), and every warning counts as a failure.
- deploy/Dockerfile by dockerfile-parse (no engine, no hadolint here): non-root, a health
  check, nothing it copies missing or left out of the build context.
- Every `flourish` command docs/deploy.md and the deployment files name exists with the
  options given: the guide's code is run with `--help` through the real command parser.

In CI (CI is set) a missing validator fails the test; elsewhere it is skipped with the
command that installs it.
"""

from __future__ import annotations

import configparser
import fnmatch
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml
from dockerfile_parse import DockerfileParser
from typer.testing import CliRunner

from flourish.cli import app
from flourish.settings import Settings
from tests.operator import ROOT

DEPLOY = ROOT / "deploy"
GUIDE = ROOT / "docs" / "deploy.md"
UNITS = ("flourish.service", "flourish-scheduler.service")
SECRET_SETTINGS = (
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_APP_TOKEN",
    "OPENAI_API_KEY",
    "DATABASE_URL",
    "POSTGRES_PASSWORD",
)


def _tool(name: str, install: str) -> str:
    found = shutil.which(name)
    if found is None:
        message = f"{name} is not installed ({install})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


# -- Compose -------------------------------------------------------------------------------


def _compose_config(tmp_path: Path, *files: str) -> dict[str, Any]:
    """`docker-compose config` of the files, in a copy of deploy/ whose env files are the
    examples (the real ones hold secrets and are never in the repository)."""
    compose = _tool("docker-compose", "apt-get install docker-compose")
    work = tmp_path / "deploy"
    shutil.copytree(DEPLOY, work)
    for example in work.glob("*.env.example"):
        shutil.copy(example, work / example.name.removesuffix(".example"))
    options = [part for name in files for part in ("-f", name)]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COMPOSE_", "DOCKER_"))}
    result = subprocess.run(
        [compose, *options, "config"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    config: dict[str, Any] = yaml.safe_load(result.stdout)
    return config


def _grace_seconds() -> float:
    """The shutdown grace the example env file sets, and at least the default."""
    default = Settings.model_fields["flourish_shutdown_grace_seconds"].default
    example = _env_file(DEPLOY / "flourish.env.example").get("FLOURISH_SHUTDOWN_GRACE_SECONDS")
    return max(float(default), float(example or 0))


def _seconds(duration: str) -> float:
    total = 0.0
    for amount, unit in re.findall(r"(\d+(?:\.\d+)?)(ms|us|h|m|s)", duration):
        total += float(amount) * {"h": 3600, "m": 60, "s": 1, "ms": 1e-3, "us": 1e-6}[unit]
    return total


def test_compose_file_is_valid_and_wires_the_deployment_as_the_guide_says(
    tmp_path: Path,
) -> None:
    services = _compose_config(tmp_path, "compose.yaml")["services"]
    assert set(services) == {"db", "migrate", "app", "scheduler"}

    db = services["db"]
    assert re.fullmatch(r"postgres:1[56](\.\d+)?(-\w+)?", db["image"])
    assert any(v.split(":")[0] == "pgdata" for v in db["volumes"]), db["volumes"]
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])

    migrate = services["migrate"]
    assert migrate["command"] == ["flourish", "db", "upgrade"]
    assert migrate["depends_on"]["db"]["condition"] == "service_healthy"
    assert migrate["restart"] == "no"

    # Socket Mode, the digest left to the one scheduler, started only after the migration.
    assert services["app"]["command"] == ["flourish", "serve", "--socket", "--no-scheduler"]
    assert services["scheduler"]["command"] == ["flourish", "scheduler"]
    for name in ("app", "scheduler"):
        service = services[name]
        assert service["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        assert _seconds(service["stop_grace_period"]) > _grace_seconds()
        assert service["read_only"] is True and service["cap_drop"] == ["ALL"]
        assert "ports" not in service  # Socket Mode opens none
    for name in ("migrate", "app", "scheduler"):
        # Its settings, secrets included, come from the env file alone.
        assert services[name]["environment"]["SLACK_BOT_TOKEN"] == "xoxb-CHANGE-ME"
    assert "POSTGRES_PASSWORD" not in services["app"]["environment"]
    assert "SLACK_BOT_TOKEN" not in db["environment"]
    assert "pgdata" in _compose_config(tmp_path / "again", "compose.yaml")["volumes"]


def test_http_override_serves_on_loopback_with_the_health_endpoint(tmp_path: Path) -> None:
    services = _compose_config(tmp_path, "compose.yaml", "compose.http.yaml")["services"]
    app_http = services["app"]
    assert app_http["command"] == [
        "flourish",
        "serve",
        "--http",
        "--port",
        "3000",
        "--no-scheduler",
    ]
    (port,) = app_http["ports"]
    published = port if isinstance(port, str) else f"{port['host_ip']}:{port['published']}"
    assert published.startswith("127.0.0.1:3000")
    assert "/health" in " ".join(app_http["healthcheck"]["test"])
    # Without an app token, the scheduler's doctor must be told this is HTTP mode.
    assert services["scheduler"]["healthcheck"]["test"][-2:] == ["doctor", "--http"]
    assert services["scheduler"]["command"] == ["flourish", "scheduler"]


def test_compose_files_hold_no_secret() -> None:
    for path in DEPLOY.glob("compose*.yaml"):
        text = path.read_text()
        assert not re.search(r"xox[a-z]-|xapp-|sk-[A-Za-z0-9]", text), path.name
        loaded = yaml.safe_load(text)
        for name, service in loaded["services"].items():
            environment = service.get("environment") or {}
            assert not set(environment) & set(SECRET_SETTINGS), (path.name, name)


# -- The env file examples -------------------------------------------------------------


def _env_file(path: Path) -> dict[str, str]:
    pairs = {}
    for line in path.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, sep, value = line.partition("=")
            assert sep and name == name.strip() and " " not in name, line
            pairs[name] = value
    return pairs


def test_env_example_names_only_real_settings_and_they_validate() -> None:
    example = DEPLOY / "flourish.env.example"
    known = {name.upper() for name in Settings.model_fields}
    names = set(_env_file(example))
    assert names - known == set()
    assert {"DATABASE_URL", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"} <= names
    settings = Settings(_env_file=example)
    assert settings.database_url.startswith("postgresql")
    assert set(_env_file(DEPLOY / "postgres.env.example")) == {"POSTGRES_PASSWORD"}


def test_git_and_the_image_leave_the_real_env_files_out() -> None:
    for secret in ("deploy/flourish.env", "deploy/postgres.env", ".env"):
        ignored = subprocess.run(
            ["git", "check-ignore", "-q", secret], cwd=ROOT, capture_output=True
        )
        assert ignored.returncode == 0, f"git would commit {secret}"
        assert _docker_ignored(secret), f"the build context would carry {secret}"


# -- systemd -------------------------------------------------------------------------------


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string((DEPLOY / name).read_text())
    return parser


@pytest.mark.parametrize("name", UNITS)
def test_systemd_unit_verifies(name: str, tmp_path: Path) -> None:
    analyze = _tool("systemd-analyze", "apt-get install systemd")
    # verify checks that ExecStart's binary exists; the unit names the install's path
    # (/opt/flourish/venv), so point it at this virtualenv's console script instead.
    installed = Path(sys.executable).with_name("flourish")
    assert installed.exists(), f"no console script at {installed}: run `make install`"
    text = (DEPLOY / name).read_text()
    rendered, count = re.subn(
        r"^ExecStart=/opt/flourish/venv/bin/flourish",
        f"ExecStart={installed}",
        text,
        flags=re.MULTILINE,
    )
    assert count == 1
    (tmp_path / name).write_text(rendered)
    result = subprocess.run(
        [analyze, "verify", str(tmp_path / name)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    # verify exits 0 on an unknown key or a bad value and only warns: any line about the
    # unit is a failure.
    complaints = [line for line in (result.stdout + result.stderr).splitlines() if name in line]
    assert result.returncode == 0 and complaints == [], result.stdout + result.stderr


@pytest.mark.parametrize("name", UNITS)
def test_systemd_unit_runs_as_its_user_with_its_env_file_and_outlasts_the_grace(
    name: str,
) -> None:
    service = _unit(name)["Service"]
    assert service["User"] == "flourish" and service["Group"] == "flourish"
    assert service["EnvironmentFile"] == "/etc/flourish/flourish.env"
    assert service["Restart"] == "on-failure"
    assert _seconds(service["TimeoutStopSec"] + "s") > _grace_seconds()
    for option in ("NoNewPrivileges", "PrivateTmp", "ProtectHome"):
        assert service[option] == "true", option
    assert service["ProtectSystem"] == "strict"
    command = shlex.split(service["ExecStart"])
    assert command[0] == "/opt/flourish/venv/bin/flourish"
    # One scheduler per deployment: the app unit never runs one.
    expected = ["serve", "--no-scheduler"] if name == "flourish.service" else ["scheduler"]
    assert command[1 : 1 + len(expected)] == expected


# -- Dockerfile ----------------------------------------------------------------------------


def _dockerfile() -> DockerfileParser:
    parser = DockerfileParser(path=str(DEPLOY / "Dockerfile"))
    return parser


def _stages(parser: DockerfileParser) -> list[list[Mapping[str, Any]]]:
    stages: list[list[Mapping[str, Any]]] = []
    for instruction in parser.structure:
        if instruction["instruction"] == "FROM":
            stages.append([])
        if stages:
            stages[-1].append(instruction)
    return stages


def _docker_ignored(path: str) -> bool:
    patterns = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert not any(p.startswith("!") for p in patterns), "exceptions are not modelled here"
    parts = Path(path).parts
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    return any(
        fnmatch.fnmatch(prefix, pattern.removeprefix("**/"))
        or fnmatch.fnmatch(Path(prefix).name, pattern.removeprefix("**/"))
        for pattern in patterns
        for prefix in prefixes
    )


def test_dockerfile_runs_flourish_serve_as_non_root_with_a_health_check() -> None:
    parser = _dockerfile()
    assert re.fullmatch(r"python:3\.1[12]-slim(-\w+)?", parser.baseimage), parser.baseimage
    *_, final = _stages(parser)
    kinds = [i["instruction"] for i in final]
    (user,) = [i["value"] for i in final if i["instruction"] == "USER"]
    assert user.split(":")[0] not in ("root", "0")
    assert kinds.index("USER") < kinds.index("CMD")
    (health,) = [i["value"] for i in final if i["instruction"] == "HEALTHCHECK"]
    assert re.search(r'CMD \["flourish", "doctor"\]', health), health
    assert parser.cmd == '["flourish", "serve"]'
    assert [i["value"] for i in final if i["instruction"] == "STOPSIGNAL"] == ["SIGTERM"]


def test_dockerfile_installs_the_pinned_versions_and_no_build_tools() -> None:
    parser = _dockerfile()
    stages = _stages(parser)
    assert len(stages) == 2
    runs = [i["value"] for stage in stages for i in stage if i["instruction"] == "RUN"]
    assert any("pip install -c constraints.txt ." in run for run in runs)
    # No package manager brings a compiler in; wheels cover every dependency.
    assert not [run for run in runs if re.search(r"\b(apt-get|apt|apk)\s+(install|add)", run)]
    build, final = stages
    # The run stage starts from the same slim image and takes only the virtualenv.
    assert build[0]["value"].split()[0] == final[0]["value"].split()[0]
    copies = [i["value"] for i in final if i["instruction"] == "COPY"]
    assert copies == ["--from=build /opt/flourish /opt/flourish"]


def test_every_file_the_dockerfile_copies_is_in_the_build_context() -> None:
    copied = []
    for instruction in _dockerfile().structure:
        if instruction["instruction"] != "COPY":
            continue
        args = shlex.split(instruction["value"])
        if any(a.startswith("--from") for a in args):
            continue
        sources = [a for a in args if not a.startswith("--")][:-1]
        for source in sources:
            assert (ROOT / source).exists(), f"COPY {source}: no such file"
            assert not _docker_ignored(source), f"COPY {source}: .dockerignore leaves it out"
            copied.append(source)
    # What `pip install .` builds from (flourish/manifest.yml links to the root's).
    package = {"pyproject.toml", "constraints.txt", "README.md", "manifest.yml"}
    assert package | {"bot", "domain", "flourish", "migrations"} <= set(copied)


# -- flourish commands named in the guide and the deployment files ---------------------------

# A command line's first word that is not the flourish binary: the word `flourish` after it
# is a user or database name.
WRAPPERS = {"sudo", "runuser", "env", "exec"}


def _is_flourish(token: str) -> bool:
    return token == "flourish" or token.endswith("/bin/flourish")


def flourish_commands(text: str) -> Iterator[list[str]]:
    """The arguments of each `flourish` invocation in shell text: one per command, after
    any `VAR=value`, `sudo -u USER` or `docker compose ... run|exec SERVICE`."""
    lexer = shlex.shlex(text, posix=True, punctuation_chars=";&|<>")
    lexer.whitespace_split = True
    lexer.commenters = "#"
    tokens = list(lexer)
    segment: list[str] = []
    for token in [*tokens, ";"]:
        if token and set(token) <= set(";&|<>\n"):
            yield from _invocation(segment)
            segment = [] if not set(token) <= set("<>") else ["<redirect>"]
            continue
        if segment[:1] != ["<redirect>"]:
            segment.append(token)


def _invocation(words: list[str]) -> Iterator[list[str]]:
    i = 0
    while i < len(words) and re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", words[i]):
        i += 1
    while i < len(words) and words[i] in WRAPPERS:
        i += 1
        while i < len(words) and words[i].startswith("-"):
            # sudo -u USER, runuser -u USER --: an option and, for -u/-g, its value.
            i += 2 if words[i] in ("-u", "-g", "--user", "--group") else 1
        if i < len(words) and words[i] == "--":
            i += 1
    if i >= len(words):
        return
    if _is_flourish(words[i]):
        yield words[i + 1 :]
    elif words[i] == "docker" and ({"run", "exec"} & set(words)):
        after = words[i:]
        for j, word in enumerate(after):
            if _is_flourish(word) and j > 0 and not after[j - 1].startswith("-"):
                yield after[j + 1 :]
                return


def _guide_commands() -> list[list[str]]:
    text = GUIDE.read_text()
    commands: list[list[str]] = []
    blocks = re.findall(r"^```(\w*)\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)
    for language, block in blocks:
        if language in ("", "sh", "bash", "shell", "console"):
            for line in block.splitlines():
                commands += flourish_commands(line)
    prose = re.sub(r"^```.*?^```", "", text, flags=re.MULTILINE | re.DOTALL)
    for span in re.findall(r"`([^`\n]+)`", prose):
        commands += flourish_commands(span)
    return commands


def _deployment_commands() -> list[list[str]]:
    commands: list[list[str]] = []
    for name in UNITS:
        commands += flourish_commands(_unit(name)["Service"]["ExecStart"])
    for path in DEPLOY.glob("compose*.yaml"):
        for service in yaml.safe_load(path.read_text())["services"].values():
            for command in (service.get("command"), (service.get("healthcheck") or {}).get("test")):
                if command and _is_flourish(command[1 if command[0] == "CMD" else 0]):
                    commands.append(command[2:] if command[0] == "CMD" else command[1:])
    for instruction in _dockerfile().structure:
        if instruction["instruction"] in ("CMD", "HEALTHCHECK"):
            exec_form = re.search(r"\[.*\]", instruction["value"])
            assert exec_form, instruction
            words = yaml.safe_load(exec_form.group(0))
            commands.append(words[1:])
    return commands


def test_the_command_finder_reads_shell_as_an_admin_writes_it() -> None:
    text = (
        "sudo -u flourish /opt/flourish/venv/bin/flourish doctor --http\n"
        "useradd --system flourish && DATABASE_URL=x flourish digest --dry-run | less\n"
        "docker compose -f deploy/compose.yaml run --rm app flourish roster import /r/t.csv\n"
        "runuser -u postgres -- createdb --owner flourish flourish\n"
        "runuser -u flourish -- /opt/flourish/venv/bin/flourish scheduler\n"
        "flourish db upgrade > /tmp/log # flourish nothing\n"
    )
    found = [c for line in text.splitlines() for c in flourish_commands(line)]
    assert found == [
        ["doctor", "--http"],
        ["digest", "--dry-run"],
        ["roster", "import", "/r/t.csv"],
        ["scheduler"],
        ["db", "upgrade"],
    ]


def test_every_flourish_command_in_the_guide_and_deploy_files_exists() -> None:
    guide = _guide_commands()
    named = {" ".join(c[:2]) for c in guide}
    # The guide's own steps, at least, are found.
    for step in ("db upgrade", "roster import", "doctor", "digest --dry-run", "serve"):
        assert any(n.startswith(step) for n in named), step
    runner = CliRunner()
    checked = set()
    for args in [*guide, *_deployment_commands()]:
        key = tuple(args)
        if key in checked:
            continue
        checked.add(key)
        result = runner.invoke(app, [*args, "--help"], prog_name="flourish")
        assert result.exit_code == 0, f"`flourish {' '.join(args)}`: {result.output}"
