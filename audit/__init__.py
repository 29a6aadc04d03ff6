"""Siaga: digital asset inventory and crisis-readiness audit."""

__version__ = "0.1.0"
