"""Insights: a synthetic population, aggregates with intervals, and disclosure control."""
