"""The Class results window: a teacher or facilitator gathers a class's results and reads them as a group."""
