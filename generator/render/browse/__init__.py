"""In-browser browsing: the postings index, the full-text search index and the saved-jobs page."""
