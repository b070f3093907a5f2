"""Labelled sentence pairs for bench/story_eval.py: two sentences dated to the same day in two
different articles, and whether they tell the same happening.

OWN: written for this bench, as two outlets would word one happening (True), and as other
happenings of the same day with words in common (False; the hard cases: same place, same kind
of event, same actors). DEMO: real pairs from the demo's Global Voices posts (resources/demo),
the same-language pairs of one day that score highest by token-set ratio, labelled by hand; each
is (origin of article A, start of its sentence, origin of article B, start of its sentence).
"""

from __future__ import annotations

OWN: list[tuple[str, str, bool]] = [
    # -- the same happening, told by two outlets --
    (
        "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi "
        "on Tuesday to discuss the situation in northern Syria.",
        "Russia's Vladimir Putin and Turkey's Tayyip Erdogan held talks in the Black Sea resort "
        "of Sochi on Tuesday on northern Syria.",
        True,
    ),
    (
        "A passenger ferry carrying 212 people ran aground on a reef outside Port Vila harbour "
        "on Sunday, and all passengers were rescued by coast guard boats.",
        "All 212 passengers were rescued on Sunday after their ferry ran aground on a reef just "
        "outside Port Vila harbour, the coast guard said.",
        True,
    ),
    (
        "The central bank raised its benchmark interest rate by half a percentage point to 4.5 "
        "percent on Thursday.",
        "On Thursday the central bank raised its benchmark rate by 50 basis points to 4.5 "
        "percent, its third increase this year.",
        True,
    ),
    (
        "An earthquake of magnitude 6.4 struck off the coast of northern Chile on Friday, the US "
        "Geological Survey said.",
        "A magnitude 6.4 earthquake struck off northern Chile's coast on Friday, according to "
        "the US Geological Survey.",
        True,
    ),
    (
        "Syrian government forces recaptured the town of Maarat al-Numan in Idlib province on "
        "Tuesday, state media reported.",
        "State media said government forces had recaptured Maarat al-Numan, a key town in Idlib "
        "province, on Tuesday.",
        True,
    ),
    (
        "Prime Minister Sanna Marin announced her resignation on Monday after her party lost "
        "the election.",
        "Sanna Marin announced on Monday that she would resign as prime minister after her "
        "party's election defeat.",
        True,
    ),
    (
        "At least 17 people were killed when a car bomb exploded at a checkpoint in Azaz on "
        "Saturday, a war monitor said.",
        "A car bomb exploded at a checkpoint in the town of Azaz on Saturday, killing at least "
        "17 people, according to a war monitor.",
        True,
    ),
    (
        "The United Nations Security Council voted on Friday to extend cross-border aid "
        "deliveries into Syria for six months.",
        "On Friday the UN Security Council voted to extend cross-border aid deliveries to Syria "
        "by six months.",
        True,
    ),
    (
        "Workers at the Port of Antwerp went on strike on Wednesday over pension reforms, "
        "halting container traffic.",
        "Container traffic at the Port of Antwerp was halted on Wednesday as workers went on "
        "strike over the pension reforms.",
        True,
    ),
    (
        "Lebanon's parliament failed for the eleventh time on Thursday to elect a new president.",
        "On Thursday Lebanon's parliament failed for an eleventh time to elect a president.",
        True,
    ),
    (
        "The Turkish delegation arrived in Moscow on Monday for talks on Syria and Libya.",
        "A Turkish delegation arrived in Moscow on Monday to hold talks with Russian officials "
        "on Syria and Libya.",
        True,
    ),
    (
        "Thousands of protesters marched through central Beirut on Sunday demanding the "
        "resignation of the government.",
        "On Sunday thousands of protesters marched in central Beirut to demand that the "
        "government resign.",
        True,
    ),
    (
        "The Egyptian army deposed President Mohamed Morsi on Wednesday and suspended the "
        "constitution.",
        "On Wednesday the army deposed Egypt's President Mohamed Morsi and suspended the "
        "constitution, the army chief said on state television.",
        True,
    ),
    (
        "Israeli warplanes struck Iranian targets near Damascus airport early on Monday, the "
        "Israeli military said.",
        "The Israeli military said its warplanes struck Iranian targets near Damascus "
        "international airport early on Monday.",
        True,
    ),
    (
        "Apple unveiled three new iPhone models at an event in Cupertino on Tuesday.",
        "At an event in Cupertino on Tuesday Apple unveiled three new models of the iPhone.",
        True,
    ),
    (
        "Floods in the southern province of Sindh killed at least 40 people on Saturday, "
        "officials said.",
        "At least 40 people were killed in floods in the southern province of Sindh on "
        "Saturday, according to officials.",
        True,
    ),
    (
        "Kenya's Eliud Kipchoge won the Berlin Marathon on Sunday in a world record time of "
        "2:01:09.",
        "Eliud Kipchoge of Kenya set a world record of 2:01:09 as he won the Berlin Marathon on "
        "Sunday.",
        True,
    ),
    (
        "Three UN peacekeepers were wounded on Thursday when their convoy hit a roadside bomb "
        "near Kidal in northern Mali.",
        "A roadside bomb hit a UN convoy near Kidal in northern Mali on Thursday, wounding three "
        "peacekeepers, the mission said.",
        True,
    ),
    (
        "The opposition coalition said on Friday it would boycott the Geneva peace talks.",
        "The opposition coalition announced on Friday that it would boycott the peace talks in "
        "Geneva.",
        True,
    ),
    (
        "Foreign Minister Mevlut Cavusoglu held a phone call with his Russian counterpart "
        "Sergei Lavrov on Monday to discuss Syria and Libya.",
        "Turkish Foreign Minister Mevlut Cavusoglu and Russia's Sergei Lavrov discussed "
        "developments in Syria and Libya in a phone call on Monday.",
        True,
    ),
    # harder: the same happening in rather different words
    (
        "Rebels shot down a government helicopter over eastern Ghouta on Saturday.",
        "A Syrian army helicopter was downed by opposition fighters in eastern Ghouta on "
        "Saturday, activists said.",
        True,
    ),
    (
        "The cabinet approved the 2020 budget on Wednesday.",
        "Ministers signed off on next year's spending plan at Wednesday's cabinet meeting.",
        True,
    ),
    (
        "Hundreds of families fled Idlib on Friday as air strikes intensified.",
        "As the bombardment of Idlib intensified on Friday, hundreds of families left their "
        "homes and headed north toward the Turkish border.",
        True,
    ),
    # -- different happenings of the same day, with words in common --
    (
        "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi "
        "on Tuesday to discuss the situation in northern Syria.",
        "Turkish President Recep Tayyip Erdogan said on Tuesday that Turkey would not accept a "
        "new wave of refugees from northern Syria.",
        False,
    ),
    (
        "At least 17 people were killed when a car bomb exploded at a checkpoint in Azaz on "
        "Saturday, a war monitor said.",
        "At least 12 people were killed in air strikes on a market in Idlib on Saturday, a war "
        "monitor said.",
        False,
    ),
    (
        "Syrian government forces recaptured the town of Maarat al-Numan in Idlib province on "
        "Tuesday, state media reported.",
        "Syrian government forces shelled the town of Saraqeb in Idlib province on Tuesday, "
        "activists reported.",
        False,
    ),
    (
        "The central bank raised its benchmark interest rate by half a percentage point to 4.5 "
        "percent on Thursday.",
        "The central bank's governor said on Thursday that inflation would remain above target "
        "until the end of next year.",
        False,
    ),
    (
        "Israeli warplanes struck Iranian targets near Damascus airport early on Monday, the "
        "Israeli military said.",
        "Syrian air defences shot down a drone over the Quneitra countryside on Monday, the "
        "Syrian military said.",
        False,
    ),
    (
        "Thousands of protesters marched through central Beirut on Sunday demanding the "
        "resignation of the government.",
        "Thousands of protesters marched through central Baghdad on Sunday demanding jobs and "
        "an end to corruption.",
        False,
    ),
    (
        "The United Nations Security Council voted on Friday to extend cross-border aid "
        "deliveries into Syria for six months.",
        "The United Nations Security Council failed on Friday to agree on a statement about "
        "the fighting in Libya.",
        False,
    ),
    (
        "The Turkish delegation arrived in Moscow on Monday for talks on Syria and Libya.",
        "Later on Monday, the Turkish Foreign Ministry said Minister Mevlut Cavusoglu had held "
        "a phone call with his Russian opposite number, Sergei Lavrov.",
        False,
    ),
    (
        "A passenger ferry carrying 212 people ran aground on a reef outside Port Vila harbour "
        "on Sunday, and all passengers were rescued by coast guard boats.",
        "A cargo ship caught fire in Port Vila harbour on Sunday, and its crew of 14 was "
        "rescued by coast guard boats.",
        False,
    ),
    (
        "An earthquake of magnitude 6.4 struck off the coast of northern Chile on Friday, the US "
        "Geological Survey said.",
        "An earthquake of magnitude 5.1 struck southern Peru on Friday, the US Geological Survey "
        "said.",
        False,
    ),
    (
        "Prime Minister Sanna Marin announced her resignation on Monday after her party lost "
        "the election.",
        "Prime Minister Sanna Marin met the president on Monday to discuss the formation of a "
        "new government.",
        False,
    ),
    (
        "Workers at the Port of Antwerp went on strike on Wednesday over pension reforms, "
        "halting container traffic.",
        "Train drivers went on strike on Wednesday over pension reforms, halting rail traffic "
        "across Belgium.",
        False,
    ),
    (
        "The Egyptian army deposed President Mohamed Morsi on Wednesday and suspended the "
        "constitution.",
        "Supporters of President Mohamed Morsi gathered in Cairo on Wednesday to defend the "
        "constitution.",
        False,
    ),
    (
        "Kenya's Eliud Kipchoge won the Berlin Marathon on Sunday in a world record time of "
        "2:01:09.",
        "Ethiopia's Tigist Assefa won the women's race of the Berlin Marathon on Sunday in a "
        "course record time.",
        False,
    ),
    (
        "Floods in the southern province of Sindh killed at least 40 people on Saturday, "
        "officials said.",
        "A landslide in the northern province of Gilgit-Baltistan killed at least 9 people on "
        "Saturday, officials said.",
        False,
    ),
    (
        "The opposition coalition said on Friday it would boycott the Geneva peace talks.",
        "The government delegation arrived in Geneva on Friday for the peace talks.",
        False,
    ),
    (
        "Apple unveiled three new iPhone models at an event in Cupertino on Tuesday.",
        "Apple shares fell 2 percent on Tuesday after the event in Cupertino.",
        False,
    ),
    (
        "Three UN peacekeepers were wounded on Thursday when their convoy hit a roadside bomb "
        "near Kidal in northern Mali.",
        "Three soldiers were killed on Thursday when their convoy hit a roadside bomb near "
        "Gao in northern Mali.",
        False,
    ),
    (
        "Lebanon's parliament failed for the eleventh time on Thursday to elect a new president.",
        "Lebanon's caretaker government approved a new electricity plan on Thursday.",
        False,
    ),
    (
        "Hundreds of families fled Idlib on Friday as air strikes intensified.",
        "Air strikes on Friday hit a hospital in Idlib, the third in a week, a medical charity "
        "said.",
        False,
    ),
    (
        "Erdogan warned on Sunday that Turkey could not handle a new influx of refugees from "
        "Syria.",
        "Erdogan also said on Sunday that Turkey could increase military support to the Libyan "
        "government.",
        False,
    ),
    (
        "Rebels shot down a government helicopter over eastern Ghouta on Saturday.",
        "Government forces advanced in eastern Ghouta on Saturday after heavy shelling, "
        "activists said.",
        False,
    ),
    (
        "Syrian President Bashar al-Assad vowed on Sunday to recapture every inch of Syria.",
        "Syrian President Bashar al-Assad received the Iranian foreign minister in Damascus on "
        "Sunday.",
        False,
    ),
]

