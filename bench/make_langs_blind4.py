"""Build ``bench/data/langs4_blind.jsonl``: a fourth blind round in de, fr, es and ru, gold first.

As ``make_langs_blind3.py``: news reports in the project's own words on invented happenings,
annotated (TimeML values, a DCT per report, anchors spread over 2017-2027 and all weekdays)
before the tagger first ran on them. This round stresses what news says and the earlier rounds
touched lightly: offsets hung on a dated event ("zwei Tage nach dem Anschlag", "la veille du
scrutin", "un mes después de las elecciones", "через неделю после саммита"), the start, middle
and end of a week, month or year ("Anfang des Monats", "en début de semaine", "a finales del año
pasado", "в конце прошлого года"), quarters, decades and centuries, seasons, holidays (Ostern,
Pfingsten, Heiligabend, la Toussaint, la Pentecôte, Semana Santa, Jueves Santo, Nochevieja,
Масленица, 9 мая), a weekday or "yesterday" with a part of the day and a clock time (two
expressions, the hour carrying the day), sets ("jeden Montag", "chaque année", "cada dos
semanas", "ежегодно"), "seit", "depuis", "desde hace", "уже третий год", weekdays with tense,
and days without a year across the turn of the year. Spans as in the earlier rounds; an offset
from an event is the offset's words, valued as the day it names.

First run (gold as first written, 167 gold): de 95.0, fr 92.9, es 93.8, ru 90.7 value F1, 93.1
in all (relaxed F1 98.5, value accuracy 94.5). Its errors: an offset hung on an event dated in
the sentence before ("Zwei Wochen nach der Wahl", "un mois après les élections", "Un mes después
de las elecciones", "Через неделю после саммита/парада") left a duration or the month instead of
the day; "Anfang/Ende der Woche" and "уже третий год" missed; "depuis mardi" read forward; "в ночь
на субботу" with a future verb read back; "la víspera de Navidad" read as the eve of the last date
told; "le week-end de la Pentecôte" taken whole as the weekend (defensible, gold kept as written).
A second batch (``REPORTS_2``, twelve reports, 91 gold) was written after the first batch's
fixes and before any further rule, and scored at its first run: de 90.9, fr 92.7, es 88.4, ru
93.6 value F1, 91.4 in all (misses: "Tags darauf", "am Tag nach dem Brand", "des années 2010",
"una vez por semana", "раз в неделю", "la próxima primavera", "en el último año"; values: "In der
Nacht zu Samstag" cut to "In der Nacht", "tous les quinze jours", "desde hace más de una década"
read as a date, "выпадает на среду" read back). After the second round of data fixes ("Nacht zu
Samstag", "Tags darauf", "des années 2010", "una vez por semana", "раз в неделю", "próxima
primavera", "el último año", "desde hace más de"), the 258 gold score 98.4: de 99.2, fr 96.8, es
100.0, ru 97.8.

A third batch (``REPORTS_3``, eight reports, 66 gold: clock times, numeric day-first dates,
"seit Mitte Februar", "d'ici 2030", "para 2030", "к 2030 году", "in drei Monaten", "dentro de",
"через", ranges) was written after the second round of fixes and scored at its first run: de
96.8, fr 97.1, es 96.8, ru 100.0 value F1, 97.7 in all (misses: "heute um 9.15 Uhr" taken as one
span, "d'ici 2030", the "14" of "entre el 14 y el 18 de octubre"), both then mended as data). All 324 gold
now score 98.6: de 98.7, fr 97.5, es 100.0, ru 98.2 (lower-cased 98.4); 98.9 (ru 99.4,
lower-cased 98.8) once "выпадает на" looks ahead. Left: "Масленица" (a week hung on Orthodox
Easter, which holidays.txt cannot offset), "am Tag nach dem Brand" (the engine reads an
event-hung day only through English "after"/"before"), "tous les quinze jours" (a set of two
weeks the set reader cannot be told by data), "heute um 9.15 Uhr" taken as one span.

Mended in the gold after the first run, a slip against the convention the golden table
``tests/core/temporal/test_event_anchored.py`` fixed before any of these rules ("A month after the
summit" -> 2022-06, "A week after" -> a week): an offset from an event is valued at the
precision of its unit, so "Zwei Wochen nach der Wahl" is 2021-W40, "un mois après les
élections" 2024-08, "Un mes después" 2019-05, "Через неделю после ..." a week, not a day.

Usage: python bench/make_langs_blind4.py [OUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

REPORTS: list[tuple[str, str, str]] = [
    ("de-anschlag", "2019-06-14", """\
