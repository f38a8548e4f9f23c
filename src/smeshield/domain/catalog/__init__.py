"""The control catalogue: requirements, questions and actions, loaded from versioned content."""
