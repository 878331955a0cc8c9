"""The waste guide's search: every vetted item by its English and Chinese names, the issue's examples in several
languages and scripts, plurals and typos, the held-out fifth's score, and a query that is far too long.

Shanghai Municipal Domestic Waste Management Regulations (in force 1 July 2019): a resident who names an item
learns its bin; a guess is shown as a guess, and with nothing close the page says "when unsure, dry waste".
"""

import csv
import time
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError

from lianyang.civic.guide.search import GuideIndex, guide_search, normalise
from lianyang.civic.guide.starter import shipped_items, waste_guide_load
from tests.civic.guide_quality import held_out_scores

VETTED = Path(__file__).parent / "waste-items.csv"
HELD_OUT_TARGET = 0.95
CATEGORY = {"recyclable": "recyclable", "hazardous": "hazardous", "wet": "wet", "dry": "dry"}


def vetted_rows() -> list[dict]:
    with VETTED.open(encoding="utf-8") as rows:
        return list(csv.DictReader(rows))


@pytest.fixture
def guide(db):
    waste_guide_load()


@pytest.fixture(scope="module")
def index():
    return GuideIndex([(item["key"], item["category"], item["how"], item["names"]) for item in shipped_items()])


def test_every_vetted_item_is_found_by_its_english_and_chinese_names(guide):
    wrong = []
    for row in vetted_rows():
        for query, language in ((row["item_en"], "en"), (row["item_zh"], "zh-hans")):
            found = guide_search(query, language).found
            if not found or not found[0].certain or found[0].category != CATEGORY[row["category"]]:
                wrong.append((query, found[:1]))
    assert wrong == []


@pytest.mark.parametrize(
    ("query", "language"),
    [
        ("bubble tea cup", "en"),
        ("bubble tea cups", "en"),
        ("buble tea cup", "en"),
        ("Bubble Tea Cup!", "fr"),
        ("奶茶杯", "en"),
        ("奶茶杯", "zh-hans"),
        ("タピオカの容器", "ja"),
        ("ﾀﾋﾟｵｶの容器", "ja"),  # half-width katakana
        ("Bubble-Tea-Becher", "de"),
        ("стаканы от бабл-ти", "ru"),
    ],
)
def test_the_issues_examples_name_the_bubble_tea_cup_in_any_page_language(index, query, language):
    found = index.search(query, language)
    assert found[0].key == "bubble-tea-cup" and found[0].certain
    assert found[0].category == "dry"


def test_the_name_shown_is_in_the_readers_language_whatever_the_query(index):
    found = index.search("奶茶杯", "ja")[0]
    assert found.name == "タピオカの容器" or found.name == shipped_name("bubble-tea-cup", "ja")
    assert found.matched == "奶茶杯"
    assert index.search("bubble tea cup", "ar")[0].name == shipped_name("bubble-tea-cup", "ar")


def shipped_name(key: str, language: str) -> str:
    return next(item for item in shipped_items() if item["key"] == key)["names"][language][0]


@pytest.mark.parametrize(
    ("query", "language", "key"),
    [
        ("newspapers", "en", "newspaper"),
        ("piles rechargeables", "fr", "rechargeable-battery"),
        ("Zeitungen", "de", "newspaper"),
        ("periódicos", "es", "newspaper"),
        ("jornais", "pt-br", "newspaper"),
        ("газеты", "ru", "newspaper"),
        ("nwspaper", "en", "newspaper"),
        ("Zietung", "de", "newspaper"),
        ("periodcos", "es", "newspaper"),
        ("banana peels", "en", "banana-peel"),
        ("pelures de banane", "fr", "banana-peel"),
        ("Bananenschalen", "de", "banana-peel"),
        ("cáscaras de plátano", "es", "banana-peel"),
        ("ペットボトル", "ja", "plastic-bottle"),
        ("ぺっとぼとる", "ja", "plastic-bottle"),
        ("PET-Flaschen", "de", "plastic-bottle"),
    ],
)
def test_plurals_typos_and_scripts_in_several_languages(index, query, language, key):
    found = index.search(query, language)
    assert found, query
    assert (found[0].key, found[0].certain) == (key, True), (query, found[:2])


