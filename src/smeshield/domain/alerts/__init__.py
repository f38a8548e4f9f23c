"""Alerts: advisories from KEV, STIX and partners, matched to what each business uses."""
