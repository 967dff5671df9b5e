"""Build ``bench/data/langs3_blind.jsonl``: a third blind round in de, fr, es, ru and ko, gold first.

As ``make_langs_blind2.py``: news reports in the project's own words on invented happenings,
annotated (TimeML values, a DCT per report) before the tagger first ran on them. This round
leans on the "advanced" expressions: offsets from a dated event ("zwei Tage nach dem Treffen",
"trois jours plus tard", "спустя два дня"), parts of days and months ("Ende Januar", "지난달 말",
"a principios de mes"), a weekday with a clock time, ranges ("vom 18. bis 20. März", "del 2 al
9 de abril", "с 30 декабря по 8 января"), holidays (Easter, Pentecost, Silvester, Reyes,
추석), seasons, durations, quarters and halves, approximate amounts ("rund vier Monate", "около
суток", "약 2주"), and days without a year across the turn of the year (DCT in January, "am
28. Dezember"). Spans leave the prepositions out where they stand apart; a range is its two
ends; an offset from an event is the offset's words, valued as the day it names.

First run (gold as first written, 142 gold): de 82.2, es 92.8, fr 93.3, ko 64.9, ru 82.6 value
F1, 84.9 in all. Mended in the gold after that run (slips against the conventions the earlier
rounds and the rules follow, none to fit an output): a weekday and its clock time in a German or
French sentence are two expressions, the hour carrying the day ("[[Freitag]], [[10 Uhr]]"), as
in ``langs2_blind``; "Semana Santa" is a TIMEX (the week of Easter) and "este año" beside it, and
Russian "летом" after "осенью", had been left out; "Накануне" right after "9 мая ... парад" is
the eve of that day (the day before the last day told), not the day before publication.

Usage: python bench/make_langs_blind3.py [OUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write  # noqa: E402

REPORTS: list[tuple[str, str, str]] = [
    ("de-bahnstreik", "2024-03-13", """\
Die Lokführergewerkschaft hat [[am Dienstagabend|2024-03-12TEV]] zu einem neuen Streik \
aufgerufen. Der Ausstand soll vom [[18.|2024-03-18]] bis [[20. März|2024-03-20]] dauern. Das \
letzte Treffen der Tarifparteien fand [[am 5. März|2024-03-05]] statt. [[Zwei Tage|2024-03-07]] \
nach dem Treffen erklärte die Bahn die Gespräche für gescheitert. Der Konflikt dauert bereits \
[[rund vier Monate|P4M]]. Die nächste Verhandlungsrunde ist für [[Freitag|2024-03-15]], [[10 Uhr|2024-03-15T10:00]] \
angesetzt. Eine Einigung erwartet der Konzern nicht vor [[Ostern|2024-03-31]]. Im [[ersten \
Quartal|2024-Q1]] fielen bereits mehr als 20.000 Züge aus."""),
    ("de-wintersturm", "2025-01-08", """\
Der Sturm hatte [[am 28. Dezember|2024-12-28]] weite Teile Norddeutschlands getroffen. Die \
Aufräumarbeiten dauerten bis [[Silvester|2024-12-31]]. [[In der Nacht zum Montag|2025-01-06TNI]] \
fiel erneut Schnee. Der Wetterdienst warnt für [[das kommende Wochenende|2025-W02-WE]] vor \
Glätte. [[Ende Januar|2025-01]] soll es milder werden. Der Winter war [[im vergangenen \
Jahr|2024]] deutlich wärmer als üblich. Die Schäden aus dem [[Dezember|2024-12]] schätzen die \
Versicherer auf 300 Millionen Euro."""),
    ("de-hauptbahnhof", "2023-10-20", """\
Die Stadt hat [[am Donnerstagmorgen|2023-10-19TMO]] den neuen Hauptbahnhof eröffnet. Die \
Bauarbeiten hatten [[im Frühjahr 2017|2017-SP]] begonnen und dauerten damit [[mehr als sechs \
Jahre|P6Y]]. Ursprünglich war die Eröffnung für [[Herbst 2021|2021-FA]] geplant. [[In der Woche \
zuvor|2023-W41]] hatte es einen Probebetrieb gegeben. Die restlichen Gleise sollen bis [[Mitte \
2024|2024]] fertig sein. Ab dem [[10. Dezember|2023-12-10]] halten hier auch Fernzüge."""),
    ("de-entlastung", "2022-06-02", """\