Der Anschlag auf das Rathaus ereignete sich [[am 4. Juni|2019-06-04]]. [[Zwei Tage|2019-06-06]] \
nach dem Anschlag nahm die Polizei einen Verdächtigen fest. [[Gestern Abend|2019-06-13TEV]] um \
[[20 Uhr|2019-06-13T20:00]] wurde ein zweiter Mann verhaftet. Der Prozess soll [[Anfang des \
kommenden Monats|2019-07]] beginnen. Schon [[seit Anfang des Jahres|2019]] hatte der \
Verfassungsschutz die Gruppe beobachtet. Über [[Pfingsten|2019-06-09]] blieb die Innenstadt \
gesperrt. Die Polizei kontrolliert nun [[jeden Montag|XXXX-WXX-1|SET]] die Zufahrten."""),
    ("de-quartal", "2026-04-09", """\
Der Maschinenbauer hat [[im ersten Quartal|2026-Q1]] einen Verlust von 40 Millionen Euro \
gemacht. [[Im vierten Quartal 2025|2025-Q4]] war er noch knapp im Plus gewesen. Der Vorstand \
rechnet [[Mitte des Jahres|2026]] mit einer Erholung. Noch vor [[Ostern|2026-04-05]] hatte der \
Chef einen Stellenabbau angekündigt. [[Ende des Monats|2026-04]] legt das Unternehmen seine \
Zahlen vor. [[Seit drei Jahren|P3Y]] sinkt der Umsatz. [[In den 1990er Jahren|199]] beschäftigte \
der Konzern noch doppelt so viele Menschen. Die Betriebsversammlung ist nach [[Pfingsten|2026-05-24]] \
geplant."""),
    ("de-sondierung", "2021-11-03", """\
Die Bundestagswahl fand [[am 26. September|2021-09-26]] statt. [[Zwei Wochen|2021-W40]] nach \
der Wahl begannen die Sondierungen. Der Koalitionsvertrag soll [[Ende November|2021-11]] stehen. \
[[Am vergangenen Freitag|2021-10-29]] einigten sich die Unterhändler auf einen Zeitplan. \
[[Am kommenden Montag|2021-11-08]] tagen die Arbeitsgruppen erneut. Bereits [[Anfang der \
Woche|2021-W44]] hatten die Grünen ihre Forderungen vorgelegt. Ein solches Bündnis hat es [[im \
20. Jahrhundert|19]] nie gegeben. [[Vor vier Jahren|2017]] waren ähnliche Gespräche gescheitert."""),
    ("de-glatteis", "2027-01-05", """\
Der Wintereinbruch begann [[am 30. Dezember|2026-12-30]]. Schon an [[Heiligabend|2026-12-24]] \
hatte es im Süden geschneit. [[Heute Morgen|2027-01-05TMO]] waren viele Straßen spiegelglatt. \
[[In der Nacht zum Sonntag|2027-01-03TNI]] waren die Temperaturen auf minus 15 Grad gefallen. Der \
Frost soll bis [[Ende der Woche|2027-W01]] anhalten. [[Jedes Jahr|P1Y|SET]] streuen die \
Kommunen rund eine Million Tonnen Salz. Die Lager waren [[Ende letzten Jahres|2026]] gut gefüllt. \
Erst [[im Februar|2027-02]] wird mit Tauwetter gerechnet."""),
    ("de-museum", "2018-09-24", """\
