"""A small guide for the portal's, the windows' and the poster's tests: eight items, two a bin, under the keys the
shipped list uses, named in the languages the tests read (others fall back to English), and a compound's
drop-off windows."""

import datetime

from lianyang.civic.guide.search import guide_search_version_bump
from lianyang.civic.models import DropOffWindow, WasteItem
from lianyang.community.models import Compound

ITEMS = [
    ("newspaper", "recyclable", "paper", {
        "en": ["newspaper"], "zh-hans": ["报纸"], "ja": ["新聞紙"], "ko": ["신문지"], "ru": ["газета"],
        "ar": ["جريدة"], "fr": ["journal"]}),
    ("plastic-bottle", "recyclable", "rinse-flatten", {
        "en": ["plastic bottle"], "zh-hans": ["塑料瓶"], "ja": ["ペットボトル"], "ko": ["페트병"],
        "ru": ["пластиковая бутылка"], "ar": ["زجاجة بلاستيكية"], "fr": ["bouteille en plastique"]}),
    ("button-battery", "hazardous", "battery", {
        "en": ["button battery"], "zh-hans": ["纽扣电池"], "ja": ["ボタン電池"], "ko": ["단추형 전지"],
        "ru": ["батарейка-таблетка"], "ar": ["بطارية زر"], "fr": ["pile bouton"]}),
    ("expired-medicine", "hazardous", "keep-packed", {
        "en": ["expired medicine"], "zh-hans": ["过期药品"], "ja": ["期限切れの薬"], "ko": ["유통기한 지난 약"],
        "ru": ["просроченные лекарства"], "ar": ["دواء منتهي الصلاحية"], "fr": ["médicament périmé"]}),
    ("banana-peel", "wet", "no-bag", {
        "en": ["banana peel", "banana skin"], "zh-hans": ["香蕉皮"], "ja": ["バナナの皮"], "ko": ["바나나 껍질"],
        "ru": ["банановая кожура"], "ar": ["قشر الموز"], "fr": ["peau de banane"]}),
    ("leftover-food", "wet", "no-bag", {
        "en": ["leftover food"], "zh-hans": ["剩饭剩菜"], "ja": ["食べ残し"], "ko": ["남은 음식"],
        "ru": ["остатки еды"], "ar": ["بقايا الطعام"], "fr": ["restes de repas"]}),
    ("bubble-tea-cup", "dry", "bagged", {
        "en": ["bubble tea cup", "milk tea cup"], "zh-hans": ["奶茶杯"],
        "ja": ["タピオカドリンクのカップ", "タピオカの容器"], "ko": ["버블티 컵"], "ru": ["стакан от бабл-ти"],
        "ar": ["كوب شاي الفقاعات"], "fr": ["gobelet de bubble tea"]}),
    ("toilet-paper", "dry", "bagged", {
        "en": ["toilet paper"], "zh-hans": ["卫生纸"], "ja": ["トイレットペーパー"], "ko": ["화장지"],
        "ru": ["туалетная бумага"], "ar": ["ورق التواليت"], "fr": ["papier toilette"]}),
]  # fmt: skip


def make_guide_items() -> list[WasteItem]:
    items = WasteItem.objects.bulk_create(
        WasteItem(key=key, category=category, how=how, source="city-guide", names=names)
        for key, category, how, names in ITEMS
    )
    guide_search_version_bump()
    return items


def set_windows(compound: Compound, *windows: str) -> list[DropOffWindow]:
    """The compound's windows, as "06:30-08:30", written straight (the service is tested on its own)."""
    return DropOffWindow.objects.bulk_create(
        DropOffWindow(
            compound=compound,
            opens=datetime.time.fromisoformat(window.split("-")[0]),
            closes=datetime.time.fromisoformat(window.split("-")[1]),
        )
        for window in windows
    )


def compound_of(station) -> Compound:
    return Compound.objects.get(area__station=station)
