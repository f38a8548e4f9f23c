"""Products and services businesses use, with the names people actually type."""
