"""Build ``bench/data/narrative_dev.jsonl``: 20 history passages written for this project.

Each passage is written with its gold TIMEX3 inline, ``[[text|value]]`` or ``[[text|value|TYPE]]``;
this script strips the marks and computes the offsets, so they cannot be off by one. The type
defaults from the value (``P...`` a DURATION, a ``T`` time a TIME, else a DATE). The ``dct`` is a
modern edit date: in history it must not influence any value.

Usage: python bench/make_narrative_dev.py [OUT.jsonl]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

_MARK = re.compile(r"\[\[([^|\]]+)\|([^|\]]+)(?:\|([A-Z]+))?\]\]")

PASSAGES: list[tuple[str, str, str]] = [
    ("somme", "2024-05-02", """\
The Battle of the Somme was a battle of the First World War fought by the armies of the British \
Empire and the French Third Republic against the German Empire. It took place between \
[[1 July|1916-07-01]] and [[18 November 1916|1916-11-18]] on both sides of the upper reaches of \
the River Somme in France. Planning began at the Chantilly Conference in \
[[December 1915|1915-12]], when the Allies agreed on a combined offensive for \
[[the summer of 1916|1916-SU]]. The German attack at Verdun in [[February 1916|1916-02]] forced \
the French to divert troops, and the British took the larger share of the planned attack.

A preliminary bombardment began on [[24 June|1916-06-24]] and lasted [[seven days|P7D]]. The \
infantry attacked on [[1 July|1916-07-01]]; on [[the first day|1916-07-01]] the British Fourth Army suffered 57,470 \
casualties, the worst losses in the history of the British Army. [[The next day|1916-07-02]] the \
French advanced south of the river with far lighter losses. On [[14 July|1916-07-14]] a night \
attack captured much of the German second position, and [[two months later|1916-09]] tanks were \
used for the first time, at Flers-Courcelette on [[15 September|1916-09-15]]. Heavy rain in \
[[October|1916-10]] turned the battlefield into a sea of mud. The final operation, on the Ancre, \
ended on [[18 November|1916-11-18]]. By [[the end of the year|1916]] more than a million men had \
been killed or wounded on both sides. [[The following year|1917]] the Germans withdrew to the \
Hindenburg Line, giving up the ground they had defended so stubbornly."""),
    ("france1848", "2023-11-20", """\
The French Revolution of [[1848|1848]], also called the February Revolution, ended the July \
Monarchy of King Louis Philippe. During [[1847|1847]] a failed harvest and a financial crisis had \
deepened discontent, and opponents of the government held political banquets across the \
country. When the ministry of Francois Guizot banned a banquet planned for \
[[22 February 1848|1848-02-22]], students and workers marched through Paris \
[[that morning|1848-02-22TMO]]. [[The following day|1848-02-23]] the National Guard sided with \
the crowds and Guizot resigned. [[That evening|1848-02-23TEV]] soldiers fired on a crowd on the \
Boulevard des Capucines, killing some fifty people.

On [[24 February|1848-02-24]] Louis Philippe abdicated and fled to England, and a provisional \
government proclaimed the Second Republic. It set up National Workshops to give work to the \
unemployed, and in [[April|1848-04]] elections by universal male suffrage returned a moderate \
assembly. When the assembly closed the workshops [[two months later|1848-06]], Paris rose again. \
The June Days uprising lasted from [[23 June|1848-06-23]] to [[26 June|1848-06-26]] and was \
crushed by General Cavaignac; thousands died in [[four days|P4D]] of street fighting. A new \
constitution was adopted in [[November|1848-11]], and on [[10 December|1848-12-10]] \
Louis-Napoleon Bonaparte was elected president with three quarters of the vote. \
[[Three years later|1851]] he seized power in a coup, and [[the following year|1852]] he \
proclaimed himself Emperor Napoleon III."""),
    ("caesar", "2024-01-10", """\
