"""Build ``bench/data/es_news_blind.jsonl`` and ``langs2_blind.jsonl``: blind rounds, gold first.

As ``make_langs_blind.py``: reports written and annotated in the project's own words before
the tagger first ran on them, on invented happenings, each round after the last was fixed.
``es_news_blind`` is Spanish wire news in the TempEval style (Spain and Latin America:
politics, economy, sports, culture; 72 sentences, then rounds of 51, 41 and 33 sentences,
``ES_REPORTS_2`` to ``ES_REPORTS_4``); ``langs2_blind`` is the same, smaller, for German,
French, Russian and Korean (four rounds), with the cases the earlier rounds had not written: a
German present-tense weekday that is still to come ("Am Freitag trifft der Minister"), Russian
perfective futures, Korean days of the current or previous month ("지난 28일" said on 2 July),
French "mardi dernier", "d'ici la fin de l'année", "il y a trois ans". Spans leave the
prepositions out where they stand apart, as the first round does; a SET says so
(``[[cada mes|P1M|SET]]``).

Usage: python bench/make_langs_blind2.py [OUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write  # noqa: E402

ES_REPORTS: list[tuple[str, str, str]] = [
    ("es-sequia", "2023-03-15", """\
El Gobierno aprobó [[este miércoles|2023-03-15]] un plan de ayudas de 2.000 millones de euros \
para los agricultores afectados por la sequía. Las lluvias de [[los últimos seis meses|P6M]] \
han sido las más escasas desde [[1995|1995]]. La ministra de Agricultura explicó que las \
primeras ayudas llegarán [[a mediados de abril|2023-04]] y que el resto se pagará antes del \
[[verano|2023-SU]]. [[El pasado martes|2023-03-14]], las organizaciones agrarias se \
manifestaron frente al ministerio. [[Hace dos semanas|2023-W09]], los embalses estaban al 45 % \
de su capacidad. Las cooperativas calculan que la cosecha de cereal caerá un 30 % [[este \
año|2023]]. El Consejo de Ministros revisará la situación [[cada mes|P1M|SET]] hasta [[el 31 de \
diciembre|2023-12-31]]."""),
    ("es-cumbre", "2019-05-03", """\
Los cancilleres de siete países sudamericanos se reunieron [[anoche|2019-05-02TNI]] en Lima \
para preparar la cumbre regional. La cita de jefes de Estado se celebrará [[el viernes 14 de \
junio|2019-06-14]] en Quito. La última cumbre, celebrada en [[octubre de 2017|2017-10]], \
terminó sin una declaración conjunta. El canciller peruano afirmó [[este viernes|2019-05-03]] \
que el acuerdo comercial podría firmarse antes de [[fin de año|2019]]. Las negociaciones \
comenzaron en [[los años noventa|199]], pero se interrumpieron entre [[2010|2010]] y \
[[2015|2015]]. [[El próximo año|2020]] el bloque cumplirá [[30 años|P30Y]]. Los ministros \
volverán a reunirse [[la semana que viene|2019-W19]] en Bogotá."""),
    ("es-futbol", "2018-10-22", """\
El equipo ganó [[el domingo|2018-10-21]] por 3-0 y recuperó el liderato que había perdido \
[[a principios de mes|2018-10]]. El delantero argentino marcó dos goles en [[los primeros \
veinte minutos|PT20M]]. Es su mejor racha desde [[marzo de 2014|2014-03]]. El equipo recibirá \
[[el miércoles 24 de octubre|2018-10-24]] al campeón alemán en la Liga de Campeones. [[Hace dos \
semanas|2018-W41]], el entrenador estuvo a punto de ser destituido. El club negociará su \
renovación durante el mes de [[noviembre|2018-11]]. El partido de vuelta se disputará [[el 6 de \
noviembre|2018-11-06]] a [[las 21.00|2018-11-06T21:00]]. El delantero lleva [[tres años|P3Y]] \
en el club."""),
    ("es-museo", "2017-06-08", """\
El museo inaugurará [[el próximo martes|2017-06-13]] una exposición dedicada a los pintores \
flamencos del [[siglo XVII|16]]. La muestra podrá visitarse hasta [[el 24 de \
septiembre|2017-09-24]]. Reúne 80 obras, algunas de las cuales no se exhibían en España desde \
[[1992|1992]]. Los preparativos comenzaron [[hace tres años|2014]], según explicó \
[[ayer|2017-06-07]] el director. El museo recibió [[el año pasado|2016]] casi tres millones de \
visitantes. La entrada será gratuita [[todos los domingos|XXXX-WXX-7|SET]]. En \
[[otoño|2017-FA]] la exposición viajará a Bruselas."""),
    ("es-empleo", "2021-04-06", """\
El paro registrado bajó en 59.000 personas en [[marzo|2021-03]], según los datos publicados \
[[este martes|2021-04-06]] por el Ministerio de Trabajo. Es el mayor descenso desde \
[[2019|2019]]. Durante [[el primer trimestre|2021-Q1]] se crearon 110.000 empleos. [[Hace un \
año|2020]], en pleno confinamiento, el paro subió en más de 300.000 personas. La ministra prevé \
que el empleo se recupere por completo [[a finales de 2022|2022]]. Los expedientes temporales \
se prorrogarán hasta [[el 31 de mayo|2021-05-31]]. El Gobierno presentará su plan de reformas a \
Bruselas [[a finales de abril|2021-04]]. Los datos de afiliación de [[abril|2021-04]] se \
conocerán [[el 5 de mayo|2021-05-05]]."""),
    ("es-huelga", "2015-11-26", """\
Los trabajadores del metro comenzaron [[este jueves|2015-11-26]] una huelga de [[48 \
horas|PT48H]]. Los sindicatos convocaron el paro [[el pasado día 12|2015-11-12]] tras romper las \
negociaciones. La empresa ofreció [[anteayer|2015-11-24]] una subida salarial del 1 % para \
[[2016|2016]]. En [[los últimos tres años|P3Y]] los empleados no han recibido ningún aumento. \
[[Esta mañana|2015-11-26TMO]] los andenes estaban casi vacíos. Si no hay acuerdo, habrá nuevos \
paros en [[diciembre|2015-12]]. La última huelga del metro, en [[junio de 2010|2010-06]], duró \
[[cinco días|P5D]]."""),
    ("es-tenis", "2020-02-03", """\
La tenista española ganó [[el sábado|2020-02-01]] su primer título de Grand Slam en Melbourne. \
La final duró [[dos horas y media|PT2H30M]]. [[Hace un año|2019]] había caído en la primera \
ronda. Volverá a competir [[la próxima semana|2020-W07]] en Doha. Su entrenador, que la dirige \
desde [[2016|2016]], dijo [[el domingo|2020-02-02]] que el objetivo es ganar los Juegos \
Olímpicos [[este verano|2020-SU]]. La jugadora nació [[el 4 de julio de 1997|1997-07-04]] en \
Murcia. El torneo de Doha comienza [[el lunes 10 de febrero|2020-02-10]]."""),
    ("es-primarias", "2023-08-14", """\
