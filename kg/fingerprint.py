"""The extraction fingerprint: one string that changes whenever an article's graph could.

`kg build` skips an article whose content hash and fingerprint are both unchanged, so the
fingerprint covers every input that shapes the output: kg's version, the code of the
pipeline's stages, every lexicon file extraction actually reads (a KG_DATA_DIR copy
included), the spaCy pipeline's name and version, the trained scorer, the loaded official
registers, and build options such as --min-confidence.
"""
from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path
from typing import Iterable

from . import __version__
from .config import settings
from .resources import data_dir

_PACKAGE = Path(__file__).resolve().parent
#: the modules whose code shapes an article's graph (globs under kg/)
PIPELINE_CODE = ("articles.py", "facts.py", "nlp.py", "workers.py", "pipeline.py", "resolve.py",
                 "extract/**/*.py", "registers/**/*.py", "rdf/vocab.py", "rdf/mapping.py", "rdf/shared.py")


def _digest_files(paths: Iterable[Path], digest) -> None:
    for path in sorted(set(paths)):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())


def code_files() -> list[Path]:
    return [p for pattern in PIPELINE_CODE for p in _PACKAGE.glob(pattern)]


def lexicon_files() -> list[Path]:
    """Each lexicon as extraction reads it: the KG_DATA_DIR copy where there is one."""
    from .extract.lexicon import LEXICON_FILES

    override = settings().data_dir
    out = []
    for name in LEXICON_FILES:
        user = override / name if override else None
        out.append(user if user is not None and user.is_file() else data_dir() / name)
    return out


def model_files() -> list[Path]:
    """The trained scorer(s) shipped in kg/models/."""
    models = _PACKAGE / "models"
    return sorted(p for p in models.glob("*") if p.is_file()) if models.is_dir() else []


def spacy_model_id() -> str:
    """'name==version' of the pipeline extraction will load, without loading it."""
    from .nlp import model_name

    name = model_name()
    try:
        return f"{name}=={metadata.version(name.replace('_', '-'))}"
    except metadata.PackageNotFoundError:
        path = Path(name)
        meta = path / "meta.json"
        return f"{name}=={hashlib.sha1(meta.read_bytes()).hexdigest()[:10]}" if meta.is_file() else name


def extraction_fingerprint(*, options: dict[str, object] | None = None, registers: str | None = None) -> str:
    """kg's version, a digest of everything above, and the non-default options in words."""
    from .extract.scoring import scorer_identity

    digest = hashlib.sha1()
    _digest_files(code_files(), digest)
    _digest_files(lexicon_files(), digest)
    _digest_files(model_files(), digest)
    digest.update(spacy_model_id().encode())
    digest.update(scorer_identity().encode())  # the rules-only scorer, or which trained model
    if registers:
        digest.update(b"registers\0" + registers.encode())
    words = " ".join(f"{k}={v}" for k, v in sorted((options or {}).items()) if v)
    return f"{__version__}+{digest.hexdigest()[:12]}" + (f" {words}" if words else "")
