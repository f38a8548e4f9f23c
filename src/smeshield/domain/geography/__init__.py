"""Postcodes and the places they belong to: region, local authority, police force area."""
