from django.utils.translation import gettext_lazy as _

from smeshield.kernel.forms import GovukForm, PlainTextField


class TokenForm(GovukForm):
    name = PlainTextField(
        label=_("What will use this token?"),
        help_text=_("For example: our booking system, or our IT company's tools."),
        max_length=100,
        error_messages={
            "required": _("Enter what will use this token"),
            "max_length": _("The name must be 100 characters or fewer"),
        },
    )
