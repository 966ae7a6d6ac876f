"""Errors raised for input that cannot become an article."""


class ArticleError(Exception):
    """A file that cannot be read as an article; the message is the reason, for one line."""
