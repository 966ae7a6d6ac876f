"""News as it arrives: pages fetched by URL, feeds followed, standard input, each saved into the library folder as
a file the readers read like any other. This module itself imports nothing: every command's parser takes its option."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_library_option(parser: argparse.ArgumentParser) -> None:
    """The --library option: where pages fetched and standard input are saved."""
    parser.add_argument(
        "--library",
        type=Path,
        metavar="DIR",
        help="save the pages of URLs and standard input in DIR (default: $BRIEFING_LIBRARY, else library in the config, "
        "else the user data folder's library)",
    )
