"""`kg eval`: precision, recall and F1 of the store against gold facts (tests/gold/SCHEMA.md).

Each article graph is read back into the same plain structure as a gold file (people,
organisations, posts, partnerships, award results), so the scorer compares like with like
and never depends on how the graph was built. Scoring follows SCHEMA.md:

* names are compared after `normalise_name` (case, white space, punctuation, honorifics,
  a leading "the") and after mapping every alias to its canonical name: the gold file's
  aliases, and the altLabels of each predicted organisation;
* people and organisations: every predicted entity in the article graph counts (unnamed
  partnerships are not organisations: gold lists only named ones);
* posts: (person, organisation, role), roles matching at token Jaccard >= 0.5 against the
  role's skos:prefLabel or the post's rdfs:label. Former posts (kg:former) are scored like
  current ones: gold records every post an article attributes, with no tense;
* partnerships: two views, (member, named partnership) pairs and unordered pairs of
  organisations sharing any partnership. The "partnerships" row pools their counts
  (tp, fp, fn summed), so it stays defined when an article has no named partnership;
* awards: (recipient, award), the award matching at token Jaccard >= 0.5 or when one
  name's tokens contain the other's; outcome and year agreement are reported apart.

Matching is one-to-one (greedy by similarity): each gold item matches at most one
predicted item. Counts are micro-averaged over articles; macro F1 is the mean of the
five kinds' F1. Precision with nothing predicted and recall with nothing to find are 1.0
when the other side is empty too, else 0.0.

The package: match (normalisation, the shared structure, matching, one article's scores),
graph (reading an article graph back), gold (gold files and their articles), report (the
whole evaluation and its text report).
"""
from .match import (AWARD_WORDS, FUNCTION_WORDS, HONORIFIC_PREFIXES, HONORIFIC_SUFFIXES, KINDS, MATCH_THRESHOLD,
                    PARTNERSHIP_VIEWS, ArticleScore, AwardFact, EvalError, Facts, Names, Org, PartnershipFact,
                    PostFact, Score, award_similarity, facts_from_gold, fold, jaccard, match_one_to_one,
                    member_pairs, normalise_name, org_pairs_sharing, role_similarity, same, score_article,
                    score_awards, score_items, score_partnerships, score_posts, tokens)
from .graph import (KIND_OF_CLASS, NAME, OUTCOME_NAME, RDFS_LABEL, TYPE, ArticleGraph, facts_from_graph,
                    org_from_node, store_articles)
from .gold import (GoldFile, find_article, load_gold)
from .report import (ROW_LABELS, detail_lines, evaluate_facts, evaluate_store, facts_from_article, format_report,
                     official_code_lines, official_codes, summarise)

__all__ = [name for name in dir() if not name.startswith("_")]
