"""The YASGUI query page's third-party assets, fetched from the npm registry at build time.

`kg serve` offers YASGUI (@zazuko/yasgui, MIT) at / when its prebuilt bundle is installed
in kg/static/yasgui/. The files are never committed: building a wheel runs `build()`
(setup.py), and a developer runs `python -m kg.query.webassets` once. The version and the
tarball's sha512 are pinned here, so a build gets exactly the reviewed files or fails.
This module imports nothing from kg, so setup.py can load it before kg's dependencies exist.
"""
from __future__ import annotations

import base64
import hashlib
import io
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "@zazuko/yasgui"
VERSION = "4.6.2"
INTEGRITY = "sha512-Zw45KdPoAE1KRaAoxIHdQqeJxvaVG1oQdntw0hy0ktX35Zu8ZccuOLrXCLwR+GU+0xMzLw8Mjw6BkSZV2vUuQw=="
FILES = {"package/build/yasgui.min.js": "yasgui.min.js", "package/build/yasgui.min.css": "yasgui.min.css"}
ASSET_DIR = Path(__file__).resolve().parent.parent / "static" / "yasgui"


class AssetError(Exception):
    """The assets could not be fetched or did not match the pinned integrity."""


def available(directory: Path = ASSET_DIR) -> bool:
    return all((directory / name).is_file() for name in FILES.values())


def build(directory: Path = ASSET_DIR) -> Path:
    """Fetch the pinned tarball with `npm pack`, check its sha512, and unpack the bundle into `directory`."""
    npm = shutil.which("npm")
    if npm is None:
        raise AssetError("npm is not installed (Debian: apt-get install -y npm); it fetches YASGUI")
    with tempfile.TemporaryDirectory(prefix="kg-yasgui-") as tmp:
        try:
            done = subprocess.run([npm, "pack", f"{PACKAGE}@{VERSION}", "--pack-destination", tmp],
                                  capture_output=True, text=True, timeout=300)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise AssetError(f"npm pack {PACKAGE}@{VERSION} failed: {e}") from None
        tarballs = list(Path(tmp).glob("*.tgz"))
        if done.returncode != 0 or len(tarballs) != 1:
            raise AssetError(f"npm pack {PACKAGE}@{VERSION} failed: {done.stderr.strip()[-500:]}")
        data = tarballs[0].read_bytes()
    digest = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != INTEGRITY:
        raise AssetError(f"{PACKAGE}@{VERSION} does not match its pinned integrity ({digest})")
    directory.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        for member, name in FILES.items():
            source = archive.extractfile(member)
            if source is None:
                raise AssetError(f"{member} is missing from {PACKAGE}@{VERSION}")
            (directory / name).write_bytes(source.read())
    (directory / "NOTICE").write_text(f"{PACKAGE} {VERSION}, MIT licence, (c) Triply and Zazuko GmbH; "
                                      "fetched from the npm registry at build time.\n")
    return directory


if __name__ == "__main__":
    try:
        print(f"YASGUI {VERSION} assets in {build()}")
    except AssetError as e:
        sys.exit(f"error: {e}")
