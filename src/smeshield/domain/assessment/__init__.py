"""A business's answers turned into a profile, a path through the questions, and verdicts."""
