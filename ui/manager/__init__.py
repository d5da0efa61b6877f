"""The office manager's screens: sign-in, and the desk sections registers, statistics,
complaints, catalogue, audit, staff and settings."""
