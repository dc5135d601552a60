"""Fetching register files for `kg registers update`: from the publishers (the URLs in
kg/data/registers_sources.tsv, which the user can edit), from a web folder that lists its
files, or from a local folder. Files land in a temporary folder and are read in full
before they replace the user's copy, so a failed download changes nothing."""
from __future__ import annotations

import io
import re
import shutil
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from .bodies import read_folder
from .read import RegisterError

SOURCES_FILE = Path(__file__).resolve().parent.parent / "data" / "registers_sources.tsv"
TIMEOUT = 60
USER_AGENT = "kg-registers (+https://w3id.org/newskg)"


def read_sources(path: Path = SOURCES_FILE) -> list[tuple[str, str]]:
    """(local file name, URL) per line of the sources file."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].strip() or not parts[1].strip().startswith(("http://", "https://", "file:")):
            raise RegisterError(f"{path} line {n}: expected <file name> TAB <URL>")
        out.append((Path(parts[0].strip()).name, parts[1].strip()))
    return out


def fetch(url: str) -> tuple[bytes, str]:
    """The body and content type at `url`, or a one-line error."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as e:
        raise RegisterError(f"cannot fetch {url}: HTTP {e.code} {e.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as e:
        reason = getattr(e, "reason", e)
        raise RegisterError(f"cannot fetch {url}: {reason}") from None


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs += [v for k, v in attrs if k == "href" and v]


def listed_files(url: str) -> list[tuple[str, str]]:
    """(file name, URL) of every .csv and .zip a directory-index page links to."""
    body, ctype = fetch(url if url.endswith("/") else url + "/")
    if "html" not in ctype.lower():
        raise RegisterError(f"{url} is not a folder listing (got {ctype or 'no content type'}); "
                            "give a folder URL whose page lists the register files")
    parser = _Links()
    parser.feed(body.decode("utf-8", errors="replace"))
    base = url if url.endswith("/") else url + "/"
    out = []
    for href in dict.fromkeys(parser.hrefs):
        name = Path(urllib.parse.unquote(urllib.parse.urlparse(href).path)).name
        if re.search(r"\.(csv|zip)$", name, re.I) or name == "README.md":
            out.append((name, urllib.parse.urljoin(base, href)))
    if not any(n.lower().endswith((".csv", ".zip")) for n, _ in out):
        raise RegisterError(f"{url} lists no .csv or .zip files")
    return out


def save(name: str, body: bytes, folder: Path, url: str) -> None:
    """Write one download; a zip is unpacked to its first CSV, saved under `name`."""
    if body[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(body)) as archive:
                member = next((m for m in archive.namelist() if m.lower().endswith(".csv")), None)
                if member is None:
                    raise RegisterError(f"{url}: the zip holds no .csv file")
                body = archive.read(member)
        except zipfile.BadZipFile:
            raise RegisterError(f"{url}: not a readable zip file") from None
        name = name[:-4] + ".csv" if name.lower().endswith(".zip") else name
    (folder / name).write_bytes(body)


def download(source: str | None, dest: Path, sources_file: Path = SOURCES_FILE) -> Path:
    """Fetch the registers into `dest` (replacing it) and return it; `source` is a folder,
    a folder URL, or None for the publishers' URLs in the sources file."""
    if source and not source.startswith(("http://", "https://")):
        folder = Path(source)
        if not folder.is_dir():
            raise RegisterError(f"--from {source}: no such folder or URL")
        read_folder(folder)  # refuse a broken folder before anything is replaced
        return folder
    files = listed_files(source) if source else read_sources(sources_file)
    tmp = Path(tempfile.mkdtemp(prefix=".kg-registers-", dir=dest.parent if dest.parent.exists() else None))
    try:
        for name, url in files:
            body, _ = fetch(url)
            save(name, body, tmp, url)
        read_folder(tmp)  # every file reads cleanly, or nothing changes
        if dest.exists():
            shutil.rmtree(dest)
        tmp.rename(dest)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return dest
