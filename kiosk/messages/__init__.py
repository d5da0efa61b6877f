"""The core's messages in Kazakh, Russian and English, by topic; kiosk.errors joins them."""
