"""No tables of its own. (Having this module makes Django send this app post_migrate,
which creates the database cache table; see apps.py.)"""
