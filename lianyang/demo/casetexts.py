# ruff: noqa: E501  (the texts are read as sentences, not wrapped)
"""What the demo's fictional residents ask the station, and how its officers answer, in the ten interface languages.

Short, ordinary questions of the kinds docs/domain.md §6 lists (permits, registration, housing, doctors, schools,
neighbours), one or two per category and language; nobody real is quoted. Internal notes and visit notes are in
Chinese, the staff's working language.
"""

# language -> category -> [(subject, text)]
REQUESTS = {
    "en": {
        "visas": [
            (
                "Renewing my residence permit",
                "My residence permit ends next month. Which papers do I bring, and do I need an appointment first?",
            )
        ],
        "registration": [
            (
                "Registration after moving flats",
                "I moved to a new flat in the same compound last week. Do I need to register my accommodation again?",
            )
        ],
        "housing": [
            (
                "Landlord keeps the deposit",
                "My lease ended and the landlord says he will keep the whole deposit for normal wear. Can the station help us talk?",
            )
        ],
        "healthcare": [
            (
                "English-speaking clinic",
                "Is there a clinic near the community where a doctor speaks English? My son has had a fever for two days.",
            )
        ],
        "schooling": [
            (
                "Primary school for my daughter",
                "We arrived in August. How do we apply for a place at the local primary school for our daughter, who is seven?",
            )
        ],
        "neighbours": [
            (
                "Renovation noise on Sunday",
                "The flat above us is being renovated and they drill from 8 a.m. even on Sundays. Are there rules about the hours?",
            )
        ],
    },
    "zh-hans": {
        "visas": [("居留许可延期", "我的工作类居留许可下个月到期，请问延期需要准备哪些材料？要先预约吗？")],
        "registration": [("搬家后的住宿登记", "我上周在小区里换了一套房子，需要重新办理住宿登记吗？")],
        "housing": [("房东不退押金", "租约到期了，房东说正常损耗也要扣全部押金，工作站能帮忙沟通吗？")],
        "healthcare": [("附近有没有国际门诊", "孩子发烧两天了，社区附近有能用英语看病的门诊吗？")],
        "schooling": [("孩子入学咨询", "我们八月刚到上海，七岁的女儿想上附近的小学，应该怎么申请？")],
        "neighbours": [("周日装修噪音", "楼上在装修，周日早上八点就开始打钻，装修时间有规定吗？")],
    },
    "ja": {
        "visas": [
            (
                "在留許可の更新について",
                "来月で居留許可が切れます。更新にはどんな書類が必要ですか。事前の予約は必要でしょうか。",
            )
        ],
        "registration": [
            ("引っ越し後の宿泊登記", "先週、同じ団地の別の部屋に引っ越しました。宿泊登記はもう一度必要ですか。")
        ],
        "housing": [
            (
                "敷金が返ってきません",
                "契約が終わったのに、大家さんが通常の傷みを理由に敷金を全額返してくれません。間に入っていただけますか。",
            )
        ],
        "healthcare": [
            (
                "日本語が通じる病院",
                "子どもが二日前から熱を出しています。近くに日本語か英語で診てもらえる病院はありますか。",
            )
        ],
        "schooling": [
            (
                "小学校への入学",
                "八月に来たばかりです。七歳の娘を近くの小学校に入れたいのですが、どう申し込めばよいですか。",
            )
        ],
        "neighbours": [
            (
                "日曜日の工事の音",
                "上の階がリフォーム中で、日曜日も朝八時からドリルの音がします。工事の時間に決まりはありますか。",
            )
        ],
    },
    "ko": {
        "visas": [
            (
                "거류허가 연장 문의",
                "다음 달에 거류허가가 만료됩니다. 연장하려면 어떤 서류가 필요하고, 미리 예약해야 하나요?",
            )
        ],
        "registration": [
            ("이사 후 숙박 등록", "지난주에 같은 단지 안에서 다른 집으로 이사했습니다. 숙박 등록을 다시 해야 하나요?")
        ],
        "housing": [
            (
                "보증금을 돌려받지 못했어요",
                "계약이 끝났는데 집주인이 일반적인 마모를 이유로 보증금 전액을 안 돌려줍니다. 중재를 부탁드릴 수 있을까요?",
            )
        ],
        "healthcare": [
            ("한국어가 되는 병원", "아이가 이틀째 열이 납니다. 근처에 한국어나 영어로 진료받을 수 있는 병원이 있나요?")
        ],
        "schooling": [
            ("초등학교 입학 문의", "8월에 왔습니다. 일곱 살 딸을 근처 초등학교에 보내고 싶은데 어떻게 신청하나요?")
        ],
        "neighbours": [
            (
                "일요일 공사 소음",
                "윗집이 인테리어 공사 중인데 일요일에도 아침 8시부터 드릴 소리가 납니다. 공사 시간 규정이 있나요?",
            )
        ],
    },
    "fr": {
        "visas": [
            (
                "Renouvellement du titre de séjour",
                "Mon permis de séjour expire le mois prochain. Quels documents dois-je apporter, et faut-il prendre rendez-vous ?",
            )
        ],
        "registration": [
            (
                "Déclaration après un déménagement",
                "J'ai changé d'appartement dans la même résidence la semaine dernière. Dois-je refaire la déclaration de logement ?",
            )
        ],
        "housing": [
            (
                "Caution non rendue",
                "Mon bail est terminé et le propriétaire garde toute la caution pour l'usure normale. La station peut-elle nous aider à discuter ?",
            )
        ],
        "healthcare": [
            (
                "Médecin parlant français",
                "Mon fils a de la fièvre depuis deux jours. Y a-t-il près d'ici une clinique où l'on parle français ou anglais ?",
            )
        ],
        "schooling": [
            (
                "Inscription à l'école primaire",
                "Nous sommes arrivés en août. Comment inscrire notre fille de sept ans à l'école primaire du quartier ?",
            )
        ],
        "neighbours": [
            (
                "Travaux bruyants le dimanche",
                "Les voisins du dessus font des travaux et percent dès 8 heures, même le dimanche. Y a-t-il des horaires à respecter ?",
            )
        ],
    },
    "de": {
        "visas": [
            (
                "Aufenthaltserlaubnis verlängern",
                "Meine Aufenthaltserlaubnis läuft nächsten Monat ab. Welche Unterlagen brauche ich, und muss ich vorher einen Termin machen?",
            )
        ],
        "registration": [
            (
                "Anmeldung nach dem Umzug",
                "Ich bin letzte Woche innerhalb der Wohnanlage umgezogen. Muss ich die Unterkunft neu anmelden?",
            )
        ],
        "housing": [
            (
                "Kaution wird einbehalten",
                "Mein Mietvertrag ist beendet, und der Vermieter will die ganze Kaution für normale Abnutzung behalten. Kann die Station vermitteln?",
            )
        ],
        "healthcare": [
            (
                "Arzt mit Deutsch oder Englisch",
                "Mein Sohn hat seit zwei Tagen Fieber. Gibt es in der Nähe eine Praxis, in der man Deutsch oder Englisch spricht?",
            )
        ],
        "schooling": [
            (
                "Grundschulplatz für unsere Tochter",
                "Wir sind im August angekommen. Wie bekommen wir für unsere siebenjährige Tochter einen Platz an der Grundschule hier?",
            )
        ],
        "neighbours": [
            (
                "Baulärm am Sonntag",
                "Über uns wird renoviert, und sogar sonntags wird ab 8 Uhr gebohrt. Gibt es feste Ruhezeiten?",
            )
        ],
    },
    "es": {
        "visas": [
            (
                "Renovar el permiso de residencia",
                "Mi permiso de residencia vence el mes que viene. ¿Qué documentos tengo que llevar y hace falta pedir cita?",
            )
        ],
        "registration": [
            (
                "Registro tras una mudanza",
                "La semana pasada me cambié de piso dentro de la misma urbanización. ¿Tengo que volver a registrar el alojamiento?",
            )
        ],
        "housing": [
            (
                "El casero no devuelve la fianza",
                "Se terminó el contrato y el casero quiere quedarse con toda la fianza por el desgaste normal. ¿Puede la estación ayudarnos a hablar?",
            )
        ],
        "healthcare": [
            (
                "Clínica con médicos que hablen español",
                "Mi hijo tiene fiebre desde hace dos días. ¿Hay alguna clínica cerca donde hablen español o inglés?",
            )
        ],
        "schooling": [
            (
                "Plaza en la escuela primaria",
                "Llegamos en agosto. ¿Cómo pedimos plaza en la escuela primaria del barrio para nuestra hija de siete años?",
            )
        ],
        "neighbours": [
            (
                "Ruido de obras el domingo",
                "Los vecinos de arriba están de obras y taladran desde las ocho, incluso los domingos. ¿Hay un horario establecido?",
            )
        ],
    },
    "pt-br": {
        "visas": [
            (
                "Renovação da autorização de residência",
                "Minha autorização de residência vence no mês que vem. Quais documentos preciso levar? Tenho que agendar antes?",
            )
        ],
        "registration": [
            (
                "Registro depois da mudança",
                "Mudei de apartamento dentro do mesmo condomínio na semana passada. Preciso fazer o registro de hospedagem de novo?",
            )
        ],
        "housing": [
            (
                "Proprietário não devolve o caução",
                "O contrato acabou e o proprietário quer ficar com todo o caução por desgaste normal. A estação pode ajudar na conversa?",
            )
        ],
        "healthcare": [
            (
                "Clínica com atendimento em inglês",
                "Meu filho está com febre há dois dias. Tem alguma clínica por perto que atenda em inglês ou português?",
            )
        ],
        "schooling": [
            (
                "Vaga na escola primária",
                "Chegamos em agosto. Como fazemos para conseguir vaga na escola primária do bairro para nossa filha de sete anos?",
            )
        ],
        "neighbours": [
            (
                "Barulho de obra no domingo",
                "O vizinho de cima está reformando e usa a furadeira desde as oito, até no domingo. Existe horário permitido?",
            )
        ],
    },
    "ru": {
        "visas": [
            (
                "Продление вида на жительство",
                "Мой вид на жительство заканчивается в следующем месяце. Какие документы нужны и надо ли записываться заранее?",
            )
        ],
        "registration": [
            (
                "Регистрация после переезда",
                "На прошлой неделе я переехал в другую квартиру в том же жилом комплексе. Нужно ли заново регистрироваться по месту проживания?",
            )
        ],
        "housing": [
            (
                "Арендодатель не возвращает залог",
                "Договор закончился, а хозяин квартиры хочет оставить весь залог за обычный износ. Может ли станция помочь договориться?",
            )
        ],
        "healthcare": [
            (
                "Клиника с английским языком",
                "У сына второй день температура. Есть ли рядом клиника, где говорят по-английски или по-русски?",
            )
        ],
        "schooling": [
            (
                "Место в начальной школе",
                "Мы приехали в августе. Как записать дочь семи лет в начальную школу рядом с домом?",
            )
        ],
        "neighbours": [
            (
                "Шум ремонта в воскресенье",
                "Соседи сверху делают ремонт и сверлят с восьми утра даже в воскресенье. Есть ли правила о времени работ?",
            )
        ],
    },
    "ar": {
        "visas": [
            ("تجديد تصريح الإقامة", "ينتهي تصريح إقامتي الشهر القادم. ما الأوراق التي أحضرها، وهل أحتاج إلى موعد مسبق؟")
        ],
        "registration": [
            ("التسجيل بعد الانتقال", "انتقلت الأسبوع الماضي إلى شقة أخرى في المجمع نفسه. هل عليّ تسجيل السكن من جديد؟")
        ],
        "housing": [
            (
                "المالك لا يعيد التأمين",
                "انتهى عقد الإيجار والمالك يريد الاحتفاظ بالتأمين كله بسبب الاستهلاك العادي. هل يمكن للمحطة مساعدتنا في التفاهم؟",
            )
        ],
        "healthcare": [
            (
                "عيادة يتحدث أطباؤها الإنجليزية",
                "ابني مصاب بالحمى منذ يومين. هل توجد عيادة قريبة يتحدث فيها الطبيب الإنجليزية أو العربية؟",
            )
        ],
        "schooling": [
            (
                "التسجيل في المدرسة الابتدائية",
                "وصلنا في أغسطس. كيف نسجّل ابنتنا ذات السبع سنوات في المدرسة الابتدائية القريبة؟",
            )
        ],
        "neighbours": [
            (
                "ضجيج الترميم يوم الأحد",
                "الجيران في الطابق العلوي يرممون شقتهم ويستخدمون المثقاب من الثامنة صباحًا حتى يوم الأحد. هل هناك مواعيد محددة للأعمال؟",
            )
        ],
    },
}

