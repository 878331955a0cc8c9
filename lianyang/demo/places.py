"""The stations of the demo and the places they serve: residential areas, compounds, buildings and rooms.

Lianyang is drawn as the article describes it: seven residential areas and 22 compounds in Huamu, Pudong. The
estate names are invented (in the style of Shanghai's estates, with the English names their signs carry); the
roads are the area's. A second, smaller station in Gubei, Changning, shows that stations do not see each
other's residents. Larger scales add stations in real sub-districts with invented estates.
"""

import random
from dataclasses import dataclass

from django.utils.text import slugify

from lianyang.community.models import Address, Building, Compound, ResidentialArea, Station


@dataclass
class CompoundSpec:
    name: str
    name_en: str
    street_address: str
    buildings: int
    floors: int
    units: int = 0  # 0: the buildings have no units (staircases)
    rooms_per_floor: int = 4


@dataclass
class AreaSpec:
    name: str
    name_en: str
    compounds: list[CompoundSpec]


@dataclass
class StationSpec:
    key: str
    name: str
    name_en: str
    sub_district: str
    district: str
    police_station: str
    address: str
    residents: int
    areas: list[AreaSpec]
    every_nationality: bool = False
    hours: str = "Mon–Fri 9:00–17:00, Sat 9:00–12:00"
    local_hosts: int = 5


def _c(name, name_en, street_address, buildings, floors, units=0, rooms=4) -> CompoundSpec:
    return CompoundSpec(name, name_en, street_address, buildings, floors, units, rooms)


LIANYANG = StationSpec(
    key="lianyang",
    name="联洋社区涉外服务站",
    name_en="Lianyang Foreign Affairs Service Station",
    sub_district="花木街道",
    district="浦东新区",
    police_station="花木派出所",
    address="上海市浦东新区芳甸路388号",
    residents=5000,
    every_nationality=True,
    local_hosts=20,
    areas=[
        AreaSpec("芳华居民区", "Fanghua Residential Area", [
            _c("枫悦苑", "Maple Joy Court", "芳甸路1188弄", 24, 18, 2),
            _c("樱桥公寓", "Sakura Bridge Apartments", "芳甸路1266弄", 16, 24, 2),
            _c("云锦府", "Cloud Brocade Residence", "长柳路58弄", 12, 11, 1),
        ]),
        AreaSpec("兰桂居民区", "Langui Residential Area", [
            _c("兰亭雅居", "Orchid Pavilion Residence", "长柳路99弄", 20, 6, 0),
            _c("梧桐湾", "Parasol Tree Bay", "迎春路777弄", 14, 28, 2),
            _c("银杏苑", "Ginkgo Court", "迎春路800弄", 18, 6, 0),
        ]),
        AreaSpec("樱园居民区", "Yingyuan Residential Area", [
            _c("碧泉花园", "Jade Spring Garden", "樱花路388弄", 30, 6, 0),
            _c("鹭洲公馆", "Egret Isle Mansion", "樱花路520弄", 8, 32, 2, 2),
            _c("书香里", "Bookscent Lane", "枣庄路166弄", 22, 6, 0),
        ]),
        AreaSpec("梧桐居民区", "Wutong Residential Area", [
            _c("晴川苑", "Clear River Court", "枣庄路299弄", 16, 14, 2),
            _c("橡叶湾", "Oak Leaf Bay", "白杨路1009弄", 12, 18, 2),
            _c("星澜名邸", "Starwave Residences", "白杨路1100弄", 10, 30, 2, 2),
        ]),
        AreaSpec("雅泉居民区", "Yaquan Residential Area", [
            _c("紫藤苑", "Wisteria Court", "丁香路1399弄", 18, 6, 0),
            _c("海棠公寓", "Crabapple Apartments", "丁香路1500弄", 12, 20, 2),
            _c("松风苑", "Pine Breeze Court", "梅花路288弄", 26, 3, 0, 2),
        ]),
        AreaSpec("松涛居民区", "Songtao Residential Area", [
            _c("竹韵苑", "Bamboo Rhyme Court", "梅花路500弄", 20, 6, 0),
            _c("青枫园", "Green Maple Garden", "锦绣路2100弄", 16, 11, 2),
            _c("锦澜华庭", "Jinlan Court", "锦绣路2288弄", 10, 26, 2),
            _c("晨曦公寓", "Morning Light Apartments", "银霄路393弄", 8, 18, 1),
        ]),
        AreaSpec("锦绣湾居民区", "Jinxiuwan Residential Area", [
            _c("玉兰名苑", "Magnolia Residences", "银霄路415弄", 14, 22, 2),
            _c("丁香里", "Lilac Lane", "花木路1700弄", 24, 6, 0),
            _c("金桂苑", "Osmanthus Court", "花木路1888弄", 18, 12, 2),
        ]),
    ],
)  # fmt: skip

