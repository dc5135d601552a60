"""Ask the graph: saved SPARQL queries, parameters, safe execution and result formats.

Every way a user runs SPARQL (`kg query`, the console, the endpoint, `kg describe`) goes
through `run_query`, so the safety rules live here once:

- syntax: the query form, clear refusals for updates and SERVICE/LOAD, a nesting limit;
- params: grlc/BASIL parameters bound with pyoxigraph `substitutions=`, never pasted into
  the text, so no value can change what a query does;
- catalogue: the saved `queries/*.rq` files with grlc-style headers;
- run: preparing and running a query on an open store (datasets, row limit);
- isolation: user queries run in worker processes that open the store read-only and have
  no network, killed at their time limit so a timeout really frees the CPU;
- formats: SPARQL results formats, tables and RDF;
- describe: everything known about one entity.

The console (`kg sparql`), the endpoint (server, with the SPARQL 1.1 Protocol's content
negotiation in protocol and its YASGUI page's assets in webassets) sit on top; they are
imported by the commands that need them, not here.
"""
from .catalogue import QUERIES_ENV, SavedQuery, find_query, list_queries, load_saved, parse_header, queries_dir
from .describe import EntityDescription, EntityFact, describe_entity, format_description
from .formats import (FORMATS, GRAPH_FORMATS, SELECT_FORMATS, compact, format_result, to_json, to_markdown, to_rdf,
                      to_table, to_xml, truncation_note)
from .params import Param, entity_names, find_entities, find_params, parse_param, resolve_entity, to_term
from .run import DEFAULT_LIMIT, DEFAULT_TIMEOUT, Prepared, QueryResult, prepare, resolve_text, run_query
from .syntax import (QueryError, QueryRefused, QuerySyntaxError, QueryTimeout, Token, check_safety, line_col,
                     query_form, tokenize)

__all__ = [name for name in dir() if not name.startswith("_")]
