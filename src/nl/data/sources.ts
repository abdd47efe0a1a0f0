import type { Source } from "../../model/types.js";

/**
 * Every source the Dutch dataset cites. Titles are our own short descriptions;
 * the pages are public and were read as archived copies. Two entries are not
 * outside sources: `assumption` and `illustration` mark, in the data itself,
 * what this dataset supposes or invents for the sake of an example.
 */
export const SOURCES: readonly Source[] = [
  // The founding letter and this dataset's own marks.
  {
    id: "letter",
    title: "Letter from AOb, CNV Onderwijs, FvOv and BVMBO to the minister of OCW on forming the professional body",
    publisher: "AOb, CNV Onderwijs, FvOv, BVMBO",
    note: "Undated; addressed to minister Dijkgraaf and written after the Wetgevingsoverleg of 26 June (2023) that it mentions. No stable public address is known to this dataset.",
  },
  {
    id: "assumption",
    title: "Assumption made for this dataset",
    publisher: "beroepsgroep",
    note: "Marks a figure or date that no source gives; docs/dutch-case.md lists every assumption.",
  },
  {
    id: "illustration",
    title: "Illustration written for this dataset",
    publisher: "beroepsgroep",
    note: "Marks a made-up arrangement (who leads which theme where under a proposed model). It is an example, not a fact.",
  },

  // Organisations.
  { id: "aob-about", title: "About the AOb", url: "https://www.aob.nl/en/over-de-aob/", publisher: "AOb" },
  { id: "aob-members-2019", title: "AOb gained members in 2019", url: "https://www.aob.nl/nieuws/aob-kende-ledenwinst-in-2019/", publisher: "AOb" },
  { id: "wiki-aob", title: "General Education Union", url: "https://en.wikipedia.org/wiki/General_Education_Union", publisher: "Wikipedia" },
  { id: "cnvo-english", title: "CNV Onderwijs in English", url: "https://www.cnvo.nl/meta-menu/english/", publisher: "CNV Onderwijs" },
  {
    id: "cnvo-platform",
    title: "CNV Onderwijs: from union to platform for education professionals",
    url: "https://onderwijsmedia.nl/cnv-onderwijs-van-vakbond-naar-platform-voor-onderwijsprofessionals/",
    publisher: "Onderwijsmedia",
  },
  { id: "kov-history", title: "History of the KOV and the merger into CNV Onderwijs", url: "http://www.bakschrijft.nl/kov.html" },
  { id: "fvov-about", title: "About the FvOv", url: "https://www.fvov.nl/fvov/", publisher: "FvOv" },
  { id: "kvlo-union", title: "KVLO as a union: FvOv, CMHF and VCP", url: "https://www.kvlo.nl/over-kvlo/vakbond.html", publisher: "KVLO" },
  { id: "nvo-caos", title: "Collective agreements in education", url: "https://www.nvo.nl/caos/caos-in-het-onderwijs.aspx", publisher: "NVO" },
  {
    id: "fvov-chair",
    title: "FvOv seeks a new chair",
    url: "https://www.nvlf.nl/nieuws/oproep-fvov-zoekt-nieuwe-voorzitter/",
    publisher: "NVLF",
  },
  {
    id: "wiki-vcp",
    title: "Vakcentrale voor Professionals",
    url: "https://nl.m.wikipedia.org/wiki/Vakcentrale_voor_Professionals",
    publisher: "Wikipedia",
  },
  { id: "vcp-about", title: "About the VCP", url: "https://vcp.nl/over-vcp/", publisher: "VCP" },
  { id: "bvmbo-mission", title: "BVMBO mission and vision", url: "https://www.bvmbo.nl/over-bvmbo/missie-en-visie", publisher: "BVMBO" },
  {
    id: "bvmbo-chair",
    title: "Role description of the BVMBO chair",
    url: "https://www.bvmbo.nl/functiebeschrijving-voorzitter-van-de-bvmbo/",
    publisher: "BVMBO",
  },
  {
    id: "bvmbo-interview",
    title: "Interview on the BVMBO and the mbo teacher's professional profile",
    url: "https://mbo-today.nl/we-moeten-blijven-uitdragen-hoe-goed-we-het-doen-als-mbo/",
    publisher: "MBO Today",
  },
  {
    id: "bvmbo-leaves-oc",
    title: "BVMBO ends its membership of the Onderwijscoöperatie",
    url: "https://mbo-today.nl/bvmbo-zegt-lidmaatschap-onderwijscooperatie-op/",
    publisher: "MBO Today",
  },
  { id: "pvvvo-start", title: "Platform VVVO home page", url: "https://www.platformvvvo.nl/start/", publisher: "Platform VVVO" },
  {
    id: "pvvvo-representation",
    title: "Platform VVVO: representation",
    url: "https://www.platformvvvo.nl/vertegenwoordiging/",
    publisher: "Platform VVVO",
  },
  {
    id: "bon-about",
    title: "About the association Beter Onderwijs Nederland",
    url: "https://www.beteronderwijsnederland.nl/book/over-de-vereniging/",
    publisher: "BON",
  },
  {
    id: "bon-anniversary",
    title: "BON celebrates ten years",
    url: "https://www.beteronderwijsnederland.nl/nieuws/2016/06/een-mooi-feestje/",
    publisher: "BON",
    date: "2016-06-10",
  },
  {
    id: "bon-leaves-oc",
    title: "BON leaves the Onderwijscoöperatie with immediate effect",
    url: "https://www.beteronderwijsnederland.nl/nieuws/2016/10/bon-stapt-per-direct-uit-de-onderwijscooperatie/",
    publisher: "BON",
  },

  // The Onderwijscoöperatie and the register.
  {
    id: "cnv-oc",
    title: "CNV Onderwijs on the Onderwijscoöperatie",
    url: "https://onderwijs.cnvconnectief.nl/lidmaatschap/over-cnv-onderwijs/wie-wij-zijn/de-onderwijscooperatie/",
    publisher: "CNV Onderwijs",
  },
  { id: "vls-oc", title: "VLS on the Onderwijscoöperatie", url: "https://www.vls-cmhf.nl/onderwijscooperatie/", publisher: "VLS" },
  {
    id: "oc-organisation",
    title: "Onderwijscoöperatie: organisation",
    url: "https://onderwijscooperatie.nl/waar-staan-we-voor/organisatie/",
    publisher: "Onderwijscoöperatie",
  },
  {
    id: "oc-agenda-2014",
    title: "Agenda Beroepsgroep Leraren 2014, annual plan of the Onderwijscoöperatie",
    url: "http://docplayer.nl/1123077-Agenda-beroepsgroep-leraren-2014-jaarplan-2014.html",
    publisher: "Onderwijscoöperatie",
  },
  {
    id: "oc-statutes-board",
    title: "The Onderwijscoöperatie reconsiders its legal entity",
    url: "https://nationaleonderwijsgids.nl/docenten/nieuws/43833-onderwijscooperatie-bezint-zich-op-voortbestaan-rechtspersoon-oc.html",
    publisher: "Nationale Onderwijsgids",
  },
  {
    id: "oc-wind-up",
    title: "Parliament debates the dissolution of the Onderwijscoöperatie",
    url: "https://www.nationaleonderwijsgids.nl/docenten/nieuws/48206-kamer-bespreekt-de-opheffing-van-de-onderwijscooperatie.html",
    publisher: "Nationale Onderwijsgids",
  },
  {
    id: "oc-end",
    title: "Onderwijscoöperatie dissolved as of 1 January 2019",
    url: "https://mbo-today.nl/onderwijscooperatie-per-1-januari-2019-opgeheven/",
    publisher: "MBO Today",
  },
  {
    id: "oc-end-vls",
    title: "How the dissolution of the Onderwijscoöperatie is carried out",
    url: "https://www.vls-cmhf.nl/uitwerking-opheffing-onderwijscooperatie/",
    publisher: "VLS",
  },
  {
    id: "oc-register-back",
    title: "Onderwijscoöperatie withdraws from the teacher register",
    url: "https://mbo-today.nl/onderwijscooperatie-trekt-handen-af-van-lerarenregister/",
    publisher: "MBO Today",
  },
  {
    id: "teacher-parliament",
    title: "Twenty-four teachers will form the register parliament",
    url: "https://mbo-today.nl/vierentwintig-leraren-vormen-straks-registerparlement/",
    publisher: "MBO Today",
  },
  {
    id: "bestuursakkoord-2012",
    title: "Bestuursakkoord Beroepsgroep Leraren 2012-2015, written consultation (Kamerstuk 27923 nr. 142)",
    url: "https://zoek.officielebekendmakingen.nl/kst-27923-142.html",
    publisher: "Tweede Kamer",
  },
  {
    id: "register-voluntary",
    title: "Education professionals and government collaborate on register of teachers",
    url: "https://www.government.nl/latest/news/2015/09/04/education-professionals-and-government-collaborate-on-register-of-teachers",
    publisher: "Government of the Netherlands",
    date: "2015-09-04",
  },
  {
    id: "register-act",
    title: "Act of 22 February 2017 introducing a teacher register and a register antechamber (Staatsblad 2017, 85)",
    publisher: "Staatsblad",
    date: "2017-02-22",
    note: "The act itself. Cited by its Staatsblad number, which resolves on officielebekendmakingen.nl; this dataset read it only as cited by the decree that set its entry into force (register-in-force), so no address of its own is given.",
  },
  {
    id: "register-in-force",
    title: "Decree setting the entry into force of the act on the teaching profession and the teacher register (Staatsblad 2017, 293)",
    url: "https://zoek.officielebekendmakingen.nl/stb-2017-293.html",
    publisher: "Staatsblad",
    note: "Not the act: the act is Staatsblad 2017, 85 (register-act). This decree put it into force in parts from 1 August 2017.",
  },
  {
    id: "register-abolished",
    title: "Senate votes to abolish the teacher register",
    url: "https://www.vo-raad.nl/nieuws/eerste-kamer-stemt-voor-afschaffen-lerarenregister",
    publisher: "VO-raad",
  },
  {
    id: "register-abolished-mbo",
    title: "Large majority votes to abolish the teacher register",
    url: "https://mbo-today.nl/ruime-meerderheid-stemt-voor-afschaffen-lerarenregister/",
    publisher: "MBO Today",
  },
  {
    id: "register-standard",
    title: "How teachers came to be obliged to keep up their training",
    url: "https://decorrespondent.nl/7443/hoe-de-leraar-verplicht-werd-zich-bij-te-scholen/411230148813-28fb6c2c",
    publisher: "De Correspondent",
  },

  // Policy, motions and the Lerarencollectief.
  {
    id: "leerkracht-2008",
    title: "Convenant Actieplan LeerKracht van Nederland",
    url: "https://www.functiemix.nl/documenten/publicaties/2008/04/16/convenant-leerkracht",
    publisher: "OCW and the social partners",
    date: "2008-04-16",
  },
  {
    id: "motion-2016",
    title: "Motion Straus, Van Meenen and Ypma (Kamerstuk 34458 nr. 16)",
    url: "https://www.openkamer.org/stemming/kamerstuk/34458/16/",
    publisher: "Tweede Kamer",
    date: "2016-10-05",
  },
  {
    id: "motion-2018",
    title: "Motion Van Meenen and Rog (Kamerstuk 27923 nr. 295)",
    url: "https://www.fvd.nl/27923-295",
    publisher: "Tweede Kamer",
    date: "2018-03-29",
  },
  {
    id: "motion-2018-adopted",
    title: "Parliament wants the board of the Onderwijscoöperatie to step down",
    url: "https://mbo-today.nl/tweede-kamer-wil-dat-bestuur-onderwijscooperatie-vertrekt/",
    publisher: "MBO Today",
  },
  {
    id: "debate-2019",
    title: "Plenary debate on the future of the Onderwijscoöperatie (Handelingen II 2018-2019, nr. 67, item 10)",
    url: "https://zoek.officielebekendmakingen.nl/h-tk-20182019-67-10.html",
    publisher: "Tweede Kamer",
  },
  {
    id: "slob-2019",
    title: "Letter on supporting the forming of a teachers' professional body (Kamerstuk 27923 nr. 367), as listed by OpenKamer",
    url: "https://www.openkamer.org/kamerstuk/27923/383/",
    publisher: "Tweede Kamer",
    date: "2019-06-07",
  },
  {
    id: "lc-launch",
    title: "How the Lerarencollectief added vo to po",
    url: "https://didactiefonline.nl/blog/vriend-en-vijand/hoe-het-lerarencollectief-po-er-vo-bij-ging-doen",
    publisher: "Didactief",
  },
  {
    id: "lc-start",
    title: "Lerarencollectief officially started",
    url: "https://www.poraad.nl/schoolontwikkeling/opleiden-ontwikkelen/lerarencollectief-officieel-van-start",
    publisher: "PO-Raad",
  },
  {
    id: "lc-vo-subsidy",
    title: "Start subsidy for founding organisers of a professional association of vo teachers",
    url: "https://www.vo-raad.nl/nieuws/startsubsidie-voor-kwartiermakers-beroepsvereniging-leraren-vo",
    publisher: "VO-raad",
    date: "2021-12-22",
  },
  {
    id: "lc-vo-update",
    title: "Update on the vo department of the Lerarencollectief",
    url: "https://lerarencollectief.nl/update-ontwikkelingen-vo-afdeling-lerarencollectief/",
    publisher: "Lerarencollectief",
  },
  {
    id: "lc-mandate-back",
    title: "The Lerarenraad hands its mandate back to the members",
    url: "https://lerarencollectief.nl/lerarenraad-geeft-opdracht-terug-aan-de-leden/",
    publisher: "Lerarencollectief",
  },
  {
    id: "lc-stops",
    title: "The Lerarencollectief stops",
    url: "https://lerarencollectief.nl/het-lerarencollectief-stopt/",
    publisher: "Lerarencollectief",
  },
  {
    id: "vroonhoven-2020",
    title: "Van Vroonhoven makes an impression",
    url: "https://didactiefonline.nl/blog/redactie/van-vroonhoven-maakt-indruk",
    publisher: "Didactief",
  },
  {
    id: "taskforce-2020",
    title: "Education ministers set up a taskforce on the teacher shortage",
    url: "https://www.nu.nl/politiek/6061802/onderwijsministers-stellen-taskforce-in-voor-betere-aanpak-lerarentekort.html",
    publisher: "NU.nl",
  },
  {
    id: "lerarenstrategie-2023",
    title: "Kamerbrief 'Voortgang lerarenstrategie' (letter to parliament on the progress of the teacher strategy)",
    publisher: "Minister of OCW",
    date: "2023-06-20",
    note: "The founding letter answers it and names it by title only. No public address is known to this dataset, so it is cited by title and date; the day, 20 June 2023, was not checked against a public page here.",
  },
  {
    id: "napl-submitted",
    title: "Growth-fund application for the professional development of teachers submitted",
    url: "https://universitaireaanpaklerarentekort.nl/nationaal-groeifonds-aanvraag-professionalisering-leraren-ingediend/",
    publisher: "Universitaire aanpak lerarentekort",
  },
  {
    id: "napl-granted",
    title: "Cabinet invests in the professional development of teachers",
    url: "https://www.mboraad.nl/index.php/nieuws/kabinet-investeert-lerarenprofessionalisering",
    publisher: "MBO Raad",
  },
  {
    id: "napl-granted-partners",
    title: "Growth-fund application for strengthening teachers' professional development granted",
    url: "https://www.groenendijk.nl/groeifondsaanvraag-voor-het-versterken-van-de-professionalisering-van-leraren-toegekend/",
    publisher: "Groenendijk",
  },

  // Education regions.
  {
    id: "forerunners-2023",
    title: "Learning for the Netherlands: 27 forerunner education regions start",
    url: "https://www.aanpaklerarentekort.nl/regios/nieuws/2023/07/12/leren-voor-nederland---samenwerking-in-onderwijsregios-27-voorlopers-definitief-van-start",
    publisher: "Aanpak lerarentekort (OCW)",
    date: "2023-07-12",
    note: "The copy read lists the first forerunner regions only; the rest of the list was cut off.",
  },
  {
    id: "regions-regulation-2023",
    title: "Subsidieregeling Onderwijsregio's (Staatscourant 2023, 24813)",
    url: "https://zoek.officielebekendmakingen.nl/stcrt-2023-24813.html",
    publisher: "Staatscourant",
  },
  {
    id: "regions-regulation-2024",
    title: "Subsidieregeling Landelijk dekkend netwerk onderwijsregio's (Staatscourant 2024, 18763)",
    url: "https://zoek.officielebekendmakingen.nl/stcrt-2024-18763.html",
    publisher: "Staatscourant",
  },
  {
    id: "regions-network",
    title: "Subsidy for the nationwide network of education regions",
    url: "https://www.dus-i.nl/subsidies/landelijk-dekkend-netwerk-onderwijsregios",
    publisher: "DUS-I",
  },
  { id: "regions-2024", title: "Subsidy for education regions", url: "https://www.dus-i.nl/subsidies/onderwijsregios", publisher: "DUS-I" },
  {
    id: "regions-count",
    title: "Number of operational education regions and share of schools taking part",
    url: "https://ocwincijfers.nl/indicatoren-funderend-onderwijs/het-aantal-operationele-regios-en-het-percentage-scholen-of-schoolbesturen-dat-uitmaakt-van-de-regionale-aanpak-de-onderwijsregios",
    publisher: "OCW in cijfers",
  },
  {
    id: "regions-letter-2025",
    title: "Letter to parliament on education regions (2025D19315)",
    url: "https://berthub.eu/tkconv/document.html?nummer=2025D19315",
    publisher: "Tweede Kamer",
    date: "2025-04-25",
  },

  // Sectors and themes.
  {
    id: "sectors-cbs",
    title: "Education levels used by Statistics Netherlands",
    url: "https://www.cbs.nl/en-gb/news/2023/34/sharp-decline-in-long-term-unemployment-over-past-decade/education-level",
    publisher: "CBS",
  },
  {
    id: "teachers-eurydice",
    title: "Netherlands: teachers and education staff",
    url: "https://eurydice.eacea.ec.europa.eu/national-education-systems/netherlands/teachers-and-education-staff",
    publisher: "Eurydice",
  },
  {
    id: "competence-decree",
    title: "Besluit bekwaamheidseisen onderwijspersoneel",
    url: "https://wetten.overheid.nl/BWBR0018692/2022-08-01",
    publisher: "Overheid.nl",
  },
  {
    id: "qualifications",
    title: "Which teaching qualifications exist",
    url: "https://www.onderwijsloket.com/kennisbank/artikel-archief/welke-bevoegdheden-zijn-er/",
    publisher: "Onderwijsloket",
  },
];
