"""Reading articles: files and folders, encodings, boilerplate removal, publication dates."""
