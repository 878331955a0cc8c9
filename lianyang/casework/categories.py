"""What residents ask the station about: the categories of a service request.

The station's frequent needs (visas and permits, registration, schooling, medical care, driving licences, mobile
payment, scams, pets, noise…) are listed in docs/domain.md §6; each category has its own service levels.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Category(models.TextChoices):
    VISAS = "visas", _("Visas and permits")
    REGISTRATION = "registration", _("Accommodation registration")
    HOUSING = "housing", _("Housing and landlords")
    HEALTHCARE = "healthcare", _("Healthcare")
    SCHOOLING = "schooling", _("Schooling")
    BANKING = "banking", _("Banking and mobile payment")
    DRIVING = "driving", _("Driving")
    UTILITIES = "utilities", _("Utilities and internet")
    NEIGHBOURS = "neighbours", _("Neighbours and noise")
    PETS = "pets", _("Pets")
    WASTE = "waste", _("Waste sorting")
    SAFETY = "safety", _("Scams and safety")
    OTHER = "other", _("Other")
