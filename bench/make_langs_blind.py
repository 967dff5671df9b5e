"""Build ``bench/data/langs_blind.jsonl``: news reports in the five other languages, gold first.

As ``news_blind.jsonl``: written and annotated before the tagger ran on them, to see how the
grammar folders do on news they were not written against. Two short reports a language, on
invented or long-past happenings, in the project's own words; the language is not given (the
scorer detects it, as a user's folder would). Spans leave prepositions out where they stand
apart ("am [[Mittwoch]]") and keep what is glued to the word (Korean particles).

Usage: python bench/make_langs_blind.py [OUT.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

REPORTS: list[tuple[str, str, str]] = [
    ("de-klima", "2019-11-14", """\
Die Bundesregierung hat am [[Mittwoch|2019-11-13]] ihr Klimapaket endgültig beschlossen. Die \
meisten Maßnahmen sollen ab [[Januar 2021|2021-01]] gelten. Bereits im [[September|2019-09]] \
hatte das Kabinett die Eckpunkte vorgelegt. Der Bundestag wird [[nächste Woche|2019-W47]] \
darüber beraten; die Abstimmung ist für den [[28. November|2019-11-28]] geplant. Umweltverbände \
kritisierten den Beschluss am [[Donnerstag|2019-11-14]] als zu schwach. Schon [[vor zwei \
Jahren|2017]] hatten sie einen höheren CO2-Preis gefordert. Im [[vergangenen Jahr|2018]] waren \
die Emissionen erstmals seit [[2014|2014]] gesunken."""),
    ("de-bahn", "2021-08-12", """\
Die Lokführergewerkschaft hat für [[Mittwochabend|2021-08-11TEV]] zu einem Streik im \
Güterverkehr aufgerufen, der Personenverkehr folgte am [[Donnerstag|2021-08-12]] um \
[[2 Uhr|2021-08-12T02:00]]. Der Ausstand soll [[48 Stunden|PT48H]] dauern und [[Freitag|2021-08-13]] \
früh enden. [[Gestern|2021-08-11]] hatte die Bahn noch ein neues Angebot vorgelegt. Die letzte \
Tarifrunde war [[Anfang 2019|2019]] abgeschlossen worden. Fahrgäste sollen ihre Reise bis \
[[Ende August|2021-08]] ohne Aufpreis nachholen können."""),
    ("fr-confinement", "2021-03-15", """\