Der Bundestag hat [[am Mittwoch|2022-06-01]] das Entlastungspaket beschlossen. Das \
Neun-Euro-Ticket gilt von [[Juni|2022-06]] bis [[August|2022-08]]. Der Tankrabatt läuft [[drei \
Monate|P3M]]. Der Haushaltsausschuss hatte [[zwei Tage|2022-05-30]] zuvor zugestimmt. Über \
[[Pfingsten|2022-06-05]] rechnet die Bahn mit vollen Zügen. Die Inflation lag [[im Mai|2022-05]] \
bei 7,9 Prozent. [[Im Herbst|2022-FA]] will die Regierung die Wirkung prüfen."""),
    ("de-weihnachtsmarkt", "2024-11-25", """\
Der Weihnachtsmarkt öffnet [[am Donnerstag|2024-11-28]] um [[18 Uhr|2024-11-28T18:00]]. Er läuft bis zum \
[[23. Dezember|2024-12-23]]. [[Im Vorjahr|2023]] kamen rund zwei Millionen Besucher. Die Buden \
wurden in den [[vergangenen zwei Wochen|P2W]] aufgebaut. Die Eislaufbahn bleibt bis [[Mitte \
Januar|2025-01]] geöffnet. Nach [[Neujahr|2025-01-01]] beginnt der Abbau."""),
    ("fr-agriculteurs", "2024-02-07", """\
