"""The reader's widgets; each owns the messages it posts."""
