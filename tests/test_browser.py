"""The HTML in a real browser: headless Chromium, no network, prints each page to PDF
(read back with poppler's pdftotext and pdfinfo) and takes screenshots on a desktop and a
phone screen. Skipped where Chromium or poppler are missing, unless TEIKIT_REQUIRE_BROWSER=1
(CI), where that is a failure. The PDFs and screenshots are kept in tests/_artifacts/ for a
person to look at."""
from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess

import pytest

from teikit.export import build_edition, export

from conftest import EDITION, ROOT, connection_trap

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "tests" / "_artifacts"
TELEGRAM = EDITION / "tei" / "000_1146c90f5f55a996.xml"
TRANSCRIPT = EDITION / "tei" / "003_91c4a6c9c62e1599.xml"
SPEAKERS = {"STALIN", "SOONG", "MOLOTOV"}


def tool(*names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    message = f"needs {' or '.join(names)} (Debian: apt-get install chromium poppler-utils)"
    if os.environ.get("TEIKIT_REQUIRE_BROWSER") == "1":
        pytest.fail(message + "; TEIKIT_REQUIRE_BROWSER=1 requires it")
    pytest.skip(message)


@pytest.fixture(scope="module")
def chromium():
    tool("pdftotext"), tool("pdfinfo")
    return tool("chromium", "chromium-browser")


@pytest.fixture(scope="module")
def proxy():
    """A local port posing as the proxy for every request: nothing may connect to it."""
    with connection_trap() as trap:
        yield trap


def render(chromium, proxy, page, tmp_path, *args):
    port, hits = proxy
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
           "--no-first-run", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--disable-extensions", "--disable-default-apps",
           f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND",
           f"--proxy-server=127.0.0.1:{port}", "--no-pdf-header-footer", *args,
           page.resolve().as_uri()]
    proc = subprocess.run(cmd, capture_output=True, timeout=180)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    assert hits == [], f"the page made the browser reach the network: {hits}"


def pdf_pages(pdf) -> list[str]:
    count = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout).group(1))
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    assert len(pages) == count
    return pages


def print_pdf(chromium, proxy, path, tmp_path, view="diplomatic"):
    ARTIFACTS.mkdir(exist_ok=True)
    page = tmp_path / f"{path.stem}.{view}.html"
    page.write_bytes(export("html", path, view)[0])
    pdf = ARTIFACTS / f"{path.stem}.{view}.pdf"
    render(chromium, proxy, page, tmp_path, f"--print-to-pdf={pdf}")
    return pdf_pages(pdf)


def folio(page_text: str) -> str:
    return re.sub(r"\s", "", lines(page_text)[-1])


def lines(page_text: str) -> list[str]:
    return [ln.strip() for ln in page_text.splitlines() if ln.strip()]


def test_telegram_prints(chromium, proxy, tmp_path):
    pages = print_pdf(chromium, proxy, TELEGRAM, tmp_path)
    assert 1 <= len(pages) <= 4
    text = " ".join(" ".join(p.split()) for p in pages)
    for expected in ("Harriman and Stalin discuss Chinese Relations",
                     "The Ambassador in the Soviet Union (Harriman) to President Roosevelt",
                     "[Moscow,] June 11, 1944,", "Yesterday evening in my talk with Stalin",
                     "NOTES", "Paraphrase transmitted to the Secretary of State"):
        assert expected in text, expected                      # (CSS sets NOTES in capitals)
    for k, page in enumerate(pages, 1):
        assert folio(page) == f"{k}/{len(pages)}"               # page numbers at the foot


def test_transcript_prints_as_a_book(chromium, proxy, tmp_path):
    pages = print_pdf(chromium, proxy, TRANSCRIPT, tmp_path)
    assert 6 <= len(pages) <= 30, len(pages)
    title = "Record of a Meeting Between T. V. Soong and Stalin"
    for k, page in enumerate(pages, 1):
        body = lines(page)
        assert folio(page) == f"{k}/{len(pages)}"
        if k > 1:
            assert body[0] == title, body[0]                  # the running head
        last = body[-2]
        assert last not in SPEAKERS, f"page {k} ends with a speaker label"
        assert not last.startswith(title) or k == 1
    text = " ".join(" ".join(p.split()) for p in pages)
    assert "STALIN What news?" in text
    assert "(Stalin laughs)." in text and "Chiang [Kai-shek]" in text
    assert "[illegible]" in text and "they agreed (Khalkha government?) [sic]." in text


def test_reading_view_prints_without_signs(chromium, proxy, tmp_path):
    pages = print_pdf(chromium, proxy, TRANSCRIPT, tmp_path, "reading")
    text = " ".join(" ".join(p.split()) for p in pages)
    assert "Chiang Kai-shek" in text and "[Kai-shek]" not in text and "[sic]" not in text


def test_volume_starts_each_document_on_a_new_page(chromium, proxy, tmp_path):
    build_edition(EDITION, tmp_path / "ed")
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / "volume.pdf"
    render(chromium, proxy, tmp_path / "ed" / "html" / "volume.html", tmp_path,
           f"--print-to-pdf={pdf}")
    pages = pdf_pages(pdf)
    firsts = [lines(p)[:3] for p in pages]
    assert "Contents" in " ".join(lines(pages[0]))
    for title in ("Harriman and Stalin discuss Chinese Relations",
                  "Record of a Meeting Between T. V. Soong and Stalin"):
        starts = [k for k, first in enumerate(firsts) if " ".join(first[1:3]).startswith(title)]
        assert starts, f"{title} does not start a page"
        assert title == firsts[starts[0]][0]                   # its own running head


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("name,size", [("desktop", (1280, 1600)), ("phone", (390, 844))])
def test_screenshots(chromium, proxy, tmp_path, name, size):
    ARTIFACTS.mkdir(exist_ok=True)
    page = tmp_path / "transcript.html"
    page.write_bytes(export("html", TRANSCRIPT)[0])
    shot = ARTIFACTS / f"{TRANSCRIPT.stem}.{name}.png"
    shot.unlink(missing_ok=True)
    render(chromium, proxy, page, tmp_path, f"--window-size={size[0]},{size[1]}",
           "--hide-scrollbars", "--force-device-scale-factor=1", f"--screenshot={shot}")
    assert png_size(shot) == size
    assert shot.stat().st_size > 20_000              # a page was drawn, not a blank image
