"""Printed documents (reportlab): receipts, refusal receipts, registers, tickets."""
