"""Fixtures for the input tests: small fictional articles, written for these tests."""

from __future__ import annotations

import pytest

HARBOUR_HTML = """<!doctype html>
<html><head><title>Harbour reopens after storm | Norland Gazette</title>
<meta name="author" content="Ana Lind">
<meta property="og:site_name" content="Norland Gazette">
<meta property="og:title" content="Harbour reopens after storm">
<meta property="article:published_time" content="2024-03-05T08:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour reopens after storm</h1>
<p>The harbour of Eastport reopened on Tuesday, four days after a storm flooded its quays
and sank two fishing boats at their moorings.</p>
<p>Crews worked through the night to clear debris from the main channel, the port authority
said in a statement, and the first ferry left on time.</p>
<h2>Fishing fleet returns</h2>
<p>By noon a dozen trawlers had left for the fishing grounds north of the island.
<b>Prices</b> at the fish market fell by a third.<br>Traders expect them to settle.</p>
<h3>What the mayor said</h3>
<p>"We were lucky," mayor Tom Berg told reporters. "Next winter we need a higher sea wall."</p>
</article>
<footer>All rights reserved, Norland Gazette.</footer>
</body></html>"""

STORM_TEXT = (
    "The storm reached the coast of Norland on Monday night, flooding two harbour towns. "
    "More than 40,000 homes lost power, the grid operator said.\n\n"
    "Rescue crews pulled 17 people from cars trapped on the coast road. No deaths were reported.\n"
)


@pytest.fixture
def harbour_html() -> str:
    return HARBOUR_HTML


@pytest.fixture
def storm_plain() -> str:
    return STORM_TEXT


LONG_STORY = (
    "The town council of Eastport voted on Monday to close the old swing bridge over the river Lune "
    "for eight months of repairs, after engineers found rust in two of its main girders. "
    "Drivers will be sent along the coast road, which adds about twenty minutes to the trip into town. "
    "The ferry company said it would run an extra boat every hour during the morning and evening rush. "
    "Shop owners on the north bank told the meeting they feared losing trade over the summer, and asked "
    "for help with parking. The mayor, Tom Berg, said the council would open a temporary car park near "
    "the harbour and review the plan in September. Work is due to start in the first week of April."
)

FOREIGN = {
    "de": (
        "Der Stadtrat von Eastport hat am Montag beschlossen, die alte Drehbrücke über den Fluss für acht "
        "Monate zu sperren, nachdem Ingenieure Rost in zwei der Hauptträger gefunden hatten. Autofahrer "
        "müssen die Küstenstraße nehmen, was die Fahrt in die Stadt um etwa zwanzig Minuten verlängert."
    ),
    "fr": (
        "Le conseil municipal d'Eastport a décidé lundi de fermer le vieux pont tournant pendant huit mois "
        "de travaux, après que des ingénieurs ont trouvé de la rouille dans deux des poutres principales. "
        "Les automobilistes devront emprunter la route côtière, ce qui rallonge le trajet d'environ vingt minutes."
    ),
    "es": (
        "El ayuntamiento de Eastport decidió el lunes cerrar el viejo puente giratorio durante ocho meses "
        "de obras, después de que los ingenieros encontraran óxido en dos de las vigas principales. Los "
        "conductores tendrán que usar la carretera de la costa, lo que alarga el viaje unos veinte minutos."
    ),
}


@pytest.fixture
def long_story() -> str:
    return LONG_STORY


@pytest.fixture
def foreign() -> dict[str, str]:
    return FOREIGN
