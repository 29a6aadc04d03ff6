"""Incident mode (SPEC section 10): the first-hour checklist, the log, the post-incident report.

model.py holds the records; checklist.py turns the inventory into the first-hour steps;
report.py builds the post-incident report that workbook.py and pdf.py write.
"""
