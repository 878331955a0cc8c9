"""The stations' staff, the district administrators, the police liaison, and the neighbours who host expats.

Lianyang has twelve staff as in the article: a head who interprets English (with an Advanced Interpretation
Certificate) and officers who between them work in all ten interface languages, Japanese and Korean twice over.
All names are invented. Staff accounts are made through `staff_create`, so each is in the audit log.
"""

import datetime
import random
from dataclasses import dataclass, field

from lianyang.accounts.models import Proficiency, Role, TrainingRecord
from lianyang.accounts.services import staff_create
from lianyang.people.models import LocalHost

from .names import chinese_person
from .places import DISTRICT_PINYIN

NATIVE, FLUENT, WORKING, BASIC = Proficiency.NATIVE, Proficiency.FLUENT, Proficiency.WORKING, Proficiency.BASIC
POLICY_TRAINING = ("Social service and foreign-affairs policy", "Huamu Sub-district and the Pudong Exit-Entry Division")
PIPL_TRAINING = ("Personal information protection for community staff", "Pudong New Area Civil Affairs Bureau")


@dataclass
class StaffSpec:
    username: str
    display_name: str
    display_name_en: str
    role: str
    languages: dict[str, str]
    interface_language: str = "zh-hans"
    training: list[tuple[str, str, str]] = field(default_factory=list)  # (title, issuer, completed on)


def _officer(username, name, name_en, languages, interface="zh-hans", *certificates) -> StaffSpec:
    training = [*certificates, (*POLICY_TRAINING, "2019-06-14"), (*PIPL_TRAINING, "2022-03-18")]
    return StaffSpec(username, name, name_en, Role.OFFICER, {"zh-hans": NATIVE, **languages}, interface, training)


LIANYANG_STAFF = [
    StaffSpec(
        "head", "沈静怡", "Shen Jingyi", Role.HEAD, {"zh-hans": NATIVE, "en": FLUENT}, "zh-hans",
        [("Advanced Interpretation Certificate (English)", "Shanghai Interpretation Accreditation", "2009-11-21"),
         (*POLICY_TRAINING, "2012-03-09"), (*PIPL_TRAINING, "2022-03-18")],
    ),
    _officer("officer.ja", "陆晓晨", "Lu Xiaochen", {"ja": FLUENT, "en": WORKING}, "zh-hans",
             ("JLPT N1", "The Japan Foundation", "2014-12-07")),
    _officer("officer.ja2", "顾佳琪", "Gu Jiaqi", {"ja": FLUENT, "ko": BASIC}, "ja",
             ("JLPT N1", "The Japan Foundation", "2016-07-03")),
    _officer("officer.ko", "朴敏华", "Piao Minhua", {"ko": NATIVE, "ja": WORKING}),
    _officer("officer.ko2", "崔雪梅", "Cui Xuemei", {"ko": FLUENT, "en": WORKING}, "ko",
             ("TOPIK level 6", "National Institute for International Education", "2015-10-18")),
    _officer("officer.en", "王浩然", "Wang Haoran", {"en": FLUENT, "es": WORKING}, "en",
             ("CATTI level 2 interpreter (English)", "China Foreign Languages Publishing Administration",
              "2017-11-05")),
    _officer("officer.fr", "周以宁", "Zhou Yining", {"fr": FLUENT, "en": WORKING}, "fr",
             ("DALF C1", "France Éducation international", "2015-06-12")),
    _officer("officer.de", "钱思远", "Qian Siyuan", {"de": FLUENT, "en": WORKING}, "de",
             ("Goethe-Zertifikat C1", "Goethe-Institut", "2016-05-20")),
    _officer("officer.es", "叶子航", "Ye Zihang", {"es": FLUENT, "pt-br": WORKING}, "es",
             ("DELE C1", "Instituto Cervantes", "2018-05-26")),
    _officer("officer.pt", "黄诗雨", "Huang Shiyu", {"pt-br": FLUENT, "es": WORKING}, "pt-br",
             ("Celpe-Bras, advanced", "Ministry of Education of Brazil", "2019-04-24")),
    _officer("officer.ru", "姚立伟", "Yao Liwei", {"ru": FLUENT, "en": BASIC}, "ru",
             ("TORFL level 3", "Russian State Testing Centre", "2013-06-15")),
    _officer("officer.ar", "马文博", "Ma Wenbo", {"ar": FLUENT, "en": WORKING}, "ar",
             ("Arabic interpreting course", "Shanghai International Studies University", "2016-01-15")),
]  # fmt: skip
LIANYANG_LIAISON = StaffSpec(
    "police.liaison", "严志强", "Yan Zhiqiang", Role.POLICE_LIAISON, {"zh-hans": NATIVE, "en": BASIC}, "zh-hans",
    [("Accommodation registration of overseas personnel", "Pudong Exit-Entry Division", "2020-09-11")],
)  # fmt: skip
GUBEI_STAFF = [
    StaffSpec(
        "gubei.head", "孙雅婷", "Sun Yating", Role.HEAD, {"zh-hans": NATIVE, "ja": FLUENT, "en": WORKING}, "zh-hans",
        [("JLPT N1", "The Japan Foundation", "2011-12-04")],
    ),
    StaffSpec("gubei.officer", "林宇航", "Lin Yuhang", Role.OFFICER, {"zh-hans": NATIVE, "ko": FLUENT, "en": WORKING}),
]  # fmt: skip
PUDONG_ADMIN = StaffSpec(
    "district.admin", "许慧敏", "Xu Huimin", Role.DISTRICT_ADMIN, {"zh-hans": NATIVE, "en": WORKING}, "zh-hans"
)
# Languages the officers of a generated station work in, beyond English: one each, in this order.
OFFICER_LANGUAGES = ["ja", "ko", "fr", "de", "es", "ru", "ar", "pt-br"]


