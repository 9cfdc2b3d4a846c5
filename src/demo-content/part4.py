from lib import *

iv(26, "Маша", "2022-09-05T17:00:00", "budva", "moscow", "designer", "30-39", "woman",
   "2022-03-09", "spring-2022", ["remote-work", "return-intentions", "housing-prices"], "approved",
   place="Будва",
   identity={"realName": "Мария Вымышленная (демо)", "contact": "@demo_masha_fictional", "mentionedPeople": []},
   transcript="""
Интервьюер: Почему Черногория?
Маша: Море. (смеётся) Если уж уезжать в никуда, то хотя бы к морю. Тридцать дней без визы, потом можно продлевать, выезжая в Боснию или Албанию. Я уже три раза ездила в Требинье, там пекарня, где знают меня по имени.
Интервьюер: Вы работаете на московских заказчиков?
Маша: Да, на агентство в Москве, брендинг. Удобно: у нас час разницы. Но летом здесь интернет — это боль, все туристы качают сторис, и в моём районе всё падает в шесть вечера. Я сижу в кафе с вайфаем до полуночи.
Интервьюер: Сколько стоит жильё?
Маша: Летом — безумие, хозяева выгоняют на сезон, чтобы сдавать туристам посуточно. Мне пришлось в июне съехать в Подгорицу на три месяца. В сентябре вернулась, зимой обещают четыреста евро.
Интервьюер: Вы думаете вернуться в Москву?
Маша: Я была в Москве в августе, на две недели. Мама болела. Было страшно лететь. В аэропорту ничего не спросили. В Москве всё как будто нормально, кафе, самокаты, только в метро реклама контракта. Я вернулась сюда и поняла, что Москва теперь — это место, куда я езжу к маме.
""",
   segments=[("потом можно продлевать, выезжая в Боснию или Албанию", ["border-crossing"], "визаран", True),
             ("Да, на агентство в Москве, брендинг.", ["remote-work"], "", True),
             ("хозяева выгоняют на сезон, чтобы сдавать туристам посуточно", ["housing-prices", "host-society"], "сезонное выселение", True),
             ("Москва теперь — это место, куда я езжу к маме", ["return-intentions", "family-left-behind"], "ключевая цитата", True)],
   notes=[("00:12:00", "Упомянула поездку в Москву — уточнить, можно ли публиковать.")],
   comments=[("Я была в Москве в августе, на две недели.", "Поездка домой — не опасно ли публиковать? Согласовано: да, можно.", True)])

iv(27, "Vitya", "2023-05-10T18:00:00", "yerevan", "yekaterinburg", "software-developer", "18-29", "man",
   "2022-09-24", "mobilization-2022", ["reverse-brain-drain", "remote-work", "return-intentions"], "submitted", language="en",
   place="Erevan",
   identity={"realName": "Viktor Imaginary (demo)", "contact": "demo-vitya@example.invalid", "mentionedPeople": []},
   transcript="""
Interviewer: You asked to do it in English. Practice?
Vitya: Yes, sorry, I need it for interviews. Job interviews, I mean. (laughs) So — I came to Yerevan in September, the 24th. Flights were crazy, I paid ninety thousand rubles for a one-way ticket, and I slept at the airport in Yerevan the first night because I had no place.
Interviewer: And now?
Vitya: Now I work for an Armenian startup. Before, I was at a big Russian company, the kind everyone knows. Half of my old team is here now. Armenians joke that we are the "relocation tax": we pay more for everything, but we also brought maybe a whole industry. The startup grew from ten people to sixty this year.
Interviewer: Some people went back. Do you know anyone?
Vitya: Two guys from my team went back in January. One because of his girlfriend, one because — he said — "it's just not my life here". Nobody touched them. They work from the office in Yekaterinburg again. I don't judge. But for me there's no going back, at least while this is going on.
Interviewer: What do you miss?
Vitya: Snow. Real snow, in November. And my grandmother's pelmeni. Armenians have khinkali-like things but it's not the same. (laughs)
""",
   segments=[("I paid ninety thousand rubles for a one-way ticket, and I slept at the airport", ["border-crossing", "mobilization"], "", True),
             ("Half of my old team is here now.", ["reverse-brain-drain"], "", True),
             ("we pay more for everything, but we also brought maybe a whole industry", ["reverse-brain-drain", "host-society"], "", True),
             ("Two guys from my team went back in January.", ["return-intentions"], "returnees", True),
             ("for me there's no going back, at least while this is going on", ["return-intentions"], "", True)],
   notes=[("00:01:45", "Respondent practising English; offered to switch, declined.")],
   comments=[])

