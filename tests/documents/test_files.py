"""Which files a path names: folders expand to supported files, sorted, hidden ones skipped."""

from __future__ import annotations

from knowledge.documents.files import expand_paths


def test_folders_expand_to_supported_visible_files(tmp_path) -> None:
    for name in ["b.txt", "a.md", "c.exe", ".hidden.txt", "sub/d.pdf", ".git/e.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path])]
    assert found == ["a.md", "b.txt", "sub/d.pdf"]
    single = tmp_path / "c.exe"
    assert expand_paths([single]) == [single]  # a named file is kept: the loader says why not
