"""Campaigns (SPEC section 9): every channel holder briefed before launch.

model.py holds the records and the rules over them (pure), tracker.py the briefing-tracker
workbook and the FAQ file, pack.py the per-channel brief pack. SQL stays in audit/store.py;
pages and the CLI reach all of it through audit/services.py.
"""
