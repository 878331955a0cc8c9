# ruff: noqa: E501  (the texts are read as sentences, not wrapped)
"""The demo station's activities, written in English by an officer and translated into the other nine interface
languages, and what residents and hosts write about them: comments on activities, sessions and feedback of
pairings. All invented."""

# Each text: its theme, then (title, description) in each interface language, English first (the source).
TEXTS = {
    "mandarin_corner": (
        "mandarin",
        {
            "en": (
                "Mandarin corner",
                "Practise everyday Mandarin over tea with neighbours and volunteers. Every level is welcome.",
            ),
            "zh-hans": ("普通话角", "和邻居、志愿者一起喝茶，练习日常普通话。欢迎各种水平的朋友。"),
            "ja": (
                "中国語コーナー",
                "近所の方やボランティアとお茶を飲みながら、日常の中国語を練習します。どのレベルの方も歓迎です。",
            ),
            "ko": (
                "중국어 코너",
                "이웃, 자원봉사자와 차를 마시며 일상 중국어를 연습합니다. 수준에 상관없이 누구나 환영합니다.",
            ),
            "fr": (
                "Coin mandarin",
                "Pratiquez le mandarin du quotidien autour d’un thé avec des voisins et des bénévoles. Tous niveaux bienvenus.",
            ),
            "de": (
                "Mandarin-Treff",
                "Alltags-Chinesisch üben bei einer Tasse Tee mit Nachbarn und Ehrenamtlichen. Alle Niveaus sind willkommen.",
            ),
            "es": (
                "Rincón de mandarín",
                "Practica el mandarín de todos los días tomando té con vecinos y voluntarios. Todos los niveles son bienvenidos.",
            ),
            "pt-br": (
                "Cantinho do mandarim",
                "Pratique o mandarim do dia a dia tomando chá com vizinhos e voluntários. Todos os níveis são bem-vindos.",
            ),
            "ru": (
                "Разговорный клуб китайского",
                "Практикуйте повседневный китайский за чаем с соседями и волонтёрами. Приглашаем с любым уровнем.",
            ),
            "ar": (
                "ركن اللغة الصينية",
                "تدرّب على الصينية اليومية مع الجيران والمتطوعين على فنجان شاي. الجميع مرحَّب بهم أيًّا كان مستواهم.",
            ),
        },
    ),
    "paper_cutting": (
        "culture",
        {
            "en": (
                "Paper-cutting workshop",
                "A master from the neighbourhood shows how to cut traditional window flowers. Paper and scissors are provided.",
            ),
            "zh-hans": ("剪纸工作坊", "社区的剪纸师傅教大家剪传统窗花，纸和剪刀由中心提供。"),
            "ja": (
                "切り紙ワークショップ",
                "地域の名人が伝統的な窓飾り「窓花」の切り方を教えます。紙とはさみは用意しています。",
            ),
            "ko": (
                "전지 공예 워크숍",
                "동네 장인이 전통 창문 장식을 오리는 법을 알려 드립니다. 종이와 가위는 준비되어 있습니다.",
            ),
            "fr": (
                "Atelier de papier découpé",
                "Un maître du quartier montre comment découper les fleurs de fenêtre traditionnelles. Papier et ciseaux fournis.",
            ),
            "de": (
                "Scherenschnitt-Werkstatt",
                "Ein Meister aus der Nachbarschaft zeigt, wie man traditionelle Fensterblumen schneidet. Papier und Scheren liegen bereit.",
            ),
            "es": (
                "Taller de papel recortado",
                "Un maestro del barrio enseña a recortar las tradicionales flores de ventana. Se ponen papel y tijeras.",
            ),
            "pt-br": (
                "Oficina de recorte de papel",
                "Um mestre do bairro mostra como recortar as tradicionais flores de janela. Papel e tesoura fornecidos.",
            ),
            "ru": (
                "Мастерская вырезания из бумаги",
                "Мастер из нашего района покажет, как вырезать традиционные оконные узоры. Бумага и ножницы будут.",
            ),
            "ar": ("ورشة قصّ الورق", "يعلّمكم حِرفيّ من الحي قصّ زهور النوافذ التقليدية. الورق والمقصات متوفرة."),
        },
    ),
    "dumplings": (
        "cooking",
        {
            "en": ("Dumpling making", "Fold and cook jiaozi with families from the compound, then eat them together."),
            "zh-hans": ("包饺子", "和小区的居民一起包饺子、煮饺子，然后一起品尝。"),
            "ja": ("餃子づくり", "団地のご家族と一緒に餃子を包んでゆで、みんなでいただきます。"),
            "ko": ("만두 빚기", "단지 이웃 가족들과 함께 교자를 빚고 삶아서 같이 먹습니다."),
            "fr": (
                "Atelier raviolis",
                "Pliez et cuisez des jiaozi avec des familles de la résidence, puis dégustez-les ensemble.",
            ),
            "de": (
                "Teigtaschen selbst gemacht",
                "Mit Familien aus der Wohnanlage Jiaozi falten und kochen und dann gemeinsam essen.",
            ),
            "es": (
                "Taller de empanadillas",
                "Dobla y cuece jiaozi con familias del complejo y luego cómelos con todos.",
            ),
            "pt-br": (
                "Oficina de jiaozi",
                "Dobre e cozinhe jiaozi com famílias do condomínio e depois coma tudo junto.",
            ),
            "ru": (
                "Лепим пельмени",
                "Лепим и варим цзяоцзы вместе с семьями из нашего жилого комплекса, а потом едим их вместе.",
            ),
            "ar": ("صنع الزلابية", "نطوي الجياوزي ونطهوها مع عائلات من المجمّع، ثم نتناولها معًا."),
        },
    ),
    "hong_shao_rou": (
        "cooking",
        {
            "en": (
                "Shanghai home cooking: braised pork",
                "A neighbour shows how she makes hong shao rou, the city’s favourite dish, and everyone tastes it.",
            ),
            "zh-hans": ("上海家常菜：红烧肉", "邻居阿姨示范上海人最爱的红烧肉，大家一起品尝。"),
            "ja": (
                "上海の家庭料理：豚の角煮",
                "ご近所の方が上海の人気料理「紅焼肉」の作り方を実演し、みんなで味わいます。",
            ),
            "ko": (
                "상하이 가정식: 훙샤오러우",
                "이웃이 상하이 사람들이 가장 좋아하는 훙샤오러우 만드는 법을 보여 주고 함께 맛봅니다.",
            ),
            "fr": (
                "Cuisine familiale de Shanghai : le porc braisé",
                "Une voisine montre comment elle prépare le hong shao rou, le plat préféré de la ville, et tout le monde goûte.",
            ),
            "de": (
                "Shanghaier Hausmannskost: geschmortes Schweinefleisch",
                "Eine Nachbarin zeigt, wie sie Hong Shao Rou kocht, das Lieblingsgericht der Stadt, und alle probieren.",
            ),
            "es": (
                "Cocina casera de Shanghái: cerdo estofado",
                "Una vecina enseña cómo prepara el hong shao rou, el plato favorito de la ciudad, y todos lo prueban.",
            ),
            "pt-br": (
                "Comida caseira de Xangai: porco ao molho vermelho",
                "Uma vizinha mostra como faz o hong shao rou, o prato preferido da cidade, e todos provam.",
            ),
            "ru": (
                "Шанхайская домашняя кухня: тушёная свинина",
                "Соседка покажет, как готовит хуншаожоу, любимое блюдо шанхайцев, и все попробуют.",
            ),
            "ar": (
                "طبخ شنغهاي المنزلي: لحم مطهو بالصويا",
                "تعرض جارة طريقة تحضير «هونغ شاو رو»، الطبق المفضل في المدينة، ويتذوقه الجميع.",
            ),
        },
    ),
    "spring_festival": (
        "festival",
        {
            "en": (
                "Spring Festival couplets",
                "Write New Year couplets with a calligrapher and hear how the neighbourhood celebrates the Spring Festival.",
            ),
            "zh-hans": ("写春联", "跟书法老师一起写春联，听邻居们讲讲社区怎么过春节。"),
            "ja": ("春聯を書こう", "書道の先生と一緒に春節の対聯を書き、地域の春節の過ごし方を聞きます。"),
            "ko": ("춘련 쓰기", "서예가와 함께 새해 대련을 쓰고, 동네에서 춘절을 어떻게 보내는지 들어 봅니다."),
            "fr": (
                "Sentences du Nouvel An",
                "Calligraphiez des sentences parallèles avec un calligraphe et découvrez comment le quartier fête le Nouvel An chinois.",
            ),
            "de": (
                "Frühlingsfest-Spruchbänder",
                "Mit einem Kalligrafen Neujahrssprüche schreiben und hören, wie die Nachbarschaft das Frühlingsfest feiert.",
            ),
            "es": (
                "Pareados de Año Nuevo",
                "Escribe pareados de Año Nuevo con un calígrafo y descubre cómo celebra el barrio la Fiesta de la Primavera.",
            ),
            "pt-br": (
                "Dísticos do Ano-Novo Chinês",
                "Escreva dísticos de Ano-Novo com um calígrafo e descubra como o bairro comemora a Festa da Primavera.",
            ),
            "ru": (
                "Пишем новогодние парные надписи",
                "Пишем новогодние дуйлянь с каллиграфом и узнаём, как в нашем районе встречают Праздник весны.",
            ),
            "ar": ("كتابة أبيات عيد الربيع", "اكتبوا أبيات رأس السنة مع خطّاط، واكتشفوا كيف يحتفل الحي بعيد الربيع."),
        },
    ),
    "mid_autumn": (
        "festival",
        {
            "en": ("Mid-Autumn evening", "Mooncakes, lanterns and riddles in the courtyard of the service centre."),
            "zh-hans": ("中秋之夜", "在服务中心院子里吃月饼、赏灯、猜灯谜。"),
            "ja": ("中秋の夕べ", "サービスセンターの中庭で、月餅、灯籠、なぞなぞを楽しみます。"),
            "ko": ("한가위 저녁", "서비스센터 마당에서 월병과 등불, 수수께끼를 즐깁니다."),
            "fr": (
                "Soirée de la Mi-Automne",
                "Gâteaux de lune, lanternes et devinettes dans la cour du centre de services.",
            ),
            "de": ("Mondfest-Abend", "Mondkuchen, Laternen und Rätsel im Hof des Servicezentrums."),
            "es": (
                "Noche del Medio Otoño",
                "Pasteles de luna, farolillos y adivinanzas en el patio del centro de servicios.",
            ),
            "pt-br": (
                "Noite do Meio do Outono",
                "Bolos da lua, lanternas e charadas no pátio do centro de atendimento.",
            ),
            "ru": ("Вечер Праздника середины осени", "Лунные пряники, фонарики и загадки во дворе сервисного центра."),
            "ar": ("أمسية منتصف الخريف", "كعك القمر والفوانيس والألغاز في باحة مركز الخدمات."),
        },
    ),
    "family_games": (
        "family",
        {
            "en": (
                "Family games afternoon",
                "Games and crafts for children and their parents; grandparents from the compound join in.",
            ),
            "zh-hans": ("亲子游戏下午", "孩子和家长一起做游戏、做手工，小区的爷爷奶奶也来参加。"),
            "ja": (
                "親子で遊ぶ午後",
                "子どもと保護者のためのゲームと工作。団地のおじいちゃん、おばあちゃんも参加します。",
            ),
            "ko": ("가족 놀이 오후", "아이와 부모가 함께하는 놀이와 만들기. 단지의 할머니, 할아버지도 함께합니다."),
            "fr": (
                "Après-midi jeux en famille",
                "Jeux et bricolage pour les enfants et leurs parents ; les grands-parents de la résidence se joignent à nous.",
            ),
            "de": (
                "Familien-Spielenachmittag",
                "Spiele und Basteln für Kinder und Eltern; die Großeltern aus der Wohnanlage machen mit.",
            ),
            "es": (
                "Tarde de juegos en familia",
                "Juegos y manualidades para niños y padres; los abuelos del complejo también participan.",
            ),
            "pt-br": (
                "Tarde de brincadeiras em família",
                "Jogos e trabalhos manuais para crianças e pais; os avós do condomínio também participam.",
            ),
            "ru": (
                "Семейные игры",
                "Игры и поделки для детей и родителей; к нам присоединяются бабушки и дедушки из комплекса.",
            ),
            "ar": ("عصر ألعاب عائلي", "ألعاب وأشغال يدوية للأطفال وأهلهم، ويشاركنا الأجداد من المجمّع."),
        },
    ),
    "doctor_talk": (
        "health",
        {
            "en": (
                "Seeing a doctor in Shanghai",
                "A nurse from the community health centre explains registration, insurance and when to go to hospital.",
            ),
            "zh-hans": ("在上海看病", "社区卫生服务中心的护士讲解挂号、医保以及什么情况需要去医院。"),
            "ja": (
                "上海で病院にかかるには",
                "地域の保健センターの看護師が、受付の仕方、保険、病院に行くべき時について説明します。",
            ),
            "ko": ("상하이에서 진료받기", "지역 보건소 간호사가 접수, 보험, 병원에 가야 할 때를 설명합니다."),
            "fr": (
                "Consulter un médecin à Shanghai",
                "Une infirmière du centre de santé du quartier explique l’inscription, l’assurance et quand aller à l’hôpital.",
            ),
            "de": (
                "Zum Arzt in Shanghai",
                "Eine Pflegekraft des Gesundheitszentrums erklärt Anmeldung, Versicherung und wann man ins Krankenhaus geht.",
            ),
            "es": (
                "Ir al médico en Shanghái",
                "Una enfermera del centro de salud del barrio explica el registro, el seguro y cuándo ir al hospital.",
            ),
            "pt-br": (
                "Como ir ao médico em Xangai",
                "Uma enfermeira do posto de saúde do bairro explica o cadastro, o seguro e quando ir ao hospital.",
            ),
            "ru": (
                "Как попасть к врачу в Шанхае",
                "Медсестра из районного центра здоровья расскажет о записи, страховке и о том, когда ехать в больницу.",
            ),
            "ar": (
                "زيارة الطبيب في شنغهاي",
                "تشرح ممرضة من المركز الصحي في الحي التسجيل والتأمين ومتى يجب الذهاب إلى المستشفى.",
            ),
        },
    ),
    "permits_talk": (
        "law",
        {
            "en": (
                "Residence permits and registration",
                "An officer of the station explains the rules for residence permits and accommodation registration, with time for questions.",
            ),
            "zh-hans": ("居留许可与住宿登记", "工作站的工作人员讲解居留许可和住宿登记的规定，并留出时间答疑。"),
            "ja": (
                "在留許可と住宿登記",
                "ステーションの職員が在留許可と住宿登記のルールを説明し、質問にもお答えします。",
            ),
            "ko": ("거류 허가와 숙박 등록", "센터 직원이 거류 허가와 숙박 등록 규정을 설명하고 질문에 답합니다."),
            "fr": (
                "Permis de séjour et déclaration de résidence",
                "Un agent de la station explique les règles des permis de séjour et de la déclaration de résidence, puis répond aux questions.",
            ),
            "de": (
                "Aufenthaltserlaubnis und Wohnsitzmeldung",
                "Ein Mitarbeiter der Station erklärt die Regeln zu Aufenthaltserlaubnis und Wohnsitzmeldung und beantwortet Fragen.",
            ),
            "es": (
                "Permisos de residencia y registro de alojamiento",
                "Un funcionario de la estación explica las normas de los permisos de residencia y del registro de alojamiento, con tiempo para preguntas.",
            ),
            "pt-br": (
                "Autorização de residência e registro de hospedagem",
                "Um servidor do posto explica as regras da autorização de residência e do registro de hospedagem, com tempo para perguntas.",
            ),
            "ru": (
                "Вид на жительство и регистрация",
                "Сотрудник станции расскажет о правилах получения вида на жительство и регистрации по месту проживания и ответит на вопросы.",
            ),
            "ar": (
                "تصاريح الإقامة وتسجيل السكن",
                "يشرح موظف من المحطة قواعد تصاريح الإقامة وتسجيل السكن، مع وقت للأسئلة.",
            ),
        },
    ),
    "riverside_walk": (
        "excursion",
        {
            "en": (
                "Walk along the Huangpu riverside",
                "A guided walk from the neighbourhood to the river, with a stop for tea on the way.",
            ),
            "zh-hans": ("黄浦江滨江漫步", "从社区出发步行到江边，有人讲解，途中歇脚喝茶。"),
            "ja": ("黄浦江の川辺を歩こう", "地域から川辺までのガイド付き散策。途中でお茶の休憩があります。"),
            "ko": ("황푸강변 걷기", "동네에서 강변까지 해설과 함께 걷고, 도중에 차를 마시며 쉬어 갑니다."),
            "fr": (
                "Promenade au bord du Huangpu",
                "Une promenade guidée du quartier jusqu’au fleuve, avec une pause thé en chemin.",
            ),
            "de": (
                "Spaziergang am Huangpu-Ufer",
                "Eine geführte Wanderung vom Viertel bis zum Fluss, mit einer Teepause unterwegs.",
            ),
            "es": (
                "Paseo por la orilla del Huangpu",
                "Un paseo guiado desde el barrio hasta el río, con una parada para tomar té.",
            ),
            "pt-br": (
                "Caminhada à beira do rio Huangpu",
                "Um passeio guiado do bairro até o rio, com uma parada para um chá no caminho.",
            ),
            "ru": ("Прогулка по набережной Хуанпу", "Прогулка с гидом от нашего района до реки с остановкой на чай."),
            "ar": ("نزهة على ضفاف نهر هوانغبو", "جولة مع مرشد من الحي إلى النهر، مع استراحة لشرب الشاي في الطريق."),
        },
    ),
}

