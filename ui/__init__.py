"""Qt screens: thin layers over the core in ``kiosk``."""
