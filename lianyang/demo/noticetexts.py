# ruff: noqa: E501  (the texts are read as sentences, not wrapped)
"""The demo station's notices: fourteen publications of the kinds a community station posts over a year (service
cuts, safety, waste sorting, registering a stay, holidays, the monthly activity), each in the ten interface
languages. Most were written in Chinese by the officers, three in English; the rest are their translations.
All invented.

Bodies are plain text: paragraphs separated by a blank line, list items as lines starting with "- ".
"""

# Each notice: its key, category, source language, whether it is pinned, then (title, body) in each language.
NOTICES = [
    {
        "key": "accommodation_registration",
        "category": "policy",
        "source": "en",
        "pinned": True,
        "texts": {
            "en": (
                "Register your stay within 24 hours",
                "Under Article 39 of the Exit and Entry Administration Law, foreign nationals staying anywhere other than a hotel must register their stay with the police within 24 hours of arrival, themselves or through their host. Register again each time you move, each time you come back from abroad and when you get a new visa or residence permit.\n\nPlease bring:\n- your passport with your visa or residence permit\n- your lease, or your host's ID or the owner's property certificate\n\nYou can register here at the station, at the police station or online. Late registration can lead to a warning or a fine, so please don't wait.",
            ),
            "zh-hans": (
                "请在入住后24小时内办理住宿登记",
                "根据《中华人民共和国出境入境管理法》第三十九条，外国人在旅馆以外的其他住所居住或者住宿的，应当在入住后24小时内由本人或者留宿人向居住地公安机关办理住宿登记。每次搬家、每次从境外返回，以及取得新的签证或居留许可后，都需要重新登记。\n\n请携带：\n- 护照（含签证或居留许可）\n- 租房合同，或留宿人的身份证件、房屋产权证明\n\n您可以在服务站、居住地派出所或通过网上办理登记。逾期未登记可能被处以警告或罚款，请及时办理。",
            ),
            "ja": (
                "入居後24時間以内に住宿登記をしてください",
                "中国の出境入境管理法第39条により、ホテル以外の住居に滞在する外国人は、入居後24時間以内に、本人または宿泊先の提供者が居住地の公安機関で住宿登記を行わなければなりません。引っ越しのたび、海外から戻るたび、また新しいビザや居留許可を取得したときにも、改めて登記が必要です。\n\nお持ちいただくもの：\n- パスポート（ビザまたは居留許可を含む）\n- 賃貸契約書、または宿泊先提供者の身分証明書や不動産権利証\n\n登記はこのステーションのほか、派出所やオンラインでもできます。登記が遅れると警告や罰金の対象となることがありますので、早めに手続きしてください。",
            ),
            "ko": (
                "입주 후 24시간 이내에 숙박 등록을 하세요",
                "중국 출경입경관리법 제39조에 따라 호텔 이외의 주거지에 머무는 외국인은 입주 후 24시간 이내에 본인 또는 숙소 제공자가 거주지 공안기관에 숙박 등록을 해야 합니다. 이사할 때마다, 해외에서 돌아올 때마다, 그리고 새 비자나 거류허가를 받았을 때도 다시 등록해야 합니다.\n\n준비물:\n- 여권(비자 또는 거류허가 포함)\n- 임대차 계약서, 또는 숙소 제공자의 신분증이나 부동산 권리증\n\n등록은 저희 센터나 파출소, 또는 온라인으로 할 수 있습니다. 등록이 늦어지면 경고나 벌금 처분을 받을 수 있으니 미루지 마세요.",
            ),
            "fr": (
                "Déclarez votre hébergement dans les 24 heures",
                "Selon l’article 39 de la loi sur l’administration des entrées et sorties du territoire, tout étranger logé ailleurs qu’à l’hôtel doit déclarer son hébergement à la police dans les 24 heures suivant son arrivée, lui-même ou par l’intermédiaire de son hébergeur. Il faut refaire la déclaration à chaque déménagement, à chaque retour de l’étranger et à l’obtention d’un nouveau visa ou permis de séjour.\n\nMunissez-vous :\n- de votre passeport avec votre visa ou votre permis de séjour\n- de votre bail, ou de la pièce d’identité ou du titre de propriété de votre hébergeur\n\nVous pouvez faire la déclaration ici, au point de service, au commissariat ou en ligne. Une déclaration tardive peut entraîner un avertissement ou une amende : n’attendez pas.",
            ),
            "de": (
                "Unterkunft innerhalb von 24 Stunden anmelden",
                "Nach Artikel 39 des Gesetzes über die Ein- und Ausreiseverwaltung muss, wer als Ausländerin oder Ausländer nicht im Hotel wohnt, die Unterkunft innerhalb von 24 Stunden nach der Ankunft bei der Polizei anmelden – selbst oder über die gastgebende Person. Neu anmelden müssen Sie sich nach jedem Umzug, nach jeder Rückkehr aus dem Ausland und wenn Sie ein neues Visum oder eine neue Aufenthaltserlaubnis erhalten.\n\nBitte mitbringen:\n- Reisepass mit Visum oder Aufenthaltserlaubnis\n- Mietvertrag oder Ausweis bzw. Eigentumsnachweis der gastgebenden Person\n\nAnmelden können Sie sich hier in der Servicestelle, bei der Polizeistation oder online. Eine verspätete Anmeldung kann eine Verwarnung oder ein Bußgeld nach sich ziehen – bitte nicht aufschieben.",
            ),
            "es": (
                "Registre su alojamiento en un plazo de 24 horas",
                "Según el artículo 39 de la Ley de Administración de Entradas y Salidas, los extranjeros que se alojen en cualquier lugar que no sea un hotel deben registrar su alojamiento ante la policía en las 24 horas siguientes a su llegada, personalmente o a través de quien los aloja. Hay que volver a registrarse cada vez que se muda, cada vez que vuelve del extranjero y cuando obtiene un nuevo visado o permiso de residencia.\n\nLleve:\n- su pasaporte con el visado o el permiso de residencia\n- su contrato de alquiler, o el documento de identidad o el título de propiedad de quien le aloja\n\nPuede registrarse aquí en la oficina, en la comisaría o por internet. Registrarse tarde puede suponer una advertencia o una multa, así que no lo deje para después.",
            ),
            "pt-br": (
                "Faça o registro de hospedagem em até 24 horas",
                "De acordo com o artigo 39 da Lei de Administração de Entrada e Saída, estrangeiros que moram ou se hospedam fora de hotéis precisam registrar a hospedagem na polícia em até 24 horas após a chegada, pessoalmente ou por meio de quem os hospeda. É preciso registrar de novo a cada mudança de endereço, a cada volta do exterior e ao receber um novo visto ou autorização de residência.\n\nLeve:\n- passaporte com visto ou autorização de residência\n- contrato de aluguel, ou documento de identidade ou escritura do imóvel de quem hospeda você\n\nVocê pode fazer o registro aqui no posto, na delegacia ou pela internet. O registro fora do prazo pode resultar em advertência ou multa, então não deixe para depois.",
            ),
            "ru": (
                "Регистрация по месту пребывания — в течение 24 часов",
                "Согласно статье 39 Закона КНР об управлении въездом и выездом, иностранцы, проживающие не в гостинице, должны зарегистрироваться в полиции по месту пребывания в течение 24 часов после прибытия — сами или через принимающую сторону. Регистрироваться заново нужно после каждого переезда, после каждого возвращения из-за границы и после получения новой визы или вида на жительство.\n\nВозьмите с собой:\n- паспорт с визой или видом на жительство\n- договор аренды либо удостоверение личности или свидетельство о собственности принимающей стороны\n\nЗарегистрироваться можно здесь, в нашем пункте, в отделении полиции или онлайн. За опоздание с регистрацией могут вынести предупреждение или наложить штраф, поэтому не откладывайте.",
            ),
            "ar": (
                "سجّلوا مكان إقامتكم خلال 24 ساعة",
                "وفقًا للمادة 39 من قانون إدارة الدخول والخروج، يجب على الأجنبي الذي يقيم في أي مكان غير الفنادق أن يسجّل إقامته لدى الشرطة خلال 24 ساعة من وصوله، بنفسه أو عن طريق مُضيفه. ويجب تكرار التسجيل عند كل انتقال إلى سكن جديد، وعند كل عودة من الخارج، وعند الحصول على تأشيرة أو تصريح إقامة جديد.\n\nيُرجى إحضار:\n- جواز السفر مع التأشيرة أو تصريح الإقامة\n- عقد الإيجار، أو وثيقة هوية المُضيف أو سند ملكية العقار\n\nيمكنكم التسجيل هنا في المركز، أو في مركز الشرطة، أو عبر الإنترنت. وقد يترتب على التأخر في التسجيل إنذار أو غرامة، فلا تؤجلوا ذلك.",
            ),
        },
    },
    {
        "key": "phone_scam",
        "category": "safety",
        "source": "zh-hans",
        "pinned": True,
        "texts": {
            "en": (
                "Beware of phone scams: the police never ask you to transfer money",
                "Residents have received calls from people claiming to be the police, the immigration office or a courier company. They say your passport or visa is linked to a crime or a suspicious parcel, and ask you to move your money into a “safe account” to clear your name.\n\nRemember:\n- The police and immigration officers never ask you to transfer money, by phone or online\n- There is no such thing as a “safe account”\n- Never share bank passwords or verification codes, and never share your screen\n\nIf you get such a call, hang up. If you have already paid, call 110 at once and tell the station.",
            ),
            "zh-hans": (
                "谨防电信诈骗：警察不会要求您转账",
                "近期有居民接到自称公安、出入境管理部门或快递公司的电话，对方声称您的护照或签证涉嫌违法犯罪或涉及问题包裹，要求您把钱转入“安全账户”以“证明清白”。\n\n请牢记：\n- 公安机关和出入境管理部门绝不会通过电话或网络要求您转账\n- 根本不存在所谓的“安全账户”\n- 不向任何人透露银行卡密码、验证码，不开启屏幕共享\n\n接到此类电话请立即挂断。如已转账，请马上拨打110报警，并告知服务站。",
            ),
            "ja": (
                "電話詐欺にご注意：警察が送金を求めることはありません",
                "最近、警察や出入国管理部門、宅配会社を名乗る電話を受けた住民の方がいます。「あなたのパスポートやビザが犯罪や不審な荷物に関わっている」と言い、「潔白を証明するため」に「安全口座」へお金を移すよう求めてきます。\n\n覚えておいてください：\n- 警察や出入国管理部門が、電話やネットで送金を求めることは絶対にありません\n- 「安全口座」というものは存在しません\n- 暗証番号や認証コードは誰にも教えず、画面共有もしないでください\n\nこのような電話はすぐに切ってください。すでに送金してしまった場合は、すぐに110番に通報し、ステーションにもお知らせください。",
            ),
            "ko": (
                "전화 사기 주의: 경찰은 절대 송금을 요구하지 않습니다",
                "최근 경찰, 출입국관리 부서, 택배 회사를 사칭하는 전화를 받은 주민들이 있습니다. 여권이나 비자가 범죄나 수상한 소포와 관련되어 있다며, 혐의를 벗으려면 '안전 계좌'로 돈을 옮기라고 요구합니다.\n\n꼭 기억하세요:\n- 경찰과 출입국관리 부서는 전화나 인터넷으로 절대 송금을 요구하지 않습니다\n- '안전 계좌'라는 것은 존재하지 않습니다\n- 은행 비밀번호나 인증번호를 알려 주거나 화면 공유를 하지 마세요\n\n이런 전화를 받으면 바로 끊으세요. 이미 돈을 보냈다면 즉시 110에 신고하고 센터에도 알려 주세요.",
            ),
            "fr": (
                "Arnaques téléphoniques : la police ne demande jamais de virement",
                "Des résidents ont reçu des appels de personnes se présentant comme la police, le service de l’immigration ou une société de livraison. Elles prétendent que votre passeport ou votre visa est lié à un délit ou à un colis suspect, et vous demandent de transférer votre argent sur un « compte sécurisé » pour vous disculper.\n\nÀ retenir :\n- la police et les services de l’immigration ne demandent jamais de virement, ni par téléphone ni en ligne\n- le « compte sécurisé » n’existe pas\n- ne communiquez jamais vos codes bancaires ou de vérification, et n’acceptez aucun partage d’écran\n\nSi vous recevez un tel appel, raccrochez. Si vous avez déjà payé, appelez immédiatement le 110 et prévenez le point de service.",
            ),
            "de": (
                "Vorsicht Telefonbetrug: Die Polizei verlangt nie eine Überweisung",
                "Bewohner haben Anrufe von Personen erhalten, die sich als Polizei, Ausländerbehörde oder Paketdienst ausgeben. Sie behaupten, Ihr Pass oder Visum stehe mit einer Straftat oder einem verdächtigen Paket in Verbindung, und verlangen, dass Sie Ihr Geld auf ein „sicheres Konto“ überweisen, um Ihre Unschuld zu beweisen.\n\nWichtig:\n- Polizei und Ausländerbehörde fordern nie Überweisungen, weder am Telefon noch online\n- Ein „sicheres Konto“ gibt es nicht\n- Geben Sie niemals PINs oder Bestätigungscodes weiter und teilen Sie nie Ihren Bildschirm\n\nLegen Sie bei einem solchen Anruf sofort auf. Haben Sie schon gezahlt, rufen Sie sofort die 110 an und informieren Sie die Servicestelle.",
            ),
            "es": (
                "Cuidado con las estafas telefónicas: la policía nunca pide transferencias",
                "Algunos vecinos han recibido llamadas de personas que dicen ser de la policía, de la oficina de inmigración o de una empresa de mensajería. Afirman que su pasaporte o su visado está relacionado con un delito o con un paquete sospechoso, y le piden que pase su dinero a una «cuenta segura» para demostrar su inocencia.\n\nRecuerde:\n- La policía y los funcionarios de inmigración nunca piden transferencias, ni por teléfono ni por internet\n- La «cuenta segura» no existe\n- Nunca comparta sus claves bancarias ni códigos de verificación, ni tampoco su pantalla\n\nSi recibe una llamada así, cuelgue. Si ya ha pagado, llame de inmediato al 110 y avise a la oficina.",
            ),
            "pt-br": (
                "Cuidado com golpes por telefone: a polícia nunca pede transferências",
                "Alguns moradores receberam ligações de pessoas que se diziam da polícia, da imigração ou de uma transportadora. Elas afirmam que o seu passaporte ou visto está ligado a um crime ou a uma encomenda suspeita e pedem que você transfira seu dinheiro para uma “conta segura” para provar sua inocência.\n\nLembre-se:\n- A polícia e a imigração nunca pedem transferências, nem por telefone nem pela internet\n- “Conta segura” não existe\n- Nunca informe senhas do banco ou códigos de verificação, nem compartilhe a tela do celular\n\nSe receber uma ligação assim, desligue. Se já tiver pago, ligue imediatamente para o 110 e avise o posto.",
            ),
            "ru": (
                "Осторожно, мошенники: полиция никогда не просит перевести деньги",
                "Жителям звонят люди, которые представляются сотрудниками полиции, миграционной службы или курьерской компании. Они утверждают, что ваш паспорт или виза связаны с преступлением или подозрительной посылкой, и требуют перевести деньги на «безопасный счёт», чтобы снять с вас подозрения.\n\nЗапомните:\n- полиция и миграционная служба никогда не просят переводить деньги ни по телефону, ни через интернет\n- «безопасных счетов» не существует\n- никому не сообщайте пароли от банка и коды подтверждения и не включайте демонстрацию экрана\n\nПолучив такой звонок, сразу кладите трубку. Если вы уже перевели деньги, немедленно звоните в 110 и сообщите в пункт.",
            ),
            "ar": (
                "احذروا الاحتيال الهاتفي: الشرطة لا تطلب منكم تحويل الأموال أبدًا",
                "تلقى بعض السكان اتصالات من أشخاص يدّعون أنهم من الشرطة أو من إدارة الهجرة أو من شركة توصيل. يزعمون أن جوازات سفركم أو تأشيراتكم مرتبطة بجريمة أو بطرد مشبوه، ويطلبون منكم تحويل أموالكم إلى «حساب آمن» لإثبات براءتكم.\n\nتذكّروا:\n- الشرطة وموظفو الهجرة لا يطلبون أبدًا تحويل أموال، لا عبر الهاتف ولا عبر الإنترنت\n- لا يوجد شيء اسمه «حساب آمن»\n- لا تعطوا أحدًا كلمات مرور حساباتكم المصرفية أو رموز التحقق، ولا تشاركوا شاشة هاتفكم\n\nإذا تلقيتم اتصالًا كهذا فأغلقوا الخط فورًا. وإذا كنتم قد دفعتم بالفعل، فاتصلوا بالرقم 110 على الفور وأبلغوا المركز.",
            ),
        },
    },
    {
        "key": "spring_festival_hours",
        "category": "service",
        "source": "zh-hans",
        "pinned": False,
        "texts": {
            "en": (
                "Station opening days over the Spring Festival",
                "The station will be closed during the official Spring Festival holiday and will open again at the usual hours on the first working day after it.\n\nDuring the holiday:\n- An officer will be at the desk on the third day of the lunar New Year, from 9:00 to 11:00, for urgent matters\n- Messages sent through the portal will be answered when we reopen\n- In an emergency, call 110 (police), 119 (fire) or 120 (ambulance)\n\nThe city hotline 12345 works throughout the holiday and also answers in English.\n\nWe wish you and your family a happy and healthy New Year!",
            ),
            "zh-hans": (
                "春节期间服务站开放安排",
                "春节法定假期期间服务站暂停开放，节后第一个工作日起恢复正常办公时间。\n\n假期安排：\n- 正月初三9:00—11:00安排一名工作人员值班，办理紧急事项\n- 假期中通过平台发送的留言，将在恢复办公后回复\n- 如遇紧急情况，请拨打110（报警）、119（火警）或120（急救）\n\n12345市民服务热线春节期间照常服务，并可提供英语服务。\n\n祝大家新春快乐，阖家安康！",
            ),
            "ja": (
                "春節期間中のステーション開所日",
                "春節の法定休暇中、ステーションは閉所し、休暇明けの最初の平日から通常どおり開所します。\n\n休暇中のご案内：\n- 旧暦1月3日の9:00～11:00は職員が1名待機し、急ぎの用件に対応します\n- ポータルからのメッセージには、開所後に返信します\n- 緊急時は110（警察）、119（消防）、120（救急）に電話してください\n\n市民ホットライン12345は休暇中も受け付けており、英語でも対応しています。\n\n皆さまとご家族にとって、健やかで幸せな一年となりますように。",
            ),
            "ko": (
                "춘절 연휴 기간 센터 운영 안내",
                "춘절 법정 연휴 동안 센터는 문을 닫으며, 연휴 후 첫 근무일부터 평소 시간대로 운영합니다.\n\n연휴 기간 안내:\n- 음력 1월 3일 9:00~11:00에는 직원 1명이 근무하며 긴급한 업무를 처리합니다\n- 포털로 보내신 메시지는 운영 재개 후 답변드립니다\n- 응급 상황에는 110(경찰), 119(소방), 120(구급차)으로 전화하세요\n\n시민 핫라인 12345는 연휴 중에도 운영하며 영어로도 상담할 수 있습니다.\n\n새해 복 많이 받으시고 가족 모두 건강하시길 바랍니다!",
            ),
            "fr": (
                "Jours d’ouverture pendant la fête du Printemps",
                "Le point de service sera fermé pendant les congés officiels de la fête du Printemps et rouvrira aux horaires habituels le premier jour ouvré qui suit.\n\nPendant les congés :\n- un agent assurera une permanence le troisième jour du Nouvel An lunaire, de 9 h à 11 h, pour les affaires urgentes\n- les messages envoyés via le portail recevront une réponse à la réouverture\n- en cas d’urgence, appelez le 110 (police), le 119 (pompiers) ou le 120 (ambulance)\n\nLa ligne municipale 12345 fonctionne pendant toutes les fêtes et répond aussi en anglais.\n\nNous vous souhaitons, à vous et à vos proches, une excellente année, pleine de santé !",
            ),
            "de": (
                "Öffnungszeiten zum Frühlingsfest",
                "Während der gesetzlichen Feiertage zum Frühlingsfest bleibt die Servicestelle geschlossen. Ab dem ersten Arbeitstag danach sind wir wieder zu den gewohnten Zeiten für Sie da.\n\nWährend der Feiertage:\n- Am dritten Tag des chinesischen Neujahrs ist von 9:00 bis 11:00 Uhr jemand von uns für dringende Anliegen vor Ort\n- Nachrichten über das Portal beantworten wir, sobald wir wieder geöffnet haben\n- Im Notfall wählen Sie 110 (Polizei), 119 (Feuerwehr) oder 120 (Rettungsdienst)\n\nDie städtische Hotline 12345 ist über die Feiertage erreichbar, auch auf Englisch.\n\nWir wünschen Ihnen und Ihrer Familie ein gutes und gesundes neues Jahr!",
            ),
            "es": (
                "Horario de la oficina durante la Fiesta de la Primavera",
                "La oficina permanecerá cerrada durante las vacaciones oficiales de la Fiesta de la Primavera y volverá a abrir en su horario habitual el primer día laborable después de ellas.\n\nDurante las vacaciones:\n- El tercer día del Año Nuevo chino, de 9:00 a 11:00, habrá una persona de guardia para asuntos urgentes\n- Los mensajes enviados por el portal se responderán cuando volvamos a abrir\n- En caso de emergencia, llame al 110 (policía), al 119 (bomberos) o al 120 (ambulancia)\n\nLa línea municipal 12345 funciona durante todas las fiestas y también atiende en inglés.\n\n¡Le deseamos a usted y a su familia un feliz año nuevo con mucha salud!",
            ),
            "pt-br": (
                "Funcionamento do posto durante o Festival da Primavera",
                "O posto ficará fechado durante o feriado oficial do Festival da Primavera e voltará a abrir no horário normal no primeiro dia útil depois do feriado.\n\nDurante o feriado:\n- No terceiro dia do Ano Novo Lunar, das 9h às 11h, um atendente estará de plantão para assuntos urgentes\n- As mensagens enviadas pelo portal serão respondidas quando reabrirmos\n- Em emergências, ligue para 110 (polícia), 119 (bombeiros) ou 120 (ambulância)\n\nA central municipal 12345 funciona durante todo o feriado e também atende em inglês.\n\nDesejamos a você e à sua família um Ano Novo feliz e cheio de saúde!",
            ),
            "ru": (
                "Режим работы пункта на праздник Весны",
                "Во время официальных выходных на праздник Весны пункт будет закрыт и вновь откроется в обычные часы в первый рабочий день после праздников.\n\nВ праздничные дни:\n- на третий день Нового года по лунному календарю с 9:00 до 11:00 в пункте дежурит сотрудник для срочных вопросов\n- на сообщения через портал мы ответим после открытия\n- в экстренных случаях звоните 110 (полиция), 119 (пожарная охрана) или 120 (скорая помощь)\n\nГородская горячая линия 12345 работает все праздники, в том числе на английском языке.\n\nЖелаем вам и вашим близким счастливого и здорового Нового года!",
            ),
            "ar": (
                "مواعيد عمل المركز خلال عيد الربيع",
                "سيُغلق المركز خلال العطلة الرسمية لعيد الربيع، ويعاود العمل في مواعيده المعتادة في أول يوم عمل بعد العطلة.\n\nخلال العطلة:\n- سيكون أحد الموظفين مناوبًا في اليوم الثالث من السنة القمرية الجديدة من 9:00 إلى 11:00 للأمور العاجلة\n- سنرد على الرسائل المرسلة عبر البوابة الإلكترونية بعد استئناف العمل\n- في حالات الطوارئ، اتصلوا بالرقم 110 (الشرطة) أو 119 (الإطفاء) أو 120 (الإسعاف)\n\nيعمل الخط الساخن للمدينة 12345 طوال العطلة، ويقدّم الخدمة باللغة الإنجليزية أيضًا.\n\nنتمنى لكم ولعائلاتكم عامًا سعيدًا مليئًا بالصحة!",
            ),
        },
    },
    {
        "key": "waste_sorting",
        "category": "civic",
        "source": "zh-hans",
        "pinned": False,
        "texts": {
            "en": (
                "Waste sorting: four bins and drop-off times",
                "A reminder of how household waste is sorted in Shanghai:\n- Recyclables (paper, plastic bottles, metal, glass, clothes): blue bin\n- Hazardous waste (rechargeable and button batteries, expired medicines, fluorescent tubes, paint): red bin\n- Wet waste, that is household food waste (leftovers, peels, tea leaves): brown bin\n- Dry waste, that is residual waste (everything else): black bin\n\nWet and dry waste are taken out at set times, usually 7:00–9:00 and 18:00–20:00. Your compound's windows are on the board by the bins. Please empty wet waste out of its bag and put the bag in the dry waste.\n\nNot sure where something goes? Ask the volunteer at the bins or at the station.",
            ),
            "zh-hans": (
                "垃圾分类提醒：四类垃圾与定时投放",
                "再次提醒大家上海生活垃圾分类的要求：\n- 可回收物（纸张、塑料瓶、金属、玻璃、旧衣物）：蓝色桶\n- 有害垃圾（充电电池、纽扣电池、过期药品、灯管、油漆）：红色桶\n- 湿垃圾，即易腐垃圾（剩菜剩饭、果皮、茶叶渣）：棕色桶\n- 干垃圾，即其他垃圾（除上述以外的生活垃圾）：黑色桶\n\n湿垃圾和干垃圾实行定时投放，一般为7:00—9:00和18:00—20:00，各小区具体时间以垃圾箱房旁的公示牌为准。湿垃圾请破袋投放，塑料袋投入干垃圾桶。\n\n不确定怎么分？可以问问垃圾箱房旁的志愿者，或来服务站咨询。",
            ),
            "ja": (
                "ごみの分別：4種類の分け方と出す時間",
                "上海の家庭ごみの分け方をあらためてお知らせします。\n- 資源ごみ（紙、ペットボトル、金属、ガラス、古着）：青いごみ箱\n- 有害ごみ（充電池、ボタン電池、期限切れの薬、蛍光灯、塗料）：赤いごみ箱\n- 湿ったごみ＝生ごみ（食べ残し、果物の皮、茶殻）：茶色いごみ箱\n- 乾いたごみ＝その他のごみ（上記以外のすべて）：黒いごみ箱\n\n湿ったごみと乾いたごみは決められた時間に出します。多くの場合7:00～9:00と18:00～20:00ですが、お住まいの団地の時間はごみ置き場の掲示板でご確認ください。生ごみは袋から出して捨て、袋は乾いたごみに入れてください。\n\n分け方に迷ったら、ごみ置き場のボランティアかステーションにお尋ねください。",
            ),
            "ko": (
                "쓰레기 분리배출: 네 가지 분류와 배출 시간",
                "상하이의 생활 쓰레기 분리 방법을 다시 안내해 드립니다.\n- 재활용 쓰레기(종이, 페트병, 금속, 유리, 헌 옷): 파란색 통\n- 유해 쓰레기(충전지, 단추형 전지, 유효기간이 지난 약, 형광등, 페인트): 빨간색 통\n- 젖은 쓰레기, 즉 음식물 쓰레기(남은 음식, 과일 껍질, 찻잎): 갈색 통\n- 마른 쓰레기, 즉 그 밖의 일반 쓰레기: 검은색 통\n\n젖은 쓰레기와 마른 쓰레기는 정해진 시간에만 버릴 수 있으며, 보통 7:00~9:00와 18:00~20:00입니다. 각 단지의 배출 시간은 수거함 옆 게시판에서 확인해 주세요. 음식물 쓰레기는 봉투에서 꺼내 버리고, 봉투는 마른 쓰레기 통에 넣어 주세요.\n\n어디에 버려야 할지 모를 때는 수거함 옆 자원봉사자나 센터에 물어보세요.",
            ),
            "fr": (
                "Tri des déchets : quatre bacs et horaires de dépôt",
                "Petit rappel des règles de tri des déchets ménagers à Shanghai :\n- Déchets recyclables (papier, bouteilles en plastique, métal, verre, vêtements) : bac bleu\n- Déchets dangereux (piles rechargeables et piles bouton, médicaments périmés, tubes fluorescents, peinture) : bac rouge\n- Déchets humides, c’est-à-dire les déchets alimentaires (restes de repas, épluchures, feuilles de thé) : bac marron\n- Déchets secs, c’est-à-dire les déchets résiduels (tout le reste) : bac noir\n\nLes déchets humides et secs se déposent à heures fixes, en général de 7 h à 9 h et de 18 h à 20 h. Les horaires de votre résidence sont affichés sur le panneau près des bacs. Sortez les déchets humides de leur sac et jetez le sac avec les déchets secs.\n\nUn doute ? Demandez au bénévole près des bacs ou au point de service.",
            ),
            "de": (
                "Mülltrennung: vier Tonnen und feste Einwurfzeiten",
                "Zur Erinnerung, so wird Hausmüll in Shanghai getrennt:\n- Wertstoffe (Papier, Plastikflaschen, Metall, Glas, Kleidung): blaue Tonne\n- Schadstoffe (Akkus und Knopfzellen, abgelaufene Medikamente, Leuchtstoffröhren, Farben): rote Tonne\n- Nassmüll, also Lebensmittelabfälle (Essensreste, Schalen, Teeblätter): braune Tonne\n- Trockenmüll, also Restmüll (alles andere): schwarze Tonne\n\nNass- und Trockenmüll werden zu festen Zeiten eingeworfen, meist von 7:00 bis 9:00 und von 18:00 bis 20:00 Uhr. Die Zeiten Ihrer Wohnanlage stehen auf der Tafel bei den Tonnen. Bitte geben Sie den Nassmüll ohne Tüte in die Tonne; die Tüte gehört in den Trockenmüll.\n\nSie sind unsicher? Fragen Sie die Ehrenamtlichen an den Tonnen oder bei uns in der Servicestelle.",
            ),
            "es": (
                "Separación de residuos: cuatro contenedores y horarios",
                "Les recordamos cómo se separan los residuos domésticos en Shanghái:\n- Reciclables (papel, botellas de plástico, metal, vidrio, ropa): contenedor azul\n- Peligrosos (pilas recargables y de botón, medicamentos caducados, tubos fluorescentes, pintura): contenedor rojo\n- Húmedos, es decir, restos de comida (sobras, cáscaras, hojas de té): contenedor marrón\n- Secos, es decir, residuos no reciclables (todo lo demás): contenedor negro\n\nLos residuos húmedos y secos se depositan en horarios fijos, normalmente de 7:00 a 9:00 y de 18:00 a 20:00. El horario de su urbanización está en el tablón junto a los contenedores. Saque los residuos húmedos de la bolsa y tire la bolsa con los secos.\n\n¿Tiene dudas? Pregunte al voluntario junto a los contenedores o en la oficina.",
            ),
            "pt-br": (
                "Separação do lixo: quatro lixeiras e horários de descarte",
                "Lembramos como o lixo doméstico é separado em Xangai:\n- Recicláveis (papel, garrafas plásticas, metal, vidro, roupas): lixeira azul\n- Perigosos (pilhas recarregáveis e baterias de botão, remédios vencidos, lâmpadas fluorescentes, tinta): lixeira vermelha\n- Úmidos, ou seja, restos de comida (sobras, cascas, folhas de chá): lixeira marrom\n- Secos, ou seja, rejeitos (todo o resto): lixeira preta\n\nO lixo úmido e o seco são descartados em horários fixos, geralmente das 7h às 9h e das 18h às 20h. Os horários do seu condomínio estão no quadro ao lado das lixeiras. Tire o lixo úmido do saco e jogue o saco no lixo seco.\n\nFicou em dúvida? Pergunte ao voluntário perto das lixeiras ou aqui no posto.",
            ),
            "ru": (
                "Сортировка мусора: четыре контейнера и часы выноса",
                "Напоминаем, как в Шанхае сортируют бытовые отходы:\n- Вторсырьё (бумага, пластиковые бутылки, металл, стекло, одежда): синий контейнер\n- Опасные отходы (аккумуляторы и батарейки-таблетки, просроченные лекарства, люминесцентные лампы, краска): красный контейнер\n- Влажные, то есть пищевые отходы (остатки еды, очистки, чайная заварка): коричневый контейнер\n- Сухие, то есть прочие отходы (всё остальное): чёрный контейнер\n\nВлажные и сухие отходы выносят в установленные часы, обычно с 7:00 до 9:00 и с 18:00 до 20:00. Часы для вашего жилого комплекса указаны на табличке у контейнеров. Влажные отходы высыпайте из пакета, а пакет выбрасывайте в сухие.\n\nНе знаете, куда что выбросить? Спросите волонтёра у контейнеров или сотрудников пункта.",
            ),
            "ar": (
                "فرز النفايات: أربع حاويات ومواعيد محددة للإلقاء",
                "نذكّركم بطريقة فرز النفايات المنزلية في شنغهاي:\n- النفايات القابلة لإعادة التدوير (الورق، الزجاجات البلاستيكية، المعادن، الزجاج، الملابس): الحاوية الزرقاء\n- النفايات الخطرة (البطاريات القابلة للشحن والبطاريات الزرّية، الأدوية منتهية الصلاحية، مصابيح الفلورسنت، الطلاء): الحاوية الحمراء\n- النفايات الرطبة، أي بقايا الطعام (فضلات الوجبات، قشور الفاكهة، أوراق الشاي): الحاوية البنية\n- النفايات الجافة، أي النفايات المتبقية (كل ما عدا ذلك): الحاوية السوداء\n\nتُلقى النفايات الرطبة والجافة في أوقات محددة، عادةً من 7:00 إلى 9:00 ومن 18:00 إلى 20:00، وتجدون مواعيد مجمّعكم السكني على اللوحة بجانب الحاويات. يُرجى إفراغ النفايات الرطبة من الكيس، ثم وضع الكيس مع النفايات الجافة.\n\nهل أنتم غير متأكدين؟ اسألوا المتطوع عند الحاويات أو موظفي المركز.",
            ),
        },
    },
    {
        "key": "water_cut",
        "category": "service",
        "source": "zh-hans",
        "pinned": False,
        "texts": {
            "en": (
                "Water supply cut in Buildings 5–8 for pipe repair",
                "The water company will replace a leaking main pipe under the lane next to Building 6. Water will be cut off in Buildings 5, 6, 7 and 8 on Thursday from 9:00 to 16:00.\n\nPlease:\n- fill a few containers with water the evening before\n- keep your taps closed during the cut, so that nothing overflows when the water comes back\n- let the water run for a minute once it is back, as it may be cloudy at first\n\nIf the work takes longer, we will post an update in the lobby of each building. We are sorry for the inconvenience.",
            ),
            "zh-hans": (
                "5—8号楼管道维修停水通知",
                "因6号楼旁弄内供水主管漏水，自来水公司将进行管道更换。届时5、6、7、8号楼将于本周四9:00至16:00暂停供水。\n\n请居民朋友们：\n- 提前一晚储备适量用水\n- 停水期间关好水龙头，以免恢复供水时跑水\n- 恢复供水后先放水约一分钟，初期水质可能略显浑浊\n\n如施工延时，我们将在各楼门厅张贴最新通知。给您带来不便，敬请谅解！",
            ),
            "ja": (
                "配管修理に伴う断水のお知らせ（5～8号棟）",
                "6号棟横の通路の下で水道本管の漏水が見つかり、水道会社が配管の交換工事を行います。このため、木曜日の9:00から16:00まで、5・6・7・8号棟で断水となります。\n\nお願い：\n- 前日の夜に、必要な分の水をくみ置きしてください\n- 断水中は蛇口を閉めておいてください（再開時に水があふれるのを防ぐため）\n- 再開直後は水がにごることがあります。1分ほど流してからお使いください\n\n工事が長引く場合は、各棟の玄関ホールでお知らせします。ご不便をおかけしますが、ご理解をお願いいたします。",
            ),
            "ko": (
                "배관 수리에 따른 단수 안내 (5~8동)",
                "6동 옆 골목 아래 상수도 본관에서 누수가 발견되어 수도 회사가 배관 교체 공사를 진행합니다. 이에 따라 목요일 9:00부터 16:00까지 5, 6, 7, 8동의 물 공급이 중단됩니다.\n\n협조 부탁드립니다:\n- 전날 저녁에 필요한 만큼 물을 받아 두세요\n- 단수 중에는 수도꼭지를 잠가 두세요. 물이 다시 나올 때 넘치지 않도록 하기 위해서입니다\n- 공급 재개 직후에는 물이 탁할 수 있으니 1분 정도 흘려보낸 뒤 사용하세요\n\n공사가 늦어지면 각 동 현관에 새 안내문을 붙이겠습니다. 불편을 드려 죄송합니다.",
            ),
            "fr": (
                "Coupure d’eau pour réparation : bâtiments 5 à 8",
                "Le service des eaux va remplacer une canalisation principale qui fuit sous l’allée voisine du bâtiment 6. L’eau sera coupée dans les bâtiments 5, 6, 7 et 8 jeudi, de 9 h à 16 h.\n\nNous vous remercions de :\n- prévoir quelques réserves d’eau la veille au soir\n- garder vos robinets fermés pendant la coupure, pour éviter tout débordement au retour de l’eau\n- laisser couler l’eau une minute au rétablissement, car elle peut être trouble au début\n\nSi les travaux durent plus longtemps, nous afficherons un avis dans le hall de chaque bâtiment. Merci de votre compréhension.",
            ),
            "de": (
                "Wasserabstellung wegen Rohrreparatur in Haus 5 bis 8",
                "Die Wasserwerke ersetzen eine undichte Hauptleitung unter dem Weg neben Haus 6. Am Donnerstag wird deshalb von 9:00 bis 16:00 Uhr in den Häusern 5, 6, 7 und 8 das Wasser abgestellt.\n\nBitte:\n- füllen Sie am Vorabend einige Behälter mit Wasser\n- lassen Sie die Wasserhähne während der Abstellung geschlossen, damit nichts überläuft, wenn das Wasser zurückkommt\n- lassen Sie das Wasser danach etwa eine Minute laufen, da es anfangs trüb sein kann\n\nDauern die Arbeiten länger, informieren wir Sie per Aushang im Eingangsbereich jedes Hauses. Wir bitten um Ihr Verständnis.",
            ),
            "es": (
                "Corte de agua por reparación de tuberías en los edificios 5 a 8",
                "La compañía de aguas va a sustituir una tubería principal con una fuga bajo el pasaje junto al edificio 6. El jueves, de 9:00 a 16:00, se cortará el suministro de agua en los edificios 5, 6, 7 y 8.\n\nLe rogamos que:\n- llene algunos recipientes con agua la noche anterior\n- mantenga los grifos cerrados durante el corte, para que el agua no se desborde cuando vuelva\n- deje correr el agua un minuto al restablecerse el servicio, ya que al principio puede salir turbia\n\nSi las obras se alargan, colocaremos un aviso en el vestíbulo de cada edificio. Disculpe las molestias.",
            ),
            "pt-br": (
                "Falta de água para conserto de tubulação nos prédios 5 a 8",
                "A companhia de água vai trocar um cano principal com vazamento sob a passagem ao lado do prédio 6. Na quinta-feira, das 9h às 16h, o fornecimento de água será interrompido nos prédios 5, 6, 7 e 8.\n\nPedimos que você:\n- encha alguns recipientes com água na noite anterior\n- mantenha as torneiras fechadas durante a interrupção, para a água não transbordar quando voltar\n- deixe a água correr por um minuto quando o abastecimento voltar, pois ela pode sair turva no começo\n\nSe a obra demorar mais, colocaremos um aviso no saguão de cada prédio. Desculpe o transtorno.",
            ),
            "ru": (
                "Отключение воды в домах 5–8 из-за ремонта труб",
                "Водоканал заменит протекающую магистральную трубу под проездом у дома 6. В четверг с 9:00 до 16:00 в домах 5, 6, 7 и 8 не будет воды.\n\nПросим вас:\n- накануне вечером набрать воды в несколько ёмкостей\n- держать краны закрытыми, пока воды нет, чтобы при подаче ничего не залило\n- после включения дать воде стечь около минуты: сначала она может быть мутной\n\nЕсли работы затянутся, мы повесим объявление в холле каждого дома. Приносим извинения за неудобства.",
            ),
            "ar": (
                "انقطاع المياه في المباني من 5 إلى 8 لإصلاح الأنابيب",
                "ستقوم شركة المياه باستبدال أنبوب رئيسي يتسرب منه الماء تحت الممر المجاور للمبنى 6. لذلك ستنقطع المياه في المباني 5 و6 و7 و8 يوم الخميس من الساعة 9:00 حتى 16:00.\n\nنرجو منكم:\n- تعبئة بعض الأوعية بالماء في مساء اليوم السابق\n- إبقاء الصنابير مغلقة أثناء الانقطاع، تجنبًا لفيضان الماء عند عودته\n- ترك الماء يجري لمدة دقيقة بعد عودته، فقد يكون عكرًا في البداية\n\nإذا تأخرت الأعمال، فسنعلّق إشعارًا في بهو كل مبنى. نعتذر عن الإزعاج.",
            ),
        },
    },
    {
        "key": "lift_maintenance",
        "category": "service",
        "source": "zh-hans",
        "pinned": False,
        "texts": {
            "en": (
                "Lift maintenance in Building 3",
                "The lift in Building 3 will have its regular maintenance and safety inspection on Tuesday from 8:30 to 12:00. It will not run during this time.\n\nIf you have a medical appointment, a delivery or a visitor that morning and the stairs are hard for you or your guests, please plan around these hours. Residents who need help with shopping or taking out rubbish that morning can tell the station in advance, and a volunteer will come to your door.\n\nRegular maintenance keeps the lift safe for everyone. Thank you for your patience.",
            ),
            "zh-hans": (
                "3号楼电梯维保通知",
                "3号楼电梯将于本周二8:30至12:00进行定期维护保养和安全检测，期间电梯暂停使用。\n\n如您当天上午有就医、收快递或亲友来访等安排，而本人或来客上下楼梯不便，请提前调整时间。行动不便的居民如需帮忙买菜或倒垃圾，可事先告诉服务站，我们会安排志愿者上门协助。\n\n定期维保是为了大家的乘梯安全，感谢您的理解与配合！",
            ),
            "ja": (
                "3号棟エレベーター保守点検のお知らせ",
                "3号棟のエレベーターは、火曜日の8:30から12:00まで定期保守・安全点検を行います。この間はご利用いただけません。\n\nその日の午前中に通院や荷物の受け取り、来客などの予定があり、階段の利用が難しい場合は、時間の調整をお願いします。買い物やごみ出しにお手伝いが必要な方は、事前にステーションへお知らせください。ボランティアがお宅まで伺います。\n\n定期点検は、皆さんが安全にエレベーターを使うためのものです。ご理解とご協力をお願いいたします。",
            ),
            "ko": (
                "3동 엘리베이터 정기 점검 안내",
                "3동 엘리베이터는 화요일 8:30부터 12:00까지 정기 보수 및 안전 점검을 실시합니다. 이 시간에는 엘리베이터를 이용하실 수 없습니다.\n\n그날 오전에 병원 방문, 택배 수령, 손님 방문 등의 일정이 있는데 계단 이용이 어려우신 분은 시간을 조정해 주시기 바랍니다. 장보기나 쓰레기 배출에 도움이 필요하신 분은 미리 센터에 알려 주세요. 자원봉사자가 댁으로 찾아가겠습니다.\n\n정기 점검은 모두가 안전하게 엘리베이터를 이용하기 위한 것입니다. 양해와 협조에 감사드립니다.",
            ),
            "fr": (
                "Entretien de l’ascenseur du bâtiment 3",
                "L’ascenseur du bâtiment 3 fera l’objet de son entretien périodique et d’un contrôle de sécurité mardi, de 8 h 30 à 12 h. Il sera à l’arrêt pendant ce temps.\n\nSi vous avez ce matin-là un rendez-vous médical, une livraison ou une visite et que les escaliers posent problème, merci de vous organiser en conséquence. Les résidents qui auraient besoin d’aide pour les courses ou les poubelles peuvent prévenir le point de service à l’avance : un bénévole passera chez eux.\n\nL’entretien régulier garantit la sécurité de tous. Merci de votre patience.",
            ),
            "de": (
                "Wartung des Aufzugs in Haus 3",
                "Der Aufzug in Haus 3 wird am Dienstag von 8:30 bis 12:00 Uhr planmäßig gewartet und sicherheitstechnisch geprüft. In dieser Zeit ist er außer Betrieb.\n\nWenn Sie an diesem Vormittag einen Arzttermin, eine Lieferung oder Besuch erwarten und Treppen für Sie oder Ihre Gäste schwierig sind, planen Sie bitte entsprechend. Wer dann Hilfe beim Einkaufen oder beim Müllrausbringen braucht, meldet sich bitte vorher bei der Servicestelle – jemand vom Ehrenamt kommt zu Ihnen nach Hause.\n\nDie regelmäßige Wartung sorgt für die Sicherheit aller. Danke für Ihre Geduld.",
            ),
            "es": (
                "Mantenimiento del ascensor del edificio 3",
                "El ascensor del edificio 3 tendrá su mantenimiento periódico y revisión de seguridad el martes, de 8:30 a 12:00. Durante ese horario no funcionará.\n\nSi esa mañana tiene una cita médica, espera una entrega o una visita y a usted o a sus invitados les cuesta subir escaleras, le rogamos que lo tenga en cuenta. Si necesita ayuda con la compra o para bajar la basura, avise antes a la oficina y un voluntario irá a su casa.\n\nEl mantenimiento regular garantiza la seguridad de todos. Gracias por su paciencia.",
            ),
            "pt-br": (
                "Manutenção do elevador do prédio 3",
                "O elevador do prédio 3 passará por manutenção periódica e inspeção de segurança na terça-feira, das 8h30 às 12h. Nesse período, ele ficará parado.\n\nSe você tiver consulta médica, entrega ou visita marcada para essa manhã e tiver dificuldade com escadas, programe-se com antecedência. Quem precisar de ajuda para fazer compras ou descer o lixo pode avisar o posto antes, e um voluntário irá até a sua casa.\n\nA manutenção regular garante a segurança de todos. Obrigado pela paciência.",
            ),
            "ru": (
                "Техобслуживание лифта в доме 3",
                "Во вторник с 8:30 до 12:00 в доме 3 проводится плановое техобслуживание и проверка безопасности лифта. В это время лифт работать не будет.\n\nЕсли у вас на это утро назначен приём у врача, ожидается доставка или гости, а подниматься по лестнице тяжело, пожалуйста, учтите это заранее. Жильцам, которым нужна помощь с покупками или выносом мусора, достаточно заранее сообщить в пункт — к вам придёт волонтёр.\n\nРегулярное обслуживание нужно для безопасности всех жильцов. Спасибо за терпение.",
            ),
            "ar": (
                "صيانة المصعد في المبنى 3",
                "سيخضع المصعد في المبنى 3 للصيانة الدورية والفحص الفني للسلامة يوم الثلاثاء من الساعة 8:30 حتى 12:00، ولن يعمل خلال هذه المدة.\n\nإذا كان لديكم في ذلك الصباح موعد طبي أو توصيل طلبات أو زيارة، وكان صعود الدرج صعبًا عليكم أو على ضيوفكم، فيُرجى ترتيب مواعيدكم مسبقًا. ومن يحتاج إلى مساعدة في التسوق أو إخراج النفايات يمكنه إبلاغ المركز مسبقًا، وسيأتي متطوع إلى منزله.\n\nالصيانة المنتظمة تضمن سلامة الجميع. شكرًا لصبركم.",
            ),
        },
    },
    {
        "key": "dumpling_making",
        "category": "activity",
        "source": "en",
        "pinned": False,
        "texts": {
            "en": (
                "This month's activity: making dumplings together",
                "Come and make jiaozi with your neighbours! Volunteers from the residents' committee will show you how to mix the filling, roll out the wrappers and fold the dumplings, and then we will cook and eat them together.\n\n- When: Saturday, 14:00–16:30\n- Where: community activity room, ground floor of the station\n- Places: 20, first come, first served\n\nIngredients and aprons are provided, and there will be a vegetarian filling too; please tell us about any food allergies when you sign up. Sign up on the portal or at the station desk. Children are welcome with an adult.",
            ),
            "zh-hans": (
                "本月活动：一起包饺子",
                "和邻居们一起来包饺子吧！居委会的志愿者会手把手教大家拌馅、擀皮、包饺子，包好后我们一起煮来吃。\n\n- 时间：周六14:00—16:30\n- 地点：服务站一楼社区活动室\n- 名额：20人，先报先得\n\n食材和围裙由我们准备，另备素馅；如有食物过敏，请在报名时告诉我们。可通过平台或到服务站前台报名。欢迎小朋友在大人陪同下参加。",
            ),
            "ja": (
                "今月のイベント：みんなで餃子づくり",
                "ご近所の皆さんと一緒に餃子を作りませんか。住民委員会のボランティアが、あんの作り方から皮ののばし方、包み方まで教えます。できあがったら、みんなでゆでて食べましょう。\n\n- 日時：土曜日 14:00～16:30\n- 場所：ステーション1階 地域活動室\n- 定員：20名（先着順）\n\n材料とエプロンはこちらで用意します。野菜だけのあんもあります。食物アレルギーのある方は、申し込みの際にお知らせください。お申し込みはポータルまたはステーションの窓口で。お子さんは保護者同伴でご参加いただけます。",
            ),
            "ko": (
                "이달의 행사: 함께 만두 빚기",
                "이웃과 함께 중국식 만두 자오쯔를 빚어 보세요! 주민위원회 자원봉사자들이 소 만들기, 만두피 밀기, 만두 빚는 법을 알려 드리고, 다 빚은 만두는 함께 삶아 먹습니다.\n\n- 일시: 토요일 14:00~16:30\n- 장소: 센터 1층 주민 활동실\n- 정원: 20명, 선착순\n\n재료와 앞치마는 저희가 준비하며, 채식 소도 마련합니다. 식품 알레르기가 있으시면 신청할 때 알려 주세요. 신청은 포털이나 센터 창구에서 하실 수 있습니다. 어린이는 보호자와 함께 참여할 수 있습니다.",
            ),
            "fr": (
                "L’activité du mois : atelier raviolis chinois",
                "Venez préparer des jiaozi avec vos voisins ! Des bénévoles du comité de quartier vous montreront comment préparer la farce, abaisser la pâte et plier les raviolis, puis nous les ferons cuire et les mangerons ensemble.\n\n- Quand : samedi, de 14 h à 16 h 30\n- Où : salle d’activités, au rez-de-chaussée du point de service\n- Places : 20, dans l’ordre des inscriptions\n\nLes ingrédients et les tabliers sont fournis, et il y aura aussi une farce végétarienne ; signalez-nous toute allergie alimentaire à l’inscription. Inscriptions sur le portail ou à l’accueil du point de service. Les enfants sont les bienvenus, accompagnés d’un adulte.",
            ),
            "de": (
                "Aktivität des Monats: Gemeinsam Jiaozi falten",
                "Machen Sie mit Ihren Nachbarn Jiaozi! Ehrenamtliche vom Nachbarschaftskomitee zeigen, wie man die Füllung anrührt, den Teig ausrollt und die Teigtaschen faltet – danach kochen und essen wir sie gemeinsam.\n\n- Wann: Samstag, 14:00–16:30 Uhr\n- Wo: Gemeinschaftsraum im Erdgeschoss der Servicestelle\n- Plätze: 20, in der Reihenfolge der Anmeldung\n\nZutaten und Schürzen stellen wir, eine vegetarische Füllung gibt es auch. Bitte nennen Sie uns bei der Anmeldung eventuelle Lebensmittelallergien. Anmeldung über das Portal oder am Empfang der Servicestelle. Kinder sind in Begleitung eines Erwachsenen willkommen.",
            ),
            "es": (
                "Actividad del mes: hacemos jiaozi juntos",
                "¡Venga a hacer jiaozi, las empanadillas chinas, con sus vecinos! Voluntarios del comité vecinal le enseñarán a preparar el relleno, estirar la masa y cerrar las empanadillas; después las coceremos y nos las comeremos juntos.\n\n- Cuándo: sábado, de 14:00 a 16:30\n- Dónde: sala de actividades, en la planta baja de la oficina\n- Plazas: 20, por orden de inscripción\n\nLos ingredientes y los delantales corren de nuestra cuenta, y también habrá relleno vegetariano; si tiene alguna alergia alimentaria, díganoslo al inscribirse. Inscríbase en el portal o en el mostrador de la oficina. Los niños son bienvenidos acompañados de un adulto.",
            ),
            "pt-br": (
                "Atividade do mês: vamos fazer jiaozi juntos",
                "Venha fazer jiaozi, o pastelzinho cozido chinês, com seus vizinhos! Voluntários do comitê de moradores vão mostrar como preparar o recheio, abrir a massa e fechar os jiaozi, e depois vamos cozinhar e comer todos juntos.\n\n- Quando: sábado, das 14h às 16h30\n- Onde: sala de atividades, no térreo do posto\n- Vagas: 20, por ordem de inscrição\n\nOs ingredientes e os aventais ficam por nossa conta, e também haverá recheio vegetariano; se você tiver alergia alimentar, avise na inscrição. Inscreva-se pelo portal ou no balcão do posto. Crianças são bem-vindas, acompanhadas de um adulto.",
            ),
            "ru": (
                "Мероприятие месяца: лепим цзяоцзы вместе",
                "Приходите лепить цзяоцзы вместе с соседями! Волонтёры из комитета жителей покажут, как приготовить начинку, раскатать тесто и слепить пельмени, а потом мы их сварим и вместе съедим.\n\n- Когда: суббота, 14:00–16:30\n- Где: зал для занятий на первом этаже пункта\n- Мест: 20, по порядку записи\n\nПродукты и фартуки мы предоставим, будет и вегетарианская начинка. Если у вас пищевая аллергия, сообщите об этом при записи. Записаться можно на портале или у стойки пункта. Дети — в сопровождении взрослых.",
            ),
            "ar": (
                "نشاط هذا الشهر: لنصنع الجياوزي معًا",
                "تعالوا لصنع الجياوزي، الزلابية الصينية، مع جيرانكم! سيعلّمكم متطوعون من لجنة السكان كيفية تحضير الحشوة وفرد العجين وطيّ الزلابية، ثم نطهوها ونتناولها معًا.\n\n- الموعد: يوم السبت من 14:00 إلى 16:30\n- المكان: قاعة الأنشطة المجتمعية في الطابق الأرضي من المركز\n- عدد المقاعد: 20، بحسب أسبقية التسجيل\n\nنوفر المكونات والمآزر، وستكون هناك حشوة نباتية أيضًا؛ يُرجى إخبارنا عند التسجيل بأي حساسية غذائية. يمكنكم التسجيل عبر البوابة الإلكترونية أو في مكتب الاستقبال بالمركز. الأطفال مرحَّب بهم برفقة شخص بالغ.",
            ),
        },
    },
    {
        "key": "fire_safety_check",
        "category": "safety",
        "source": "zh-hans",
        "pinned": False,
        "texts": {
            "en": (
                "Fire-safety check and e-bike charging rules",
                "Next week the property management and the residents' committee will check fire safety in every building: extinguishers, hose cabinets, emergency lights, and whether stairwells and corridors are clear.\n\nA reminder about electric bikes:\n- Do not charge e-bikes or their batteries indoors, in corridors or in stairwells\n- Do not park them in the lobby or on the stairs\n- Use the charging points in the bike shed\n\nBattery fires spread fast and give off toxic smoke. Please clear anything stored in the corridors before the check. In a fire, leave by the stairs, never the lift, and call 119.",
            ),
            "zh-hans": (
                "消防安全检查及电动自行车充电规定",
                "下周，物业将会同居委会对各楼开展消防安全检查，内容包括灭火器、消火栓箱、应急照明，以及楼梯间和楼道是否畅通。\n\n关于电动自行车，再次提醒：\n- 严禁在室内、楼道、楼梯间为电动自行车或电池充电\n- 严禁在门厅、楼梯上停放电动自行车\n- 请到车棚内的充电桩充电\n\n电池起火蔓延快，还会产生有毒烟雾。请在检查前清理楼道内堆放的杂物。一旦发生火灾，请走楼梯疏散，切勿乘坐电梯，并立即拨打119。",
            ),
            "ja": (
                "防火点検と電動自転車の充電ルール",
                "来週、管理会社と住民委員会が各棟の防火点検を行います。消火器、消火栓ボックス、非常灯のほか、階段や廊下に物が置かれていないかを確認します。\n\n電動自転車について改めてお願いします：\n- 室内、廊下、階段で電動自転車やバッテリーを充電しないでください\n- 玄関ホールや階段に置かないでください\n- 充電は駐輪場の充電スタンドをご利用ください\n\nバッテリー火災は燃え広がるのが速く、有毒な煙が出ます。点検までに廊下の私物を片付けてください。火災のときはエレベーターを使わず階段で避難し、119に通報してください。",
            ),
            "ko": (
                "소방 안전 점검 및 전기자전거 충전 규정",
                "다음 주에 관리사무소와 주민위원회가 모든 동의 소방 안전 점검을 실시합니다. 소화기, 소화전함, 비상조명과 함께 계단과 복도에 장애물이 없는지 확인합니다.\n\n전기자전거 관련 주의사항입니다:\n- 집 안, 복도, 계단에서 전기자전거나 배터리를 충전하지 마세요\n- 현관 로비나 계단에 세워 두지 마세요\n- 충전은 자전거 보관소의 충전기를 이용하세요\n\n배터리 화재는 빠르게 번지고 유독가스가 발생합니다. 점검 전까지 복도에 둔 물건을 치워 주세요. 화재가 나면 엘리베이터가 아닌 계단으로 대피하고 119에 신고하세요.",
            ),
            "fr": (
                "Contrôle incendie et règles de recharge des vélos électriques",
                "La semaine prochaine, le gestionnaire de la résidence et le comité de quartier contrôleront la sécurité incendie dans chaque bâtiment : extincteurs, robinets d’incendie armés, éclairage de secours, et dégagement des escaliers et des couloirs.\n\nRappel concernant les vélos électriques :\n- ne rechargez ni les vélos ni leurs batteries dans les logements, les couloirs ou les cages d’escalier\n- ne les garez pas dans le hall ni dans l’escalier\n- utilisez les bornes de recharge de l’abri à vélos\n\nUn incendie de batterie se propage vite et dégage des fumées toxiques. Merci de retirer d’ici là tout ce qui est entreposé dans les couloirs. En cas d’incendie, sortez par l’escalier, jamais par l’ascenseur, et appelez le 119.",
            ),
            "de": (
                "Brandschutzkontrolle und Regeln zum Laden von E-Bikes",
                "Nächste Woche prüfen die Hausverwaltung und das Nachbarschaftskomitee den Brandschutz in allen Häusern: Feuerlöscher, Wandhydranten, Notbeleuchtung und ob Treppenhäuser und Flure frei sind.\n\nZur Erinnerung für E-Bikes:\n- E-Bikes und ihre Akkus nicht in der Wohnung, im Flur oder im Treppenhaus laden\n- E-Bikes nicht im Eingangsbereich oder auf der Treppe abstellen\n- Bitte die Ladestationen im Fahrradschuppen nutzen\n\nAkkubrände breiten sich schnell aus und erzeugen giftigen Rauch. Bitte räumen Sie bis zur Kontrolle alles aus den Fluren. Im Brandfall verlassen Sie das Haus über die Treppe, nie mit dem Aufzug, und rufen die 119 an.",
            ),
            "es": (
                "Revisión contra incendios y normas para cargar bicis eléctricas",
                "La próxima semana, la empresa administradora y el comité vecinal revisarán la seguridad contra incendios en todos los edificios: extintores, bocas de incendio, luces de emergencia y que escaleras y pasillos estén despejados.\n\nLes recordamos sobre las bicicletas eléctricas:\n- No cargue bicicletas eléctricas ni sus baterías dentro de casa, en pasillos ni en escaleras\n- No las deje en el vestíbulo ni en las escaleras\n- Use los puntos de carga del aparcamiento de bicicletas\n\nUn incendio de batería se propaga rápido y desprende humo tóxico. Retire antes de la revisión lo que tenga guardado en los pasillos. En caso de incendio, salga por las escaleras, nunca en ascensor, y llame al 119.",
            ),
            "pt-br": (
                "Vistoria contra incêndio e regras para carregar bicicletas elétricas",
                "Na próxima semana, a administradora do condomínio e o comitê de moradores vão vistoriar a segurança contra incêndio em todos os prédios: extintores, hidrantes, luzes de emergência e se escadas e corredores estão livres.\n\nSobre as bicicletas elétricas:\n- Não carregue bicicletas elétricas nem suas baterias dentro de casa, nos corredores ou nas escadas\n- Não as deixe no saguão nem nas escadas\n- Use os pontos de recarga do bicicletário\n\nIncêndios em baterias se espalham rápido e soltam fumaça tóxica. Antes da vistoria, retire o que estiver guardado nos corredores. Em caso de incêndio, saia pela escada, nunca pelo elevador, e ligue para o 119.",
            ),
            "ru": (
                "Проверка пожарной безопасности и правила зарядки электровелосипедов",
                "На следующей неделе управляющая компания и комитет жителей проверят пожарную безопасность во всех домах: огнетушители, пожарные краны, аварийное освещение и свободны ли лестницы и коридоры.\n\nНапоминаем об электровелосипедах:\n- не заряжайте электровелосипеды и их аккумуляторы в квартире, в коридорах и на лестницах\n- не оставляйте их в холле и на лестнице\n- заряжайте их на зарядных станциях под велосипедным навесом\n\nАккумуляторы горят быстро и выделяют ядовитый дым. До проверки, пожалуйста, уберите вещи из коридоров. При пожаре выходите по лестнице, не пользуйтесь лифтом, и звоните 119.",
            ),
            "ar": (
                "فحص السلامة من الحرائق وقواعد شحن الدراجات الكهربائية",
                "في الأسبوع المقبل ستفحص إدارة العقار ولجنة السكان إجراءات السلامة من الحرائق في جميع المباني: طفايات الحريق وخزائن خراطيم الإطفاء وإضاءة الطوارئ، وخلو السلالم والممرات من العوائق.\n\nتذكير بشأن الدراجات الكهربائية:\n- لا تشحنوا الدراجات الكهربائية أو بطارياتها داخل المنازل أو في الممرات أو على السلالم\n- لا تركنوها في البهو أو على الدرج\n- استخدموا نقاط الشحن في مظلة الدراجات\n\nحرائق البطاريات تنتشر بسرعة وتطلق دخانًا سامًا. يُرجى إزالة أي أغراض مخزنة في الممرات قبل الفحص. وعند نشوب حريق، غادروا عبر الدرج لا المصعد، واتصلوا بالرقم 119.",
            ),
        },
    },
    {
        "key": "typhoon_warning",
        "category": "safety",
        "source": "zh-hans",
        "pinned": False,
        "texts": {
            "en": (
                "Typhoon warning: secure your home and stay indoors",
                "The Shanghai Central Meteorological Observatory has issued a yellow typhoon warning. Strong winds and heavy rain are expected from tonight until tomorrow afternoon.\n\nPlease:\n- bring in or tie down flower pots, drying racks and anything on balconies and window sills\n- close and lock your windows\n- stay indoors; if you must go out, keep away from trees, billboards and scaffolding\n- keep your phone charged and some water and food at home\n\nTo report a fallen tree or flooding, call 12345. In an emergency, call 110, 119 or 120. We will post updates in the residents' WeChat group.",
            ),
            "zh-hans": (
                "台风预警：做好家中防护，尽量减少外出",
                "上海中心气象台已发布台风黄色预警信号，预计今天夜间至明天下午本市将有大风和强降雨。\n\n请大家：\n- 收好或固定阳台、窗台上的花盆、晾衣架等物品\n- 关紧门窗\n- 尽量留在室内；必须外出时，远离大树、广告牌和脚手架\n- 手机保持充足电量，家中备好饮用水和食物\n\n发现树木倒伏、道路积水，请拨打12345反映；遇到紧急情况，请拨打110、119或120。最新情况我们会在居民微信群里及时通知。",
            ),
            "ja": (
                "台風警報：家の周りの備えを、外出は控えめに",
                "上海中心気象台が台風黄色警報を発表しました。今夜から明日の午後にかけて、強風と大雨が予想されます。\n\nお願い：\n- ベランダや窓辺の植木鉢、物干しなどは室内に入れるか固定してください\n- 窓を閉めて鍵をかけてください\n- できるだけ屋内にいてください。外出する場合は、木や看板、足場に近づかないでください\n- 携帯電話を充電し、水と食料を用意しておいてください\n\n倒木や冠水を見つけたら12345に連絡してください。緊急時は110、119、120へ。最新情報は住民のWeChatグループでお知らせします。",
            ),
            "ko": (
                "태풍 경보: 집 주변을 점검하고 외출을 삼가세요",
                "상하이 중앙기상대가 태풍 황색 경보를 발령했습니다. 오늘 밤부터 내일 오후까지 강풍과 폭우가 예상됩니다.\n\n다음 사항을 지켜 주세요:\n- 베란다와 창틀의 화분, 빨래 건조대 등은 안으로 들이거나 단단히 고정하세요\n- 창문을 닫고 잠그세요\n- 가급적 실내에 머무르시고, 외출할 때는 나무, 광고판, 비계 근처를 피하세요\n- 휴대전화를 충전해 두고 물과 식량을 준비하세요\n\n쓰러진 나무나 침수를 발견하면 12345로 신고하세요. 긴급 상황에는 110, 119, 120으로 전화하세요. 새로운 소식은 주민 위챗 단체방에 올리겠습니다.",
            ),
            "fr": (
                "Alerte typhon : sécurisez votre logement et restez à l’abri",
                "L’observatoire météorologique central de Shanghai a émis une alerte jaune au typhon. Des vents violents et de fortes pluies sont attendus de ce soir à demain après-midi.\n\nNous vous demandons de :\n- rentrer ou attacher les pots de fleurs, les séchoirs et tout objet posé sur les balcons et les rebords de fenêtre\n- fermer et verrouiller les fenêtres\n- rester chez vous et, si vous devez sortir, vous tenir à l’écart des arbres, des panneaux publicitaires et des échafaudages\n- garder votre téléphone chargé, ainsi qu’un peu d’eau et de nourriture à la maison\n\nPour signaler un arbre tombé ou une inondation, appelez le 12345. En cas d’urgence : 110, 119 ou 120. Nous publierons les nouvelles informations dans le groupe WeChat des résidents.",
            ),
            "de": (
                "Taifunwarnung: Wohnung sichern und drinnen bleiben",
                "Die Zentrale Wetterwarte Shanghai hat eine gelbe Taifunwarnung herausgegeben. Von heute Nacht bis morgen Nachmittag werden Sturm und Starkregen erwartet.\n\nBitte:\n- Blumentöpfe, Wäscheständer und alles auf Balkonen und Fensterbänken hereinholen oder festbinden\n- Fenster schließen und verriegeln\n- drinnen bleiben; wenn Sie hinausmüssen, Abstand zu Bäumen, Werbetafeln und Baugerüsten halten\n- das Handy aufladen und etwas Wasser und Lebensmittel im Haus haben\n\nUmgestürzte Bäume oder Überschwemmungen melden Sie unter 12345. Im Notfall wählen Sie 110, 119 oder 120. Neuigkeiten posten wir in der WeChat-Gruppe der Bewohner.",
            ),
            "es": (
                "Alerta por tifón: asegure su vivienda y quédese en casa",
                "El Observatorio Meteorológico Central de Shanghái ha emitido una alerta amarilla por tifón. Se esperan fuertes vientos y lluvias intensas desde esta noche hasta mañana por la tarde.\n\nLe pedimos que:\n- meta en casa o sujete las macetas, los tendederos y todo lo que haya en balcones y alféizares\n- cierre bien las ventanas\n- se quede en casa y, si tiene que salir, se mantenga lejos de árboles, vallas publicitarias y andamios\n- tenga el móvil cargado y algo de agua y comida en casa\n\nPara avisar de un árbol caído o una inundación, llame al 12345. En caso de emergencia, llame al 110, al 119 o al 120. Publicaremos las novedades en el grupo de WeChat de los vecinos.",
            ),
            "pt-br": (
                "Alerta de tufão: proteja sua casa e fique em local seguro",
                "O Observatório Meteorológico Central de Xangai emitiu alerta amarelo de tufão. São esperados ventos fortes e chuva intensa de hoje à noite até amanhã à tarde.\n\nPor favor:\n- recolha ou amarre vasos de plantas, varais e tudo o que estiver em varandas e parapeitos de janela\n- feche e trave as janelas\n- fique em casa e, se precisar sair, mantenha distância de árvores, outdoors e andaimes\n- deixe o celular carregado e tenha água e comida em casa\n\nPara avisar sobre árvore caída ou alagamento, ligue para o 12345. Em emergências, ligue para 110, 119 ou 120. Vamos postar as novidades no grupo de WeChat dos moradores.",
            ),
            "ru": (
                "Тайфун: подготовьте квартиру и без необходимости не выходите",
                "Шанхайская центральная метеорологическая обсерватория объявила жёлтый уровень опасности из-за тайфуна. С сегодняшнего вечера до второй половины завтрашнего дня ожидаются сильный ветер и ливни.\n\nПожалуйста:\n- уберите внутрь или закрепите цветочные горшки, сушилки для белья и всё, что стоит на балконах и подоконниках\n- плотно закройте окна\n- оставайтесь дома, а если нужно выйти, держитесь подальше от деревьев, рекламных щитов и строительных лесов\n- зарядите телефон и держите дома запас воды и еды\n\nОб упавших деревьях и подтоплениях сообщайте по номеру 12345. В экстренных случаях звоните 110, 119 или 120. Новости мы будем публиковать в группе жителей в WeChat.",
            ),
            "ar": (
                "تحذير من إعصار: أمّنوا منازلكم وابقوا في الداخل",
                "أصدر المرصد الجوي المركزي في شنغهاي إنذارًا أصفر من إعصار (تايفون). ويُتوقع هبوب رياح قوية وهطول أمطار غزيرة من مساء اليوم حتى بعد ظهر الغد.\n\nيُرجى:\n- إدخال أصص الزهور ومناشر الغسيل وكل ما على الشرفات وحواف النوافذ، أو تثبيتها جيدًا\n- إغلاق النوافذ وإحكام قفلها\n- البقاء في المنزل، وإذا اضطررتم للخروج فابتعدوا عن الأشجار واللوحات الإعلانية والسقالات\n- شحن الهواتف والاحتفاظ بكمية من الماء والطعام في المنزل\n\nللإبلاغ عن شجرة ساقطة أو تجمّع للمياه، اتصلوا بالرقم 12345. وفي حالات الطوارئ اتصلوا بالرقم 110 أو 119 أو 120. سننشر المستجدات في مجموعة السكان على ويتشات.",
            ),
        },
    },
    {
        "key": "siren_test",
        "category": "safety",
        "source": "zh-hans",
        "pinned": False,
        "texts": {
            "en": (
                "The city's annual air-raid siren test",
                "Shanghai will soon hold the city's annual air-raid siren test. The exact day and time are announced in advance by the city's civil defence office, and we will also put them up on the station's notice board.\n\nDuring the test you will hear the pre-warning, air-raid and all-clear signals in turn, each for a few minutes. It is only a test: there is no danger and nothing you need to do. Please do not call 110 about it.\n\nPlease tell neighbours, children and elderly relatives who may not know about it, so that nobody is alarmed.",
            ),
            "zh-hans": (
                "全市防空警报试鸣提醒",
                "本市即将进行一年一度的防空警报试鸣，具体日期和时间以市民防部门提前发布的公告为准，届时服务站也会在公告栏张贴。\n\n试鸣时将依次鸣放预先警报、空袭警报和解除警报，每种信号持续数分钟。这只是试鸣，没有任何危险，大家无需采取任何行动，也请不要为此拨打110。\n\n请转告身边可能不了解情况的邻居、孩子和家中老人，以免引起不必要的惊慌。",
            ),
            "ja": (
                "上海市の年に一度の防空警報試験吹鳴",
                "近く、上海市では年に一度の防空警報の試験吹鳴が行われます。日時は市の民防部門から事前に発表され、ステーションの掲示板でもお知らせします。\n\n試験では、予備警報、空襲警報、警報解除の3種類の音が順に数分ずつ鳴ります。あくまで試験ですので危険はなく、特に何かをする必要はありません。このことで110番に電話しないでください。\n\n知らない方が驚かないよう、近所の方やお子さん、ご高齢のご家族にも伝えてください。",
            ),
            "ko": (
                "상하이시 연례 방공 경보 사이렌 시험 안내",
                "곧 상하이시의 연례 방공 경보 사이렌 시험이 실시됩니다. 정확한 날짜와 시간은 시 민방위 당국이 미리 발표하며, 센터 게시판에도 게시하겠습니다.\n\n시험 중에는 예비 경보, 공습 경보, 경보 해제 신호가 차례로 몇 분씩 울립니다. 시험일 뿐이므로 위험은 없으며 따로 하실 일은 없습니다. 이 일로 110에 전화하지 마세요.\n\n모르는 분이 놀라지 않도록 이웃, 아이들, 연로하신 가족에게도 알려 주세요.",
            ),
            "fr": (
                "Essai annuel des sirènes d’alerte aérienne de la ville",
                "Shanghai procédera prochainement à l’essai annuel de ses sirènes d’alerte aérienne. Le jour et l’heure exacts sont annoncés à l’avance par le bureau municipal de la défense civile ; nous les afficherons aussi au point de service.\n\nPendant l’essai, vous entendrez successivement le signal de préalerte, celui d’alerte aérienne et celui de fin d’alerte, pendant quelques minutes chacun. Ce n’est qu’un essai : il n’y a aucun danger et rien à faire. Merci de ne pas appeler le 110 à ce sujet.\n\nPrévenez vos voisins, vos enfants et vos proches âgés qui ne seraient pas au courant, pour que personne ne s’inquiète.",
            ),
            "de": (
                "Jährlicher Probealarm der Luftschutzsirenen in Shanghai",
                "Demnächst findet in Shanghai der jährliche Probealarm der Luftschutzsirenen statt. Tag und Uhrzeit gibt das städtische Amt für Zivilschutz vorher bekannt; wir hängen sie auch in der Servicestelle aus.\n\nSie hören nacheinander das Vorwarnsignal, den Luftalarm und die Entwarnung, jeweils einige Minuten lang. Es ist nur eine Probe: Es besteht keine Gefahr, und Sie müssen nichts tun. Bitte rufen Sie deswegen nicht die 110 an.\n\nSagen Sie es bitte Nachbarn, Kindern und älteren Angehörigen, die vielleicht nichts davon wissen, damit niemand erschrickt.",
            ),
            "es": (
                "Prueba anual de las sirenas antiaéreas de la ciudad",
                "Shanghái realizará próximamente la prueba anual de sus sirenas antiaéreas. El día y la hora exactos los anuncia con antelación la oficina municipal de defensa civil, y también los publicaremos en el tablón de la oficina.\n\nDurante la prueba oirá, una tras otra, la señal de prealerta, la de alerta aérea y la de fin de alerta, durante unos minutos cada una. Es solo una prueba: no hay ningún peligro ni tiene que hacer nada. Por favor, no llame al 110 por este motivo.\n\nAvise a vecinos, niños y familiares mayores que quizá no lo sepan, para que nadie se asuste.",
            ),
            "pt-br": (
                "Teste anual das sirenes antiaéreas da cidade",
                "Xangai fará em breve o teste anual das suas sirenes antiaéreas. O dia e o horário exatos são anunciados com antecedência pelo órgão municipal de defesa civil, e também vamos divulgá-los no mural do posto.\n\nDurante o teste, você vai ouvir, em sequência, o sinal de pré-alerta, o de ataque aéreo e o de fim de alerta, cada um por alguns minutos. É só um teste: não há perigo e você não precisa fazer nada. Por favor, não ligue para o 110 por causa disso.\n\nAvise vizinhos, crianças e parentes idosos que talvez não saibam, para ninguém se assustar.",
            ),
            "ru": (
                "Ежегодная проверка сирен воздушной тревоги в Шанхае",
                "В ближайшее время в Шанхае пройдёт ежегодная проверка сирен воздушной тревоги. Точные дату и время заранее объявляет городское управление гражданской обороны; мы также разместим их на доске объявлений пункта.\n\nВо время проверки по очереди прозвучат сигналы предварительного оповещения, воздушной тревоги и отбоя, каждый в течение нескольких минут. Это только проверка: опасности нет и ничего делать не нужно. Пожалуйста, не звоните по этому поводу в 110.\n\nПредупредите соседей, детей и пожилых родственников, которые могут не знать об этом, чтобы никто не испугался.",
            ),
            "ar": (
                "الاختبار السنوي لصفارات الإنذار من الغارات الجوية في المدينة",
                "ستُجري شنغهاي قريبًا الاختبار السنوي لصفارات الإنذار من الغارات الجوية. ويُعلن مكتب الدفاع المدني في المدينة اليوم والساعة بالتحديد مسبقًا، وسننشرهما أيضًا على لوحة الإعلانات في المركز.\n\nخلال الاختبار ستسمعون على التوالي إشارة الإنذار المسبق، ثم إشارة الغارة الجوية، ثم إشارة زوال الخطر، وتستمر كل منها بضع دقائق. إنه مجرد اختبار: لا يوجد أي خطر ولا يلزمكم فعل أي شيء. يُرجى عدم الاتصال بالرقم 110 بشأنه.\n\nأخبروا جيرانكم وأطفالكم وأقاربكم المسنين الذين قد لا يعلمون بالأمر، حتى لا يفزع أحد.",
            ),
        },
    },
    {
        "key": "flu_vaccination",
        "category": "service",
        "source": "zh-hans",
        "pinned": False,
        "texts": {
            "en": (
                "Flu vaccination at the community health centre",
                "Flu season is coming, and the Huamu community health centre is now giving flu vaccines. Foreign residents can be vaccinated there too.\n\nHow it works:\n- Book at the centre's vaccination desk, or ask us to help you book\n- Bring your passport\n- Tell the doctor about any allergy, illness or pregnancy\n- Stay 30 minutes after the injection to be observed\n\nVaccination is especially recommended for people over 60, children, pregnant women and people with chronic illness. Vaccines and fees differ, so please ask the centre. If you would like an officer to go with you, tell the station.",
            ),
            "zh-hans": (
                "社区卫生服务中心流感疫苗接种通知",
                "流感高发季节即将到来，花木社区卫生服务中心现已开始提供流感疫苗接种服务，外籍居民也可以前往接种。\n\n接种流程：\n- 到中心预防接种门诊预约，或请服务站帮您预约\n- 携带护照\n- 如有过敏史、正在生病或怀孕，请主动告知医生\n- 接种后需留观30分钟\n\n建议60岁以上老人、儿童、孕妇及慢性病患者优先接种。疫苗种类和费用各有不同，具体请咨询中心。如需工作人员陪同，请告知服务站。",
            ),
            "ja": (
                "地域の衛生サービスセンターでインフルエンザ予防接種",
                "インフルエンザの流行期が近づいてきました。花木社区衛生サービスセンターでは、インフルエンザワクチンの接種を始めています。外国籍の住民の方も接種できます。\n\n接種の流れ：\n- センターの予防接種窓口で予約してください。ステーションで予約のお手伝いもできます\n- パスポートをお持ちください\n- アレルギー、体調不良、妊娠中の場合は医師にお伝えください\n- 接種後は30分間、その場で様子を見ます\n\n特に60歳以上の方、子ども、妊婦の方、持病のある方におすすめします。ワクチンの種類や費用はさまざまですので、センターにお問い合わせください。職員の付き添いをご希望の方は、ステーションにお知らせください。",
            ),
            "ko": (
                "지역 보건서비스센터 독감 예방접종 안내",
                "독감 유행 시기가 다가오고 있습니다. 화무 지역보건서비스센터에서 독감 백신 접종을 시작했으며, 외국인 주민도 접종받을 수 있습니다.\n\n접종 방법:\n- 보건서비스센터 예방접종 창구에서 예약하거나, 저희 센터에 예약 도움을 요청하세요\n- 여권을 지참하세요\n- 알레르기가 있거나 몸이 아프거나 임신 중이면 의사에게 알려 주세요\n- 접종 후 30분간 자리에서 이상 반응을 관찰합니다\n\n특히 60세 이상 어르신, 어린이, 임신부, 만성질환자에게 접종을 권장합니다. 백신 종류와 비용이 다르니 보건서비스센터에 문의하세요. 직원 동행을 원하시면 저희 센터에 알려 주세요.",
            ),
            "fr": (
                "Vaccination contre la grippe au centre de santé communautaire",
                "La saison de la grippe approche : le centre de santé communautaire de Huamu propose désormais le vaccin antigrippal. Les résidents étrangers peuvent aussi s’y faire vacciner.\n\nMode d’emploi :\n- prenez rendez-vous au guichet de vaccination du centre, ou demandez-nous de vous aider à le faire\n- apportez votre passeport\n- signalez au médecin toute allergie, maladie en cours ou grossesse\n- restez 30 minutes sur place après l’injection, sous surveillance\n\nLa vaccination est particulièrement recommandée aux plus de 60 ans, aux enfants, aux femmes enceintes et aux personnes atteintes de maladies chroniques. Les vaccins et les tarifs varient : renseignez-vous auprès du centre. Si vous souhaitez qu’un agent vous accompagne, dites-le au point de service.",
            ),
            "de": (
                "Grippeimpfung im Gesundheitszentrum der Gemeinde",
                "Die Grippesaison steht bevor, und das Gemeinde-Gesundheitszentrum Huamu bietet jetzt Grippeimpfungen an – auch für ausländische Bewohnerinnen und Bewohner.\n\nSo geht’s:\n- Termin am Impfschalter des Zentrums vereinbaren oder sich von uns dabei helfen lassen\n- Reisepass mitbringen\n- Allergien, akute Erkrankungen oder eine Schwangerschaft dem Arzt mitteilen\n- Nach der Impfung 30 Minuten zur Beobachtung vor Ort bleiben\n\nEmpfohlen wird die Impfung besonders für Menschen über 60, Kinder, Schwangere und chronisch Kranke. Impfstoffe und Kosten unterscheiden sich, bitte fragen Sie im Zentrum nach. Möchten Sie, dass jemand von uns Sie begleitet, sagen Sie der Servicestelle Bescheid.",
            ),
            "es": (
                "Vacunación contra la gripe en el centro de salud comunitario",
                "Se acerca la temporada de gripe y el centro de salud comunitario de Huamu ya ofrece la vacuna antigripal. Los residentes extranjeros también pueden vacunarse allí.\n\nCómo hacerlo:\n- Pida cita en el mostrador de vacunación del centro, o pídanos ayuda para reservarla\n- Lleve su pasaporte\n- Informe al médico si tiene alguna alergia, está enfermo o está embarazada\n- Quédese 30 minutos en observación después de la inyección\n\nSe recomienda especialmente a mayores de 60 años, niños, embarazadas y personas con enfermedades crónicas. Las vacunas y los precios varían; consulte en el centro. Si quiere que alguien de la oficina le acompañe, avísenos.",
            ),
            "pt-br": (
                "Vacinação contra a gripe no centro de saúde comunitário",
                "A temporada de gripe está chegando, e o centro de saúde comunitário de Huamu já está aplicando a vacina contra a gripe. Moradores estrangeiros também podem se vacinar lá.\n\nComo funciona:\n- Agende no balcão de vacinação do centro ou peça ajuda ao posto para agendar\n- Leve seu passaporte\n- Informe o médico se tiver alergia, estiver doente ou grávida\n- Fique 30 minutos em observação depois da aplicação\n\nA vacina é especialmente recomendada para pessoas acima de 60 anos, crianças, gestantes e quem tem doenças crônicas. As vacinas e os valores variam; informe-se no centro. Se quiser que um atendente vá com você, avise o posto.",
            ),
            "ru": (
                "Прививки от гриппа в местном медицинском центре",
                "Приближается сезон гриппа, и в местном медицинском центре Хуаму уже делают прививки от гриппа. Иностранные жители тоже могут привиться.\n\nКак это сделать:\n- запишитесь в прививочном кабинете центра или попросите нас помочь с записью\n- возьмите с собой паспорт\n- сообщите врачу об аллергии, болезни или беременности\n- после укола 30 минут побудьте под наблюдением\n\nПрививка особенно рекомендуется людям старше 60 лет, детям, беременным и людям с хроническими заболеваниями. Вакцины и цены бывают разные — уточняйте в центре. Если хотите, чтобы вас сопровождал сотрудник, сообщите в пункт.",
            ),
            "ar": (
                "التطعيم ضد الإنفلونزا في مركز الصحة المجتمعي",
                "يقترب موسم الإنفلونزا، وقد بدأ مركز هوامو للصحة المجتمعية تقديم لقاح الإنفلونزا، ويمكن للسكان الأجانب أيضًا تلقي اللقاح فيه.\n\nالخطوات:\n- احجزوا موعدًا لدى قسم التطعيم في المركز الصحي، أو اطلبوا منا مساعدتكم في الحجز\n- أحضروا جوازات سفركم\n- أخبروا الطبيب إن كنتم تعانون من حساسية أو مرض أو في حالة حمل\n- ابقوا 30 دقيقة بعد الحقنة تحت الملاحظة\n\nيُوصى باللقاح خصوصًا لمن تجاوزوا الستين والأطفال والحوامل والمصابين بأمراض مزمنة. تختلف أنواع اللقاحات وأسعارها، لذا يُرجى الاستفسار من المركز الصحي. وإذا رغبتم في أن يرافقكم أحد موظفينا، فأبلغونا بذلك.",
            ),
        },
    },
    {
        "key": "census_visit",
        "category": "civic",
        "source": "zh-hans",
        "pinned": False,
        "texts": {
            "en": (
                "Census takers will visit homes in the community",
                "Over the coming weeks, census takers will visit homes in Lianyang Community. Foreign residents who live here are included in the census.\n\nWhat to expect:\n- Census takers wear a badge and show their census-taker ID; you may ask to see it\n- They ask basic facts about the people living in your home, such as name, sex, date of birth and nationality\n- Your answers are confidential and used only for statistics\n\nCensus takers never ask for bank details, passwords or money. If you are not sure a visitor is genuine, check with the station before you open the door.",
            ),
            "zh-hans": (
                "普查员将入户登记，请大家支持配合",
                "未来几周，普查员将在联洋社区开展入户登记，居住在本社区的外籍人员也在普查范围内。\n\n请您了解：\n- 普查员佩戴标志并出示普查员证件，您可以要求查看\n- 普查员会询问住户的基本情况，如姓名、性别、出生日期、国籍等\n- 您提供的信息依法严格保密，仅用于统计\n\n普查员绝不会询问银行卡信息、密码，也不会收取任何费用。如果不确定来访者身份，请先联系服务站核实，再开门。",
            ),
            "ja": (
                "人口調査の調査員が各家庭を訪問します",
                "これから数週間、調査員が聯洋社区の各家庭を訪問します。この地域に住む外国籍の方も調査の対象です。\n\nご注意いただきたいこと：\n- 調査員は標識をつけ、調査員証を提示します。確認を求めても大丈夫です\n- お住まいの方の氏名、性別、生年月日、国籍などの基本的な事項をお尋ねします\n- 回答内容は法律により秘密が守られ、統計にのみ使われます\n\n調査員が銀行口座の情報や暗証番号を尋ねたり、お金を求めたりすることはありません。訪問者が本物かどうか分からないときは、ドアを開ける前にステーションにご確認ください。",
            ),
            "ko": (
                "인구조사원이 가정을 방문합니다",
                "앞으로 몇 주 동안 인구조사원이 롄양 지역의 가정을 방문합니다. 이 지역에 거주하는 외국인 주민도 조사 대상입니다.\n\n알아 두세요:\n- 조사원은 표지를 달고 조사원증을 제시합니다. 확인을 요청하셔도 됩니다\n- 가구원의 이름, 성별, 생년월일, 국적 등 기본 사항을 묻습니다\n- 답변 내용은 법에 따라 비밀이 보장되며 통계 목적으로만 사용됩니다\n\n조사원은 절대 은행 정보나 비밀번호를 묻거나 돈을 요구하지 않습니다. 방문자가 진짜인지 확실하지 않으면 문을 열기 전에 센터에 확인하세요.",
            ),
            "fr": (
                "Les agents recenseurs passent dans les logements du quartier",
                "Dans les semaines à venir, des agents recenseurs passeront dans les logements de la communauté de Lianyang. Les résidents étrangers qui vivent ici sont également recensés.\n\nÀ savoir :\n- les agents portent un badge et présentent leur carte d’agent recenseur ; vous pouvez demander à la voir\n- ils posent des questions simples sur les personnes du foyer : nom, sexe, date de naissance, nationalité\n- vos réponses sont confidentielles et servent uniquement à des fins statistiques\n\nUn agent recenseur ne demande jamais de coordonnées bancaires, de mot de passe ni d’argent. En cas de doute sur l’identité d’un visiteur, vérifiez auprès du point de service avant d’ouvrir.",
            ),
            "de": (
                "Volkszählung: Erhebungsbeauftragte besuchen die Haushalte",
                "In den kommenden Wochen besuchen Erhebungsbeauftragte der Volkszählung die Haushalte in der Gemeinde Lianyang. Auch ausländische Bewohnerinnen und Bewohner werden erfasst.\n\nGut zu wissen:\n- Die Beauftragten tragen ein Abzeichen und zeigen ihren Ausweis; Sie dürfen ihn sich zeigen lassen\n- Gefragt wird nach Grunddaten der Personen im Haushalt, etwa Name, Geschlecht, Geburtsdatum und Staatsangehörigkeit\n- Ihre Angaben sind vertraulich und werden nur für die Statistik verwendet\n\nErhebungsbeauftragte fragen nie nach Bankdaten, Passwörtern oder Geld. Wenn Sie nicht sicher sind, ob ein Besuch echt ist, fragen Sie bei der Servicestelle nach, bevor Sie die Tür öffnen.",
            ),
            "es": (
                "Los agentes del censo visitarán los hogares del barrio",
                "En las próximas semanas, los agentes censales visitarán los hogares de la comunidad de Lianyang. Los residentes extranjeros que viven aquí también se incluyen en el censo.\n\nQué debe saber:\n- Los agentes llevan una identificación visible y muestran su acreditación; puede pedir verla\n- Preguntan datos básicos de las personas que viven en el hogar, como nombre, sexo, fecha de nacimiento y nacionalidad\n- Sus respuestas son confidenciales y solo se usan con fines estadísticos\n\nLos agentes censales nunca piden datos bancarios, contraseñas ni dinero. Si duda de que un visitante sea auténtico, consulte con la oficina antes de abrir la puerta.",
            ),
            "pt-br": (
                "Recenseadores vão visitar as casas da comunidade",
                "Nas próximas semanas, recenseadores vão visitar as residências da comunidade de Lianyang. Moradores estrangeiros que vivem aqui também fazem parte do censo.\n\nO que você precisa saber:\n- Os recenseadores usam crachá e apresentam sua identificação; você pode pedir para ver\n- Eles perguntam dados básicos das pessoas que moram na casa, como nome, sexo, data de nascimento e nacionalidade\n- Suas respostas são sigilosas e usadas só para fins estatísticos\n\nRecenseadores nunca pedem dados bancários, senhas ou dinheiro. Se não tiver certeza de que a visita é verdadeira, confirme com o posto antes de abrir a porta.",
            ),
            "ru": (
                "Переписчики будут обходить квартиры",
                "В ближайшие недели переписчики будут обходить квартиры в микрорайоне Ляньян. Иностранцы, живущие здесь, тоже участвуют в переписи.\n\nЧто нужно знать:\n- у переписчиков есть нагрудный знак и удостоверение; вы можете попросить его показать\n- они задают вопросы о тех, кто живёт в квартире: имя, пол, дата рождения, гражданство\n- ваши ответы конфиденциальны и используются только для статистики\n\nПереписчики никогда не спрашивают банковские данные и пароли и не просят денег. Если сомневаетесь, настоящий ли это переписчик, не открывайте дверь, пока не уточните в пункте.",
            ),
            "ar": (
                "باحثو التعداد السكاني سيزورون المنازل في الحي",
                "خلال الأسابيع المقبلة، سيزور باحثو التعداد السكاني المنازل في مجتمع ليانيانغ السكني، ويشمل التعداد أيضًا السكان الأجانب المقيمين هنا.\n\nما ينبغي معرفته:\n- يضع الباحثون شارة ويُبرزون بطاقة باحث التعداد، ويحق لكم طلب الاطلاع عليها\n- يسألون عن البيانات الأساسية للمقيمين في المنزل، مثل الاسم والجنس وتاريخ الميلاد والجنسية\n- إجاباتكم سرية، ولا تُستخدم إلا لأغراض إحصائية\n\nلا يطلب باحثو التعداد أبدًا بيانات مصرفية أو كلمات مرور أو أي أموال. وإذا لم تتأكدوا من هوية الزائر، فتحققوا من ذلك لدى المركز قبل فتح الباب.",
            ),
        },
    },
    {
        "key": "legal_advice_morning",
        "category": "service",
        "source": "en",
        "pinned": False,
        "texts": {
            "en": (
                "Free legal advice morning at the station",
                "A lawyer from a local law firm will give free legal advice at the station on Wednesday morning, 9:00–12:00. An English-speaking volunteer will help with interpreting.\n\nYou can ask about, for example:\n- tenancy agreements and deposits\n- employment contracts and unpaid wages\n- marriage, divorce and other family matters\n\nEach consultation takes about 20 minutes. Please book a slot on the portal or at the desk, and bring copies of the documents you want to discuss. What you tell the lawyer stays confidential.\n\nThis is general advice; for a court case you may need to hire a lawyer yourself.",
            ),
            "zh-hans": (
                "服务站免费法律咨询上午场",
                "本周三上午9:00—12:00，将有一名律师事务所的律师在服务站提供免费法律咨询，并有会说英语的志愿者协助翻译。\n\n可咨询的问题包括：\n- 租房合同与押金\n- 劳动合同与拖欠工资\n- 婚姻、离婚等家庭事务\n\n每人咨询时间约20分钟。请通过平台或在服务站前台预约，并带上需要咨询的相关材料复印件。您向律师提供的信息将予以保密。\n\n现场咨询仅提供一般性法律意见；如需打官司，您可能需要另行委托律师。",
            ),
            "ja": (
                "ステーションで無料法律相談（午前）",
                "水曜日の午前9:00～12:00、地元の法律事務所の弁護士がステーションで無料法律相談を行います。英語のできるボランティアが通訳をお手伝いします。\n\nたとえば、こんなご相談ができます：\n- 賃貸契約や敷金のこと\n- 雇用契約や賃金の未払いのこと\n- 結婚・離婚などの家族のこと\n\n相談時間はお一人約20分です。ポータルまたは窓口で予約し、相談したい書類のコピーをお持ちください。弁護士に話した内容の秘密は守られます。\n\nこの相談は一般的な助言です。裁判を起こす場合などは、ご自身で弁護士に依頼する必要があるかもしれません。",
            ),
            "ko": (
                "센터 무료 법률 상담 (오전)",
                "수요일 오전 9:00~12:00에 지역 법률사무소 변호사가 센터에서 무료 법률 상담을 진행합니다. 영어가 가능한 자원봉사자가 통역을 돕습니다.\n\n상담 가능한 내용(예시):\n- 임대차 계약과 보증금\n- 근로 계약과 임금 체불\n- 결혼, 이혼 등 가족 문제\n\n상담 시간은 1인당 약 20분입니다. 포털이나 창구에서 예약하시고, 상담할 서류의 사본을 가져오세요. 변호사에게 말씀하신 내용은 비밀이 보장됩니다.\n\n이 상담은 일반적인 조언이며, 소송을 하려면 직접 변호사를 선임해야 할 수 있습니다.",
            ),
            "fr": (
                "Matinée de conseil juridique gratuit au point de service",
                "Mercredi matin, de 9 h à 12 h, un avocat d’un cabinet du quartier donnera des conseils juridiques gratuits au point de service. Un bénévole anglophone aidera à l’interprétation.\n\nVous pouvez par exemple poser vos questions sur :\n- les baux et les dépôts de garantie\n- les contrats de travail et les salaires impayés\n- le mariage, le divorce et les autres questions familiales\n\nChaque consultation dure environ 20 minutes. Réservez un créneau sur le portail ou à l’accueil, et apportez une copie des documents concernés. Ce que vous confiez à l’avocat reste confidentiel.\n\nIl s’agit de conseils généraux : pour une procédure en justice, il vous faudra peut-être engager vous-même un avocat.",
            ),
            "de": (
                "Kostenlose Rechtsberatung am Vormittag in der Servicestelle",
                "Am Mittwochvormittag von 9:00 bis 12:00 Uhr berät ein Anwalt einer örtlichen Kanzlei kostenlos in der Servicestelle. Eine englischsprachige Ehrenamtliche hilft beim Dolmetschen.\n\nSie können zum Beispiel Fragen stellen zu:\n- Mietverträgen und Kautionen\n- Arbeitsverträgen und ausstehendem Lohn\n- Ehe, Scheidung und anderen Familienangelegenheiten\n\nEine Beratung dauert etwa 20 Minuten. Bitte buchen Sie einen Termin über das Portal oder am Empfang und bringen Sie Kopien der betreffenden Unterlagen mit. Was Sie dem Anwalt sagen, bleibt vertraulich.\n\nEs handelt sich um eine allgemeine Beratung; für ein Gerichtsverfahren müssen Sie gegebenenfalls selbst einen Anwalt beauftragen.",
            ),
            "es": (
                "Mañana de asesoría jurídica gratuita en la oficina",
                "El miércoles por la mañana, de 9:00 a 12:00, un abogado de un bufete de la zona ofrecerá asesoría jurídica gratuita en la oficina. Un voluntario que habla inglés ayudará con la interpretación.\n\nPuede consultar, por ejemplo, sobre:\n- contratos de alquiler y fianzas\n- contratos de trabajo y salarios impagados\n- matrimonio, divorcio y otros asuntos familiares\n\nCada consulta dura unos 20 minutos. Reserve su turno en el portal o en el mostrador y traiga copias de los documentos que quiera tratar. Lo que le cuente al abogado es confidencial.\n\nSe trata de orientación general; si necesita ir a juicio, es posible que tenga que contratar usted a un abogado.",
            ),
            "pt-br": (
                "Manhã de orientação jurídica gratuita no posto",
                "Na quarta-feira de manhã, das 9h às 12h, um advogado de um escritório da região vai dar orientação jurídica gratuita no posto. Um voluntário que fala inglês vai ajudar na interpretação.\n\nVocê pode tirar dúvidas, por exemplo, sobre:\n- contratos de aluguel e caução\n- contratos de trabalho e salários atrasados\n- casamento, divórcio e outras questões de família\n\nCada atendimento dura cerca de 20 minutos. Agende seu horário pelo portal ou no balcão e traga cópias dos documentos que quer discutir. O que você contar ao advogado é sigiloso.\n\nÉ uma orientação geral; para entrar com uma ação na Justiça, talvez você precise contratar um advogado por conta própria.",
            ),
            "ru": (
                "Бесплатная юридическая консультация в пункте",
                "В среду с 9:00 до 12:00 юрист местной адвокатской конторы бесплатно проконсультирует жителей в пункте. С переводом поможет волонтёр, говорящий по-английски.\n\nМожно спросить, например, о:\n- договорах аренды и залогах\n- трудовых договорах и невыплаченной зарплате\n- браке, разводе и других семейных делах\n\nКонсультация длится около 20 минут. Запишитесь на портале или у стойки пункта и принесите копии документов, которые хотите обсудить. Всё, что вы расскажете юристу, останется конфиденциальным.\n\nЭто общая консультация; для судебного разбирательства, возможно, придётся самостоятельно нанять адвоката.",
            ),
            "ar": (
                "صباح استشارات قانونية مجانية في المركز",
                "صباح يوم الأربعاء من 9:00 إلى 12:00، سيقدّم محامٍ من أحد مكاتب المحاماة المحلية استشارات قانونية مجانية في المركز، ويساعد متطوع يتحدث الإنجليزية في الترجمة.\n\nيمكنكم السؤال مثلًا عن:\n- عقود الإيجار ومبالغ التأمين\n- عقود العمل والأجور غير المدفوعة\n- الزواج والطلاق وغيرها من الشؤون الأسرية\n\nتستغرق كل استشارة نحو 20 دقيقة. يُرجى حجز موعد عبر البوابة الإلكترونية أو في مكتب الاستقبال، وإحضار نسخ من المستندات التي تريدون مناقشتها. وكل ما تقولونه للمحامي يبقى سريًا.\n\nهذه الاستشارات إرشادات عامة؛ أما إذا احتجتم إلى رفع دعوى قضائية، فقد يلزمكم توكيل محامٍ على نفقتكم.",
            ),
        },
    },
    {
        "key": "renovation_noise",
        "category": "civic",
        "source": "zh-hans",
        "pinned": False,
        "texts": {
            "en": (
                "Renovating? Please keep to the quiet hours",
                "Several flats in the community are being renovated. Drilling and hammering carry far through concrete walls, and many neighbours work night shifts, look after babies or are unwell.\n\nPlease keep noisy work to the hours set by your compound. In most compounds these are:\n- working days, 8:00–12:00 and 14:00–18:00\n- no noisy work at weekends or on public holidays\n\nRegister the work with the property management before you start, and put a note in the lobby telling neighbours how long it will last. If noise goes on outside these hours, speak to the property management first; if that does not help, the station can.",
            ),
            "zh-hans": (
                "装修请文明施工，遵守作业时间",
                "近期社区内有多户居民正在装修。电钻声、敲打声会通过墙体传得很远，而不少邻居要上夜班、照顾婴儿或身体欠佳。\n\n请在小区规定的时间内进行有噪声的施工。大多数小区的规定是：\n- 工作日8:00—12:00、14:00—18:00\n- 双休日及法定节假日不得进行产生噪声的施工\n\n开工前请到物业办理装修登记，并在楼道门厅张贴告示，告知邻居工期。如在规定时间以外仍有噪声，请先向物业反映；如仍未解决，服务站可以协助协调。",
            ),
            "ja": (
                "リフォーム中の方へ：作業時間を守りましょう",
                "現在、地域内の何軒かのお宅でリフォームが行われています。ドリルや叩く音はコンクリートの壁を伝って遠くまで響きます。夜勤の方、赤ちゃんのいるご家庭、体調のすぐれない方もいらっしゃいます。\n\n音の出る作業は、団地で決められた時間内に行ってください。多くの団地では次のとおりです：\n- 平日 8:00～12:00、14:00～18:00\n- 土日・祝日は音の出る作業は禁止\n\n工事を始める前に管理事務所で届け出をし、工事期間を知らせる貼り紙を玄関ホールに貼ってください。決められた時間外に騒音が続く場合は、まず管理事務所にご相談ください。解決しないときは、ステーションもお手伝いします。",
            ),
            "ko": (
                "인테리어 공사 중이신가요? 작업 시간을 지켜 주세요",
                "최근 지역 내 여러 가구가 인테리어 공사를 하고 있습니다. 드릴과 망치 소리는 콘크리트 벽을 타고 멀리까지 울립니다. 야간 근무를 하는 이웃, 아기를 돌보는 가정, 몸이 아픈 분들도 계십니다.\n\n소음이 나는 작업은 단지에서 정한 시간에만 해 주세요. 대부분의 단지는 다음과 같습니다:\n- 평일 8:00~12:00, 14:00~18:00\n- 주말과 공휴일에는 소음이 나는 작업 금지\n\n공사 전에 관리사무소에 신고하시고, 현관 로비에 공사 기간을 알리는 안내문을 붙여 주세요. 정해진 시간 외에 소음이 계속되면 먼저 관리사무소에 말씀해 주시고, 해결되지 않으면 센터가 도와드리겠습니다.",
            ),
            "fr": (
                "Travaux chez vous ? Merci de respecter les horaires",
                "Plusieurs logements de la communauté sont en travaux. Le bruit des perceuses et des marteaux se propage loin à travers le béton, et beaucoup de voisins travaillent de nuit, s’occupent d’un bébé ou sont malades.\n\nLimitez les travaux bruyants aux horaires fixés par votre résidence. Dans la plupart des résidences, ce sont :\n- en semaine, de 8 h à 12 h et de 14 h à 18 h\n- aucun travail bruyant le week-end ni les jours fériés\n\nAvant de commencer, déclarez les travaux au gestionnaire de la résidence et affichez dans le hall un mot indiquant leur durée. Si le bruit continue en dehors de ces horaires, adressez-vous d’abord au gestionnaire ; si cela ne suffit pas, le point de service peut vous aider.",
            ),
            "de": (
                "Renovierung? Bitte halten Sie die Ruhezeiten ein",
                "Zurzeit werden in der Gemeinde mehrere Wohnungen renoviert. Bohren und Hämmern trägt durch die Betonwände weit, und viele Nachbarn arbeiten nachts, versorgen ein Baby oder sind krank.\n\nLaute Arbeiten bitte nur zu den Zeiten, die Ihre Wohnanlage festlegt. In den meisten Anlagen sind das:\n- werktags 8:00–12:00 und 14:00–18:00 Uhr\n- an Wochenenden und Feiertagen keine lauten Arbeiten\n\nMelden Sie die Arbeiten vor Beginn bei der Hausverwaltung an und hängen Sie im Eingangsbereich einen Zettel auf, wie lange sie dauern. Wird außerhalb dieser Zeiten Lärm gemacht, wenden Sie sich zuerst an die Hausverwaltung; hilft das nicht, unterstützt Sie die Servicestelle.",
            ),
            "es": (
                "¿Está de obras? Respete el horario de descanso",
                "Varios pisos del barrio están en obras. El ruido de taladros y martillos se transmite lejos por las paredes de hormigón, y muchos vecinos trabajan de noche, cuidan de un bebé o están enfermos.\n\nHaga los trabajos ruidosos solo en el horario que fija su urbanización. En la mayoría es:\n- días laborables, de 8:00 a 12:00 y de 14:00 a 18:00\n- nada de trabajos ruidosos los fines de semana ni los festivos\n\nAntes de empezar, registre la obra en la administración y deje una nota en el vestíbulo indicando cuánto durará. Si hay ruido fuera de este horario, hable primero con la administración; si no se resuelve, la oficina puede ayudarle.",
            ),
            "pt-br": (
                "Vai reformar? Respeite os horários de obra",
                "Vários apartamentos da comunidade estão em reforma. O barulho de furadeiras e marteladas se espalha pelas paredes de concreto, e muitos vizinhos trabalham à noite, cuidam de bebês ou estão doentes.\n\nFaça os serviços barulhentos só nos horários definidos pelo seu condomínio. Na maioria deles, são:\n- dias úteis, das 8h às 12h e das 14h às 18h\n- nada de obra barulhenta nos fins de semana e feriados\n\nAntes de começar, registre a obra na administração e deixe um aviso no saguão informando quanto tempo ela vai durar. Se houver barulho fora desses horários, fale primeiro com a administração; se não resolver, o posto pode ajudar.",
            ),
            "ru": (
                "Делаете ремонт? Соблюдайте часы тишины",
                "Сейчас в нескольких квартирах микрорайона идёт ремонт. Шум дрели и молотка далеко разносится по бетонным стенам, а многие соседи работают в ночную смену, ухаживают за младенцами или болеют.\n\nШумные работы ведите только в часы, установленные в вашем жилом комплексе. В большинстве комплексов это:\n- по будням с 8:00 до 12:00 и с 14:00 до 18:00\n- в выходные и праздничные дни шумные работы не допускаются\n\nПеред началом ремонта зарегистрируйте работы в управляющей компании и повесьте в холле объявление о сроках. Если шумят в неположенное время, сначала обратитесь в управляющую компанию; если это не поможет, обращайтесь в пункт.",
            ),
            "ar": (
                "هل تقومون بأعمال ترميم؟ يُرجى الالتزام بأوقات الهدوء",
                "تجري حاليًا أعمال ترميم في عدد من الشقق في الحي. ينتقل صوت المثاقب والمطارق بعيدًا عبر الجدران الخرسانية، وكثير من الجيران يعملون في نوبات ليلية أو يعتنون برضّع أو يعانون من المرض.\n\nيُرجى حصر الأعمال المزعجة في الأوقات التي يحددها مجمّعكم السكني، وهي في معظم المجمّعات:\n- أيام العمل من 8:00 إلى 12:00 ومن 14:00 إلى 18:00\n- لا أعمال مزعجة في عطلات نهاية الأسبوع والعطلات الرسمية\n\nقبل البدء، سجّلوا الأعمال لدى إدارة العقار، وعلّقوا في البهو ورقة تُعلم الجيران بمدة الأعمال. وإذا استمر الضجيج خارج هذه الأوقات، فتوجهوا أولًا إلى إدارة العقار، وإن لم يُحل الأمر فبإمكان المركز المساعدة.",
            ),
        },
    },
]
