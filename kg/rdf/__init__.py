"""The RDF side of kg: the vocabulary (vocab), facts mapped to triples (mapping), the shared
graph derived from every article (shared), the embedded store (store) or a remote SPARQL 1.1
store (remote), SHACL validation (validate) and RDF export (export)."""
