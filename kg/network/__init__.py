"""The graph as a network: projections and measures (analysis), Gephi/GraphML/CSV files
(export) and the interactive page (viz)."""
