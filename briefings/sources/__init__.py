"""News as it arrives: pages fetched by URL, feeds followed, standard input, each saved into the library folder as
a file the readers read like any other."""
