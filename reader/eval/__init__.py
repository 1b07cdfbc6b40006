"""Quality measurements on real data: ``python -m reader.eval segment|summaries|figures …``."""
