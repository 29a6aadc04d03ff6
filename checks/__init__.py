"""Check specs and their pure evaluation functions (no I/O, no clock, no randomness)."""
