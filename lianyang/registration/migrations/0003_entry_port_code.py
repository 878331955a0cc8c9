"""The port of entry as a code filed in Chinese, instead of free text in the resident's language.

Existing answers are mapped where a known name (in Chinese, English or another language the portal offers)
or the airport's code can be recognised; anything else becomes "other", its text kept as the resident wrote it.
"""

from django.db import migrations, models

# (code, words that name it): the first match wins, so the sea port comes before the airports of Shanghai.
KNOWN_PORTS = (
    ("SH_SEA", ("cruise", "wusongkou", "吴淞", "上海港", "港国际客运", "port of shanghai", "shanghai port")),
    ("PVG", ("pvg", "pudong", "浦东", "浦東", "푸둥", "プードン")),
    ("SHA", ("hongqiao", "虹桥", "虹橋", "홍차오")),
    ("PKX", ("pkx", "daxing", "大兴", "大興")),
    ("PEK", ("pek", "beijing capital", "首都")),
    ("CAN", ("baiyun", "白云", "白雲", "guangzhou")),
    ("SZX", ("szx", "bao'an", "baoan", "宝安", "寶安")),
    ("SZ_LUOHU", ("luohu", "lo wu", "罗湖", "羅湖")),
    ("SZ_FUTIAN", ("futian", "福田")),
    ("SZ_HUANGGANG", ("huanggang", "皇岗", "皇崗")),
    ("SZ_BAY", ("shenzhen bay", "深圳湾", "深圳灣")),
    ("HK_WKL", ("west kowloon", "西九龙", "西九龍")),
)
CODES = {code for code, _words in KNOWN_PORTS} | {"other"}


def port_code(text: str) -> tuple[str, str]:
    """(code, the text kept for "other") for a port as typed."""
    words = text.strip().lower()
    if not words:
        return "", ""
    if text.strip() in CODES:
        return text.strip(), ""
    for code, names in KNOWN_PORTS:
        if any(name in words for name in names):
            return code, ""
    return "other", text.strip()[:60]


def to_codes(apps, schema_editor):
    Registration = apps.get_model("registration", "AccommodationRegistration")
    for registration in Registration.objects.exclude(entry_port="").only("pk", "entry_port").iterator():
        code, other = port_code(registration.entry_port)
        Registration.objects.filter(pk=registration.pk).update(entry_port=code, entry_port_other=other)


def to_text(apps, schema_editor):
    Registration = apps.get_model("registration", "AccommodationRegistration")
    Registration.objects.filter(entry_port="other").update(entry_port=models.F("entry_port_other"))


class Migration(migrations.Migration):
    dependencies = [
        ("registration", "0002_open_queue_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="accommodationregistration",
            name="entry_port_other",
            field=models.CharField(blank=True, max_length=60, verbose_name="other port of entry"),
        ),
        migrations.RunPython(to_codes, to_text),
        migrations.AlterField(
            model_name="accommodationregistration",
            name="entry_port",
            field=models.CharField(
                blank=True,
                choices=[
                    ("PVG", "Shanghai Pudong International Airport (PVG)"),
                    ("SHA", "Shanghai Hongqiao International Airport (SHA)"),
                    ("SH_SEA", "Port of Shanghai (cruise or ship)"),
                    ("PEK", "Beijing Capital International Airport (PEK)"),
                    ("PKX", "Beijing Daxing International Airport (PKX)"),
                    ("CAN", "Guangzhou Baiyun International Airport (CAN)"),
                    ("SZX", "Shenzhen Bao'an International Airport (SZX)"),
                    ("SZ_LUOHU", "Luohu land port (from Hong Kong)"),
                    ("SZ_FUTIAN", "Futian land port (from Hong Kong)"),
                    ("SZ_HUANGGANG", "Huanggang land port (from Hong Kong)"),
                    ("SZ_BAY", "Shenzhen Bay land port (from Hong Kong)"),
                    ("HK_WKL", "Hong Kong West Kowloon station (high-speed rail)"),
                    ("other", "Another port"),
                ],
                max_length=12,
                verbose_name="port of entry",
            ),
        ),
    ]
