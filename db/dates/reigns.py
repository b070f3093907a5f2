"""Reigns of well-known monarchs and popes, for a regnal year named by its ruler ("the tenth year
of King Edward", "the third year of Elizabeth": `rules/named_reigns.py`).

Each line: realm, title, name, regnal number ("" for none), first regnal year, last year ("" for a
reign not ended) and, for the English and British crowns whose regnal years date deeds and
statutes, the accession's month and day that each regnal year starts on. The first year is the one
regnal years count from: the accession, not the coronation (Charles II of England counted his from
his father's death in 1649, as his statutes do). Historical facts from the standard regnal lists
(English and British, Scottish, French, Spanish, Holy Roman, Russian, Roman emperors, and the
better-known popes), written out for the project and under its licence; no list was copied whole. A
name the table lacks stays a regnal year on no calendar, as before.
"""

from __future__ import annotations

from dataclasses import dataclass

_TABLE = """
england|king|Alfred||871|899
england|king|Edward the Confessor||1042|1066
england|king|Cnut||1016|1035
england|king|Harold|II|1066|1066
england|king|William|I|1066|1087|12-25
england|king|William the Conqueror||1066|1087|12-25
england|king|William|II|1087|1100|09-26
england|king|Henry|I|1100|1135|08-05
england|king|Stephen||1135|1154|12-26
england|king|Henry|II|1154|1189|12-19
england|king|Richard|I|1189|1199|09-03
england|king|John||1199|1216
england|king|Henry|III|1216|1272|10-28
england|king|Edward|I|1272|1307|11-20
england|king|Edward|II|1307|1327|07-08
england|king|Edward|III|1327|1377|01-25
england|king|Richard|II|1377|1399|06-22
england|king|Henry|IV|1399|1413|09-30
england|king|Henry|V|1413|1422|03-21
england|king|Henry|VI|1422|1461|09-01
england|king|Edward|IV|1461|1483|03-04
england|king|Edward|V|1483|1483|04-09
england|king|Richard|III|1483|1485|06-26
england|king|Henry|VII|1485|1509|08-22
england|king|Henry|VIII|1509|1547|04-22
england|king|Edward|VI|1547|1553|01-28
england|queen|Mary|I|1553|1558|07-06
england|queen|Elizabeth|I|1558|1603|11-17
england|king|James|I|1603|1625|03-24
england|king|Charles|I|1625|1649|03-27
england|king|Charles|II|1649|1685|01-30
england|king|James|II|1685|1688|02-06
england|king|William|III|1689|1702|02-13
england|queen|Mary|II|1689|1694|02-13
england|queen|Anne||1702|1714|03-08
england|king|George|I|1714|1727|08-01
england|king|George|II|1727|1760|06-11
england|king|George|III|1760|1820|10-25
england|king|George|IV|1820|1830|01-29
england|king|William|IV|1830|1837|06-26
england|queen|Victoria||1837|1901|06-20
england|king|Edward|VII|1901|1910|01-22
england|king|George|V|1910|1936|05-06
england|king|Edward|VIII|1936|1936|01-20
england|king|George|VI|1936|1952|12-11
england|queen|Elizabeth|II|1952|2022|02-06
england|king|Charles|III|2022||09-08
scotland|king|Malcolm|III|1058|1093
scotland|king|David|I|1124|1153
scotland|king|Robert|I|1306|1329
scotland|king|Robert the Bruce||1306|1329
scotland|king|James|I|1406|1437
scotland|king|James|II|1437|1460
scotland|king|James|III|1460|1488
scotland|king|James|IV|1488|1513
scotland|king|James|V|1513|1542
scotland|queen|Mary||1542|1567
scotland|king|James|VI|1567|1625
france|king|Hugh Capet||987|996
france|king|Philip|I|1060|1108
france|king|Louis|VI|1108|1137
france|king|Louis|VII|1137|1180
france|king|Philip|II|1180|1223
france|king|Philip Augustus||1180|1223
france|king|Louis|VIII|1223|1226
france|king|Louis|IX|1226|1270
france|king|Philip|III|1270|1285
france|king|Philip|IV|1285|1314
france|king|Philip|VI|1328|1350
france|king|John|II|1350|1364
france|king|Charles|V|1364|1380
france|king|Charles|VI|1380|1422
france|king|Charles|VII|1422|1461
france|king|Louis|XI|1461|1483
france|king|Charles|VIII|1483|1498
france|king|Louis|XII|1498|1515
france|king|Francis|I|1515|1547
france|king|Henry|II|1547|1559
france|king|Charles|IX|1560|1574
france|king|Henry|III|1574|1589
france|king|Henry|IV|1589|1610
france|king|Louis|XIII|1610|1643
france|king|Louis|XIV|1643|1715
france|king|Louis|XV|1715|1774
france|king|Louis|XVI|1774|1792
france|king|Louis|XVIII|1814|1824
france|king|Charles|X|1824|1830
france|king|Louis Philippe||1830|1848
france|emperor|Napoleon|I|1804|1815
france|emperor|Napoleon|III|1852|1870
spain|queen|Isabella|I|1474|1504
spain|king|Philip|II|1556|1598
spain|king|Philip|III|1598|1621
spain|king|Philip|IV|1621|1665
spain|king|Philip|V|1700|1746
empire|emperor|Charlemagne||768|814
empire|emperor|Otto|I|936|973
empire|emperor|Frederick Barbarossa||1152|1190
empire|emperor|Frederick|I|1152|1190
empire|emperor|Frederick|II|1212|1250
empire|emperor|Charles|IV|1346|1378
empire|emperor|Sigismund||1410|1437
empire|emperor|Frederick|III|1440|1493
empire|emperor|Maximilian|I|1493|1519
empire|emperor|Charles|V|1519|1556
empire|emperor|Rudolf|II|1576|1612
empire|emperor|Leopold|I|1658|1705
empire|emperor|Charles|VI|1711|1740
empire|empress|Maria Theresa||1740|1780
empire|emperor|Joseph|II|1765|1790
empire|emperor|Francis|II|1792|1806
empire|emperor|Franz Joseph||1848|1916
russia|tsar|Ivan|IV|1547|1584
russia|tsar|Peter|I|1682|1725
russia|tsar|Peter the Great||1682|1725
russia|empress|Catherine|II|1762|1796
russia|empress|Catherine the Great||1762|1796
russia|tsar|Alexander|I|1801|1825
russia|tsar|Nicholas|I|1825|1855
russia|tsar|Alexander|II|1855|1881
russia|tsar|Alexander|III|1881|1894
russia|tsar|Nicholas|II|1894|1917
rome|emperor|Tiberius||14|37
rome|emperor|Claudius||41|54
rome|emperor|Nero||54|68
rome|emperor|Vespasian||69|79
rome|emperor|Trajan||98|117
rome|emperor|Hadrian||117|138
rome|emperor|Marcus Aurelius||161|180
rome|emperor|Diocletian||284|305
rome|emperor|Constantine||306|337
rome|emperor|Justinian||527|565
papacy|pope|Gregory|I|590|604
papacy|pope|Leo|III|795|816
papacy|pope|Gregory|VII|1073|1085
papacy|pope|Urban|II|1088|1099
papacy|pope|Innocent|III|1198|1216
papacy|pope|Boniface|VIII|1294|1303
papacy|pope|John|XXII|1316|1334
papacy|pope|Sixtus|IV|1471|1484
papacy|pope|Alexander|VI|1492|1503
papacy|pope|Julius|II|1503|1513
papacy|pope|Leo|X|1513|1521
papacy|pope|Clement|VII|1523|1534
papacy|pope|Paul|III|1534|1549
papacy|pope|Gregory|XIII|1572|1585
papacy|pope|Pius|IX|1846|1878
papacy|pope|Leo|XIII|1878|1903
papacy|pope|Pius|XII|1939|1958
papacy|pope|John|XXIII|1958|1963
papacy|pope|John Paul|II|1978|2005
papacy|pope|Benedict|XVI|2005|2013
"""


