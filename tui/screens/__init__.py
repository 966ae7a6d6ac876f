"""The reader's screens; MainScreen coordinates the panes."""