iv(28, "Рома", "2022-10-30T20:45:00", "samarkand", "rostov-on-don", "musician", "18-29", "man",
   "2022-09-26", "mobilization-2022", ["chat-groups", "host-society", "money-banks-sanctions"], "draft",
   place="Самарканд",
   identity={"realName": "Роман Сочинялкин (демо)", "contact": "+998 00 000 00 28 (вымышленный)", "mentionedPeople": []},
   transcript="""
Интервьюер: Вы играете на улице?
Рома: На гитаре, возле Регистана, вечером. Полиция сначала прогоняла, потом один милиционер сказал: «Играй, только не Цоя, его все играют». (смеётся) Я играю Цоя, когда он уходит.
Интервьюер: На это можно жить?
Рома: Нет. Вечер — сто, сто пятьдесят тысяч сумов, это десять–пятнадцать долларов. Хватает на хостел и лагман. Остальное — переводы от друзей из Ростова. Карты мои не работают, друзья кидают на карту парня из нашего хостела, а он снимает мне наличными. Всё на доверии.
Интервьюер: Как вы нашли хостел?
Рома: В чате «Самарканд для своих». Там всё: кто едет в Ташкент, у кого есть лишний матрас, где дешёвый стоматолог. Однажды ночью кто-то написал: «Ребята, мне плохо, я один». В пять минут к нему поехали трое. Я это никогда не забуду.
Интервьюер: Как местные к вам относятся?
Рома: Дети приходят слушать. Одна бабушка приносит лепёшку, молча кладёт в чехол от гитары. Я даже не знаю, как её зовут.
""",
   segments=[("«Играй, только не Цоя, его все играют»", ["host-society"], "", True),
             ("друзья кидают на карту парня из нашего хостела, а он снимает мне наличными. Всё на доверии.", ["money-banks-sanctions", "trust-networks"], "", True),
             ("В чате «Самарканд для своих».", ["chat-groups"], ""),
             ("«Ребята, мне плохо, я один». В пять минут к нему поехали трое.", ["chat-groups", "helping-compatriots"], "взаимопомощь через чат", True),
             ("Одна бабушка приносит лепёшку, молча кладёт в чехол от гитары.", ["host-society"], "", True)],
   notes=[("00:00:10", "Интервью на скамейке, фоном музыка с площади.")],
   comments=[])

iv(29, "Ира", "2023-03-25T11:30:00", "bishkek", "moscow", "researcher", "30-39", "woman",
   "2022-03-15", "spring-2022", ["helping-compatriots", "civic-activism", "trust-networks"], "in-review",
   steps=["submitted", "in-review", "changes-requested", "submitted", "in-review"],
   identity={"realName": "Ирина Небывалова (демо)", "contact": "demo-ira@example.invalid", "mentionedPeople": []},
   transcript="""
Интервьюер: Вы сами социолог. Странно быть по другую сторону интервью?
Ира: Очень. (смеётся) Я всё время думаю, как вы потом будете кодировать мои ответы.
Интервьюер: Чем вы занимались в Бишкеке?
Ира: В сентябре мы с коллегами открыли «пункт первой помощи» в коворкинге: юридические консультации, где купить симку, как не попасть на мошенников с квартирами. Потом провели опрос, около восьмисот человек ответили. Самое частое — одиночество. Не деньги, не жильё. Одиночество.
Интервьюер: Кому люди доверяют?
Ира: Своим. Но «свои» — это теперь не по паспорту, а по позиции. Если человек в чате пишет, что он против войны, ему помогут. Если нейтральный — уже с осторожностью. Это новая граница, и она проходит внутри эмиграции.
Интервьюер: Вы участвуете в политике?
Ира: Я организовывала сбор подписей под письмом учёных против войны, ещё в Москве, в марте. После этого меня уволили из института. Здесь — только помощь. Это тоже политика, но тихая.
""",
   segments=[("открыли «пункт первой помощи» в коворкинге", ["helping-compatriots"], "", True),
             ("Самое частое — одиночество. Не деньги, не жильё. Одиночество.", ["language-belonging", "helping-compatriots"], "результат опроса", True),
             ("«свои» — это теперь не по паспорту, а по позиции", ["trust-networks"], "ключевая цитата", True),
             ("Это новая граница, и она проходит внутри эмиграции.", ["trust-networks"], "", True),
             ("сбор подписей под письмом учёных против войны", ["protest", "civic-activism"], "")],
   notes=[("00:10:30", "Предложила поделиться анонимными данными опроса — отдельно.")],
   comments=[("около восьмисот человек ответили", "Цифра из её опроса — сослаться или убрать?", False)])

