"""The portal's "Register my stay" (/<lang>/stay/…) and the resident's inbox (/<lang>/stay/inbox/)."""

from django.urls import path

from . import inbox
from .stay import account, address, follow, host, identity, review

app_name = "stay"
urlpatterns = [
    path("", follow.stay_list, name="list"),
    path("new/", account.begin, name="begin"),
    path("new/email/", account.email, name="email"),
    path("new/code/", account.code, name="code"),
    path("new/passport/", identity.passport, name="passport"),
    path("new/details/", identity.person, name="person"),
    path("new/visa/", identity.permit, name="permit"),
    path("new/address/", address.address, name="address"),
    path("new/address/places/", address.places, name="places"),
    path("new/host/", host.host, name="host"),
    path("new/review/", review.review, name="review"),
    path("inbox/", inbox.inbox, name="inbox"),
    path("inbox/<int:pk>/", inbox.message, name="message"),
    path("<str:reference>/", follow.detail, name="detail"),
    path("<str:reference>/submitted/", follow.submitted, name="submitted"),
    path("<str:reference>/correct/", follow.correct, name="correct"),
    path("<str:reference>/slip.pdf", follow.slip, name="slip"),
]
