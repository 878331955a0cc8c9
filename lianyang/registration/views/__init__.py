"""The registration pages of the staff back office: the queue, the verification page, walk-in entry, the police.

Reads go through `registration.selectors`, writes through `registration.services`; a service's
ValidationError is shown to the member of staff, never turned into a 500.
"""