El candidato opositor fue el más votado en las primarias celebradas [[ayer|2023-08-13]]. Los \
resultados definitivos se conocerán [[esta semana|2023-W33]]. La primera vuelta de las \
presidenciales será [[el 22 de octubre|2023-10-22]]. El peso se devaluó un 18 % [[esta \
mañana|2023-08-14TMO]]. La inflación acumulada de [[los últimos doce meses|P12M]] supera el \
110 %. El nuevo presidente asumirá [[el 10 de diciembre|2023-12-10]] para un mandato de \
[[cuatro años|P4Y]]. En [[2019|2019]], la participación en las primarias fue del 76 %. El \
ministro de Economía viajará a Washington [[el próximo mes|2023-09]]."""),
    ("es-tren", "2016-09-16", """\
El tren de alta velocidad entre las dos ciudades entrará en servicio [[el lunes 19 de \
septiembre|2016-09-19]]. Las obras comenzaron en [[2009|2009]] y se han retrasado [[casi cuatro \
años|P4Y]]. [[El pasado jueves|2016-09-15]] se realizó el último viaje de pruebas. El viaje \
durará [[una hora y cuarto|PT1H15M]]. Habrá doce trenes [[cada día|P1D|SET]] en cada sentido. \
Los billetes se pondrán a la venta [[mañana|2016-09-17]] a [[las 9.00|2016-09-17T09:00]]. La \
línea llegará hasta la frontera antes de [[2020|2020]]."""),
    ("es-festival", "2014-09-22", """\
El festival de cine abrió [[el viernes|2014-09-19]] su 62.ª edición con una película argentina. \
El jurado anunciará los premios [[el sábado 27 de septiembre|2014-09-27]]. La directora, que \
debutó en [[los años ochenta|198]], presentó [[anoche|2014-09-21TNI]] su nueva película. El \
rodaje se prolongó durante [[tres años|P3Y]] en cuatro países. [[El año pasado|2013]] el \
festival vendió 170.000 entradas. La organización prevé superar esa cifra [[este año|2014]]. La \
película se estrenará en los cines [[a mediados de octubre|2014-10]]."""),
]

# A second Spanish round, written after the first was fixed (51 sentences, same rules of
# annotation): vague references ("actualmente", "recientemente"), a night and a morning told
# with their day, a weekday the day before ("la víspera"), a range across a month's name, the
# end of a century.
ES_REPORTS_2: list[tuple[str, str, str]] = [
    ("es-gripe", "2009-06-12", """\
La Organización Mundial de la Salud elevó [[ayer|2009-06-11]] la alerta por la gripe A a su \
nivel máximo. Es la primera pandemia declarada desde [[1968|1968]]. [[Actualmente|PRESENT_REF]] \
hay casos confirmados en 74 países. El virus se detectó por primera vez en México [[a finales de \
abril|2009-04]]. Las autoridades sanitarias se reunirán [[el próximo lunes|2009-06-15]] para \
revisar el protocolo. La vacuna no estará disponible hasta [[el otoño|2009-FA]]. En [[las últimas \
24 horas|PT24H]] se han registrado 30 nuevos casos en el país."""),
    ("es-euro", "2011-01-03", """\
Estonia se convirtió [[el sábado|2011-01-01]] en el decimoséptimo país de la zona euro. La corona \
estonia circulará junto al euro durante [[dos semanas|P2W]]. El país solicitó su ingreso en \
[[2007|2007]], pero la crisis retrasó la decisión [[más de un año|P1Y]]. [[El 1 de enero de \
2002|2002-01-01]] entraron en circulación los primeros billetes y monedas. Los ministros de \
Economía de la eurozona se reunirán [[el 17 de enero|2011-01-17]] en Bruselas. [[Hace diez \
años|2001]], solo doce países compartían la moneda única."""),
    ("es-nave", "2006-10-16", """\
Un incendio destruyó [[la noche del sábado|2006-10-14TNI]] una nave industrial en las afueras \
de la ciudad. Los bomberos tardaron [[cinco horas|PT5H]] en controlar las llamas. La empresa, \
fundada en [[1987|1987]], ya había sufrido un incendio similar en [[agosto de 2003|2003-08]]. \
[[El domingo por la mañana|2006-10-15TMO]] la policía inició la investigación. Los 120 \
trabajadores cobrarán el paro durante [[los próximos seis meses|P6M]]. El alcalde visitará la \
zona [[mañana|2006-10-17]] a [[mediodía|2006-10-17T12:00]]. [[Recientemente|PAST_REF]], el \
ayuntamiento había aprobado un plan de seguridad para los polígonos."""),
    ("es-turismo", "2013-04-02", """\
El país recibió 3,6 millones de turistas extranjeros en [[febrero|2013-02]], un 2 % más que en el \
mismo mes de [[2012|2012]]. Las llegadas crecen sin interrupción desde [[junio de 2010|2010-06]]. \
El sector prevé cerrar [[2013|2013]] con 60 millones de visitantes, un récord. El ministro \
presentará [[el próximo 15 de abril|2013-04-15]] el nuevo plan de promoción. En [[2012|2012]] el \
gasto medio por turista fue de 960 euros. Los datos de [[marzo|2013-03]] se publicarán [[a \
principios de mayo|2013-05]]. En [[los últimos años|PXY]] el turismo se ha convertido en el \
principal motor de la economía."""),
    ("es-bolsa", "2008-03-18", """\
La Bolsa subió [[este martes|2008-03-18]] un 2,7 % tras las fuertes caídas de [[la \
víspera|2008-03-17]]. [[El lunes|2008-03-17]] el índice había perdido un 3,4 %, su peor sesión \
desde [[el 21 de enero|2008-01-21]]. La Reserva Federal decidirá [[esta tarde|2008-03-18TAF]] si \
rebaja de nuevo los tipos. Desde [[enero|2008-01]], el índice acumula un descenso del 18 %. Los \
mercados permanecerán cerrados [[el jueves|2008-03-20]] y [[el viernes|2008-03-21]] por las \
fiestas. La crisis hipotecaria comenzó en [[el verano de 2007|2007-SU]]."""),
    ("es-clima", "2017-12-12", """\
Más de 50 jefes de Estado participan [[hoy|2017-12-12]] en París en una cumbre sobre el clima. \
El acuerdo de París se firmó en [[diciembre de 2015|2015-12]]. Los países se comprometieron \
entonces a limitar el calentamiento a 2 grados [[a finales de siglo|20]]. Estados Unidos anunció \
en [[junio|2017-06]] que abandonaría el acuerdo. La próxima conferencia de la ONU sobre el clima \
se celebrará en Polonia en [[diciembre de 2018|2018-12]]. Las emisiones mundiales subieron [[este \
año|2017]] por primera vez en [[tres años|P3Y]]. Los ministros de Medio Ambiente de la UE se \
reunieron [[el pasado 30 de noviembre|2017-11-30]] en Bruselas. [[Cada año|P1Y|SET]] mueren \
siete millones de personas por la contaminación."""),
    ("es-reeleccion", "2004-11-03", """\