iv(30, "Павел", "2023-01-12T09:30:00", "almaty", "irkutsk", "taxi-driver", "40-49", "man",
   "2022-09-28", "mobilization-2022", ["housing-prices", "mobilization", "host-society"], "approved",
   identity={"realName": "Павел Придуманный (демо)", "contact": "+7 700 000 00 30 (вымышленный)", "mentionedPeople": []},
   transcript="""
Интервьюер: Вы таксуете в Алматы?
Павел: В «Яндексе», на арендованной машине. Двенадцать часов в день. Город выучил за месяц, улицы тут квадратами, это проще, чем Иркутск. Только названия… Абая, Сатпаева, Байтурсынова — первый месяц путал.
Интервьюер: Как вы уехали?
Павел: Мне сорок шесть, я думал, меня не касается. А потом пришла повестка другу, ему сорок восемь. Я в тот же вечер сел в поезд на Новосибирск, оттуда — на Семей. На границе спросили: «К родственникам?» Я сказал: да. Родственников у меня нет.
Интервьюер: Сколько стоит жизнь?
Павел: Комната — сто восемьдесят тысяч тенге. Это почти треть того, что я зарабатываю. Осенью было двести пятьдесят, сейчас чуть подешевело: многие уехали дальше или вернулись.
Интервьюер: Как с пассажирами?
Павел: Казахи — вежливые. Спрашивают: «Вы из России? Бежали?» Я говорю — да. Один пожилой сказал: «Мой отец тоже бежал, в тридцатых, от голода, в Китай. Мы понимаем». Дальше ехали молча.
""",
   segments=[("Мне сорок шесть, я думал, меня не касается. А потом пришла повестка другу, ему сорок восемь.", ["mobilization"], "", True),
             ("На границе спросили: «К родственникам?» Я сказал: да. Родственников у меня нет.", ["border-crossing"], "", True),
             ("Комната — сто восемьдесят тысяч тенге. Это почти треть того, что я зарабатываю.", ["housing-prices"], "", True),
             ("«Мой отец тоже бежал, в тридцатых, от голода, в Китай. Мы понимаем».", ["host-society"], "историческая параллель", True)],
   notes=[("00:00:00", "Интервью в машине, на стоянке у аэропорта.")],
   comments=[("«Мой отец тоже бежал, в тридцатых, от голода, в Китай. Мы понимаем».", "Отличная цитата для эпиграфа.", True)])

iv(31, "Света", "2022-12-05T16:40:00", "tashkent", "rostov-on-don", "teacher", "30-39", "woman",
   "2022-10-02", "mobilization-2022", ["family-left-behind", "return-intentions", "remote-work"], "draft",
   identity={"realName": "Светлана Небывалая (демо)", "contact": "demo-sveta@example.invalid", "mentionedPeople": []},
   transcript="""
Интервьюер: Вы приехали за мужем?
Света: Да, он уехал двадцать второго, я — второго октября, с дочкой. Ей семь, она пошла здесь в первый класс, в русскую школу. В первый день спросила: «Мама, а почему у всех бабушки есть, а у меня нет?» Бабушки в Ростове. Обе.
Интервьюер: Вы работаете?
Света: Преподаю в онлайн-школе, математику, ученики из России. Это странно: я в Ташкенте, а у меня урок с мальчиком из Таганрога, и он спрашивает, почему у меня за окном минарет. Я говорю — это фон такой.
Интервьюер: Родители?
Света: Мама звонит каждый вечер в восемь. Папа после инсульта, ему нельзя волноваться, поэтому мы ему сказали, что муж в командировке. Полгода уже командировка.
Интервьюер: Вы хотите вернуться?
Света: Я хочу вернуться в тот Ростов, которого нет. А в этот — нет. Но если с папой что-то случится, я поеду. Сразу. Муж знает.
""",
   segments=[("«Мама, а почему у всех бабушки есть, а у меня нет?»", ["family-left-behind"], "", True),
             ("Преподаю в онлайн-школе, математику, ученики из России.", ["remote-work"], "", True),
             ("поэтому мы ему сказали, что муж в командировке. Полгода уже командировка", ["family-left-behind"], "скрытие от родственников", True),
             ("Я хочу вернуться в тот Ростов, которого нет.", ["return-intentions"], "", True)],
   notes=[("00:07:00", "Дочь рядом, рисовала.")],
   comments=[])