# An officer's answer that settles a question, and one that asks the resident for something (the clock stops).
REPLIES = {
    "en": (
        "Thank you for writing. We have looked into it and explained the steps below; please tell us if anything is unclear.",
        "Thank you. Could you send us a photo of your passport's photo page and your lease, so that we can go on?",
    ),
    "zh-hans": (
        "您好，您的问题我们已经了解，具体办理步骤如下，如有不清楚的地方请随时告诉我们。",
        "您好，请先发一张护照照片页和租房合同的照片给我们，我们收到后继续为您办理。",
    ),
    "ja": (
        "ご連絡ありがとうございます。確認のうえ、手続きの流れを下記にまとめました。ご不明な点があればお知らせください。",
        "ありがとうございます。手続きを進めるため、パスポートの顔写真ページと賃貸契約書の写真を送っていただけますか。",
    ),
    "ko": (
        "문의해 주셔서 감사합니다. 확인한 뒤 절차를 아래에 정리해 드렸습니다. 궁금한 점이 있으면 알려 주세요.",
        "감사합니다. 진행을 위해 여권 사진면과 임대차 계약서 사진을 보내 주시겠어요?",
    ),
    "fr": (
        "Merci de votre message. Nous avons vérifié et vous expliquons les démarches ci-dessous ; n'hésitez pas à nous écrire si quelque chose n'est pas clair.",
        "Merci. Pourriez-vous nous envoyer une photo de la page d'identité de votre passeport et de votre bail, pour que nous puissions continuer ?",
    ),
    "de": (
        "Vielen Dank für Ihre Nachricht. Wir haben es geprüft und die Schritte unten erklärt; melden Sie sich gern, wenn etwas unklar ist.",
        "Danke. Könnten Sie uns ein Foto der Datenseite Ihres Passes und Ihres Mietvertrags schicken, damit wir weitermachen können?",
    ),
    "es": (
        "Gracias por escribirnos. Lo hemos revisado y le explicamos los pasos a continuación; díganos si algo no queda claro.",
        "Gracias. ¿Podría enviarnos una foto de la página de datos de su pasaporte y del contrato de alquiler para poder continuar?",
    ),
    "pt-br": (
        "Obrigado pela mensagem. Verificamos e explicamos os passos abaixo; avise-nos se algo não ficar claro.",
        "Obrigado. Você pode nos enviar uma foto da página de identificação do passaporte e do contrato de aluguel para continuarmos?",
    ),
    "ru": (
        "Спасибо за обращение. Мы всё проверили и описали порядок действий ниже; напишите, если что-то непонятно.",
        "Спасибо. Пришлите, пожалуйста, фото страницы паспорта с фотографией и договора аренды, чтобы мы могли продолжить.",
    ),
    "ar": (
        "شكرًا لتواصلك معنا. راجعنا طلبك ووضحنا الخطوات أدناه، ولا تتردد في سؤالنا إن كان أي شيء غير واضح.",
        "شكرًا لك. هل يمكنك إرسال صورة لصفحة البيانات في جواز سفرك ولعقد الإيجار حتى نتابع الإجراءات؟",
    ),
}

