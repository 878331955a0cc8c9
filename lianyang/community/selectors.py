"""The places of the acting member of staff's station. Places hold no personal data, but stay station-scoped."""

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from lianyang.accounts.access import staff_profile

from .models import Address, Building, Compound, ResidentialArea


def _station_id(actor) -> int | None:
    profile = staff_profile(actor)
    return profile.station_id if profile is not None and profile.does_casework else None


def area_choices(*, actor) -> QuerySet[ResidentialArea]:
    """The station's residential areas for a filter's list: names only, no counting."""
    return ResidentialArea.objects.filter(station_id=_station_id(actor)).only("id", "name", "name_en").order_by("name")


def compound_choices(*, actor) -> QuerySet[Compound]:
    """The station's compounds for a filter's list: names only, no counting."""
    return (
        Compound.objects.filter(area__station_id=_station_id(actor))
        .only("id", "name", "name_en", "area_id")
        .order_by("name")
    )


def area_list(*, actor) -> QuerySet[ResidentialArea]:
    active = Q(compounds__buildings__addresses__residents__status="active")
    return (
        ResidentialArea.objects.filter(station_id=_station_id(actor))
        .annotate(
            compound_count=Count("compounds", distinct=True),
            resident_count=Count("compounds__buildings__addresses__residents", filter=active, distinct=True),
        )
        .order_by("name")
    )


def compound_list(*, actor, area=None) -> QuerySet[Compound]:
    compounds = Compound.objects.filter(area__station_id=_station_id(actor)).select_related("area")
    if area is not None:
        compounds = compounds.filter(area=area)
    active = Q(buildings__addresses__residents__status="active")
    return compounds.annotate(
        building_count=Count("buildings", distinct=True),
        resident_count=Count("buildings__addresses__residents", filter=active, distinct=True),
    ).order_by("name")


def building_list(*, actor, compound) -> QuerySet[Building]:
    active = Q(addresses__residents__status="active")
    return (
        Building.objects.filter(compound=compound, compound__area__station_id=_station_id(actor))
        .annotate(
            address_count=Count("addresses", distinct=True),
            resident_count=Count("addresses__residents", filter=active, distinct=True),
        )
        .order_by("number")
    )


def _get(queryset, pk):
    try:
        return queryset.get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404 from None


def area_get(*, actor, pk) -> ResidentialArea:
    return _get(ResidentialArea.objects.filter(station_id=_station_id(actor)).select_related("station"), pk)


def compound_get(*, actor, pk) -> Compound:
    return _get(Compound.objects.filter(area__station_id=_station_id(actor)).select_related("area"), pk)


def building_get(*, actor, pk) -> Building:
    return _get(
        Building.objects.filter(compound__area__station_id=_station_id(actor)).select_related("compound__area"), pk
    )


def address_choices(*, actor) -> QuerySet[Address]:
    return Address.objects.filter(building__compound__area__station_id=_station_id(actor)).select_related(
        "building__compound__area__station"
    )


def address_list(*, actor, building) -> QuerySet[Address]:
    return (
        address_choices(actor=actor)
        .filter(building=building)
        .annotate(resident_count=Count("residents", filter=Q(residents__status="active")))
    )
