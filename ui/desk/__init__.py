"""The staff desk: the counter's screens."""