iv(32, "Mark", "2022-07-07T21:00:00", "istanbul", "st-petersburg", "actor", "40-49", "man",
   "2022-03-11", "spring-2022", ["language-belonging", "host-society", "reverse-brain-drain"], "in-review", language="en",
   identity={"realName": "Mark Pretend (demo)", "contact": "demo-mark@example.invalid", "mentionedPeople": []},
   transcript="""
Interviewer: You're an actor without a language now, you said.
Mark: Yes. That's the cruelest part. A carpenter can work anywhere. An actor — my instrument is Russian. Here I can't even buy bread without pointing. I learned "ekmek" and "teşekkür ederim", and I say them with the intonation of Chekhov. (laughs)
Interviewer: What do you do?
Mark: We made a small Russian-language theatre in Kadıköy with other emigrants. Thirty seats, a basement of a bookshop. The Turkish owner gives it to us for free on Mondays, when the shop is closed. Audience — Russians, Ukrainians, some Turks who studied in Moscow in the nineties.
Interviewer: Is that a kind of reverse brain drain — culture moving here?
Mark: Maybe. Half of Petersburg's independent theatre is now in Istanbul, Tbilisi, Belgrade, Berlin. We're scattered like seeds. Some will grow something. Most will dry out, honestly.
Interviewer: How do Turkish people see you?
Mark: They don't see us. That's the relief. Istanbul has seen everything — Greeks, Armenians, White Russians in 1920. We're just the next wave. My neighbour calls me "Rus abi", Russian brother. That's enough.
""",
   segments=[("An actor — my instrument is Russian.", ["language-belonging"], "", True),
             ("The Turkish owner gives it to us for free on Mondays, when the shop is closed.", ["host-society"], "", True),
             ("Half of Petersburg's independent theatre is now in Istanbul, Tbilisi, Belgrade, Berlin.", ["reverse-brain-drain"], "", True),
             ("Istanbul has seen everything — Greeks, Armenians, White Russians in 1920. We're just the next wave.", ["host-society"], "historical frame", True)],
   notes=[("00:04:20", "Respondent switched to Russian for two minutes, translated back.")],
   comments=[("a basement of a bookshop", "The bookshop is easy to find. Generalise to \"a venue\".", False)])

# The interview withdrawn later: consent given at the time, withdrawn through the app afterwards.
iv(33, "Лев", "2022-10-19T14:00:00", "tbilisi", "moscow", "software-developer", "30-39", "man",
   "2022-09-21", "mobilization-2022", ["family-left-behind", "mobilization", "border-crossing"], "submitted",
   identity={"realName": "Лев Несуществующий (демо)", "contact": "@demo_lev_fictional", "mentionedPeople": []},
   withdraw_at="2022-11-02T10:00:00+04:00",
   transcript="""
Интервьюер: Вы уехали в первый же день?
Лев: Двадцать первого, ночью. Купил билет в Ереван за сто десять тысяч, потом из Еревана на маршрутке в Тбилиси. Жена осталась в Москве с сыном, ему три года.
Интервьюер: Как вы общаетесь?
Лев: Видеозвонки каждый вечер. Сын показывает мне машинки. Жена держится, но её родители против того, что я уехал. Отец жены сказал, что я трус. Теперь при нём она не берёт трубку.
Интервьюер: Что дальше?
Лев: Хотим, чтобы они приехали сюда, в Тбилиси. Ищем квартиру с садиком рядом. Но тесть давит, говорит, что внука не отпустит. (пауза) Мне тяжело про это говорить, извините. Можно я потом решу, оставлять ли это интервью?
Интервьюер: Конечно. Вы можете отозвать согласие в любой момент.
Лев: Спасибо. Я, наверное, так и сделаю. Не из-за вас. Из-за них.
""",
   segments=[("Купил билет в Ереван за сто десять тысяч, потом из Еревана на маршрутке в Тбилиси.", ["border-crossing"], ""),
             ("Отец жены сказал, что я трус.", ["family-left-behind"], "")],
   notes=[("00:08:40", "Респондент предупредил, что может отозвать согласие.")],
   comments=[])
