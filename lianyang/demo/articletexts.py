# ruff: noqa: E501  (the texts are read as sentences, not wrapped)
"""The demo station's English newspaper for foreign residents: six issues over a year, three articles each, with
stories of the community (neighbours, festivals, activities) and practical pieces (waste sorting, cycling rules,
the summer heat, seasonal flu, the census, residence-permit appointments). Written in English by the station's
officers and translated into the other nine interface languages. All invented."""

# Each issue: its articles in order; each article: its key, then (title, body) in each interface language, English
# first (the source). Bodies are plain text: paragraphs separated by a blank line, list items starting with "- ".
ISSUES = [
    # No. 1, January and February
    [
        {
            "key": "korean-family-spring-festival",
            "texts": {
                "en": (
                    "A Korean family’s first Spring Festival in Lianyang",
                    "When the Kim family moved to Lianyang last autumn, they expected the city to be quiet over the holiday. Instead, their neighbours on the fourth floor invited them to the reunion dinner on New Year’s Eve: a whole fish for abundance, eight-treasure rice, spring rolls and slices of niangao, the rice cake that promises a better year ahead.\n\n“At home we eat tteokguk, rice-cake soup, on the morning of Seollal,” says Mrs Kim. “So the next day we cooked it for our neighbours, and everybody had a second bowl.” Her two children learned to say “xin nian kuai le” and came home with red envelopes, much like the New Year money their grandparents give them in Korea.\n\nA reminder for next year: fireworks and firecrackers are not allowed inside the Outer Ring Road, and our community lies inside it. The station’s Spring Festival activity, writing couplets with a calligrapher, is open to every family.",
                ),
                "zh-hans": (
                    "韩国一家人在联洋过的第一个春节",
                    "去年秋天，金先生一家搬进联洋。他们原以为春节期间城里会冷冷清清，没想到四楼的邻居请他们一起吃年夜饭：一整条鱼，寓意“年年有余”；还有八宝饭、春卷，以及象征“年年高”的年糕。\n\n“在韩国，大年初一早上要喝年糕汤，”金太太说，“所以第二天我们做了年糕汤请邻居尝尝，大家都又添了一碗。”她的两个孩子学会了说“新年快乐”，还收到了红包，和他们在韩国从爷爷奶奶那里拿到的压岁钱差不多。\n\n温馨提示：外环线以内禁止燃放烟花爆竹，我们社区就在外环线以内，明年过年请大家注意。工作站的春节活动“跟书法老师写春联”欢迎每个家庭参加。",
                ),
                "ja": (
                    "韓国人一家が連洋で迎えた初めての春節",
                    "昨年の秋に連洋へ引っ越してきたキムさん一家。春節の間は街が静かになるだろうと思っていたところ、4階のお隣さんから大みそかの家族の食事「年夜飯」に招かれました。「年年有余（毎年ゆとりがあるように）」の願いを込めた尾頭付きの魚、八宝飯、春巻き、そして「年々高く」に通じるお餅、年糕が食卓に並びました。\n\n「韓国ではソルラルの朝にトックク（お餅のスープ）を食べるんです」とキムさんの奥さん。「それで翌日、お隣さんに作ってあげたら、皆さんおかわりしてくれました」。2人の子どもは「新年快楽（シンニェン・クァイラー）」を覚え、紅包（お年玉）ももらって帰ってきました。韓国で祖父母からもらうお年玉とよく似ています。\n\n来年に向けてのお知らせです。外環道路の内側では花火と爆竹が禁止されており、私たちのコミュニティもその内側にあります。ステーションの春節イベント「書道の先生と春聯を書こう」には、どのご家庭も参加できます。",
                ),
                "ko": (
                    "한국인 가족이 롄양에서 맞은 첫 춘절",
                    "지난가을 롄양으로 이사 온 김 씨 가족은 명절 동안 도시가 조용할 거라고 생각했습니다. 그런데 4층 이웃이 섣달그믐 가족 만찬에 초대해 주었습니다. 식탁에는 ‘해마다 넉넉하라’는 뜻의 생선 한 마리, 팔보밥, 춘권, 그리고 ‘해마다 더 높이’라는 뜻을 담은 떡 녠가오가 올랐습니다.\n\n“한국에서는 설날 아침에 떡국을 먹잖아요. 그래서 다음 날 이웃들에게 떡국을 끓여 드렸더니 다들 한 그릇씩 더 드셨어요.” 두 아이의 엄마가 웃으며 말합니다. 아이들은 ‘신녠 콰이러(새해 복 많이 받으세요)’를 배웠고, 한국에서 할머니, 할아버지께 받는 세뱃돈처럼 빨간 봉투 훙바오도 받아 왔습니다.\n\n내년을 위한 안내: 외환로(外環路) 안쪽에서는 폭죽과 불꽃놀이가 금지되어 있으며, 우리 커뮤니티도 이 구역 안에 있습니다. 서예 선생님과 함께 춘련을 쓰는 스테이션의 춘절 행사는 모든 가정에 열려 있습니다.",
                ),
                "fr": (
                    "Le premier Nouvel An chinois d’une famille coréenne à Lianyang",
                    "Quand la famille Kim s’est installée à Lianyang l’automne dernier, elle pensait que la ville serait bien calme pendant les fêtes. Au lieu de cela, les voisins du quatrième étage l’ont invitée au dîner de réveillon : un poisson entier, symbole d’abondance, du riz aux huit trésors, des rouleaux de printemps et des tranches de niangao, le gâteau de riz qui promet une année « toujours plus haut ».\n\n« Chez nous, on mange du tteokguk, une soupe de gâteaux de riz, le matin de Seollal, raconte Mme Kim. Alors le lendemain, nous en avons préparé pour nos voisins, et tout le monde s’est resservi. » Ses deux enfants ont appris à dire « xin nian kuai le » et sont rentrés avec des enveloppes rouges, un peu comme l’argent du Nouvel An que leur donnent leurs grands-parents en Corée.\n\nPetit rappel pour l’an prochain : feux d’artifice et pétards sont interdits à l’intérieur du périphérique extérieur (Outer Ring Road), et notre quartier s’y trouve. L’atelier de la station pour la fête du Printemps, où l’on écrit des sentences parallèles avec un calligraphe, est ouvert à toutes les familles.",
                ),
                "de": (
                    "Das erste Frühlingsfest einer koreanischen Familie in Lianyang",
                    "Als Familie Kim im vergangenen Herbst nach Lianyang zog, rechnete sie über die Feiertage mit einer stillen Stadt. Stattdessen luden die Nachbarn aus dem vierten Stock sie zum Familienessen am Silvesterabend ein: ein ganzer Fisch für Wohlstand, Acht-Schätze-Reis, Frühlingsrollen und Scheiben Niangao, ein Reiskuchen, der ein Jahr „immer höher hinaus“ verspricht.\n\n„Bei uns isst man am Morgen von Seollal Tteokguk, eine Suppe mit Reiskuchen“, erzählt Frau Kim. „Also haben wir sie am nächsten Tag für unsere Nachbarn gekocht, und alle wollten einen zweiten Teller.“ Ihre beiden Kinder lernten „xin nian kuai le“ zu sagen und kamen mit roten Umschlägen nach Hause – ganz ähnlich dem Neujahrsgeld, das sie in Korea von den Großeltern bekommen.\n\nEin Hinweis fürs nächste Jahr: Innerhalb des Äußeren Rings (Outer Ring Road) sind Feuerwerk und Böller verboten, und unser Viertel liegt innerhalb. Das Angebot der Station zum Frühlingsfest, Neujahrsverse mit einem Kalligrafen schreiben, steht allen Familien offen.",
                ),
                "es": (
                    "El primer Año Nuevo chino de una familia coreana en Lianyang",
                    "Cuando la familia Kim se mudó a Lianyang el otoño pasado, pensaba que la ciudad estaría tranquila durante las fiestas. En cambio, los vecinos del cuarto piso la invitaron a la cena de reunión de Nochevieja: un pescado entero, símbolo de abundancia, arroz de los ocho tesoros, rollitos de primavera y rodajas de niangao, el pastel de arroz que augura un año «cada vez más alto».\n\n«En Corea comemos tteokguk, una sopa de pastel de arroz, la mañana de Seollal», cuenta la señora Kim. «Así que al día siguiente la preparamos para los vecinos, y todos repitieron». Sus dos hijos aprendieron a decir «xin nian kuai le» y volvieron a casa con sobres rojos, muy parecidos al dinero de Año Nuevo que les dan sus abuelos en Corea.\n\nUn recordatorio para el próximo año: los fuegos artificiales y los petardos están prohibidos dentro del anillo exterior (Outer Ring Road), y nuestra comunidad está dentro. La actividad de la estación para la Fiesta de la Primavera, escribir pareados con un calígrafo, está abierta a todas las familias.",
                ),
                "pt-br": (
                    "O primeiro Ano-Novo Chinês de uma família coreana em Lianyang",
                    "Quando a família Kim se mudou para Lianyang no outono passado, achou que a cidade ficaria tranquila durante o feriado. Mas os vizinhos do quarto andar convidaram todos para o jantar de reunião na véspera do Ano-Novo: um peixe inteiro, símbolo de fartura, arroz dos oito tesouros, rolinhos-primavera e fatias de niangao, o bolinho de arroz que promete um ano “cada vez mais alto”.\n\n“Na Coreia, a gente come tteokguk, uma sopa de bolinho de arroz, na manhã do Seollal”, conta a senhora Kim. “Então, no dia seguinte, fizemos para os vizinhos, e todo mundo repetiu.” Os dois filhos aprenderam a dizer “xin nian kuai le” e voltaram para casa com envelopes vermelhos, bem parecidos com o dinheiro de Ano-Novo que ganham dos avós na Coreia.\n\nUm lembrete para o ano que vem: fogos de artifício e bombinhas são proibidos dentro do anel viário externo (Outer Ring Road), e a nossa comunidade fica dentro dele. A atividade da estação para a Festa da Primavera, escrever dísticos com um calígrafo, está aberta a todas as famílias.",
                ),
                "ru": (
                    "Первый китайский Новый год корейской семьи в Ляньяне",
                    "Когда семья Ким прошлой осенью переехала в Ляньян, она думала, что в праздники город опустеет. Но соседи с четвёртого этажа пригласили их на семейный ужин в канун Нового года: целая рыба — к достатку, рис «восемь драгоценностей», весенние рулетики и ломтики няньгао, рисового пирога, который обещает год «всё выше и выше».\n\n«У нас в Корее утром в Соллаль едят ттоккук, суп с рисовыми клёцками, — рассказывает госпожа Ким. — Поэтому на следующий день мы сварили его для соседей, и все попросили добавки». Её дети научились говорить «синь нянь куай лэ» и вернулись домой с красными конвертами — совсем как новогодние деньги, которые им дарят бабушка с дедушкой в Корее.\n\nНапоминание на следующий год: фейерверки и петарды запрещены внутри Внешнего кольца (Outer Ring Road), а наш район находится внутри него. Праздничное занятие станции — новогодние парные надписи вместе с каллиграфом — открыто для всех семей.",
                ),
                "ar": (
                    "أول عيد ربيع لعائلة كورية في ليانيانغ",
                    "عندما انتقلت عائلة كيم إلى ليانيانغ في الخريف الماضي، توقعت أن تكون المدينة هادئة خلال العطلة. لكن الجيران في الطابق الرابع دعوها إلى عشاء لمّ الشمل ليلة رأس السنة: سمكة كاملة رمزًا للوفرة، وأرز الكنوز الثمانية، ولفائف الربيع، وشرائح من كعكة الأرز «نيانغاو» التي تَعِد بعام «أعلى فأعلى».\n\nتقول السيدة كيم: «في كوريا نأكل صباح عيد سولال حساء التوكغوك، وهو حساء بكعك الأرز. لذلك طبخناه في اليوم التالي لجيراننا، وطلب الجميع صحنًا ثانيًا». وتعلّم طفلاها أن يقولا «سين نيان كواي لا»، أي «عام جديد سعيد»، وعادا إلى البيت بمظاريف حمراء تشبه كثيرًا العيدية التي يعطيهما إياها جدّاهما في كوريا.\n\nتذكير للعام القادم: الألعاب النارية والمفرقعات ممنوعة داخل الطريق الدائري الخارجي، ومجتمعنا السكني يقع داخله. أما نشاط المحطة لعيد الربيع، وهو كتابة الأبيات المتقابلة مع خطّاط، فمفتوح لكل العائلات.",
                ),
            },
        },
        {
            "key": "calligraphy-afternoon",
            "texts": {
                "en": (
                    "Brush, ink and patience: our calligraphy afternoon",
                    "Twenty residents from eight countries sat down in activity room 2 on a Saturday in February, each with a brush, an ink stone and a pile of rice paper. Our teacher, a retired schoolteacher who has lived in the community for more than twenty years, began with the character 永, “forever”, because its eight strokes hold the basic movements of the brush.\n\n“Keep the brush upright and let your wrist do the work,” she told us, walking between the tables. After an hour of lines that were not quite straight, everybody moved on to 福, “good fortune”. Several residents learned why it is often hung upside down on doors: in Chinese, “upside down” sounds like “arrived”, so good fortune has arrived.\n\nMost of us took home at least one character worth framing. The next calligraphy afternoon will be announced on the notice board and the portal.",
                ),
                "zh-hans": (
                    "笔墨与耐心：书法下午茶",
                    "二月的一个周六下午，来自八个国家的二十位居民坐进二号活动室，每人面前一支毛笔、一方砚台、一叠宣纸。给大家上课的是在社区住了二十多年的退休老师，她从“永”字讲起，因为“永字八法”包含了毛笔的基本笔画。\n\n“笔要立直，靠手腕发力。”老师一边在桌间走动，一边手把手地指点。练了一个小时不太直的横画之后，大家开始写“福”字。不少居民这才知道，为什么很多人家门上的“福”字是倒着贴的：“倒”和“到”同音，福倒了，就是福到了。\n\n大多数人都带回了至少一幅值得装裱的作品。下一次书法活动的时间将在公告栏和门户网站上公布。",
                ),
                "ja": (
                    "筆と墨と忍耐と：書道の午後",
                    "2月のある土曜日、8か国から来た20人の住民が第2活動室に集まりました。一人ひとりの前には筆と硯、そして画仙紙の束。講師は、このコミュニティに20年以上住んでいる元学校の先生です。最初に書いたのは「永」の字。「永字八法」といって、この一字に筆づかいの基本となる8つの点画が含まれているからです。\n\n「筆はまっすぐ立てて、手首で書くように」と、先生は机の間を回りながら声をかけてくれました。なかなかまっすぐにならない横線を1時間練習したあと、今度は「福」の字へ。扉に「福」が逆さまに貼られている理由も教わりました。中国語では「逆さま（倒）」と「来る（到）」が同じ発音なので、「福が来た」という意味になるのです。\n\nほとんどの参加者が、額に入れたくなる一枚を持ち帰りました。次回の書道の午後は、掲示板とポータルでお知らせします。",
                ),
                "ko": (
                    "붓과 먹, 그리고 인내: 서예의 오후",
                    "2월의 어느 토요일, 8개국에서 온 주민 20명이 제2활동실에 모였습니다. 각자 앞에는 붓과 벼루, 화선지 한 묶음이 놓였습니다. 강사는 이 커뮤니티에서 20년 넘게 살아온 은퇴 교사입니다. 첫 글자는 ‘영원할 영(永)’이었습니다. 이른바 ‘영자팔법’이라 하여, 이 한 글자에 붓놀림의 기본 획 여덟 가지가 모두 들어 있기 때문입니다.\n\n“붓은 곧게 세우고, 손목으로 쓰세요.” 선생님은 책상 사이를 오가며 하나하나 봐 주셨습니다. 좀처럼 곧게 그어지지 않는 가로획을 한 시간 연습한 뒤에는 ‘복 복(福)’ 자로 넘어갔습니다. 문에 ‘福’ 자를 거꾸로 붙이는 이유도 배웠습니다. 중국어로 ‘거꾸로(倒)’와 ‘도착하다(到)’의 발음이 같아서 ‘복이 왔다’는 뜻이 된다고 합니다.\n\n대부분의 참가자가 액자에 넣고 싶은 작품을 한 장씩은 가지고 돌아갔습니다. 다음 서예 모임 일정은 게시판과 포털에서 알려 드립니다.",
                ),
                "fr": (
                    "Pinceau, encre et patience : notre après-midi de calligraphie",
                    "Un samedi de février, vingt habitants venus de huit pays se sont installés dans la salle d’activités n° 2, chacun devant un pinceau, une pierre à encre et une pile de papier de riz. Notre professeure, une enseignante à la retraite qui vit dans le quartier depuis plus de vingt ans, a commencé par le caractère 永, « éternité », car ses huit traits réunissent les gestes de base du pinceau.\n\n« Tenez le pinceau bien droit et laissez travailler le poignet », répétait-elle en passant entre les tables. Après une heure de traits horizontaux pas tout à fait droits, tout le monde est passé à 福, « bonheur ». Plusieurs participants ont découvert pourquoi on l’accroche souvent à l’envers sur les portes : en chinois, « à l’envers » se prononce comme « arrivé », le bonheur est donc arrivé.\n\nLa plupart d’entre nous sont repartis avec au moins un caractère digne d’être encadré. Le prochain après-midi de calligraphie sera annoncé sur le panneau d’affichage et le portail.",
                ),
                "de": (
                    "Pinsel, Tusche und Geduld: unser Kalligrafie-Nachmittag",
                    "An einem Samstag im Februar saßen zwanzig Bewohnerinnen und Bewohner aus acht Ländern im Aktivitätsraum 2, jeder mit Pinsel, Reibstein und einem Stapel Reispapier. Unsere Lehrerin, eine pensionierte Lehrerin, die seit über zwanzig Jahren im Viertel lebt, begann mit dem Zeichen 永, „ewig“: Seine acht Striche enthalten alle Grundbewegungen des Pinsels.\n\n„Den Pinsel aufrecht halten und das Handgelenk arbeiten lassen“, sagte sie und ging von Tisch zu Tisch. Nach einer Stunde nicht ganz gerader Linien ging es weiter mit 福, „Glück“. Dabei erfuhren einige, warum das Zeichen an vielen Türen auf dem Kopf hängt: Auf Chinesisch klingt „umgedreht“ wie „angekommen“ – das Glück ist also angekommen.\n\nDie meisten nahmen mindestens ein Zeichen mit nach Hause, das einen Rahmen verdient. Der nächste Kalligrafie-Nachmittag wird am Schwarzen Brett und im Portal angekündigt.",
                ),
                "es": (
                    "Pincel, tinta y paciencia: nuestra tarde de caligrafía",
                    "Un sábado de febrero, veinte vecinos de ocho países se sentaron en la sala de actividades 2, cada uno con un pincel, una piedra de tinta y un montón de papel de arroz. Nuestra profesora, una maestra jubilada que lleva más de veinte años viviendo en la comunidad, empezó por el carácter 永, «eternidad», porque sus ocho trazos reúnen los movimientos básicos del pincel.\n\n«Mantengan el pincel recto y dejen que trabaje la muñeca», nos decía mientras pasaba entre las mesas. Tras una hora de líneas no del todo rectas, pasamos a 福, «buena fortuna». Varios participantes descubrieron por qué se cuelga a menudo al revés en las puertas: en chino, «al revés» suena igual que «llegado», así que la buena fortuna ha llegado.\n\nCasi todos nos llevamos a casa al menos un carácter digno de enmarcar. La próxima tarde de caligrafía se anunciará en el tablón de anuncios y en el portal.",
                ),
                "pt-br": (
                    "Pincel, tinta e paciência: nossa tarde de caligrafia",
                    "Num sábado de fevereiro, vinte moradores de oito países se sentaram na sala de atividades 2, cada um com um pincel, uma pedra de tinta e uma pilha de papel de arroz. Nossa professora, uma educadora aposentada que mora na comunidade há mais de vinte anos, começou pelo caractere 永, “eternidade”, porque seus oito traços reúnem os movimentos básicos do pincel.\n\n“Segure o pincel bem reto e deixe o pulso trabalhar”, ela repetia, passando entre as mesas. Depois de uma hora de traços nem tão retos assim, todo mundo passou para o 福, “boa sorte”. Vários moradores descobriram por que ele costuma ser pendurado de cabeça para baixo nas portas: em chinês, “de cabeça para baixo” soa igual a “chegou”, ou seja, a boa sorte chegou.\n\nQuase todo mundo levou para casa pelo menos um caractere digno de quadro. A próxima tarde de caligrafia será anunciada no mural e no portal.",
                ),
                "ru": (
                    "Кисть, тушь и терпение: день каллиграфии",
                    "В одну из февральских суббот двадцать жителей из восьми стран собрались в зале занятий № 2. Перед каждым — кисть, тушечница и стопка рисовой бумаги. Наш преподаватель, учительница на пенсии, которая живёт в районе больше двадцати лет, начала с иероглифа 永 — «вечность»: в его восьми чертах заключены все основные движения кисти.\n\n«Держите кисть прямо, а работает запястье», — повторяла она, обходя столы. После часа не совсем ровных горизонтальных линий перешли к иероглифу 福 — «счастье». Многие узнали, почему его часто вешают на двери вверх ногами: по-китайски «перевёрнутый» звучит так же, как «пришёл», то есть счастье пришло.\n\nПочти каждый унёс домой хотя бы один иероглиф, достойный рамки. О следующем занятии каллиграфией мы сообщим на доске объявлений и на портале.",
                ),
                "ar": (
                    "الفرشاة والحبر والصبر: عصرية الخط الصيني",
                    "في يوم سبت من شهر فبراير، جلس عشرون من السكان من ثمانية بلدان في قاعة الأنشطة رقم 2، أمام كل منهم فرشاة وحجر حبر ورزمة من ورق الأرز. وبدأت معلمتنا، وهي مدرّسة متقاعدة تعيش في الحي منذ أكثر من عشرين عامًا، بالحرف 永 ومعناه «الأبد»، لأن ضرباته الثماني تجمع الحركات الأساسية للفرشاة.\n\nكانت تقول ونحن نكتب وهي تتنقل بين الطاولات: «أمسكوا الفرشاة مستقيمة ودعوا الرسغ يعمل». وبعد ساعة من الخطوط الأفقية التي لم تكن مستقيمة تمامًا، انتقل الجميع إلى الحرف 福 ومعناه «الحظ السعيد». وعرف عدد من المشاركين لماذا يُعلَّق غالبًا مقلوبًا على الأبواب: ففي الصينية تُنطق كلمة «مقلوب» مثل كلمة «وصل»، فيصبح المعنى أن الحظ السعيد قد وصل.\n\nعاد معظمنا إلى البيت بحرف واحد على الأقل يستحق أن يوضع في إطار. وسيُعلن موعد عصرية الخط القادمة على لوحة الإعلانات وفي البوابة الإلكترونية.",
                ),
            },
        },
        {
            "key": "sorting-waste",
            "texts": {
                "en": (
                    "How to sort your waste in Shanghai",
                    "Since July 2019, every household in Shanghai has sorted its waste into four categories, each with its own bin colour:\n- Recyclable (blue): paper, cardboard, plastic bottles, glass, metal, old clothes.\n- Hazardous (red): rechargeable and button batteries, fluorescent tubes, expired medicine, paint.\n- Wet waste (brown): household food waste, such as leftovers, vegetable scraps, fruit peel and tea leaves.\n- Dry waste (black): everything else, for example used tissues, nappies, cigarette ends and broken ceramics.\n\nEmpty wet waste out of its bag into the brown bin, then put the bag in the black one. Many compounds open their bins at set times in the morning and evening; the times are posted at your compound’s collection point. Furniture and other bulky items are collected separately: ask your property management.\n\nNot sure where something goes? Ask the volunteer at the collection point, or come to the station.",
                ),
                "zh-hans": (
                    "上海生活垃圾怎么分？",
                    "自2019年7月起，上海每家每户都要把生活垃圾分成四类，每类对应一种颜色的垃圾桶：\n- 可回收物（蓝色）：纸张、纸板箱、塑料瓶、玻璃、金属、旧衣服。\n- 有害垃圾（红色）：充电电池、纽扣电池、荧光灯管、过期药品、油漆。\n- 湿垃圾（棕色）：家庭厨余垃圾，如剩菜剩饭、菜叶菜根、果皮、茶叶渣。\n- 干垃圾（黑色）：其他垃圾，如用过的纸巾、尿不湿、烟头、碎陶瓷。\n\n湿垃圾要“破袋投放”：把垃圾倒进棕色桶，袋子扔进黑色桶。不少小区实行定时定点投放，早晚各开放一段时间，具体时间请看小区投放点的告示。家具等大件垃圾另行收运，请联系物业预约。\n\n拿不准该扔哪个桶？可以问投放点的志愿者，也欢迎来工作站咨询。",
                ),
                "ja": (
                    "上海のごみの分け方",
                    "2019年7月から、上海ではすべての家庭がごみを4種類に分けて出しています。種類ごとにごみ箱の色が決まっています。\n- 資源ごみ（青）：紙、段ボール、ペットボトル、ガラス、金属、古着\n- 有害ごみ（赤）：充電池、ボタン電池、蛍光灯、期限切れの薬、ペンキ\n- 湿ったごみ（茶）：家庭の生ごみ。食べ残し、野菜くず、果物の皮、お茶の葉など\n- 乾いたごみ（黒）：上記以外のもの。使用済みのティッシュ、紙おむつ、たばこの吸い殻、割れた陶器など\n\n生ごみは袋から出して茶色の箱に入れ、袋は黒い箱に捨ててください。多くの団地では、朝と夕方の決まった時間だけごみ箱が開きます。時間は団地のごみ集積所に掲示されています。家具などの粗大ごみは別に回収されますので、管理会社にご相談ください。\n\nどこに捨てればいいか迷ったら、集積所のボランティアに聞くか、ステーションにお越しください。",
                ),
                "ko": (
                    "상하이에서 쓰레기 분리배출하는 법",
                    "2019년 7월부터 상하이의 모든 가정은 생활 쓰레기를 네 가지로 나누어 버립니다. 종류마다 쓰레기통 색깔이 정해져 있습니다.\n- 재활용품(파란색): 종이, 종이 상자, 페트병, 유리, 금속, 헌 옷\n- 유해 쓰레기(빨간색): 충전지, 단추형 전지, 형광등, 유통기한이 지난 약, 페인트\n- 젖은 쓰레기(갈색): 먹다 남은 음식, 채소 다듬은 것, 과일 껍질, 찻잎 등 가정의 음식물 쓰레기\n- 마른 쓰레기(검은색): 그 밖의 모든 것. 사용한 휴지, 기저귀, 담배꽁초, 깨진 도자기 등\n\n음식물 쓰레기는 봉투에서 꺼내 갈색 통에 넣고, 봉투는 검은색 통에 버리세요. 많은 단지에서는 아침과 저녁 정해진 시간에만 쓰레기통을 엽니다. 시간은 단지 내 쓰레기 배출 장소에 게시되어 있습니다. 가구 같은 대형 폐기물은 따로 수거하니 관리사무소에 문의하세요.\n\n어디에 버려야 할지 헷갈리면 배출 장소의 자원봉사자에게 묻거나 스테이션으로 오세요.",
                ),
                "fr": (
                    "Trier ses déchets à Shanghai",
                    "Depuis juillet 2019, tous les foyers de Shanghai trient leurs déchets en quatre catégories, chacune avec sa couleur de poubelle :\n- Recyclables (bleu) : papier, carton, bouteilles en plastique, verre, métal, vieux vêtements.\n- Dangereux (rouge) : piles rechargeables et piles bouton, tubes fluorescents, médicaments périmés, peinture.\n- Déchets humides (marron) : déchets alimentaires du foyer, comme les restes de repas, épluchures de légumes et de fruits, feuilles de thé.\n- Déchets secs (noir) : tout le reste, par exemple mouchoirs usagés, couches, mégots et vaisselle cassée.\n\nVidez les déchets humides de leur sac dans le bac marron, puis jetez le sac dans le bac noir. Dans beaucoup de résidences, les bacs ne sont ouverts qu’à certaines heures, le matin et le soir ; les horaires sont affichés au point de collecte. Les meubles et autres encombrants sont collectés à part : renseignez-vous auprès de votre syndic.\n\nUn doute ? Demandez au bénévole du point de collecte ou passez à la station.",
                ),
                "de": (
                    "Mülltrennung in Shanghai – so geht’s",
                    "Seit Juli 2019 trennt jeder Haushalt in Shanghai seinen Müll in vier Kategorien, jede mit eigener Tonnenfarbe:\n- Wertstoffe (blau): Papier, Karton, Plastikflaschen, Glas, Metall, alte Kleidung.\n- Schadstoffe (rot): Akkus und Knopfzellen, Leuchtstoffröhren, abgelaufene Medikamente, Farbe.\n- Nassmüll (braun): Küchenabfälle aus dem Haushalt, etwa Essensreste, Gemüse- und Obstschalen, Teeblätter.\n- Trockenmüll (schwarz): alles andere, zum Beispiel benutzte Taschentücher, Windeln, Zigarettenkippen und Scherben von Geschirr.\n\nNassmüll bitte aus der Tüte in die braune Tonne leeren und die Tüte in die schwarze werfen. In vielen Wohnanlagen sind die Tonnen nur morgens und abends zu festen Zeiten geöffnet; die Zeiten hängen an der Sammelstelle aus. Möbel und anderer Sperrmüll werden gesondert abgeholt: Fragen Sie Ihre Hausverwaltung.\n\nUnsicher, wohin etwas gehört? Fragen Sie die Freiwilligen an der Sammelstelle oder kommen Sie in die Station.",
                ),
                "es": (
                    "Cómo separar la basura en Shanghái",
                    "Desde julio de 2019, todos los hogares de Shanghái separan la basura en cuatro categorías, cada una con su color de contenedor:\n- Reciclables (azul): papel, cartón, botellas de plástico, vidrio, metal, ropa usada.\n- Peligrosos (rojo): pilas recargables y pilas de botón, tubos fluorescentes, medicamentos caducados, pintura.\n- Residuos húmedos (marrón): restos de comida del hogar, como sobras, restos de verdura, cáscaras de fruta y hojas de té.\n- Residuos secos (negro): todo lo demás, por ejemplo pañuelos usados, pañales, colillas y cerámica rota.\n\nVacía los residuos húmedos de la bolsa en el contenedor marrón y tira la bolsa en el negro. En muchas urbanizaciones los contenedores solo abren a horas fijas por la mañana y por la tarde; el horario está en el punto de recogida. Los muebles y otros objetos voluminosos se recogen aparte: pregunta a la administración de tu urbanización.\n\n¿Dudas sobre dónde va algo? Pregunta al voluntario del punto de recogida o ven a la estación.",
                ),
                "pt-br": (
                    "Como separar o lixo em Xangai",
                    "Desde julho de 2019, todas as casas de Xangai separam o lixo em quatro categorias, cada uma com a sua cor de lixeira:\n- Recicláveis (azul): papel, papelão, garrafas plásticas, vidro, metal, roupas usadas.\n- Perigosos (vermelho): pilhas recarregáveis e baterias de botão, lâmpadas fluorescentes, remédios vencidos, tinta.\n- Lixo úmido (marrom): restos de comida da casa, como sobras, cascas e restos de verduras e frutas, folhas de chá.\n- Lixo seco (preto): todo o resto, por exemplo lenços usados, fraldas, bitucas de cigarro e louça quebrada.\n\nEsvazie o saco do lixo úmido na lixeira marrom e jogue o saco na preta. Em muitos condomínios, as lixeiras só abrem em horários fixos, de manhã e à noite; os horários ficam afixados no ponto de coleta. Móveis e outros volumes grandes são recolhidos à parte: fale com a administração do condomínio.\n\nFicou na dúvida? Pergunte ao voluntário do ponto de coleta ou venha à estação.",
                ),
                "ru": (
                    "Как сортировать мусор в Шанхае",
                    "С июля 2019 года каждая семья в Шанхае делит бытовой мусор на четыре категории, у каждой свой цвет контейнера:\n- Вторсырьё (синий): бумага, картон, пластиковые бутылки, стекло, металл, старая одежда.\n- Опасные отходы (красный): аккумуляторы и батарейки-таблетки, люминесцентные лампы, просроченные лекарства, краска.\n- Влажные отходы (коричневый): пищевые отходы, например остатки еды, очистки овощей и фруктов, заварка.\n- Сухие отходы (чёрный): всё остальное, например использованные салфетки, подгузники, окурки, битая посуда.\n\nВлажные отходы высыпайте из пакета в коричневый контейнер, а сам пакет бросайте в чёрный. Во многих жилых комплексах контейнеры открыты только в определённые часы утром и вечером; расписание висит на площадке для сбора мусора. Мебель и другие крупные вещи вывозят отдельно: узнайте в управляющей компании.\n\nНе знаете, куда что выбросить? Спросите волонтёра на площадке или приходите на станцию.",
                ),
                "ar": (
                    "كيف تفرز نفاياتك في شنغهاي",
                    "منذ يوليو 2019، تفرز كل أسرة في شنغهاي نفاياتها في أربع فئات، ولكل فئة حاوية بلون خاص:\n- المواد القابلة لإعادة التدوير (الأزرق): الورق والكرتون والزجاجات البلاستيكية والزجاج والمعادن والملابس القديمة.\n- النفايات الخطرة (الأحمر): البطاريات القابلة للشحن والبطاريات الزرّية، ومصابيح الفلورسنت، والأدوية منتهية الصلاحية، والطلاء.\n- النفايات الرطبة (البني): بقايا الطعام المنزلية، مثل فضلات الوجبات وقشور الخضار والفاكهة وأوراق الشاي.\n- النفايات الجافة (الأسود): كل ما عدا ذلك، مثل المناديل المستعملة والحفاضات وأعقاب السجائر والخزف المكسور.\n\nأفرغ النفايات الرطبة من كيسها في الحاوية البنية، ثم ضع الكيس في الحاوية السوداء. وفي كثير من المجمعات السكنية لا تُفتح الحاويات إلا في أوقات محددة صباحًا ومساءً، والمواعيد معلّقة عند نقطة جمع النفايات. أما الأثاث وغيره من الأغراض الكبيرة فيُجمع بشكل منفصل، فاسأل إدارة العقار.\n\nلست متأكدًا أين تضع شيئًا ما؟ اسأل المتطوع عند نقطة الجمع، أو تعال إلى المحطة.",
                ),
            },
        },
    ],
    # No. 2, March and April
    [
        {
            "key": "meet-the-officers",
            "texts": {
                "en": (
                    "Meet the station’s officers and the languages they speak",
                    "Behind the front desk of the service station are twelve people who between them speak all ten languages of this newspaper. All of them speak Mandarin, of course; here is who to ask for in your own language:\n- Jingyi, head of the station: English\n- Xiaochen: Japanese and English\n- Jiaqi: Japanese, and some Korean\n- Minhua: Korean and Japanese\n- Xuemei: Korean and English\n- Haoran: English and Spanish\n- Yining: French and English\n- Siyuan: German and English\n- Zihang: Spanish and Portuguese\n- Shiyu: Portuguese and Spanish\n- Liwei: Russian\n- Wenbo: Arabic and English\n\nIf the colleague you need is out, leave a message at the desk or on the portal, and they will reply in your language. You are always welcome to write to us in your own language.",
                ),
                "zh-hans": (
                    "认识一下工作站的工作人员，和他们会说的语言",
                    "工作站服务窗口的背后，是十二位工作人员。他们加起来会说本报的全部十种语言。大家都说普通话，想用自己的母语沟通，可以找：\n- 静怡（站长）：英语\n- 晓晨：日语、英语\n- 佳琪：日语，会一点韩语\n- 敏华：韩语、日语\n- 雪梅：韩语、英语\n- 浩然：英语、西班牙语\n- 以宁：法语、英语\n- 思远：德语、英语\n- 子航：西班牙语、葡萄牙语\n- 诗雨：葡萄牙语、西班牙语\n- 立伟：俄语\n- 文博：阿拉伯语、英语\n\n如果要找的同事正好不在，可以在窗口或通过门户网站留言，他们会用您的语言回复。欢迎您随时用母语给我们写信。",
                ),
                "ja": (
                    "ステーションのスタッフと話せる言語をご紹介します",
                    "サービスステーションの窓口には12人のスタッフがいて、全員合わせるとこの新聞の10言語すべてに対応できます。もちろん全員が中国語を話します。母語で相談したいときは、次のスタッフをお呼びください。\n- 静怡（ジンイー、ステーション長）：英語\n- 晓晨（シャオチェン）：日本語、英語\n- 佳琪（ジャーチー）：日本語、韓国語も少し\n- 敏华（ミンホア）：韓国語、日本語\n- 雪梅（シュエメイ）：韓国語、英語\n- 浩然（ハオラン）：英語、スペイン語\n- 以宁（イーニン）：フランス語、英語\n- 思远（スーユエン）：ドイツ語、英語\n- 子航（ズーハン）：スペイン語、ポルトガル語\n- 诗雨（シーユー）：ポルトガル語、スペイン語\n- 立伟（リーウェイ）：ロシア語\n- 文博（ウェンボー）：アラビア語、英語\n\n担当のスタッフが不在のときは、窓口かポータルで伝言を残してください。あなたの言語でお返事します。いつでも母語で気軽にご連絡ください。",
                ),
                "ko": (
                    "스테이션 직원들과 그들이 쓰는 언어를 소개합니다",
                    "서비스 스테이션 창구에는 12명의 직원이 있으며, 모두 합치면 이 신문의 10개 언어를 전부 구사합니다. 물론 모두 중국어를 합니다. 모국어로 상담하고 싶다면 다음 직원을 찾아 주세요.\n- 징이(스테이션장): 영어\n- 샤오천: 일본어, 영어\n- 자치: 일본어, 한국어 조금\n- 민화: 한국어, 일본어\n- 쉐메이: 한국어, 영어\n- 하오란: 영어, 스페인어\n- 이닝: 프랑스어, 영어\n- 쓰위안: 독일어, 영어\n- 쯔항: 스페인어, 포르투갈어\n- 스위: 포르투갈어, 스페인어\n- 리웨이: 러시아어\n- 원보: 아랍어, 영어\n\n찾는 직원이 자리에 없으면 창구나 포털에 메시지를 남겨 주세요. 여러분의 언어로 답해 드립니다. 언제든 모국어로 편하게 연락 주세요.",
                ),
                "fr": (
                    "Qui parle quelle langue ? Les agents de la station se présentent",
                    "Derrière le guichet de la station, douze personnes parlent à elles toutes les dix langues de ce journal. Toutes parlent bien sûr le mandarin ; voici à qui vous adresser dans votre langue :\n- Jingyi, cheffe de la station : anglais\n- Xiaochen : japonais et anglais\n- Jiaqi : japonais, et un peu de coréen\n- Minhua : coréen et japonais\n- Xuemei : coréen et anglais\n- Haoran : anglais et espagnol\n- Yining : français et anglais\n- Siyuan : allemand et anglais\n- Zihang : espagnol et portugais\n- Shiyu : portugais et espagnol\n- Liwei : russe\n- Wenbo : arabe et anglais\n\nSi la personne que vous cherchez est absente, laissez un message au guichet ou sur le portail : elle vous répondra dans votre langue. N’hésitez jamais à nous écrire dans votre propre langue.",
                ),
                "de": (
                    "Wer spricht was? Das Team der Station stellt sich vor",
                    "Hinter dem Schalter der Servicestation arbeiten zwölf Menschen, die zusammen alle zehn Sprachen dieser Zeitung sprechen. Chinesisch sprechen natürlich alle; hier sehen Sie, wen Sie in Ihrer Sprache ansprechen können:\n- Jingyi, Leiterin der Station: Englisch\n- Xiaochen: Japanisch und Englisch\n- Jiaqi: Japanisch, etwas Koreanisch\n- Minhua: Koreanisch und Japanisch\n- Xuemei: Koreanisch und Englisch\n- Haoran: Englisch und Spanisch\n- Yining: Französisch und Englisch\n- Siyuan: Deutsch und Englisch\n- Zihang: Spanisch und Portugiesisch\n- Shiyu: Portugiesisch und Spanisch\n- Liwei: Russisch\n- Wenbo: Arabisch und Englisch\n\nIst die gesuchte Person gerade nicht da, hinterlassen Sie eine Nachricht am Schalter oder im Portal; Sie bekommen eine Antwort in Ihrer Sprache. Schreiben Sie uns jederzeit gern in Ihrer eigenen Sprache.",
                ),
                "es": (
                    "Conoce al equipo de la estación y los idiomas que habla",
                    "Detrás del mostrador de la estación trabajan doce personas que, entre todas, hablan los diez idiomas de este periódico. Todas hablan chino mandarín, por supuesto; aquí tienes a quién preguntar por en tu idioma:\n- Jingyi, directora de la estación: inglés\n- Xiaochen: japonés e inglés\n- Jiaqi: japonés, y algo de coreano\n- Minhua: coreano y japonés\n- Xuemei: coreano e inglés\n- Haoran: inglés y español\n- Yining: francés e inglés\n- Siyuan: alemán e inglés\n- Zihang: español y portugués\n- Shiyu: portugués y español\n- Liwei: ruso\n- Wenbo: árabe e inglés\n\nSi la persona que buscas no está, deja un mensaje en el mostrador o en el portal y te responderá en tu idioma. Puedes escribirnos siempre en tu propia lengua.",
                ),
                "pt-br": (
                    "Conheça a equipe da estação e os idiomas que ela fala",
                    "Atrás do balcão da estação trabalham doze pessoas que, juntas, falam os dez idiomas deste jornal. Todas falam mandarim, claro; veja quem procurar no seu idioma:\n- Jingyi, chefe da estação: inglês\n- Xiaochen: japonês e inglês\n- Jiaqi: japonês, e um pouco de coreano\n- Minhua: coreano e japonês\n- Xuemei: coreano e inglês\n- Haoran: inglês e espanhol\n- Yining: francês e inglês\n- Siyuan: alemão e inglês\n- Zihang: espanhol e português\n- Shiyu: português e espanhol\n- Liwei: russo\n- Wenbo: árabe e inglês\n\nSe a pessoa que você procura não estiver, deixe um recado no balcão ou no portal, e ela responde no seu idioma. Pode escrever para a gente sempre na sua própria língua.",
                ),
                "ru": (
                    "Знакомьтесь: сотрудники станции и языки, на которых они говорят",
                    "За стойкой станции работают двенадцать человек, которые вместе говорят на всех десяти языках нашей газеты. Китайский, конечно, знают все; а вот к кому обращаться на вашем языке:\n- Цзинъи, руководитель станции: английский\n- Сяочэнь: японский и английский\n- Цзяци: японский, немного корейский\n- Миньхуа: корейский и японский\n- Сюэмэй: корейский и английский\n- Хаожань: английский и испанский\n- Инин: французский и английский\n- Сыюань: немецкий и английский\n- Цзыхан: испанский и португальский\n- Шиюй: португальский и испанский\n- Ливэй: русский\n- Вэньбо: арабский и английский\n\nЕсли нужного сотрудника нет на месте, оставьте сообщение у стойки или на портале — вам ответят на вашем языке. Пишите нам на родном языке в любое время.",
                ),
                "ar": (
                    "تعرّف على موظفي المحطة واللغات التي يتحدثونها",
                    "خلف مكتب الاستقبال في محطة الخدمة يعمل اثنا عشر شخصًا يتحدثون فيما بينهم اللغات العشر لهذه الصحيفة كلها. وكلهم بالطبع يتحدثون الصينية، وهذا من تطلبه إذا أردت التحدث بلغتك:\n- جينغيي، رئيسة المحطة: الإنجليزية\n- شياوتشن: اليابانية والإنجليزية\n- جياتشي: اليابانية، وقليل من الكورية\n- مينهوا: الكورية واليابانية\n- شيويمي: الكورية والإنجليزية\n- هاوران: الإنجليزية والإسبانية\n- يينينغ: الفرنسية والإنجليزية\n- سييوان: الألمانية والإنجليزية\n- تسيهانغ: الإسبانية والبرتغالية\n- شييو: البرتغالية والإسبانية\n- ليوي: الروسية\n- ونبو: العربية والإنجليزية\n\nإذا لم يكن الزميل الذي تريده موجودًا، فاترك رسالة في المكتب أو عبر البوابة الإلكترونية، وسيردّ عليك بلغتك. ويسعدنا دائمًا أن تكتب إلينا بلغتك الأم.",
                ),
            },
        },
        {
            "key": "residence-permit-appointments",
            "texts": {
                "en": (
                    "Residence permits: applying by appointment",
                    "Applications for residence permits are now made by appointment. Book yours through the official channels of the exit-entry administration; if you are not sure which channel to use or how to fill in the booking, the station can help.\n\nBefore your appointment:\n- Apply in good time: an extension must be applied for at least 30 days before your current permit expires.\n- Check that your accommodation registration is up to date. Foreigners staying anywhere other than a hotel must register with the local police within 24 hours of arrival.\n- Gather your passport, photo and the documents for the purpose of your stay; the official channels list what is needed.\n\nThe station’s officers can go through your documents with you beforehand, in your language. Nobody from the station will ever ask you for a fee to book an appointment. Come to the front desk or send us a message on the portal.",
                ),
                "zh-hans": (
                    "居留许可改为预约办理",
                    "办理居留许可现在需要预约。请通过出入境管理部门的官方渠道预约；如果不清楚该用哪个渠道、预约信息怎么填，工作站可以帮您。\n\n预约前请注意：\n- 提前办理：申请延长居留期限，须在居留证件有效期届满30日前提出。\n- 确认住宿登记信息是最新的。外国人在宾馆以外的地方居住或住宿，须在入住后24小时内向居住地公安机关办理登记。\n- 准备好护照、照片以及与居留事由相关的材料，所需材料以官方渠道公布的为准。\n\n工作站的工作人员可以提前用您的语言帮您核对材料。工作站不会以预约为由向您收取任何费用。欢迎到窗口咨询，或通过门户网站给我们留言。",
                ),
                "ja": (
                    "居留許可の申請は予約制に",
                    "居留許可の申請は、現在は予約制になっています。予約は出入国管理部門の公式チャネルから行ってください。どのチャネルを使えばよいか、予約の入力方法がわからない場合は、ステーションがお手伝いします。\n\n予約の前に確認しましょう：\n- 早めに申請を。居留期間の延長は、いまお持ちの居留許可の期限が切れる30日前までに申請する必要があります。\n- 住宿登記が最新になっているか確認してください。ホテル以外の場所に滞在する外国人は、到着後24時間以内に地元の警察で登記しなければなりません。\n- パスポート、写真、滞在目的に応じた書類をそろえてください。必要な書類は公式チャネルに掲載されています。\n\nステーションのスタッフが、事前にあなたの言語で書類を一緒に確認します。ステーションが予約の手数料を求めることは一切ありません。窓口にお越しいただくか、ポータルからメッセージをお送りください。",
                ),
                "ko": (
                    "거류 허가, 이제 예약 후 신청하세요",
                    "거류 허가 신청은 이제 예약제로 운영됩니다. 출입국관리 부문의 공식 채널을 통해 예약하세요. 어떤 채널을 이용해야 할지, 예약 정보를 어떻게 입력해야 할지 잘 모르겠다면 스테이션이 도와드립니다.\n\n예약 전 확인하세요:\n- 여유 있게 신청하세요. 거류 기간 연장은 현재 거류 허가 만료 30일 전까지 신청해야 합니다.\n- 숙박 등록이 최신 상태인지 확인하세요. 호텔이 아닌 곳에 머무는 외국인은 도착 후 24시간 이내에 현지 공안기관에 등록해야 합니다.\n- 여권, 사진, 체류 목적에 따른 서류를 준비하세요. 필요한 서류는 공식 채널에 안내되어 있습니다.\n\n스테이션 직원이 미리 여러분의 언어로 서류를 함께 확인해 드립니다. 스테이션은 예약을 이유로 어떠한 비용도 요구하지 않습니다. 창구로 오시거나 포털로 메시지를 보내 주세요.",
                ),
                "fr": (
                    "Titre de séjour : désormais sur rendez-vous",
                    "Les demandes de titre de séjour se font désormais sur rendez-vous. Prenez le vôtre par les canaux officiels de l’administration des entrées et sorties ; si vous ne savez pas quel canal utiliser ni comment remplir la réservation, la station peut vous aider.\n\nAvant votre rendez-vous :\n- Anticipez : une prolongation doit être demandée au moins 30 jours avant l’expiration de votre titre actuel.\n- Vérifiez que votre déclaration de logement est à jour. Tout étranger qui loge ailleurs qu’à l’hôtel doit se déclarer auprès de la police locale dans les 24 heures suivant son arrivée.\n- Réunissez votre passeport, une photo et les pièces liées au motif de votre séjour ; la liste figure sur les canaux officiels.\n\nLes agents de la station peuvent vérifier vos documents avec vous à l’avance, dans votre langue. Personne à la station ne vous demandera jamais d’argent pour un rendez-vous. Passez au guichet ou écrivez-nous sur le portail.",
                ),
                "de": (
                    "Aufenthaltserlaubnis: jetzt nur mit Termin",
                    "Anträge auf eine Aufenthaltserlaubnis werden jetzt nur noch mit Termin angenommen. Buchen Sie Ihren Termin über die offiziellen Kanäle der Ein- und Ausreisebehörde; wenn Sie nicht wissen, welchen Kanal Sie nutzen sollen oder wie die Buchung auszufüllen ist, hilft Ihnen die Station.\n\nVor Ihrem Termin:\n- Rechtzeitig beantragen: Eine Verlängerung muss spätestens 30 Tage vor Ablauf der aktuellen Erlaubnis beantragt werden.\n- Prüfen Sie, ob Ihre Wohnsitzmeldung aktuell ist. Wer als Ausländer nicht im Hotel wohnt, muss sich innerhalb von 24 Stunden nach der Ankunft bei der örtlichen Polizei anmelden.\n- Legen Sie Reisepass, Foto und die Unterlagen zum Zweck Ihres Aufenthalts bereit; was nötig ist, steht in den offiziellen Kanälen.\n\nDas Team der Station geht Ihre Unterlagen vorher gern mit Ihnen durch, in Ihrer Sprache. Niemand von der Station verlangt je Geld für eine Terminbuchung. Kommen Sie an den Schalter oder schreiben Sie uns im Portal.",
                ),
                "es": (
                    "Permiso de residencia: ahora con cita previa",
                    "Las solicitudes de permiso de residencia se hacen ahora con cita previa. Reserva la tuya por los canales oficiales de la administración de entrada y salida; si no sabes qué canal usar o cómo rellenar la reserva, la estación te puede ayudar.\n\nAntes de tu cita:\n- Solicítalo con tiempo: la prórroga debe pedirse al menos 30 días antes de que caduque tu permiso actual.\n- Comprueba que tu registro de alojamiento está al día. Los extranjeros que se alojan en cualquier lugar que no sea un hotel deben registrarse en la policía local en las 24 horas siguientes a su llegada.\n- Reúne el pasaporte, la foto y los documentos del motivo de tu estancia; los canales oficiales indican qué hace falta.\n\nEl equipo de la estación puede revisar tus documentos contigo antes, en tu idioma. Nadie de la estación te pedirá nunca dinero por reservar una cita. Ven al mostrador o escríbenos por el portal.",
                ),
                "pt-br": (
                    "Autorização de residência: agora só com agendamento",
                    "Os pedidos de autorização de residência agora são feitos com agendamento. Agende pelos canais oficiais da administração de entrada e saída; se você não sabe qual canal usar ou como preencher o agendamento, a estação pode ajudar.\n\nAntes do seu horário:\n- Faça o pedido com antecedência: a prorrogação precisa ser pedida pelo menos 30 dias antes do vencimento da autorização atual.\n- Confira se o seu registro de hospedagem está em dia. Estrangeiros que ficam em qualquer lugar que não seja hotel precisam se registrar na polícia local em até 24 horas após a chegada.\n- Separe o passaporte, a foto e os documentos do motivo da sua estadia; os canais oficiais informam o que é necessário.\n\nA equipe da estação pode conferir os documentos com você antes, no seu idioma. Ninguém da estação vai pedir dinheiro para fazer um agendamento. Venha ao balcão ou mande uma mensagem pelo portal.",
                ),
                "ru": (
                    "Вид на жительство: теперь по предварительной записи",
                    "Заявления на вид на жительство теперь принимают только по записи. Записывайтесь через официальные каналы управления по делам въезда и выезда; если не знаете, каким каналом воспользоваться или как заполнить запись, станция поможет.\n\nПеред визитом:\n- Подавайте заранее: продление нужно запросить не позднее чем за 30 дней до окончания срока действующего документа.\n- Проверьте, актуальна ли ваша регистрация по месту проживания. Иностранцы, которые живут не в гостинице, обязаны зарегистрироваться в местной полиции в течение 24 часов после прибытия.\n- Подготовьте паспорт, фотографию и документы, соответствующие цели пребывания; их перечень есть в официальных каналах.\n\nСотрудники станции заранее проверят с вами документы на вашем языке. Никто со станции никогда не попросит у вас денег за запись. Приходите к стойке или напишите нам на портале.",
                ),
                "ar": (
                    "تصاريح الإقامة: التقديم الآن بموعد مسبق",
                    "أصبح التقديم على تصاريح الإقامة الآن بموعد مسبق. احجز موعدك عبر القنوات الرسمية لإدارة الدخول والخروج، وإذا لم تكن متأكدًا من القناة المناسبة أو من طريقة تعبئة الحجز، فالمحطة مستعدة لمساعدتك.\n\nقبل موعدك:\n- قدّم طلبك مبكرًا: يجب طلب التمديد قبل 30 يومًا على الأقل من انتهاء صلاحية تصريحك الحالي.\n- تأكد من أن تسجيل سكنك محدَّث. فالأجنبي الذي يقيم في أي مكان غير الفندق يجب أن يسجّل لدى الشرطة المحلية خلال 24 ساعة من وصوله.\n- جهّز جواز سفرك وصورتك والمستندات المتعلقة بغرض إقامتك، وستجد قائمة المطلوب في القنوات الرسمية.\n\nيمكن لموظفي المحطة مراجعة مستنداتك معك مسبقًا وبلغتك. ولن يطلب منك أحد من المحطة أي مبلغ مقابل حجز موعد. تفضّل بزيارة مكتب الاستقبال أو أرسل إلينا رسالة عبر البوابة الإلكترونية.",
                ),
            },
        },
        {
            "key": "riverside-cleanup",
            "texts": {
                "en": (
                    "Volunteers clear the riverside path",
                    "On a bright Saturday morning in April, forty volunteers met at the gate of the service centre with gloves, litter pickers and a bag for each of the four waste categories. Residents from Japan, France, Egypt, Brazil and the United States worked side by side with retired neighbours and pupils from a local secondary school along the riverside path.\n\nIn three hours the group filled more than sixty bags: plastic bottles, food boxes, cigarette ends and one bicycle wheel. Everything was sorted on the spot, which turned into a lively lesson in Shanghai’s waste rules. “I finally know where a bottle cap goes,” laughed one volunteer from Brazil.\n\nAt the end, the sub-district’s sanitation workers took the bags away, and everyone shared tea and fruit under the trees. The next volunteer day is planned for the autumn; sign up on the portal or at the front desk.",
                ),
                "zh-hans": (
                    "志愿者清洁滨河步道",
                    "四月一个晴朗的周六上午，四十位志愿者在服务中心门口集合，戴好手套，拿着垃圾夹，还按四类垃圾各准备了袋子。来自日本、法国、埃及、巴西和美国的居民，和社区的退休老人、附近中学的学生一起，沿着滨河步道捡拾垃圾。\n\n三个小时里，大家装满了六十多袋：塑料瓶、外卖盒、烟头，还有一个自行车轮子。所有垃圾都当场分类，现场成了一堂热热闹闹的垃圾分类课。“我终于知道瓶盖该扔哪儿了！”一位巴西志愿者笑着说。\n\n活动结束时，街道的环卫工人把垃圾袋统一运走，大家在树荫下喝茶、吃水果。下一次志愿者活动计划在秋天举行，欢迎通过门户网站或到窗口报名。",
                ),
                "ja": (
                    "ボランティアが川沿いの遊歩道をきれいに",
                    "4月のよく晴れた土曜日の朝、40人のボランティアがサービスセンターの門の前に集まりました。手袋とごみばさみ、そして4つの分別区分ごとの袋を手に、日本、フランス、エジプト、ブラジル、アメリカの住民が、地域の年配の方々や近くの中学校の生徒たちと一緒に、川沿いの遊歩道を歩きました。\n\n3時間で集まったごみは60袋以上。ペットボトル、持ち帰り用の容器、たばこの吸い殻、そして自転車の車輪が一つ。すべてその場で分別したので、上海のごみ分別ルールのにぎやかな勉強会にもなりました。「ペットボトルのキャップをどこに捨てるのか、やっとわかりました」とブラジル人のボランティアは笑っていました。\n\n最後に街道の清掃スタッフが袋を回収し、みんなで木陰でお茶と果物を楽しみました。次回のボランティアデーは秋に予定しています。ポータルか窓口でお申し込みください。",
                ),
                "ko": (
                    "자원봉사자들이 강변 산책로를 깨끗이",
                    "4월의 화창한 토요일 아침, 자원봉사자 40명이 서비스센터 정문 앞에 모였습니다. 장갑과 집게, 그리고 네 가지 분리배출 종류별 봉투를 들고, 일본, 프랑스, 이집트, 브라질, 미국에서 온 주민들이 동네 어르신들, 근처 중학교 학생들과 함께 강변 산책로를 따라 걸었습니다.\n\n세 시간 동안 모은 쓰레기는 60봉지가 넘었습니다. 페트병, 배달 음식 용기, 담배꽁초, 그리고 자전거 바퀴 하나까지. 모든 쓰레기를 그 자리에서 분류하다 보니 상하이 분리배출 규칙을 배우는 활기찬 수업이 되었습니다. “병뚜껑을 어디에 버려야 하는지 드디어 알았어요.” 브라질에서 온 자원봉사자가 웃으며 말했습니다.\n\n마지막에는 가도(街道) 환경미화원들이 봉투를 수거해 갔고, 모두 나무 그늘에서 차와 과일을 나누었습니다. 다음 자원봉사의 날은 가을로 계획하고 있습니다. 포털이나 창구에서 신청하세요.",
                ),
                "fr": (
                    "Des bénévoles nettoient les berges",
                    "Un samedi matin ensoleillé d’avril, quarante bénévoles se sont retrouvés devant le centre de services, munis de gants, de pinces et d’un sac pour chacune des quatre catégories de déchets. Des habitants venus du Japon, de France, d’Égypte, du Brésil et des États-Unis ont travaillé côte à côte avec des voisins retraités et des élèves d’un collège du quartier, le long du chemin des berges.\n\nEn trois heures, le groupe a rempli plus de soixante sacs : bouteilles en plastique, boîtes de plats à emporter, mégots et une roue de vélo. Tout a été trié sur place, ce qui s’est transformé en une leçon très animée sur les règles de tri de Shanghai. « Je sais enfin où va un bouchon de bouteille ! » a lancé en riant une bénévole brésilienne.\n\nÀ la fin, les agents de propreté du sous-district ont emporté les sacs et tout le monde a partagé thé et fruits à l’ombre des arbres. La prochaine journée de bénévolat est prévue à l’automne : inscrivez-vous sur le portail ou au guichet.",
                ),
                "de": (
                    "Freiwillige räumen den Uferweg auf",
                    "An einem sonnigen Samstagmorgen im April trafen sich vierzig Freiwillige am Tor des Servicezentrums, ausgerüstet mit Handschuhen, Greifzangen und je einem Sack für jede der vier Müllkategorien. Bewohnerinnen und Bewohner aus Japan, Frankreich, Ägypten, Brasilien und den USA arbeiteten Seite an Seite mit Nachbarn im Ruhestand und Schülern einer nahen Mittelschule entlang des Uferwegs.\n\nIn drei Stunden füllte die Gruppe mehr als sechzig Säcke: Plastikflaschen, Essensboxen, Zigarettenkippen und ein Fahrradrad. Alles wurde gleich vor Ort getrennt – eine lebhafte Lektion in Shanghaier Mülltrennung. „Endlich weiß ich, wohin ein Flaschendeckel gehört“, lachte eine Freiwillige aus Brasilien.\n\nZum Schluss holten die Reinigungskräfte des Straßenviertels die Säcke ab, und alle teilten Tee und Obst im Schatten der Bäume. Der nächste Freiwilligentag ist für den Herbst geplant; anmelden können Sie sich im Portal oder am Schalter.",
                ),
                "es": (
                    "Voluntarios limpian el paseo junto al río",
                    "Una soleada mañana de sábado de abril, cuarenta voluntarios se reunieron en la puerta del centro de servicios con guantes, pinzas y una bolsa para cada una de las cuatro categorías de residuos. Vecinos de Japón, Francia, Egipto, Brasil y Estados Unidos trabajaron codo con codo con vecinos jubilados y alumnos de un instituto cercano a lo largo del paseo junto al río.\n\nEn tres horas el grupo llenó más de sesenta bolsas: botellas de plástico, envases de comida para llevar, colillas y una rueda de bicicleta. Todo se separó en el momento, y aquello se convirtió en una animada clase sobre las normas de reciclaje de Shanghái. «Por fin sé dónde va un tapón», se reía una voluntaria brasileña.\n\nAl final, los trabajadores de limpieza del subdistrito se llevaron las bolsas y todos compartimos té y fruta a la sombra de los árboles. La próxima jornada de voluntariado está prevista para el otoño; apúntate en el portal o en el mostrador.",
                ),
                "pt-br": (
                    "Voluntários limpam a trilha da beira do rio",
                    "Numa manhã ensolarada de sábado, em abril, quarenta voluntários se encontraram no portão do centro de serviços com luvas, pegadores e um saco para cada uma das quatro categorias de lixo. Moradores do Japão, da França, do Egito, do Brasil e dos Estados Unidos trabalharam lado a lado com vizinhos aposentados e alunos de uma escola do bairro ao longo da trilha da beira do rio.\n\nEm três horas, o grupo encheu mais de sessenta sacos: garrafas plásticas, embalagens de delivery, bitucas de cigarro e uma roda de bicicleta. Tudo foi separado ali mesmo, o que virou uma aula animada sobre as regras de lixo de Xangai. “Finalmente sei onde vai a tampinha da garrafa!”, riu uma voluntária brasileira.\n\nNo fim, os garis do subdistrito levaram os sacos, e todo mundo dividiu chá e frutas à sombra das árvores. O próximo dia de voluntariado está previsto para o outono; inscreva-se pelo portal ou no balcão.",
                ),
                "ru": (
                    "Волонтёры убрали набережную",
                    "В солнечное субботнее утро в апреле сорок волонтёров собрались у ворот сервисного центра с перчатками, захватами для мусора и отдельным мешком для каждой из четырёх категорий отходов. Жители из Японии, Франции, Египта, Бразилии и США работали бок о бок с соседями-пенсионерами и школьниками из ближайшей средней школы вдоль прогулочной дорожки у реки.\n\nЗа три часа набрали больше шестидесяти мешков: пластиковые бутылки, коробки из-под еды навынос, окурки и одно велосипедное колесо. Всё сортировали прямо на месте, и уборка превратилась в живой урок шанхайских правил сортировки. «Наконец-то я знаю, куда выбрасывать крышку от бутылки!» — смеялась волонтёр из Бразилии.\n\nВ конце дворники района забрали мешки, а все вместе пили чай и ели фрукты в тени деревьев. Следующий день волонтёра запланирован на осень; записаться можно на портале или у стойки.",
                ),
                "ar": (
                    "متطوعون ينظفون ممشى ضفة النهر",
                    "في صباح يوم سبت مشمس من أبريل، التقى أربعون متطوعًا عند بوابة مركز الخدمات، ومعهم القفازات وملاقط القمامة وكيس لكل فئة من فئات النفايات الأربع. وعمل سكان من اليابان وفرنسا ومصر والبرازيل والولايات المتحدة جنبًا إلى جنب مع جيران متقاعدين وطلاب من مدرسة إعدادية قريبة على طول ممشى ضفة النهر.\n\nفي ثلاث ساعات ملأت المجموعة أكثر من ستين كيسًا: زجاجات بلاستيكية وعلب طعام جاهز وأعقاب سجائر، بل وعجلة دراجة أيضًا. وفُرز كل شيء في المكان نفسه، فتحوّل العمل إلى درس حيّ في قواعد فرز النفايات في شنغهاي. وقالت متطوعة من البرازيل ضاحكة: «أخيرًا عرفت أين أرمي غطاء الزجاجة!».\n\nوفي النهاية نقل عمال النظافة في الحي الأكياس، وتقاسم الجميع الشاي والفاكهة في ظل الأشجار. ومن المقرر تنظيم يوم التطوع القادم في الخريف، ويمكنكم التسجيل عبر البوابة الإلكترونية أو في مكتب الاستقبال.",
                ),
            },
        },
    ],
    # No. 3, May and June
    [
        {
            "key": "dragon-boat-zongzi",
            "texts": {
                "en": (
                    "Sweet or savoury? Wrapping zongzi for the Dragon Boat Festival",
                    "The Dragon Boat Festival falls on the fifth day of the fifth lunar month, and in Shanghai it means zongzi: sticky rice wrapped in bamboo leaves and tied with string. A week before the festival, neighbours from the compound showed residents how to fold the leaves into a cone, fill it and tie it tight: harder than it looks.\n\nThere were two fillings and two camps. Savoury zongzi with marinated pork are the favourite around Shanghai; sweet ones are filled with red bean paste. Our French and German residents voted sweet, the Russian table savoury, and the Egyptian table asked for a third tray filled only with dates.\n\nThe festival remembers Qu Yuan, a poet of ancient China who drowned himself in a river; people are said to have thrown rice into the water so that the fish would spare his body. The zongzi were boiled for two hours in the centre’s kitchen, and everyone took a bag home.",
                ),
                "zh-hans": (
                    "甜粽还是咸粽？端午包粽子",
                    "农历五月初五是端午节，在上海，端午少不了粽子：糯米用粽叶包好，再用线扎紧。节前一周，小区里的阿姨们手把手教居民们包粽子：把粽叶折成漏斗，填米，再扎紧——看着容易，做起来可不简单。\n\n馅料分两种，大家也分成了两派。上海一带最受欢迎的是咸肉粽，用腌好的猪肉做馅；甜粽则包豆沙。法国和德国的居民投了甜粽一票，俄罗斯居民那桌坚定支持咸粽，埃及居民那桌则专门要了一盘只放红枣的粽子。\n\n端午节是为了纪念古代诗人屈原。相传他投江之后，百姓把米投进江中，让鱼虾不去伤害他的身体。粽子在服务中心的厨房里煮了两个小时，每个人都提了一袋回家。",
                ),
                "ja": (
                    "甘い派？しょっぱい派？端午節のちまきづくり",
                    "端午節は旧暦5月5日。上海で端午節といえば、もち米を竹の葉で包んでひもで縛った「粽子（ちまき）」です。節句の1週間前、団地のご近所さんたちが住民に包み方を教えてくれました。葉を円すい形に折り、米を詰めて、きつく縛る。見た目よりずっと難しい作業です。\n\n具は2種類、そして派閥も二つに分かれました。上海周辺で一番人気なのは、味付けした豚肉入りのしょっぱいちまき。甘いちまきにはこしあんが入ります。フランスとドイツの住民は甘い派、ロシアのテーブルはしょっぱい派。エジプトのテーブルからは、なつめだけを入れた3つ目のお皿のリクエストがありました。\n\n端午節は古代中国の詩人・屈原をしのぶ日です。川に身を投げた屈原の体を魚が傷つけないよう、人々が米を川に投げ入れたと伝えられています。ちまきはセンターの台所で2時間ゆで、参加者はみんな一袋ずつ持ち帰りました。",
                ),
                "ko": (
                    "단 것 vs 짠 것? 단오절 쭝쯔 만들기",
                    "음력 5월 5일 단오절, 상하이에서 단오라고 하면 찹쌀을 대나무 잎으로 싸서 끈으로 묶은 ‘쭝쯔’를 빼놓을 수 없습니다. 명절 일주일 전, 단지의 이웃들이 주민들에게 쭝쯔 싸는 법을 가르쳐 주었습니다. 잎을 고깔 모양으로 접고 속을 채운 뒤 단단히 묶는 일은 보기보다 훨씬 어렵습니다.\n\n소는 두 가지, 편도 둘로 갈렸습니다. 상하이 일대에서 가장 인기 있는 것은 양념한 돼지고기를 넣은 짭짤한 쭝쯔이고, 달콤한 쭝쯔에는 팥소가 들어갑니다. 프랑스와 독일 주민들은 단 쭝쯔, 러시아 테이블은 짠 쭝쯔에 표를 던졌고, 이집트 테이블은 대추만 넣은 세 번째 쟁반을 부탁했습니다.\n\n단오절은 고대 중국의 시인 굴원을 기리는 날입니다. 강에 몸을 던진 굴원의 시신을 물고기가 해치지 않도록 사람들이 강에 쌀을 던졌다고 전해집니다. 쭝쯔는 센터 주방에서 두 시간 동안 삶았고, 모두 한 봉지씩 들고 집에 갔습니다.",
                ),
                "fr": (
                    "Sucré ou salé ? Des zongzi pour la fête des Bateaux-Dragons",
                    "La fête des Bateaux-Dragons tombe le cinquième jour du cinquième mois lunaire, et à Shanghai elle rime avec zongzi : du riz gluant enveloppé dans des feuilles de bambou et ficelé. Une semaine avant la fête, des voisines de la résidence ont montré aux habitants comment plier les feuilles en cornet, les garnir et les ficeler bien serré, ce qui est plus difficile qu’il n’y paraît.\n\nDeux garnitures, deux camps. Les zongzi salés au porc mariné sont les préférés de la région de Shanghai ; les sucrés sont fourrés à la pâte de haricots rouges. Nos habitants français et allemands ont voté sucré, la table russe salé, et la table égyptienne a demandé un troisième plateau garni uniquement de dattes.\n\nLa fête rend hommage à Qu Yuan, poète de la Chine ancienne qui s’est jeté dans un fleuve ; on raconte que les gens jetèrent du riz dans l’eau pour que les poissons épargnent son corps. Les zongzi ont bouilli deux heures dans la cuisine du centre, et chacun est reparti avec un sachet.",
                ),
                "de": (
                    "Süß oder herzhaft? Zongzi zum Drachenbootfest",
                    "Das Drachenbootfest fällt auf den fünften Tag des fünften Mondmonats, und in Shanghai heißt das: Zongzi – Klebreis, in Bambusblätter gewickelt und mit Schnur verschnürt. Eine Woche vor dem Fest zeigten Nachbarinnen aus der Wohnanlage, wie man die Blätter zu einer Tüte faltet, füllt und fest verschnürt. Das ist schwieriger, als es aussieht.\n\nEs gab zwei Füllungen und zwei Lager. Herzhafte Zongzi mit mariniertem Schweinefleisch sind rund um Shanghai der Favorit, süße werden mit roter Bohnenpaste gefüllt. Unsere französischen und deutschen Bewohner stimmten für süß, der russische Tisch für herzhaft, und der ägyptische Tisch bat um ein drittes Tablett nur mit Datteln.\n\nDas Fest erinnert an Qu Yuan, einen Dichter im alten China, der sich in einem Fluss ertränkte; der Legende nach warfen die Menschen Reis ins Wasser, damit die Fische seinen Körper verschonten. Die Zongzi kochten zwei Stunden in der Küche des Zentrums, und alle nahmen eine Tüte mit nach Hause.",
                ),
                "es": (
                    "¿Dulce o salado? Zongzi para la Fiesta del Bote del Dragón",
                    "La Fiesta del Bote del Dragón cae el quinto día del quinto mes lunar, y en Shanghái significa zongzi: arroz glutinoso envuelto en hojas de bambú y atado con cordel. Una semana antes de la fiesta, unas vecinas de la urbanización enseñaron a los residentes a doblar las hojas en forma de cucurucho, rellenarlas y atarlas bien fuerte, algo más difícil de lo que parece.\n\nHabía dos rellenos y dos bandos. Los zongzi salados con cerdo marinado son los favoritos en la zona de Shanghái; los dulces llevan pasta de judía roja. Nuestros vecinos franceses y alemanes votaron dulce, la mesa rusa salado, y la mesa egipcia pidió una tercera bandeja solo con dátiles.\n\nLa fiesta recuerda a Qu Yuan, un poeta de la China antigua que se arrojó a un río; se cuenta que la gente echó arroz al agua para que los peces no tocaran su cuerpo. Los zongzi hirvieron dos horas en la cocina del centro, y todos se llevaron una bolsa a casa.",
                ),
                "pt-br": (
                    "Doce ou salgado? Zongzi para o Festival do Barco-Dragão",
                    "O Festival do Barco-Dragão cai no quinto dia do quinto mês lunar, e em Xangai isso significa zongzi: arroz glutinoso embrulhado em folhas de bambu e amarrado com barbante. Uma semana antes da festa, vizinhas do condomínio ensinaram os moradores a dobrar as folhas em forma de cone, rechear e amarrar bem firme, o que é mais difícil do que parece.\n\nEram dois recheios e dois times. O zongzi salgado, com carne de porco marinada, é o favorito na região de Xangai; o doce leva pasta de feijão-vermelho. Os moradores franceses e alemães votaram no doce, a mesa russa no salgado, e a mesa egípcia pediu uma terceira bandeja só com tâmaras.\n\nO festival lembra Qu Yuan, um poeta da China antiga que se atirou num rio; conta-se que o povo jogou arroz na água para que os peixes poupassem o seu corpo. Os zongzi cozinharam por duas horas na cozinha do centro, e cada um levou um saquinho para casa.",
                ),
                "ru": (
                    "Сладкие или солёные? Лепим цзунцзы к празднику драконьих лодок",
                    "Праздник драконьих лодок отмечают в пятый день пятого лунного месяца, и в Шанхае это прежде всего цзунцзы — клейкий рис в бамбуковых листьях, перевязанный ниткой. За неделю до праздника соседки из нашего жилого комплекса показали жителям, как свернуть листья кульком, наполнить и крепко завязать. Это сложнее, чем кажется.\n\nНачинок было две, и лагерей тоже два. Солёные цзунцзы с маринованной свининой — любимые в окрестностях Шанхая, сладкие начиняют пастой из красной фасоли. Французы и немцы проголосовали за сладкие, русский стол — за солёные, а египетский стол попросил третий поднос — только с финиками.\n\nПраздник посвящён Цюй Юаню, поэту Древнего Китая, который бросился в реку; по преданию, люди бросали в воду рис, чтобы рыбы не тронули его тело. Цзунцзы два часа варились на кухне центра, и каждый унёс домой пакет.",
                ),
                "ar": (
                    "حلو أم مالح؟ لفّ الزونغزي في عيد قوارب التنين",
                    "يحلّ عيد قوارب التنين في اليوم الخامس من الشهر القمري الخامس، وهو في شنغهاي يعني الزونغزي: أرز لزج ملفوف في أوراق الخيزران ومربوط بخيط. وقبل العيد بأسبوع، علّمت جارات من المجمع السكني السكانَ كيف تُطوى الأوراق على شكل قمع وتُحشى وتُربط بإحكام، وهو أصعب مما يبدو.\n\nكان هناك حشوان وفريقان. الزونغزي المالح بلحم الخنزير المتبّل هو المفضّل في منطقة شنغهاي، أما الحلو فيُحشى بمعجون الفاصولياء الحمراء. صوّت سكاننا الفرنسيون والألمان للحلو، وطاولة الروس للمالح، وطلبت الطاولة المصرية صينية ثالثة محشوة بالتمر فقط.\n\nيُحيي العيد ذكرى تشو يوان، الشاعر الصيني القديم الذي ألقى بنفسه في النهر، ويُروى أن الناس رموا الأرز في الماء حتى لا تأكل الأسماك جسده. وسُلق الزونغزي ساعتين في مطبخ المركز، وأخذ كل مشارك كيسًا إلى بيته.",
                ),
            },
        },
        {
            "key": "cycling-ebike-rules",
            "texts": {
                "en": (
                    "Cycling and e-bikes: the rules of the road",
                    "Bicycles and e-bikes are the quickest way around the neighbourhood, and the same rules apply to everyone:\n- Ride in the non-motor vehicle lane, keep to the right and stop at red lights.\n- Do not ride on the pavement, and do not use your phone while riding.\n- E-bikes must be registered and carry a number plate, and their riders must be at least 16.\n- Wear a helmet on an e-bike, and put one on a child riding behind you.\n- Children under 12 may not use shared bikes. Park shared bikes only in the marked areas.\n- Never charge an e-bike or its battery in the stairwell, the corridor or your flat: use the charging points in your compound.\n\nE-bike batteries cause fires every year; in a fire, call 119. After an accident, call 110, and 120 if anyone is hurt. Ask at the front desk if you would like the rules explained in your language.",
                ),
                "zh-hans": (
                    "骑自行车、电动自行车，这些规矩要知道",
                    "在社区周边出行，自行车和电动自行车最方便。无论中外居民，规矩都一样：\n- 在非机动车道内靠右行驶，红灯停。\n- 不上人行道骑行，骑车时不看手机、不打电话。\n- 电动自行车须登记上牌，驾驶人须年满16周岁。\n- 骑电动自行车请戴头盔，后座的孩子也要戴好。\n- 未满12周岁的儿童不得骑共享单车；共享单车请停放在划定区域内。\n- 严禁在楼道、走廊或家中给电动自行车及其电池充电，请使用小区的集中充电点。\n\n每年都有电动自行车电池引发的火灾，发生火灾请拨打119。发生交通事故请拨打110，有人受伤请拨打120。需要用您的语言讲解这些规定，欢迎到窗口咨询。",
                ),
                "ja": (
                    "自転車・電動自転車の交通ルール",
                    "自転車や電動自転車は、このあたりを移動するのにいちばん便利な乗り物です。ルールは誰にとっても同じです。\n- 非自動車専用レーンの右側を走り、赤信号では止まりましょう。\n- 歩道を走らないこと。運転中にスマートフォンを使わないこと。\n- 電動自転車は登録してナンバープレートを付ける必要があり、運転できるのは16歳以上です。\n- 電動自転車ではヘルメットをかぶり、後ろに乗せる子どもにもかぶらせましょう。\n- 12歳未満の子どもはシェアサイクルを利用できません。シェアサイクルは指定の場所に止めてください。\n- 電動自転車やバッテリーを、階段、廊下、室内で充電するのは絶対にやめましょう。団地の充電スポットを使ってください。\n\n電動自転車のバッテリーによる火災は毎年起きています。火事のときは119へ。事故のときは110へ、けが人がいれば120へ電話してください。ルールをあなたの言語で説明してほしい方は、窓口でお尋ねください。",
                ),
                "ko": (
                    "자전거·전기자전거 교통 규칙",
                    "자전거와 전기자전거는 동네를 다니기에 가장 빠른 교통수단입니다. 규칙은 누구에게나 똑같습니다.\n- 비동력차 전용 차로에서 오른쪽으로 달리고, 빨간불에는 멈추세요.\n- 인도에서 타지 말고, 타는 동안 휴대전화를 쓰지 마세요.\n- 전기자전거는 등록하고 번호판을 달아야 하며, 운전자는 만 16세 이상이어야 합니다.\n- 전기자전거를 탈 때는 헬멧을 쓰고, 뒤에 태운 아이에게도 씌워 주세요.\n- 만 12세 미만 어린이는 공유 자전거를 이용할 수 없습니다. 공유 자전거는 지정된 구역에만 세워 주세요.\n- 전기자전거나 배터리를 계단, 복도, 집 안에서 절대 충전하지 마세요. 단지 내 충전소를 이용하세요.\n\n전기자전거 배터리로 인한 화재는 해마다 일어납니다. 불이 나면 119로, 사고가 나면 110으로, 다친 사람이 있으면 120으로 전화하세요. 규칙을 모국어로 설명 듣고 싶다면 창구에 문의하세요.",
                ),
                "fr": (
                    "Vélo et vélo électrique : les règles à connaître",
                    "Le vélo et le vélo électrique sont le moyen le plus rapide de circuler dans le quartier, et les règles sont les mêmes pour tous :\n- Roulez sur la voie réservée aux véhicules non motorisés, à droite, et arrêtez-vous au feu rouge.\n- Ne roulez pas sur le trottoir et n’utilisez pas votre téléphone en roulant.\n- Les vélos électriques doivent être immatriculés et porter une plaque, et leurs conducteurs avoir au moins 16 ans.\n- Portez un casque à vélo électrique, et faites-en porter un à l’enfant assis derrière.\n- Les enfants de moins de 12 ans ne peuvent pas utiliser les vélos en libre-service. Garez ces vélos uniquement dans les zones marquées.\n- Ne rechargez jamais un vélo électrique ou sa batterie dans la cage d’escalier, le couloir ou votre logement : utilisez les bornes de recharge de votre résidence.\n\nDes batteries provoquent des incendies chaque année ; en cas d’incendie, appelez le 119. Après un accident, appelez le 110, et le 120 s’il y a des blessés. Demandez au guichet si vous souhaitez une explication dans votre langue.",
                ),
                "de": (
                    "Fahrrad und E-Bike: die Verkehrsregeln",
                    "Mit Fahrrad und E-Bike ist man im Viertel am schnellsten unterwegs, und für alle gelten dieselben Regeln:\n- Auf der Spur für nicht motorisierte Fahrzeuge rechts fahren und bei Rot halten.\n- Nicht auf dem Gehweg fahren und während der Fahrt nicht das Handy benutzen.\n- E-Bikes müssen registriert sein und ein Kennzeichen tragen; wer sie fährt, muss mindestens 16 Jahre alt sein.\n- Auf dem E-Bike einen Helm tragen – und auch das Kind auf dem Rücksitz.\n- Kinder unter 12 Jahren dürfen keine Leihräder nutzen. Leihräder nur in den markierten Flächen abstellen.\n- E-Bikes und ihre Akkus niemals im Treppenhaus, im Flur oder in der Wohnung laden, sondern an den Ladestationen der Wohnanlage.\n\nAkkus von E-Bikes verursachen jedes Jahr Brände; bei Feuer die 119 anrufen. Nach einem Unfall die 110 wählen, bei Verletzten die 120. Am Schalter erklären wir Ihnen die Regeln gern in Ihrer Sprache.",
                ),
                "es": (
                    "Bicicletas y bicis eléctricas: las normas de circulación",
                    "La bici y la bici eléctrica son la forma más rápida de moverse por el barrio, y las normas son iguales para todos:\n- Circula por el carril para vehículos no motorizados, por la derecha, y para en los semáforos en rojo.\n- No vayas por la acera ni uses el móvil mientras circulas.\n- Las bicis eléctricas deben estar registradas y llevar matrícula, y quien las conduce debe tener al menos 16 años.\n- Usa casco en la bici eléctrica, y que también lo lleve el niño que va detrás.\n- Los menores de 12 años no pueden usar bicis compartidas. Aparca las bicis compartidas solo en las zonas señalizadas.\n- Nunca cargues una bici eléctrica ni su batería en la escalera, el pasillo o tu casa: usa los puntos de carga de tu urbanización.\n\nLas baterías de bicis eléctricas provocan incendios cada año; en caso de incendio, llama al 119. Tras un accidente, llama al 110, y al 120 si hay heridos. Si quieres que te expliquemos las normas en tu idioma, pregunta en el mostrador.",
                ),
                "pt-br": (
                    "Bicicleta e bike elétrica: as regras de trânsito",
                    "A bicicleta e a bike elétrica são o jeito mais rápido de circular pelo bairro, e as regras valem para todo mundo:\n- Ande na faixa para veículos não motorizados, pela direita, e pare no sinal vermelho.\n- Não ande na calçada nem use o celular enquanto pedala.\n- Bikes elétricas precisam ser registradas e ter placa, e o condutor precisa ter pelo menos 16 anos.\n- Use capacete na bike elétrica, e a criança na garupa também.\n- Menores de 12 anos não podem usar bicicletas compartilhadas. Estacione as compartilhadas só nas áreas demarcadas.\n- Nunca carregue a bike elétrica ou a bateria na escada, no corredor ou dentro de casa: use os pontos de recarga do condomínio.\n\nBaterias de bikes elétricas causam incêndios todo ano; em caso de incêndio, ligue 119. Depois de um acidente, ligue 110, e 120 se houver feridos. Se quiser as regras explicadas no seu idioma, pergunte no balcão.",
                ),
                "ru": (
                    "Велосипед и электровелосипед: правила движения",
                    "Велосипед и электровелосипед — самый быстрый способ передвигаться по району, и правила для всех одинаковы:\n- Ездите по полосе для немоторизованного транспорта, держитесь правой стороны и останавливайтесь на красный свет.\n- Не ездите по тротуару и не пользуйтесь телефоном на ходу.\n- Электровелосипед должен быть зарегистрирован и иметь номерной знак, а водителю должно быть не меньше 16 лет.\n- На электровелосипеде надевайте шлем, и ребёнку на заднем сиденье тоже.\n- Детям до 12 лет нельзя пользоваться прокатными велосипедами. Оставляйте прокатные велосипеды только в размеченных местах.\n- Никогда не заряжайте электровелосипед или его аккумулятор на лестнице, в коридоре или в квартире: пользуйтесь зарядными станциями жилого комплекса.\n\nАккумуляторы электровелосипедов каждый год становятся причиной пожаров; при пожаре звоните 119. После аварии звоните 110, а если есть пострадавшие — 120. Если хотите, чтобы вам объяснили правила на вашем языке, обратитесь к стойке.",
                ),
                "ar": (
                    "الدراجات والدراجات الكهربائية: قواعد الطريق",
                    "الدراجة والدراجة الكهربائية هما أسرع وسيلة للتنقل في الحي، والقواعد واحدة للجميع:\n- سِر في مسار المركبات غير الآلية، والتزم الجهة اليمنى، وتوقف عند الإشارة الحمراء.\n- لا تسِر على الرصيف، ولا تستخدم هاتفك أثناء القيادة.\n- يجب تسجيل الدراجة الكهربائية وتركيب لوحة أرقام لها، ويجب ألا يقل عمر قائدها عن 16 عامًا.\n- ارتدِ خوذة على الدراجة الكهربائية، واحرص على أن يرتديها الطفل الجالس خلفك أيضًا.\n- لا يجوز للأطفال دون 12 عامًا استخدام الدراجات التشاركية، ويجب ركنها في الأماكن المحددة فقط.\n- لا تشحن الدراجة الكهربائية أو بطاريتها أبدًا في بيت الدرج أو الممر أو داخل الشقة، بل استخدم نقاط الشحن في مجمعك السكني.\n\nتتسبب بطاريات الدراجات الكهربائية في حرائق كل عام، وفي حالة الحريق اتصل بالرقم 119. وبعد أي حادث اتصل بالرقم 110، وبالرقم 120 إذا أُصيب أحد. وإذا أردت شرح هذه القواعد بلغتك، فاسأل في مكتب الاستقبال.",
                ),
            },
        },
        {
            "key": "family-day-park",
            "texts": {
                "en": (
                    "Family day in Century Park",
                    "More than a hundred parents, children and grandparents spent the first Sunday of June in Century Park, close to the community, for the station’s family day. The children’s tug-of-war between “team dumpling” and “team croissant” ended in a draw, and nobody minded.\n\nAt the craft tables, grandparents from the compound taught the children to fold paper boats and tie Chinese knots, while parents compared notes on schools, doctors and the best playgrounds nearby. Xuemei and Zihang from the station helped with interpreting, and several families who had never met before went home with each other’s contact details.\n\nThank you to the volunteers who carried tables, water and first-aid kits across the park. The photos are on the portal, showing only the families who agreed to be photographed.",
                ),
                "zh-hans": (
                    "世纪公园家庭日",
                    "六月的第一个周日，一百多位爸爸妈妈、孩子和爷爷奶奶来到离社区不远的世纪公园，参加工作站举办的家庭日活动。孩子们的拔河比赛，“饺子队”对“可颂队”，最后打成平手，大家都乐呵呵的。\n\n手工区里，小区的爷爷奶奶教孩子们折纸船、编中国结；家长们则交流起学校、看病和附近哪个游乐场最好玩。工作站的雪梅和子航在现场帮忙翻译，好几户原本不认识的家庭，临走时互相加了联系方式。\n\n感谢志愿者们在公园里搬桌子、送水、背急救包。活动照片已上传到门户网站，只展示同意拍照的家庭。",
                ),
                "ja": (
                    "世紀公園でファミリーデー",
                    "6月の第1日曜日、100人を超えるお父さん、お母さん、子どもたち、おじいちゃん、おばあちゃんが、コミュニティのすぐ近くの世紀公園に集まり、ステーションのファミリーデーを楽しみました。子どもたちの綱引き「餃子チーム」対「クロワッサンチーム」は引き分けに終わりましたが、誰も気にしていませんでした。\n\n工作コーナーでは、団地のおじいちゃん、おばあちゃんが子どもたちに紙の舟の折り方や中国結びを教え、親たちは学校や病院、近くでいちばんの遊び場について情報交換。ステーションの雪梅（シュエメイ）と子航（ズーハン）が通訳を手伝い、初対面だった何組もの家族が連絡先を交換して帰っていきました。\n\nテーブルや飲み物、救急箱を公園中運んでくれたボランティアの皆さん、ありがとうございました。写真はポータルに掲載しています。撮影に同意したご家族のみ写っています。",
                ),
                "ko": (
                    "세기공원 가족의 날",
                    "6월 첫째 일요일, 100명이 넘는 부모, 아이, 할머니, 할아버지가 커뮤니티 가까이에 있는 세기공원에 모여 스테이션이 마련한 가족의 날을 즐겼습니다. ‘만두 팀’과 ‘크루아상 팀’이 맞붙은 아이들의 줄다리기는 무승부로 끝났지만, 아무도 아쉬워하지 않았습니다.\n\n만들기 코너에서는 단지의 어르신들이 아이들에게 종이배 접기와 중국 매듭 묶기를 가르쳐 주었고, 부모들은 학교와 병원, 근처에서 가장 좋은 놀이터에 대한 정보를 나누었습니다. 스테이션의 쉐메이와 쯔항이 통역을 도왔고, 처음 만난 여러 가족이 서로 연락처를 주고받고 돌아갔습니다.\n\n공원 곳곳으로 탁자와 물, 구급상자를 날라 준 자원봉사자 여러분께 감사드립니다. 사진은 포털에 올려 두었으며, 촬영에 동의한 가족만 실었습니다.",
                ),
                "fr": (
                    "Journée des familles au parc du Siècle",
                    "Plus d’une centaine de parents, d’enfants et de grands-parents ont passé le premier dimanche de juin au parc du Siècle (Century Park), tout près du quartier, pour la journée des familles de la station. Le tir à la corde entre l’« équipe raviolis » et l’« équipe croissants » s’est terminé par un match nul, et personne ne s’en est plaint.\n\nAux tables de bricolage, des grands-parents de la résidence ont appris aux enfants à plier des bateaux en papier et à nouer des nœuds chinois, pendant que les parents échangeaient leurs adresses d’écoles, de médecins et de meilleures aires de jeux. Xuemei et Zihang, de la station, ont aidé à interpréter, et plusieurs familles qui ne se connaissaient pas sont reparties avec les coordonnées les unes des autres.\n\nMerci aux bénévoles qui ont porté tables, eau et trousses de secours à travers le parc. Les photos sont sur le portail, uniquement avec les familles qui ont accepté d’être photographiées.",
                ),
                "de": (
                    "Familientag im Century Park",
                    "Mehr als hundert Eltern, Kinder und Großeltern verbrachten den ersten Sonntag im Juni beim Familientag der Station im Century Park, nicht weit vom Viertel. Das Tauziehen der Kinder zwischen „Team Jiaozi“ und „Team Croissant“ endete unentschieden, und das störte niemanden.\n\nAn den Basteltischen zeigten Großeltern aus der Wohnanlage den Kindern, wie man Papierboote faltet und chinesische Knoten knüpft, während die Eltern Tipps zu Schulen, Ärzten und den besten Spielplätzen in der Nähe austauschten. Xuemei und Zihang von der Station halfen beim Dolmetschen, und mehrere Familien, die sich vorher nicht kannten, gingen mit den Kontaktdaten der anderen nach Hause.\n\nDanke an die Freiwilligen, die Tische, Wasser und Erste-Hilfe-Taschen quer durch den Park getragen haben. Die Fotos stehen im Portal, nur mit den Familien, die dem Fotografieren zugestimmt haben.",
                ),
                "es": (
                    "Día de la familia en el parque del Siglo",
                    "Más de cien padres, niños y abuelos pasaron el primer domingo de junio en el parque del Siglo (Century Park), muy cerca de la comunidad, en el día de la familia de la estación. El juego de la cuerda entre el «equipo jiaozi» y el «equipo cruasán» terminó en empate, y a nadie le importó.\n\nEn las mesas de manualidades, los abuelos de la urbanización enseñaron a los niños a hacer barquitos de papel y nudos chinos, mientras los padres intercambiaban consejos sobre colegios, médicos y los mejores parques infantiles de la zona. Xuemei y Zihang, de la estación, ayudaron con la interpretación, y varias familias que no se conocían se fueron con los contactos de las demás.\n\nGracias a los voluntarios que cargaron mesas, agua y botiquines por todo el parque. Las fotos están en el portal, solo con las familias que aceptaron ser fotografiadas.",
                ),
                "pt-br": (
                    "Dia da família no Parque do Século",
                    "Mais de cem pais, filhos e avós passaram o primeiro domingo de junho no Parque do Século (Century Park), pertinho da comunidade, no dia da família da estação. O cabo de guerra das crianças entre o “time do jiaozi” e o “time do croissant” terminou empatado, e ninguém ligou.\n\nNas mesas de artesanato, os avós do condomínio ensinaram as crianças a dobrar barquinhos de papel e a fazer nós chineses, enquanto os pais trocavam dicas de escolas, médicos e dos melhores parquinhos da região. Xuemei e Zihang, da estação, ajudaram na interpretação, e várias famílias que não se conheciam saíram com o contato umas das outras.\n\nObrigado aos voluntários que carregaram mesas, água e kits de primeiros socorros pelo parque. As fotos estão no portal, só com as famílias que concordaram em ser fotografadas.",
                ),
                "ru": (
                    "День семьи в парке Century Park",
                    "Больше ста родителей, детей, бабушек и дедушек провели первое воскресенье июня в парке Century Park (Шицзи гунъюань), совсем рядом с районом, на дне семьи, который устроила станция. Перетягивание каната между командами «Пельмень» и «Круассан» закончилось вничью, и никто не расстроился.\n\nЗа столами для поделок бабушки и дедушки из жилого комплекса учили детей складывать бумажные кораблики и завязывать китайские узлы, а родители обменивались советами о школах, врачах и лучших детских площадках поблизости. Сюэмэй и Цзыхан со станции помогали с переводом, и несколько семей, которые раньше не были знакомы, разошлись, обменявшись контактами.\n\nСпасибо волонтёрам, которые носили по парку столы, воду и аптечки. Фотографии — на портале, на них только семьи, согласившиеся на съёмку.",
                ),
                "ar": (
                    "يوم العائلة في حديقة القرن",
                    "أمضى أكثر من مئة من الآباء والأمهات والأطفال والأجداد يوم الأحد الأول من يونيو في حديقة القرن (سنشري بارك)، القريبة من مجتمعنا السكني، في يوم العائلة الذي نظمته المحطة. وانتهت مباراة شدّ الحبل بين «فريق الزلابية» و«فريق الكرواسون» بالتعادل، ولم يمانع أحد.\n\nعلى طاولات الأشغال اليدوية، علّم أجداد من المجمع الأطفالَ طيّ القوارب الورقية وعقد العُقد الصينية، بينما تبادل الآباء النصائح عن المدارس والأطباء وأفضل الملاعب القريبة. وساعد شيويمي وتسيهانغ من المحطة في الترجمة، وغادرت عائلات عدة لم تكن تعرف بعضها من قبل وقد تبادلت وسائل الاتصال.\n\nشكرًا للمتطوعين الذين حملوا الطاولات والمياه وحقائب الإسعافات الأولية عبر الحديقة. والصور منشورة على البوابة الإلكترونية، ولا تظهر فيها إلا العائلات التي وافقت على التصوير.",
                ),
            },
        },
    ],
    # No. 4, July and August
    [
        {
            "key": "summer-heat",
            "texts": {
                "en": (
                    "Keeping cool: tips for Shanghai’s summer heat",
                    "July and August in Shanghai are hot and humid, with many days above 35°C. The city’s meteorological service issues high-temperature warnings in yellow, orange and red; when one is out, take it seriously:\n- Drink water regularly, before you feel thirsty.\n- Avoid hard work or sport outdoors in the middle of the day.\n- Wear light clothes, a hat and sunscreen; carry an umbrella for the sun and sudden storms.\n- Keep your air conditioner clean and set it to around 26°C.\n- Look in on elderly neighbours and anyone living alone.\n\nDizziness, headache, nausea and heavy sweating can be signs of heat exhaustion: move to a cool place, loosen tight clothing and sip water. If someone becomes confused or stops sweating, call 120 at once.\n\nTyphoons can also reach Shanghai in summer. Follow the official warnings, bring in flowerpots and anything loose from your balcony, and stay indoors while the storm passes.",
                ),
                "zh-hans": (
                    "清凉一夏：上海防暑小贴士",
                    "上海的七八月又热又闷，35℃以上的高温天很常见。气象部门会发布黄色、橙色、红色高温预警，预警发布后请务必重视：\n- 定时喝水，不要等口渴了再喝。\n- 中午前后尽量避免在户外干重活或运动。\n- 穿轻薄衣服，戴帽子、涂防晒；随身带把伞，遮阳也防突来的阵雨。\n- 空调滤网要清洗，温度设在26℃左右。\n- 多去看看家里的老人和独居的邻居。\n\n头晕、头痛、恶心、大量出汗，可能是中暑的先兆：马上到阴凉处休息，解开过紧的衣服，小口喝水。如果有人神志不清或不再出汗，请立即拨打120。\n\n夏季还可能有台风影响上海。请留意官方预警，把阳台上的花盆和杂物收进屋里，台风过境时尽量待在室内。",
                ),
                "ja": (
                    "上海の夏の暑さを乗り切るコツ",
                    "上海の7月と8月は蒸し暑く、35℃を超える日も珍しくありません。気象当局は高温警報を黄色、オレンジ、赤の3段階で出します。警報が出たら、次のことに気をつけましょう。\n- のどが渇く前に、こまめに水分をとる。\n- 日中の暑い時間帯は、屋外での力仕事や運動を避ける。\n- 涼しい服と帽子、日焼け止めを。日差しにも急な夕立にも使えるよう傘を持ち歩く。\n- エアコンのフィルターを掃除し、温度は26℃前後に。\n- 高齢のご近所さんや一人暮らしの方に声をかける。\n\nめまい、頭痛、吐き気、大量の汗は熱中症のサインかもしれません。涼しい場所に移り、きつい服をゆるめ、少しずつ水を飲みましょう。意識がはっきりしない、汗が止まったといった場合は、すぐに120へ電話してください。\n\n夏には台風が上海に来ることもあります。公式の警報に注意し、ベランダの植木鉢や飛ばされやすい物は室内に入れ、台風が通り過ぎるまで外出を控えましょう。",
                ),
                "ko": (
                    "시원하게 나기: 상하이 여름 더위 대처법",
                    "상하이의 7~8월은 덥고 습하며, 35°C가 넘는 날도 많습니다. 기상 당국은 노란색, 주황색, 빨간색 고온 경보를 발령합니다. 경보가 나오면 꼭 주의하세요.\n- 목마르기 전에 물을 자주 마시세요.\n- 한낮에는 야외에서 힘든 일이나 운동을 피하세요.\n- 가벼운 옷을 입고 모자와 자외선 차단제를 챙기세요. 햇볕도 가리고 갑작스러운 소나기에도 쓸 수 있게 우산을 들고 다니세요.\n- 에어컨 필터를 청소하고 온도는 26°C 안팎으로 맞추세요.\n- 이웃 어르신과 혼자 사는 분들을 들여다봐 주세요.\n\n어지러움, 두통, 메스꺼움, 많은 땀은 열탈진의 신호일 수 있습니다. 시원한 곳으로 옮기고, 꽉 끼는 옷을 느슨하게 하고, 물을 조금씩 마시세요. 의식이 흐려지거나 땀이 멈추면 바로 120에 전화하세요.\n\n여름에는 태풍이 상하이에 올 수도 있습니다. 공식 경보를 확인하고, 베란다의 화분과 날아갈 만한 물건은 안으로 들여놓고, 태풍이 지나갈 때까지 실내에 머무르세요.",
                ),
                "fr": (
                    "Garder la tête froide : conseils pour la chaleur de l’été à Shanghai",
                    "En juillet et août, Shanghai est chaude et humide, avec de nombreux jours au-dessus de 35 °C. Le service météorologique de la ville émet des alertes canicule jaunes, orange et rouges ; quand l’une d’elles est en vigueur, prenez-la au sérieux :\n- Buvez régulièrement, avant d’avoir soif.\n- Évitez les travaux pénibles et le sport en plein air au milieu de la journée.\n- Portez des vêtements légers, un chapeau et de la crème solaire ; gardez un parapluie pour le soleil et les orages soudains.\n- Nettoyez votre climatiseur et réglez-le autour de 26 °C.\n- Prenez des nouvelles des voisins âgés et des personnes qui vivent seules.\n\nVertiges, maux de tête, nausées et forte transpiration peuvent signaler un épuisement dû à la chaleur : mettez-vous au frais, desserrez les vêtements et buvez par petites gorgées. Si une personne devient confuse ou cesse de transpirer, appelez immédiatement le 120.\n\nDes typhons peuvent aussi toucher Shanghai en été. Suivez les alertes officielles, rentrez les pots de fleurs et tout ce qui traîne sur le balcon, et restez à l’intérieur pendant la tempête.",
                ),
                "de": (
                    "Kühlen Kopf bewahren: Tipps für den Shanghaier Sommer",
                    "Juli und August sind in Shanghai heiß und schwül, an vielen Tagen wird es über 35 °C. Der Wetterdienst der Stadt gibt Hitzewarnungen in Gelb, Orange und Rot heraus; gilt eine davon, nehmen Sie sie ernst:\n- Regelmäßig trinken, bevor der Durst kommt.\n- Schwere Arbeit und Sport im Freien um die Mittagszeit vermeiden.\n- Leichte Kleidung, Hut und Sonnencreme; einen Schirm für Sonne und plötzliche Gewitter dabeihaben.\n- Die Klimaanlage sauber halten und auf etwa 26 °C stellen.\n- Bei älteren Nachbarn und Alleinlebenden vorbeischauen.\n\nSchwindel, Kopfschmerzen, Übelkeit und starkes Schwitzen können Zeichen einer Hitzeerschöpfung sein: an einen kühlen Ort gehen, enge Kleidung lockern und schluckweise trinken. Wird jemand verwirrt oder hört auf zu schwitzen, sofort die 120 anrufen.\n\nIm Sommer können auch Taifune Shanghai erreichen. Achten Sie auf die offiziellen Warnungen, holen Sie Blumentöpfe und alles Lose vom Balkon und bleiben Sie drinnen, bis der Sturm vorüber ist.",
                ),
                "es": (
                    "Mantenerse fresco: consejos para el calor del verano en Shanghái",
                    "Julio y agosto en Shanghái son calurosos y húmedos, con muchos días por encima de 35 °C. El servicio meteorológico de la ciudad emite alertas por altas temperaturas en amarillo, naranja y rojo; cuando haya una activa, tómatela en serio:\n- Bebe agua a menudo, antes de tener sed.\n- Evita el trabajo duro y el deporte al aire libre en las horas centrales del día.\n- Usa ropa ligera, sombrero y protector solar; lleva un paraguas para el sol y las tormentas repentinas.\n- Mantén limpio el aire acondicionado y ponlo a unos 26 °C.\n- Pasa a ver a los vecinos mayores y a quienes viven solos.\n\nMareo, dolor de cabeza, náuseas y mucho sudor pueden ser señales de agotamiento por calor: ve a un lugar fresco, afloja la ropa ajustada y bebe a sorbos. Si alguien se desorienta o deja de sudar, llama enseguida al 120.\n\nEn verano también pueden llegar tifones a Shanghái. Sigue los avisos oficiales, mete dentro las macetas y todo lo que esté suelto en el balcón, y quédate en casa mientras pasa la tormenta.",
                ),
                "pt-br": (
                    "Fresquinho no verão: dicas para o calor de Xangai",
                    "Julho e agosto em Xangai são quentes e úmidos, com muitos dias acima de 35 °C. O serviço meteorológico da cidade emite alertas de calor amarelo, laranja e vermelho; quando houver um alerta, leve a sério:\n- Beba água com frequência, antes de sentir sede.\n- Evite trabalho pesado e exercícios ao ar livre no meio do dia.\n- Use roupas leves, chapéu e protetor solar; ande com um guarda-chuva para o sol e para as pancadas de chuva.\n- Mantenha o ar-condicionado limpo e regule em torno de 26 °C.\n- Dê uma olhada nos vizinhos idosos e em quem mora sozinho.\n\nTontura, dor de cabeça, enjoo e muito suor podem ser sinais de exaustão pelo calor: vá para um lugar fresco, afrouxe a roupa apertada e beba água aos poucos. Se alguém ficar confuso ou parar de suar, ligue 120 na hora.\n\nNo verão, tufões também podem chegar a Xangai. Acompanhe os alertas oficiais, recolha os vasos e tudo o que estiver solto na sacada e fique em casa enquanto a tempestade passa.",
                ),
                "ru": (
                    "Как пережить шанхайскую жару",
                    "Июль и август в Шанхае жаркие и влажные, температура часто поднимается выше 35 °C. Городская метеослужба объявляет жёлтый, оранжевый и красный уровни предупреждения о жаре; если предупреждение объявлено, отнеситесь к нему серьёзно:\n- Пейте воду регулярно, не дожидаясь жажды.\n- В середине дня избегайте тяжёлой работы и спорта на улице.\n- Носите лёгкую одежду, головной убор, пользуйтесь солнцезащитным кремом; держите при себе зонт — и от солнца, и от внезапного ливня.\n- Почистите кондиционер и ставьте температуру около 26 °C.\n- Навещайте пожилых соседей и тех, кто живёт один.\n\nГоловокружение, головная боль, тошнота и обильный пот могут быть признаками теплового истощения: перейдите в прохладное место, ослабьте тесную одежду и пейте воду маленькими глотками. Если человек теряет ясность сознания или перестаёт потеть, немедленно звоните 120.\n\nЛетом до Шанхая могут доходить и тайфуны. Следите за официальными предупреждениями, уберите с балкона цветочные горшки и всё, что может унести ветром, и оставайтесь дома, пока буря не пройдёт.",
                ),
                "ar": (
                    "نصائح لمواجهة حرّ الصيف في شنغهاي",
                    "شهرا يوليو وأغسطس في شنغهاي حارّان ورطبان، وكثيرًا ما تتجاوز الحرارة 35 درجة مئوية. وتُصدر مصلحة الأرصاد الجوية في المدينة إنذارات الحرارة المرتفعة باللون الأصفر ثم البرتقالي ثم الأحمر، فإذا صدر إنذار فخذه على محمل الجد:\n- اشرب الماء بانتظام قبل أن تشعر بالعطش.\n- تجنّب الأعمال الشاقة والرياضة في الهواء الطلق وقت الظهيرة.\n- ارتدِ ملابس خفيفة وقبعة، واستخدم واقي الشمس، واحمل مظلة للشمس وللأمطار المفاجئة.\n- نظّف مكيّف الهواء واضبطه على نحو 26 درجة.\n- اطمئن على الجيران المسنّين ومن يعيشون بمفردهم.\n\nالدوار والصداع والغثيان والتعرّق الشديد قد تكون علامات على الإجهاد الحراري: انتقل إلى مكان بارد، وأرخِ الملابس الضيقة، واشرب الماء رشفات صغيرة. وإذا أصبح الشخص مشوّش الذهن أو توقف عن التعرّق، فاتصل فورًا بالرقم 120.\n\nوقد تصل الأعاصير المدارية (التيفون) إلى شنغهاي في الصيف أيضًا. تابع الإنذارات الرسمية، وأدخِل أصص الزهور وكل ما هو غير مثبّت من الشرفة، وابقَ في البيت حتى تمرّ العاصفة.",
                ),
            },
        },
        {
            "key": "brazilian-home-cooking",
            "texts": {
                "en": (
                    "From feijoada to hong shao rou: learning to cook Shanghai-style",
                    "When she arrived from São Paulo last year, our Brazilian neighbour could not read a menu, let alone a recipe. Through the station’s neighbour exchange she was paired with Auntie Zhou, a retired neighbour who has cooked for her family all her life. Every other week she comes to Auntie Zhou’s kitchen with a notebook.\n\nThey started with tomato and egg stir-fry and moved on to wontons, steamed fish with ginger and, in August, hong shao rou, the braised pork every Shanghai family claims to make best. “She never measures anything,” our neighbour says. “A little soy sauce, a little sugar, until it looks right.”\n\nIn return, Auntie Zhou has learned to bake pão de queijo, which her grandchildren now ask for every weekend. Residents who would like a host to cook, practise Mandarin or drink tea with can sign up for the exchange at the front desk or on the portal.",
                ),
                "zh-hans": (
                    "从巴西黑豆饭到红烧肉：跟着邻居学做上海菜",
                    "去年刚从圣保罗来上海时，这位巴西邻居连菜单都看不懂，更别说菜谱了。通过工作站的“邻里结对”项目，她和退休的周阿姨结成了对子。周阿姨给一家人烧了一辈子饭，如今每隔一周，这位巴西姑娘就带着笔记本到周阿姨家的厨房报到。\n\n她们从番茄炒蛋学起，接着是馄饨、姜丝蒸鱼，到了八月，终于学到了红烧肉——每个上海人家都说自家的最正宗。“阿姨从来不称分量，”她笑着说，“酱油一点、糖一点，看着差不多就行。”\n\n作为回报，周阿姨学会了烤巴西奶酪面包，现在孙辈们每个周末都吵着要吃。想找一位本地邻居一起做饭、练普通话或者喝茶聊天的居民，可以到窗口或在门户网站上报名参加结对。",
                ),
                "ja": (
                    "フェイジョアーダから紅焼肉へ：上海の家庭料理を学ぶ",
                    "昨年サンパウロから来たばかりのころ、このブラジル人のご近所さんはメニューも読めず、レシピなどなおさらでした。ステーションの「ご近所交流」で、引退した周おばさんとペアになりました。家族のために一生ごはんを作ってきた周おばさんの台所へ、彼女は1週間おきにノートを持って通っています。\n\n最初はトマトと卵の炒め物、次にワンタン、しょうがをのせた蒸し魚。そして8月には、どの上海の家庭も「うちのがいちばん」と言う豚の角煮、紅焼肉に挑戦しました。「おばさんは何も量らないんです」と彼女。「しょうゆを少し、砂糖を少し、見た目がよくなるまで」。\n\nお返しに、周おばさんはポン・デ・ケージョの焼き方を覚え、今ではお孫さんたちが毎週末せがむそうです。一緒に料理をしたり、中国語を練習したり、お茶を飲んだりする地元のホストを希望する方は、窓口かポータルで交流にお申し込みください。",
                ),
                "ko": (
                    "페이조아다에서 훙사오러우까지: 상하이 가정식 배우기",
                    "작년 상파울루에서 처음 왔을 때, 이 브라질 이웃은 메뉴판도 읽지 못했고 레시피는 말할 것도 없었습니다. 스테이션의 이웃 교류 프로그램을 통해 그녀는 은퇴한 저우 아주머니와 짝이 되었습니다. 평생 가족을 위해 밥을 지어 온 저우 아주머니의 부엌에 그녀는 2주에 한 번씩 공책을 들고 찾아갑니다.\n\n토마토 달걀 볶음으로 시작해 훈툰, 생강을 올린 생선찜을 거쳐, 8월에는 상하이의 모든 집이 자기 집 것이 최고라고 자랑하는 돼지고기 조림 훙사오러우를 배웠습니다. “아주머니는 아무것도 계량하지 않으세요. 간장 조금, 설탕 조금, 보기에 딱 좋을 때까지요.”\n\n그 대신 저우 아주머니는 브라질 치즈빵 팡 지 케이주 굽는 법을 배웠고, 이제 손주들이 주말마다 만들어 달라고 조른답니다. 함께 요리하거나 중국어를 연습하거나 차를 마실 현지 호스트를 원하는 주민은 창구나 포털에서 교류 프로그램을 신청하세요.",
                ),
                "fr": (
                    "De la feijoada au hong shao rou : une Brésilienne apprend la cuisine de Shanghai",
                    "Arrivée de São Paulo l’an dernier, notre voisine brésilienne ne savait pas lire un menu, encore moins une recette. Grâce au programme d’échange entre voisins de la station, elle a été mise en relation avec Tante Zhou, une voisine retraitée qui cuisine pour sa famille depuis toujours. Une semaine sur deux, elle arrive dans sa cuisine avec un carnet.\n\nElles ont commencé par les œufs brouillés à la tomate, puis les wontons, le poisson vapeur au gingembre et, en août, le hong shao rou, ce porc braisé que chaque famille de Shanghai prétend réussir mieux que les autres. « Elle ne mesure jamais rien, raconte notre voisine. Un peu de sauce soja, un peu de sucre, jusqu’à ce que ce soit beau. »\n\nEn échange, Tante Zhou a appris à faire le pão de queijo, que ses petits-enfants réclament désormais chaque week-end. Si vous aimeriez un voisin d’ici pour cuisiner, pratiquer le mandarin ou prendre le thé, inscrivez-vous au guichet ou sur le portail.",
                ),
                "de": (
                    "Von Feijoada zu Hong Shao Rou: eine Brasilianerin lernt Shanghaier Küche",
                    "Als sie letztes Jahr aus São Paulo kam, konnte unsere brasilianische Nachbarin keine Speisekarte lesen, von einem Rezept ganz zu schweigen. Über den Nachbarschaftsaustausch der Station wurde sie mit Tante Zhou zusammengebracht, einer Nachbarin im Ruhestand, die ihr Leben lang für ihre Familie gekocht hat. Alle zwei Wochen kommt sie mit einem Notizbuch in Tante Zhous Küche.\n\nAngefangen haben sie mit Rührei mit Tomaten, dann folgten Wontons, gedämpfter Fisch mit Ingwer und im August Hong Shao Rou, der geschmorte Schweinebauch, den jede Shanghaier Familie am besten zu kochen meint. „Sie misst nie etwas ab“, erzählt unsere Nachbarin. „Ein bisschen Sojasoße, ein bisschen Zucker, bis es richtig aussieht.“\n\nIm Gegenzug hat Tante Zhou gelernt, Pão de Queijo zu backen, das sich ihre Enkel jetzt jedes Wochenende wünschen. Wer gern mit einer Gastgeberin oder einem Gastgeber aus der Nachbarschaft kochen, Chinesisch üben oder Tee trinken möchte, meldet sich am Schalter oder im Portal an.",
                ),
                "es": (
                    "De la feijoada al hong shao rou: una brasileña aprende cocina de Shanghái",
                    "Cuando llegó de São Paulo el año pasado, nuestra vecina brasileña no sabía leer un menú, y mucho menos una receta. A través del intercambio vecinal de la estación la pusieron en contacto con la tía Zhou, una vecina jubilada que ha cocinado para su familia toda la vida. Cada dos semanas se presenta en su cocina con un cuaderno.\n\nEmpezaron con huevos revueltos con tomate y siguieron con wonton, pescado al vapor con jengibre y, en agosto, hong shao rou, el cerdo estofado que cada familia de Shanghái dice preparar mejor que nadie. «No mide nada», cuenta nuestra vecina. «Un poco de salsa de soja, un poco de azúcar, hasta que tiene buena pinta».\n\nA cambio, la tía Zhou ha aprendido a hacer pão de queijo, que ahora sus nietos le piden cada fin de semana. Si te gustaría un anfitrión del barrio para cocinar, practicar mandarín o tomar té, apúntate al intercambio en el mostrador o en el portal.",
                ),
                "pt-br": (
                    "Da feijoada ao hong shao rou: uma brasileira aprende a cozinhar à moda de Xangai",
                    "Quando chegou de São Paulo no ano passado, a nossa vizinha brasileira não conseguia ler um cardápio, quanto mais uma receita. Pelo programa de intercâmbio entre vizinhos da estação, ela fez dupla com a tia Zhou, uma vizinha aposentada que cozinha para a família a vida inteira. A cada duas semanas, ela chega à cozinha da tia Zhou com um caderninho.\n\nComeçaram com ovo mexido com tomate e passaram para wonton, peixe no vapor com gengibre e, em agosto, hong shao rou, a carne de porco cozida que toda família de Xangai jura fazer melhor. “Ela nunca mede nada”, conta a nossa vizinha. “Um pouco de shoyu, um pouco de açúcar, até ficar com cara de pronto.”\n\nEm troca, a tia Zhou aprendeu a fazer pão de queijo, que agora os netos pedem todo fim de semana. Quem quiser um anfitrião do bairro para cozinhar, praticar mandarim ou tomar um chá pode se inscrever no balcão ou pelo portal.",
                ),
                "ru": (
                    "От фейжоады до хуншаожоу: бразильянка учится шанхайской кухне",
                    "Когда наша соседка из Бразилии в прошлом году приехала из Сан-Паулу, она не могла прочитать даже меню, не говоря уже о рецепте. Через программу соседского обмена станции её познакомили с тётушкой Чжоу, соседкой-пенсионеркой, которая всю жизнь готовит для своей семьи. Раз в две недели наша соседка приходит к ней на кухню с блокнотом.\n\nНачали с яичницы с помидорами, потом были вонтоны, рыба на пару с имбирём, а в августе — хуншаожоу, тушёная свинина, которую каждая шанхайская семья считает своим коронным блюдом. «Она ничего не отмеряет, — рассказывает соседка. — Немного соевого соуса, немного сахара, пока не будет выглядеть как надо».\n\nВзамен тётушка Чжоу научилась печь бразильские сырные булочки пан-ди-кейжу, и теперь внуки просят их каждые выходные. Если вы хотите готовить, практиковать китайский или пить чай с кем-то из местных соседей, запишитесь на обмен у стойки или на портале.",
                ),
                "ar": (
                    "من الفيجوادا إلى «هونغ شاو رو»: برازيلية تتعلم الطبخ الشنغهايي",
                    "عندما وصلت جارتنا البرازيلية من ساو باولو في العام الماضي، لم تكن تستطيع قراءة قائمة طعام، فضلًا عن وصفة. ومن خلال برنامج التبادل بين الجيران في المحطة، تعرّفت إلى العمّة تشو، وهي جارة متقاعدة طبخت لعائلتها طوال حياتها. وكل أسبوعين تأتي إلى مطبخها ومعها دفتر ملاحظات.\n\nبدأتا بالبيض المقلي مع الطماطم، ثم انتقلتا إلى فطائر الونتون والسمك المطهو على البخار بالزنجبيل، وفي أغسطس إلى «هونغ شاو رو»، لحم الخنزير المطهو ببطء الذي تدّعي كل عائلة في شنغهاي أنها تتقنه أكثر من غيرها. تقول جارتنا: «هي لا تقيس أي شيء أبدًا. قليل من صلصة الصويا وقليل من السكر حتى يبدو الطبق كما ينبغي».\n\nوفي المقابل تعلّمت العمّة تشو خَبز «باو دي كيجو»، خبز الجبن البرازيلي، الذي صار أحفادها يطلبونه كل عطلة أسبوع. ومن يرغب من السكان في مضيف من الحي ليطبخ معه أو يتدرّب على الصينية أو يشرب الشاي، فيمكنه التسجيل في البرنامج في مكتب الاستقبال أو عبر البوابة الإلكترونية.",
                ),
            },
        },
        {
            "key": "mandarin-corner-first-year",
            "texts": {
                "en": (
                    "The Mandarin corner turns one",
                    "A year ago, six residents and two volunteers sat around a table in activity room 2 with a pot of tea and a list of words for the wet market. Today the Mandarin corner meets every second Saturday, and on a busy afternoon more than twenty people come.\n\nThere is no textbook and no test. Each session has a theme: ordering at a restaurant, taking the metro and asking the way, talking about family, reading a menu. Volunteers from the neighbourhood, several of them retired teachers, sit with small groups at every level, from a first “ni hao” to a debate about the best noodles in Pudong.\n\n“I came to learn numbers for shopping,” says a resident from Egypt. “Now I bargain with the fruit seller and we both laugh.” To mark the first year, the corner will hold a small party with snacks from every participant’s home country. Everyone is welcome, even if you have never come before.",
                ),
                "zh-hans": (
                    "普通话角一周岁啦",
                    "一年前，六位居民和两位志愿者围坐在二号活动室的一张桌子旁，一壶茶，一张菜场常用词清单，普通话角就这样开始了。如今，普通话角每两周的周六活动一次，人多的时候能来二十多位。\n\n这里没有课本，也没有考试。每次活动有一个主题：在饭店点菜、坐地铁问路、聊聊家人、看懂菜单……社区的志愿者，其中好几位是退休教师，按不同水平分组陪大家练习，从第一句“你好”，到争论浦东哪家面馆最好吃。\n\n“我本来只是想学会买东西时用的数字，”一位埃及居民说，“现在我能跟水果摊老板讨价还价，两个人都笑。”为了庆祝一周岁，普通话角将办一个小聚会，请每位参加者带一点家乡的小吃。没来过的朋友也欢迎参加！",
                ),
                "ja": (
                    "中国語コーナー、1周年を迎えました",
                    "1年前、6人の住民と2人のボランティアが、第2活動室のテーブルを囲んで座りました。あったのはお茶のポットと、市場で使う単語のリストだけ。いま中国語コーナーは隔週の土曜日に開かれ、にぎやかな日には20人以上が集まります。\n\n教科書もテストもありません。毎回テーマがあり、レストランでの注文、地下鉄の乗り方と道の尋ね方、家族の話、メニューの読み方などを練習します。地域のボランティア（元教師の方も何人もいます）がレベル別の小グループに付き、初めての「ニーハオ」から、浦東でいちばんおいしい麺の店をめぐる議論までお付き合いします。\n\n「買い物のために数字を覚えに来たんです」とエジプト出身の住民。「今では果物屋さんと値段の交渉をして、二人で笑っています」。1周年を記念して、参加者それぞれの国のおやつを持ち寄る小さなパーティーを開きます。まだ来たことのない方も大歓迎です。",
                ),
                "ko": (
                    "중국어 코너가 한 살이 되었습니다",
                    "1년 전, 주민 여섯 명과 자원봉사자 두 명이 제2활동실 탁자에 둘러앉았습니다. 차 한 주전자와 시장에서 쓰는 단어 목록이 전부였지요. 지금 중국어 코너는 격주 토요일마다 열리고, 붐비는 날에는 스무 명 넘게 찾아옵니다.\n\n교재도 시험도 없습니다. 매번 주제가 있어서 식당에서 주문하기, 지하철 타고 길 묻기, 가족 이야기하기, 메뉴 읽기 등을 연습합니다. 동네 자원봉사자들(은퇴한 교사도 여럿 있습니다)이 수준별 소그룹에 함께 앉아, 처음 하는 “니하오”부터 푸둥에서 가장 맛있는 국숫집을 둘러싼 토론까지 함께합니다.\n\n“장 볼 때 쓸 숫자를 배우러 왔어요. 이제는 과일 가게 주인과 흥정하면서 둘이 같이 웃어요.” 이집트에서 온 주민의 말입니다. 첫돌을 기념해 참가자들이 각자 고향의 간식을 가져오는 작은 파티를 엽니다. 한 번도 와 본 적 없는 분도 환영합니다.",
                ),
                "fr": (
                    "Le coin mandarin fête sa première année",
                    "Il y a un an, six habitants et deux bénévoles s’asseyaient autour d’une table de la salle d’activités n° 2 avec une théière et une liste de mots pour le marché. Aujourd’hui, le coin mandarin se réunit un samedi sur deux, et les jours d’affluence, plus de vingt personnes viennent.\n\nPas de manuel, pas d’examen. Chaque séance a son thème : commander au restaurant, prendre le métro et demander son chemin, parler de sa famille, lire un menu. Des bénévoles du quartier, dont plusieurs enseignants à la retraite, accompagnent de petits groupes de tous niveaux, du tout premier « ni hao » au grand débat sur les meilleures nouilles de Pudong.\n\n« Je suis venu pour apprendre les chiffres et faire mes courses, raconte un habitant égyptien. Maintenant, je marchande avec le marchand de fruits et on rit tous les deux. » Pour fêter cette première année, le coin organise une petite fête où chacun apporte une spécialité de son pays. Tout le monde est bienvenu, même si vous n’êtes jamais venu.",
                ),
                "de": (
                    "Ein Jahr Mandarin-Treff",
                    "Vor einem Jahr saßen sechs Bewohner und zwei Ehrenamtliche im Aktivitätsraum 2 um einen Tisch, mit einer Kanne Tee und einer Wortliste für den Markt. Heute trifft sich der Mandarin-Treff jeden zweiten Samstag, und an vollen Nachmittagen kommen mehr als zwanzig Leute.\n\nEs gibt kein Lehrbuch und keinen Test. Jedes Treffen hat ein Thema: im Restaurant bestellen, U-Bahn fahren und nach dem Weg fragen, über die Familie sprechen, eine Speisekarte lesen. Freiwillige aus der Nachbarschaft, darunter mehrere pensionierte Lehrerinnen und Lehrer, sitzen mit kleinen Gruppen jeden Niveaus zusammen, vom ersten „ni hao“ bis zur Debatte über die besten Nudeln in Pudong.\n\n„Ich kam, um die Zahlen zum Einkaufen zu lernen“, sagt ein Bewohner aus Ägypten. „Jetzt handle ich mit dem Obsthändler, und wir lachen beide.“ Zum ersten Geburtstag gibt es eine kleine Feier mit Snacks aus den Heimatländern aller Teilnehmenden. Alle sind willkommen, auch wer noch nie da war.",
                ),
                "es": (
                    "El rincón de mandarín cumple un año",
                    "Hace un año, seis vecinos y dos voluntarios se sentaron alrededor de una mesa de la sala de actividades 2 con una tetera y una lista de palabras para el mercado. Hoy el rincón de mandarín se reúne cada dos sábados, y las tardes de más ambiente vienen más de veinte personas.\n\nNo hay libro de texto ni examen. Cada sesión tiene un tema: pedir en un restaurante, tomar el metro y preguntar por una dirección, hablar de la familia, leer un menú. Voluntarios del barrio, varios de ellos profesores jubilados, se sientan con grupos pequeños de todos los niveles, desde el primer «ni hao» hasta un debate sobre los mejores fideos de Pudong.\n\n«Vine para aprender los números y poder hacer la compra», cuenta un vecino de Egipto. «Ahora regateo con el frutero y nos reímos los dos». Para celebrar el primer año, el rincón organizará una pequeña fiesta con tentempiés del país de cada participante. Todos son bienvenidos, aunque nunca hayan venido.",
                ),
                "pt-br": (
                    "O cantinho do mandarim faz um ano",
                    "Há um ano, seis moradores e dois voluntários se sentaram em volta de uma mesa na sala de atividades 2 com um bule de chá e uma lista de palavras para a feira. Hoje o cantinho do mandarim se reúne a cada dois sábados, e nas tardes mais cheias aparecem mais de vinte pessoas.\n\nNão tem livro nem prova. Cada encontro tem um tema: pedir num restaurante, pegar o metrô e perguntar o caminho, falar da família, ler um cardápio. Voluntários do bairro, vários deles professores aposentados, sentam com grupinhos de todos os níveis, do primeiro “ni hao” a um debate sobre o melhor macarrão de Pudong.\n\n“Vim aprender os números para fazer compras”, conta um morador do Egito. “Agora eu pechincho com o vendedor de frutas e nós dois damos risada.” Para comemorar o primeiro ano, o cantinho vai fazer uma festinha com petiscos do país de cada participante. Todo mundo é bem-vindo, mesmo quem nunca veio.",
                ),
                "ru": (
                    "Уголку китайского языка исполнился год",
                    "Год назад шесть жителей и два волонтёра сели за стол в зале занятий № 2 — с чайником чая и списком слов для рынка. Сегодня уголок китайского языка собирается раз в две недели по субботам, и в людные дни приходит больше двадцати человек.\n\nЗдесь нет ни учебника, ни экзаменов. У каждой встречи своя тема: заказ в ресторане, как проехать на метро и спросить дорогу, разговор о семье, как читать меню. Волонтёры из нашего района, среди них несколько учителей на пенсии, занимаются с небольшими группами любого уровня — от первого «нихао» до спора о лучшей лапше в Пудуне.\n\n«Я пришёл выучить числа, чтобы ходить за покупками, — рассказывает житель из Египта. — А теперь торгуюсь с продавцом фруктов, и мы оба смеёмся». В честь первого дня рождения уголок устроит небольшой праздник с угощениями из родных стран всех участников. Приходите, даже если ни разу не были.",
                ),
                "ar": (
                    "ركن اللغة الصينية يُتمّ عامه الأول",
                    "قبل عام جلس ستة من السكان ومتطوعان حول طاولة في قاعة الأنشطة رقم 2، ومعهم إبريق شاي وقائمة بكلمات يحتاجونها في السوق. واليوم يجتمع ركن اللغة الصينية مرة كل أسبوعين يوم السبت، وفي الأيام المزدحمة يحضره أكثر من عشرين شخصًا.\n\nلا كتاب مدرسيًا ولا امتحان. لكل لقاء موضوع: الطلب في المطعم، وركوب المترو والسؤال عن الطريق، والحديث عن العائلة، وقراءة قائمة الطعام. ويجلس متطوعون من الحي، بينهم عدد من المعلمين المتقاعدين، مع مجموعات صغيرة من كل المستويات، من أول «ني هاو» إلى نقاش حامٍ حول أفضل المعكرونة في بودونغ.\n\nيقول أحد السكان من مصر: «جئت لأتعلم الأرقام من أجل التسوق، والآن أفاصل بائع الفاكهة في الأسعار ونضحك معًا». واحتفالًا بالعام الأول، سيقيم الركن حفلة صغيرة فيها وجبات خفيفة من بلد كل مشارك. الجميع مرحَّب بهم، حتى من لم يأتِ من قبل.",
                ),
            },
        },
    ],
    # No. 5, September and October
    [
        {
            "key": "mid-autumn-lanterns",
            "texts": {
                "en": (
                    "Lanterns in the courtyard: our Mid-Autumn workshop",
                    "The Mid-Autumn Festival falls on the fifteenth day of the eighth lunar month, when the moon is said to be at its fullest and brightest. Families gather, eat mooncakes and admire the moon, and children carry lanterns.\n\nIn the week before the festival, forty children and parents came to the service centre to make their own. With red paper, thin bamboo strips and a lot of glue, volunteers showed how to build rabbit lanterns, a Shanghai favourite, and simple folded ones for the youngest. While the glue dried, a grandmother from the compound told the story of Chang’e, who flew to the moon and lives there with a jade rabbit.\n\nOn the evening of the festival the lanterns, lit with small battery candles, were hung in the courtyard, with mooncakes, tea and a riddle under each one. The best answer of the night came from a seven-year-old from Russia, in Mandarin.",
                ),
                "zh-hans": (
                    "院子里的灯笼：中秋手工坊",
                    "农历八月十五是中秋节，相传这一天的月亮最圆最亮。一家人团聚在一起，吃月饼、赏月，孩子们提着灯笼玩耍。\n\n节前一周，四十位小朋友和家长来到服务中心，动手做自己的灯笼。红纸、细竹条，再加上不少胶水，志愿者们教大家扎上海人喜欢的兔子灯，年纪小的孩子就折简单的纸灯笼。等胶水干的时候，小区的一位奶奶给大家讲了嫦娥奔月、玉兔相伴的故事。\n\n中秋当晚，点上电子蜡烛的灯笼挂满了院子，灯下摆着月饼和茶，每盏灯笼下还挂着一条灯谜。当晚猜得最妙的，是一位七岁的俄罗斯小朋友——用的还是普通话。",
                ),
                "ja": (
                    "中庭に灯るランタン：中秋節の手づくり教室",
                    "中秋節は旧暦8月15日。一年でいちばん月が丸く明るい日とされています。家族が集まって月餅を食べ、月をめで、子どもたちはランタンを手に遊びます。\n\n節句の1週間前、40人の子どもと保護者がサービスセンターに集まり、自分だけのランタンづくりに挑戦しました。赤い紙と細い竹ひご、そしてたっぷりののりを使って、ボランティアが上海で人気のうさぎのランタンの作り方を教え、小さな子どもたちは簡単な折りランタンを作りました。のりが乾くまでの間、団地のおばあちゃんが、月へ飛んでいき玉兎と暮らす嫦娥（じょうが）の物語を聞かせてくれました。\n\n中秋の夜、電池式のキャンドルを灯したランタンが中庭に飾られ、月餅とお茶が並び、ランタンの下には一つずつなぞなぞが下げられました。その夜いちばんの名回答は、ロシアから来た7歳の子ども。しかも中国語での答えでした。",
                ),
                "ko": (
                    "마당을 밝힌 등불: 중추절 등불 만들기",
                    "중추절은 음력 8월 15일로, 일 년 중 달이 가장 둥글고 밝은 날이라고 합니다. 가족이 모여 월병을 먹고 달을 감상하며, 아이들은 등불을 들고 다닙니다.\n\n명절 일주일 전, 아이와 부모 40명이 서비스센터에 모여 직접 등불을 만들었습니다. 빨간 종이와 가는 대나무 살, 그리고 넉넉한 풀로 자원봉사자들이 상하이 사람들이 좋아하는 토끼 등을 만드는 법을 알려 주었고, 어린아이들은 간단한 종이접기 등을 만들었습니다. 풀이 마르는 동안 단지의 한 할머니가 달나라로 날아가 옥토끼와 함께 산다는 항아 이야기를 들려주었습니다.\n\n중추절 저녁, 건전지 촛불을 켠 등불들이 마당에 걸렸고, 월병과 차가 차려졌으며, 등불마다 수수께끼가 하나씩 달렸습니다. 그날 밤 최고의 정답은 러시아에서 온 일곱 살 어린이에게서 나왔는데, 그것도 중국어로 답했답니다.",
                ),
                "fr": (
                    "Des lanternes dans la cour : notre atelier de la fête de la Mi-Automne",
                    "La fête de la Mi-Automne tombe le quinzième jour du huitième mois lunaire, quand la lune serait la plus ronde et la plus brillante de l’année. Les familles se réunissent, mangent des gâteaux de lune et admirent la lune, et les enfants se promènent avec des lanternes.\n\nLa semaine précédant la fête, quarante enfants et parents sont venus au centre de services fabriquer les leurs. Avec du papier rouge, de fines baguettes de bambou et beaucoup de colle, des bénévoles ont montré comment construire des lanternes en forme de lapin, très appréciées à Shanghai, et des lanternes pliées toutes simples pour les plus petits. Pendant que la colle séchait, une grand-mère de la résidence a raconté l’histoire de Chang’e, qui s’envola vers la lune où elle vit avec un lapin de jade.\n\nLe soir de la fête, les lanternes, éclairées par de petites bougies à piles, ont été suspendues dans la cour, avec gâteaux de lune, thé et une devinette sous chacune. La meilleure réponse de la soirée est venue d’un enfant russe de sept ans, en mandarin.",
                ),
                "de": (
                    "Laternen im Hof: unsere Werkstatt zum Mondfest",
                    "Das Mondfest (Mittherbstfest) fällt auf den fünfzehnten Tag des achten Mondmonats, wenn der Mond am rundesten und hellsten sein soll. Familien kommen zusammen, essen Mondkuchen und bewundern den Mond, und die Kinder tragen Laternen.\n\nIn der Woche vor dem Fest kamen vierzig Kinder und Eltern ins Servicezentrum, um ihre eigenen zu basteln. Mit rotem Papier, dünnen Bambusstäben und viel Kleber zeigten Freiwillige, wie man Hasenlaternen baut, die in Shanghai besonders beliebt sind, und einfache Faltlaternen für die Kleinsten. Während der Kleber trocknete, erzählte eine Großmutter aus der Wohnanlage die Geschichte von Chang’e, die zum Mond flog und dort mit einem Jadehasen lebt.\n\nAm Abend des Festes hingen die Laternen, beleuchtet mit kleinen Batteriekerzen, im Hof, dazu gab es Mondkuchen, Tee und unter jeder Laterne ein Rätsel. Die beste Antwort des Abends kam von einem siebenjährigen Kind aus Russland – auf Chinesisch.",
                ),
                "es": (
                    "Farolillos en el patio: nuestro taller del Medio Otoño",
                    "La Fiesta del Medio Otoño cae el decimoquinto día del octavo mes lunar, cuando se dice que la luna está más llena y brillante que nunca. Las familias se reúnen, comen pasteles de luna y contemplan la luna, y los niños pasean farolillos.\n\nLa semana anterior a la fiesta, cuarenta niños y padres vinieron al centro de servicios a hacer los suyos. Con papel rojo, finas tiras de bambú y mucho pegamento, los voluntarios enseñaron a montar farolillos con forma de conejo, muy queridos en Shanghái, y otros plegados más sencillos para los más pequeños. Mientras se secaba el pegamento, una abuela de la urbanización contó la historia de Chang’e, que voló a la luna y vive allí con un conejo de jade.\n\nLa noche de la fiesta, los farolillos, iluminados con velitas de pilas, se colgaron en el patio, con pasteles de luna, té y una adivinanza bajo cada uno. La mejor respuesta de la noche la dio un niño ruso de siete años, en mandarín.",
                ),
                "pt-br": (
                    "Lanternas no pátio: nossa oficina do Festival do Meio do Outono",
                    "O Festival do Meio do Outono cai no décimo quinto dia do oitavo mês lunar, quando dizem que a lua está mais cheia e brilhante. As famílias se reúnem, comem bolos lunares e admiram a lua, e as crianças passeiam com lanternas.\n\nNa semana antes da festa, quarenta crianças e pais vieram ao centro de serviços fazer as suas. Com papel vermelho, varetas finas de bambu e muita cola, os voluntários ensinaram a montar lanternas de coelho, queridinhas de Xangai, e lanternas dobradas bem simples para os menores. Enquanto a cola secava, uma avó do condomínio contou a história de Chang’e, que voou para a lua e mora lá com um coelho de jade.\n\nNa noite do festival, as lanternas, acesas com velinhas de pilha, foram penduradas no pátio, com bolos lunares, chá e uma charada embaixo de cada uma. A melhor resposta da noite veio de uma criança russa de sete anos, em mandarim.",
                ),
                "ru": (
                    "Фонарики во дворе: мастерская к празднику середины осени",
                    "Праздник середины осени отмечают в пятнадцатый день восьмого лунного месяца, когда луна, как говорят, бывает самой полной и яркой. Семьи собираются вместе, едят лунные пряники и любуются луной, а дети гуляют с фонариками.\n\nЗа неделю до праздника сорок детей и родителей пришли в сервисный центр, чтобы сделать свои фонарики. Из красной бумаги, тонких бамбуковых реек и большого количества клея волонтёры показали, как собрать фонарик-зайца, который так любят в Шанхае, а малыши сложили простые бумажные фонарики. Пока сох клей, бабушка из нашего жилого комплекса рассказала легенду о Чанъэ, которая улетела на луну и живёт там с нефритовым зайцем.\n\nВ вечер праздника фонарики с маленькими свечами на батарейках развесили во дворе, рядом — лунные пряники и чай, а под каждым фонариком — загадка. Лучший ответ вечера дал семилетний ребёнок из России — по-китайски.",
                ),
                "ar": (
                    "فوانيس في الباحة: ورشة عيد منتصف الخريف",
                    "يحلّ عيد منتصف الخريف في اليوم الخامس عشر من الشهر القمري الثامن، حين يُقال إن القمر يكون في أكمل استدارته وأشد سطوعه. تجتمع العائلات وتأكل كعك القمر وتتأمل القمر، ويحمل الأطفال الفوانيس.\n\nوفي الأسبوع الذي سبق العيد، جاء أربعون من الأطفال وآبائهم إلى مركز الخدمات ليصنعوا فوانيسهم بأنفسهم. وبالورق الأحمر وأعواد الخيزران الرفيعة وكثير من الغراء، علّم المتطوعون صنع فوانيس على شكل أرنب، وهي محبوبة في شنغهاي، وفوانيس ورقية مطوية بسيطة للصغار. وبينما كان الغراء يجف، روت جدة من المجمع قصة تشانغ آه التي طارت إلى القمر وتعيش هناك مع أرنب اليشم.\n\nوفي ليلة العيد عُلّقت الفوانيس في الباحة مضاءة بشموع صغيرة تعمل بالبطاريات، ومعها كعك القمر والشاي، وتحت كل فانوس لغز. وجاءت أفضل إجابة في تلك الليلة من طفل روسي في السابعة من عمره، وباللغة الصينية.",
                ),
            },
        },
        {
            "key": "census-explained",
            "texts": {
                "en": (
                    "The census explained: what to expect when the census taker calls",
                    "China counts its population in a national census every ten years, with a smaller sample survey halfway between. Foreigners living in China are counted too, so a census taker may knock on your door. What to expect:\n- Census takers carry an official identity card. You may ask to see it, and your residents’ committee can confirm who they are.\n- The questions are short: for example your name, sex, date of birth, nationality, why you are in China and since when.\n- By law, census answers are kept confidential and used only for statistics.\n- Census takers never ask for bank details, passwords or money. If someone does, do not answer, and call 110.\n\nIf you are not at home, the census taker will usually come back or leave a note to arrange another time. The station’s officers can interpret for you if needed.",
                ),
                "zh-hans": (
                    "人口普查是怎么回事？普查员上门前您需要知道的",
                    "我国每十年进行一次全国人口普查，两次普查之间还会进行一次规模较小的人口抽样调查。在华居住的外籍人员也在普查范围内，所以普查员可能会上门登记。您需要了解的是：\n- 普查员持有统一的普查员证件，您可以要求出示，也可以向居委会核实对方身份。\n- 登记的问题不多，例如姓名、性别、出生日期、国籍、来华事由和来华时间。\n- 依照法律，普查资料严格保密，只用于统计。\n- 普查员绝不会询问银行账户、密码，也不会收取任何费用。如果有人这样做，请不要回答，并拨打110。\n\n如果您不在家，普查员一般会再次上门，或留下便条约定时间。如有需要，工作站的工作人员可以为您翻译。",
                ),
                "ja": (
                    "国勢調査（人口センサス）って？ 調査員が来たときのために",
                    "中国では10年ごとに全国人口センサスが行われ、その中間の年には規模の小さい抽出調査が行われます。中国に住む外国人も対象なので、調査員がご自宅を訪ねてくることがあります。知っておきたいこと：\n- 調査員は公式の身分証を持っています。提示を求めることができ、居民委員会で本人確認もできます。\n- 質問は簡単なものです。たとえば氏名、性別、生年月日、国籍、中国に滞在している目的と時期などです。\n- 法律により、回答は秘密として守られ、統計にのみ使われます。\n- 調査員が銀行口座やパスワードを尋ねたり、お金を求めたりすることは決してありません。もしそういうことがあれば答えずに、110へ電話してください。\n\n不在の場合、調査員は通常あらためて訪問するか、日時を相談するためのメモを残していきます。必要であれば、ステーションのスタッフが通訳します。",
                ),
                "ko": (
                    "인구조사란? 조사원이 방문했을 때 알아 둘 것",
                    "중국은 10년마다 전국 인구조사를 실시하고, 그 중간에는 규모가 작은 표본조사를 합니다. 중국에 사는 외국인도 조사 대상이므로 조사원이 집을 방문할 수 있습니다. 알아 두세요:\n- 조사원은 공식 신분증을 가지고 있습니다. 보여 달라고 요청할 수 있고, 주민위원회에서 신원을 확인할 수도 있습니다.\n- 질문은 간단합니다. 예를 들어 이름, 성별, 생년월일, 국적, 중국에 온 목적과 시기 등입니다.\n- 법에 따라 응답 내용은 비밀로 보호되며 통계에만 사용됩니다.\n- 조사원은 절대 은행 정보나 비밀번호, 돈을 요구하지 않습니다. 누군가 그런 요구를 하면 답하지 말고 110에 신고하세요.\n\n집에 없을 때는 조사원이 보통 다시 방문하거나 시간을 정하기 위한 메모를 남깁니다. 필요하면 스테이션 직원이 통역해 드립니다.",
                ),
                "fr": (
                    "Le recensement expliqué : à quoi s’attendre quand l’agent recenseur sonne",
                    "La Chine recense sa population lors d’un recensement national tous les dix ans, avec une enquête par sondage plus réduite à mi-chemin. Les étrangers qui vivent en Chine sont recensés eux aussi : un agent recenseur peut donc frapper à votre porte. À savoir :\n- Les agents recenseurs portent une carte officielle. Vous pouvez demander à la voir, et votre comité de résidents peut confirmer leur identité.\n- Les questions sont brèves : par exemple votre nom, votre sexe, votre date de naissance, votre nationalité, le motif de votre séjour en Chine et depuis quand.\n- La loi impose que les réponses restent confidentielles et ne servent qu’aux statistiques.\n- Un agent recenseur ne demande jamais de coordonnées bancaires, de mot de passe ni d’argent. Si quelqu’un le fait, ne répondez pas et appelez le 110.\n\nSi vous êtes absent, l’agent repasse en général ou laisse un mot pour convenir d’un autre moment. Les agents de la station peuvent servir d’interprètes si besoin.",
                ),
                "de": (
                    "Die Volkszählung erklärt: Was passiert, wenn jemand zum Zählen klingelt",
                    "China zählt seine Bevölkerung alle zehn Jahre in einer landesweiten Volkszählung, dazwischen gibt es eine kleinere Stichprobenerhebung. Auch in China lebende Ausländer werden gezählt; es kann also sein, dass ein Zähler bei Ihnen klingelt. Gut zu wissen:\n- Zählerinnen und Zähler tragen einen amtlichen Ausweis. Sie dürfen ihn sehen wollen, und Ihr Einwohnerkomitee kann bestätigen, wer sie sind.\n- Die Fragen sind kurz, etwa nach Name, Geschlecht, Geburtsdatum, Staatsangehörigkeit, Grund und Beginn Ihres Aufenthalts in China.\n- Die Angaben sind gesetzlich vertraulich und dienen nur der Statistik.\n- Nach Bankdaten, Passwörtern oder Geld wird bei der Zählung nie gefragt. Tut es doch jemand, antworten Sie nicht und rufen Sie die 110.\n\nSind Sie nicht zu Hause, kommt der Zähler meist wieder oder hinterlässt eine Nachricht, um einen Termin zu vereinbaren. Das Team der Station dolmetscht bei Bedarf.",
                ),
                "es": (
                    "El censo, explicado: qué esperar cuando llama el agente censal",
                    "China cuenta a su población en un censo nacional cada diez años, con una encuesta por muestreo más pequeña a mitad de camino. Los extranjeros que viven en China también se cuentan, así que un agente censal puede llamar a tu puerta. Qué debes saber:\n- Los agentes censales llevan una identificación oficial. Puedes pedir que te la enseñen, y tu comité de residentes puede confirmar quiénes son.\n- Las preguntas son breves: por ejemplo, tu nombre, sexo, fecha de nacimiento, nacionalidad, por qué estás en China y desde cuándo.\n- Por ley, las respuestas son confidenciales y solo se usan con fines estadísticos.\n- Un agente censal nunca pide datos bancarios, contraseñas ni dinero. Si alguien lo hace, no respondas y llama al 110.\n\nSi no estás en casa, el agente suele volver o dejar una nota para acordar otro momento. El equipo de la estación puede hacer de intérprete si lo necesitas.",
                ),
                "pt-br": (
                    "O censo explicado: o que esperar quando o recenseador bater à porta",
                    "A China conta a sua população num censo nacional a cada dez anos, com uma pesquisa por amostragem menor no meio do caminho. Estrangeiros que moram na China também são contados, então um recenseador pode bater à sua porta. O que saber:\n- Os recenseadores têm um crachá oficial. Você pode pedir para ver, e o comitê de moradores pode confirmar quem eles são.\n- As perguntas são curtas: por exemplo, nome, sexo, data de nascimento, nacionalidade, por que você está na China e desde quando.\n- Por lei, as respostas são sigilosas e usadas só para estatística.\n- Recenseadores nunca pedem dados bancários, senhas ou dinheiro. Se alguém pedir, não responda e ligue 110.\n\nSe você não estiver em casa, o recenseador costuma voltar ou deixar um bilhete para combinar outro horário. A equipe da estação pode interpretar, se precisar.",
                ),
                "ru": (
                    "Перепись населения: чего ждать, когда придёт переписчик",
                    "В Китае раз в десять лет проводится всекитайская перепись населения, а между переписями — выборочное обследование меньшего масштаба. Иностранцев, живущих в Китае, тоже учитывают, поэтому к вам может прийти переписчик. Что нужно знать:\n- У переписчиков есть официальное удостоверение. Вы вправе попросить его показать, а ваш комитет жителей может подтвердить их личность.\n- Вопросов немного: например, имя, пол, дата рождения, гражданство, цель пребывания в Китае и с какого времени вы здесь.\n- По закону ответы конфиденциальны и используются только для статистики.\n- Переписчики никогда не спрашивают банковские данные, пароли и не просят денег. Если кто-то это делает, не отвечайте и звоните 110.\n\nЕсли вас нет дома, переписчик обычно приходит ещё раз или оставляет записку, чтобы договориться о времени. При необходимости сотрудники станции помогут с переводом.",
                ),
                "ar": (
                    "التعداد السكاني: ماذا تتوقع عندما يطرق العدّاد بابك",
                    "تُجري الصين تعدادًا وطنيًا للسكان كل عشر سنوات، ومسحًا بالعيّنة أصغر حجمًا في منتصف المدة بينهما. ويشمل التعداد الأجانب المقيمين في الصين أيضًا، لذلك قد يطرق أحد العدّادين بابك. ما ينبغي أن تعرفه:\n- يحمل العدّادون بطاقة تعريف رسمية، ومن حقك أن تطلب رؤيتها، ويمكن للجنة السكان أن تتحقق من هويتهم.\n- الأسئلة قصيرة، مثل الاسم والجنس وتاريخ الميلاد والجنسية وسبب وجودك في الصين ومنذ متى.\n- يفرض القانون أن تبقى الإجابات سرية وألا تُستخدم إلا لأغراض إحصائية.\n- لا يطلب العدّادون أبدًا بيانات مصرفية أو كلمات مرور أو أموالًا. فإذا طلب أحدهم ذلك فلا تُجب، واتصل بالرقم 110.\n\nإذا لم تكن في البيت، يعود العدّاد عادةً مرة أخرى أو يترك ورقة لتحديد موعد آخر. ويمكن لموظفي المحطة الترجمة لك عند الحاجة.",
                ),
            },
        },
        {
            "key": "japanese-resident-view",
            "texts": {
                "en": (
                    "“It feels like a village”: a Japanese resident on Lianyang",
                    "Mr Sato came to Shanghai from Osaka with his wife six years ago, for a job in Zhangjiang, and has lived in Lianyang ever since. We asked him what he would tell a newcomer.\n\n“People expect Shanghai to be all skyscrapers, but Lianyang feels like a village. In the morning grandparents do tai chi near Century Park, and in the afternoon you see the same faces at the vegetable stalls. The baker remembers my order, and the man who mends bicycles on the corner calls me Lao Sato. What surprised me most is how neighbours look after each other. When my wife was ill, the lady downstairs brought soup every day. In Japan we are more reserved; here I learned to knock on doors.”\n\nHis advice for newcomers: learn a little Mandarin, join one activity, and say yes when someone invites you to dinner.",
                ),
                "zh-hans": (
                    "“这里像个村子”：一位日本居民眼中的联洋",
                    "六年前，佐藤先生因为在张江工作，和太太一起从大阪来到上海，从那时起就一直住在联洋。我们请他给新来的朋友说几句。\n\n“大家总以为上海到处都是摩天大楼，可联洋给我的感觉像个村子。早上，世纪公园附近有爷爷奶奶打太极拳，到了下午，菜摊前又是那几张熟悉的面孔。面包店的老板记得我每次买什么，街角修自行车的师傅叫我‘老佐藤’。最让我意外的是邻居之间那么互相照顾。我太太生病的时候，楼下的阿姨每天给我们送汤。在日本，人和人之间比较拘谨；在这里，我学会了去敲邻居的门。”\n\n他给新居民的建议是：学一点普通话，参加一项活动，有人请你吃饭的时候，就答应下来。",
                ),
                "ja": (
                    "「まるで村のよう」：日本人住民が語る連洋",
                    "佐藤さんは6年前、張江での仕事のために奥さんと大阪から上海へ来て、それ以来ずっと連洋に住んでいます。これから来る人に伝えたいことを聞きました。\n\n「上海といえば高層ビルばかりと思われがちですが、連洋はまるで村のようです。朝は世紀公園の近くでお年寄りが太極拳をしていて、午後になると八百屋の前で同じ顔ぶれに会います。パン屋さんは私の注文を覚えていて、角の自転車修理のおじさんは私を『老佐藤（ラオ・サトウ）』と呼びます。いちばん驚いたのは、ご近所同士がこんなにも助け合うことでした。妻が体調を崩したとき、下の階の奥さんが毎日スープを届けてくれました。日本ではもっと遠慮がちですが、ここでは人の家のドアをノックすることを覚えました」\n\n新しく来る人へのアドバイスは、「中国語を少し覚えること、活動に一つ参加すること、そして食事に誘われたら『はい』と答えること」だそうです。",
                ),
                "ko": (
                    "“마을 같아요”: 일본인 주민이 본 롄양",
                    "사토 씨는 6년 전 장장(張江)에 있는 직장 때문에 아내와 함께 오사카에서 상하이로 왔고, 그 뒤로 줄곧 롄양에 살고 있습니다. 새로 오는 이웃에게 어떤 이야기를 해 주고 싶은지 물었습니다.\n\n“다들 상하이는 고층 빌딩뿐일 거라고 생각하지만, 롄양은 마을 같은 느낌이에요. 아침이면 세기공원 근처에서 어르신들이 태극권을 하고, 오후에는 채소 가게 앞에서 같은 얼굴들을 만나요. 빵집 주인은 제가 늘 사는 걸 기억하고, 길모퉁이 자전거 수리점 아저씨는 저를 ‘라오 사토’라고 불러요. 가장 놀란 건 이웃끼리 서로 정말 잘 챙긴다는 거였어요. 아내가 아팠을 때 아래층 아주머니가 매일 국을 가져다주셨죠. 일본에서는 좀 더 조심스러운 편인데, 여기서 남의 집 문을 두드리는 법을 배웠어요.”\n\n새로 온 주민에게 주는 그의 조언은 이렇습니다. 중국어를 조금 배우고, 활동 하나에 참여하고, 누가 밥을 먹자고 하면 ‘좋아요’라고 말할 것.",
                ),
                "fr": (
                    "« On se croirait dans un village » : un Japonais raconte Lianyang",
                    "M. Sato est arrivé d’Osaka à Shanghai avec sa femme il y a six ans, pour un poste à Zhangjiang, et vit à Lianyang depuis. Nous lui avons demandé ce qu’il dirait à un nouvel arrivant.\n\n« On imagine Shanghai tout en gratte-ciel, mais à Lianyang on se croirait dans un village. Le matin, des grands-parents font du taï-chi près du parc du Siècle, et l’après-midi on retrouve les mêmes visages aux étals de légumes. Le boulanger connaît ma commande, et le réparateur de vélos du coin m’appelle Lao Sato. Ce qui m’a le plus surpris, c’est combien les voisins prennent soin les uns des autres. Quand ma femme était malade, la dame du dessous nous apportait de la soupe tous les jours. Au Japon, nous sommes plus réservés ; ici, j’ai appris à frapper aux portes. »\n\nSes conseils aux nouveaux venus : apprendre un peu de mandarin, participer à une activité, et dire oui quand quelqu’un vous invite à dîner.",
                ),
                "de": (
                    "„Wie ein Dorf“: ein Japaner über Lianyang",
                    "Herr Sato kam vor sechs Jahren mit seiner Frau aus Osaka nach Shanghai, für eine Stelle in Zhangjiang, und lebt seitdem in Lianyang. Wir haben ihn gefragt, was er Neuankömmlingen sagen würde.\n\n„Man erwartet in Shanghai nur Wolkenkratzer, aber Lianyang fühlt sich an wie ein Dorf. Morgens machen die Großeltern Tai-Chi am Century Park, nachmittags trifft man dieselben Gesichter an den Gemüseständen. Der Bäcker kennt meine Bestellung, und der Fahrradmechaniker an der Ecke nennt mich Lao Sato. Am meisten überrascht hat mich, wie sehr die Nachbarn aufeinander achten. Als meine Frau krank war, brachte uns die Nachbarin von unten jeden Tag Suppe. In Japan sind wir zurückhaltender; hier habe ich gelernt, an Türen zu klopfen.“\n\nSein Rat für Neue: ein bisschen Chinesisch lernen, bei einer Aktivität mitmachen und Ja sagen, wenn jemand einen zum Essen einlädt.",
                ),
                "es": (
                    "«Parece un pueblo»: un vecino japonés habla de Lianyang",
                    "El señor Sato llegó a Shanghái desde Osaka con su esposa hace seis años, por un trabajo en Zhangjiang, y desde entonces vive en Lianyang. Le preguntamos qué le diría a alguien recién llegado.\n\n«La gente espera que Shanghái sea todo rascacielos, pero Lianyang parece un pueblo. Por la mañana los abuelos hacen taichí cerca del parque del Siglo, y por la tarde ves las mismas caras en los puestos de verdura. El panadero se acuerda de lo que pido, y el señor que arregla bicis en la esquina me llama Lao Sato. Lo que más me sorprendió es cuánto se cuidan los vecinos entre sí. Cuando mi mujer estuvo enferma, la señora de abajo nos traía sopa todos los días. En Japón somos más reservados; aquí aprendí a llamar a las puertas».\n\nSu consejo para los recién llegados: aprender un poco de mandarín, apuntarse a una actividad y decir que sí cuando alguien te invite a cenar.",
                ),
                "pt-br": (
                    "“Parece uma vila”: um morador japonês fala de Lianyang",
                    "O senhor Sato veio de Osaka para Xangai com a esposa há seis anos, para trabalhar em Zhangjiang, e mora em Lianyang desde então. Perguntamos o que ele diria a quem está chegando.\n\n“O pessoal imagina Xangai só com arranha-céus, mas Lianyang parece uma vila. De manhã, os avós fazem tai chi perto do Parque do Século, e à tarde a gente vê as mesmas caras nas bancas de verdura. O padeiro lembra o meu pedido, e o moço que conserta bicicletas na esquina me chama de Lao Sato. O que mais me surpreendeu foi como os vizinhos cuidam uns dos outros. Quando a minha esposa ficou doente, a senhora do andar de baixo levava sopa todo dia. No Japão somos mais reservados; aqui aprendi a bater na porta dos outros.”\n\nO conselho dele para quem chega: aprender um pouco de mandarim, entrar em uma atividade e dizer sim quando alguém convidar para jantar.",
                ),
                "ru": (
                    "«Как в деревне»: японский житель о Ляньяне",
                    "Господин Сато шесть лет назад приехал с женой из Осаки в Шанхай — работать в Чжанцзяне — и с тех пор живёт в Ляньяне. Мы спросили, что бы он сказал новичку.\n\n«Все думают, что Шанхай — это одни небоскрёбы, а Ляньян похож на деревню. Утром бабушки и дедушки занимаются тайцзицюань у парка Century Park, а днём у овощных лотков встречаешь те же лица. Булочник помнит, что я обычно беру, а мастер, который чинит велосипеды на углу, зовёт меня Лао Сато. Больше всего меня удивило, как соседи заботятся друг о друге. Когда жена заболела, соседка снизу каждый день приносила нам суп. В Японии люди сдержаннее; здесь я научился стучать в двери».\n\nЕго совет новичкам: выучить немного китайского, записаться хотя бы на одно занятие и соглашаться, когда вас зовут на ужин.",
                ),
                "ar": (
                    "«كأنها قرية»: مقيم ياباني يتحدث عن ليانيانغ",
                    "جاء السيد ساتو مع زوجته من أوساكا إلى شنغهاي قبل ست سنوات للعمل في تشانغجيانغ، ومنذ ذلك الحين يسكن في ليانيانغ. سألناه ماذا يقول لمن وصل حديثًا.\n\n«يتوقع الناس أن تكون شنغهاي كلها ناطحات سحاب، لكن ليانيانغ تشبه القرية. في الصباح يمارس الأجداد رياضة التاي تشي قرب حديقة القرن، وبعد الظهر ترى الوجوه نفسها عند بسطات الخضار. الخبّاز يتذكر طلبي، والرجل الذي يصلح الدراجات عند الزاوية يناديني لاو ساتو. وأكثر ما فاجأني هو كيف يعتني الجيران بعضهم ببعض. عندما مرضت زوجتي، كانت جارتنا في الطابق السفلي تحضر لنا الحساء كل يوم. نحن في اليابان أكثر تحفظًا، أما هنا فقد تعلمت أن أطرق الأبواب».\n\nونصيحته للقادمين الجدد: تعلّم قليلًا من الصينية، وشارك في نشاط واحد على الأقل، وقل نعم حين يدعوك أحد إلى العشاء.",
                ),
            },
        },
    ],
    # No. 6, November and December
    [
        {
            "key": "kimchi-day",
            "texts": {
                "en": (
                    "Kimchi day: Korean and Chinese neighbours share a tradition",
                    "In Korea, late autumn is kimjang season, when families make enough kimchi together to last the winter. This November, Korean residents brought the tradition to the service centre and invited their Chinese neighbours.\n\nForty heads of napa cabbage had been salted overnight. At long tables, everyone rubbed the leaves with a paste of red pepper flakes, garlic, ginger, fish sauce and shredded radish. Everyone wore gloves, and everyone still had red hands by the end. The Chinese grandmothers recognised the idea at once: salting vegetables for the winter is an old custom around Shanghai too, and they brought their own salted mustard greens to compare.\n\nEach family took home a jar, and extra jars went to elderly neighbours who live alone. Minhua from the station, who interpreted in three languages all afternoon, hopes to make it a yearly event.",
                ),
                "zh-hans": (
                    "泡菜日：中韩邻居共享一份传统",
                    "在韩国，深秋是“越冬泡菜季”，一家人聚在一起腌够一整个冬天吃的泡菜。今年十一月，韩国居民把这个传统带到了服务中心，还请来了中国邻居。\n\n四十棵大白菜头天晚上就已经用盐腌好。长桌旁，大家把辣椒粉、大蒜、生姜、鱼露和萝卜丝调成的酱料一层层抹在菜叶上。人人都戴着手套，可到最后手还是红红的。中国的阿姨奶奶们一看就明白：腌菜过冬在上海一带也是老习惯，她们还带来了自家腌的雪里蕻，和泡菜比一比。\n\n每个家庭都带回了一罐泡菜，多出来的送给了小区里的独居老人。工作站的敏华一下午用三种语言来回翻译，她希望把泡菜日办成一年一度的活动。",
                ),
                "ja": (
                    "キムチの日：韓国と中国のご近所さんが伝統を分かち合う",
                    "韓国では晩秋は「キムジャン」の季節。家族みんなで冬を越せるだけのキムチを漬け込みます。この11月、韓国人住民がこの伝統をサービスセンターに持ち込み、中国人のご近所さんを招きました。\n\n40株の白菜は前の晩から塩漬けにしてありました。長いテーブルで、粉唐辛子、にんにく、しょうが、魚醤、千切り大根を合わせたヤンニョムを葉の一枚一枚に塗り込んでいきます。全員手袋をしていたのに、終わるころには全員の手が真っ赤に。中国のおばあちゃんたちはすぐに納得した様子でした。冬に備えて野菜を塩漬けにするのは上海周辺でも昔からの習慣で、自家製の雪菜の漬物を持ってきて食べ比べました。\n\n各家庭が一瓶ずつ持ち帰り、余った分は一人暮らしのお年寄りに届けました。午後いっぱい3か国語で通訳を務めたステーションの敏华（ミンホア）は、毎年の恒例行事にしたいと話しています。",
                ),
                "ko": (
                    "김장의 날: 한국·중국 이웃이 함께 나눈 전통",
                    "한국에서 늦가을은 가족이 함께 겨우내 먹을 김치를 담그는 김장철입니다. 올해 11월, 한국 주민들이 이 전통을 서비스센터로 가져와 중국 이웃들을 초대했습니다.\n\n배추 40포기는 전날 밤에 미리 절여 두었습니다. 긴 탁자에 둘러앉아 고춧가루, 마늘, 생강, 액젓, 채 썬 무로 만든 김칫소를 배춧잎 사이사이에 발랐습니다. 모두 장갑을 꼈는데도 끝날 무렵엔 다들 손이 빨갛게 물들었지요. 중국 할머니들은 금세 알아보셨습니다. 겨울을 나려고 채소를 소금에 절이는 건 상하이 일대에서도 오래된 풍습이라며, 직접 절인 갓절임(쉐리훙)을 가져와 함께 맛보았습니다.\n\n가정마다 김치 한 통씩을 가져갔고, 남은 김치는 혼자 사는 어르신들께 전해 드렸습니다. 오후 내내 세 가지 언어로 통역한 스테이션의 민화 씨는 김장의 날을 해마다 열고 싶다고 합니다.",
                ),
                "fr": (
                    "Journée kimchi : voisins coréens et chinois partagent une tradition",
                    "En Corée, la fin de l’automne est la saison du kimjang : les familles préparent ensemble assez de kimchi pour tout l’hiver. En novembre, des habitants coréens ont apporté cette tradition au centre de services et invité leurs voisins chinois.\n\nQuarante choux chinois avaient été salés la veille. Aux longues tables, chacun a enduit les feuilles d’une pâte de piment rouge en flocons, d’ail, de gingembre, de sauce de poisson et de radis râpé. Tout le monde portait des gants, et tout le monde avait quand même les mains rouges à la fin. Les grands-mères chinoises ont tout de suite reconnu le principe : saler des légumes pour l’hiver est aussi une vieille coutume de la région de Shanghai, et elles ont apporté leurs propres feuilles de moutarde salées pour comparer.\n\nChaque famille est repartie avec un bocal, et les bocaux en trop sont allés aux voisins âgés qui vivent seuls. Minhua, de la station, qui a interprété en trois langues tout l’après-midi, aimerait en faire un rendez-vous annuel.",
                ),
                "de": (
                    "Kimchi-Tag: koreanische und chinesische Nachbarn teilen eine Tradition",
                    "In Korea ist der Spätherbst Kimjang-Zeit: Familien machen gemeinsam so viel Kimchi, dass es für den ganzen Winter reicht. In diesem November brachten koreanische Bewohner die Tradition ins Servicezentrum und luden ihre chinesischen Nachbarn ein.\n\nVierzig Köpfe Chinakohl waren über Nacht eingesalzen worden. An langen Tischen rieben alle die Blätter mit einer Paste aus Chiliflocken, Knoblauch, Ingwer, Fischsoße und geraspeltem Rettich ein. Alle trugen Handschuhe, und trotzdem hatten am Ende alle rote Hände. Die chinesischen Großmütter erkannten die Idee sofort: Gemüse für den Winter einzusalzen ist auch rund um Shanghai ein alter Brauch, und sie brachten ihr eigenes gesalzenes Senfkraut zum Vergleich mit.\n\nJede Familie nahm ein Glas mit nach Hause, die übrigen Gläser gingen an ältere Nachbarn, die allein leben. Minhua von der Station, die den ganzen Nachmittag in drei Sprachen dolmetschte, möchte daraus ein jährliches Fest machen.",
                ),
                "es": (
                    "Día del kimchi: vecinos coreanos y chinos comparten una tradición",
                    "En Corea, el final del otoño es la temporada del kimjang, cuando las familias preparan juntas kimchi suficiente para todo el invierno. Este noviembre, los vecinos coreanos llevaron la tradición al centro de servicios e invitaron a sus vecinos chinos.\n\nCuarenta coles chinas se habían salado la noche anterior. En mesas largas, todos untamos las hojas con una pasta de copos de chile rojo, ajo, jengibre, salsa de pescado y rábano rallado. Todos llevábamos guantes, y aun así todos terminamos con las manos rojas. Las abuelas chinas reconocieron la idea enseguida: salar verduras para el invierno también es una vieja costumbre en la zona de Shanghái, y trajeron sus propias hojas de mostaza en salazón para comparar.\n\nCada familia se llevó un tarro a casa, y los que sobraron fueron para vecinos mayores que viven solos. Minhua, de la estación, que interpretó en tres idiomas toda la tarde, espera convertirlo en una cita anual.",
                ),
                "pt-br": (
                    "Dia do kimchi: vizinhos coreanos e chineses dividem uma tradição",
                    "Na Coreia, o fim do outono é a época do kimjang, quando as famílias fazem juntas kimchi suficiente para o inverno inteiro. Neste novembro, moradores coreanos trouxeram a tradição para o centro de serviços e convidaram os vizinhos chineses.\n\nQuarenta acelgas chinesas tinham sido salgadas na noite anterior. Em mesas compridas, todo mundo passou nas folhas uma pasta de pimenta vermelha em flocos, alho, gengibre, molho de peixe e rabanete ralado. Todo mundo estava de luva, e mesmo assim todo mundo terminou com as mãos vermelhas. As avós chinesas reconheceram a ideia na hora: salgar verduras para o inverno também é um costume antigo na região de Xangai, e elas trouxeram a própria mostarda salgada para comparar.\n\nCada família levou um pote para casa, e os potes que sobraram foram para vizinhos idosos que moram sozinhos. Minhua, da estação, que interpretou em três idiomas a tarde toda, quer transformar o dia num evento anual.",
                ),
                "ru": (
                    "День кимчи: корейские и китайские соседи делятся традицией",
                    "В Корее поздняя осень — время кимджана, когда семьи вместе заготавливают столько кимчи, чтобы хватило на всю зиму. В ноябре корейские жители принесли эту традицию в сервисный центр и пригласили китайских соседей.\n\nСорок кочанов пекинской капусты засолили ещё накануне вечером. За длинными столами все натирали листья пастой из хлопьев красного перца, чеснока, имбиря, рыбного соуса и тёртой редьки. Все были в перчатках, и всё равно к концу у всех руки были красные. Китайские бабушки сразу узнали знакомое: солить овощи на зиму — давний обычай и в окрестностях Шанхая, и они принесли для сравнения свою солёную листовую горчицу.\n\nКаждая семья унесла домой банку, а лишние банки отнесли пожилым соседям, которые живут одни. Миньхуа со станции, которая весь день переводила на трёх языках, надеется сделать этот день ежегодным.",
                ),
                "ar": (
                    "يوم الكيمتشي: جيران كوريون وصينيون يتشاركون تقليدًا",
                    "في كوريا، أواخر الخريف هو موسم «الكيمجانغ»، حين تُعِدّ العائلات معًا ما يكفي من الكيمتشي طوال الشتاء. وفي نوفمبر هذا العام، جاء السكان الكوريون بهذا التقليد إلى مركز الخدمات ودعوا جيرانهم الصينيين.\n\nكانت أربعون رأسًا من الملفوف الصيني قد مُلّحت في الليلة السابقة. وحول طاولات طويلة، دهن الجميع الأوراق بعجينة من رقائق الفلفل الأحمر والثوم والزنجبيل وصلصة السمك والفجل المبشور. ارتدى الجميع القفازات، ومع ذلك انتهى الجميع بأيدٍ حمراء. وعرفت الجدّات الصينيات الفكرة فورًا، فتمليح الخضار للشتاء عادة قديمة في منطقة شنغهاي أيضًا، وقد أحضرن أوراق الخردل المملّحة التي صنعنها بأنفسهن للمقارنة.\n\nأخذت كل عائلة برطمانًا إلى بيتها، وذهبت البرطمانات الزائدة إلى الجيران المسنّين الذين يعيشون بمفردهم. وتأمل مينهوا من المحطة، التي ترجمت بثلاث لغات طوال فترة بعد الظهر، أن يصبح هذا اليوم تقليدًا سنويًا.",
                ),
            },
        },
        {
            "key": "seasonal-flu-talk",
            "texts": {
                "en": (
                    "Health talk: protecting yourself from seasonal flu",
                    "Flu season in Shanghai usually runs through the winter months. At the station’s November health talk, a doctor from the community health service centre answered residents’ questions. Her advice:\n- The flu vaccine is the best protection. It is best given in autumn, before the season starts, but later is still worthwhile. Ask your community health service centre.\n- Wash your hands often, cover coughs and sneezes, and air your rooms every day.\n- If you have a fever, stay at home and wear a mask around others.\n- Older people, young children, pregnant women and people with chronic illness should see a doctor early. Hospitals have fever clinics for patients with a high temperature.\n\nIn an emergency, call 120. For questions about public services, the city hotline 12345 can help. The doctor’s slides, in English and Chinese, are available at the front desk.",
                ),
                "zh-hans": (
                    "健康讲座：预防季节性流感",
                    "上海的流感高发季一般在冬季。在工作站十一月举办的健康讲座上，社区卫生服务中心的医生解答了居民们的提问。她的建议是：\n- 接种流感疫苗是最有效的预防办法。最好在秋季、流感季开始前接种，晚一些接种也仍然有用。具体可咨询所在社区卫生服务中心。\n- 勤洗手，咳嗽、打喷嚏时遮住口鼻，每天开窗通风。\n- 发烧时请居家休息，与他人接触时佩戴口罩。\n- 老人、幼儿、孕妇和慢性病患者要尽早就医。医院设有发热门诊，专门接诊发热病人。\n\n遇到紧急情况，请拨打120。有关公共服务的问题，可以拨打市民服务热线12345。讲座课件有中英文两个版本，可到窗口领取。",
                ),
                "ja": (
                    "健康講座：季節性インフルエンザから身を守る",
                    "上海のインフルエンザシーズンは、例年冬の間です。11月にステーションで開いた健康講座では、社区衛生サービスセンターの医師が住民の質問に答えてくれました。先生からのアドバイスです。\n- インフルエンザワクチンが最も効果的な予防策です。シーズンが始まる前の秋に接種するのが理想ですが、遅れても接種する価値があります。お住まいの地域の社区衛生サービスセンターにお問い合わせください。\n- こまめに手を洗い、せきやくしゃみをするときは口と鼻を覆い、毎日部屋の換気をしましょう。\n- 熱があるときは家で休み、人と会うときはマスクを着けましょう。\n- 高齢者、幼い子ども、妊娠中の方、持病のある方は早めに受診してください。病院には、熱のある患者のための発熱外来があります。\n\n緊急のときは120へ。公共サービスについての質問は、市民ホットライン12345でも受け付けています。講座のスライド（英語と中国語）は窓口でお渡ししています。",
                ),
                "ko": (
                    "건강 강좌: 계절 독감 예방하기",
                    "상하이의 독감 유행철은 보통 겨울입니다. 11월 스테이션에서 열린 건강 강좌에서 지역 사회위생서비스센터의 의사 선생님이 주민들의 질문에 답해 주었습니다. 선생님의 조언입니다.\n- 독감 백신이 가장 좋은 예방법입니다. 유행철이 시작되기 전 가을에 맞는 것이 가장 좋지만, 늦게라도 맞을 가치가 있습니다. 거주지의 사회위생서비스센터에 문의하세요.\n- 손을 자주 씻고, 기침이나 재채기를 할 때는 입과 코를 가리고, 매일 환기하세요.\n- 열이 나면 집에서 쉬고, 다른 사람과 있을 때는 마스크를 쓰세요.\n- 어르신, 어린아이, 임신부, 만성 질환이 있는 분은 일찍 진료를 받으세요. 병원에는 열이 나는 환자를 위한 발열 클리닉이 있습니다.\n\n응급 상황에는 120으로 전화하세요. 공공서비스에 관한 문의는 시민 핫라인 12345에서도 도와드립니다. 강좌 자료(영어·중국어)는 창구에서 받으실 수 있습니다.",
                ),
                "fr": (
                    "Conférence santé : se protéger de la grippe saisonnière",
                    "À Shanghai, la saison de la grippe s’étend généralement sur les mois d’hiver. Lors de la conférence santé organisée en novembre par la station, une médecin du centre de santé communautaire a répondu aux questions des habitants. Ses conseils :\n- Le vaccin contre la grippe est la meilleure protection. L’idéal est de se faire vacciner à l’automne, avant le début de la saison, mais plus tard, cela vaut encore la peine. Renseignez-vous auprès de votre centre de santé communautaire.\n- Lavez-vous souvent les mains, couvrez toux et éternuements, et aérez chaque jour.\n- En cas de fièvre, restez chez vous et portez un masque en présence d’autres personnes.\n- Les personnes âgées, les jeunes enfants, les femmes enceintes et les malades chroniques doivent consulter tôt. Les hôpitaux disposent de consultations dédiées à la fièvre.\n\nEn cas d’urgence, appelez le 120. Pour toute question sur les services publics, la ligne municipale 12345 peut vous aider. Les diapositives de la médecin, en anglais et en chinois, sont disponibles au guichet.",
                ),
                "de": (
                    "Gesundheitsvortrag: So schützen Sie sich vor der saisonalen Grippe",
                    "Die Grippesaison in Shanghai fällt meist in die Wintermonate. Beim Gesundheitsvortrag der Station im November beantwortete eine Ärztin des kommunalen Gesundheitszentrums die Fragen der Bewohner. Ihre Ratschläge:\n- Die Grippeimpfung ist der beste Schutz. Am besten lässt man sich im Herbst impfen, bevor die Saison beginnt, aber auch später lohnt es sich noch. Fragen Sie in Ihrem kommunalen Gesundheitszentrum.\n- Oft die Hände waschen, in die Armbeuge husten und niesen und täglich lüften.\n- Bei Fieber zu Hause bleiben und in Gesellschaft eine Maske tragen.\n- Ältere Menschen, kleine Kinder, Schwangere und chronisch Kranke sollten früh zum Arzt gehen. Krankenhäuser haben eigene Fieberambulanzen für Patienten mit hohem Fieber.\n\nIm Notfall die 120 anrufen. Bei Fragen zu öffentlichen Diensten hilft die städtische Hotline 12345. Die Folien der Ärztin, auf Englisch und Chinesisch, liegen am Schalter bereit.",
                ),
                "es": (
                    "Charla de salud: cómo protegerse de la gripe estacional",
                    "En Shanghái, la temporada de gripe suele ocupar los meses de invierno. En la charla de salud que organizó la estación en noviembre, una médica del centro de salud comunitario respondió a las preguntas de los vecinos. Sus consejos:\n- La vacuna contra la gripe es la mejor protección. Lo ideal es ponérsela en otoño, antes de que empiece la temporada, pero más tarde sigue valiendo la pena. Pregunta en tu centro de salud comunitario.\n- Lávate las manos a menudo, cúbrete al toser y estornudar, y ventila la casa todos los días.\n- Si tienes fiebre, quédate en casa y usa mascarilla cuando estés con otras personas.\n- Las personas mayores, los niños pequeños, las embarazadas y quienes tienen enfermedades crónicas deben ir pronto al médico. Los hospitales tienen consultas de fiebre para pacientes con temperatura alta.\n\nEn una emergencia, llama al 120. Para dudas sobre servicios públicos, la línea municipal 12345 puede ayudarte. Las diapositivas de la médica, en inglés y chino, están disponibles en el mostrador.",
                ),
                "pt-br": (
                    "Palestra de saúde: como se proteger da gripe sazonal",
                    "Em Xangai, a temporada de gripe costuma ocupar os meses de inverno. Na palestra de saúde da estação em novembro, uma médica do centro de saúde comunitário respondeu às perguntas dos moradores. As dicas dela:\n- A vacina da gripe é a melhor proteção. O ideal é tomar no outono, antes de a temporada começar, mas depois ainda vale a pena. Pergunte no centro de saúde comunitário do seu bairro.\n- Lave as mãos com frequência, cubra a boca ao tossir e espirrar e areje a casa todo dia.\n- Se tiver febre, fique em casa e use máscara perto de outras pessoas.\n- Idosos, crianças pequenas, gestantes e pessoas com doenças crônicas devem procurar o médico cedo. Os hospitais têm ambulatórios de febre para pacientes com temperatura alta.\n\nEm caso de emergência, ligue 120. Para dúvidas sobre serviços públicos, a central municipal 12345 pode ajudar. Os slides da médica, em inglês e chinês, estão disponíveis no balcão.",
                ),
                "ru": (
                    "Лекция о здоровье: как защититься от сезонного гриппа",
                    "В Шанхае сезон гриппа обычно приходится на зимние месяцы. На ноябрьской лекции о здоровье, которую провела станция, врач из общинного центра здоровья ответила на вопросы жителей. Её советы:\n- Прививка от гриппа — лучшая защита. Лучше всего сделать её осенью, до начала сезона, но и позже она имеет смысл. Обратитесь в общинный центр здоровья по месту жительства.\n- Чаще мойте руки, прикрывайте рот и нос при кашле и чихании, каждый день проветривайте помещения.\n- При температуре оставайтесь дома, а рядом с другими людьми носите маску.\n- Пожилым людям, маленьким детям, беременным и людям с хроническими заболеваниями стоит обращаться к врачу пораньше. В больницах есть отдельные приёмные для пациентов с высокой температурой.\n\nВ экстренном случае звоните 120. С вопросами о городских услугах поможет горячая линия 12345. Слайды лекции на английском и китайском можно получить у стойки.",
                ),
                "ar": (
                    "محاضرة صحية: كيف تحمي نفسك من الإنفلونزا الموسمية",
                    "يمتد موسم الإنفلونزا في شنغهاي عادةً خلال أشهر الشتاء. وفي المحاضرة الصحية التي نظمتها المحطة في نوفمبر، أجابت طبيبة من مركز الخدمات الصحية المجتمعية عن أسئلة السكان. وهذه نصائحها:\n- لقاح الإنفلونزا هو أفضل وقاية. والأفضل أخذه في الخريف قبل بدء الموسم، لكنه يبقى مفيدًا بعد ذلك أيضًا. استفسر في مركز الخدمات الصحية المجتمعية التابع لحيّك.\n- اغسل يديك كثيرًا، وغطِّ فمك وأنفك عند السعال والعطس، وجدّد هواء الغرف كل يوم.\n- إذا أصبت بالحمى فابقَ في البيت، وارتدِ كمامة عند وجودك مع الآخرين.\n- على كبار السن والأطفال الصغار والحوامل وأصحاب الأمراض المزمنة مراجعة الطبيب مبكرًا. وفي المستشفيات عيادات خاصة بالحمى لاستقبال المرضى ذوي الحرارة المرتفعة.\n\nفي حالات الطوارئ اتصل بالرقم 120. وللاستفسار عن الخدمات العامة يمكنك الاتصال بالخط الساخن للمدينة 12345. وشرائح عرض الطبيبة متوفرة بالإنجليزية والصينية في مكتب الاستقبال.",
                ),
            },
        },
        {
            "key": "year-in-review",
            "texts": {
                "en": (
                    "Our year in review",
                    "As the year ends, we look back at twelve months in Lianyang.\n\nIn winter, a Korean family celebrated its first Spring Festival with the neighbours, and twenty residents tried their hand at calligraphy. In spring, volunteers cleared the riverside path, and we explained the new appointment process for residence permits. Summer brought zongzi, family day in Century Park and the Mandarin corner’s first birthday. In autumn, lanterns lit up the courtyard at Mid-Autumn, and in November the service centre smelt of garlic and chilli on kimchi day.\n\nBehind the stories are the everyday questions the station answers at its front desk: permits and registration, doctors and schools, waste sorting and neighbours. Thank you to every resident, volunteer and neighbour who took part this year. We look forward to seeing you in the new year, and to your ideas for this newspaper.",
                ),
                "zh-hans": (
                    "回望这一年",
                    "一年将尽，让我们一起回顾联洋的这十二个月。\n\n冬天，一户韩国家庭和邻居们一起过了他们在上海的第一个春节，二十位居民第一次拿起毛笔写字。春天，志愿者们清洁了滨河步道，我们也向大家介绍了居留许可的预约办理新流程。夏天有端午的粽子、世纪公园的家庭日，还有普通话角的一周岁生日。秋天，中秋的灯笼照亮了院子；到了十一月，泡菜日那天，整个服务中心都飘着大蒜和辣椒的香味。\n\n这些故事的背后，是工作站窗口每天回答的各种问题：居留和登记、看病和上学、垃圾分类和邻里相处。感谢今年参加活动的每一位居民、志愿者和邻居。新的一年，期待与您再见，也欢迎您为本报出主意。",
                ),
                "ja": (
                    "この一年を振り返って",
                    "一年の終わりに、連洋での12か月を振り返ります。\n\n冬には、韓国人一家がご近所さんと初めての春節を祝い、20人の住民が書道に挑戦しました。春には、ボランティアが川沿いの遊歩道をきれいにし、居留許可の新しい予約制についてお伝えしました。夏はちまきづくり、世紀公園でのファミリーデー、そして中国語コーナーの1周年。秋には中秋節のランタンが中庭を照らし、11月のキムチの日にはサービスセンターがにんにくと唐辛子の香りに包まれました。\n\nこうした話題の陰には、ステーションの窓口が毎日受けている身近な質問があります。居留許可や登記、病院や学校、ごみの分別やご近所付き合い。今年参加してくださったすべての住民、ボランティア、ご近所の皆さんに感謝します。新しい年も皆さんにお会いできること、そしてこの新聞へのアイデアを楽しみにしています。",
                ),
                "ko": (
                    "올해를 돌아보며",
                    "한 해를 마무리하며 롄양에서 보낸 열두 달을 돌아봅니다.\n\n겨울에는 한국인 가족이 이웃과 함께 첫 춘절을 보냈고, 주민 스무 명이 서예에 도전했습니다. 봄에는 자원봉사자들이 강변 산책로를 청소했고, 거류 허가의 새로운 예약 절차를 안내해 드렸습니다. 여름에는 쭝쯔 만들기, 세기공원 가족의 날, 그리고 중국어 코너의 첫돌이 있었습니다. 가을에는 중추절 등불이 마당을 밝혔고, 11월 김장의 날에는 서비스센터 가득 마늘과 고춧가루 냄새가 퍼졌습니다.\n\n이 이야기들 뒤에는 스테이션 창구가 날마다 답하는 일상의 질문들이 있습니다. 거류 허가와 등록, 병원과 학교, 분리배출과 이웃 관계까지. 올해 함께해 주신 모든 주민, 자원봉사자, 이웃 여러분께 감사드립니다. 새해에도 여러분을 만나고, 이 신문에 대한 아이디어를 듣게 되기를 기대합니다.",
                ),
                "fr": (
                    "Notre année en revue",
                    "L’année touche à sa fin : retour sur douze mois à Lianyang.\n\nEn hiver, une famille coréenne a fêté son premier Nouvel An chinois avec ses voisins, et vingt habitants se sont essayés à la calligraphie. Au printemps, des bénévoles ont nettoyé le chemin des berges, et nous avons expliqué la nouvelle procédure de rendez-vous pour les titres de séjour. L’été a apporté les zongzi, la journée des familles au parc du Siècle et le premier anniversaire du coin mandarin. À l’automne, les lanternes de la Mi-Automne ont illuminé la cour, et en novembre le centre de services sentait l’ail et le piment lors de la journée kimchi.\n\nDerrière ces histoires, il y a les questions de tous les jours auxquelles la station répond au guichet : titres de séjour et déclarations, médecins et écoles, tri des déchets et relations de voisinage. Merci à chaque habitant, bénévole et voisin qui a participé cette année. Au plaisir de vous retrouver l’an prochain, et de recevoir vos idées pour ce journal.",
                ),
                "de": (
                    "Unser Jahresrückblick",
                    "Das Jahr geht zu Ende – Zeit für einen Blick zurück auf zwölf Monate in Lianyang.\n\nIm Winter feierte eine koreanische Familie ihr erstes Frühlingsfest mit den Nachbarn, und zwanzig Bewohner versuchten sich in Kalligrafie. Im Frühling räumten Freiwillige den Uferweg auf, und wir erklärten das neue Terminverfahren für Aufenthaltserlaubnisse. Der Sommer brachte Zongzi, den Familientag im Century Park und den ersten Geburtstag des Mandarin-Treffs. Im Herbst erleuchteten die Laternen des Mondfests den Hof, und im November roch das Servicezentrum am Kimchi-Tag nach Knoblauch und Chili.\n\nHinter den Geschichten stehen die alltäglichen Fragen, die die Station am Schalter beantwortet: Aufenthalt und Anmeldung, Ärzte und Schulen, Mülltrennung und Nachbarschaft. Danke an alle Bewohner, Freiwilligen und Nachbarn, die in diesem Jahr dabei waren. Wir freuen uns, Sie im neuen Jahr wiederzusehen, und auf Ihre Ideen für diese Zeitung.",
                ),
                "es": (
                    "Nuestro año en resumen",
                    "El año se acaba, y miramos atrás a doce meses en Lianyang.\n\nEn invierno, una familia coreana celebró su primer Año Nuevo chino con los vecinos, y veinte residentes probaron suerte con la caligrafía. En primavera, los voluntarios limpiaron el paseo junto al río, y explicamos el nuevo proceso de cita previa para los permisos de residencia. El verano trajo los zongzi, el día de la familia en el parque del Siglo y el primer cumpleaños del rincón de mandarín. En otoño, los farolillos del Medio Otoño iluminaron el patio, y en noviembre el centro de servicios olía a ajo y chile en el día del kimchi.\n\nDetrás de estas historias están las preguntas de cada día que la estación responde en el mostrador: permisos y registros, médicos y colegios, reciclaje y convivencia vecinal. Gracias a cada vecino, voluntario y residente que participó este año. Esperamos verlos en el año nuevo, y recibir sus ideas para este periódico.",
                ),
                "pt-br": (
                    "Nosso ano em retrospectiva",
                    "O ano está terminando, e olhamos para trás, para doze meses em Lianyang.\n\nNo inverno, uma família coreana comemorou o primeiro Ano-Novo Chinês com os vizinhos, e vinte moradores se arriscaram na caligrafia. Na primavera, voluntários limparam a trilha da beira do rio, e explicamos o novo processo de agendamento da autorização de residência. O verão trouxe os zongzi, o dia da família no Parque do Século e o primeiro aniversário do cantinho do mandarim. No outono, as lanternas do Meio do Outono iluminaram o pátio, e em novembro o centro de serviços ficou com cheiro de alho e pimenta no dia do kimchi.\n\nPor trás das histórias estão as perguntas do dia a dia que a estação responde no balcão: autorização e registro, médicos e escolas, separação do lixo e convivência com os vizinhos. Obrigado a cada morador, voluntário e vizinho que participou este ano. Esperamos ver você no ano que vem, e receber as suas ideias para este jornal.",
                ),
                "ru": (
                    "Итоги года",
                    "Год подходит к концу, и мы оглядываемся на двенадцать месяцев в Ляньяне.\n\nЗимой корейская семья впервые встретила китайский Новый год вместе с соседями, а двадцать жителей попробовали себя в каллиграфии. Весной волонтёры убрали набережную, а мы рассказали о новом порядке записи на оформление вида на жительство. Лето принесло цзунцзы, день семьи в парке Century Park и первый день рождения уголка китайского языка. Осенью фонарики праздника середины осени осветили двор, а в ноябре в День кимчи весь сервисный центр пах чесноком и перцем.\n\nЗа этими историями стоят повседневные вопросы, на которые станция отвечает у своей стойки: документы и регистрация, врачи и школы, сортировка мусора и отношения с соседями. Спасибо каждому жителю, волонтёру и соседу, который был с нами в этом году. Ждём вас в новом году — и ваших идей для нашей газеты.",
                ),
                "ar": (
                    "حصاد العام",
                    "مع نهاية العام، نلقي نظرة على اثني عشر شهرًا في ليانيانغ.\n\nفي الشتاء احتفلت عائلة كورية بأول عيد ربيع لها مع الجيران، وجرّب عشرون من السكان فن الخط الصيني. وفي الربيع نظّف المتطوعون ممشى ضفة النهر، وشرحنا الإجراءات الجديدة لحجز مواعيد تصاريح الإقامة. وجاء الصيف بالزونغزي ويوم العائلة في حديقة القرن والعيد الأول لركن اللغة الصينية. وفي الخريف أضاءت فوانيس عيد منتصف الخريف الباحة، وفي نوفمبر فاحت رائحة الثوم والفلفل الحار في مركز الخدمات في يوم الكيمتشي.\n\nووراء هذه القصص أسئلة الحياة اليومية التي تجيب عنها المحطة في مكتب الاستقبال: الإقامة والتسجيل، والأطباء والمدارس، وفرز النفايات والعلاقات بين الجيران. شكرًا لكل مقيم ومتطوع وجار شارك معنا هذا العام. نتطلع إلى لقائكم في العام الجديد، وإلى أفكاركم لهذه الصحيفة.",
                ),
            },
        },
    ],
]
