"""What the demo's campaigns say at the door and in their message, in the ten interface languages.

Written for the demo by the station's staff as they would write them: short, practical, in each language's own
words. The waste briefing follows Shanghai's four categories (docs/domain.md §8); the census script says what the
census taker does and that the answers stay confidential (docs/domain.md §9).
"""

WASTE_SCRIPTS = {
    "zh-hans": "您好，我们是社区涉外服务站。上海实行生活垃圾分类：可回收物投蓝色桶，有害垃圾投红色桶，湿垃圾去掉袋子"
    "投棕色桶，干垃圾投黑色桶。这是您小区的投放时间和多语种指南，有问题随时联系我们。",
    "en": "Hello, we are from the community's foreign-affairs service station. Shanghai sorts household waste into "
    "four bins: recyclables in the blue bin, hazardous waste in the red, wet (food) waste without its bag in the "
    "brown, dry waste in the black. Here are your compound's drop-off times and the guide in your language.",
    "ja": "こんにちは、地域の外国人サービスステーションです。上海ではごみを4種類に分けます。資源ごみは青、"
    "有害ごみは赤、生ごみ（湿ごみ）は袋から出して茶色、その他のごみ（乾ごみ）は黒の箱へ。団地の収集時間と日本語のガイドをお渡しします。",
    "ko": "안녕하세요, 지역 외국인 서비스센터입니다. 상하이는 생활 쓰레기를 네 가지로 나눕니다. 재활용품은 파란 통, "
    "유해 쓰레기는 빨간 통, 음식물 쓰레기(습쓰레기)는 봉투 없이 갈색 통, 일반 쓰레기(건쓰레기)는 검은 통에 버립니다. "
    "단지의 배출 시간과 한국어 안내서를 드립니다.",
    "fr": "Bonjour, nous venons du centre de services aux étrangers du quartier. À Shanghai, les déchets ménagers se "
    "trient en quatre : recyclables dans le bac bleu, déchets dangereux dans le rouge, déchets alimentaires (humides) "
    "sans leur sac dans le marron, déchets secs dans le noir. Voici les horaires de dépôt de votre résidence et le "
    "guide en français.",
    "de": "Guten Tag, wir kommen vom Servicezentrum für ausländische Bewohner. In Shanghai wird der Hausmüll in vier "
    "Tonnen getrennt: Wertstoffe in die blaue, Schadstoffe in die rote, Speisereste (Nassmüll) ohne Tüte in die "
    "braune, Restmüll (Trockenmüll) in die schwarze. Hier sind die Abgabezeiten Ihrer Wohnanlage und der Leitfaden "
    "auf Deutsch.",
    "es": "Hola, somos del centro de atención a residentes extranjeros del barrio. En Shanghái la basura doméstica se "
    "separa en cuatro: reciclables al contenedor azul, peligrosos al rojo, restos de comida (basura húmeda) sin bolsa "
    "al marrón y basura seca al negro. Le dejamos los horarios de su urbanización y la guía en español.",
    "pt-br": "Olá, somos do posto de atendimento a estrangeiros do bairro. Em Xangai, o lixo doméstico é separado em "
    "quatro: recicláveis na lixeira azul, perigosos na vermelha, restos de comida (lixo úmido) sem o saco na marrom e "
    "lixo seco na preta. Aqui estão os horários do seu condomínio e o guia em português.",
    "ru": "Здравствуйте, мы из районного центра обслуживания иностранцев. В Шанхае бытовые отходы делят на четыре "
    "вида: вторсырьё — в синий бак, опасные отходы — в красный, пищевые (влажные) — без пакета в коричневый, сухие — "
    "в чёрный. Вот часы приёма мусора в вашем жилом комплексе и памятка на русском языке.",
    "ar": "مرحبًا، نحن من مركز خدمة المقيمين الأجانب في الحي. تُفرَز النفايات المنزلية في شنغهاي إلى أربع فئات: "
    "المواد القابلة لإعادة التدوير في الحاوية الزرقاء، والنفايات الخطرة في الحمراء، وبقايا الطعام (النفايات الرطبة) "
    "من دون كيسها في البنية، والنفايات الجافة في السوداء. إليكم مواعيد الرمي في مجمعكم والدليل باللغة العربية.",
}