Das Stadtmuseum hat [[am Samstag|2018-09-22]] um [[11.30 Uhr|2018-09-22T11:30]] seine neue \
Dauerausstellung eröffnet. Sie zeigt Alltagsgegenstände aus dem [[19. Jahrhundert|18]]. [[Seit \
2015|2015]] war das Haus wegen Umbaus geschlossen. Die Sammlung war [[Mitte der 80er Jahre|198]] \
angelegt worden. Das Museum ist [[täglich|P1D|SET]] geöffnet. [[Im Herbst|2018-FA]] folgen \
Führungen für Schulklassen. Am [[Mittwoch, 3. Oktober|2018-10-03]] ist der Eintritt frei. Ein \
Anbau soll [[im kommenden Frühjahr|2019-SP]] beginnen."""),
    ("fr-scrutin", "2022-11-07", """\
Le scrutin municipal partiel s'est tenu [[le dimanche 30 octobre|2022-10-30]]. [[La veille du \
scrutin|2022-10-29]], des affiches avaient été arrachées dans plusieurs quartiers. Le nouveau \
maire a été installé [[mardi soir|2022-11-01TEV]] vers [[21h|2022-11-01T21:00]], jour de [[la \
Toussaint|2022-11-01]]. La dette de la ville a encore augmenté [[au troisième \
trimestre|2022-Q3]]. L'opposition a annoncé [[en début de semaine|2022-W45]] un recours. [[Chaque \
année|P1Y|SET]], la commune emprunte près de dix millions d'euros. Elle est dirigée par la même équipe \
[[depuis 2018|2018]]."""),
    ("fr-budget", "2025-03-20", """\
Le déficit public s'est creusé [[au premier trimestre|2025-Q1]]. Il avait déjà dérapé [[à la fin \
de l'année dernière|2024]]. Un tel niveau n'avait plus été vu depuis [[les années 1970|197]]. \
Le ministre veut revenir à une règle d'équilibre héritée du [[XXe siècle|19]]. Un plan sera \
présenté [[à la mi-avril|2025-04]]. Les élections législatives du [[7 juillet 2024|2024-07-07]] \
avaient bouleversé le calendrier : [[un mois|2024-08]] après les élections, aucun budget \
n'était prêt. Les syndicats manifestent [[depuis mardi|2025-03-18]] et se réuniront désormais \
[[tous les lundis|XXXX-WXX-1|SET]]."""),
    ("fr-reveillon", "2017-12-30", """\
La préfecture renforce la sécurité pour [[la Saint-Sylvestre|2017-12-31]]. Un arrêté interdit la \
vente de pétards jusqu'au [[2 janvier|2018-01-02]]. [[Jeudi dernier|2017-12-28]], deux voitures \
avaient été incendiées. [[Le 27 décembre|2017-12-27]], le préfet avait réuni les maires. Des \
patrouilles circuleront [[ce soir|2017-12-30TEV]] dans le centre. Le dispositif restera en place \
[[pendant deux semaines|P2W]] et un bilan sera dressé [[la semaine prochaine|2018-W01]]. Les \
caméras seront contrôlées [[toutes les deux semaines|P2W|SET]] et [[l'an prochain|2018]] vingt \
nouveaux agents seront recrutés."""),
    ("fr-greve", "2024-06-12", """\
Le préavis de grève a été déposé [[le 3 juin|2024-06-03]]. [[Trois jours|2024-06-06]] après le \
dépôt du préavis, la direction a proposé une prime. Les contrôleurs ont voté la grève \
[[vendredi matin|2024-06-07TMO]]. Une nouvelle réunion aura lieu [[lundi prochain|2024-06-17]] à \
[[10h30|2024-06-17T10:30]]. Le trafic pourrait rester perturbé jusqu'[[à la mi-juillet|2024-07]], \
en plein départ en vacances [[cet été|2024-SU]]. Les négociations durent [[depuis trois \
semaines|P3W]]. Un premier mouvement avait déjà touché le week-end de [[la Pentecôte|2024-05-19]]."""),
    ("fr-musee", "2020-01-03", """\
Le musée a rouvert [[le 28 décembre|2019-12-28]] après des travaux. Il présente des tapisseries \
du [[XVIIIe siècle|17]]. [[Mercredi soir|2020-01-01TEV]], plus de mille visiteurs s'y sont \
pressés. Une seconde salle ouvrira [[au printemps|2020-SP]]. Le conseil d'administration se \
réunira [[en fin de mois|2020-01]]. [[L'année dernière|2019]], la fréquentation avait baissé de \
12 %."""),
    ("es-elecciones", "2019-05-30", """\
Las elecciones generales del [[28 de abril|2019-04-28]] dejaron un Parlamento fragmentado. [[Un \
mes|2019-05]] después de las elecciones, los partidos siguen sin acuerdo. El rey recibirá a \
los portavoces [[el lunes|2019-06-03]] a las [[10:30|2019-06-03T10:30]]. La crisis política \
comenzó [[a finales del año pasado|2018]]. El país vive en campaña [[desde hace dos años|P2Y]]. \
Las negociaciones se celebran [[cada dos semanas|P2W|SET]]. Un nuevo Gobierno podría formarse \
[[el próximo otoño|2019-FA]]."""),
    ("es-semana-santa", "2026-03-25", """\
Las autoridades prevén millones de desplazamientos en [[Semana Santa|2026-W14]]. El tráfico \
será más intenso [[el Jueves Santo|2026-04-02]]. [[El año pasado|2025]] la lluvia obligó a \
suspender muchas procesiones. Las reservas hoteleras crecieron un 9 % [[en el primer \
trimestre|2026-Q1]]. Las temperaturas subirán [[a principios de abril|2026-04]]. [[Anoche|2026-03-24TNI]] \
se registraron tormentas en el norte. La DGT espera retenciones ya [[este fin de \
semana|2026-W13-WE]], y los controles de alcoholemia se han intensificado [[desde el \
lunes|2026-03-23]]."""),
    ("es-tribunal", "2021-12-29", """\
El Tribunal Supremo dictará sentencia [[el 4 de enero|2022-01-04]]. El juicio terminó [[el 20 de \
diciembre|2021-12-20]]. [[La víspera de Navidad|2021-12-24]] la defensa presentó nuevos \
documentos. El caso se remonta a [[la década de 1980|198]], aunque el edificio en disputa data \
del [[siglo XIX|18]]. [[El martes por la tarde|2021-12-28TAF]] los abogados se reunieron con el \
fiscal. [[Cada año|P1Y|SET]] el tribunal resuelve unos 5.000 recursos. Los funcionarios trabajarán \
hasta [[Nochevieja|2021-12-31]]."""),
    ("es-sequia", "2024-08-19", """\
La sequía se ha agravado [[este verano|2024-SU]]. Las reservas de agua cayeron un 6 % [[en el \
tercer trimestre|2024-Q3]]. Las restricciones se revisarán [[a mediados de \
septiembre|2024-09]]. [[Hace tres semanas|2024-W31]] el Gobierno aprobó un decreto de ayudas. \
[[La semana pasada|2024-W33]] se declararon tres incendios. El mayor comenzó [[el miércoles 14 \
de agosto|2024-08-14]]. [[Dos días después|2024-08-16]] los bomberos lo dieron por controlado. \
[[El viernes pasado|2024-08-16]] llegaron refuerzos. Los camiones cisterna abastecen a los \
pueblos [[todos los días|P1D|SET]]."""),
    ("es-metro", "2017-10-06", """\
La línea 1 del metro, construida en [[los años sesenta|196]], cerrará por obras [[a finales de \
mes|2017-10]]. El ayuntamiento presentará el calendario [[el próximo jueves|2017-10-12]] a \
[[las 8 de la mañana|2017-10-12T08:00]]. Las obras durarán [[18 meses|P18M]] y la línea \
reabrirá en [[la primavera de 2018|2018-SP]]. [[Ayer|2017-10-05]] los vecinos protestaron ante \
el consistorio."""),
    ("ru-maslenitsa", "2024-03-14", """\
[[Масленица|2024-W11]] [[в этом году|2024]] проходит с [[11|2024-03-11]] по [[17 марта|2024-03-17]]. Главные гуляния пройдут [[в \
воскресенье|2024-03-17]]. Синоптики обещают заморозки [[в ночь на субботу|2024-03-16TNI]]. Продажи \
блинной муки выросли [[в первом квартале|2024-Q1]]. Фестиваль проводится [[ежегодно|P1Y|SET]]. \
Сцену на площади начали строить [[в конце прошлого года|2023]]. Ярмарка работает здесь [[уже \
третий год|P3Y]]. Торговые места распределили [[в начале месяца|2024-03]]."""),
    ("ru-pobeda", "2020-05-06", """\
Парад [[9 мая|2020-05-09]] [[в этом году|2020]] не состоится. Президент выступит с обращением [[в \
пятницу|2020-05-08]] в [[22:00|2020-05-08T22:00]]. Новая дата парада — [[24 июня|2020-06-24]]. \
[[Через неделю|2020-W27]] после парада пройдёт голосование. Ограничения действуют [[с прошлой \
недели|2020-W18]]. Музей посвящён событиям [[XX века|19]]. Война закончилась [[75 лет \
назад|1945]]."""),
    ("ru-sammit", "2022-12-28", """\
Саммит прошёл [[15 декабря|2022-12-15]] в Брюсселе. [[Через неделю|2022-W51]] после саммита \
министры согласовали новый пакет мер. Он вступит в силу [[10 января|2023-01-10]]. Вокзалы будут \
работать круглосуточно [[31 декабря|2022-12-31]]. Подобного кризиса не было с [[1990-х \
годов|199]]. [[Во вторник вечером|2022-12-27TEV]] премьер провёл совещание. Штаб собирается \
[[каждую пятницу|XXXX-WXX-5|SET]]. Новые выплаты начнутся [[в следующем году|2023]]."""),
    ("ru-urozhai", "2018-07-16", """\
Урожай зерна [[в третьем квартале|2018-Q3]] будет ниже прошлогоднего. [[Этим летом|2018-SU]] на \
юге стоит сильная жара. Уборка завершится [[в середине августа|2018-08]]. Экспорт растёт [[с 2014 \
года|2014]]. [[В прошлую пятницу|2018-07-13]] правительство ограничило вывоз. [[В понедельник \
утром|2018-07-16TMO]] в регионе прошли дожди, которые шли [[два дня|P2D]]. [[Осенью|2018-FA]] \
цены на хлеб могут вырасти."""),
    ("ru-teatr", "2025-10-31", """\
[[В начале недели|2025-W44]] театр объявил о закрытии на ремонт. Последний спектакль пройдёт \
[[4 ноября|2025-11-04]]. Здание построено [[в XIX веке|18]], а последний раз его ремонтировали \
[[в 1970-х|197]]. [[Каждый год|P1Y|SET]] театр посещают 200 тысяч зрителей. Работы начнутся \
[[в декабре|2025-12]]. [[Вчера вечером|2025-10-30TEV]] в [[19:00|2025-10-30T19:00]] труппа \
собралась на прощальный вечер."""),
]