GUBEI = StationSpec(
    key="gubei",
    name="古北涉外服务站",
    name_en="Gubei Foreign Affairs Service Station",
    sub_district="虹桥街道",
    district="长宁区",
    police_station="虹桥派出所",
    address="上海市长宁区玛瑙路268号",
    residents=300,
    local_hosts=3,
    areas=[
        AreaSpec("虹叶居民区", "Hongye Residential Area", [
            _c("虹苑公寓", "Rainbow Court", "玛瑙路500弄", 10, 18, 2),
            _c("樱庭", "Sakura Terrace", "黄金城道600弄", 12, 6, 0),
        ]),
        AreaSpec("雅翠居民区", "Yacui Residential Area", [
            _c("名都雅苑", "Mingdu Residences", "水城南路88弄", 8, 24, 2),
            _c("悦华府", "Yuehua Residence", "伊犁路199弄", 10, 11, 1),
        ]),
    ],
)  # fmt: skip

# Sub-districts (and towns) for the stations of the district and city scales: (district, Chinese, English).
PUDONG_SUB_DISTRICTS = [
    ("陆家嘴", "Lujiazui"), ("潍坊新村", "Weifang Xincun"), ("塘桥", "Tangqiao"), ("洋泾", "Yangjing"),
    ("金杨新村", "Jinyang Xincun"), ("张江", "Zhangjiang"), ("金桥", "Jinqiao"), ("周家渡", "Zhoujiadu"),
    ("三林", "Sanlin"),
]  # fmt: skip
CITY_SUB_DISTRICTS = [
    ("徐汇区", "徐家汇", "Xujiahui"), ("徐汇区", "天平路", "Tianping Road"), ("徐汇区", "湖南路", "Hunan Road"),
    ("徐汇区", "田林", "Tianlin"), ("徐汇区", "漕河泾", "Caohejing"), ("长宁区", "新华路", "Xinhua Road"),
    ("长宁区", "天山路", "Tianshan Road"), ("长宁区", "仙霞新村", "Xianxia Xincun"), ("静安区", "静安寺", "Jing'ansi"),
    ("静安区", "南京西路", "Nanjing West Road"), ("静安区", "江宁路", "Jiangning Road"), ("黄浦区", "外滩", "Waitan"),
    ("黄浦区", "淮海中路", "Huaihai Middle Road"), ("黄浦区", "瑞金二路", "Ruijin No. 2 Road"),
    ("闵行区", "虹桥镇", "Hongqiao Town"), ("闵行区", "七宝", "Qibao"), ("闵行区", "古美", "Gumei"),
    ("闵行区", "莘庄", "Xinzhuang"), ("普陀区", "长寿路", "Changshou Road"), ("普陀区", "真如镇", "Zhenru"),
    ("虹口区", "北外滩", "North Bund"), ("虹口区", "四川北路", "North Sichuan Road"),
    ("杨浦区", "五角场", "Wujiaochang"), ("杨浦区", "新江湾城", "Xinjiangwancheng"), ("宝山区", "大场镇", "Dachang"),
    ("嘉定区", "安亭镇", "Anting"),
    ("嘉定区", "嘉定镇", "Jiading Town"), ("松江区", "方松", "Fangsong"), ("松江区", "九亭镇", "Jiuting"),
    ("青浦区", "徐泾镇", "Xujing"), ("奉贤区", "南桥镇", "Nanqiao"), ("金山区", "石化", "Shihua"),
    ("崇明区", "城桥镇", "Chengqiao"), ("浦东新区", "北蔡镇", "Beicai"), ("浦东新区", "川沙新镇", "Chuansha"),
    ("浦东新区", "南码头路", "Nanmatou Road"), ("浦东新区", "沪东新村", "Hudong Xincun"),
    ("浦东新区", "上钢新村", "Shanggang Xincun"),
]  # fmt: skip

# Shanghai's sixteen districts in pinyin, for user names (`district.admin.xuhui`).
DISTRICT_PINYIN = {
    "黄浦区": "huangpu", "徐汇区": "xuhui", "长宁区": "changning", "静安区": "jingan", "普陀区": "putuo",
    "虹口区": "hongkou", "杨浦区": "yangpu", "闵行区": "minhang", "宝山区": "baoshan", "嘉定区": "jiading",
    "浦东新区": "pudong", "金山区": "jinshan", "松江区": "songjiang", "青浦区": "qingpu", "奉贤区": "fengxian",
    "崇明区": "chongming",
}  # fmt: skip