Les agriculteurs ont levé leurs derniers barrages [[jeudi soir|2024-02-01TEV]]. Le mouvement \
avait commencé [[le 18 janvier|2024-01-18]] dans le Sud-Ouest. [[Trois jours plus \
tard|2024-01-21]], les premiers blocages atteignaient l'Île-de-France. La mobilisation a duré \
[[près de deux semaines|P2W]]. Le gouvernement présentera un projet de loi [[d'ici la fin du \
mois|2024-02]]. Le Salon de l'agriculture se tiendra du [[24 février|2024-02-24]] au [[3 \
mars|2024-03-03]]. Les syndicats seront reçus [[mardi prochain|2024-02-13]] à [[14 heures|2024-02-13T14:00]]."""),
    ("fr-soldes", "2025-01-03", """\
Les soldes d'hiver débuteront [[le mercredi 8 janvier|2025-01-08]] à [[8 heures|2025-01-08T08:00]]. \
Elles dureront [[quatre semaines|P4W]]. [[Le 26 décembre|2024-12-26]], les magasins avaient déjà \
enregistré une forte affluence. [[La semaine dernière|2024-W52]], les ventes de jouets ont \
reculé de 3 %. [[L'an dernier|2024]], le commerce a souffert de la baisse du pouvoir d'achat. \
Les commerçants espèrent un rebond [[au premier trimestre|2025-Q1]]."""),
    ("fr-rugby", "2023-09-14", """\
La Coupe du monde de rugby a commencé [[vendredi dernier|2023-09-08]] au Stade de France. \
[[Quatre jours|2023-09-12]] après le match d'ouverture, la fédération a annoncé un record \
d'audience. Les Bleus joueront [[jeudi prochain|2023-09-21]] à Lille. Le tournoi dure [[sept \
semaines|P7W]]. La finale aura lieu [[le samedi 28 octobre|2023-10-28]]. [[À l'automne \
2019|2019-FA]], le Japon avait accueilli la précédente édition. Les quarts de finale se \
joueront [[à la mi-octobre|2023-10]]."""),
    ("fr-paques", "2022-04-19", """\
Le trafic ferroviaire a été perturbé pendant [[le week-end de Pâques|2022-W15-WE]]. [[Lundi de \
Pâques|2022-04-18]], plusieurs trains ont été supprimés. Les vacances de printemps de la zone C \
durent du [[23 avril|2022-04-23]] au [[9 mai|2022-05-09]]. Le second tour de l'élection aura \
lieu [[dimanche|2022-04-24]]. Les contrôleurs sont en grève [[depuis trois jours|P3D]]. La \
direction promet un retour à la normale [[en fin de semaine|2022-W16]]."""),
    ("es-rebajas", "2024-01-10", """\
Las rebajas de invierno comenzaron [[el pasado domingo|2024-01-07]], tras el día de \
[[Reyes|2024-01-06]]. Las ventas de [[Navidad|2023-12-25]] crecieron un 4 %. [[El 28 de \
diciembre|2023-12-28]] los centros comerciales registraron la mayor afluencia del año. Los \
descuentos se prolongarán hasta [[finales de febrero|2024-02]]. [[A principios de mes|2024-01]] \
los precios de la ropa subieron un 2 %. Durante [[el último trimestre de 2023|2023-Q4]] el \
consumo creció por encima de lo previsto. La campaña dura [[unos cincuenta días|P50D]]."""),
    ("es-semanasanta", "2023-03-27", """\
La [[Semana Santa|2023-W14]] se celebrará [[este año|2023]] del [[2|2023-04-02]] al [[9 de abril|2023-04-09]]. Las \
procesiones de [[Jueves Santo|2023-04-06]] saldrán a [[las 20.00|2023-04-06T20:00]]. El \
Ayuntamiento aprobó [[el viernes por la tarde|2023-03-24TAF]] el plan de seguridad. [[El fin de \
semana pasado|2023-W12-WE]] se vendieron todas las sillas de la carrera oficial. [[Hace un \
mes|2023-02]], las cofradías pidieron más agentes. La ciudad espera un 10 % más de visitantes \
que en [[la primavera de 2022|2022-SP]]."""),
    ("es-sanfermin", "2022-07-05", """\
Las fiestas de San Fermín empiezan [[mañana|2022-07-06]] a [[mediodía|2022-07-06T12:00]] y \
terminarán [[el 14 de julio|2022-07-14]]. No se celebraban desde [[2019|2019]] por la \
pandemia. Durarán [[nueve días|P9D]]. El primer encierro será [[el jueves|2022-07-07]] a [[las \
ocho de la mañana|2022-07-07T08:00]]. [[A finales de junio|2022-06]] los hoteles ya estaban \
llenos. [[Dos días después|2022-07-16]] de las fiestas, el Ayuntamiento presentará el \
balance."""),
    ("es-operacionsalida", "2025-04-22", """\
La operación salida de [[Semana Santa|2025-W16]] comenzó [[el miércoles por la tarde|2025-04-16TAF]]. El \
tráfico fue intenso [[el Jueves Santo|2025-04-17]], y [[al día siguiente|2025-04-18]] se \
formaron retenciones de 30 kilómetros. Se registraron 18 accidentes mortales en [[cinco \
días|P5D]]. La operación retorno terminó [[el lunes|2025-04-21]] hacia [[las 23.00|2025-04-21T23:00]]. \
El siguiente dispositivo especial será el puente del [[1 de mayo|2025-05-01]]. [[El año \
pasado|2024]] hubo 24 víctimas en las mismas fechas."""),
    ("ru-snegopad", "2024-01-15", """\
[[В ночь на среду|2024-01-10TNI]] в столице выпала месячная норма снега. Снегопад \
продолжался [[около суток|P1D]]. [[Спустя два дня|2024-01-12]] коммунальные службы расчистили \
главные улицы. Предыдущий рекорд был установлен [[28 декабря|2023-12-28]]. Новогодние каникулы \
длились с [[30 декабря|2023-12-30]] по [[8 января|2024-01-08]]. [[На прошлой неделе|2024-W02]] \
температура опускалась до минус 30 градусов. [[В конце января|2024-01]] синоптики ожидают \
потепления."""),
    ("ru-vvp", "2023-11-29", """\
Министры соберутся [[в четверг|2023-11-30]] и [[пятницу|2023-12-01]]. [[В третьем \
квартале|2023-Q3]] экономика выросла на 5,5 %. Совещание началось [[в понедельник|2023-11-27]] \
[[в 10 часов утра|2023-11-27T10:00]]. [[Месяц назад|2023-10]] ЦБ повысил ставку. Новые данные \
будут опубликованы [[в начале декабря|2023-12]]. [[Осенью|2023-FA]] цены росли быстрее, чем \
[[летом|2023-SU]]."""),
    ("ru-prazdniki", "2022-05-11", """\
Майские праздники продлились с [[1|2022-05-01]] по [[3 мая|2022-05-03]]. [[9 мая|2022-05-09]] \
в городе прошёл парад. [[Накануне|2022-05-08]] мэрия объявила о ремонте набережной. Работы \
займут [[около двух недель|P2W]]. [[В прошлом году|2021]] ремонт откладывали дважды. \
Набережную откроют [[в середине июня|2022-06]]. [[Весной|2022-SP]] в городе высадили тысячу \
деревьев."""),
    ("ko-hanpa", "2024-01-05", """\
한파는 [[지난달 말|2023-12]]부터 이어지고 있다. 서울의 최저기온은 [[지난달 28일|2023-12-28]] \
영하 15도까지 떨어졌다. [[새해 첫날|2024-01-01]]에도 강추위가 계속됐다. 기상청은 추위가 [[약 \
2주|P2W]] 더 이어질 것으로 내다봤다. 정부는 [[다음 주 화요일 오전 10시|2024-01-09T10:00]] 대책 \
회의를 연다. [[올해 1분기|2024-Q1]] 난방비 지원 예산은 1천억 원이다."""),
    ("ko-chuseok", "2023-09-25", """\
추석 연휴는 [[28일|2023-09-28]]부터 [[다음 달 3일|2023-10-03]]까지 [[엿새|P6D]] 동안 이어진다. \
[[추석|2023-09-29]] 당일에는 고속도로 통행료가 면제된다. [[지난 주말|2023-W38-WE]] 전통시장에는 \
인파가 몰렸다. [[지난해 추석|2022-09-10]]에는 귀성객이 3천만 명을 넘었다. 정부는 [[올해 \
가을|2023-FA]] 물가 안정에 주력할 방침이다."""),
    ("ko-jihacheol", "2022-12-01", """\
지하철 노조는 [[어젯밤|2022-11-30TNI]] 파업 돌입을 선언했다. 노사는 [[지난달 24일|2022-11-24]] \
마지막 교섭을 벌였다. 파업은 [[3주|P3W]] 넘게 이어질 수 있다. 서울시는 [[이달 중순|2022-12]]까지 \
비상 수송 대책을 유지한다. 노조는 [[크리스마스|2022-12-25]] 전에 타결을 원한다고 밝혔다. 요금 \
인상은 [[내년 상반기|2023-H1]]에 결정된다."""),
]


