"""When something goes wrong: triage, playbooks, and VERIS records."""
