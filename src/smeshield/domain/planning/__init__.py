"""From verdicts to a short, prioritised, costed list of things to do."""
