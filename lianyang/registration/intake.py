"""The intake of a stay: the one door every channel registers through (the portal, the counter, the API).

It owns every rule a registration's answers must pass (docs/domain.md §1–2), finds or adds the passport and the
visa or permit (by their blind index), creates the record of a new arrival, and opens or corrects the
registration, all in one durable transaction: no caller can wrap it in a larger one and leave half a stay
behind. Callers give named answers (the dataclasses below); nothing else can be set, so no channel can set a
status, a batch or a police receipt number. Forms only collect input; the step forms of the portal call the
same `*_problems` functions for early feedback, so each rule is written once, here.
"""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lianyang.core.crypto import blind_index
from lianyang.core.text import short_text_problem
from lianyang.people import selectors as people
from lianyang.people.models import IdentityDocument
from lianyang.people.services import document_add, permit_add, resident_create

from .models import OPEN_STATUSES, AccommodationRegistration, EntryPort
from .services import registration_resubmit, registration_submit
from .uploads import statement_store, uploads_attach

Relation = AccommodationRegistration.HostRelation
IdKind = AccommodationRegistration.HostIdKind

# "Now" on a phone or a counter PC whose clock runs a little ahead is not in the future.
CLOCK_SLACK = datetime.timedelta(minutes=5)
RESIDENT_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
OLDEST_BIRTH = datetime.date(1900, 1, 1)

PASSPORT_EXPIRED = _("This passport has expired. Please register with your valid passport.")
PERMIT_EXPIRED = _("This residence permit has expired. Please come to the station: we will help you with it.")
VISA_EXPIRED_AT_ENTRY = _(
    "This visa had expired before the entry into China. Please check the dates, or come to the station."
)
HOST_ID_MISSING = _("Please give the number of your host's identity document.")
HOST_ID_INVALID = _(
    "This is not a valid resident identity card number. Such a number has 18 characters, the last a digit or X."
)
ARRIVAL_IN_FUTURE = _("The arrival cannot be in the future.")
NAME_THE_PORT = _("Please name the port where you entered China.")
DUPLICATE = _("This resident already has an open registration for this address.")


@dataclass(frozen=True)
class PassportAnswers:
    number: str
    issuing_state: str
    expiry_date: datetime.date
    issue_date: datetime.date | None = None
    # The two or three MRZ lines, kept only when they were read and agree with the number.
    mrz: str = ""


@dataclass(frozen=True)
class PermitAnswers:
    kind: str
    number: str
    valid_from: datetime.date
    valid_until: datetime.date
    entries: str


@dataclass(frozen=True)
class PersonAnswers:
    """Who a new arrival is, as their passport prints it, and how to reach them."""

    surname: str
    given_names: str
    sex: str
    birth_date: datetime.date
    nationality: str
    native_name: str = ""
    chinese_name: str = ""
    phone: object = ""
    occupation: str = ""
    employer: str = ""
    email: str = ""
    preferred_language: str = "en"
    user: object = None


@dataclass(frozen=True)
class ProposedAddress:
    """A flat the station's list does not have yet, as the resident names it; an officer confirms it."""

    compound: object
    building: str
    room: str
    unit: str = ""


@dataclass(frozen=True)
class StayAnswers:
    # The flat from the station's list, or None with `proposed` for a flat the list does not have.
    address: object
    arrival_at: datetime.datetime
    entry_date: datetime.date | None = None
    entry_port: str = ""
    # The port as the resident names it, when it is none of `EntryPort` ("other").
    entry_port_other: str = ""
    purpose: str = AccommodationRegistration.Purpose.WORK
    planned_departure: datetime.date | None = None
    previous_address: str = ""
    address_abroad: str = ""
    proposed: ProposedAddress | None = None

    @property
    def compound(self):
        return self.address.building.compound if self.address is not None else self.proposed.compound


@dataclass(frozen=True)
class HostAnswers:
    name: str
    phone: str
    relation: str
    id_kind: str
    proof_kind: str
    id_number: str = ""

    def fields(self) -> dict:
        """The registration's own field names."""
        return {
            "host_name": self.name,
            "host_phone": self.phone,
            "host_relation": self.relation,
            "host_id_kind": self.id_kind,
            "host_id_number": self.id_number,
            "proof_kind": self.proof_kind,
        }


