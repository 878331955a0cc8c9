"""The place tree a station serves: Station → ResidentialArea → Compound → Building → Address."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from lianyang.core.models import TimeStampedModel
from lianyang.core.text import printable


class Station(TimeStampedModel):
    """A community foreign-affairs service station. Names are kept in Chinese and in English (decision 0001)."""

    name = models.CharField(_("name (Chinese)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=160)
    sub_district = models.CharField(_("sub-district"), max_length=60)
    district = models.CharField(_("district"), max_length=60)
    city = models.CharField(_("city"), max_length=60, default="上海市")
    police_station = models.CharField(_("partner police station"), max_length=120)
    address = models.CharField(_("address"), max_length=200)
    hours = models.CharField(_("opening hours"), max_length=120, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    # Law art. 39 says 24 hours; some Shanghai guidance gives 72 for rural areas (docs/domain.md §1).
    registration_deadline_hours = models.PositiveSmallIntegerField(_("registration deadline (hours)"), default=24)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name_en or self.name


class ResidentialArea(TimeStampedModel):
    """A residential area (居委, neighbourhood committee)."""

    station = models.ForeignKey(Station, on_delete=models.PROTECT, related_name="areas")
    name = models.CharField(_("name (Chinese)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=160)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["station", "name"], name="unique_area_name_per_station")]

    def __str__(self):
        return self.name_en or self.name


class Compound(TimeStampedModel):
    """An estate (小区) with its own waste drop-off windows."""

    area = models.ForeignKey(ResidentialArea, on_delete=models.PROTECT, related_name="compounds")
    name = models.CharField(_("name (Chinese)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=160)
    street_address = models.CharField(_("street address"), max_length=200)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["area", "name"], name="unique_compound_name_per_area")]

    def __str__(self):
        return self.name_en or self.name


class Building(models.Model):
    compound = models.ForeignKey(Compound, on_delete=models.PROTECT, related_name="buildings")
    number = models.CharField(_("building number"), max_length=20, validators=[printable])

    class Meta:
        ordering = ["compound", "number"]
        constraints = [
            models.UniqueConstraint(fields=["compound", "number"], name="unique_building_number_per_compound")
        ]

    def __str__(self):
        return f"{self.compound} {self.number}"


class Address(models.Model):
    building = models.ForeignKey(Building, on_delete=models.PROTECT, related_name="addresses")
    unit = models.CharField(_("unit"), max_length=20, blank=True, validators=[printable])
    room = models.CharField(_("room"), max_length=20, validators=[printable])

    class Meta:
        ordering = ["building", "unit", "room"]
        verbose_name_plural = _("addresses")
        constraints = [
            models.UniqueConstraint(fields=["building", "unit", "room"], name="unique_room_per_building_unit")
        ]

    def __str__(self):
        return self.in_english

    @property
    def in_chinese(self) -> str:
        """上海市浦东新区 + compound + 12号 + 2单元 + 301室."""
        compound = self.building.compound
        station = compound.area.station
        unit = f"{self.unit}单元" if self.unit else ""
        return (
            f"{station.city}{station.district}{compound.street_address}{compound.name}"
            f"{self.building.number}号{unit}{self.room}室"
        )

    @property
    def in_english(self) -> str:
        """Room 301, Unit 2, Building 12, Compound, street, District, City."""
        compound = self.building.compound
        parts = [f"Room {self.room}"]
        if self.unit:
            parts.append(f"Unit {self.unit}")
        parts += [f"Building {self.building.number}", compound.name_en or compound.name]
        return ", ".join(parts)
