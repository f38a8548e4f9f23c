"""Who may do what. ``policy`` is the one module that decides every access."""
