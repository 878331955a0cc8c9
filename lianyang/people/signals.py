"""What people tells the floors above, which it may not import: they connect receivers in their apps' ready()."""

from django.dispatch import Signal

# Sent inside consent_set's transaction when a resident withdraws a consent, with `resident`, `purpose`, `actor`
# and `request`: whatever rests on that consent stops in the same transaction (PIPL art. 15).
consent_withdrawn = Signal()
