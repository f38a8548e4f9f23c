"""Alert writes: imports, partner alerts, inventories, fan-out, emails, feedback, curation.

Delivery happens at most once per advisory and business: the pair is unique in the
database and rows are inserted with conflicts ignored, so a retried or doubled task adds
nothing. Each person's email of an alert is recorded (``DeliveryEmail``, unique per alert
and person) in the transaction that sends it, committed once the mail server took it, and
only the call that recorded it sends it: a run again after a worker died (ADR 0059), or a
second worker, sends the rest and nobody twice.
``emailed_at`` is set once every recipient has been sent it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID, uuid4

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from smeshield.alerts.content import recogniser, vocabulary
from smeshield.alerts.models import (
    Advisory,
    AdvisorySource,
    Delivery,
    DeliveryEmail,
    EmailOptOut,
    Feedback,
    InventoryItem,
    InventorySource,
    ProductAlias,
    ProductAnswer,
    normalised_key,
)
from smeshield.audit.models import AuditAction
from smeshield.audit.services import audit_record
from smeshield.businesses.models import Business, Membership
from smeshield.businesses.selectors import active_members
from smeshield.domain.alerts import advisories as domain
from smeshield.domain.alerts.inventory import inventory_of
from smeshield.domain.alerts.matching import Inventory, Match, match_one
from smeshield.domain.alerts.stix import stix_advisories
from smeshield.domain.jsonlimits import Limits, RefusedJsonError, parse
from smeshield.domain.products.recognition import Recognition
from smeshield.domain.products.vocabulary import normalise_name
from smeshield.kernel import events
from smeshield.kernel.encryption import lookup_hash
from smeshield.kernel.languages import in_language

if TYPE_CHECKING:
    from smeshield.accounts.models import User
    from smeshield.healthcheck.models import Assessment

BATCH_SIZE = 500
RECENT_FOR_NEWCOMERS = timedelta(days=30)  # partner and STIX alerts a new inventory still gets
UNSUBSCRIBE_SALT = "smeshield.alerts.unsubscribe"
NO_LONGER_USED = "no_longer_used"


# --- Importing advisories -----------------------------------------------------------------


@dataclass(frozen=True)
class ImportOutcome:
    created: list[Advisory]
    updated: int
    unchanged: int
    problems: list[str]
    skipped: int = 0  # STIX objects that name no product we know


def _fields(advisory: domain.Advisory) -> dict[str, Any]:
    return {
        "source": advisory.source.value,
        "title": advisory.title,
        "what": advisory.what,
        "steps": list(advisory.steps),
        "severity": advisory.severity.value,
        "known_ransomware": advisory.known_ransomware,
        "cve": advisory.cve,
        "technical": advisory.technical,
        "source_ref": advisory.source_ref,
        "published_on": advisory.published_on,
        "targeting": advisory.targeting.as_dict(),
        "product_names": dict(advisory.product_names),
        "requirements": list(advisory.requirements),
        "wording": dict(advisory.wording),
    }


def _store(
    advisories: Iterable[domain.Advisory], *, replace_from: str
) -> tuple[list[Advisory], int, int]:
    """Create new advisories; update ones from the same source; leave others' alone."""
    created: list[Advisory] = []
    updated = unchanged = 0
    for advisory in advisories:
        fields = _fields(advisory)
        existing = Advisory.objects.filter(key=advisory.key).first()
        if existing is None:
            created.append(Advisory.objects.create(key=advisory.key, **fields))
        elif existing.source == replace_from and any(
            getattr(existing, name) != value for name, value in fields.items()
        ):
            Advisory.objects.filter(pk=existing.pk).update(**fields)
            updated += 1
        else:
            unchanged += 1
    return created, updated, unchanged


# The KEV catalogue is about 1.3 MB; a STIX bundle of a week's advisories a few MB.
FEED_FILE_LIMITS = Limits(max_bytes=50_000_000, max_depth=64, max_number_length=40)


def _load_json(path: Path) -> Any:
    """The file's JSON, its size, depth and numbers checked before parsing; a
    ``ValueError`` naming the file and the reason otherwise."""
    try:
        if path.stat().st_size > FEED_FILE_LIMITS.max_bytes:
            raise RefusedJsonError(f"the file is larger than {FEED_FILE_LIMITS.max_bytes:,} bytes")
        return parse(path.read_bytes(), FEED_FILE_LIMITS)
    except OSError as error:
        raise ValueError(f"{path}: cannot be read ({error.strerror})") from None
    except RefusedJsonError as error:
        raise ValueError(f"{path}: {error}") from None