def generated_staff(rng: random.Random, station_key: str, officers: int = 3) -> list[StaffSpec]:
    """A head who works in English, officers in other languages, and a police liaison."""
    first = rng.randrange(len(OFFICER_LANGUAGES))
    languages = [OFFICER_LANGUAGES[(first + index) % len(OFFICER_LANGUAGES)] for index in range(officers)]
    specs = [StaffSpec(f"{station_key}.head", *chinese_person(rng, rng.choice("MF")), Role.HEAD, {"en": FLUENT})]
    specs += [
        StaffSpec(f"{station_key}.officer.{language}", *chinese_person(rng, rng.choice("MF")), Role.OFFICER,
                  {language: FLUENT, "en": WORKING})
        for language in languages
    ]  # fmt: skip
    specs.append(StaffSpec(f"{station_key}.liaison", *chinese_person(rng, rng.choice("MF")), Role.POLICE_LIAISON, {}))
    for spec in specs:
        spec.languages = {"zh-hans": NATIVE, **spec.languages}
    return specs


def district_admin(rng: random.Random, district: str) -> StaffSpec:
    """The administrator of a district other than Pudong: `district.admin.xuhui`."""
    name = chinese_person(rng, rng.choice("MF"))
    languages = {"zh-hans": NATIVE, "en": WORKING}
    return StaffSpec(f"district.admin.{DISTRICT_PINYIN[district]}", *name, Role.DISTRICT_ADMIN, languages)


def staff_add(specs: list[StaffSpec], *, actor, station, district: str, password: str) -> list:
    """Accounts through `staff_create`, then their training records (which have no service of their own)."""
    profiles = [
        staff_create(
            actor=actor, username=spec.username, password=password, station=station, role=spec.role,
            display_name=spec.display_name, display_name_en=spec.display_name_en,
            language=spec.interface_language, languages=spec.languages, district=district,
            email=f"{spec.username}@lianyang.invalid",
        )
        for spec in specs
    ]  # fmt: skip
    TrainingRecord.objects.bulk_create(
        TrainingRecord(staff=profile, title=title, issuer=issuer, completed_on=datetime.date.fromisoformat(day))
        for profile, spec in zip(profiles, specs, strict=True)
        for title, issuer, day in spec.training
    )
    return profiles


HOST_OFFERS = [
    "家常菜：红烧肉、包饺子 / Home cooking: braised pork, dumplings", "书法入门 / Calligraphy for beginners",
    "普通话会话 / Mandarin conversation", "上海话入门 / Shanghainese for beginners", "太极拳晨练 / Morning tai chi",
    "剪纸与节日手工 / Paper-cutting and festival crafts", "茶艺 / The art of tea",
    "包馄饨与小笼 / Wontons and xiaolongbao", "二胡欣赏 / Listening to the erhu",
    "菜场与小店导览 / A walk through the wet market and small shops", "中国象棋 / Chinese chess",
]  # fmt: skip


def local_hosts_add(rng: random.Random, *, station, compounds, count: int) -> list[LocalHost]:
    """Chinese neighbours offering exchanges. Hosts have no service yet, so they are inserted in bulk."""
    hosts = []
    for _ in range(count):
        name, name_pinyin = chinese_person(rng, rng.choice("MF"))
        languages = ["zh-hans", "wuu"] + (["en"] if rng.random() < 0.4 else []) + (["ja"] if rng.random() < 0.1 else [])
        offers = "; ".join(rng.sample(HOST_OFFERS, rng.choice((1, 1, 2))))
        hosts.append(
            LocalHost(station=station, name=name, name_pinyin=name_pinyin, compound=rng.choice(compounds),
                      offers=offers, languages=languages)
        )  # fmt: skip
    return LocalHost.objects.bulk_create(hosts)
