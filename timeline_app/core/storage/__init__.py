"""Files the story is kept in and written to: the project file, Parquet, exports."""
