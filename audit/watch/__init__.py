"""Impersonation watch and the expiry calendar (SPEC section 11).

lookalikes.py turns the latest run's lookalike evidence and the consultant's marks into the
rows the app and the workbook show; calendar.py lists every certificate, domain and campaign
date worth a reminder and writes them as iCalendar with alarms.
"""