@transaction.atomic
def kev_import(*, path: Path) -> ImportOutcome:
    """Import a KEV catalogue file. Valid entries are kept; bad ones are listed.

    All of the valid entries are stored in one transaction, or none are. Importing
    the same file again changes nothing.
    """
    advisories, problems = domain.kev_advisories(_load_json(path), vocabulary())
    created, updated, unchanged = _store(advisories, replace_from=AdvisorySource.KEV)
    return ImportOutcome(created, updated, unchanged, [str(p) for p in problems])


def known_cves() -> dict[str, list[str]]:
    """CVE -> product identities, from the KEV advisories we hold."""
    rows = Advisory.objects.filter(source=AdvisorySource.KEV).values_list("cve", "targeting")
    return {cve: list(targeting.get("identities", [])) for cve, targeting in rows}


@transaction.atomic
def stix_import(*, path: Path) -> ImportOutcome:
    """Import a STIX 2.1 bundle: objects that name a product become advisories."""
    read = stix_advisories(_load_json(path), vocabulary(), known_cves())
    created, updated, unchanged = _store(read.advisories, replace_from=AdvisorySource.STIX)
    return ImportOutcome(created, updated, unchanged, [str(p) for p in read.problems], read.skipped)


def newest_per_product(advisories: Iterable[Advisory]) -> list[Advisory]:
    """KEV advisories worth sending: for each product, only the newest one we hold.

    Updating a product fixes its older holes too, so a business hears "update Windows"
    once, not once for every Windows entry in the catalogue. Other sources all count.
    """
    newest: dict[str, tuple[date, str]] = {}
    rows = Advisory.objects.filter(source=AdvisorySource.KEV).values_list(
        "published_on", "key", "targeting"
    )
    for published_on, key, targeting in rows:
        for identity in targeting.get("identities", []):
            newest[identity] = max(newest.get(identity, (published_on, key)), (published_on, key))
    chosen = []
    for advisory in advisories:
        mine = (advisory.published_on, advisory.key)
        identities = advisory.targeting.get("identities", [])
        if advisory.source != AdvisorySource.KEV or all(
            newest.get(identity, mine) <= mine for identity in identities
        ):
            chosen.append(advisory)
    return chosen


# --- What each business uses --------------------------------------------------------------


def _recognitions(business: Business, names: Iterable[str]) -> dict[str, Recognition]:
    """Each name read by the recogniser, unless this business already told us what it means."""
    answers = dict(
        ProductAnswer.objects.filter(business=business).values_list(
            "normalised_hash", "identity_id"
        )
    )
    reader = recogniser()
    found = {}
    for name in names:
        answer = answers.get(normalised_key(name))
        if answer is None:
            found[name] = reader.recognise(name)
        else:
            found[name] = Recognition(name, (answer,) if answer else (), 1.0, "answer")
    return found


def _rows(
    business: Business, name: str, recognition: Recognition, source: InventorySource
) -> list[InventoryItem]:
    return [
        InventoryItem(
            business=business,
            identity_id=identity_id,
            name_as_written=name,
            name_hash=lookup_hash(name),
            normalised_hash=normalised_key(name),
            source=source,
            confidence=recognition.confidence,
            suggestions=list(recognition.suggestions),
        )
        for identity_id in recognition.identities or ("",)
    ]


def _rematch_on_commit(business: Business) -> None:
    from smeshield.alerts import tasks

    business_id = str(business.pk)
    transaction.on_commit(lambda: tasks.rematch.enqueue(business_id))


@transaction.atomic
def inventory_refresh(*, assessment: Assessment) -> list[InventoryItem]:
    """Replace what the business's health check told us with what its finished check says.
    Products added on the "What we use" page stay."""
    from smeshield.healthcheck.selectors import assessment_state

    state = assessment_state(assessment)
    items = inventory_of(state.catalogue, state.answers, vocabulary())
    business = assessment.business
    InventoryItem.objects.filter(business=business, source=InventorySource.HEALTH_CHECK).delete()
    typed = _recognitions(business, [name for identity_id, name in items if not identity_id])
    rows: list[InventoryItem] = []
    for identity_id, name in items:
        recognition = typed.get(name) or Recognition(name, (identity_id,), 1.0, "alias")
        rows += _rows(business, name, recognition, InventorySource.HEALTH_CHECK)
    InventoryItem.objects.bulk_create(rows, ignore_conflicts=True)
    return list(InventoryItem.objects.filter(business=business))


