"""Name lists the demo draws from where Faker has none, or none with a passport spelling beside the native one.

Every entry is a first name or a family name on its own; people are made by combining them at random, so no
entry describes a real person. Each row is `native LATIN [漢字]`; an underscore stands for a space inside a
field. Latin spellings are the ones passports of that country usually print.
"""


def table(text: str) -> list[tuple[str, ...]]:
    """Rows separated by commas or new lines, fields by spaces; `_` inside a field is a space."""
    rows = [row.split() for line in text.strip().splitlines() for row in line.split(",")]
    return [tuple(field.replace("_", " ") for field in row) for row in rows if row]


# Korean: hangul, passport spelling, and the hanja of the name written in simplified characters.
KOREAN_SURNAMES = table("""
김 KIM 金, 이 LEE 李, 박 PARK 朴, 최 CHOI 崔, 정 JUNG 郑, 강 KANG 姜, 조 CHO 赵, 윤 YOON 尹, 장 JANG 张, 임 LIM 林
한 HAN 韩, 오 OH 吴, 서 SEO 徐, 신 SHIN 申, 권 KWON 权, 황 HWANG 黄, 안 AHN 安, 송 SONG 宋, 전 JEON 全, 홍 HONG 洪
""")
KOREAN_SURNAME_WEIGHTS = [21, 15, 8, 5, 5, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
KOREAN_MALE = table("""
민준 MINJUN 敏俊, 서준 SEOJUN 瑞俊, 도윤 DOYUN 道允, 예준 YEJUN 睿俊, 시우 SIWOO 始佑, 하준 HAJUN 夏俊
지호 JIHO 智浩, 주원 JUWON 周元, 지훈 JIHOON 志勋, 현우 HYUNWOO 贤宇, 성민 SUNGMIN 成敏, 동현 DONGHYUN 东贤
준호 JUNHO 俊浩, 영수 YOUNGSOO 永秀, 상철 SANGCHUL 相哲, 재현 JAEHYUN 在贤, 승우 SEUNGWOO 承佑, 우진 WOOJIN 宇镇
""")
KOREAN_FEMALE = table("""
서연 SEOYEON 瑞妍, 서윤 SEOYUN 瑞允, 지우 JIWOO 智友, 서현 SEOHYUN 瑞贤, 민서 MINSEO 敏书, 하은 HAEUN 夏恩
하윤 HAYUN 夏允, 윤서 YUNSEO 允书, 지민 JIMIN 智敏, 수빈 SUBIN 秀彬, 지연 JIYEON 智妍, 은지 EUNJI 恩智
혜진 HYEJIN 惠珍, 미영 MIYOUNG 美英, 수진 SUJIN 秀珍, 다은 DAEUN 多恩, 소연 SOYEON 素妍, 유진 YUJIN 由珍
""")

# Arabic-speaking countries (Egypt, the Gulf, the Levant, the Maghreb).
ARABIC_MALE = table("""
محمد MOHAMED, أحمد AHMED, محمود MAHMOUD, عمر OMAR, يوسف YOUSSEF, خالد KHALED, مصطفى MOSTAFA, كريم KARIM
طارق TAREK, حسن HASSAN, علي ALI, إبراهيم IBRAHIM, سامي SAMI, وليد WALID, هشام HESHAM, ياسر YASSER
عادل ADEL, رامي RAMI, فادي FADI, نبيل NABIL
""")
ARABIC_FEMALE = table("""
فاطمة FATMA, مريم MARIAM, نور NOUR, سارة SARA, ليلى LAILA, هدى HODA, منى MONA, ياسمين YASMINE, رنا RANA
دينا DINA, سلمى SALMA, هبة HEBA, أمل AMAL, ريم REEM, لينا LINA, نادية NADIA, سمر SAMAR, آية AYA
""")
ARABIC_SURNAMES = table("""
المصري ELMASRY, حسن HASSAN, عبد_الله ABDALLAH, السيد ELSAYED, منصور MANSOUR, سليمان SOLIMAN, الشريف ELSHERIF
النجار ELNAGGAR, الحداد ELHADDAD, خليل KHALIL, فرج FARAG, عثمان OSMAN, نصار NASSAR, الخطيب ELKHATIB
عيسى ISSA, بن_سالم BENSALEM, العلوي ALAOUI, الزهراني ALZAHRANI, الكعبي ALKAABI, الحسيني ALHUSSEINI
""")

PERSIAN_MALE = table("علی ALI, رضا REZA, محمد MOHAMMAD, امیر AMIR, حسین HOSSEIN, مهدی MAHDI, سعید SAEED, آرش ARASH")
PERSIAN_FEMALE = table("مریم MARYAM, زهرا ZAHRA, سارا SARA, نیلوفر NILOUFAR, شیرین SHIRIN, پریسا PARISA, لیلا LEILA")
PERSIAN_SURNAMES = table("""
احمدی AHMADI, حسینی HOSSEINI, محمدی MOHAMMADI, رضایی REZAEI, کریمی KARIMI, موسوی MOUSAVI, جعفری JAFARI
صادقی SADEGHI, رحیمی RAHIMI, کاظمی KAZEMI
""")

HEBREW_MALE = table("נועם NOAM, איתי ITAI, יונתן YONATAN, אורי URI, דניאל DANIEL, עומר OMER, אריאל ARIEL, יואב YOAV")
HEBREW_FEMALE = table("נועה NOA, מאיה MAYA, תמר TAMAR, יעל YAEL, שירה SHIRA, מיכל MICHAL, רוני RONI, הילה HILA")
HEBREW_SURNAMES = table("""
כהן COHEN, לוי LEVI, מזרחי MIZRAHI, פרץ PERETZ, ביטון BITON, דהן DAHAN, אברהם AVRAHAM, פרידמן FRIEDMAN
שפירא SHAPIRA, גולדברג GOLDBERG, אזולאי AZULAI, רוזן ROSEN
""")

THAI_MALE = table("""
สมชาย SOMCHAI, ธนากร THANAKORN, ณัฐวุฒิ NATTHAWUT, กิตติพงษ์ KITTIPONG, ปิยะพงษ์ PIYAPONG, อนุชา ANUCHA
วีระพงษ์ WEERAPONG, สุริยา SURIYA, ชัยวัฒน์ CHAIWAT, พงศกร PHONGSAKORN
""")
THAI_FEMALE = table("""
สุภาวดี SUPHAWADEE, กมลวรรณ KAMONWAN, ปิยะนุช PIYANUCH, อรอุมา ORNUMA, ศิริพร SIRIPORN, นันทนา NANTANA
วราภรณ์ WARAPORN, พิมพ์ชนก PIMCHANOK, ณัฐธิดา NATTHIDA, จิราพร JIRAPORN
""")
THAI_SURNAMES = table("""
ศรีสุข SRISUK, วงศ์ใหญ่ WONGYAI, แก้วมณี KAEWMANEE, บุญมา BOONMA, ทองดี THONGDEE, สุขสวัสดิ์ SUKSAWAT
รัตนพันธ์ RATTANAPHAN, จันทร์เพ็ญ CHANPEN, ศรีวงศ์ SRIWONG, เจริญผล CHAROENPHON, มีสุข MEESUK
""")

HINDI_MALE = table("""
राहुल RAHUL, अमित AMIT, विक्रम VIKRAM, अर्जुन ARJUN, संजय SANJAY, रोहित ROHIT, अनिल ANIL, प्रशांत PRASHANT
आदित्य ADITYA, नितिन NITIN, सुरेश SURESH, करण KARAN
""")
HINDI_FEMALE = table("""
प्रिया PRIYA, अंजलि ANJALI, नेहा NEHA, पूजा POOJA, कविता KAVITA, श्वेता SHWETA, मीरा MEERA, स्नेहा SNEHA
रिया RIYA, अनीता ANITA, सुनीता SUNITA, दिव्या DIVYA
""")
HINDI_SURNAMES = table("""
शर्मा SHARMA, वर्मा VERMA, गुप्ता GUPTA, सिंह SINGH, अग्रवाल AGARWAL, मेहता MEHTA, जोशी JOSHI, पटेल PATEL
राव RAO, अय्यर IYER, नायर NAIR, देसाई DESAI, कुलकर्णी KULKARNI, बंसल BANSAL
""")
NEPALI_MALE = table("राम RAM, सुरज SURAJ, बिकाश BIKASH, प्रकाश PRAKASH, दीपक DIPAK")
NEPALI_FEMALE = table("सीता SITA, सरिता SARITA, पूजा PUJA, अनिशा ANISHA, मनिषा MANISHA")
NEPALI_SURNAMES = table("श्रेष्ठ SHRESTHA, गुरुङ GURUNG, थापा THAPA, अधिकारी ADHIKARI, तामाङ TAMANG, राई RAI")

# Greek: masculine and feminine forms of each family name, each with its passport spelling (ELOT 743).
GREEK_MALE = table("""
Γιώργος GEORGIOS, Δημήτρης DIMITRIOS, Νίκος NIKOLAOS, Κώστας KONSTANTINOS, Γιάννης IOANNIS
Αλέξανδρος ALEXANDROS, Παναγιώτης PANAGIOTIS, Σπύρος SPYRIDON
""")
GREEK_FEMALE = table("""
Μαρία MARIA, Ελένη ELENI, Κατερίνα AIKATERINI, Σοφία SOFIA, Αναστασία ANASTASIA, Δέσποινα DESPOINA
Ιωάννα IOANNA, Χριστίνα CHRISTINA
""")
GREEK_SURNAMES = table("""
Παπαδόπουλος PAPADOPOULOS Παπαδοπούλου PAPADOPOULOU, Γεωργίου GEORGIOU Γεωργίου GEORGIOU
Νικολάου NIKOLAOU Νικολάου NIKOLAOU, Παπαδάκης PAPADAKIS Παπαδάκη PAPADAKI
Οικονόμου OIKONOMOU Οικονόμου OIKONOMOU, Καραγιάννης KARAGIANNIS Καραγιάννη KARAGIANNI
Μαυρίδης MAVRIDIS Μαυρίδου MAVRIDOU, Πετρόπουλος PETROPOULOS Πετροπούλου PETROPOULOU
Βλάχος VLACHOS Βλάχου VLACHOU, Αντωνίου ANTONIOU Αντωνίου ANTONIOU
""")

KAZAKH_MALE = table("Нұрлан, Ерлан, Асқар, Дәурен, Арман, Бауыржан, Санжар, Әлихан")
KAZAKH_FEMALE = table("Айгерім, Әсел, Дана, Жанар, Мадина, Гүлназ, Алия, Динара")
KAZAKH_SURNAMES = table("Ахметов, Сейітов, Жұмабаев, Оспанов, Тоқтаров, Қасымов, Әбенов, Серікбаев, Бекенов")

# Mongolian passports print the father's name as the surname.
MONGOLIAN_MALE = table("""
Батбаяр BATBAYAR, Ганболд GANBOLD, Мөнхбат MUNKHBAT, Тэмүүлэн TEMUULEN, Баатар BAATAR, Сүхбат SUKHBAT
""")
MONGOLIAN_FEMALE = table(
    "Сарангэрэл SARANGEREL, Оюунчимэг OYUUNCHIMEG, Энхтуяа ENKHTUYA, Болормаа BOLORMAA, Нарантуяа NARANTUYA"
)

# Cantonese (Hong Kong, Macao) and Wade-Giles (Taiwan) spellings: traditional, simplified, passport.
HONG_KONG_SURNAMES = table("""
陳 陈 CHAN, 李 李 LEE, 張 张 CHEUNG, 黃 黄 WONG, 何 何 HO, 林 林 LAM, 吳 吴 NG, 劉 刘 LAU, 梁 梁 LEUNG
鄭 郑 CHENG, 謝 谢 TSE, 馮 冯 FUNG, 郭 郭 KWOK, 蔡 蔡 CHOI, 鄧 邓 TANG, 羅 罗 LAW, 周 周 CHOW, 葉 叶 YIP
""")
MACAO_SPELLINGS = {"梁": "LEONG", "張": "CHEONG", "周": "CHAO", "鄭": "CHEANG"}
HONG_KONG_MALE = table("""
家 家 KA, 偉 伟 WAI, 志 志 CHI, 明 明 MING, 俊 俊 CHUN, 傑 杰 KIT, 文 文 MAN, 浩 浩 HO, 朗 朗 LONG
康 康 HONG, 健 健 KIN, 軒 轩 HIN, 德 德 TAK, 華 华 WAH, 子 子 TSZ
""")
HONG_KONG_FEMALE = table("""
嘉 嘉 KA, 詠 咏 WING, 美 美 MEI, 玲 玲 LING, 慧 慧 WAI, 欣 欣 YAN, 儀 仪 YEE, 思 思 SZE, 穎 颖 WING
雅 雅 NGA, 珊 珊 SHAN, 晴 晴 CHING, 寶 宝 PO, 子 子 TSZ
""")
TAIWAN_SURNAMES = table("""
陳 陈 CHEN, 林 林 LIN, 黃 黄 HUANG, 張 张 CHANG, 李 李 LI, 王 王 WANG, 吳 吴 WU, 劉 刘 LIU, 蔡 蔡 TSAI
楊 杨 YANG, 許 许 HSU, 鄭 郑 CHENG, 謝 谢 HSIEH, 郭 郭 KUO, 洪 洪 HUNG, 周 周 CHOU, 賴 赖 LAI, 邱 邱 CHIU
""")
TAIWAN_MALE = table("""
志 志 CHIH, 明 明 MING, 家 家 CHIA, 豪 豪 HAO, 俊 俊 CHUN, 宏 宏 HUNG, 建 建 CHIEN, 偉 伟 WEI, 宇 宇 YU
哲 哲 CHE, 翔 翔 HSIANG, 冠 冠 KUAN, 承 承 CHENG, 彥 彦 YEN
""")
TAIWAN_FEMALE = table("""
怡 怡 YI, 君 君 CHUN, 雅 雅 YA, 婷 婷 TING, 佩 佩 PEI, 淑 淑 SHU, 惠 惠 HUI, 欣 欣 HSIN, 穎 颖 YING
筱 筱 HSIAO, 涵 涵 HAN, 琪 琪 CHI, 芳 芳 FANG
""")

# Chinese Singaporeans and Malaysians: dialect spellings of the family name, pinyin of the given name.
STRAITS_CHINESE_SURNAMES = table("""
陈 TAN, 林 LIM, 李 LEE, 黄 NG, 吴 GOH, 张 TEO, 刘 LAU, 王 ONG, 郑 TAY, 杨 YEO, 蔡 CHUA, 许 KOH, 谢 CHIA
何 HO, 郭 KWEK, 梁 LEONG, 邱 KHOO, 叶 YAP
""")
STRAITS_CHINESE_MALE = table("伟, 明, 俊, 杰, 志, 强, 家, 豪, 健, 文, 宏, 建, 华, 荣, 国, 耀, 振, 坤")
STRAITS_CHINESE_FEMALE = table("慧, 敏, 丽, 美, 玲, 芳, 婷, 雅, 欣, 淑, 惠, 琳, 静, 佳, 怡, 颖, 晶, 蕾")
MALAY_MALE = table("""
Ahmad, Muhammad, Hafiz, Farid, Azman, Ismail, Rizal, Hakim, Irfan, Amirul, Zulkifli, Faizal, Hisham, Syafiq
""")
MALAY_FEMALE = table("Nur_Aisyah, Siti_Aminah, Nurul_Huda, Farah, Zarina, Nadia, Syafiqah, Amira, Hanis, Aina")

FILIPINO_MALE = table("Jose, Mark_Anthony, John_Paul, Rodel, Jericho, Ramon, Carlo, Miguel, Paolo, Renato")
FILIPINO_FEMALE = table("Maria_Cristina, Mary_Grace, Angelica, Kristine, Joy, Rowena, Maricel, Cherry_Ann, Liza")
FILIPINO_SURNAMES = table("""
Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Dela_Cruz, Villanueva, Ramos, Castillo, Navarro, Flores
Manalo, Soriano, Pascual, Salazar
""")
PAKISTANI_MALE = table("Ali, Usman, Bilal, Hamza, Faisal, Kashif, Adnan, Saad")
PAKISTANI_FEMALE = table("Ayesha, Fatima, Zainab, Sana, Hira, Mahnoor, Amna, Rabia")
PAKISTANI_SURNAMES = table("Malik, Qureshi, Sheikh, Butt, Chaudhry, Siddiqui, Raza, Hussain, Iqbal, Mirza")
BANGLADESHI_MALE = table("Rahim, Tanvir, Arif, Sajid, Imtiaz, Nayeem")
BANGLADESHI_FEMALE = table("Nusrat, Farzana, Tahmina, Sharmin, Sadia, Rumana")
BANGLADESHI_SURNAMES = table("Rahman, Hossain, Islam, Ahmed, Chowdhury, Uddin, Kabir, Sarkar")
SRI_LANKAN_MALE = table("Nuwan, Chaminda, Kasun, Dinesh, Ruwan, Tharindu")
SRI_LANKAN_FEMALE = table("Dilani, Nadeesha, Sanduni, Ishara, Chathurika, Malsha")
SRI_LANKAN_SURNAMES = table("Perera, Fernando, Silva, Bandara, Herath, Rathnayake, Gunasekara, Wijesinghe")
# Ethiopians carry their father's first name as their second name.
ETHIOPIAN_MALE = table("Abebe, Bekele, Tesfaye, Girma, Alemu, Tadesse, Kebede, Mulugeta, Yohannes, Dawit")
ETHIOPIAN_FEMALE = table("Hirut, Selamawit, Meron, Tigist, Betelhem, Almaz, Hana, Mekdes")
LITHUANIAN_MALE = table("Jonas, Tomas, Mantas, Lukas, Paulius, Darius")
LITHUANIAN_FEMALE = table("Ieva, Rūta, Eglė, Austėja, Gabija, Indrė")
POLISH_SURNAMES = table("""
Kowalski, Nowak, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski
Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski, Pawłowski, Michalski, Król
Wieczorek, Jabłoński, Wróbel, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Górski
""")

# Chinese names for the station's neighbours and for staff of the generated stations: family names whose
# reading is not in doubt, with their pinyin, and given-name characters.
CHINESE_SURNAMES = table("""
王 Wang, 李 Li, 张 Zhang, 刘 Liu, 陈 Chen, 杨 Yang, 黄 Huang, 赵 Zhao, 周 Zhou, 吴 Wu, 徐 Xu, 孙 Sun
朱 Zhu, 马 Ma, 胡 Hu, 郭 Guo, 林 Lin, 何 He, 高 Gao, 罗 Luo, 郑 Zheng, 梁 Liang, 谢 Xie, 宋 Song, 唐 Tang
许 Xu, 邓 Deng, 冯 Feng, 韩 Han, 曹 Cao, 彭 Peng, 蔡 Cai, 潘 Pan, 田 Tian, 董 Dong, 袁 Yuan, 叶 Ye
蒋 Jiang, 杜 Du, 苏 Su, 魏 Wei, 程 Cheng, 吕 Lü, 丁 Ding, 沈 Shen, 任 Ren, 姚 Yao, 卢 Lu, 钟 Zhong
姜 Jiang, 崔 Cui, 谭 Tan, 廖 Liao, 范 Fan, 汪 Wang, 陆 Lu, 石 Shi, 戴 Dai, 夏 Xia, 方 Fang, 顾 Gu
钱 Qian, 严 Yan, 施 Shi, 倪 Ni, 龚 Gong, 瞿 Qu
""")
CHINESE_MALE = table("""
伟, 强, 磊, 军, 勇, 杰, 涛, 斌, 浩, 宇, 俊, 峰, 明, 刚, 平
辉, 鹏, 华, 飞, 鑫, 波, 宁, 凯, 晨, 旭, 毅, 翔, 博, 文, 立
""")
CHINESE_FEMALE = table("""
芳, 娜, 敏, 静, 丽, 艳, 娟, 霞, 燕, 玲, 婷, 雪, 慧, 琳, 颖
倩, 洁, 佳, 梅, 莉, 萍, 红, 蕾, 薇, 欣, 怡, 晶, 悦, 瑶, 琴
""")