# The monthly activity of each month of the year (1-12): the festivals in their season, the rest in turn.
MONTHLY = {
    1: "spring_festival", 2: "paper_cutting", 3: "permits_talk", 4: "riverside_walk", 5: "family_games",
    6: "dumplings", 7: "doctor_talk", 8: "hong_shao_rou", 9: "mid_autumn", 10: "riverside_walk",
    11: "permits_talk", 12: "dumplings",
}  # fmt: skip
VENUES = {
    "riverside_walk": "Meeting point: gate of the service centre",
    "default": "Lianyang service centre, activity room 2",
}
# What residents who took part wrote afterwards, in their language.
COMMENTS = {
    "en": ["Lovely afternoon, thank you!", "Very well organised.", "I learned a lot and met my neighbours.",
           "A bit crowded, but great fun.", "Please do this again next year."],
    "ja": ["とても楽しかったです。ありがとうございました。", "ご近所の方と話せてよかったです。"],
    "ko": ["정말 즐거웠어요. 감사합니다!", "아이들이 아주 좋아했어요."],
    "fr": ["Très bonne ambiance, merci !", "Un peu court, on en redemande."],
    "de": ["Sehr gut organisiert, danke!", "Wir kommen gerne wieder."],
    "es": ["¡Nos encantó, gracias!", "Muy bien explicado."],
    "pt-br": ["Adorei, obrigada!", "Foi ótimo conhecer os vizinhos."],
    "ru": ["Спасибо, было очень интересно!", "Хотелось бы почаще."],
    "ar": ["شكرًا، كانت تجربة رائعة!", "تنظيم ممتاز."],
}  # fmt: skip
LOW_COMMENTS = ["Hard to follow without more English.", "It started late."]