El presidente estadounidense ganó [[ayer|2004-11-02]] la reelección con 3,5 millones de votos \
más que su rival. El recuento en Ohio terminó [[esta mañana|2004-11-03TMO]]. El candidato \
demócrata reconoció su derrota a [[las 11.00 horas|2004-11-03T11:00]]. El presidente jurará el \
cargo para un segundo mandato [[el 20 de enero|2005-01-20]]. [[Hace cuatro años|2000]], el \
resultado en Florida tardó [[36 días|P36D]] en conocerse. La participación fue la más alta desde \
[[1968|1968]]. [[El próximo año|2005]] el Congreso debatirá la reforma de las pensiones."""),
    ("es-paralimpicos", "2012-09-10", """\
La delegación española regresará [[el miércoles|2012-09-12]] a Madrid tras los Juegos \
Paralímpicos de Londres, que se clausuraron [[anoche|2012-09-09TNI]]. El equipo sumó 42 \
medallas en [[once días|P11D]] de competición. [[Hace cuatro años|2008]], en Pekín, había \
logrado 58. El nadador más laureado ganó su primera medalla paralímpica en [[1996|1996]]. Los \
próximos Juegos se celebrarán en Río de Janeiro del [[7|2016-09-07]] al [[18 de septiembre de \
2016|2016-09-18]]. Los deportistas serán recibidos por el Rey [[a finales de mes|2012-09]]. El \
comité celebrará su asamblea [[el 29 de septiembre|2012-09-29]]."""),
]

# A third Spanish round in the style of the agency wire of the 2000s (6 reports, 41 sentences):
# a year as a verb's object ("cerró 2004"), "desde hace", "anualmente", a midnight clock, a day
# of the year as a set.
ES_REPORTS_3: list[tuple[str, str, str]] = [
    ("es-pesetas", "2001-12-31", """\
Doce países de la Unión Europea pondrán en circulación [[mañana|2002-01-01]] los billetes y \
monedas de euro. Las pesetas podrán utilizarse hasta [[el 28 de febrero|2002-02-28]]. El euro \
nació como moneda virtual [[el 1 de enero de 1999|1999-01-01]]. Durante [[las próximas \
semanas|PXW]] los comercios devolverán el cambio en euros. Los bancos abrirán [[esta \
tarde|2001-12-31TAF]] de forma excepcional. A partir de [[las 00.00 horas|2002-01-01T00:00]] los \
cajeros automáticos dispensarán solo euros. [[Hace tres años|1998]] el Gobierno fijó el cambio \
definitivo en 166,386 pesetas."""),
    ("es-generales", "2004-03-15", """\
El candidato socialista ganó [[ayer|2004-03-14]] las elecciones generales. La participación fue \
del 77 %, ocho puntos más que en [[2000|2000]]. Los atentados del [[jueves|2004-03-11]] causaron \
191 muertos. El nuevo presidente será investido [[a mediados de abril|2004-04]]. El Congreso se \
constituirá [[el 2 de abril|2004-04-02]]. El presidente en funciones comparecerá [[esta \
noche|2004-03-15TNI]] ante los medios. Desde [[2000|2000]] el partido gobernaba con mayoría \
absoluta."""),
    ("es-ipc2004", "2005-01-14", """\
El IPC cerró [[2004|2004]] con una subida del 3,2 %, según informó [[hoy|2005-01-14]] el \
Instituto Nacional de Estadística. En [[diciembre|2004-12]] los precios subieron un 0,2 % \
respecto al mes anterior. La inflación subyacente se mantuvo estable durante [[el segundo \
semestre|2004-H2]]. Los pensionistas cobrarán antes del [[1 de abril|2005-04-01]] la paga \
compensatoria. El dato de [[enero|2005-01]] se conocerá [[el próximo 15 de febrero|2005-02-15]]. \
[[Desde hace dos años|P2Y]] la inflación supera la media europea. Los salarios se revisan \
[[anualmente|P1Y|SET]] según el IPC."""),
    ("es-granpremio", "2000-07-10", """\
El piloto español terminó tercero [[ayer|2000-07-09]] en el Gran Premio de Alemania. Es su \
mejor resultado desde [[mayo|2000-05]]. La próxima carrera se disputará [[dentro de dos \
semanas|2000-W30]] en Hungría. El campeonato terminará [[el 22 de octubre|2000-10-22]] en \
Malasia. Los entrenamientos libres comienzan [[el viernes 28 de julio|2000-07-28]]. La carrera \
duró casi [[hora y media|PT1H30M]]."""),
    ("es-cervantes", "2003-04-23", """\
El escritor recibió [[hoy|2003-04-23]] el Premio Cervantes, coincidiendo con el [[Día del \
Libro|2003-04-23]]. El jurado le concedió el galardón en [[diciembre|2002-12]]. El autor \
publicó su primera novela [[a principios de los años sesenta|196]]. Su próxima obra saldrá a la \
venta en [[otoño|2003-FA]]. La ceremonia duró [[dos horas|PT2H]] y contó con la presencia de \
los Reyes. [[Cada 23 de abril|XXXX-04-23|SET]] se entrega el premio en Alcalá de Henares."""),
    ("es-paro-caracas", "2002-12-03", """\
La huelga general cumple [[hoy|2002-12-03]] [[48 horas|PT48H]]. El paro comenzó [[el \
lunes|2002-12-02]] a [[las 06.00 horas|2002-12-02T06:00]]. El presidente aseguró \
[[anoche|2002-12-02TNI]] que no renunciará. En [[abril|2002-04]] un golpe de Estado lo apartó \
del poder durante [[47 horas|PT47H]]. La oposición exige elecciones anticipadas antes de \
[[febrero|2003-02]]. [[El próximo domingo|2002-12-08]] está prevista una gran marcha en \
Caracas."""),
]

# A fourth Spanish round, Latin American wire (5 reports, 33 sentences): "el día de ayer", "la
# semana entrante", "el mes entrante", "a fines de", "en el 2017", "para el 2022".
ES_REPORTS_4: list[tuple[str, str, str]] = [
    ("es-lluvias", "2021-09-08", """\
Las lluvias provocaron inundaciones en el centro del país [[el día de ayer|2021-09-07]]. El \
servicio meteorológico prevé más tormentas durante [[la semana entrante|2021-W37]]. Las \
autoridades informaron que [[el día de hoy|2021-09-08]] se reabrirán las carreteras. Una \
tormenta similar afectó la región [[hace un par de semanas|2021-W34]]. Las clases presenciales \
se reanudarán a partir [[del próximo lunes|2021-09-13]]. En el [[2017|2017]], un sismo causó \
graves daños en la capital. El gobierno destinará mil millones de pesos a la reconstrucción \
para el [[2022|2022]]."""),
    ("es-inflacion-ar", "2022-04-14", """\