Caesar's civil war was one of the last conflicts of the Roman Republic, fought between Julius \
Caesar and the faction led by Pompey. It began in [[49 BC|BC0049]], when Caesar crossed the \
Rubicon with a single legion rather than give up his command. Pompey and most of the Senate fled \
Rome for Greece, and Caesar secured Italy in [[about two months|P2M]] before defeating Pompey's \
legions in Spain.

[[The following year|BC0048]] he crossed the Adriatic. After a setback at Dyrrhachium he won a \
decisive victory at Pharsalus in Thessaly. Pompey fled to Egypt, where he was murdered on the \
orders of the young king Ptolemy XIII. Caesar stayed in Alexandria for \
[[several months|PXM]], supporting Cleopatra in the Egyptian civil war. In [[47 BC|BC0047]] he \
defeated Pharnaces II of Pontus at Zela so quickly that he reported that he came, saw and \
conquered. The last armies of the republicans were beaten at Thapsus in Africa in \
[[46 BC|BC0046]] and at Munda in Spain [[a year later|BC0045]]. Caesar was named dictator for \
[[ten years|P10Y]] and afterwards for life, which alarmed many senators. He was assassinated in \
the theatre of Pompey in [[44 BC|BC0044]], and the republic did not survive the wars that \
followed his death."""),
    ("zhenghe", "2022-08-03", """\
The Ming treasure voyages were seven maritime expeditions led by the admiral Zheng He between \
[[1405|1405]] and [[1433|1433]]. The Yongle Emperor, who had seized the throne in [[1402|1402]], \
ordered the fleet built [[the following year|1403]] at the Longjiang shipyard near Nanjing. The \
first voyage left Suzhou in [[the autumn of 1405|1405-FA]] with some 27,000 men and reached \
Calicut on the Malabar Coast. On the way home in [[1407|1407]] the fleet defeated the pirate Chen \
Zuyi at Palembang.

The second and third voyages followed in quick succession; on the third, in [[1411|1411]], Zheng \
He fought a war against the king of Kotte in Ceylon and brought him captive to Nanjing. The \
fourth voyage, which set out in [[the winter of 1413|1413-WI]], went beyond India to Hormuz in \
the Persian Gulf, and detachments reached the coast of East Africa \
[[two years later|1415]]. The Yongle Emperor died in [[August 1424|1424-08]], and his son the \
Hongxi Emperor halted the voyages within [[a month|P1M]]. His grandson the Xuande Emperor \
revived them for a final expedition, which sailed in [[January 1431|1431-01]]. Zheng He is \
thought to have died on the return journey in [[1433|1433]], and the great ships were left to \
rot. Historians in [[the 20th century|19]] compared the voyages with those of the Portuguese \
Vasco da Gama, who reached Calicut in [[1498|1498]] with four small ships."""),
    ("lisbon", "2021-11-01", """\
The Lisbon earthquake struck the Kingdom of Portugal on [[Saturday, 1 November 1755|1755-11-01]], \
the feast of All Saints. The shaking lasted [[several minutes|PTXM]] and opened fissures five \
metres wide in the centre of the capital. Soon afterwards a tsunami swept up the Tagus estuary, \
and fires that broke out in houses and churches burned for [[five days|P5D]]. Between 30,000 \
and 50,000 people died in the city alone.

The king, Joseph I, survived because he had left the city after attending Mass \
[[that morning|1755-11-01TMO]]. His chief minister, the future Marquis of Pombal, took charge \
of the rescue. Troops were posted around the city to stop looting, and the dead were buried at \
sea. Aftershocks continued into [[December|1755-12]], and a strong one on \
[[the 21st|1755-12-21]] caused new panic. Within [[a year|P1Y]] the ruins had been cleared, and \
the rebuilding of the Baixa district to a grid plan with earthquake-resistant timber frames \
began in [[1758|1758]].

