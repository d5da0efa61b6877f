"""The hall display: a TV over the waiting hall that shows and announces the calls."""
