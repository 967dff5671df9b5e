"""Finding and normalizing temporal expressions (TIMEX3) against a reference date."""
