"""Reconciling sources: clusters of one happening across articles, and anchor checks."""
