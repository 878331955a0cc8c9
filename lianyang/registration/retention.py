"""Papers nobody will use are deleted: those of registrations never sent, and files no record names.

PIPL art. 19: personal information is kept no longer than its purpose needs; art. 47: once the purpose is
achieved or can no longer be achieved, it is deleted. A paper uploaded on a step of a draft serves only that
draft; the draft lives in the resident's session, which ends `SESSION_COOKIE_AGE` after its last change, so a paper
still in no registration `UPLOAD_RETENTION_DAYS` after its upload (settings) belongs to a draft nobody can send
any more, or to a correction the station never received: its file and its record go. Papers of a sent
registration are kept with it. A file under the private storage that no record names (its record deleted with
an account, or a save that failed half-way) goes too, once it is a day old, so a file being saved right now, whose
record is not yet committed, is never taken.

The pass is idempotent: what it deleted is gone, and a file already missing is skipped.
"""

import datetime
import logging
import posixpath

from django.apps import apps
from django.conf import settings
from django.core.files.storage import default_storage
from django.db import models
from django.utils import timezone

from .models import RegistrationUpload

logger = logging.getLogger(__name__)

# How old a file no record names must be before it is deleted: no upload takes a day to commit.
UNNAMED_FILE_AGE = datetime.timedelta(days=1)


def uploads_retention_pass() -> int:
    """Delete the papers of drafts never sent and files that no record names; how many files were deleted."""
    papers = _papers_of_drafts_forget()
    unnamed = _unnamed_files_forget()
    logger.info(
        "Upload retention: deleted %d papers of registrations never sent (older than %d days), %d unnamed files",
        papers,
        settings.UPLOAD_RETENTION_DAYS,
        unnamed,
    )
    return papers + unnamed


def _papers_of_drafts_forget() -> int:
    cutoff = timezone.now() - datetime.timedelta(days=settings.UPLOAD_RETENTION_DAYS)
    abandoned = RegistrationUpload.objects.filter(registration__isnull=True, created_at__lt=cutoff)
    deleted = 0
    for pk, name in list(abandoned.values_list("pk", "file")):
        # The record first, unless the paper joined a registration meanwhile; should the file's deletion fail, the
        # sweep of unnamed files takes it next time.
        gone, _ = RegistrationUpload.objects.filter(pk=pk, registration__isnull=True).delete()
        if gone:
            default_storage.delete(name)
            deleted += 1
    return deleted


def _file_fields() -> list[models.FileField]:
    return [
        field
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.FileField) and isinstance(field.upload_to, str)
    ]


def _unnamed_files_forget() -> int:
    """Delete the files under each file field's folder (`upload_to`) that no record of any file field names."""
    fields = _file_fields()
    named = set()
    for field in fields:
        named.update(field.model._base_manager.exclude(**{field.name: ""}).values_list(field.name, flat=True))
    folders = {field.upload_to.split("/", 1)[0] for field in fields}
    old = timezone.now() - UNNAMED_FILE_AGE
    deleted = 0
    for folder in sorted(folders):
        for name in _files_under(folder):
            if name not in named and _modified(name) < old:
                default_storage.delete(name)
                deleted += 1
    return deleted


def _modified(name: str) -> datetime.datetime:
    """When the file was last written; for a file another worker deleted a moment ago, now (so it is left)."""
    try:
        return default_storage.get_modified_time(name)
    except FileNotFoundError:
        return timezone.now()


def _files_under(folder: str):
    """Every file's storage name under `folder`, at any depth; nothing when the folder does not exist."""
    if not default_storage.exists(folder):
        return
    subfolders, files = default_storage.listdir(folder)
    for name in files:
        yield posixpath.join(folder, name)
    for subfolder in subfolders:
        yield from _files_under(posixpath.join(folder, subfolder))
