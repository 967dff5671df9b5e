"""Time <-> pixel maths, ticks, lanes and frames of the timeline; plain Python, no Qt."""
