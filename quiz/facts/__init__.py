"""Facts taken from the source articles: the format, loading and checking."""
