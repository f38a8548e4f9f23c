"""Facts about organisations: sectors and size bands."""