La inflación de [[marzo|2022-03]] fue del 6,7 %, la más alta desde el [[2002|2002]]. El \
ministro anunció [[el martes|2022-04-12]] un bono para jubilados. Los precios acumulan un alza \
del 16 % en [[el primer trimestre|2022-Q1]]. El acuerdo con el FMI se firmó [[a fines de \
marzo|2022-03]]. El próximo dato se publicará [[el jueves 12 de mayo|2022-05-12]]. Los salarios \
se ajustarán [[el mes entrante|2022-05]]. [[Hace un año|2021]], la inflación mensual rondaba el \
4 %."""),
    ("es-paz", "2016-09-27", """\
El Gobierno y la guerrilla firmaron [[ayer|2016-09-26]] en Cartagena el acuerdo de paz. Las \
negociaciones comenzaron en [[noviembre de 2012|2012-11]] en La Habana. El conflicto duró [[más \
de medio siglo|P50Y]]. Los ciudadanos votarán el acuerdo en un plebiscito [[el próximo \
domingo|2016-10-02]]. La guerrilla entregará las armas en un plazo de [[seis meses|P6M]]. El \
presidente viajará [[esta semana|2016-W39]] a Nueva York."""),
    ("es-segunda-vuelta", "2017-11-20", """\
Los chilenos votaron [[ayer|2017-11-19]] en la primera vuelta de las elecciones presidenciales. \
La segunda vuelta se celebrará [[el 17 de diciembre|2017-12-17]]. El expresidente gobernó el \
país entre [[2010|2010]] y [[2014|2014]]. El nuevo mandatario asumirá [[el 11 de marzo de \
2018|2018-03-11]]. La participación fue del 46 %, similar a la de [[hace cuatro años|2013]]. Los \
candidatos debatirán en televisión [[el próximo jueves|2017-11-23]]."""),
    ("es-nobel", "2010-10-08", """\
El escritor peruano ganó [[ayer|2010-10-07]] el Premio Nobel de Literatura. El autor, que vive \
[[desde hace años|PXY]] en Madrid, se enteró de la noticia a [[las 5.30 de la \
mañana|2010-10-07T05:30]]. Su primera novela se publicó en [[1963|1963]]. Recibirá el premio \
[[el 10 de diciembre|2010-12-10]] en Estocolmo. [[El próximo año|2011]] publicará una nueva \
novela. El último latinoamericano en ganar el Nobel de Literatura lo obtuvo [[hace 20 \
años|1990]]."""),
]

WORLD_REPORTS: list[tuple[str, str, str]] = [
    ("de-gaspreis", "2022-11-09", """\
[[Am Freitag|2022-11-11]] trifft der Außenminister seinen französischen Amtskollegen in Paris. \
Die beiden sprechen über die Energiekrise, die seit dem [[Frühjahr|2022-SP]] die Preise treibt. \
[[Am Montag|2022-11-07]] hatte der Minister bereits mit der polnischen Regierung telefoniert. \
Ein Gipfel aller EU-Staaten folgt [[Mitte Dezember|2022-12]] in Brüssel. [[Vor zwei \
Wochen|2022-W43]] scheiterte ein erster Anlauf für einen Gaspreisdeckel. Die Regierung will \
die Entlastungen bis [[Ende März 2024|2024-03]] verlängern. [[Im kommenden Jahr|2023]] sollen \
die Preise nach Einschätzung der Bundesbank wieder sinken."""),
    ("de-spitzenspiel", "2019-03-04", """\
Der Titelverteidiger empfängt [[am Samstag|2019-03-09]] den Tabellenführer. [[Am \
Sonntag|2019-03-03]] verlor die Mannschaft in Bremen mit 0:2. Der Trainer ist seit [[Juli \
2017|2017-07]] im Amt; sein Vertrag läuft bis [[2021|2021]]. Das Hinspiel [[im \
Oktober|2018-10]] hatte der Tabellenführer 3:1 gewonnen. [[Am Mittwoch|2019-03-06]] spielt der \
Verein im Pokal-Viertelfinale. Der Kapitän fällt [[drei Wochen|P3W]] aus. Die Saison endet \
[[am 18. Mai|2019-05-18]]."""),
    ("de-prognose", "2020-10-15", """\
Die Bundesregierung hat ihre Konjunkturprognose [[am Mittwoch|2020-10-14]] angehoben. Die \
Wirtschaft werde [[in diesem Jahr|2020]] um 5,8 Prozent schrumpfen, teilte das Ministerium mit. \
[[Im zweiten Quartal|2020-Q2]] war das Bruttoinlandsprodukt um fast zehn Prozent eingebrochen. \
[[Im nächsten Jahr|2021]] rechnet die Regierung mit einem Wachstum von 4,4 Prozent. Das \
Vorkrisenniveau werde erst [[Anfang 2022|2022]] wieder erreicht. Die Kurzarbeit wird bis \
[[Ende 2021|2021]] verlängert; das Kabinett entscheidet [[nächste Woche|2020-W43]] darüber. \
[[Am Dienstag|2020-10-20]] stellt der Minister den Bericht im Bundestag vor."""),
    ("de-festival", "2016-06-23", """\
Das Festival beginnt [[heute Abend|2016-06-23TEV]] mit einem Konzert auf dem Marktplatz. Es \
dauert [[vier Tage|P4D]] und endet [[am Sonntag|2016-06-26]]. [[Im vergangenen \
Sommer|2015-SU]] kamen mehr als 80.000 Besucher. Wegen eines Unwetters musste das Festival \
[[vor drei Jahren|2013]] abgebrochen werden. Der Vorverkauf hatte [[im Januar|2016-01]] \
begonnen. [[Am Freitag|2016-06-24]] tritt die Band aus Hamburg auf. Das Festival findet seit \
[[1994|1994]] [[jedes Jahr|P1Y|SET]] statt."""),
    ("fr-sncf", "2018-03-21", """\
