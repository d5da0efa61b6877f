"""Data the program reads at run time: the service catalogue, fonts, translations and the
style sheet.  A package only so that an installed (non-editable) copy carries it beside
kiosk/ and ui/, where the code looks for it."""
