"""The portal's "Register my stay" (/<lang>/stay/…), with the resident's inbox under it (/<lang>/stay/inbox/)."""

from django.urls import include, path

from lianyang.portal.inbox import urls as inbox_urls

from . import account, address, follow, host, identity, review

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
    # Included without a namespace of its own, so its pages keep their names `stay:inbox`, `stay:message`.
    path("inbox/", include(inbox_urls.urlpatterns)),
    path("<str:reference>/", follow.detail, name="detail"),
    path("<str:reference>/submitted/", follow.submitted, name="submitted"),
    path("<str:reference>/correct/", follow.correct, name="correct"),
    path("<str:reference>/slip.pdf", follow.slip, name="slip"),
]