def _audit_products(
    business: Business, actor: User, change: str, names: list[str], **extra: str
) -> None:
    audit_record(
        action=AuditAction.BUSINESS_UPDATED,
        actor=actor,
        business_id=business.pk,
        target=f"business:{business.pk}",
        # Keyed hashes, not the words: the audit trail is not encrypted (ADR 0056).
        data={"what_we_use": change, "names": [lookup_hash(name) for name in names], **extra},
    )


@transaction.atomic
def inventory_add(*, business: Business, names: list[str], actor: User) -> list[str]:
    """Add products the owner typed; names already on the list are left as they are.
    Matching for the business runs again once this is saved."""
    present = set(
        InventoryItem.objects.filter(business=business).values_list("normalised_hash", flat=True)
    )
    new: dict[str, str] = {}
    for name in names:
        key = normalised_key(name)
        if key and key not in present:
            new.setdefault(key, name.strip())
    found = _recognitions(business, new.values())
    rows = [
        row
        for name in new.values()
        for row in _rows(business, name, found[name], InventorySource.OWNER)
    ]
    InventoryItem.objects.bulk_create(rows, ignore_conflicts=True)
    if new:
        _audit_products(business, actor, "added", list(new.values()))
        _rematch_on_commit(business)
    return list(new.values())


@transaction.atomic
def inventory_remove(*, business: Business, name: str, actor: User) -> int:
    """Take a product off the list; alerts only about it close ("You no longer use this")."""
    removed, _counts = InventoryItem.objects.filter(
        business=business, name_hash=lookup_hash(name)
    ).delete()
    if removed:
        _audit_products(business, actor, "removed", [name])
        _rematch_on_commit(business)
    return removed


@transaction.atomic
def inventory_rename(*, business: Business, name: str, new_name: str, actor: User) -> None:
    """Change how a product is written; it is read again as if newly added."""
    InventoryItem.objects.filter(business=business, name_hash=lookup_hash(name)).delete()
    found = _recognitions(business, [new_name])
    InventoryItem.objects.bulk_create(
        _rows(business, new_name, found[new_name], InventorySource.OWNER), ignore_conflicts=True
    )
    _audit_products(business, actor, "renamed", [name, new_name])
    _rematch_on_commit(business)


@transaction.atomic
def product_answer_record(
    *, business: Business, name: str, identity_id: str, actor: User
) -> ProductAnswer:
    """Remember what the owner said a name means ("" for none of these) and use it now."""
    key = normalised_key(name)
    answer, _created = ProductAnswer.objects.update_or_create(
        business=business,
        normalised_hash=key,
        defaults={"identity_id": identity_id, "answered_by": actor, "answered_at": timezone.now()},
    )
    items = InventoryItem.objects.filter(business=business, normalised_hash=key)
    # Encrypted names differ row by row, so the database cannot DISTINCT them.
    written = list(dict.fromkeys(items.values_list("name_as_written", "source")))
    items.delete()
    for written_name, source in written:
        recognition = Recognition(
            written_name, (identity_id,) if identity_id else (), 1.0, "answer"
        )
        InventoryItem.objects.bulk_create(
            _rows(business, written_name, recognition, InventorySource(source)),
            ignore_conflicts=True,
        )
    _audit_products(business, actor, "answered", [name], identity=identity_id)
    _rematch_on_commit(business)
    return answer


def business_rematch(*, business: Business) -> tuple[int, int]:
    """Match the business again after its list changed: deliver what now concerns it, close
    open alerts only about products it no longer uses, reopen those about ones it is back on.
    Returns (delivered, closed)."""
    delivered = business_catch_up(business=business)
    used = set(
        InventoryItem.objects.filter(business=business)
        .exclude(identity_id="")
        .values_list("identity_id", flat=True)
    )
    product_alerts = Delivery.objects.filter(business=business).exclude(identity_id="")
    closed = (
        product_alerts.filter(closed_at__isnull=True)
        .exclude(identity_id__in=used)
        .update(closed_at=timezone.now(), closed_reason=NO_LONGER_USED)
    )
    product_alerts.filter(closed_at__isnull=False, identity_id__in=used).update(
        closed_at=None, closed_reason=""
    )
    return delivered, closed