REPORTS_2: list[tuple[str, str, str]] = [
    ("de-lagerhalle", "2024-01-08", """\
Das Feuer in der Lagerhalle brach [[am 28. Dezember|2023-12-28]] aus. [[Am Tag|2023-12-29]] nach \
dem Brand begann die Polizei mit den Ermittlungen. [[Ende vergangener Woche|2024-W01]] wurde ein \
Gutachten vorgelegt. [[In der Nacht zu Samstag|2024-01-06TNI]] flammten Glutnester erneut auf. \
Schon [[im vergangenen Winter|2022-WI]] hatte es dort gebrannt. Die Halle stammt aus [[den \
frühen 2000er Jahren|200]]. Bis [[Karfreitag|2024-03-29]] soll sie abgerissen sein. Die \
Feuerwehr kontrolliert das Gelände nun [[alle zwei Wochen|P2W|SET]]."""),
    ("de-tarif", "2023-04-07", """\
[[Am Mittwochabend|2023-04-05TEV]] einigten sich Gewerkschaft und Arbeitgeber. [[Tags \
darauf|2023-04-06]] stimmte die Tarifkommission zu. Der neue Vertrag gilt ab [[1. Mai|2023-05-01]] \
und läuft [[24 Monate|P24M]]. [[Im zweiten Halbjahr|2023-H2]] steigen die Löhne um weitere drei \
Prozent. Die Urabstimmung beginnt [[am Ostermontag|2023-04-10]]. [[Seit Jahresbeginn|2023]] \
hatte es sieben Warnstreiks gegeben, den ersten [[im vergangenen Herbst|2022-FA]]."""),
    ("de-jubilaeum", "2019-01-07", """\
Der Verein feierte [[am 2. Januar|2019-01-02]] seinen Geburtstag. Er war [[vor 100 \
Jahren|1919]] gegründet worden und erlebte [[in den 1920er Jahren|192]] seine Blütezeit. An \
[[Heiligabend|2018-12-24]] hatten die Mitglieder Spenden gesammelt. Der Festakt folgt [[am \
kommenden Wochenende|2019-W02-WE]]. Die Ausstellung wird [[morgen Vormittag|2019-01-08TMO]] um \
[[10 Uhr|2019-01-08T10:00]] eröffnet."""),
    ("fr-quatorze", "2022-07-14", """\
Le défilé du [[14 Juillet|2022-07-14]] a rassemblé [[ce jeudi|2022-07-14]] des milliers de \
spectateurs. [[Vendredi dernier|2022-07-08]], la préfecture avait publié son plan de \
circulation. Les contrôles se tiennent [[tous les quinze jours|P2W|SET]]. La caserne, construite \
[[au début du XXIe siècle|20]], sera rénovée [[le mois prochain|2022-08]]. Un nouveau plan de \
chauffage est attendu pour [[l'hiver prochain|2022-WI]]."""),
    ("fr-tempete", "2023-12-31", """\
Le vent s'est levé à [[Noël|2023-12-25]]. [[Le lendemain|2023-12-26]], des milliers de foyers \
étaient privés d'électricité. [[Samedi soir|2023-12-30TEV]], les derniers ont été rétablis. Les \
pompiers sont mobilisés [[depuis une semaine|P1W]]. Une réunion de crise se tiendra [[le 3 \
janvier|2024-01-03]]. [[Cet après-midi|2023-12-31TAF]], le préfet a levé l'alerte. Les \
assureurs publieront un bilan [[début 2024|2024]]."""),
    ("fr-conseil", "2021-03-02", """\
Le conseil régional a voté son budget [[la semaine dernière|2021-W08]]. [[Hier|2021-03-01]], \
l'opposition a déposé un recours. La dette avait doublé [[au cours des années 2010|201]]. Les \
investissements reprendront [[au second semestre|2021-H2]]. L'assemblée se réunira [[jeudi|2021-03-04]] \
à [[18 heures|2021-03-04T18:00]]. Les comptes sont désormais publiés [[chaque mois|P1M|SET]]."""),
    ("es-reyes", "2018-01-06", """\
Miles de niños recibieron [[hoy|2018-01-06]], [[Día de Reyes|2018-01-06]], sus regalos. [[La \
pasada Nochevieja|2017-12-31]] la plaza se llenó de gente. [[El pasado 28 de \
diciembre|2017-12-28]] el ayuntamiento presentó el balance de las fiestas. Los comercios abrirán \
[[el próximo lunes|2018-01-08]] con las rebajas. El consumo no era tan alto desde [[comienzos de \
los años 2000|200]]. [[El invierno pasado|2016-WI]] las ventas cayeron un 4 %."""),
    ("es-ataque", "2025-11-01", """\
El ataque contra la comisaría ocurrió [[el martes 28 de octubre|2025-10-28]]. [[Al día \
siguiente|2025-10-29]] la policía detuvo a dos sospechosos. Un tercero fue arrestado [[el jueves \
por la noche|2025-10-30TNI]], a [[las 23:15|2025-10-30T23:15]]. Los delitos violentos crecieron \
[[en el último año|P1Y]]. El juicio comenzará [[el próximo mes|2025-12]]. Por \
[[Todos los Santos|2025-11-01]] se reforzó la vigilancia en los cementerios. Las patrullas se \
reunirán [[una vez por semana|P1W|SET]]. El barrio sufre la violencia [[desde hace más de una \
década|P10Y]]."""),
    ("es-exposicion", "2023-02-26", """\
El museo inauguró [[este domingo|2023-02-26]] una muestra de pintura del [[siglo XVI|15]]. La \
exposición podrá visitarse hasta [[el 30 de abril|2023-04-30]]. Los restauradores trabajan en \
las obras [[desde hace tres meses|P3M]]. La colección fue donada [[a mediados de los \
noventa|199]]. El [[Miércoles de Ceniza|2023-02-22]] se presentó el catálogo. Una segunda sala \
abrirá [[la próxima primavera|2023-SP]]."""),
    ("ru-rozhdestvo", "2026-01-02", """\
[[Рождество|2026-01-07]] [[в этом году|2026]] выпадает на [[среду|2026-01-07]]. Праздничные службы пройдут [[7 \
января|2026-01-07]] во всех храмах. [[На прошлой неделе|2025-W52]] в город привезли ёлки. \
Каникулы продлятся до [[11 января|2026-01-11]]. [[В минувшие выходные|2025-W52-WE]] катки \
приняли рекордное число посетителей. Ярмарка работает [[раз в неделю|P1W|SET]]. Традиция \
появилась [[в 2000-х годах|200]]."""),
    ("ru-navodnenie", "2017-05-19", """\
Наводнение началось [[12 мая|2017-05-12]]. [[На следующий день|2017-05-13]] власти объявили \
режим ЧС. [[В среду вечером|2017-05-17TEV]], в [[21:30|2017-05-17T21:30]], вода достигла пика. \
Последний раз такой паводок был [[в середине 90-х|199]]. Откачка воды займёт [[около двух \
недель|P2W]]. Жителей вернут домой [[в начале июня|2017-06]]. [[Прошлой весной|2016-SP]] река \
тоже выходила из берегов."""),
    ("ru-zavod", "2024-12-27", """\
Выпуск продукции [[в четвёртом квартале|2024-Q4]] вырос на 12 %. Новый цех заработает [[15 \
января|2025-01-15]]. Оборудование привезли [[23 декабря|2024-12-23]]. Отчёт о работе будет \
готов [[в конце января|2025-01]]. [[За последние пять лет|P5Y]] завод удвоил производство. \
Совет директоров собирается [[по понедельникам|XXXX-WXX-1|SET]]. Это первое предприятие \
отрасли, построенное [[в XXI веке|20]]."""),
]


