"""Files at URLs fetched together read exactly as one at a time: articles, limits, problems."""

from __future__ import annotations

import uuid

import pytest

fsspec = pytest.importorskip("fsspec")

from timeline_app.core.ingest import remote  # noqa: E402
from timeline_app.core.ingest.remote import list_location, read_location, read_locations  # noqa: E402


@pytest.fixture
def folder():
    fs = fsspec.filesystem("memory")
    root = f"/batches-{uuid.uuid4().hex}"
    texts = {
        "a.txt": "Floods closed the pass on 3 March 2021, the agency said.\n",
        "b.json": '{"title": "Vote", "text": "The council voted on 4 May 2022.", '
        '"date": "2022-05-05"}',
        "c.txt": "",
        "d[1].txt": "The bridge reopened in June 2019.\n",
        "e.txt": "A long report.\n" * 10,
    }
    for name, text in texts.items():
        fs.pipe_file(f"{root}/{name}", text.encode())
    yield f"memory://{root}"
    fs.rm(root, recursive=True)


def _plain(results):
    return [([(a.id, a.path, a.text, a.published) for a in articles],
             [(p.path, p.message) for p in problems]) for articles, problems in results]  # fmt: skip


def test_a_batch_reads_as_each_file_alone(folder, monkeypatch):
    entries, _ = list_location(folder)
    entries += [(f"{folder}/missing.txt", 10), (f"{folder}/a.txt", None)]
    alone = [read_location(url, size) for url, size in entries]
    assert any(articles for articles, _ in alone) and any(problems for _, problems in alone)
    monkeypatch.setattr(remote, "FETCH_BYTES", 40)  # several batches, one of a single file
    assert _plain(read_locations(entries)) == _plain(alone)


def test_a_file_larger_than_listed_is_still_refused(folder, monkeypatch):
    entries, _ = list_location(folder)
    monkeypatch.setattr(remote, "SIZE_LIMITS", {".txt": 100})
    monkeypatch.setattr(remote, "MAX_FILE_BYTES", 100)
    lied = [(url, 1) for url, _ in entries]  # the listing said small; e.txt holds 150 bytes
    got = dict(zip([u for u, _ in lied], _plain(read_locations(lied)), strict=True))
    assert got[f"{folder}/e.txt"] == (
        [], [(f"{folder}/e.txt", "The file grew past the size limit while being read.")]
    )
    assert got[f"{folder}/a.txt"][0]