Le gouvernement a présenté [[mardi dernier|2018-03-20]] son projet de réforme de la SNCF. Les \
syndicats ont annoncé une grève à partir du [[3 avril|2018-04-03]]. Le texte doit être adopté \
d'ici [[la fin de l'année|2018]]. [[Il y a trois ans|2015]], une précédente réforme avait déjà \
réorganisé l'entreprise. La dette du groupe atteint 47 milliards d'euros, contre 30 milliards \
[[il y a dix ans|2008]]. Le Premier ministre recevra les syndicats [[jeudi|2018-03-22]] à \
Matignon. Les concertations dureront jusqu'à [[fin mai|2018-05]]."""),
    ("fr-euro", "2021-06-07", """\
L'équipe de France a battu la Bulgarie [[mardi dernier|2021-06-01]] en match de préparation. Les \
Bleus affronteront l'Allemagne [[le 15 juin|2021-06-15]] à Munich pour leur premier match de \
l'Euro. Le sélectionneur, en poste depuis [[2012|2012]], a annoncé [[dimanche|2021-06-06]] sa \
liste définitive. Le tournoi, reporté [[l'an dernier|2020]] à cause de la pandémie, se tiendra \
pendant [[un mois|P1M]] dans onze villes. La finale aura lieu [[le dimanche 11 \
juillet|2021-07-11]] à Londres. Les joueurs s'entraînent [[cet après-midi|2021-06-07TAF]] à \
Clairefontaine. La France avait remporté le titre en [[2000|2000]]."""),
    ("fr-inflation", "2023-01-19", """\
L'inflation a atteint 5,9 % en [[décembre|2022-12]], selon les chiffres publiés [[ce \
jeudi|2023-01-19]] par l'Insee. En [[2022|2022]], les prix ont augmenté de 5,2 % en moyenne. \
C'est la plus forte hausse depuis [[1985|1985]]. La Banque de France prévoit un ralentissement \
au [[second semestre|2023-H2]]. Le bouclier tarifaire sur l'électricité sera maintenu jusqu'à \
[[la fin de l'année|2023]]. Les prix du gaz avaient doublé en [[six mois|P6M]]. Le prochain \
indice sera publié [[le 28 février|2023-02-28]]."""),
    ("fr-musee", "2017-10-05", """\
Le musée rouvrira ses portes [[samedi|2017-10-07]] après [[deux ans|P2Y]] de travaux. Le \
chantier avait débuté en [[septembre 2015|2015-09]]. La ministre de la Culture visitera les \
nouvelles salles [[vendredi matin|2017-10-06TMO]]. [[Mardi dernier|2017-10-03]], les \
conservateurs ont installé les derniers tableaux. L'entrée sera gratuite [[chaque \
dimanche|XXXX-WXX-7|SET]]. Le musée espère accueillir 400 000 visiteurs d'ici [[la fin de \
l'année prochaine|2018]]. Il avait été fondé au [[XIXe siècle|18]]."""),
    ("ru-vizit", "2019-11-20", """\
Министр иностранных дел [[в пятницу|2019-11-22]] посетит Токио. [[В понедельник|2019-11-18]] он \
провёл переговоры с китайским коллегой. Предыдущий визит министра в Японию состоялся [[в \
декабре 2018 года|2018-12]]. Стороны планируют подписать соглашение [[до конца года|2019]]. \
[[Три года назад|2016]] переговоры были прерваны. [[В следующем месяце|2019-12]] в Москве \
пройдёт заседание межправительственной комиссии. Переговоры продлятся [[два дня|P2D]]."""),
    ("ru-hokkei", "2022-02-16", """\
Сборная по хоккею [[во вторник|2022-02-15]] обыграла команду Дании. [[В пятницу|2022-02-18]] \
команда сыграет в полуфинале. Финал турнира пройдёт [[20 февраля|2022-02-20]]. [[Четыре года \
назад|2018]] хоккеисты выиграли олимпийское золото. Главный тренер возглавляет команду [[с 2021 \
года|2021]]. [[Вчера вечером|2022-02-15TEV]] игроки провели восстановительную тренировку. \
Чемпионат мира начнётся [[в мае|2022-05]]."""),
    ("ru-stavka", "2020-09-10", """\
Центральный банк [[в пятницу|2020-09-11]] проведёт заседание по ключевой ставке. [[В \
июле|2020-07]] регулятор снизил ставку до 4,25 %. Инфляция [[в августе|2020-08]] составила 3,6 % \
в годовом выражении. [[Во втором квартале|2020-Q2]] экономика сократилась на 8 %. Аналитики \
ожидают восстановления роста [[в следующем году|2021]]. [[На прошлой неделе|2020-W36]] рубль \
опустился до минимума с [[апреля|2020-04]]. Бюджет на [[ближайшие три года|P3Y]] правительство \
внесёт в Думу [[до 1 октября|2020-10-01]]."""),
    ("ru-teatr", "2015-05-08", """\
Театр откроет новый сезон [[в сентябре|2015-09]] премьерой оперы. Реконструкция здания длилась \
[[шесть лет|P6Y]] и завершилась [[в 2011 году|2011]]. [[Вчера|2015-05-07]] художественный \
руководитель представил программу. [[В прошлом году|2014]] театр посетили более 500 тысяч \
зрителей. Гастроли труппы в Лондоне начнутся [[12 июля|2015-07-12]]. [[В субботу|2015-05-09]] \
театр даст праздничный концерт. Билеты поступят в продажу [[через две недели|2015-W21]]."""),
    ("ko-budongsan", "2021-03-17", """\
정부는 [[지난 3일|2021-03-03]] 발표한 부동산 대책을 [[오는 25일|2021-03-25]]부터 시행한다. \
국토교통부는 [[16일|2021-03-16]] 이 같은 내용을 밝혔다. [[지난주|2021-W10]] 서울 아파트값은 \
0.1% 올랐다. [[다음 달|2021-04]]에는 공시가격이 확정된다. 정부는 [[2025년|2025]]까지 주택 \
83만 가구를 공급할 계획이다. [[지난해|2020]] 아파트값은 7% 넘게 올랐다. 장관은 \
[[내일|2021-03-18]] 국회에 출석한다."""),
    ("ko-hoedam", "2019-07-02", """\
남북 정상은 [[지난달 30일|2019-06-30]] 판문점에서 만났다. 대통령은 [[지난 28일|2019-06-28]] \
오사카에서 열린 정상회의에 참석했다. 후속 실무협상은 [[이달 중순|2019-07]]께 열릴 예정이다. \
외교부는 [[1일|2019-07-01]] 브리핑에서 협상 일정을 설명했다. 양국 정상이 처음 만난 것은 \
[[2018년 4월|2018-04]]이다. [[다음 주|2019-W28]]에는 특사가 워싱턴을 방문한다. 회담은 \
[[한 시간|PT1H]] 가량 진행됐다."""),
    ("ko-geumri", "2023-11-06", """\
한국은행은 [[오는 30일|2023-11-30]] 기준금리를 결정한다. [[지난달|2023-10]] 소비자물가는 3.8% \
올랐다. 물가 상승률은 [[3개월|P3M]] 연속 3%를 넘었다. 정부는 [[올해 4분기|2023-Q4]] \
성장률이 개선될 것으로 내다봤다. [[지난 2일|2023-11-02]] 발표된 수출 실적도 증가세를 보였다. \
[[내년|2024]] 성장률은 2.2%로 전망됐다. 금융위원회는 [[다음 주 수요일|2023-11-15]] 가계부채 \
대책을 발표한다."""),
    ("ko-olympic", "2018-02-26", """\
동계올림픽이 [[25일|2018-02-25]] 폐막했다. 대회는 [[지난 9일|2018-02-09]] 개막해 \
[[17일간|P17D]] 열렸다. 패럴림픽은 [[다음 달 9일|2018-03-09]] 개막한다. 한국은 [[4년 \
전|2014]] 소치 대회보다 많은 메달을 땄다. 선수단은 [[27일|2018-02-27]] 해단식을 갖는다. \
조직위원회는 [[오는 3월 말|2018-03]]까지 결산 보고서를 낸다. [[어젯밤|2018-02-25TNI]] \
폐막식에는 3만5천 명이 참석했다."""),
]