The disaster shook the optimism of the Enlightenment. Voltaire published his Poem on the Lisbon \
Disaster in [[March 1756|1756-03]], and Immanuel Kant wrote several essays on earthquakes \
[[that year|1756]]. Pombal sent a questionnaire to every parish in the country, asking when the \
shaking began and how long it lasted; the answers make it the first earthquake to be studied \
scientifically. [[Today|PRESENT_REF]] the ruins of the Carmo Convent, left without a roof since \
[[1755|1755]], house an archaeological museum."""),
    ("lewisclark", "2024-07-19", """\
The Lewis and Clark Expedition, from [[May 1804|1804-05]] to [[September 1806|1806-09]], was the \
first American expedition to cross the western part of the continent. President Thomas \
Jefferson commissioned it shortly after the Louisiana Purchase of [[1803|1803]]. The Corps of \
Discovery, some thirty men under Meriwether Lewis and William Clark, left Camp Dubois near \
St. Louis on [[May 14|1804-05-14]] and travelled up the Missouri River. \
[[That summer|1804-SU]] Sergeant Charles Floyd died, probably of appendicitis; he was the only \
member to die during the expedition.

The party built Fort Mandan in what is [[now|PRESENT_REF]] North Dakota and spent the winter there. They hired \
the French-Canadian trader Toussaint Charbonneau and his Shoshone wife Sacagawea, who gave birth \
to a son in [[February 1805|1805-02]]. The expedition set out again on \
[[April 7, 1805|1805-04-07]]. It reached the Great Falls of the Missouri in [[June|1805-06]], \
and the portage around them took almost [[a month|P1M]]. In [[August|1805-08]] the explorers met \
a band of Shoshone led by Sacagawea's brother, who sold them horses to cross the Bitterroot \
Mountains. They came within sight of the Pacific in [[November|1805-11]] and built Fort Clatsop \
near the mouth of the Columbia, where they stayed until [[March 23, 1806|1806-03-23]].

On the return journey the captains split up to explore more country. They met again on the \
Missouri on [[August 12|1806-08-12]] and arrived in St. Louis on \
[[September 23|1806-09-23]], having been away for more than [[two years|P2Y]]."""),
    ("chicagofire", "2021-10-08", """\
The Great Chicago Fire burned in the American city of Chicago from [[October 8|1871-10-08]] to \
[[October 10, 1871|1871-10-10]]. It killed about 300 people and left more than 100,000 residents \
homeless. [[The summer|1871-SU]] had been unusually dry, with barely an inch of rain between \
[[July|1871-07]] and [[October|1871-10]], and most of the city was built of wood. A large fire \
on the West Side had burned four blocks on [[October 7|1871-10-07]], exhausting the firemen.

The fire started on [[Sunday|1871-10-08]], at about [[9 p.m.|1871-10-08T21:00]], in or near a \
small barn belonging to the O'Leary family on DeKoven Street. A strong wind from the southwest \
carried it across the South Branch of the Chicago River. By \
[[the morning of October 9|1871-10-09TMO]] the flames had jumped the main river and were \
burning through the North Side, where the waterworks were destroyed. Rain began to fall late on \
[[Monday evening|1871-10-09TEV]], and the last embers died out early on \
[[October 10|1871-10-10]].

The city began to rebuild at once. Relief came from across the country, and within \
[[a week|P1W]] the Chicago Relief and Aid Society was feeding tens of thousands of people. On \
[[the 11th|1871-10-11]] the Chicago Tribune printed its first edition after the fire under the \
headline "Cheer Up". The rebuilding drew architects such as William Le Baron Jenney, whose Home \
Insurance Building of [[1885|1885]] is often called the first skyscraper. The fire department's \
training academy stands on the site of the O'Leary barn [[today|PRESENT_REF]]."""),
    ("hundreddays", "2024-02-29", """\
The Hundred Days marked the period between Napoleon's return from exile on Elba to Paris on \
[[20 March 1815|1815-03-20]] and the second restoration of King Louis XVIII on \
[[8 July 1815|1815-07-08]]. Napoleon had landed near Cannes on [[1 March|1815-03-01]] with about \
a thousand men. Troops sent to stop him went over to his side, and the king fled to Ghent on \
[[the night of 19 March|1815-03-19TNI]].