CENSUS_SCRIPTS = {
    "zh-hans": "您好，我是人口普查员（请看我的证件）。外籍人员也参加人口普查。可以自己在网上填报，也可以现在由我协助"
    "填写。您的回答依法保密，只用于统计。",
    "en": "Hello, I am a census taker (here is my badge). Foreign residents take part in the census too. You can fill "
    "in the form online yourself, or I can help you now. Your answers are confidential by law and used for "
    "statistics only.",
    "ja": "こんにちは、国勢調査員です（こちらが身分証です）。外国人の方も調査の対象です。ご自身でオンライン回答するか、"
    "今ここで私がお手伝いします。回答は法律で秘密が守られ、統計にのみ使われます。",
    "ko": "안녕하세요, 인구조사원입니다(신분증을 확인해 주세요). 외국인 주민도 인구조사 대상입니다. 직접 온라인으로 "
    "작성하시거나 지금 제가 도와드릴 수 있습니다. 응답 내용은 법에 따라 비밀이 보장되며 통계에만 쓰입니다.",
    "fr": "Bonjour, je suis agent recenseur (voici ma carte). Les résidents étrangers sont eux aussi recensés. Vous "
    "pouvez remplir le questionnaire en ligne vous-même, ou je peux vous aider maintenant. Vos réponses sont "
    "confidentielles selon la loi et ne servent qu'aux statistiques.",
    "de": "Guten Tag, ich bin Zählerin bzw. Zähler der Volkszählung (hier mein Ausweis). Auch ausländische Bewohner "
    "werden gezählt. Sie können den Fragebogen selbst online ausfüllen oder ich helfe Ihnen jetzt dabei. Ihre "
    "Angaben sind gesetzlich vertraulich und dienen nur der Statistik.",
    "es": "Hola, soy empadronador del censo (esta es mi acreditación). Los residentes extranjeros también participan "
    "en el censo. Puede rellenar el formulario en línea usted mismo o puedo ayudarle ahora. Sus respuestas son "
    "confidenciales por ley y solo se usan para estadísticas.",
    "pt-br": "Olá, sou recenseador (este é o meu crachá). Os moradores estrangeiros também participam do censo. Você "
    "pode preencher o questionário on-line ou eu posso ajudar agora. Suas respostas são sigilosas por lei e usadas "
    "apenas para estatística.",
    "ru": "Здравствуйте, я переписчик (вот моё удостоверение). Иностранные жители тоже участвуют в переписи. Вы можете "
    "заполнить анкету онлайн сами или я помогу вам сейчас. Ваши ответы по закону конфиденциальны и используются "
    "только для статистики.",
    "ar": "مرحبًا، أنا عدّاد التعداد السكاني (هذه بطاقتي). يشارك المقيمون الأجانب أيضًا في التعداد. يمكنكم ملء "
    "الاستمارة عبر الإنترنت بأنفسكم، أو أساعدكم الآن. إجاباتكم سرية بحكم القانون ولا تُستخدم إلا للإحصاء.",
}

# The waste briefing's message to its households (subject, body), sent when the campaign began.
WASTE_MESSAGES = {
    "zh-hans": (
        "垃圾分类：服务站将上门介绍",
        "下周起，服务站工作人员将上门介绍上海生活垃圾分类和您小区的投放时间。不在家也没关系，我们会留下多语种指南。",
    ),
    "en": (
        "Waste sorting: the station will call on you",
        "From next week the station's staff will call on every "
        "household to explain Shanghai's four waste bins and your compound's drop-off times. If you are out, we "
        "leave the guide in your language.",
    ),
    "ja": (
        "ごみの分別：ステーションが訪問します",
        "来週から、ステーションの職員が各家庭を訪問し、上海の4種類の分別と団地の"
        "収集時間をご説明します。ご不在の場合は日本語のガイドを置いていきます。",
    ),
    "ko": (
        "쓰레기 분리배출: 센터에서 방문합니다",
        "다음 주부터 센터 직원이 가정을 방문해 상하이의 네 가지 분리배출과 "
        "단지의 배출 시간을 안내해 드립니다. 안 계시면 한국어 안내서를 두고 가겠습니다.",
    ),
    "fr": (
        "Tri des déchets : le centre passe chez vous",
        "À partir de la semaine prochaine, l'équipe du centre passe "
        "dans chaque foyer pour expliquer les quatre bacs de Shanghai et les horaires de votre résidence. Si vous "
        "êtes absent, nous laissons le guide en français.",
    ),
    "de": (
        "Mülltrennung: Das Servicezentrum besucht Sie",
        "Ab nächster Woche besuchen Mitarbeitende des "
        "Servicezentrums jeden Haushalt und erklären die vier Tonnen Shanghais und die Abgabezeiten Ihrer "
        "Wohnanlage. Sind Sie nicht da, hinterlassen wir den Leitfaden auf Deutsch.",
    ),
    "es": (
        "Separación de residuos: el centro le visitará",
        "Desde la próxima semana, el personal del centro visitará "
        "cada hogar para explicar los cuatro contenedores de Shanghái y los horarios de su urbanización. Si no "
        "está, le dejaremos la guía en español.",
    ),
    "pt-br": (
        "Separação do lixo: o posto vai visitar você",
        "A partir da próxima semana, a equipe do posto vai "
        "visitar cada casa para explicar as quatro lixeiras de Xangai e os horários do seu condomínio. Se você "
        "não estiver, deixaremos o guia em português.",
    ),
    "ru": (
        "Сортировка мусора: центр придёт к вам",
        "Со следующей недели сотрудники центра обойдут все квартиры и "
        "расскажут о четырёх баках Шанхая и часах приёма мусора в вашем жилом комплексе. Если вас не будет дома, "
        "мы оставим памятку на русском языке.",
    ),
    "ar": (
        "فرز النفايات: سيزوركم المركز",
        "ابتداءً من الأسبوع المقبل سيزور موظفو المركز كل منزل لشرح حاويات شنغهاي "
        "الأربع ومواعيد الرمي في مجمعكم. وإن لم تكونوا في المنزل فسنترك لكم الدليل باللغة العربية.",
    ),
}