# A second round for de, fr, ru and ko (12 reports, written after the first was fixed).
WORLD_REPORTS_2: list[tuple[str, str, str]] = [
    ("de-finale", "2014-07-09", """\
Die Nationalmannschaft bestreitet [[am Sonntag|2014-07-13]] das Finale in Rio. [[Am \
Dienstagabend|2014-07-08TEV]] hatte sie den Gastgeber mit 7:1 besiegt. Der letzte WM-Titel liegt \
[[24 Jahre|P24Y]] zurück. Die Spieler reisen [[morgen|2014-07-10]] nach Rio weiter. [[Vor vier \
Jahren|2010]] war die Mannschaft im Halbfinale ausgeschieden. Die Fans feiern [[am \
Montag|2014-07-14]] auf der Fanmeile, falls das Team gewinnt."""),
    ("de-koalition", "2018-01-24", """\
Die Parteimitglieder stimmen bis [[zum 2. März|2018-03-02]] über den Koalitionsvertrag ab. Die \
Sondierungsgespräche hatten [[Anfang Januar|2018-01]] begonnen. [[Am Sonntag|2018-01-21]] \
billigte ein Parteitag in Bonn die Aufnahme von Verhandlungen. Seit [[September|2017-09]] ist \
die alte Regierung nur geschäftsführend im Amt. Die Verhandlungen beginnen [[am \
Freitag|2018-01-26]] in Berlin. Eine neue Regierung könnte vor [[Ostern|2018-04-01]] stehen. \
[[Im Jahr 2013|2013]] hatten die Koalitionsverhandlungen [[fast drei Monate|P3M]] gedauert."""),
    ("de-inflation", "2023-06-02", """\
Die Inflation ist im [[Mai|2023-05]] auf 6,1 Prozent gesunken, teilte das Statistische \
Bundesamt [[am Donnerstag|2023-06-01]] mit. [[Im April|2023-04]] hatte die Rate noch bei 7,2 \
Prozent gelegen. Die Europäische Zentralbank berät [[Mitte Juni|2023-06]] über die Zinsen. \
Ökonomen erwarten, dass die Teuerung bis [[Jahresende|2023]] unter fünf Prozent fällt. [[Vor \
einem Jahr|2022]] hatte die Inflation erstmals seit [[den 1970er Jahren|197]] die Marke von \
sieben Prozent überschritten. Die nächsten Zahlen veröffentlicht das Amt [[am 29. \
Juni|2023-06-29]]. Die Bundesbank legt [[kommende Woche|2023-W23]] ihre Prognose vor."""),
    ("fr-election", "2016-11-10", """\
Le nouveau président américain sera investi [[le 20 janvier|2017-01-20]]. Il a remporté \
l'élection [[mardi|2016-11-08]] contre toute attente. [[Il y a huit ans|2008]], son \
prédécesseur avait été élu avec une large avance. Les marchés financiers ont chuté [[mercredi \
matin|2016-11-09TMO]] avant de se reprendre. Le président français se rendra à Washington au \
[[printemps|2017-SP]]. Les élections de mi-mandat auront lieu [[dans deux ans|2018]]. Le \
Congrès se réunira [[début janvier|2017-01]]."""),
    ("fr-deconfinement", "2020-04-14", """\
Le confinement est prolongé jusqu'au [[11 mai|2020-05-11]], a annoncé le président [[lundi \
soir|2020-04-13TEV]]. Les lycées ne rouvriront pas avant [[septembre|2020-09]]. Les restaurants \
resteront fermés au moins jusqu'à [[l'été|2020-SU]]. Le confinement avait commencé [[le 17 \
mars|2020-03-17]] à [[midi|2020-03-17T12:00]]. Depuis [[un mois|P1M]], les habitants ne \
peuvent sortir qu'avec une attestation. Le gouvernement présentera son plan [[d'ici deux \
semaines|2020-W18]]. Le chef de l'État s'était déjà adressé au pays [[le 16 mars|2020-03-16]]."""),
    ("fr-opera", "2015-09-25", """\
La saison de l'Opéra s'ouvre [[ce soir|2015-09-25TEV]] avec une nouvelle production. Le \
spectacle sera donné jusqu'au [[18 octobre|2015-10-18]]. Le directeur, arrivé [[l'an \
passé|2014]], a annoncé [[jeudi|2015-09-24]] un programme de vingt opéras. Les travaux de \
rénovation de la salle dureront [[dix-huit mois|P18M]] à partir de [[janvier 2016|2016-01]]. \
[[Chaque samedi|XXXX-WXX-6|SET]], des places à dix euros sont proposées aux moins de 28 ans. La \
dernière création mondiale de la maison remonte à [[2011|2011]]."""),
    ("ru-arktika", "2017-03-29", """\
Президент [[в четверг|2017-03-30]] выступит на арктическом форуме в Архангельске. Форум \
продлится [[два дня|P2D]]. [[В прошлом году|2016]] форум не проводился. [[В \
понедельник|2017-03-27]] министр обороны провёл совещание. Следующий форум состоится [[в 2019 \
году|2019]]. [[Через неделю|2017-W14]] правительство утвердит программу развития Арктики. \
Программа рассчитана [[до 2025 года|2025]]."""),
    ("ru-smog", "2010-08-11", """\
Дым от лесных пожаров [[уже неделю|P1W]] окутывает Москву. [[Вчера|2010-08-10]] концентрация \
угарного газа превысила норму в шесть раз. Синоптики обещают, что жара спадёт [[к концу \
недели|2010-W32]]. Такой жары не было [[последние 130 лет|P130Y]]. [[В июле|2010-07]] средняя \
температура в столице превысила норму на восемь градусов. Пожары начались [[в конце \
июля|2010-07]]. [[Завтра утром|2010-08-12TMO]] ветер может смениться на северный."""),
    ("ru-kanikuly", "2019-12-26", """\
Новогодние каникулы продлятся с [[1|2020-01-01]] по [[8 января|2020-01-08]]. [[31 \
декабря|2019-12-31]] объявлен выходным днём. Президент подписал указ [[во вторник|2019-12-24]]. \
[[В следующем году|2020]] россияне будут отдыхать 118 дней. [[В 2019 году|2019]] праздничные \
дни выпадали на выходные. Первый рабочий день нового года — [[9 января|2020-01-09]]."""),
    ("ko-daeseon", "2022-03-10", """\
대통령 선거가 [[9일|2022-03-09]] 치러졌다. 당선인은 [[10일 오전|2022-03-10TMO]] 기자회견을 \
열었다. 새 대통령의 임기는 [[5월 10일|2022-05-10]] 시작된다. 사전투표는 [[지난 4일|2022-03-04]]부터 \
[[이틀간|P2D]] 진행됐다. 투표율은 77.1%로 [[5년 전|2017]]보다 0.1%포인트 낮았다. 인수위원회는 \
[[다음 주|2022-W11]] 출범한다. [[내년 4월|2023-04]]에는 재보궐선거가 예정돼 있다."""),
    ("ko-taepung2", "2020-08-26", """\
태풍이 [[27일 새벽|2020-08-27TMO]] 서해안에 상륙할 것으로 보인다. 기상청은 [[26일|2020-08-26]] \
태풍 경보를 발령했다. 태풍은 [[지난 21일|2020-08-21]] 대만 부근에서 발생했다. 이번 태풍은 \
[[2003년|2003]] 이후 가장 강한 바람을 동반할 전망이다. 학교는 [[이번 주|2020-W35]] 원격수업으로 \
전환했다. 비는 [[주말|2020-W35-WE]]까지 이어질 것으로 예상된다."""),
    ("ko-jijin", "2017-11-16", """\
정부는 [[15일|2017-11-15]] 지진으로 수능을 [[일주일|P1W]] 연기한다고 발표했다. 수능은 \
[[23일|2017-11-23]] 치러진다. 지진은 [[15일 오후 2시 29분|2017-11-15T14:29]]께 발생했다. 이는 \
[[지난해 9월|2016-09]] 경주 지진 이후 두 번째로 큰 규모다. 여진은 [[오늘 새벽|2017-11-16TMO]]까지 \
40여 차례 이어졌다. 피해 복구에는 [[최소 한 달|P1M]]이 걸릴 전망이다."""),
]

