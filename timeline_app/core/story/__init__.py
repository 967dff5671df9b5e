"""The story: articles loaded through the per-article stages, and the timeline they make."""