REPORTS_3: list[tuple[str, str, str]] = [
    ("de-bruecke", "2025-03-12", """\
Die Brücke ist seit [[Mitte Februar|2025-02]] gesperrt. Die Arbeiten sollen bis [[Ende des \
Jahres|2025]] dauern. [[Vor zwei Wochen|2025-W09]] begann der Abriss. Ab [[kommender \
Woche|2025-W12]] gilt eine Umleitung. Vom [[17.|2025-03-17]] bis [[21. März|2025-03-21]] ist die \
Straße nachts gesperrt. Eine Bürgerversammlung findet am [[26.03.2025|2025-03-26]] statt. Der \
Stadtrat entscheidet [[in drei Monaten|2025-06]] über die Kosten."""),
    ("de-jahreswechsel", "2021-12-30", """\
Die Regierung berät [[heute|2021-12-30]] um [[9.15 Uhr|2021-12-30T09:15]] über neue Regeln. Sie \
sollen [[am 2. Januar|2022-01-02]] in Kraft treten. Feuerwerk bleibt an [[Silvester|2021-12-31]] \
verboten. [[Vor zehn Tagen|2021-12-20]] hatten die Länder strengere Maßnahmen gefordert. [[Im \
Januar|2022-01]] soll die Lage neu bewertet werden. Bis [[2030|2030]] will der Bund die \
Gesundheitsämter ausbauen; [[im kommenden Jahr|2022]] stehen dafür zwei Milliarden Euro bereit."""),
    ("fr-rentree", "2022-09-29", """\
Le nouveau tarif s'appliquera à partir du [[1er octobre|2022-10-01]]. Le gouvernement l'avait \
annoncé [[il y a dix jours|2022-09-19]]. Un bilan sera dressé [[dans trois mois|2022-12]]. L'État \
vise la neutralité carbone [[d'ici 2030|2030]]. Les prix augmentent depuis [[la \
mi-septembre|2022-09]]. La ministre s'exprimera [[aujourd'hui|2022-09-29]] à [[14h30|2022-09-29T14:30]]. \
Le bouclier tarifaire est prolongé jusqu'à [[fin juin|2023-06]]. Une réunion est prévue le \
[[12/10/2022|2022-10-12]]."""),
    ("fr-jeux", "2024-05-31", """\
Les Jeux auront lieu du [[26 juillet|2024-07-26]] au [[11 août|2024-08-11]]. [[Il y a un \
an|2023]], la moitié des billets étaient déjà vendus. Les répétitions commenceront [[dans deux \
mois|2024-07]]. La flamme arrivera [[demain|2024-06-01]], [[1er juin|2024-06-01]], à Marseille. \
Paris avait déjà accueilli les Jeux [[en 1924|1924]], [[il y a cent ans|1924]]. Le programme \
définitif sera publié [[la semaine prochaine|2024-W23]]."""),
    ("es-plan", "2019-10-02", """\
El Gobierno quiere cerrar las centrales de carbón [[para 2030|2030]]. El plan se aprobará [[dentro \
de un mes|2019-11]]. [[Hace 15 días|2019-09-17]] se presentó el borrador. Las consultas \
comenzarán [[a partir del lunes|2019-10-07]] y se celebrarán entre el [[14|2019-10-14]] y el [[18 \
de octubre|2019-10-18]]. Las ayudas se mantendrán hasta [[finales de junio|2020-06]]. El texto \
entrará en vigor [[el 1 de noviembre|2019-11-01]], tras una votación prevista para el \
[[15/10/2019|2019-10-15]]."""),
    ("es-cosecha", "2026-06-15", """\
Los agricultores cortaron [[esta mañana|2026-06-15TMO]] la autovía a [[las 7:00|2026-06-15T07:00]]. \
[[El fin de semana pasado|2026-W24-WE]] ya habían protestado en la capital. [[Hace un año|2025]] \
la cosecha fue una de las peores de la década. La recogida empezará en [[julio|2026-07]]. El \
ministerio responderá [[dentro de dos semanas|2026-W27]]. Las exportaciones cayeron en [[el \
primer semestre|2026-H1]]."""),
    ("ru-most", "2020-02-27", """\
Мост закрыт на ремонт [[с понедельника|2020-02-24]]. Работы продлятся [[до конца года|2020]]. \
[[Десять дней назад|2020-02-17]] на опоре нашли трещину. Временную переправу откроют [[через \
три месяца|2020-05]]. Новый мост должен появиться [[к 2030 году|2030]]. С [[1|2020-03-01]] по [[3 \
марта|2020-03-03]] движение будет полностью перекрыто. Мэр проведёт пресс-конференцию \
[[сегодня|2020-02-27]] в [[15 часов|2020-02-27T15:00]]."""),
    ("ru-vuz", "2023-08-22", """\
Занятия в университете начнутся [[1 сентября|2023-09-01]]. Торжественное собрание состоится [[в \
пятницу|2023-08-25]]. [[В прошлом месяце|2023-07]] вуз объявил о новом наборе. [[Год \
назад|2022]] конкурс был вдвое ниже. Общежитие откроют [[через две недели|2023-W36]]. Приём \
документов идёт [[с середины июля|2023-07]] и завершится [[15.09.2023|2023-09-15]]."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(REPORTS + REPORTS_2 + REPORTS_3, "langs4_blind", "langs4_blind.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
