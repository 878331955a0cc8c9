"""Every read of offers, wishes and pairings, scoped to what the acting user may see.

DESIGN.md (Security), PIPL art. 6: an officer or head sees their own station's; a local host their own offers and
the pairings made of them; a resident their own wishes and pairings; others nothing. Opening a pairing is audited.

`own=True` (the portal's pages): only the actor's own, whatever their role. An officer's view of the station's is
on the staff pages, so an officer on the portal finds nothing of others there, and no opening of it is audited.
"""

from django.db.models import Q, QuerySet
from django.http import Http404

from lianyang.accounts.access import staff_profile
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.core.text import database_id
from lianyang.people.models import LocalHost

from ..models import ExchangeOffer, ExchangeWish, Pairing, PairingSession


def host_of(user) -> LocalHost | None:
    """The local host whose portal account `user` is, or None."""
    if not user.is_authenticated:
        return None
    return LocalHost.objects.filter(user=user).select_related("station").first()


def _visible(model, user, mine: Q, own: bool) -> QuerySet:
    profile = None if own else staff_profile(user)
    if profile is not None:
        if profile.does_casework:
            return model.objects.filter(station_id=profile.station_id)
        return model.objects.none()
    if user.is_authenticated:
        return model.objects.filter(mine)
    return model.objects.none()


def offers_visible_to(user, *, own=False) -> QuerySet[ExchangeOffer]:
    return _visible(ExchangeOffer, user, Q(host__user=user), own)


def wishes_visible_to(user, *, own=False) -> QuerySet[ExchangeWish]:
    return _visible(ExchangeWish, user, Q(resident__user=user), own)


def pairings_visible_to(user, *, own=False) -> QuerySet[Pairing]:
    return _visible(Pairing, user, Q(offer__host__user=user) | Q(resident__user=user), own)


def offer_list(*, actor, active_only=False, own=False) -> QuerySet[ExchangeOffer]:
    offers = offers_visible_to(actor, own=own).select_related("host", "compound").prefetch_related("slots")
    return offers.filter(active=True) if active_only else offers


def wish_list(*, actor, active_only=False, own=False) -> QuerySet[ExchangeWish]:
    wishes = wishes_visible_to(actor, own=own).select_related("resident", "compound").prefetch_related("slots")
    return wishes.filter(active=True) if active_only else wishes


def pairing_list(*, actor, status: str = "", own=False) -> QuerySet[Pairing]:
    pairings = pairings_visible_to(actor, own=own).select_related("offer__host", "resident", "wish").order_by("-id")
    return pairings.filter(status=status) if status else pairings


def _get(queryset, pk):
    pk = database_id(pk)
    found = queryset.filter(pk=pk).first() if pk is not None else None
    if found is None:
        raise Http404
    return found


def offer_get(*, actor, pk, own=False) -> ExchangeOffer:
    return _get(offers_visible_to(actor, own=own).select_related("host", "compound").prefetch_related("slots"), pk)


def wish_get(*, actor, pk, own=False) -> ExchangeWish:
    return _get(wishes_visible_to(actor, own=own).select_related("resident", "compound").prefetch_related("slots"), pk)


def pairing_get(*, actor, pk, request=None, own=False) -> Pairing:
    """Open one pairing: 404 unless visible to `actor`; every opening is audited (it shows both sides)."""
    pairing = _get(
        pairings_visible_to(actor, own=own).select_related(
            "offer__host", "offer__compound", "wish__compound", "resident", "station"
        ),
        pk,
    )
    audit_record(
        actor=actor, action=AuditEvent.Action.VIEW, obj=pairing, station_id=pairing.station_id, request=request
    )
    return pairing


def sessions_of(*, pairing: Pairing) -> list[PairingSession]:
    return list(pairing.sessions.all())