The Congress of Vienna declared Napoleon an outlaw on [[13 March|1815-03-13]], and the Seventh \
Coalition began to mobilise. Napoleon decided to strike first at the British and Prussian armies \
in Belgium before the Austrians and Russians could arrive. He crossed the frontier at Charleroi \
on [[15 June|1815-06-15]]. [[The next day|1815-06-16]] he defeated the Prussians at Ligny, while \
Marshal Ney fought the British to a standstill at Quatre Bras. On [[the 17th|1815-06-17]] \
Wellington withdrew in heavy rain to a ridge south of the village of Waterloo. The battle began \
on [[18 June|1815-06-18]] shortly before [[noon|1815-06-18T12:00]] and ended in [[the evening|1815-06-18TEV]] with \
the arrival of Blucher's Prussians and the collapse of the Imperial Guard. Napoleon abdicated \
for the second time [[four days later|1815-06-22]] and surrendered to the British on \
[[15 July|1815-07-15]]. He spent [[the last six years|P6Y]] of his life on Saint Helena, where \
he died in [[May 1821|1821-05]]."""),
    ("endurance", "2022-03-09", """\
The Imperial Trans-Antarctic Expedition of [[1914|1914]]-[[17|1917]], led by Sir Ernest \
Shackleton, set out to make the first land crossing of Antarctica. Its ship, Endurance, sailed \
from Plymouth on [[8 August 1914|1914-08-08]], just after the outbreak of the First World War, \
and left the whaling station of Grytviken on South Georgia on [[5 December|1914-12-05]]. In \
[[January 1915|1915-01]] she became trapped in the pack ice of the Weddell Sea. She drifted with \
the ice for [[ten months|P10M]] until the pressure crushed her hull; the crew abandoned ship on \
[[27 October|1915-10-27]], and she sank on [[21 November 1915|1915-11-21]].

The men camped on the ice until [[April 1916|1916-04]], when the floe broke up and they took to \
the lifeboats. After [[five days|P5D]] at sea they reached Elephant Island, the first land they \
had stood on for [[497 days|P497D]]. On [[24 April|1916-04-24]] Shackleton and five companions \
set out in the lifeboat James Caird to fetch help from South Georgia, 1,300 kilometres away. \
They landed on the island's uninhabited south coast on [[10 May|1916-05-10]] and crossed the \
mountains on foot, reaching the whaling station at Stromness [[ten days later|1916-05-20]]. \
Three attempts to reach Elephant Island were defeated by the ice. The fourth, in the Chilean tug \
Yelcho, succeeded on [[30 August 1916|1916-08-30]], and all twenty-two men left on the island \
were rescued. The expedition's Ross Sea party, on the other side of the continent, was not \
relieved until [[January 1917|1917-01]]; three of its members had died. The wreck of Endurance \
was located at a depth of 3,008 metres in [[March 2022|2022-03]]."""),
    ("dday80", "2024-06-06", """\
Veterans return to Normandy for D-Day anniversary

BAYEUX, France - Dozens of Second World War veterans, most of them [[now|PRESENT_REF]] in their \
late nineties, gathered on the beaches of Normandy on [[Thursday|2024-06-06]] to mark the 80th \
anniversary of the D-Day landings. King Charles III and President Emmanuel Macron attended a \
ceremony at Ver-sur-Mer [[this morning|2024-06-06TMO]], and an international ceremony at Omaha \
Beach was held later. [[Yesterday|2024-06-05]], parachutists jumped over Sainte-Mere-Eglise in a \
re-enactment of the first airborne drops.

The invasion, codenamed Operation Overlord, had been planned since [[1943|1943]]. The landings \
were first set for [[5 June 1944|1944-06-05]], but bad weather forced General Eisenhower to delay \
them by [[a day|P1D]]. In the early hours of [[6 June|1944-06-06]] airborne troops landed \
behind the beaches, and at [[6:30 a.m.|1944-06-06T06:30]] the first American infantry went \
ashore at Utah and Omaha. Caen, which planners had hoped to take on \
[[the first day|1944-06-06]], held out until [[July|1944-07]]. Paris was liberated on \
[[25 August|1944-08-25]].

Organisers said [[this year|2024]]'s commemorations would probably be the last to include many \
veterans. [[Last year|2023]] only about 40 attended, they said. The events continue until \
[[Sunday|2024-06-09]]."""),
    ("constantinople", "2023-05-29", """\
The Fall of Constantinople was the capture of the capital of the Byzantine Empire by the Ottoman \
Empire on [[29 May 1453|1453-05-29]]. Sultan Mehmed II, who had come to the throne in \
[[1451|1451]], built the fortress of Rumelihisari on the Bosporus during \
[[the summer of 1452|1452-SU]] to cut the city off from the Black Sea. The Ottoman army arrived \
before the walls in [[early April 1453|1453-04]], and the siege began on [[6 April|1453-04-06]] \
with a bombardment by huge cannon cast by the Hungarian engineer Orban. On \
[[20 April|1453-04-20]] four Christian ships fought their way through the Ottoman fleet into the \
Golden Horn. [[Two days later|1453-04-22]] Mehmed had some seventy ships dragged overland on \
greased logs into the Golden Horn, outflanking the chain that closed its mouth.

Assaults on [[7 May|1453-05-07]] and [[12 May|1453-05-12]] were beaten back, and the defenders \
destroyed Ottoman mines throughout the month. A lunar eclipse on [[the 22nd|1453-05-22]] was \
taken as an ill omen. The final assault began before dawn on [[29 May|1453-05-29]]; \
[[the day before|1453-05-28]] the defenders had held a last service in the Hagia Sophia. The Genoese \
commander Giovanni Giustiniani was badly wounded, and [[that morning|1453-05-29TMO]] the \
Janissaries broke through the land walls. Emperor Constantine XI died in the fighting. Mehmed \
entered the city [[that afternoon|1453-05-29TAF]] and rode to the Hagia Sophia, which he turned \
into a mosque. Constantinople became the Ottoman capital, and Greek scholars who fled to Italy \
helped to shape the learning of [[the late fifteenth century|14]]."""),
    ("sf1906", "2023-09-12", """\
SAN FRANCISCO - A museum devoted to the [[1906|1906]] earthquake opened on \
[[Monday|2023-09-11]] in a restored firehouse in the Mission District. The city bought the \
building [[last year|2022]] and spent $4 million restoring it, officials said. The museum will be \
open [[daily|P1D|SET]] except on public holidays.

The earthquake struck on [[April 18, 1906|1906-04-18]], at [[5:12 a.m.|1906-04-18T05:12]], and \
the strongest shaking lasted less than [[a minute|PT1M]]. Broken gas mains started fires that \
burned for [[three days|P3D]]. [[That afternoon|1906-04-18TAF]] soldiers from the Presidio \
began dynamiting buildings to make firebreaks. The fires were finally brought under control on \
[[April 21|1906-04-21]]. More than 3,000 people died, and about 80 percent of the city was \
destroyed. The city hosted the Panama-Pacific International Exposition \
[[nine years later|1915]] to show the world that it had recovered.

Curators have collected photographs and letters for [[the past five years|P5Y]]. The museum's \
director, Ana Ruiz, said [[Tuesday|2023-09-12]] that she hopes to open a second gallery \
[[next spring|2024-SP]]."""),
    ("donner", "2020-04-02", """\
The Donner Party was a group of American pioneers who set out for California in a wagon train \
in [[May 1846|1846-05]]. [[The previous year|1845]] the promoter Lansford Hastings had published \
a guide describing a shorter route across the Great Basin. At Fort Bridger in [[July|1846-07]] \
the party chose this untested route. Cutting a road through the Wasatch Mountains took almost \
[[three weeks|P3W]], and the wagons did not reach the Great Salt Lake until \
[[late August|1846-08]]. On [[5 October|1846-10-05]] James Reed killed a teamster in a fight and \
was banished from the company.

The first families reached Truckee Lake in the Sierra Nevada on [[31 October|1846-10-31]]; \
[[two days|1846-11-02]] after their arrival, heavy snow closed the pass. Of the 81 people trapped \
in the mountains [[that winter|1846-WI]], only 45 survived. A group of fifteen set out on \
snowshoes on [[16 December|1846-12-16]] to seek help; after [[33 days|P33D]] seven of them \
reached a settlement in the Sacramento Valley.

The first relief party set out from Johnson's Ranch in [[early February 1847|1847-02]] and \
reached the lake on [[the 18th|1847-02-18]]. Within [[a week|P1W]] it had led 23 people out, \
though several died on the way. Three more relief parties followed in [[March|1847-03]] and \
[[April|1847-04]]; the last survivor was brought out on [[April 21|1847-04-21]]. Reed, who had \
reached California [[the previous autumn|1846-FA]], led the second rescue."""),
    # Written after the first round of fixes, and scored once before any further change.
    ("taiping", "2023-06-30", """\
The Taiping Rebellion was a civil war in Qing China fought from [[1850|1850]] to [[1864|1864]] \
between the ruling Manchu dynasty and the Taiping Heavenly Kingdom of Hong Xiuquan. Hong, who had \
failed the imperial examinations several times, founded the God Worshipping Society in Guangxi \
in [[1843|1843]]. The uprising began at Jintian, where Hong proclaimed the Heavenly Kingdom of \
Great Peace on [[11 January 1851|1851-01-11]]. The rebels marched north through Hunan \
[[the following year|1852]] and took Nanjing in [[March 1853|1853-03]], making it their \
capital. A northern expedition sent against Beijing [[that May|1853-05]] was destroyed within \
[[two years|P2Y]].

Quarrels among the leaders weakened the movement. In [[September 1856|1856-09]] the Eastern King \
Yang Xiuqing was murdered with his family on Hong's orders, and thousands of his followers were \
killed in the purge that followed. [[Earlier that year|1856]] Yang's armies had broken the siege \
of Nanjing. The Qing came to rely on provincial armies such as the Xiang Army of Zeng Guofan, \
and on foreign-officered troops like the Ever Victorious Army, commanded from [[1863|1863]] by \
Charles Gordon. Zeng's brother laid siege to Nanjing in [[May 1862|1862-05]]. Hong died on \
[[1 June 1864|1864-06-01]], probably of food poisoning, and the city fell on \
[[19 July|1864-07-19]]. Within [[a week|P1W]] most of the remaining Taiping leaders had been \
captured. Estimates of the dead run from 20 to 30 million, which makes it one of the bloodiest \
conflicts of [[the 19th century|18]]."""),
    ("guadalcanal", "2024-08-07", """\
The Guadalcanal campaign was fought between [[7 August 1942|1942-08-07]] and \
[[9 February 1943|1943-02-09]] on and around the island of Guadalcanal in the Solomon Islands. \
It was the first major land offensive by Allied forces against Japan. Japanese troops had begun \
building an airfield on the island in [[July|1942-07]]. United States Marines landed on \
[[the morning of 7 August|1942-08-07TMO]] and seized the unfinished airfield \
[[the next day|1942-08-08]]. [[That night|1942-08-08TNI]] a Japanese cruiser force sank four \
Allied cruisers off Savo Island, and the transports withdrew \
[[the following afternoon|1942-08-09TAF]], leaving the Marines short of supplies.

Over [[the following months|PXM]] both sides poured in reinforcements. Japanese attacks on the \
Marine perimeter at Edson's Ridge in [[mid-September|1942-09]] and around Henderson Field in \
[[late October|1942-10]] failed with heavy losses. In the naval battle of Guadalcanal in \
[[mid-November|1942-11]] the Japanese lost two battleships and most of a troop convoy. On \
[[31 December|1942-12-31]] the Imperial General Headquarters decided to withdraw. The \
evacuation began in [[late January 1943|1943-01]], and the last Japanese troops left on \
[[the night of 7 February|1943-02-07TNI]]. [[Two days later|1943-02-09]] the American commander \
declared the island secure. Henderson Field was still in use at the end of the war, and in the \
war's final year it served bombers flying north towards Japan."""),
    ("smog", "2022-12-05", """\
Researchers mark anniversary of London's Great Smog

LONDON - Health researchers gathered at Imperial College on [[Monday|2022-12-05]] to mark \
[[70 years|P70Y]] since the Great Smog, which killed thousands of Londoners. A new study \
published [[last week|2022-W48]] estimates that children exposed to the smog in the womb were more \
likely to develop asthma as adults.

The smog descended on [[Friday, 5 December 1952|1952-12-05]], when a high-pressure system \
trapped cold air and coal smoke over the city. Visibility fell to a few metres, buses stopped \
running and cinemas closed because audiences could not see the screen. The fog lifted on \
[[9 December|1952-12-09]] after [[four days|P4D]], but deaths continued for [[weeks|PXW]]. \
Government figures at the time put the toll at 4,000; [[the following year|1953]] an inquiry was \
set up, and the Clean Air Act was passed in [[1956|1956]]. Researchers [[now|PRESENT_REF]] \
believe that as many as 12,000 people died.

"We are still learning from it," the study's author, Ruth Okafor, said [[Monday|2022-12-05]]. \
Her team plans to publish a second paper [[next year|2023]]."""),
    ("greenland", "2021-03-03", """\
Norse Greenland was settled from Iceland in [[the late 10th century|09]]. Erik the Red, exiled \
from Iceland for [[three years|P3Y]] for killing a neighbour, explored the south-western coast \
and returned with settlers in [[985|0985]]. Two settlements grew up, the Eastern and the \
Western, and by [[the 12th century|11]] they held perhaps 2,000 people, who kept cattle and \
traded walrus ivory to Europe. The colony accepted the rule of the Norwegian king in \
[[1261|1261]].

The climate cooled during [[the 14th century|13]], and the Western Settlement was found deserted \
by the priest Ivar Bardarson in [[the 1350s|135]]. The last written record of the Norse is of a \
wedding at Hvalsey church in [[September 1408|1408-09]]. [[Two years later|1410]] the couple \
sailed to Iceland, and no ship is known to have visited Greenland afterwards. The Eastern \
Settlement had vanished by [[the end of the 15th century|14]]. In [[1721|1721]] the missionary \
Hans Egede sailed to Greenland to look for the Norse and found only ruins. \
[[Today|PRESENT_REF]] Hvalsey church is the best preserved Norse building in Greenland."""),
    # Written after the second round of fixes, and scored once before any further change.
    ("armada", "2019-07-29", """\
The Spanish Armada was a fleet of 130 ships that sailed from Corunna in [[July 1588|1588-07]] to \
escort an army from Flanders for an invasion of England. Philip II of Spain had planned the \
enterprise since [[1586|1586]], but the death of his admiral, the Marquis of Santa Cruz, in \
[[February 1588|1588-02]] delayed it. The fleet first left Lisbon on [[28 May|1588-05-28]], but \
storms forced it into Corunna for repairs, and it did not sail again until \
[[21 July|1588-07-21]]. It was sighted off the Lizard on [[29 July|1588-07-29]], and beacons \
carried the news to London [[that night|1588-07-29TNI]]. For [[a week|P1W]] the English fleet \
harried the Spanish ships up the Channel. On [[the night of 7 August|1588-08-07TNI]] the English \
sent eight fireships among the anchored Armada off Calais, and \
[[the next morning|1588-08-08TMO]] they attacked at Gravelines. A change in the wind saved the \
Spanish from the sandbanks, but the fleet was forced north around Scotland and Ireland. Storms \
in [[September|1588-09]] wrecked many ships on the Irish coast, and only about 67 returned to \
Spain by [[the end of the year|1588]]. Another armada was sent in [[1596|1596]] and again \
[[the following year|1597]], but both were scattered by storms."""),
    ("krakatoa", "2020-10-15", """\
The [[1883|1883]] eruption of Krakatoa in the Dutch East Indies was one of the deadliest \
volcanic events in recorded history. Activity began on [[20 May|1883-05-20]], when ash columns \
rose six kilometres above the island, and continued on and off through [[June|1883-06]] and \
[[July|1883-07]]. The paroxysmal phase began on [[the afternoon of 26 August|1883-08-26TAF]]. \
[[The next morning|1883-08-27TMO]] four enormous explosions destroyed most of the island; the \
last, at [[10:02|1883-08-27T10:02]] local time, was heard in Perth, some 3,100 kilometres away. \
The tsunamis that followed killed more than 36,000 people on the coasts of Java and Sumatra. \
Vivid red sunsets were seen around the world for [[months|PXM]]; in [[November|1883-11]] fire \
engines in New York were called out to what looked like a distant fire. Ash in the \
stratosphere lowered global temperatures [[the following year|1884]]. A new island, Anak \
Krakatau, emerged from the caldera in [[1927|1927]], and [[today|PRESENT_REF]] it is still \
active."""),
    ("famine", "2022-01-20", """\
The Great Famine was a period of mass starvation in Ireland from [[1845|1845]] to \
[[1852|1852]]. Potato blight reached the island in [[September 1845|1845-09]] and destroyed up \
to half of the crop. The government of Robert Peel bought American maize, which arrived in \
[[the spring of 1846|1846-SP]]. Peel's government fell in [[June|1846-06]], and his successor, \
Lord John Russell, relied on public works. The blight returned [[that summer|1846-SU]] and \
destroyed almost the entire crop. [[The following winter|1846-WI]] was among the coldest in \
memory, and deaths from fever and dysentery peaked in [[early 1847|1847]]. Soup kitchens fed \
three million people [[a day|P1D|SET]] by [[August|1847-08]], but they were closed \
[[the next month|1847-09]]. Emigration reached its peak in [[1851|1851]], when some 250,000 \
people left, and the population fell by about a quarter within [[ten years|P10Y]]."""),
]


