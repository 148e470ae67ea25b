"""Text input of every shape: refused in one line, or encoded with every word kept."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from lxml import etree
from shared_sources import NS

from teikit import encode_file, encode_text
from teikit.header import Edition

from wordcheck import missing_words, source_words


def encode_bytes(tmp_path, data: bytes, **kw):
    path = tmp_path / "in.txt"
    path.write_bytes(data)
    return encode_file(path, edition=Edition(), **kw)


def codes(result):
    return [d.code for d in result.diagnostics]


def kept(text: str, result):
    root = etree.fromstring(result.data)
    excused = {n for i in result.left_out for n in range(i.line, i.end_line + 1)}
    assert not missing_words(source_words(text, excused), root)
    return root


def test_nul_bytes_refused_with_line(tmp_path):
    from teikit.diagnostics import TeikitError
    with pytest.raises(TeikitError) as info:
        encode_bytes(tmp_path, b"Title\n\nfine\nbad\x00byte\n")
    d = info.value.diagnostic
    assert (d.line, d.col, d.code) == (4, 4, "binary")


def test_utf16_without_bom_is_named(tmp_path):
    from teikit.diagnostics import TeikitError
    with pytest.raises(TeikitError) as info:
        encode_bytes(tmp_path, "Title\n\nSome text here.\n".encode("utf-16-le"))
    assert "--encoding utf-16" in info.value.diagnostic.message


def test_control_characters_reported_and_words_kept(tmp_path):
    text = "Title\n\nA bell\x07here and a tab\there.\n"
    result = encode_bytes(tmp_path, text.encode())
    assert "control-char" in codes(result)
    d = next(d for d in result.diagnostics if d.code == "control-char")
    assert (d.line, d.col) == (3, 7)
    kept(text.replace("\x07", " "), result)


def test_very_long_line(tmp_path):
    text = "Title\n\n" + "word " * 400_000 + "\n"
    result = encode_bytes(tmp_path, text.encode())
    root = kept(text, result)
    assert len(root.xpath("//t:body//t:p", namespaces=NS)) == 1


def test_long_runs_of_spaces_before_a_line(tmp_path):
    """Lines indented deeper and deeper (a nested list typed by hand: 400 lines, up to 800
    spaces before a word). The test for a contents line's leader searched each run of
    spaces in cubic time: 200 such lines took 25 s, these would take hours (a helper found
    it); they are read in about a second now. No time is asserted: the pytest run itself
    would not end."""
    text = "Title\n\n" + "".join("  " * i + f"- item {i}\n" for i in range(400))
    result = encode_bytes(tmp_path, text.encode())
    kept(text, result)


@pytest.mark.parametrize("text", [
    "עברית: שָׁלוֹם עולם\n\nمرحبا بالعالم [sic] نص\n",
    "Combining e\u0301 and a\u0308 marks, Ǆ, ﬁ ligature\n",
    "Emoji 👩\u200d🔬 and flags 🇸🇮 in text.\n",
])
def test_scripts_and_marks(text):
    result = encode_text(text)
    kept(text, result)


def test_markup_like_text_stays_text():
    text = "Title\n\nHe wrote <script>alert('x')</script> &amp; ]]> & < > in the note.\n"
    result = encode_text(text)
    root = etree.fromstring(result.data)
    assert not root.xpath("//*[local-name()='script']")
    para = root.xpath("string(//t:body//t:p)", namespaces=NS)
    assert "<script>alert('x')</script> &amp; ]]> & < >" in para


def test_unbalanced_and_nested_brackets():
    text = "Title\n\nOpen [bracket here\n\nClose] there and [[nested] one].\n"
    result = encode_text(text)
    assert codes(result).count("unclosed-bracket") == 2
    assert codes(result).count("unopened-bracket") == 2
    kept(text, result)


def test_notes_markers_and_duplicates():
    text = ("Title\n\nOne.[1] Two.[2] Three.[5]\n\n[1] First note.\n\n[2] Second note.\n\n"
            "[2] Second again.\n\n[3] Never referred to.\n")
    result = encode_text(text)
    c = codes(result)
    assert "marker-without-note" in c            # [5]
    assert "duplicate-note-number" in c          # [2] twice
    assert c.count("note-without-marker") == 2   # [3] and the second [2]
    root = kept(text, result)
    assert len(root.xpath("//t:note[@place='foot']", namespaces=NS)) == 4
    ids = root.xpath("//@xml:id")
    assert len(ids) == len(set(ids))


def test_speaker_label_without_speech():
    text = "Minutes\n\nSmith: Hello.\n\nJones:\n\nSmith: Bye.\n\nJones: Fine.\n"
    result = encode_text(text)
    assert "empty-turn" in codes(result)
    kept(text, result)


def _wait_for_cpu(pid, seconds):
    """Wait until the process has used `seconds` of CPU: a wall-clock sleep lands in its
    start-up instead when other jobs load the machine."""
    ticks = os.sysconf("SC_CLK_TCK")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        if (int(fields[11]) + int(fields[12])) / ticks >= seconds:
            return
        time.sleep(0.05)
    pytest.fail("the encode never got the CPU it needed")


def test_ctrl_c_stops_cleanly(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "Smith: some words of speech here.\n\n" * 400_000)
    out = tmp_path / "out.xml"
    proc = subprocess.Popen([sys.executable, "-m", "teikit", "encode", str(big), "-o", str(out)],
                            stderr=subprocess.PIPE, text=True)
    _wait_for_cpu(proc.pid, seconds=1.5)   # loaded and encoding, however busy the machine
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt"]


def test_output_in_read_only_place_is_one_line(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("Title\n\nText.\n")
    proc = subprocess.run([sys.executable, "-m", "teikit", "encode", str(src), "-o",
                           "/proc/teikit-out.xml"], capture_output=True, text=True)
    assert proc.returncode == 4, proc.stderr
    assert proc.stderr.strip().startswith("/proc/teikit-out.xml: error: cannot write output")
    assert "Traceback" not in proc.stderr


def test_ctrl_c_while_loading_is_one_line(monkeypatch, capsys):
    """Ctrl-C in the first 0.3 s, while the command loads typer and lxml, printed a
    traceback (found sending it at 0.1-0.4 s); now it is the same one line as later."""
    import types

    from teikit import launch

    class Loading(types.ModuleType):
        def __getattr__(self, name):          # the import the interrupt lands in
            raise KeyboardInterrupt

    monkeypatch.setitem(sys.modules, "teikit.cli", Loading("teikit.cli"))
    monkeypatch.setattr(sys, "argv", ["teikit", "encode", "a.txt"])
    try:
        launch.main()
    except KeyboardInterrupt:             # (it would stop pytest itself)
        pytest.fail("Ctrl-C while loading escaped as a traceback")
    except SystemExit as stop:
        assert stop.code == 130
    else:
        pytest.fail("no exit")
    assert capsys.readouterr().err == "teikit: error: interrupted [interrupted]\n"