# The resident's thanks, written back before the request is closed.
THANKS = {
    "en": "Thank you, that solved it.",
    "zh-hans": "谢谢，问题解决了。",
    "ja": "ありがとうございました。解決しました。",
    "ko": "감사합니다. 해결되었습니다.",
    "fr": "Merci beaucoup, c'est réglé.",
    "de": "Vielen Dank, das hat geholfen.",
    "es": "Muchas gracias, ya está resuelto.",
    "pt-br": "Muito obrigado, resolvido.",
    "ru": "Спасибо, вопрос решён.",
    "ar": "شكرًا جزيلًا، تم حل المشكلة.",
}

# The station's canned replies in each language: (category, title, text).
CANNED = {
    "en": [
        (
            "",
            "Opening hours",
            "The station is open Monday to Friday, 9:00 to 12:00 and 13:00 to 17:30. You are welcome at the counter without an appointment.",
        ),
        (
            "visas",
            "Permit renewal papers",
            "For a renewal, please bring your passport, your current permit, a recent photo, your accommodation registration and your employer's letter.",
        ),
    ],
    "zh-hans": [
        ("", "办公时间", "工作站周一至周五 9:00–12:00、13:00–17:30 对外办公，无需预约即可来窗口办理。"),
        ("visas", "居留许可延期材料", "延期请携带护照、现有居留许可、近期照片、住宿登记表和单位证明。"),
    ],
    "ja": [
        (
            "",
            "開所時間",
            "ステーションは月曜から金曜の9時〜12時、13時〜17時30分に開いています。予約なしで窓口にお越しいただけます。",
        ),
        (
            "visas",
            "在留許可更新の書類",
            "更新には、パスポート、現在の居留許可、最近の写真、宿泊登記の控え、勤務先の証明書をお持ちください。",
        ),
    ],
    "ko": [
        (
            "",
            "운영 시간",
            "스테이션은 월요일부터 금요일까지 9:00~12:00, 13:00~17:30에 운영합니다. 예약 없이 창구로 오셔도 됩니다.",
        ),
        (
            "visas",
            "거류허가 연장 서류",
            "연장하실 때는 여권, 현재 거류허가, 최근 사진, 숙박 등록 증명, 회사 재직 증명서를 가져오세요.",
        ),
    ],
    "fr": [
        (
            "",
            "Horaires d'ouverture",
            "La station est ouverte du lundi au vendredi, de 9 h à 12 h et de 13 h à 17 h 30, sans rendez-vous.",
        ),
        (
            "visas",
            "Pièces pour un renouvellement",
            "Pour un renouvellement, apportez votre passeport, votre titre actuel, une photo récente, votre déclaration de logement et une attestation de votre employeur.",
        ),
    ],
    "de": [
        (
            "",
            "Öffnungszeiten",
            "Die Station ist montags bis freitags von 9:00 bis 12:00 und von 13:00 bis 17:30 Uhr geöffnet, ohne Termin.",
        ),
        (
            "visas",
            "Unterlagen für die Verlängerung",
            "Bitte bringen Sie zur Verlängerung Ihren Pass, die aktuelle Erlaubnis, ein neues Foto, Ihre Unterkunftsanmeldung und eine Bescheinigung Ihres Arbeitgebers mit.",
        ),
    ],
    "es": [
        (
            "",
            "Horario de atención",
            "La estación atiende de lunes a viernes, de 9:00 a 12:00 y de 13:00 a 17:30, sin cita previa.",
        ),
        (
            "visas",
            "Documentos para renovar",
            "Para renovar, traiga su pasaporte, el permiso actual, una foto reciente, el registro de alojamiento y una carta de su empresa.",
        ),
    ],
    "pt-br": [
        (
            "",
            "Horário de atendimento",
            "A estação atende de segunda a sexta, das 9h às 12h e das 13h às 17h30, sem agendamento.",
        ),
        (
            "visas",
            "Documentos para a renovação",
            "Para renovar, traga o passaporte, a autorização atual, uma foto recente, o registro de hospedagem e uma declaração do empregador.",
        ),
    ],
    "ru": [
        (
            "",
            "Часы работы",
            "Станция работает с понедельника по пятницу с 9:00 до 12:00 и с 13:00 до 17:30, без предварительной записи.",
        ),
        (
            "visas",
            "Документы для продления",
            "Для продления возьмите паспорт, действующий вид на жительство, свежую фотографию, подтверждение регистрации и справку с работы.",
        ),
    ],
    "ar": [
        (
            "",
            "ساعات العمل",
            "تعمل المحطة من الاثنين إلى الجمعة، من 9:00 إلى 12:00 ومن 13:00 إلى 17:30، دون حاجة إلى موعد.",
        ),
        (
            "visas",
            "أوراق تجديد التصريح",
            "للتجديد، يرجى إحضار جواز السفر والتصريح الحالي وصورة حديثة وإثبات تسجيل السكن وخطاب من جهة العمل.",
        ),
    ],
}

NOTES = [
    "已电话联系住户，周三来窗口补材料。",
    "已与物业沟通，等待回复。",
    "涉及出入境政策，已请示派出所民警。",
    "住户上次来访时提过同样的问题。",
]

DUPLICATE_NOTE = "住户又打电话问了同一件事，已合并到前一个请求。"

VISIT_NOTES = {
    "met": [
        "一切正常，提醒按时办理住宿登记。",
        "住户反映电梯经常故障，已转物业。",
        "新生儿满月，送上社区服务指南。",
        "老人身体尚好，约好下月再来。",
    ],
    "not_home": ["家中无人，已留联系卡。", "敲门无人应答，已在门口留言。"],
    "declined": ["住户表示近期很忙，改日再约。"],
}