# A third round for de, fr, ru and ko (8 reports), written after the second was fixed.
WORLD_REPORTS_3: list[tuple[str, str, str]] = [
    ("de-nobel", "2012-10-11", """\
Der Nobelpreis für Literatur wird [[heute um 13 Uhr|2012-10-11T13:00]] in Stockholm \
bekanntgegeben. [[Am Montag|2012-10-08]] war der Medizinpreis an zwei Forscher gegangen. Die \
Preise werden traditionell [[am 10. Dezember|2012-12-10]], dem Todestag des Stifters, überreicht. \
[[Vor drei Jahren|2009]] hatte eine deutsche Autorin den Preis erhalten. Der Friedensnobelpreis \
folgt [[morgen Vormittag|2012-10-12TMO]]. Die Akademie berät seit [[Monaten|PXM]] über die \
Kandidaten. Das Preisgeld beträgt in [[diesem Jahr|2012]] acht Millionen Kronen."""),
    ("de-piloten", "2016-02-29", """\
Der Streik der Piloten dauert bis [[Mittwoch|2016-03-02]]. Seit [[Freitag|2016-02-26]] fallen \
[[täglich|P1D|SET]] Hunderte Flüge aus. Die Gewerkschaft hatte den Ausstand [[in der vergangenen \
Woche|2016-W08]] angekündigt. Die letzte Tarifeinigung stammt aus dem [[Jahr 2014|2014]]. Die \
Gespräche werden [[Anfang März|2016-03]] fortgesetzt. Am [[Wochenende|2016-W09-WE]] soll der \
Flugverkehr wieder normal laufen."""),
    ("fr-bourget", "2013-06-18", """\
Le Salon du Bourget a ouvert ses portes [[lundi|2013-06-17]]. Il se tiendra jusqu'à \
[[dimanche|2013-06-23]]. Lors de la dernière édition, en [[2011|2011]], 350 000 visiteurs \
étaient venus. Un constructeur a annoncé [[mardi matin|2013-06-18TMO]] une commande de 50 \
appareils. Les livraisons commenceront au [[deuxième semestre 2014|2014-H2]]. Le salon a lieu \
[[tous les deux ans|P2Y|SET]]. L'avionneur a livré 275 avions au [[premier semestre|2013-H1]]."""),
    ("fr-serment", "2009-01-21", """\
Le nouveau président a prêté serment [[hier|2009-01-20]] à [[midi|2009-01-20T12:00]] heure \
locale. Il a signé [[ce matin|2009-01-21TMO]] ses premiers décrets. Il s'est engagé à fermer la \
prison d'ici [[un an|P1Y]]. Le plan de relance sera voté avant la [[mi-février|2009-02]]. Le \
Sénat se réunira [[jeudi|2009-01-22]] pour confirmer les ministres. [[Il y a deux \
mois|2008-11]], il avait remporté l'élection avec 53 % des voix."""),
    ("ru-duma", "2021-09-20", """\
Выборы в Государственную думу проходили [[три дня|P3D]] и завершились [[в \
воскресенье|2021-09-19]]. Предварительные итоги ЦИК объявил [[сегодня утром|2021-09-20TMO]]. \
Окончательные результаты будут утверждены [[в пятницу|2021-09-24]]. [[Пять лет назад|2016]] явка \
составила 47,9 %. Новый состав Думы соберётся на первое заседание [[12 октября|2021-10-12]]. \
Следующие выборы пройдут [[в 2026 году|2026]]."""),
    ("ru-sochi", "2014-02-24", """\
Олимпийские игры завершились [[вчера вечером|2014-02-23TEV]] церемонией закрытия. Соревнования \
продолжались [[17 дней|P17D]]. Паралимпийские игры откроются [[7 марта|2014-03-07]]. Решение о \
проведении Игр было принято [[в июле 2007 года|2007-07]]. [[Через четыре года|2018]] Олимпиада \
пройдёт в Пхёнчхане. Спортсмены вернутся домой [[в среду|2014-02-26]]."""),
    ("ko-mers", "2015-06-10", """\
메르스 확진자가 [[10일|2015-06-10]] 현재 108명으로 늘었다. 첫 환자는 [[지난달 20일|2015-05-20]] \
확진 판정을 받았다. 보건당국은 [[이번 주|2015-W24]]가 확산의 고비가 될 것으로 보고 있다. 휴교한 \
학교는 [[다음 주 월요일|2015-06-15]]부터 수업을 재개한다. 정부는 [[2주|P2W]] 동안 격리 조치를 \
유지하기로 했다. [[2003년|2003]] 사스 때는 국내 사망자가 없었다."""),
    ("ko-seol", "2019-01-31", """\
설 연휴는 [[다음 달 4일|2019-02-04]]부터 [[6일|2019-02-06]]까지 이어진다. 정부는 \
[[30일|2019-01-30]] 설 연휴 교통 대책을 발표했다. 귀성 차량은 [[2일 오후|2019-02-02TAF]]부터 \
크게 늘어날 전망이다. [[지난해|2018]] 설에는 하루 평균 490만 대가 고속도로를 이용했다. 철도 \
승차권 예매는 [[지난 9일|2019-01-09]] 시작됐다. 올해 설 연휴는 [[닷새|P5D]]다."""),
]