def advisories_for_newcomer(*, business: Business) -> list[Advisory]:
    """Open advisories a business should get when it first tells us what it uses."""
    identities = set(
        InventoryItem.objects.filter(business=business)
        .exclude(identity_id="")
        .values_list("identity_id", flat=True)
    )
    recent = timezone.localdate() - RECENT_FOR_NEWCOMERS
    candidates = [
        advisory
        for advisory in Advisory.objects.filter(
            Q(source=AdvisorySource.KEV) | Q(published_on__gte=recent), withdrawn_at__isnull=True
        ).iterator(chunk_size=500)
        if not advisory.targeting.get("identities")
        or identities & set(advisory.targeting["identities"])
    ]
    return newest_per_product(candidates)


# --- Fan-out --------------------------------------------------------------------------------


def _candidates(advisory: Advisory) -> QuerySet[Business]:
    """Businesses the advisory may reach, through the database's inverted index."""
    return businesses_targeted(domain.Targeting.from_dict(advisory.targeting))


def businesses_targeted(targeting: domain.Targeting) -> QuerySet[Business]:
    """Active businesses in the targeting: using one of its products, in its places."""
    businesses = Business.objects.filter(is_active=True)
    if targeting.identities:
        businesses = businesses.filter(
            pk__in=InventoryItem.objects.filter(identity_id__in=targeting.identities).values(
                "business_id"
            )
        )
    if targeting.sectors:
        businesses = businesses.filter(sector__in=targeting.sectors)
    if targeting.size_bands:
        businesses = businesses.filter(size_band__in=targeting.size_bands)
    if targeting.regions:
        businesses = businesses.filter(district__region_name__in=targeting.regions)
    if targeting.police_forces:
        businesses = businesses.filter(district__police_force_name__in=targeting.police_forces)
    return businesses


def as_domain(advisory: Advisory) -> domain.Advisory:
    return domain.Advisory(
        key=advisory.key,
        source=domain.Source(advisory.source),
        title=advisory.title,
        what=advisory.what,
        steps=tuple(advisory.steps),
        severity=domain.Severity(advisory.severity),
        targeting=domain.Targeting.from_dict(advisory.targeting),
        published_on=advisory.published_on,
        known_ransomware=advisory.known_ransomware,
        cve=advisory.cve,
        technical=advisory.technical,
        source_ref=advisory.source_ref,
        requirements=tuple(advisory.requirements),
        product_names=advisory.product_names,
        wording=advisory.wording,
    )


def _stored_identities(known: dict[str, tuple[str, ...]], name: str) -> tuple[str, ...]:
    return known.get(name, ())


def _matches(advisory: Advisory, business_ids: list[UUID]) -> list[Match]:
    """The domain's rule, on just the candidate businesses, with its reasons."""
    businesses = Business.objects.filter(pk__in=business_ids).select_related("district")
    items: dict[UUID, list[tuple[str, str]]] = {}
    for business_id, identity_id, name in InventoryItem.objects.filter(
        business_id__in=business_ids
    ).values_list("business_id", "identity_id", "name_as_written"):
        items.setdefault(business_id, []).append((identity_id, name))
    target = as_domain(advisory)
    matches = []
    for business in businesses:
        known: dict[str, tuple[str, ...]] = {}
        for identity, name in items.get(business.pk, []):
            known[name] = (*known.get(name, ()), *((identity,) if identity else ()))
        inventory = Inventory(
            business=str(business.pk),
            names=tuple(known),
            sector=business.sector,
            size_band=business.size_band,
            region=business.district.region_name,
            police_force=business.district.police_force_name,
        )
        match = match_one(target, inventory, functools.partial(_stored_identities, known))
        if match is not None:
            matches.append(match)
    return matches


def _deliver_now(advisory: Advisory, business_ids: list[UUID]) -> object:
    return deliver_batch(advisory=advisory, business_ids=business_ids)


def advisory_fan_out(
    *, advisory: Advisory, batch: Callable[[Advisory, list[UUID]], object] = _deliver_now
) -> int:
    """Split the advisory's businesses into batches, each delivered by ``batch``
    (a background task in the app; ``deliver_batch`` itself in commands and tests)."""
    ids = list(_candidates(advisory).values_list("pk", flat=True).order_by("pk"))
    for start in range(0, len(ids), BATCH_SIZE):
        batch(advisory, ids[start : start + BATCH_SIZE])
    Advisory.objects.filter(pk=advisory.pk).update(matched_at=timezone.now())
    return len(ids)


