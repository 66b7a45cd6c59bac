"""The demo fills a database of its own, so a real teacher T001 never takes over its
students in the file `serve` uses."""

from __future__ import annotations

from pathlib import Path

from tests.operator import flourish


def test_demo_uses_its_own_file_unless_told_otherwise(tmp_path: Path) -> None:
    result = flourish(["demo"], tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Demo database: sqlite:///flourish-demo.db" in result.stdout
    assert (tmp_path / "flourish-demo.db").exists()
    assert not (tmp_path / "flourish.db").exists()

    # Every other command keeps the default file, which the demo never touched.
    upgraded = flourish(["db", "upgrade"], tmp_path)
    assert upgraded.returncode == 0, upgraded.stderr
    assert (tmp_path / "flourish.db").exists()


def test_a_database_url_in_dot_env_is_the_demos_too(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DATABASE_URL=sqlite:///chosen.db\n")
    result = flourish(["demo"], tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "chosen.db").exists()
    assert not (tmp_path / "flourish-demo.db").exists()
    assert not (tmp_path / "flourish.db").exists()