@dataclass(frozen=True, slots=True)
class Reign:
    realm: str
    title: str  # king, queen, emperor, empress, tsar, pope
    name: str
    number: str  # the regnal number as a Roman numeral, "" for none
    first: int  # the year its regnal years count from
    last: int | None  # None: not ended
    starts: tuple[int, int] | None = None  # (month, day) each regnal year starts on; None: unknown


def _reign(
    realm: str, title: str, name: str, number: str, first: str, last: str, *day: str
) -> Reign:
    starts = None
    if day:
        month, _, mday = day[0].partition("-")
        starts = (int(month), int(mday))
    return Reign(realm, title, name, number, int(first), int(last) if last else None, starts)


REIGNS: tuple[Reign, ...] = tuple(_reign(*line.split("|")) for line in _TABLE.strip().splitlines())
NAMES: frozenset[str] = frozenset(r.name for r in REIGNS)

# what a title word before the name says of the reign
_TITLES = {
    "king": ("king", "emperor", "tsar"),
    "queen": ("queen", "empress"),
    "emperor": ("emperor",),
    "empress": ("empress",),
    "tsar": ("tsar", "empress"),
    "czar": ("tsar", "empress"),
    "pope": ("pope",),
}


def reign_of(name: str, number: str, title: str, year: int, reference: int | None) -> Reign | None:
    """The reign of `name` (with its regnal number and title word, where given) whose `year`-th
    regnal year a text means: the one reign the words fit; else, by the year the text is told
    in (`reference`), the reign nearest it. A bare name ("the third year of Elizabeth") only
    where the text is told within that reign; None where the words leave it open."""
    titles = _TITLES.get(title.lower()) if title else None
    fits = [
        r
        for r in REIGNS
        if r.name == name
        and (not number or r.number == number)
        and (titles is None or r.title in titles)
        and (titles is not None or r.title != "pope")  # "the year of Gregory": a pope only named so
        and year <= (r.last if r.last is not None else r.first + 80) - r.first + 1
    ]
    if not fits:
        return None
    if not title and not number:  # a bare name: only the reign the text is told in
        inside = [r for r in fits if reference is not None and _distance(r, reference) <= 1]
        return inside[0] if len(inside) == 1 else None
    if len(fits) == 1:
        return fits[0]
    if reference is None:
        return None
    fits.sort(key=lambda r: (_distance(r, reference), abs(r.first + year - 1 - reference)))
    if _distance(fits[0], reference) == _distance(fits[1], reference) and abs(
        fits[0].first + year - 1 - reference
    ) == abs(fits[1].first + year - 1 - reference):
        return None  # as near one as the other
    return fits[0]


def _distance(r: Reign, year: int) -> int:
    """How many years `year` lies outside the reign (0 inside it)."""
    last = r.last if r.last is not None else year
    return max(r.first - year, year - last, 0)


def day_year(reign: Reign, n: int, month: int, day: int) -> int:
    """The calendar year of `month` `day` in the n-th regnal year of `reign`: a regnal year runs
    from the accession's day, so a day before that day in the calendar falls in the next
    calendar year (4 March in George III's 34th year, which began on 25 October 1793, is 4 March
    1794). Without a known accession day, the year the regnal year begins in."""
    year = reign.first + n - 1
    if reign.starts is None or (month, day) >= reign.starts:
        return year
    return year + 1
