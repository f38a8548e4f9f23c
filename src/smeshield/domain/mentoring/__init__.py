"""Mentoring: matching mentors to requests for help, optimally and within hard rules."""
