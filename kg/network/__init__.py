"""The graph as a network: the records read from the store (records), projections and measures
(analysis), Gephi/GraphML/CSV files (export) and the interactive page (viz)."""
