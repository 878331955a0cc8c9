from django.urls import path

from .views import address, police, police_files, queue, result_sheet, verification, walk_in

app_name = "registration"
urlpatterns = [
    path("", queue.registration_queue, name="queue"),
    path("file/", queue.registrations_file, name="file"),
    path("new/", walk_in.registration_create, name="create"),
    path("<int:pk>/", verification.registration_detail, name="detail"),
    path("<int:pk>/assign/", queue.registration_assign, name="assign"),
    path("<int:pk>/file/", queue.registration_file_now, name="file_now"),
    path("<int:pk>/steps/<slug:kind>/", verification.registration_step, name="step"),
    path("<int:pk>/address/confirm/", address.confirm_address, name="confirm_address"),
    path("<int:pk>/host-id/reveal/", verification.host_id_reveal, name="host_id_reveal"),
    path("papers/<int:pk>/", verification.upload_file, name="upload_file"),
    path("batches/", police.batch_list, name="batch_list"),
    path("batches/<int:pk>/", police.batch_detail, name="batch_detail"),
    path("batches/<int:pk>/police-file.xlsx", police_files.batch_xlsx, name="batch_xlsx"),
    path("batches/<int:pk>/police-file.csv", police_files.batch_csv, name="batch_csv"),
    path("batches/<int:batch_pk>/<int:pk>/police-form.pdf", police_files.police_form, name="police_form"),
    path("batches/<int:batch_pk>/<int:pk>/receipt/", police.receipt_record, name="receipt_record"),
    path("batches/<int:batch_pk>/<int:pk>/return/", police.police_return, name="police_return"),
    path("police-results/", result_sheet.result_sheet_upload, name="result_sheet_upload"),
    path("police-results/preview/", result_sheet.result_sheet_preview, name="result_sheet_preview"),
    path("police-results/confirm/", result_sheet.result_sheet_confirm, name="result_sheet_confirm"),
]