def deliver_batch(*, advisory: Advisory, business_ids: list[UUID]) -> list[UUID]:
    """Deliver to one batch; returns the deliveries this call created (none on a retry,
    none once the alert is withdrawn)."""
    if Advisory.objects.filter(pk=advisory.pk, withdrawn_at__isnull=False).exists():
        return []
    matches = _matches(advisory, business_ids)
    immediate = advisory.severity == domain.Severity.CRITICAL
    today = timezone.localdate()
    rows = [
        Delivery(
            advisory=advisory,
            business_id=UUID(match.business),
            reason=match.reason.as_json(),
            identity_id=match.identity,
            due_on=domain.due_on(today),
            immediate=immediate,
        )
        for match in matches
    ]
    before = set(
        Delivery.objects.filter(advisory=advisory, business_id__in=business_ids).values_list(
            "business_id", flat=True
        )
    )
    Delivery.objects.bulk_create(rows, ignore_conflicts=True)
    created = list(
        Delivery.objects.filter(advisory=advisory, business_id__in=business_ids)
        .exclude(business_id__in=before)
        .values_list("pk", flat=True)
    )
    if immediate:
        # Every one of the batch not yet emailed, not only those created now: a run cut
        # short after delivering and before emailing finishes the emails when run again.
        unsent = Delivery.objects.filter(
            advisory=advisory, business_id__in=business_ids, emailed_at__isnull=True
        ).values_list("pk", flat=True)
        for delivery_id in list(unsent):
            delivery_email_send(delivery_id=delivery_id)
    return created


def business_catch_up(*, business: Business) -> int:
    """Deliver the open advisories to a business that has just told us what it uses."""
    delivered = 0
    for advisory in advisories_for_newcomer(business=business):
        delivered += len(deliver_batch(advisory=advisory, business_ids=[business.pk]))
    return delivered


# --- Email ------------------------------------------------------------------------------------


def unsubscribe_token(user: User, business: Business) -> str:
    return signing.dumps({"u": str(user.pk), "b": str(business.pk)}, salt=UNSUBSCRIBE_SALT)


def _recipients(business: Business) -> list[User]:
    opted_out = EmailOptOut.objects.filter(business=business).values("user_id")
    return list(active_members(business=business).exclude(pk__in=opted_out))


def _record_for(user: User, deliveries: list[Delivery]) -> list[Delivery]:
    """Record that these alerts are emailed to ``user``; those this call recorded. Another
    worker recording the same waits on the unique key until this transaction ends."""
    mine = []
    for delivery in deliveries:
        try:
            with transaction.atomic():
                DeliveryEmail.objects.create(delivery=delivery, user=user)
        except IntegrityError:
            continue
        mine.append(delivery)
    return mine


def _send(
    business: Business,
    deliveries: list[Delivery],
    *,
    digest: bool,
    withdrawn: list[Delivery] | None = None,
) -> int:
    """Email each recipient the alerts not yet sent to them, and any withdrawn since. Each
    person's record and message share one transaction, committed once the mail server has
    taken the message: a worker killed before then leaves no record, and the run again
    sends it (ADR 0059). Withdrawal notes are claimed before sending (at most once)."""
    sent = 0
    withdrawn = withdrawn or []
    for user in _recipients(business):
        with transaction.atomic():
            mine = _record_for(user, deliveries)
            if not mine and not withdrawn:
                continue
            with in_language(user.language):
                message = _message(business, user, mine, withdrawn, digest=digest)
            sent += message.send()
    return sent


