"""A registration may name a flat not yet in the station's list; an officer confirms it before verifying."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('community', '0002_station_registration_deadline_hours'),
        ('people', '0002_resident_search_trigram'),
        ('registration', '0003_entry_port_code'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='accommodationregistration',
            name='proposed_building',
            field=models.CharField(blank=True, max_length=20, verbose_name='building (as the resident gave it)'),
        ),
        migrations.AddField(
            model_name='accommodationregistration',
            name='proposed_compound',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='community.compound'),
        ),
        migrations.AddField(
            model_name='accommodationregistration',
            name='proposed_room',
            field=models.CharField(blank=True, max_length=20, verbose_name='room (as the resident gave it)'),
        ),
        migrations.AddField(
            model_name='accommodationregistration',
            name='proposed_unit',
            field=models.CharField(blank=True, max_length=20, verbose_name='unit (as the resident gave it)'),
        ),
        migrations.AlterField(
            model_name='accommodationregistration',
            name='address',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='registrations', to='community.address'),
        ),
        migrations.AddConstraint(
            model_name='accommodationregistration',
            constraint=models.CheckConstraint(condition=models.Q(('address__isnull', False), models.Q(('proposed_compound__isnull', False), models.Q(('proposed_building', ''), _negated=True), models.Q(('proposed_room', ''), _negated=True)), _connector='OR'), name='registration_has_an_address_or_a_proposed_one'),
        ),
    ]
