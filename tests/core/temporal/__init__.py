"""Tests of the temporal tagger (no dev data, no Qt)."""