def _message(
    business: Business,
    user: User,
    deliveries: list[Delivery],
    withdrawn: list[Delivery],
    *,
    digest: bool,
) -> EmailMessage:
    token = unsubscribe_token(user, business)
    unsubscribe = settings.SITE_URL + reverse("alerts_unsubscribe", args=[token])
    context = {
        "business": business,
        "deliveries": deliveries,
        "withdrawn": withdrawn,
        "site_url": settings.SITE_URL,
        "unsubscribe": unsubscribe,
    }
    if digest and deliveries:
        subject = _("Your weekly security alerts: %(count)d to look at") % {
            "count": len(deliveries)
        }
    elif digest:
        subject = _("Your weekly security alerts: an alert was withdrawn")
    else:
        subject = _("Act now: %(title)s") % {"title": deliveries[0].advisory.shown_title}
    return EmailMessage(
        subject=subject,
        body=render_to_string("alerts/email.txt", context),
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def _mark_emailed(delivery_ids: list[UUID]) -> int:
    return Delivery.objects.filter(pk__in=delivery_ids, emailed_at__isnull=True).update(
        emailed_at=timezone.now()
    )


def delivery_email_send(*, delivery_id: UUID) -> bool:
    """Email one critical alert now to each recipient not yet sent it; True when this call
    finished it. Safe to run again: a run cut short sends the rest, and nobody twice. A
    withdrawn alert is not sent."""
    delivery = Delivery.objects.select_related("advisory", "business").get(pk=delivery_id)
    if delivery.emailed_at is not None or delivery.advisory.withdrawn_at is not None:
        return False
    _send(delivery.business, [delivery], digest=False)
    return bool(_mark_emailed([delivery.pk]))


# Alerts still to be emailed (never a withdrawn one), and alerts already emailed that were
# withdrawn since: the digest lists the first and marks the second "Withdrawn".
_TO_EMAIL = Q(emailed_at__isnull=True, immediate=False, advisory__withdrawn_at__isnull=True)
_WITHDRAWN_SINCE_EMAILED = Q(
    emailed_at__isnull=False,
    withdrawal_emailed_at__isnull=True,
    advisory__withdrawn_at__isnull=False,
)


def _claim_withdrawn(business_id: UUID) -> list[Delivery]:
    """The business's emailed alerts withdrawn since, claimed so one digest marks them."""
    with transaction.atomic():
        taken_back = list(
            Delivery.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(_WITHDRAWN_SINCE_EMAILED, business_id=business_id)
            .values_list("pk", flat=True)
        )
        Delivery.objects.filter(pk__in=taken_back, withdrawal_emailed_at__isnull=True).update(
            withdrawal_emailed_at=timezone.now()
        )
    return list(Delivery.objects.select_related("advisory", "business").filter(pk__in=taken_back))


def digest_send(*, progress: Callable[[int], None] | None = None) -> int:
    """Email each business its alerts not yet emailed, in one message, with the ones it was
    emailed before and that were withdrawn since marked so. Returns businesses. Safe to run
    again: each person is sent each alert once (``DeliveryEmail``)."""
    business_ids = (
        Delivery.objects.filter(_TO_EMAIL | _WITHDRAWN_SINCE_EMAILED)
        .values_list("business_id", flat=True)
        .distinct()
    )
    done = 0
    for business_id in list(business_ids):
        deliveries = list(
            Delivery.objects.filter(_TO_EMAIL, business_id=business_id).select_related(
                "advisory", "business"
            )
        )
        withdrawn = _claim_withdrawn(business_id)
        if not deliveries and not withdrawn:
            continue
        business = (deliveries or withdrawn)[0].business
        _send(business, deliveries, digest=True, withdrawn=withdrawn)
        if not _mark_emailed([delivery.pk for delivery in deliveries]) and not withdrawn:
            continue
        done += 1
        if progress and done % 100 == 0:
            progress(done)
    return done


def unsubscribe_target(token: str) -> tuple[UUID, UUID] | None:
    """The (person, business) an unsubscribe link is for, if it is genuine and still fits."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
        user_id, business_id = UUID(data["u"]), UUID(data["b"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    if not Membership.objects.filter(user_id=user_id, business_id=business_id).exists():
        return None
    return user_id, business_id


def email_opt_out(*, token: str) -> EmailOptOut | None:
    """Stop alert emails for the person and business in an unsubscribe link (one click)."""
    target = unsubscribe_target(token)
    if target is None:
        return None
    user_id, business_id = target
    opt_out, _created = EmailOptOut.objects.get_or_create(user_id=user_id, business_id=business_id)
    return opt_out


# --- Feedback ---------------------------------------------------------------------------------


@transaction.atomic
def delivery_feedback(
    *, delivery: Delivery, feedback: Feedback, actor: User | None = None
) -> Delivery:
    """Save the business's answer. "I need help" also asks for help with the alert: the
    people app opens a help request carrying it, or adds it to the open one
    (``events.ALERT_NEED_HELP``, once this commits)."""
    delivery.feedback = feedback
    delivery.feedback_at = timezone.now()
    delivery.save(update_fields=["feedback", "feedback_at"])
    if feedback == Feedback.NEED_HELP and actor is not None:
        advisory = delivery.advisory
        events.publish(
            events.ALERT_NEED_HELP,
            business_id=str(delivery.business_id),
            user_id=str(actor.pk),
            delivery_id=str(delivery.pk),
            advisory_key=advisory.key,
            advisory_title=advisory.title,
            requirements=list(advisory.requirements),
        )
    return delivery


# --- Partner alerts ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NewPartnerAlert:
    title: str
    what: str
    steps: tuple[str, ...]
    severity: str
    requirements: tuple[str, ...]
    targeting: domain.Targeting
    product_names: dict[str, str]


@transaction.atomic
def partner_alert_create(*, alert: NewPartnerAlert, author: User, organisation: Any) -> Advisory:
    """Store an alert police or Cyber Resilience Centre staff wrote, ready to fan out."""
    advisory_id = uuid4()
    advisory = Advisory.objects.create(
        id=advisory_id,
        key=f"partner:{advisory_id}",
        source=AdvisorySource.PARTNER,
        title=alert.title,
        what=alert.what,
        steps=list(alert.steps),
        severity=alert.severity,
        published_on=timezone.localdate(),
        targeting=alert.targeting.as_dict(),
        product_names=alert.product_names,
        requirements=list(alert.requirements),
        author=author,
        organisation=organisation,
    )
    audit_record(
        action=AuditAction.ALERT_PUBLISHED,
        actor=author,
        target=f"advisory:{advisory.pk}",
        data={"title": alert.title, "targeting": alert.targeting.as_dict()},
    )
    return advisory


class PartnerAlertError(Exception):
    """A change to a partner alert that cannot be made; ``message`` says why, in words."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@transaction.atomic
def partner_alert_edit(
    *, advisory: Advisory, title: str, what: str, steps: list[str], actor: User
) -> Advisory:
    """Correct what businesses read (they see the new words from now on). Audited with
    the words before and after; a withdrawn alert is not changed."""
    locked = Advisory.objects.select_for_update().get(pk=advisory.pk)
    if locked.withdrawn_at is not None:
        raise PartnerAlertError("title", _("This alert was withdrawn, so it cannot be changed."))
    before = {"title": locked.title, "what": locked.what, "steps": list(locked.steps)}
    after = {"title": title.strip(), "what": what, "steps": list(steps)}
    if before == after:
        return locked
    Advisory.objects.filter(pk=locked.pk).update(**after, edited_at=timezone.now())
    audit_record(
        action=AuditAction.ALERT_EDITED,
        actor=actor,
        target=f"advisory:{locked.pk}",
        data={"before": before, "after": after},
    )
    locked.refresh_from_db()
    return locked


@transaction.atomic
def partner_alert_withdraw(*, advisory: Advisory, reason: str, actor: User) -> Advisory:
    """Take an alert back: it leaves every inbox and open count at once, is sent to nobody
    new, and the next weekly email says so to businesses that were emailed it. Audited."""
    locked = Advisory.objects.select_for_update().get(pk=advisory.pk)
    if locked.withdrawn_at is not None:
        raise PartnerAlertError("reason", _("This alert was already withdrawn."))
    Advisory.objects.filter(pk=locked.pk).update(
        withdrawn_at=timezone.now(), withdrawn_by=actor, withdrawn_reason=reason.strip()
    )
    audit_record(
        action=AuditAction.ALERT_WITHDRAWN,
        actor=actor,
        target=f"advisory:{locked.pk}",
        reason=reason.strip(),
        data={"title": locked.title, "reached": locked.deliveries.count()},
    )
    locked.refresh_from_db()
    return locked


# --- Curating product names -------------------------------------------------------------------


@transaction.atomic
def product_alias_add(*, name: str, identity_id: str, actor: User) -> int:
    """Tie a name people typed to a product; their inventories follow at once."""
    normalised = normalise_name(name)[:120]
    ProductAlias.objects.update_or_create(
        normalised=normalised,
        defaults={"identity_id": identity_id, "example": name.strip()[:120], "added_by": actor},
    )
    audit_record(
        action=AuditAction.PRODUCT_ALIAS_ADDED,
        actor=actor,
        target=f"product:{identity_id}",
        data={"name": name.strip()[:120]},
    )
    return InventoryItem.objects.filter(
        normalised_hash=lookup_hash(normalised), identity_id=""
    ).update(identity_id=identity_id, suggestions=[], confidence=1.0)
