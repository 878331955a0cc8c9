app_name = "stay"
urlpatterns = []