Le Premier ministre a annoncé [[dimanche|2021-03-14]] de nouvelles restrictions dans seize \
départements à partir de [[jeudi|2021-03-18]] soir, pour [[quatre semaines|P4W]]. Les écoles \
resteront ouvertes. [[L'an dernier|2020]], le premier confinement avait duré [[deux mois|P2M]]. \
Le président s'adressera aux Français [[la semaine prochaine|2021-W12]]. Selon le ministère, \
le nombre de patients en réanimation a dépassé [[hier|2021-03-14]] celui du [[mois de \
novembre|2020-11]]. Les restrictions pourraient être levées [[fin avril|2021-04]], a indiqué \
le porte-parole du gouvernement [[ce matin|2021-03-15TMO]]."""),
    ("fr-incendie", "2019-04-17", """\
Un violent incendie a ravagé la cathédrale [[lundi|2019-04-15]] soir. Le feu s'est déclaré vers \
[[18h50|2019-04-15T18:50]] dans les combles, et la flèche s'est effondrée [[une heure|PT1H]] plus \
tard. Les pompiers ont maîtrisé l'incendie [[mardi matin|2019-04-16TMO]]. Le président a promis \
[[mardi|2019-04-16]] de reconstruire l'édifice d'ici [[cinq ans|P5Y]]. Les travaux de \
restauration avaient commencé en [[2018|2018]]. Une collecte nationale sera lancée [[le 22 \
avril|2019-04-22]]."""),
    ("es-presupuesto", "2022-02-09", """\
El Gobierno aprobó [[ayer|2022-02-08]] el proyecto de ley, que el Congreso debatirá [[el \
próximo jueves|2022-02-10]]. La ministra explicó [[el pasado lunes|2022-02-07]] que las ayudas \
llegarán [[en marzo|2022-03]]. [[Hace tres semanas|2022-W03]], la oposición había rechazado un \
texto similar. La medida se aplicará durante [[dos años|P2Y]] y será revisada [[a principios de \
mayo|2022-05]]. [[Este año|2022]] el déficit bajará por primera vez desde [[2019|2019]], según \
las previsiones publicadas [[el 15 de enero|2022-01-15]]."""),
    ("es-terremoto", "2016-04-18", """\
Un terremoto de magnitud 7,8 sacudió la costa [[el sábado|2016-04-16]] por la noche, a las \
[[18.58|2016-04-16T18:58]] hora local. [[Anteayer|2016-04-16]] los equipos de rescate ya habían \
sacado a decenas de personas de los escombros, y [[hoy|2016-04-18]] continúan las tareas. El \
presidente declaró el estado de emergencia durante [[60 días|P60D]]. Es el sismo más fuerte \
desde [[1979|1979]]. Las clases se suspenderán hasta [[el lunes 25 de abril|2016-04-25]]."""),
    ("ru-vybory", "2020-07-02", """\
Голосование по поправкам завершилось [[в среду|2020-07-01]], сообщила избирательная комиссия. \
Участки были открыты [[семь дней|P7D]], начиная с [[25 июня|2020-06-25]]. [[Вчера|2020-07-01]] \
вечером комиссия объявила предварительные итоги, окончательные данные опубликуют [[на следующей \
неделе|2020-W28]]. Первоначально голосование было назначено на [[22 апреля|2020-04-22]], но его \
перенесли из-за пандемии. [[В прошлом году|2019]] явка на местных выборах была значительно \
ниже. Новые правила вступят в силу [[в 2024 году|2024]]."""),
    ("ru-navodnenie", "2019-07-04", """\
Наводнение в Иркутской области началось [[в конце июня|2019-06]] после сильных дождей. \
[[29 июня|2019-06-29]] в регионе ввели режим чрезвычайной ситуации. [[Сегодня|2019-07-04]] \
уровень воды в реке снизился, однако [[в пятницу|2019-07-05]] ожидаются новые осадки. \
[[Два года назад|2017]] подобного паводка здесь не было. Восстановление домов займёт [[не \
менее трёх месяцев|P3M]], заявил губернатор [[во вторник|2019-07-02]]."""),
    ("ko-jeonggi", "2023-05-10", """\
정부는 [[지난 5일|2023-05-05]] 새 대책을 발표했다. 대책은 [[오는 12일|2023-05-12]]부터 \
시행된다. 국회는 [[어제|2023-05-09]] 관련 법안을 처리했다. [[지난해|2022]]에도 비슷한 \
조치가 있었지만 효과는 크지 않았다. 정부는 [[올해|2023]] 안에 세부 계획을 내놓고 \
[[다음 달|2023-06]]에는 공청회를 열 예정이다. 장관은 [[이날|2023-05-10]] 기자회견에서 \
[[2021년 3월|2021-03]] 이후 처음으로 물가가 안정됐다고 말했다."""),
    ("ko-taepung", "2022-09-06", """\
태풍이 [[6일|2022-09-06]] 새벽 남해안에 상륙했다. 기상청은 [[지난주|2022-W35]]부터 \
태풍의 진로를 경고해 왔다. 태풍은 [[오전 4시 50분|2022-09-06T04:50]]께 거제 부근에 \
상륙한 뒤 [[7시간|PT7H]] 만에 동해로 빠져나갔다. [[어제|2022-09-05]] 밤부터 내린 비로 \
곳곳이 침수됐다. 이 지역에 이만한 태풍이 온 것은 [[2003년|2003]] 이후 처음이다. 복구 \
작업은 [[이번 주|2022-W36]] 내내 이어질 전망이다."""),
    ("es-banco", "2012-11-15", """\
El Banco Central rebajó [[hoy|2012-11-15]] los tipos de interés por tercera vez [[este \
año|2012]], hasta el 4,5 %. La decisión, adoptada [[el pasado martes|2012-11-13]] por el \
consejo, entrará en vigor [[el lunes|2012-11-19]]. La institución prevé que la economía crezca \
un 2 % [[el año que viene|2013]] y que la inflación se modere [[a finales de 2013|2013]]. En \
[[los últimos cinco años|P5Y]] el crédito a las empresas ha caído un 20 %. El gobernador \
comparecerá ante el Congreso [[el 28 de noviembre|2012-11-28]] y presentará su informe \
trimestral [[en enero|2013-01]]. [[En 2008|2008]], en plena crisis, los tipos llegaron al 9 %."""),
    ("es-incendio", "2019-08-20", """\
Los bomberos dieron por controlado [[esta mañana|2019-08-20TMO]] el incendio que se declaró \
[[el sábado|2019-08-17]] en la sierra y que ha quemado unas 6.000 hectáreas. El fuego obligó a \
desalojar a 9.000 personas [[durante el fin de semana|2019-W33-WE]]. [[Ayer por la \
tarde|2019-08-19TAF]] los vecinos empezaron a regresar a sus casas. Es el peor incendio en la \
región desde [[julio de 2012|2012-07]]. Las autoridades calculan que la zona tardará [[al menos \
diez años|P10Y]] en recuperarse. El gobierno regional aprobará ayudas [[la próxima \
semana|2019-W35]]."""),
    ("fr-greve", "2019-12-10", """\
La grève contre la réforme des retraites entre [[aujourd'hui|2019-12-10]] dans son sixième \
jour. Le mouvement a commencé [[jeudi dernier|2019-12-05]] et les syndicats ont appelé à une \
nouvelle journée de mobilisation [[mardi prochain|2019-12-17]]. Le Premier ministre doit \
présenter le projet [[demain|2019-12-11]] à [[midi|2019-12-11T12:00]]. La dernière grande \
grève des transports remonte à [[1995|1995]], lorsqu'elle avait duré [[trois semaines|P3W]]. \
Selon la SNCF, le trafic restera très perturbé [[jusqu'à la fin de la semaine|2019-W50]]. La \
réforme doit entrer en vigueur [[en 2025|2025]]."""),
    ("de-wahl", "2017-09-25", """\
Nach der Bundestagswahl [[am Sonntag|2017-09-24]] beginnt [[heute|2017-09-25]] die Suche nach \
einer neuen Regierung. Die Kanzlerin will [[in den kommenden Wochen|PXW]] mit den \
anderen Parteien sprechen. Erste Gespräche sind für [[Mitte Oktober|2017-10]] geplant. Die \
Wahlbeteiligung lag bei 76 Prozent, höher als [[vor vier Jahren|2013]]. Der neue Bundestag \
tritt [[spätestens am 24. Oktober|2017-10-24]] zusammen. Bis [[Weihnachten|2017-12-25]] soll \
eine Koalition stehen, sagte ein Sprecher [[am Montagmorgen|2017-09-25TMO]]."""),
    ("ru-most", "2018-05-16", """\
Президент открыл движение по мосту через пролив [[во вторник|2018-05-15]]. Строительство \
началось [[в феврале 2016 года|2016-02]] и заняло [[больше двух лет|P2Y]]. Грузовые машины \
пустят по мосту [[осенью|2018-FA]], а железнодорожное сообщение откроется [[в конце 2019 \
года|2019]]. [[Сегодня утром|2018-05-16TMO]] по мосту проехали первые автобусы. [[Накануне|2018-05-15]] \
вечером водители выстроились в очередь. [[В прошлом месяце|2018-04]] мост прошёл последние \
испытания, сообщили в министерстве [[в среду|2018-05-16]]."""),
    ("ru-sud", "2021-02-03", """\
Суд [[во вторник|2021-02-02]] заменил условный срок реальным. Приговор был вынесен [[в декабре \
2014 года|2014-12]]. Защита обжалует решение [[в течение десяти дней|P10D]]. [[Вчера|2021-02-02]] \
у здания суда задержали более тысячи человек. [[2 февраля|2021-02-02]] заседание длилось \
[[около девяти часов|PT9H]]. Следующее заседание назначено [[на 5 февраля|2021-02-05]]."""),
    ("ko-sihum", "2021-11-19", """\
대학수학능력시험이 [[18일|2021-11-18]] 전국 시험장에서 치러졌다. 성적은 [[다음 달 10일|2021-12-10]] \
수험생에게 통보된다. 교육부는 [[지난 9월|2021-09]] 모의평가 결과를 바탕으로 난이도를 조정했다고 \
밝혔다. 수험생은 [[오전 8시 10분|2021-11-18T08:10]]까지 입실해야 했다. [[올해|2021]] 응시자는 \
[[지난해|2020]]보다 1만여 명 늘었다. 정시 모집은 [[내년 1월|2022-01]]에 진행된다."""),
    ("ko-baseball", "2016-10-31", """\
두산이 [[30일|2016-10-30]] 열린 한국시리즈 4차전에서 승리해 [[2년|P2Y]] 연속 우승을 차지했다. \
두산은 [[지난 29일|2016-10-29]] 3차전에서도 이겼다. 경기는 [[오후 6시 30분|2016-10-30T18:30]]에 \
시작해 [[3시간 20분|PT3H20M]] 만에 끝났다. 선수들은 [[다음 주|2016-W45]] 해외 전지훈련에 \
들어간다. 두산이 한국시리즈에서 우승한 것은 [[1995년|1995]] 이후 세 번째다."""),
    ("de-hochwasser", "2021-07-19", """\
Das Hochwasser im Westen Deutschlands hat seit [[Mittwoch|2021-07-14]] mehr als 160 \
Menschenleben gefordert. Der Regen hatte [[in der Nacht zum Donnerstag|2021-07-15TNI]] seinen \
Höhepunkt erreicht. Die Kanzlerin besuchte [[am Sonntag|2021-07-18]] die betroffenen Orte. Das \
Kabinett will [[am Mittwoch|2021-07-21]] über Soforthilfen entscheiden. Der Wiederaufbau werde \
[[Jahre|PXY]] dauern, sagte der Ministerpräsident. Ein vergleichbares Hochwasser hatte es \
zuletzt [[im Sommer 2002|2002-SU]] gegeben. Die Aufräumarbeiten laufen seit [[Freitag|2021-07-16]]."""),
    ("de-boerse", "2020-03-13", """\
Der Dax ist [[am Donnerstag|2020-03-12]] um mehr als zwölf Prozent eingebrochen, so stark wie \
seit [[1989|1989]] nicht mehr. Seit [[Ende Februar|2020-02]] hat der Index fast ein Drittel \
seines Wertes verloren. [[Heute Morgen|2020-03-13TMO]] erholten sich die Kurse leicht. Die \
Europäische Zentralbank hatte [[gestern|2020-03-12]] ein neues Anleihekaufprogramm angekündigt. \
Die Notenbank tagt [[im April|2020-04]] erneut. [[In diesem Jahr|2020]] rechnen Ökonomen mit \
einer Rezession."""),
    ("fr-tour", "2022-07-25", """\
Le Danois a remporté [[dimanche|2022-07-24]] son premier Tour de France, [[trois semaines|P3W]] \
après le départ de Copenhague [[le 1er juillet|2022-07-01]]. Il avait pris le maillot jaune \
[[le 13 juillet|2022-07-13]] dans les Alpes et ne l'a plus quitté. Le vainqueur de [[l'an \
dernier|2021]] a terminé deuxième. La prochaine édition partira de Bilbao [[en juillet 2023|2023-07]]. \
Les coureurs seront reçus [[ce soir|2022-07-25TEV]] à l'Élysée."""),
    ("es-eleccion", "2018-07-02", """\
El candidato de izquierda ganó [[ayer|2018-07-01]] las elecciones presidenciales con más del \
50 % de los votos. Asumirá el cargo [[el 1 de diciembre|2018-12-01]] para un mandato de \
[[seis años|P6Y]]. Era su tercer intento, tras las derrotas de [[2006|2006]] y [[2012|2012]]. \
Los resultados oficiales se conocerán [[el miércoles|2018-07-04]]. Durante [[los próximos \
cinco meses|P5M]] el presidente saliente seguirá en funciones. [[Hoy por la mañana|2018-07-02TMO]] \
los mercados recibieron la noticia con calma."""),
    ("de-prozess", "2018-02-14", """\
Im Prozess um veruntreute Fördergelder hat das Landgericht [[am Dienstag|2018-02-13]] die \
Beweisaufnahme abgeschlossen. Das Urteil soll [[am 2. März|2018-03-02]] verkündet werden. Die \
Anklage wirft den drei Angeklagten vor, zwischen [[2013|2013]] und [[2016|2016]] rund vier \
Millionen Euro abgezweigt zu haben. Der Prozess hatte [[im vergangenen Oktober|2017-10]] begonnen. \
Ein Zeuge hatte [[vor drei Wochen|2018-W04]] seine Aussage überraschend geändert. \
[[Übermorgen|2018-02-16]] halten die Verteidiger ihre Plädoyers. Ihre Mandanten sitzen seit \
[[Mai 2017|2017-05]] in Untersuchungshaft. Ihnen drohen [[bis zu zehn Jahre|P10Y]] Haft."""),
    ("fr-canicule", "2019-06-27", """\
La canicule s'intensifie : Météo-France a placé quatre départements en vigilance rouge [[ce \
jeudi|2019-06-27]]. Le record absolu de chaleur, établi en [[août 2003|2003-08]], pourrait tomber \
[[vendredi|2019-06-28]]. Les températures dépassent 40 degrés [[depuis lundi|2019-06-24]] dans \
le sud du pays. Les épreuves du brevet ont été reportées [[au 1er juillet|2019-07-01]]. Un net \
rafraîchissement est attendu [[dimanche|2019-06-30]]. [[La semaine dernière|2019-W25]], le \
gouvernement avait déjà activé le plan canicule. En [[2003|2003]], la vague de chaleur avait \
causé près de 15 000 morts en [[deux semaines|P2W]]."""),
    ("es-liga", "2021-05-24", """\
El equipo conquistó [[ayer|2021-05-23]] el título de liga tras vencer por 2-1 en la última \
jornada, [[siete años|P7Y]] después de su último campeonato. El entrenador, que llegó al club \
[[en enero de 2020|2020-01]], renovará su contrato [[esta semana|2021-W21]]. Los jugadores \
recorrerán la ciudad en autobús descubierto [[el miércoles|2021-05-26]] a partir de [[las \
19.00|2021-05-26T19:00]]. La pretemporada empezará [[el 12 de julio|2021-07-12]]. [[Hace dos \
años|2019]], el equipo estuvo a punto de descender. El capitán anunció [[esta \
mañana|2021-05-24TMO]] que se retirará [[a final de año|2021]]."""),
    ("ru-kosmos", "2011-04-08", """\
Космический корабль с тремя космонавтами стартовал с Байконура [[в понедельник|2011-04-04]] в \
[[22:18|2011-04-04T22:18]] по московскому времени. [[В среду|2011-04-06]] корабль состыковался с \
МКС. Экипаж проведёт на станции [[около полугода|P6M]] и вернётся на Землю [[в \
сентябре|2011-09]]. [[12 апреля|2011-04-12]] исполняется [[50 лет|P50Y]] со дня первого полёта \
человека в космос. Предыдущий экипаж вернулся [[на прошлой неделе|2011-W13]]. Следующий запуск \
запланирован [[на конец мая|2011-05]]. [[Вчера|2011-04-07]] космонавты провели первый сеанс \
связи с Землёй."""),
    ("ko-gdp", "2019-10-25", """\
한국은행은 [[24일|2019-10-24]] [[올해 3분기|2019-Q3]] 실질 국내총생산(GDP)이 전 분기보다 0.4% \
성장했다고 밝혔다. [[2분기|2019-Q2]] 성장률은 1.0%였다. 한은은 [[다음 달 29일|2019-11-29]] 수정 \
경제전망을 발표한다. 기준금리는 [[지난 16일|2019-10-16]] 연 1.25%로 인하됐다. [[올해|2019]] \
성장률은 [[2009년|2009]] 이후 가장 낮을 것으로 보인다. 정부는 [[내년 상반기|2020-H1]]에 예산의 \
60% 이상을 집행할 계획이다. [[그제|2019-10-23]] 발표된 소비자심리지수도 하락했다."""),
    ("de-pokal", "2018-05-20", """\
Eintracht hat [[am Samstagabend|2018-05-19TEV]] den Pokal gewonnen. Das Finale in Berlin endete \
kurz vor [[22.30 Uhr|2018-05-19T22:30]]. Der letzte Titel lag [[30 Jahre|P30Y]] zurück: \
[[1988|1988]] hatte der Verein zuletzt gewonnen. [[Vor einer Woche|2018-W19]] war die Mannschaft \
noch mit einer Niederlage in die Pause gegangen. Die Spieler werden [[heute \
Nachmittag|2018-05-20TAF]] auf dem Römerberg empfangen. Der Trainer wechselt [[zum 1. \
Juli|2018-07-01]] zu einem anderen Verein. Die neue Saison beginnt [[Ende August|2018-08]]."""),
    ("fr-proces", "2020-12-17", """\
Le tribunal a rendu son verdict [[mercredi|2020-12-16]] après [[trois mois|P3M]] d'audiences. \
[[La veille|2020-12-15]], les accusés avaient pris la parole une dernière fois. Le procès s'était \
ouvert [[le 2 septembre|2020-09-02]]. Les avocats de la défense ont [[dix jours|P10D]] pour faire \
appel. Les faits remontent à [[janvier 2015|2015-01]]. [[Hier soir|2020-12-16TEV]], les familles \
des victimes se sont réunies devant le palais de justice. Un second procès doit s'ouvrir [[au \
printemps prochain|2021-SP]]."""),
    ("es-ipc", "2022-07-13", """\
La inflación se disparó hasta el 10,2 % en [[junio|2022-06]], según el dato publicado [[este \
miércoles|2022-07-13]] por el instituto de estadística. Es la tasa más alta desde [[abril de \
1985|1985-04]]. En [[mayo|2022-05]] los precios habían subido un 8,7 %. [[Hace un año|2021]] la \
tasa era del 2,9 %. El Gobierno aprobará [[el próximo martes|2022-07-19]] un nuevo paquete de \
medidas, que estará vigente [[hasta el 31 de diciembre|2022-12-31]]. El banco central subirá los \
tipos [[la próxima semana|2022-W29]]. Los analistas esperan que la inflación se modere en [[el \
último trimestre del año|2022-Q4]]."""),
    ("ru-zhara", "2021-06-24", """\
Аномальная жара в Москве продержится [[до конца недели|2021-W25]]. [[В среду|2021-06-23]] \
столбик термометра поднялся до 34,8 градуса. Предыдущий рекорд был установлен [[в 1901 \
году|1901]]. Жара держится [[уже две недели|P2W]]. [[В ночь на субботу|2021-06-26TNI]] \
ожидаются грозы, а [[в выходные|2021-W25-WE]] температура опустится до 25 градусов. Такой же \
сильной жара была [[летом 2010 года|2010-SU]]."""),
    ("ko-seongeo", "2020-04-16", """\
국회의원 선거가 [[15일|2020-04-15]] 실시됐다. 투표는 [[오전 6시|2020-04-15T06:00]]부터 \
[[오후 6시|2020-04-15T18:00]]까지 진행됐다. 최종 투표율은 66.2%로 [[1992년|1992]] 이후 가장 \
높았다. [[지난 10일|2020-04-10]]부터 [[이틀간|P2D]] 진행된 사전투표에도 많은 유권자가 참여했다. \
새 국회의 임기는 [[5월 30일|2020-05-30]] 시작된다. 당선자들은 [[다음 주|2020-W17]] 첫 모임을 \
갖는다. [[4년 전|2016]] 선거에서는 다른 당이 승리했다."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(REPORTS, "langs_blind", "langs_blind.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