# A second batch, written and annotated after the first was fixed and before the tagger ran on
# it: the same families in other words, the turn of the year from the other side (DCT in the
# first week of January), halves of the year, a weekday's night, the eve of a summit. First run
# (65 gold as first written): de 92.3, es 88.9, fr 83.3, ko 78.3, ru 96.0; 88.0 in all. Mended
# after it, two slips that leave a TIMEX out: "ein Jahr zuvor" (the same quarter a year back,
# seen before the run, but the edit had not been saved) and French "douze heures".
REPORTS_2: list[tuple[str, str, str]] = [
    ("de-silvester", "2023-01-04", """\
Die Feuerwehr musste in der [[Silvesternacht|2022-12-31TNI]] mehr als 1.500 Mal ausrücken. [[Am \
30. Dezember|2022-12-30]] hatte die Polizei vor illegalen Böllern gewarnt. Die Ermittlungen zu den \
Angriffen auf Rettungskräfte werden [[rund drei Wochen|P3W]] dauern. Der Innensenator will [[Mitte \
Januar|2023-01]] einen Bericht vorlegen. [[Im Vorjahr|2022]] war das Feuerwerk wegen der Pandemie \
verboten."""),
    ("de-quartal", "2024-10-02", """\
Der Autobauer hat [[im dritten Quartal|2024-Q3]] zwölf Prozent weniger Fahrzeuge verkauft als [[ein \
Jahr zuvor|2023-Q3]]. Von [[Juli|2024-07]] bis [[September|2024-09]] lieferte er 420.000 Autos aus. Der \
Vorstand hatte die Prognose [[am Dienstagnachmittag|2024-10-01TAF]] gesenkt. In der [[ersten \
Jahreshälfte|2024-H1]] war der Absatz noch gestiegen. Die Betriebsversammlung findet vom \
[[7.|2024-10-07]] bis [[9. Oktober|2024-10-09]] statt. Die vollständigen Zahlen folgen [[am 24. \
Oktober|2024-10-24]]."""),
    ("fr-urgences", "2024-01-03", """\
Les urgences de l'hôpital ont été saturées à [[Noël|2023-12-25]]. [[Le 30 décembre|2023-12-30]], \
un patient a attendu [[douze heures|PT12H]] sur un brancard. [[La semaine précédente|2023-W51]], la \
direction avait déjà déclenché son plan blanc. Le ministre s'est rendu sur place [[lundi \
matin|2024-01-01TMO]]. La situation devrait durer [[environ trois semaines|P3W]]. Des renforts \
arriveront [[début février|2024-02]]."""),
    ("fr-sommet", "2023-06-07", """\
Le sommet européen s'est tenu les [[29|2023-05-29]] et [[30 mai|2023-05-30]] à Bruxelles. [[La \
veille|2023-05-28]], les ministres des Finances avaient trouvé un compromis. Le texte sera \
appliqué [[au second semestre|2023-H2]]. [[L'automne dernier|2022-FA]], les discussions avaient \
échoué. La prochaine réunion aura lieu [[à l'été 2024|2024-SU]]."""),
    ("es-nochevieja", "2025-01-07", """\
Más de un millón de personas celebraron la [[Nochevieja|2024-12-31]] en las calles de la capital. \
[[El 29 de diciembre|2024-12-29]] ya se habían agotado las entradas para la plaza. [[El día de \
Año Nuevo|2025-01-01]] los servicios de limpieza retiraron 40 toneladas de basura. [[El pasado fin \
de semana|2025-W01-WE]] la afluencia de turistas volvió a batir récords. Las luces navideñas \
estuvieron encendidas durante [[unos cuarenta días|P40D]]. El Ayuntamiento presentará el balance \
[[a finales de enero|2025-01]]."""),
    ("es-pib", "2024-07-24", """\
La economía creció un 0,8 % [[en el segundo trimestre|2024-Q2]]. Entre [[abril|2024-04]] y \
[[junio|2024-06]] el consumo de los hogares subió con fuerza. En [[la primera mitad del \
año|2024-H1]] se crearon 500.000 empleos. El Banco Central revisará sus previsiones [[el próximo \
30 de julio|2024-07-30]]. [[A principios de mes|2024-07]] el Gobierno aprobó nuevas ayudas. Los \
Juegos Olímpicos, que se celebrarán del [[26 de julio|2024-07-26]] al [[11 de agosto|2024-08-11]], \
impulsarán el turismo [[este verano|2024-SU]]."""),
    ("ru-novyigod", "2022-01-05", """\
[[31 декабря|2021-12-31]] на главной площади собрались десятки тысяч человек. [[В ночь на \
субботу|2022-01-01TNI]] в городе было спокойно. Школьные каникулы продлятся до [[9 \
января|2022-01-09]]. Ёлка простоит на площади [[около месяца|P1M]]. Подготовка к празднику \
началась [[в конце ноября|2021-11]]. [[В прошлом году|2021]] гуляния отменили из-за пандемии."""),
    ("ru-polugodie", "2023-06-07", """\
[[В первом полугодии|2023-H1]] продажи выросли на 8 %. Форум пройдёт с [[10|2023-06-10]] по \
[[12 июня|2023-06-12]]. Соглашение было подписано [[в прошлый вторник|2023-06-06]]. Переговоры \
шли [[почти три месяца|P3M]]. Новый завод откроется [[в середине июля|2023-07]]. [[Летом|2023-SU]] \
компания наймёт ещё 300 сотрудников."""),
    ("ko-haneul", "2025-01-07", """\
항공기 사고 조사단은 [[지난달 30일|2024-12-30]] 현장 조사를 시작했다. 사고는 [[지난달 \
말|2024-12]] 무안공항에서 발생했다. 조사에는 [[약 한 달|P1M]]이 걸릴 전망이다. 정부는 [[지난 \
3일|2025-01-03]] 전국 공항에 대한 특별 점검에 들어갔다. 중간 결과는 [[다음 달 초|2025-02]] \
나온다. 공항 시설 개선은 [[올해 상반기|2025-H1]]에 마무리된다."""),
    ("ko-pokyeom", "2024-07-24", """\
[[지난 주말|2024-W29-WE]] 전국에 폭염특보가 내려졌다. 기상청은 [[25일|2024-07-25]]부터 \
[[27일|2024-07-27]]까지 기온이 35도를 넘을 것으로 예보했다. 더위는 [[다음 달 중순|2024-08]]까지 \
이어질 전망이다. 전력 수요는 [[3분기|2024-Q3]]에 최고치를 기록할 것으로 보인다. 정부는 \
[[올여름|2024-SU]] 냉방비 지원을 늘리기로 했다."""),
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else Path(__file__).parent / "data"
    write(REPORTS + REPORTS_2, out_dir / "langs3_blind.jsonl", "langs3_blind")
    print(f"{len(REPORTS + REPORTS_2)} reports -> {out_dir / 'langs3_blind'}.jsonl")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
