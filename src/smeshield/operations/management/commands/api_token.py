"""``smeshield api-token``: issue and revoke API tokens for partner integrations."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import CommandError

from smeshield.accounts.models import User
from smeshield.api.models import ApiToken
from smeshield.api.services import TokenRefusedError, api_token_create, api_token_revoke
from smeshield.kernel.commands import VerbCommand


class Command(VerbCommand):
    verb = "api-token"
    help = "Issue or revoke API tokens. The token is printed once and never stored."

    def add_arguments(self, parser: ArgumentParser) -> None:
        verbs = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        create = verbs.add_parser("create", help="Issue a token for a staff account.")
        create.add_argument("--email", required=True, help="The staff account's email address.")
        create.add_argument("--name", required=True, help="What the token is for.")
        revoke = verbs.add_parser("revoke", help="Revoke a token by its prefix.")
        revoke.add_argument("--prefix", required=True, help="The first 12 characters of the token.")
        revoke.add_argument("--by", required=True, help="Email of the admin revoking it.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "create":
            user = User.objects.filter(email=options["email"].lower()).first()
            if user is None:
                raise CommandError(f"No account with the email {options['email']}.")
            try:
                _, token = api_token_create(user=user, name=options["name"])
            except TokenRefusedError as error:
                raise CommandError(str(error)) from None
            self.stdout.write(token)
            return
        record = ApiToken.objects.filter(prefix=options["prefix"]).first()
        admin = User.objects.filter(email=options["by"].lower()).first()
        if record is None or admin is None:
            raise CommandError("No such token, or no such admin.")
        api_token_revoke(token=record, actor=admin)
        self.stdout.write(f"Revoked {record}.")