# Syllables for invented estate and area names: (Chinese, pinyin, English).
_ESTATE_WORDS = [
    ("枫", "Feng", "Maple"), ("樱", "Ying", "Cherry"), ("兰", "Lan", "Orchid"), ("桂", "Gui", "Osmanthus"),
    ("松", "Song", "Pine"), ("竹", "Zhu", "Bamboo"), ("梅", "Mei", "Plum"), ("柳", "Liu", "Willow"),
    ("荷", "He", "Lotus"), ("棠", "Tang", "Crabapple"), ("泉", "Quan", "Spring"), ("溪", "Xi", "Brook"),
    ("湖", "Hu", "Lake"), ("岚", "Lan", "Mist"), ("霞", "Xia", "Rosy Cloud"), ("星", "Xing", "Star"),
]  # fmt: skip
_ESTATE_KINDS = [("苑", "Court"), ("公寓", "Apartments"), ("花园", "Garden"), ("名邸", "Residences"), ("湾", "Bay")]
_AREA_WORDS = [("安", "An"), ("宁", "Ning"), ("和", "He"), ("华", "Hua"), ("新", "Xin"), ("康", "Kang"), ("瑞", "Rui")]
_ROADS = ["银杏路", "香樟路", "玉兰路", "海桐路", "紫薇路", "合欢路", "石榴路", "芙蓉路"]


def generated_station(rng: random.Random, district: str, sub: str, sub_en: str) -> StationSpec:
    """A station in a real sub-district with invented residential areas and estates."""
    areas = []
    area_names = rng.sample([(a + b, pa + pb.lower()) for a, pa in _AREA_WORDS for b, pb in _AREA_WORDS if a != b], 5)
    estate_names = rng.sample([(w, p, e, k, ke) for w, p, e in _ESTATE_WORDS for k, ke in _ESTATE_KINDS], 20)
    for area_name, area_pinyin in area_names[: rng.randint(3, 5)]:
        compounds = []
        for _ in range(rng.randint(2, 4)):
            word, _pinyin, english, kind, kind_en = estate_names.pop()
            road = rng.choice(_ROADS)
            compounds.append(
                _c(f"{sub}{word}{kind}", f"{sub_en} {english} {kind_en}", f"{road}{rng.randint(1, 99) * 10}弄",
                   rng.randint(10, 30), rng.choice((6, 11, 18, 24)), rng.choice((0, 1, 2)))
            )  # fmt: skip
        areas.append(AreaSpec(f"{area_name}居民区", f"{area_pinyin} Residential Area", compounds))
    return StationSpec(
        key=slugify(sub_en),
        name=f"{sub}社区涉外服务站",
        name_en=f"{sub_en} Foreign Affairs Service Station",
        sub_district=sub if sub.endswith("镇") else f"{sub}街道",
        district=district,
        police_station=f"{sub}派出所",
        address=f"上海市{district}{rng.choice(_ROADS)}{rng.randint(1, 300)}号",
        residents=5000,
        areas=areas,
    )


class AddressBook:
    """Free rooms of a station's compounds, handed out one per household."""

    def __init__(self, spec: StationSpec, rng: random.Random):
        self.rng = rng
        self.compounds = [compound for area in spec.areas for compound in area.compounds]
        self.weights = [c.buildings * c.floors * max(c.units, 1) for c in self.compounds]
        self.taken: set[tuple[int, str, str, str]] = set()

    def allocate(self) -> tuple[int, str, str, str]:
        """A room nobody else has: (compound index, building number, unit, room)."""
        while True:
            index = self.rng.choices(range(len(self.compounds)), self.weights)[0]
            compound = self.compounds[index]
            unit = str(self.rng.randint(1, compound.units)) if compound.units else ""
            floor = self.rng.randint(1, compound.floors)
            room = f"{floor}{self.rng.randint(1, compound.rooms_per_floor):02d}"
            slot = (index, str(self.rng.randint(1, compound.buildings)), unit, room)
            if slot not in self.taken:
                self.taken.add(slot)
                return slot


def places_create(spec: StationSpec, slots) -> tuple[Station, dict]:
    """The station, its areas, compounds, buildings and the rooms in `slots`, in a few bulk inserts.

    The place tree has no service yet (DESIGN.md: community holds only models), so its rows are inserted
    directly; each object keeps its parents in memory, so the services' station checks cost no query.
    """
    station = Station.objects.create(
        name=spec.name, name_en=spec.name_en, sub_district=spec.sub_district, district=spec.district,
        police_station=spec.police_station, address=spec.address, hours=spec.hours,
    )  # fmt: skip
    areas = ResidentialArea.objects.bulk_create(
        ResidentialArea(station=station, name=a.name, name_en=a.name_en) for a in spec.areas
    )
    compounds = Compound.objects.bulk_create(
        Compound(area=area, name=c.name, name_en=c.name_en, street_address=c.street_address)
        for area, area_spec in zip(areas, spec.areas, strict=True)
        for c in area_spec.compounds
    )
    compound_specs = [c for a in spec.areas for c in a.compounds]
    numbers = [(index, str(n)) for index, c in enumerate(compound_specs) for n in range(1, c.buildings + 1)]
    buildings = Building.objects.bulk_create(Building(compound=compounds[i], number=n) for i, n in numbers)
    by_number = dict(zip(numbers, buildings, strict=True))
    addresses = Address.objects.bulk_create(
        Address(building=by_number[(index, number)], unit=unit, room=room) for index, number, unit, room in slots
    )
    return station, dict(zip(slots, addresses, strict=True))
