"""The text and PDF reports and the chart painter the GUI shares (QtGui only, never Widgets)."""
