"""The intake section's three steps: the pages of its QStackedWidget, in order."""

SERVICE, FORM, OUTCOME = 0, 1, 2
