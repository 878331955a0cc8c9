from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from lianyang.core.views import healthz
from lianyang.demo.outbox import outbox
from lianyang.portal.views import root_redirect

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("", root_redirect, name="root"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("staff/", include("lianyang.accounts.urls")),
    path("staff/", include("lianyang.reports.urls")),
    path("staff/", include("lianyang.people.urls")),
    path("staff/places/", include("lianyang.community.urls")),
    path("staff/audit/", include("lianyang.audit.urls")),
    path("staff/registrations/", include("lianyang.registration.urls")),
    path("staff/casework/", include("lianyang.casework.urls")),
    path("staff/activities/", include("lianyang.activities.urls")),
    path("staff/publishing/wechat/", include("lianyang.publishing.wechat.urls")),
    path("staff/publishing/print/", include("lianyang.publishing.printing.urls")),
    path("staff/publishing/", include("lianyang.publishing.urls")),
    path("staff/civic/", include("lianyang.civic.urls")),
    path("verify/", include("lianyang.registration.verify_urls")),
    path("demo/outbox/", outbox, name="demo_outbox"),
]
urlpatterns += i18n_patterns(
    path("", include("lianyang.portal.urls")),
    path("stay/", include("lianyang.portal.stay.urls")),
    path("requests/", include("lianyang.portal.requests.urls")),
    path("activities/", include("lianyang.portal.activities.urls")),
    path("exchange/", include("lianyang.portal.exchange.urls")),
    path("", include("lianyang.portal.board.urls")),
    path("waste/", include("lianyang.portal.waste.urls")),
    path("", include("lianyang.publishing.feed_urls")),
    path("", include("lianyang.publishing.digest_urls")),
)

handler400 = "lianyang.core.errors.bad_request"
handler403 = "lianyang.core.errors.permission_denied"
handler404 = "lianyang.core.errors.page_not_found"
handler500 = "lianyang.core.errors.server_error"
