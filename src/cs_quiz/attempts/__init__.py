"""An attempt's life: the session a person answers through, from start to finish."""