# A fourth round for de, fr and ru (6 reports), written after the third was fixed.
WORLD_REPORTS_4: list[tuple[str, str, str]] = [
    ("de-klimastreik", "2019-09-20", """\
Hunderttausende Menschen demonstrieren [[heute|2019-09-20]] in ganz Deutschland für mehr \
Klimaschutz. Das Klimakabinett hatte [[in der Nacht zum Freitag|2019-09-20TNI]] bis in die \
Morgenstunden verhandelt. Die Ergebnisse will die Kanzlerin [[am Nachmittag|2019-09-20TAF]] \
vorstellen. Der nächste globale Streiktag ist für den [[29. November|2019-11-29]] geplant. Die \
Bewegung war [[im August 2018|2018-08]] in Schweden entstanden. Seit [[Dezember|2018-12]] gehen \
auch hier Schüler [[jeden Freitag|XXXX-WXX-5|SET]] auf die Straße. Die Maßnahmen sollen ab \
[[2021|2021]] greifen."""),
    ("de-moratorium", "2011-03-14", """\
Die Bundesregierung setzt die Laufzeitverlängerung der Atomkraftwerke für [[drei \
Monate|P3M]] aus. Das kündigte die Kanzlerin [[am Montagnachmittag|2011-03-14TAF]] in Berlin \
an. Das Erdbeben in Japan hatte [[am Freitag|2011-03-11]] eine Reaktorkatastrophe ausgelöst. \
Die Verlängerung war erst [[im Herbst|2010-FA]] beschlossen worden. Die Ministerpräsidenten \
treffen sich [[am Dienstag|2011-03-15]] im Kanzleramt. Am [[27. März|2011-03-27]] wird in \
einem Bundesland gewählt."""),
    ("fr-reelection", "2022-04-25", """\
Le président sortant a été réélu [[dimanche soir|2022-04-24TEV]] avec 58,5 % des voix. Il \
entamera son second mandat [[le 13 mai|2022-05-13]]. Les élections législatives auront lieu les \
[[12|2022-06-12]] et [[19 juin|2022-06-19]]. En [[2017|2017]], il avait battu la même \
adversaire avec 66 % des voix. Le nouveau gouvernement devrait être nommé dans [[les prochaines \
semaines|PXW]]. Le Premier ministre a présenté sa démission [[ce matin|2022-04-25TMO]]."""),
    ("fr-mondial", "2018-07-16", """\
Les Bleus ont remporté la Coupe du monde [[hier|2018-07-15]] à Moscou. C'est leur deuxième \
titre après celui de [[1998|1998]]. Les joueurs défileront sur les Champs-Élysées [[cet \
après-midi|2018-07-16TAF]]. Ils seront reçus à l'Élysée [[dans la soirée|2018-07-16TEV]]. La \
prochaine Coupe du monde se jouera au Qatar en [[novembre 2022|2022-11]]. Le sélectionneur est \
en poste depuis [[six ans|P6Y]]."""),
    ("ru-vybory2018", "2018-03-19", """\
Президентские выборы прошли [[в воскресенье|2018-03-18]]. Инаугурация состоится [[7 \
мая|2018-05-07]]. [[Шесть лет назад|2012]] явка была ниже. ЦИК подведёт окончательные итоги \
[[в течение недели|P1W]]. [[В 2024 году|2024]] пройдут следующие выборы. Наблюдатели \
представят доклад [[завтра|2018-03-20]]."""),
    ("ru-prazdniki", "2023-01-10", """\
Новогодние праздники закончились [[в воскресенье|2023-01-08]]. [[В понедельник|2023-01-09]] \
россияне вышли на работу. Цены на бензин вырастут с [[1 февраля|2023-02-01]]. [[В \
декабре|2022-12]] инфляция замедлилась до 11,9 %. Центробанк проведёт первое в этом году \
заседание [[10 февраля|2023-02-10]]. Зимние каникулы у школьников продлятся до [[15 \
января|2023-01-15]]."""),
]

# A fourth round for Korean (3 reports). "다음 주 토요일" said on Monday 14 November was first
# written 19 November, a slip of the table (next week's Saturday is the 26th).
WORLD_REPORTS_5: list[tuple[str, str, str]] = [
    ("ko-geori", "2020-12-09", """\
정부는 [[8일|2020-12-08]] 거리두기를 2.5단계로 격상했다. 새 조치는 [[28일|2020-12-28]]까지 \
[[3주간|P3W]] 유지된다. 신규 확진자는 [[지난 5일|2020-12-05]] 600명을 넘었다. 백신 접종은 [[내년 \
2월|2021-02]]부터 시작될 예정이다. [[올해 3월|2020-03]]에도 비슷한 조치가 시행됐다. 방역 당국은 \
[[이번 주말|2020-W50-WE]]이 고비가 될 것으로 내다봤다."""),
    ("ko-jiphoe", "2016-11-14", """\
서울 도심에서 [[12일|2016-11-12]] 대규모 집회가 열렸다. 집회는 [[오후 4시|2016-11-12T16:00]]께 \
시작됐다. 주최 측은 [[다음 주 토요일|2016-11-26]]에도 집회를 열 계획이다. 이 같은 규모의 집회는 \
[[1987년 6월|1987-06]] 이후 처음이다. 국회는 [[이번 주|2016-W46]] 특검법을 처리한다. 대통령은 \
[[지난 4일|2016-11-04]] 두 번째 대국민 사과를 했다."""),
    ("ko-jangma", "2013-07-29", """\
장마가 [[49일|P49D]] 동안 이어지며 역대 최장 기록을 세웠다. 기상청은 장마가 [[다음 달 \
초|2013-08]]까지 계속될 것으로 전망했다. [[지난 주말|2013-W30-WE]] 중부지방에는 200mm가 넘는 비가 \
내렸다. 이전 최장 기록은 [[1974년|1974]]의 46일이었다. 폭염은 [[8월 중순|2013-08]]까지 이어질 \
전망이다. 정부는 [[31일|2013-07-31]] 피해 복구 대책을 발표할 예정이다."""),
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else Path(__file__).parent / "data"
    for reports, corpus in ((ES_REPORTS + ES_REPORTS_2 + ES_REPORTS_3 + ES_REPORTS_4, "es_news_blind"),
                            (WORLD_REPORTS + WORLD_REPORTS_2 + WORLD_REPORTS_3
                             + WORLD_REPORTS_4 + WORLD_REPORTS_5, "langs2_blind")):
        write(reports, out_dir / f"{corpus}.jsonl", corpus)
        print(f"{len(reports)} reports -> {out_dir / corpus}.jsonl")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
