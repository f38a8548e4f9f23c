"""Leaf Django pieces every app may use (below content and the apps, above the domain)."""
