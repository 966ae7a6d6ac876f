"""Readers: finding article files, reading them within limits, and turning their bytes into an Article by
format (`formats.read_article`). The package itself imports nothing: the reader lists files before any format
is needed."""
