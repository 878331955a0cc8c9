"""Service levels: the station's working clock (hours and calendar) and its targets per category."""
