import type { CliHelp } from "../cli-help.js";

const DATASET = "Zonder FILE werkt het op de ingebouwde Nederlandse gegevens: --scenario coordination (standaard),\noc2, alternative, history-oc, history-lc of history-representation.";

const COMMON = `Opties voor elk commando:
  -h, --help         toon deze hulp
  --locale en|nl     de taal van uitleg, afbeeldingen en hulp (standaard en)
  --json             JSON voor programma's op standaarduitvoer`;

const EXITS = "Afsluitcodes: 0 goed; 1 ongeldige invoer of problemen gevonden; 2 verkeerd gebruik; 70 onverwachte fout.";

/** De hulp van de opdrachtregel in het Nederlands: van het commando als geheel en van elk commando. */
export const help: CliHelp = {
  main: `beroepsgroep: wie vertegenwoordigt de beroepsgroep van leraren, op welk thema, waar, wanneer en waarom

Gebruik: beroepsgroep <commando> [FILE...] [opties]

Commando's:
  validate [FILE...]      controleer scenariobestanden: elk probleem met zijn pad
  resolve [FILE]          wie één cel vertegenwoordigt, met uitleg (--theme --region [--sector] --on)
  matrix [FILE]           elke cel op één dag (--on [--format text|md|html|svg|json] [--out FILE])
  compare [FILE FILE...]  scenario's naast elkaar op dezelfde cellen (--on)
  pitfalls [FILE]         de lessen van eerdere pogingen die een scenario herhaalt (--on)
  tally [FILE]            tel de stemmen van een lerarenberaad (--method)
  structure [FILE]        de organen en partijen van het bestuursmodel, als Mermaid

${DATASET}
Gebruik "beroepsgroep <commando> --help" voor de opties van een commando.

${COMMON}
  -v, --version      toon het versienummer

${EXITS}
Kleur alleen op een terminal, en nooit als NO_COLOR gezet is.`,

  validate: `Gebruik: beroepsgroep validate [FILE...] [opties]

Controleert scenariodocumenten (JSON; "-" leest standaardinvoer) en toont elk probleem
met zijn pad, bijvoorbeeld mandates[0].holder. Zonder FILE controleert het elk
ingebouwd Nederlands scenario, of het scenario dat --scenario noemt.

Opties:
  --scenario NAAM    controleer één ingebouwd scenario

${COMMON}

Afsluitcodes: 0 alles geldig; 1 een probleem gevonden of een bestand onleesbaar; 2 verkeerd gebruik.`,

  resolve: `Gebruik: beroepsgroep resolve [FILE] --theme ID --region ID [--sector ID] --on JJJJ-MM-DD [opties]

Bepaalt wie de beroepsgroep vertegenwoordigt op één thema, in één regio, voor één sector
(of de beroepsgroep als geheel zonder --sector), op één dag, en legt uit waarom.
${DATASET}

Opties:
  --theme ID         het thema (verplicht)
  --region ID        de regio (verplicht)
  --sector ID        de sector; laat weg voor de beroepsgroep als geheel
  --on JJJJ-MM-DD    de dag (verplicht)
  --scenario NAAM    een ingebouwd scenario in plaats van FILE

${COMMON}

${EXITS}`,

  matrix: `Gebruik: beroepsgroep matrix [FILE] --on JJJJ-MM-DD [--format text|md|html|svg|json] [--out FILE] [opties]

Bepaalt elke cel (thema's maal regio's maal sectoren) op één dag en toont die als
teksttabel, of als Markdown, een HTML-pagina, een SVG-afbeelding of JSON.
${DATASET}

Opties:
  --on JJJJ-MM-DD    de dag (verplicht)
  --format FORMAAT   text (standaard), md, html, svg of json
  --out FILE         schrijf naar FILE in plaats van standaarduitvoer
  --theme ID         alleen deze thema's (herhaal, of scheid met komma's)
  --region ID        alleen deze regio's (idem)
  --sector ID        alleen deze sectoren (idem)
  --scenario NAAM    een ingebouwd scenario in plaats van FILE

${COMMON}

${EXITS}`,

  compare: `Gebruik: beroepsgroep compare [FILE FILE...] --on JJJJ-MM-DD [opties]

Zet scenario's naast elkaar op de cellen die ze delen: dekking, concentratie, bereik,
valkuilen, en elke cel waarvan de leiding verschilt. Zonder FILE vergelijkt het de
ingebouwde scenario's coordination, oc2 en alternative; --scenario (herhaalbaar) kiest andere.

Opties:
  --on JJJJ-MM-DD    de dag (verplicht)
  --format FORMAAT   text (standaard), md, html, svg of json
  --out FILE         schrijf naar FILE in plaats van standaarduitvoer
  --max-rows N       toon hoogstens N verschillende cellen in afbeeldingen
  --theme ID         alleen deze thema's (herhaal, of scheid met komma's)
  --region ID        alleen deze regio's (idem)
  --sector ID        alleen deze sectoren (idem)
  --scenario NAAM    een ingebouwd scenario om te vergelijken (herhaalbaar)

${COMMON}

${EXITS}`,

  pitfalls: `Gebruik: beroepsgroep pitfalls [FILE] --on JJJJ-MM-DD [opties]

Noemt de lessen van eerdere pogingen die een scenario op een dag herhaalt: een verplicht
register, afstand tot leraren, te weinig leden, kwetsbare financiering, ongeorganiseerde
leraren buiten beeld, gaten in de dekking, betwiste cellen.
${DATASET}

Opties:
  --on JJJJ-MM-DD    de dag (verplicht)
  --scenario NAAM    een ingebouwd scenario in plaats van FILE

${COMMON}

Afsluitcodes: 0 geen valkuil gevonden; 1 een valkuil gevonden of ongeldige invoer; 2 verkeerd gebruik.`,

  tally: `Gebruik: beroepsgroep tally [FILE] --method METHODE [opties]

Telt de stemmen van een verkiezingsdocument ({ "candidates": [...], "ballots": [...] })
en toont de winnaars, de rangorde, elke ronde en de paarsgewijze matrix. Zonder FILE
telt het het ingebouwde voorbeeld van een Nederlands lerarenberaad.

Opties:
  --method METHODE   plurality, two-round, irv, borda, copeland, schulze, ranked-pairs,
                     approval, score, majority-judgment of stv (verplicht)
  --seats N          zetels voor methoden met meer winnaars
  --quota Q          droop (standaard) of hare, voor stv
  --strength S       winning (standaard), margin of ratio, voor schulze en ranked-pairs
  --format FORMAAT   text (standaard), md, html, svg of json
  --out FILE         schrijf naar FILE in plaats van standaarduitvoer

${COMMON}

${EXITS}`,

  structure: `Gebruik: beroepsgroep structure [FILE] [opties]

Toont de organen en partijen van het bestuursmodel van het scenario (bestuurszetels,
vergadering, adviesraad, afdelingen, partijen van het akkoord, regels) als Mermaid-stroomschema.
${DATASET}

Opties:
  --direction TB|LR  van boven naar beneden (standaard) of van links naar rechts
  --scenario NAAM    een ingebouwd scenario in plaats van FILE

${COMMON}

${EXITS}`,
};