DEMO: list[tuple[str, str, str, str, bool]] = [
    # the same happening in two posts of one language
    (
        "it/syria/2015-10-04/gv_18.txt",
        "Il 9 dicembre 2012",
        "it/syria/2015-11-21/gv_53.txt",
        "Il 9 Dicembre 2012",
        True,
    ),  # noqa: E501
    (
        "it/syria/2015-10-04/gv_18.txt",
        "Khartabil è stato arrestato",
        "it/syria/2015-11-21/gv_53.txt",
        "Bassel è stato arrestato",
        True,
    ),  # noqa: E501
    (
        "it/egypt/2013-07-04/gv_2.txt",
        "Il capo delle forze armate",
        "it/egypt/2013-07-09/gv_1.txt",
        "Il 3 luglio",
        True,
    ),  # noqa: E501
    ("es/syria/2012-10-24/gv_", "مؤخراً", "it/syria/2012-10-24/gv_", "مؤخراً", True),
    (
        "es/egypt/2013-08-17/gv_49.txt",
        "La defensora egipcia",
        "es/egypt/2013-08-19/gv_40.txt",
        "Las fuerzas de seguridad",
        True,
    ),  # noqa: E501
    (
        "es/egypt/2011-01-26/gv_30.txt",
        "Manifestantes, 25 de enero",
        "es/egypt/2011-01-26/gv_39.txt",
        "Los manifestantes salieron",
        True,
    ),  # noqa: E501
    # other happenings of the same day
    (
        "es/egypt/2011-01-26/gv_30.txt",
        "Manifestantes, 25 de enero",
        "es/egypt/2011-03-02/gv_50.txt",
        "Un mes después",
        False,
    ),  # noqa: E501
    (
        "es/egypt/2011-01-26/gv_30.txt",
        "Manifestantes, 25 de enero",
        "es/egypt/2011-03-02/gv_50.txt",
        "Así es como empezó",
        False,
    ),  # noqa: E501
    (
        "es/egypt/2011-01-26/gv_30.txt",
        "Manifestantes, 25 de enero",
        "es/egypt/2012-06-02/gv_34.txt",
        "Los dos hijos",
        False,
    ),  # noqa: E501
    (
        "es/egypt/2011-01-26/gv_39.txt",
        "Los manifestantes salieron",
        "es/egypt/2011-03-02/gv_50.txt",
        "Un mes después",
        False,
    ),  # noqa: E501
    (
        "es/egypt/2011-03-02/gv_50.txt",
        "Un mes después",
        "es/egypt/2012-06-02/gv_34.txt",
        "Los dos hijos",
        False,
    ),  # noqa: E501
    (
        "es/egypt/2011-03-02/gv_50.txt",
        "Un mes después",
        "es/egypt/2011-05-31/gv_10.txt",
        "El régimen de Mubarak",
        False,
    ),  # noqa: E501
    (
        "fr/syria/2012-10-04/gv_27.txt",
        "Les forces de sécurité",
        "fr/syria/2012-10-04/gv_4.txt",
        "Baztab",
        False,
    ),  # noqa: E501
    ("es/syria/2012-10-05/gv_14.txt", "Baztab", "es/syria/2012-10-05/gv_9.txt", "Kalmeh", False),
    (
        "fr/egypt/2011-04-16/gv_22.txt",
        "Le 30 janvier",
        "fr/yemen/2011-01-30/gv_3.txt",
        "Dans le sillage",
        False,
    ),  # noqa: E501
    (
        "fr/libya/2011-02-22/gv_16.txt",
        "Cette vidéo a été tournée",
        "fr/libya/2011-02-22/gv_3.txt",
        "Voici quelques-unes",
        False,
    ),  # noqa: E501
    (
        "it/libya/2011-02-15/gv_16.txt",
        "Nonostante il divieto",
        "it/libya/2011-02-16/gv_12.txt",
        "Schermata del video",
        False,
    ),  # noqa: E501
    (
        "fr/syria/2012-03-15/gv_17.txt",
        "@SYRIAslyJana",
        "fr/syria/2012-03-15/gv_33.txt",
        "La lutte syrienne",
        False,
    ),  # noqa: E501
    (
        "fr/syria/2011-04-27/gv_40.txt",
        "J'ai aimé l'esprit",
        "fr/yemen/2011-04-27/gv_2.txt",
        "Aujourd'hui",
        False,
    ),  # noqa: E501
    (
        "es/egypt/2011-02-11/gv_19.txt",
        "Todos iremos",
        "es/egypt/2011-02-21/gv_12.txt",
        "Probablemente",
        False,
    ),  # noqa: E501
    (
        "es/egypt/2011-01-27/gv_45.txt",
        "Dostor.org",
        "es/egypt/2011-02-14/gv_18.txt",
        "Luego fueron entregados",
        False,
    ),  # noqa: E501
]