# The seed's pair: a resident from Brazil whom a Chinese neighbour teaches home cooking twice a month.
COOKING_HOST = ("周桂芳", "Zhou Guifang", "zhou.guifang")
COOKING_DISHES = [
    "Hong Shao Rou (braised pork)", "Jiaozi with pork and cabbage", "Tomato and egg stir-fry", "Scallion oil noodles",
    "Xiaolongbao", "Sweet and sour spare ribs", "Wontons in chicken broth", "Di San Xian (potato, aubergine, pepper)",
    "Steamed fish with ginger", "Mapo tofu", "Spring rolls", "Tangyuan for the Lantern Festival",
]  # fmt: skip
SESSIONS = {
    "cooking": COOKING_DISHES,
    "mandarin": ["At the wet market: numbers and prices", "Ordering at a restaurant", "Talking about family",
                 "Taking the metro and asking the way", "Reading a menu"],
    "calligraphy": ["Holding the brush; the eight strokes of 永", "Writing 福 for the door", "Practising 春 and 山"],
    "tai_chi": ["Morning practice in the park", "The first eight forms", "Breathing and the opening form"],
    "tea": ["Longjing green tea", "Pu'er and the gongfu method", "Visiting a tea shop together"],
    "shanghainese": ["Greetings: 侬好, 谢谢侬", "Shopping words", "Numbers in Shanghainese"],
    "crafts": ["Paper-cutting: a double happiness", "Folding lanterns", "Chinese knots"],
}  # fmt: skip
HOST_FEEDBACK = ["She learned fast and always brought something from home to share.",
                 "A pleasure; we have become friends.", "We will keep in touch."]  # fmt: skip
RESIDENT_FEEDBACK = ["Thank you so much, I cook these dishes at home now!", "Patient and kind, I learned a lot.",
                     "Great experience, I recommend it to every newcomer."]  # fmt: skip