R, H, W, D = "recyclable", "hazardous", "wet", "dry"
# Everyday items as residents type them (plurals, a typo, the words a shop or a pharmacy uses), in every language
# of the portal, with their Shanghai bin: written apart from the guide's own names, to catch a search that only
# finds what it was given. Shanghai's rules where other cities differ: big bones, durian and coconut shells are dry
# waste; small bones and eggshells are wet (household food) waste; expired medicines and fluorescent tubes are
# hazardous.
EVERYDAY = [
    ("en", "newspapers", R), ("en", "cardboard box", R), ("en", "plastic water bottle", R), ("en", "wine bottle", R),
    ("en", "aluminium can", R), ("en", "old clothes", R), ("en", "old mobile phone", R), ("en", "books", R),
    ("en", "expired medicine", H), ("en", "fluorescent tube", H), ("en", "button battery", H),
    ("en", "mercury thermometer", H), ("en", "nail polish", H), ("en", "pesticide", H),
    ("en", "rechargeable batteries", H), ("en", "banana peels", W), ("en", "leftover rice", W),
    ("en", "eggshells", W), ("en", "tea leaves", W), ("en", "coffee grounds", W), ("en", "chicken bones", W),
    ("en", "watermelon rind", W), ("en", "bread", W), ("en", "cut flowers", W), ("en", "used tissues", D),
    ("en", "diapers", D), ("en", "cigarette butts", D), ("en", "ceramic bowl", D), ("en", "pork bones", D),
    ("en", "durian shell", D), ("en", "coconut shell", D), ("en", "cat litter", D),
    ("en", "disposable chopsticks", D), ("en", "toothbrush", D), ("en", "face mask", D), ("en", "chewing gum", D),
    ("en", "ciggarette butt", D), ("en", "diapres", D), ("en", "egg shels", W), ("ja", "卵の殻", W),
    ("ja", "ペットボトル", R), ("ja", "紙おむつ", D), ("ja", "蛍光灯", H), ("ja", "古新聞", R), ("ja", "バナナの皮", W),
    ("ja", "たばこの吸い殻", D), ("ja", "ティッシュ", D), ("ko", "달걀 껍데기", W),
    ("ko", "기저귀", D), ("ko", "유리병", R),
    ("ko", "커피 찌꺼기", W), ("ko", "폐의약품", H), ("ko", "담배꽁초", D), ("fr", "coquille d'œuf", W),
    ("fr", "bouteille en verre", R), ("fr", "couches", D), ("fr", "médicaments périmés", H),
    ("fr", "peau de banane", W), ("fr", "mégot", D), ("fr", "journal", R), ("fr", "piles rechargeables", H),
    ("de", "Eierschale", W), ("de", "Glasflasche", R), ("de", "Windeln", D), ("de", "Zigarettenstummel", D),
    ("de", "Leuchtstoffröhre", H), ("de", "Kaffeesatz", W), ("de", "Zeitungen", R), ("de", "Bananenschale", W),
    ("es", "cáscara de huevo", W), ("es", "botella de vidrio", R), ("es", "pañales", D), ("es", "colilla", D),
    ("es", "medicamentos caducados", H), ("es", "periódicos", R), ("es", "restos de comida", W),
    ("pt-br", "casca de ovo", W), ("pt-br", "garrafa de vidro", R), ("pt-br", "fraldas", D),
    ("pt-br", "bituca de cigarro", D), ("pt-br", "remédio vencido", H), ("pt-br", "jornal", R),
    ("pt-br", "borra de café", W), ("ru", "яичная скорлупа", W), ("ru", "стеклянная бутылка", R),
    ("ru", "подгузник", D), ("ru", "окурок", D), ("ru", "просроченные лекарства", H), ("ru", "газета", R),
    ("ru", "банановая кожура", W), ("ar", "قشر البيض", W), ("ar", "زجاجة زجاجية", R), ("ar", "حفاضة", D),
    ("ar", "عقب سيجارة", D), ("ar", "أدوية منتهية الصلاحية", H), ("ar", "جريدة", R), ("ar", "قشر الموز", W),
    ("zh-hans", "鸡蛋壳", W), ("zh-hans", "玻璃瓶", R), ("zh-hans", "尿不湿", D), ("zh-hans", "烟头", D),
    ("zh-hans", "过期药品", H), ("zh-hans", "旧报纸", R), ("zh-hans", "剩饭", W), ("zh-hans", "大骨头", D),
    ("zh-hans", "榴莲壳", D), ("zh-hans", "荧光灯管", H),
]  # fmt: skip


def test_everyday_items_as_residents_type_them_find_their_bin(index):
    wrong = []
    for language, query, category in EVERYDAY:
        found = index.search(query, language)
        got = found[0].category if found else D  # nothing close: "when unsure, dry waste"
        if got != category:
            wrong.append((language, query, got, found[0].key if found else None))
    assert len(EVERYDAY) > 100
    assert wrong == []


def test_an_unknown_word_finds_nothing_rather_than_anything(index):
    assert index.search("xyzzy qwrtp", "en") == ()


def test_a_guess_is_marked_as_a_guess(index):
    found = index.search("bubble tea lid straw thing", "en")
    assert found and not any(f.certain for f in found)


def test_normalising_folds_case_accents_widths_and_kana():
    assert normalise("  Crème-Brûlée! ") == "creme brulee"
    assert normalise("ＰＥＴボトル") == normalise("petぼとる")
    assert normalise("Ёлка") == "елка"


def test_the_held_out_fifth_finds_the_right_category(capsys):
    """Held out: items whose key's SHA-1 is 0 modulo 5, kept in the index by their display names only (no synonym
    written for them) and looked up as residents type them (tests/civic/guide_quality.py). The two harder figures
    are printed, not asserted: their synonyms (other words the index never saw) and the items removed entirely."""
    scores = held_out_scores()
    with capsys.disabled():
        print(
            "\nheld-out fifth: "
            + "; ".join(f"{name} {s.right}/{s.queries} = {s.share:.1%}" for name, s in scores.items())
        )
    assert scores["typed"].share >= HELD_OUT_TARGET, scores["typed"].misses[:20]


def test_a_query_of_5000_characters_is_refused_with_a_message(guide):
    with pytest.raises(ValidationError) as refusal:
        guide_search("a" * 5000, "en")
    assert "100" in refusal.value.messages[0]
    with pytest.raises(ValidationError):
        guide_search("   ", "en")


def test_a_search_takes_at_most_two_milliseconds_in_process(guide, django_assert_num_queries):
    guide_search("warmup", "en")
    queries = ["bubble tea cups", "奶茶杯", "タピオカの容器", "Bananenschalen", "nwspaper", "xyzzy", "стаканы"]
    with django_assert_num_queries(0):
        start = time.process_time()  # the search's own CPU time: a busy runner's other work does not count
        for _round in range(20):
            for query in queries:
                guide_search(query, "en")
        each = (time.process_time() - start) / (20 * len(queries))
    assert each < 0.002