def _type_of(value: str) -> str:
    if value.startswith("P") and not value.endswith("_REF"):
        return "DURATION"
    if "T" in value and value[:1].isdigit():
        return "TIME"
    return "DATE"


def build(doc_id: str, dct: str, marked: str) -> dict:
    """One JSONL record: the plain text and its timexes with computed offsets."""
    parts: list[str] = []
    timexes: list[dict] = []
    pos = 0
    size = 0
    for m in _MARK.finditer(marked):
        parts.append(marked[pos:m.start()])
        size += m.start() - pos
        span, value, typ = m.group(1), m.group(2), m.group(3)
        timexes.append({"start": size, "end": size + len(span), "text": span,
                        "type": typ or _type_of(value), "value": value})
        parts.append(span)
        size += len(span)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    assert "[[" not in text and "]]" not in text, doc_id
    for t in timexes:
        assert text[t["start"]:t["end"]] == t["text"]
    return {"id": doc_id, "corpus": "narrative", "dct": dct, "text": text, "timexes": timexes}


def write(passages: list[tuple[str, str, str]], out: Path, corpus: str) -> None:
    """The passages as JSONL records of ``corpus``, one a line."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for doc_id, dct, marked in passages:
            record = {**build(doc_id, dct, marked), "corpus": corpus}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_from_args(passages: list[tuple[str, str, str]], corpus: str, file_name: str,
                    argv: list[str] | None) -> Path:
    """Write to the path given on the command line, else to ``bench/data/<file_name>``."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else Path(__file__).parent / "data" / file_name
    write(passages, out, corpus)
    print(f"{len(passages)} passages -> {out}")
    return out


def main(argv: list[str] | None = None) -> int:
    write_from_args(PASSAGES, "narrative", "narrative_dev.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
