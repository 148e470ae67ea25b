"""teikit schema fetch: the TEI release schema into the user cache, checksum checked;
tests use local files and file: URLs, never the network."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from teikit.cli import app
from teikit.validate import schemas

from conftest import ROOT, shared_path

runner = CliRunner()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("TEIKIT_TEI_ALL", raising=False)
    return tmp_path / "cache"


@pytest.mark.shared
def test_pinned_release_is_the_tei_consortium_file():
    release = schemas.RELEASES["tei-all"]
    assert release.url == ("https://www.tei-c.org/Vault/P5/4.7.0/xml/tei/custom/schema/"
                           "relaxng/tei_all.rng")
    import hashlib
    data = shared_path("schemas", "tei", "p5-4.7.0", "tei_all.rng").read_bytes()
    assert hashlib.sha256(data).hexdigest() == release.sha256


@pytest.mark.shared
def test_fetch_from_a_local_url_fills_the_cache(cache):
    source = shared_path("schemas", "tei", "p5-4.7.0", "tei_all.rng")
    with pytest.raises(Exception) as missing:
        schemas.locate("tei-all")
    assert "teikit schema fetch tei-all" in str(missing.value)
    result = runner.invoke(app, ["schema", "fetch", "tei-all", "--url", source.as_uri()])
    assert result.exit_code == 0, result.output
    target = cache / "teikit" / "tei" / "p5-4.7.0" / "tei_all.rng"
    assert target.read_bytes() == source.read_bytes()
    assert schemas.locate("tei-all") == target
    assert "saved to" in result.output


def test_fetch_refuses_a_file_with_the_wrong_checksum(cache, tmp_path):
    fake = tmp_path / "tei_all.rng"
    fake.write_text('<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start>'
                    '<element name="TEI"><empty/></element></start></grammar>')
    result = runner.invoke(app, ["schema", "fetch", "tei-all", "--url", fake.as_uri()])
    assert result.exit_code == 3
    assert "checksum mismatch" in result.output and "[checksum]" in result.output
    assert not (cache / "teikit").exists() or not any((cache / "teikit").rglob("*.rng"))


def test_fetch_refuses_other_schemes_and_unknown_names(cache):
    assert runner.invoke(app, ["schema", "fetch", "tei-all", "--url",
                               "ftp://example.org/tei_all.rng"]).exit_code == 2
    assert runner.invoke(app, ["schema", "fetch", "tei-bare"]).exit_code == 2
    missing = runner.invoke(app, ["schema", "fetch", "tei-all", "--url",
                                  "file:///nonexistent/tei_all.rng"])
    assert missing.exit_code == 3 and "[fetch]" in missing.output


@pytest.mark.shared
def test_environment_variable_takes_precedence(cache, monkeypatch, tmp_path):
    monkeypatch.setenv("TEIKIT_TEI_ALL", str(tmp_path / "nowhere.rng"))
    with pytest.raises(Exception) as err:
        schemas.locate("tei-all")
    assert "TEIKIT_TEI_ALL" in str(err.value)
    source = shared_path("schemas", "tei", "p5-4.7.0", "tei_all.rng")
    monkeypatch.setenv("TEIKIT_TEI_ALL", str(source))
    assert schemas.locate("tei-all") == source


@pytest.mark.shared
@pytest.mark.slow
def test_fetched_schema_validates_in_a_fresh_process(tmp_path):
    """The whole path a user takes: fetch into the cache, then validate with tei-all; the
    compile is paid once for several files."""
    source = shared_path("schemas", "tei", "p5-4.7.0", "tei_all.rng")
    env = {k: v for k, v in os.environ.items() if k != "TEIKIT_TEI_ALL"}
    env.update(XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONPATH=str(ROOT / "src"))
    teikit = [sys.executable, "-m", "teikit"]
    fetch = subprocess.run([*teikit, "schema", "fetch", "--url", source.as_uri()], env=env,
                           capture_output=True, text=True)
    assert fetch.returncode == 0, fetch.stderr
    masters = sorted((ROOT / "editions" / "sample" / "tei").glob("*.xml"))
    run = subprocess.run([*teikit, "validate", "--profile", "tei-all", *map(str, masters)],
                         env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 valid" in run.stderr


def test_user_rng_may_not_include_files_elsewhere(tmp_path):
    rng = tmp_path / "s.rng"
    rng.write_text('<grammar xmlns="http://relaxng.org/ns/structure/1.0">'
                   '<include href="http://example.org/other.rng"/></grammar>')
    result = runner.invoke(app, ["validate", "--schema", str(rng),
                                 str(ROOT / "editions" / "sample" / "tei" /
                                     "000_1146c90f5f55a996.xml")])
    assert result.exit_code == 2 and "[schema-include]" in result.output
