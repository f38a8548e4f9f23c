"""Business forms: every error says what went wrong and what to do."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from smeshield.businesses.models import PartnerOrganisation
from smeshield.domain.geography.postcodes import InvalidPostcodeError, parse_postcode
from smeshield.domain.organisations.sectors import SECTORS
from smeshield.domain.organisations.size_bands import SizeBand
from smeshield.geography.models import PostcodeDistrict
from smeshield.geography.selectors import district_for
from smeshield.kernel.forms import GovukForm, PlainTextField

SIZE_CHOICES = [
    ("sole", _("Just me")),
    ("micro", _("2 to 9 people")),
    ("small", _("10 to 49 people")),
    ("medium", _("50 to 249 people")),
    ("large", _("250 people or more")),
]
SIZE_BAND_OF = {
    "sole": SizeBand.MICRO,
    "micro": SizeBand.MICRO,
    "small": SizeBand.SMALL,
    "medium": SizeBand.MEDIUM,
}


class BusinessForm(GovukForm):
    """Tell us about your business."""

    name = PlainTextField(
        label=_("Business name"),
        max_length=120,
        error_messages={
            "required": _("Enter your business name"),
            "max_length": _("Business name must be 120 characters or fewer"),
        },
    )
    postcode = forms.CharField(
        label=_("Postcode"),
        help_text=_("Where the business is based, for example LS1 4AP."),
        max_length=16,
        error_messages={
            "required": _("Enter your business postcode"),
            "max_length": _("Enter a real postcode, like LS1 4AP"),
        },
        widget=forms.TextInput(
            attrs={"autocomplete": "postal-code", "class": "govuk-input--width-10"}
        ),
    )
    sector = forms.ChoiceField(
        label=_("What does your business do?"),
        choices=[(s.code, _(s.name)) for s in SECTORS],
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select what your business does"),
            "invalid_choice": _("Select what your business does from the list"),
        },
    )
    size = forms.ChoiceField(
        label=_("How many people work in the business?"),
        help_text=_("Count yourself and anyone paid to work for you."),
        choices=SIZE_CHOICES,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select how many people work in the business"),
            "invalid_choice": _("Select how many people work in the business from the list"),
        },
    )
    share_statistics = forms.BooleanField(
        label=_("Yes, use my answers in anonymous statistics"),
        help_text=_(
            "This helps police and support groups see which kinds of business need help. "
            "No one outside SME Shield sees your business's name. You can stop at any time."
        ),
        required=False,
        initial=True,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.district: PostcodeDistrict | None = None

    def clean_postcode(self) -> str:
        try:
            postcode = parse_postcode(self.cleaned_data["postcode"])
        except InvalidPostcodeError:
            raise forms.ValidationError(
                _("Enter a real postcode, like LS1 4AP"), code="invalid"
            ) from None
        self.district = district_for(postcode)
        if self.district is None:
            raise forms.ValidationError(
                _(
                    "We do not know the postcode area %(district)s. "
                    "Check the postcode and try again"
                ),
                code="unknown_district",
                params={"district": postcode.district},
            )
        return str(postcode)

    def clean_size(self) -> str:
        size: str = self.cleaned_data["size"]
        if size == "large":
            raise forms.ValidationError(
                _("SME Shield is for businesses with fewer than 250 people"), code="too_large"
            )
        return size

    @property
    def size_band(self) -> SizeBand:
        return SIZE_BAND_OF[self.cleaned_data["size"]]


class SharePartnerForm(GovukForm):
    """Choose an organisation to share your business's details with."""

    partner = forms.ModelChoiceField(
        label=_("Who do you want to share with?"),
        queryset=PartnerOrganisation.objects.none(),
        empty_label=None,
        widget=forms.RadioSelect,
        to_field_name="pk",
        error_messages={
            "required": _("Select who you want to share with"),
            "invalid_choice": _("Select who you want to share with from the list"),
        },
    )

    def __init__(self, *args: Any, partners: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["partner"]
        assert isinstance(field, forms.ModelChoiceField)  # noqa: S101
        field.queryset = partners
