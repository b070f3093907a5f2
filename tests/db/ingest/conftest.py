"""Real files for the importer tests: the shipped sample article and a few Global Voices posts."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[3] / "resources" / "demo"
SAMPLE = DEMO / "sample" / "turkish-delegation-in-russia.txt"
GV_TAR = DEMO / "globalvoices-arab-spring" / "globalvoices-arab-spring.tar.gz"

# Posts used by the tests: a photo credit line at the end; a framing line repeated first and last;
# a page script captured after the text.
GV_POSTS = {
    "credit": "fr/syria/2011-04-19/gv_35.txt",
    "framed": "es/syria/2011-04-05/gv_24.txt",
    "script": "it/egypt/2011-03-08/gv_0.txt",
}


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def gv_posts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The Global Voices posts above, unpacked from the demo's archive."""
    folder = tmp_path_factory.mktemp("globalvoices")
    with tarfile.open(GV_TAR) as tar:
        tar.extractall(folder, members=[tar.getmember(m) for m in GV_POSTS.values()], filter="data")
    return {key: folder / member for key, member in GV_POSTS.items()}


@pytest.fixture
def sample_and_posts(sample_path: Path, gv_posts: dict[str, Path]) -> list[Path]:
    """The sample article and the Global Voices posts, as one import's inputs."""
    return [sample_path, *gv_posts.values()]
