"""The workshop kiosk's Qt-free parts: its settings, the facilitator PIN, the take-away summary."""
