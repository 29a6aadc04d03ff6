"""Writers of the deliverables: the audit workbook, the intake template and the results JSON."""