def resident_id_is_valid(number: str) -> bool:
    """A Chinese resident identity card number: 17 digits and a check character (GB 11643-1999, ISO 7064)."""
    if len(number) != 18 or not (number[:17].isascii() and number[:17].isdigit()):
        return False
    total = sum(int(digit) * weight for digit, weight in zip(number[:17], RESIDENT_ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == number[17]


def passport_problems(passport: PassportAnswers) -> dict[str, str]:
    """The police register a stay on a valid passport only; a date of issue is not in the future."""
    today = timezone.localdate()
    problems = {}
    if passport.expiry_date < today:
        problems["expiry_date"] = PASSPORT_EXPIRED
    if passport.issue_date and passport.issue_date > today:
        problems["issue_date"] = _("The date of issue cannot be in the future.")
    return problems


def person_problems(person: PersonAnswers) -> dict[str, str]:
    if not OLDEST_BIRTH <= person.birth_date <= timezone.localdate():
        return {"birth_date": _("Please check the date of birth.")}
    return {}


def permit_problems(permit: PermitAnswers | None, *, entry_date: datetime.date | None = None) -> dict[str, str]:
    """Law art. 78: no stay on an expired residence permit. A visa's "valid until" is the last day to enter
    (the stay then runs its duration from the entry), so a visa is refused when it had expired at the entry."""
    if permit is None:
        return {}
    if permit.valid_until < permit.valid_from:
        return {"valid_until": _("The end of validity must not be before its start.")}
    if permit.kind.startswith("visa_"):
        expired = entry_date is not None and permit.valid_until < entry_date
        return {"valid_until": VISA_EXPIRED_AT_ENTRY} if expired else {}
    return {"valid_until": PERMIT_EXPIRED} if permit.valid_until < timezone.localdate() else {}


def stay_problems(stay: StayAnswers) -> dict[str, str]:
    """Arrival not in the future, entry into China not after it, departure not before it."""
    now = timezone.localtime()
    arrival_day = timezone.localtime(stay.arrival_at).date()
    problems = {}
    if stay.arrival_at > now + CLOCK_SLACK:
        problems["arrival_at"] = ARRIVAL_IN_FUTURE
    if stay.entry_date and stay.entry_date > now.date():
        problems["entry_date"] = _("The date of entry cannot be in the future.")
    elif stay.entry_date and stay.entry_date > arrival_day:
        problems["entry_date"] = _("The entry into China cannot be after the arrival at this address.")
    if stay.planned_departure and stay.planned_departure < arrival_day:
        problems["planned_departure"] = _("The planned departure cannot be before the arrival.")
    if stay.entry_port == EntryPort.OTHER:
        other = stay.entry_port_other
        problem = short_text_problem(other, longest=60) if other.strip() else NAME_THE_PORT
        if problem:
            problems["entry_port_other"] = problem
    return problems


def place_problems(stay: StayAnswers) -> dict[str, str]:
    """A flat from the list, or a compound with the building and room of a flat not yet listed (short plain
    text, as printed on the door)."""
    if stay.address is not None:
        return {}
    proposed = stay.proposed
    if proposed is None or proposed.compound is None:
        return {"address": _("Please choose your flat, or say where it is if it is not listed.")}
    problems = {}
    for name in ("building", "unit", "room"):
        value = getattr(proposed, name)
        if not value.strip() and name != "unit":
            problems[f"proposed_{name}"] = _("Please fill this in.")
        elif value and (problem := short_text_problem(value, longest=20)):
            problems[f"proposed_{name}"] = problem
    return problems


def host_problems(host: HostAnswers) -> dict[str, str]:
    """The host's ID is needed unless the resident owns the home; a Chinese ID number passes its check digit."""
    number = host.id_number
    if not number and host.relation != Relation.OWNER:
        return {"host_id_number": HOST_ID_MISSING}
    if number and host.id_kind == IdKind.RESIDENT_ID and not resident_id_is_valid(number):
        return {"host_id_number": HOST_ID_INVALID}
    return {}


def _refuse_if(*problem_lists: dict[str, str]) -> None:
    errors = {}
    for problems in problem_lists:
        for field, message in problems.items():
            errors.setdefault(field, []).append(message)
    if errors:
        raise ValidationError(errors)


def _passport(*, actor, resident, passport: PassportAnswers, request) -> IdentityDocument:
    """The resident's passport with this number (found through its blind index), or a new one."""
    index = blind_index(passport.number)
    for document in people.resident_documents(resident=resident):
        if document.number_index == index:
            return document
    return document_add(
        actor=actor,
        resident=resident,
        number=passport.number,
        kind=IdentityDocument.Kind.PASSPORT,
        issuing_state=passport.issuing_state,
        issue_date=passport.issue_date,
        expiry_date=passport.expiry_date,
        mrz=passport.mrz,
        request=request,
    )


def _permit(*, actor, resident, document, permit: PermitAnswers | None, request):
    if permit is None:
        return None
    index = blind_index(permit.number)
    for known in people.resident_permits(resident=resident):
        if known.number_index == index:
            return known
    return permit_add(
        actor=actor,
        resident=resident,
        number=permit.number,
        document=document,
        kind=permit.kind,
        valid_from=permit.valid_from,
        valid_until=permit.valid_until,
        entries=permit.entries,
        request=request,
    )


def _stay_fields(stay: StayAnswers) -> dict:
    proposed = stay.proposed if stay.address is None else None
    return {
        "address": stay.address,
        "proposed_compound": proposed.compound if proposed else None,
        "proposed_building": proposed.building.strip() if proposed else "",
        "proposed_unit": proposed.unit.strip() if proposed else "",
        "proposed_room": proposed.room.strip() if proposed else "",
        "entry_date": stay.entry_date,
        "entry_port": stay.entry_port,
        "entry_port_other": stay.entry_port_other.strip() if stay.entry_port == EntryPort.OTHER else "",
        "purpose": stay.purpose,
        "planned_departure": stay.planned_departure,
        "previous_address": stay.previous_address,
        "address_abroad": stay.address_abroad,
    }


@transaction.atomic(durable=True)
def stay_register(
    *,
    actor,
    channel: str,
    submission_key: str,
    passport: PassportAnswers,
    permit: PermitAnswers | None,
    stay: StayAnswers,
    host: HostAnswers,
    resident=None,
    person: PersonAnswers | None = None,
    papers: tuple[int, ...] = (),
    statement: str = "",
    assigned_to=None,
    request=None,
) -> AccommodationRegistration:
    """Register a stay (Exit and Entry Administration Law, art. 39), from any channel.

    Refused, changing nothing: an expired passport; an expired residence permit or a visa expired at the entry
    (art. 78); a host's ID missing (unless the resident owns the home) or a Chinese ID failing its check digit
    (GB 11643-1999); an arrival in the future (beyond `CLOCK_SLACK`); an entry after the arrival; a departure
    before it; "another port" without its name, or a name, building or room with markup; a second open
    registration of the resident at the address. `resident` is a known resident; for a new arrival give
    `person` instead, and they are recorded in the station of the chosen compound. A flat not in the station's
    list is given as `stay.proposed` (an officer confirms it before verifying). The same `submission_key`
    twice gives the first registration back.
    """
    if (resident is None) == (person is None):
        raise ValueError("Give either a known resident or a new arrival's answers.")
    _refuse_if(
        passport_problems(passport),
        person_problems(person) if person is not None else {},
        permit_problems(permit, entry_date=stay.entry_date),
        stay_problems(stay),
        place_problems(stay),
        host_problems(host),
    )
    if resident is not None:
        done = AccommodationRegistration.objects.filter(submission_key=submission_key, resident=resident).first()
        if done is not None:
            return done
        if (
            stay.address is not None
            and AccommodationRegistration.objects.filter(
                resident=resident, address=stay.address, status__in=OPEN_STATUSES
            ).exists()
        ):
            raise ValidationError(DUPLICATE, code="duplicate_registration")
    else:
        resident = resident_create(
            actor=actor,
            station=stay.compound.area.station,
            user=person.user,
            email=person.email,
            preferred_language=person.preferred_language,
            address=stay.address,
            arrival_date=timezone.localtime(stay.arrival_at).date(),
            surname=person.surname,
            given_names=person.given_names,
            sex=person.sex,
            birth_date=person.birth_date,
            nationality=person.nationality,
            native_name=person.native_name,
            chinese_name=person.chinese_name,
            phone=person.phone,
            occupation=person.occupation,
            employer=person.employer,
            request=request,
        )
    document = _passport(actor=actor, resident=resident, passport=passport, request=request)
    registration = registration_submit(
        actor=actor,
        resident=resident,
        arrival_at=stay.arrival_at,
        submission_key=submission_key,
        channel=channel,
        document=document,
        permit=_permit(actor=actor, resident=resident, document=document, permit=permit, request=request),
        assigned_to=assigned_to,
        request=request,
        **_stay_fields(stay),
        **host.fields(),
    )
    _attach(actor=actor, registration=registration, papers=papers, statement=statement, request=request)
    return registration


def _attach(*, actor, registration, papers, statement: str, request) -> None:
    papers = list(papers)
    if statement.strip():
        papers.append(statement_store(actor=actor, text=statement, request=request).pk)
    if papers:
        uploads_attach(actor=actor, registration=registration, upload_ids=papers, request=request)


@transaction.atomic(durable=True)
def stay_correct(
    *,
    actor,
    registration,
    stay: StayAnswers,
    host: HostAnswers,
    papers: tuple[int, ...] = (),
    statement: str = "",
    request=None,
) -> AccommodationRegistration:
    """The correction of a returned registration, under the same rules as `stay_register`, sent back to the
    station's queue."""
    registration = AccommodationRegistration.objects.select_related("permit").get(pk=registration.pk)
    permit = registration.permit
    answers = (
        PermitAnswers(permit.kind, permit.number, permit.valid_from, permit.valid_until, permit.entries)
        if permit is not None
        else None
    )
    _refuse_if(
        permit_problems(answers, entry_date=stay.entry_date),
        stay_problems(stay),
        place_problems(stay),
        host_problems(host),
    )
    if stay.address is not None and (
        AccommodationRegistration.objects.filter(
            resident_id=registration.resident_id, address=stay.address, status__in=OPEN_STATUSES
        )
        .exclude(pk=registration.pk)
        .exists()
    ):
        raise ValidationError({"address": DUPLICATE})
    registration = registration_resubmit(
        actor=actor,
        registration=registration,
        arrival_at=stay.arrival_at,
        request=request,
        **_stay_fields(stay),
        **host.fields(),
    )
    _attach(actor=actor, registration=registration, papers=papers, statement=statement, request=request)
    return registration
