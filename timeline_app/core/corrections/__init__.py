"""The user's corrections: edits as data, laid over what the machine found."""
