"""Staff enrol an authenticator; codes are single-use; recovery codes are hashed (S7)."""

from __future__ import annotations

import time

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.test import RequestFactory

from smeshield.accounts import services, totp
from smeshield.accounts.models import RecoveryCode, TotpDevice, User
from smeshield.accounts.services import TwoFactorError
from smeshield.domain.roles import Role
from smeshield.kernel.access import TWO_FACTOR_SESSION_KEY
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _request(user: User):  # type: ignore[no-untyped-def]
    request = RequestFactory().post("/account/two-factor/", REMOTE_ADDR="192.0.2.10")
    request.user = user
    request.session = SessionStore()
    return request


def _enrolled(user: User) -> tuple[str, list[str]]:
    enrolment = services.totp_enrolment_start(user=user)
    secret = enrolment.device.secret
    codes = services.totp_enrolment_confirm(
        request=_request(user), user=user, code=totp.code_at(secret, totp.time_step(time.time()))
    )
    return secret, codes


def test_given_a_police_officer_when_they_confirm_their_app_then_the_session_is_verified() -> None:
    officer = UserFactory(role=Role.POLICE)
    enrolment = services.totp_enrolment_start(user=officer)
    request = _request(officer)

    codes = services.totp_enrolment_confirm(
        request=request,
        user=officer,
        code=totp.code_at(enrolment.device.secret, totp.time_step(time.time())),
    )

    assert len(codes) == services.RECOVERY_CODE_COUNT
    assert request.session[TWO_FACTOR_SESSION_KEY] == str(officer.pk)
    assert TotpDevice.objects.get(user=officer).is_confirmed
    assert enrolment.provisioning_uri.startswith("otpauth://totp/SME%20Shield")


def test_given_a_code_already_used_when_used_again_then_it_is_refused() -> None:
    officer = UserFactory(role=Role.POLICE)
    secret, _ = _enrolled(officer)
    # The enrolment used this step's code; the same code must not work again.
    with pytest.raises(TwoFactorError) as error:
        services.second_factor_verify(
            request=_request(officer),
            user=officer,
            code=totp.code_at(secret, totp.time_step(time.time())),
        )
    assert error.value.code == "incorrect_code"


def test_recovery_codes_are_stored_hashed_and_work_once() -> None:
    officer = UserFactory(role=Role.POLICE)
    _, codes = _enrolled(officer)
    stored = list(RecoveryCode.objects.filter(user=officer).values_list("code_hash", flat=True))
    assert not set(codes) & set(stored)
    assert all(code.replace("-", "") not in "".join(stored) for code in codes)

    services.second_factor_verify(request=_request(officer), user=officer, code=codes[3].lower())

    with pytest.raises(TwoFactorError):
        services.second_factor_verify(request=_request(officer), user=officer, code=codes[3])
    assert services.recovery_codes_left(user=officer) == services.RECOVERY_CODE_COUNT - 1


def test_replacing_recovery_codes_stops_the_old_ones() -> None:
    officer = UserFactory(role=Role.POLICE)
    _, old = _enrolled(officer)
    new = services.recovery_codes_replace(request=_request(officer), user=officer)
    with pytest.raises(TwoFactorError):
        services.second_factor_verify(request=_request(officer), user=officer, code=old[0])
    services.second_factor_verify(request=_request(officer), user=officer, code=new[0])


def test_the_authenticator_secret_is_encrypted_at_rest() -> None:
    officer = UserFactory(role=Role.POLICE)
    secret, _ = _enrolled(officer)
    with connection.cursor() as cursor:
        cursor.execute("SELECT secret FROM accounts_totpdevice")
        raw = [row[0] for row in cursor.fetchall()]
    assert raw
    assert not any(secret in value for value in raw)
    assert TotpDevice.objects.get(user=officer).secret == secret


def test_given_ten_wrong_codes_then_even_the_right_code_waits_for_the_cool_off() -> None:
    officer = UserFactory(role=Role.POLICE)
    secret, _ = _enrolled(officer)
    for _ in range(10):
        with pytest.raises(TwoFactorError):
            services.second_factor_verify(request=_request(officer), user=officer, code="000000")
    next_step_code = totp.code_at(secret, totp.time_step(time.time()) + 1)

    with pytest.raises(TwoFactorError) as error:
        services.second_factor_verify(request=_request(officer), user=officer, code=next_step_code)

    assert error.value.code == "too_many_attempts"


def test_enrolment_cannot_restart_once_confirmed() -> None:
    officer = UserFactory(role=Role.POLICE)
    _enrolled(officer)
    with pytest.raises(TwoFactorError):
        services.totp_enrolment_start(user=officer)
