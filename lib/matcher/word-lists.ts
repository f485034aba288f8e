/**
 * Generic word lists the precision rules consult, English first. They are data, not
 * entity-specific code: none names a KB entity. All entries are folded
 * (lower case, no diacritics, no trailing dot).
 */

/**
 * Titles and honorifics: a capitalised word of this list directly before a
 * surname ("President Erdogan", "Gen. Akar") is not a competing first name.
 */
export const TITLES: ReadonlySet<string> = new Set(
  `president vice prime premier minister ministers deputy foreign defence defense interior
  finance economy trade secretary spokesman spokeswoman spokesperson envoy ambassador
  mr mrs ms miss mx dr prof professor sir dame lord lady madam monsieur herr frau fru mevrouw
  meneer signora signor senora senor sra sr mme hanim bayan
  general gen lt lieutenant colonel col major maj captain capt sgt sergeant corporal cpl
  private pvt admiral adm commander cmdr marshal field brigadier brig commodore
  chief head leader director chairman chairwoman chair chancellor governor gov mayor
  senator sen representative rep congressman congresswoman councillor councilor judge
  justice attorney prosecutor king queen prince princess emir sheikh sultan shah pope
  cardinal bishop archbishop father rev reverend imam ayatollah rabbi patriarch
  ceo founder analyst expert researcher scholar adviser advisor aide official officer
  agent coach speaker mp mep pm hon honourable honorable excellency president-elect
  comrade citizen dictator strongman autocrat bey pasha hoca efendi
  cumhurbaskani baskani baskan reis bakan bakani sayin sozcu sozcusu buyukelci buyukelcisi
  temsilci temsilcisi prasident prasidentin kanzler kanzlerin bondskanselier kanselier
  woordvoerder forbundskansler talesman talesperson utrikesminister forsvarsminister statsminister
  prezydent rzecznik kanclerz presiden menteri kanselir portavoce cancelliera cancelliere chanceler
  ministerin aussenminister außenminister verteidigungsminister sprecher staatschef presidente ministro
  kremlsprecher kremlchef machthaber regierungssprecher regierungschef
  ministra portavoz ministre presidents leaders premiers chancellors generals senators
  ambassadors envoys spokesmen secretaries kings
  господин госпожа президент президента министр министра премьер генерал глава лидер посол
  секретарь представитель`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words capitalised only because they open a sentence or a date, or because
 * headline style capitalises them: never a first name or a qualifier.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the and but or nor so yet for if when while as after before since until unless
  although though because then now today tonight yesterday tomorrow meanwhile however
  still also even only both either neither not no yes in on at by from to with without
  within into onto over under about above below between among against during through
  of off out up down near like unlike according asked said says say told tells added adds
  warned warns here there this that these those what who whom whose why how where which
  did does do has have had is was were will would could should can may might must
  be been being it its he she they we you i his her their our my your him them us
  let lets per via amid despite toward towards across behind beyond upon
  monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  breaking update updated live exclusive analysis opinion editorial explainer read watch
  photo video more news report reports add buy see ask thank
  instead thus indeed later earlier again last every all most many some such officially
  whether once whereas perhaps maybe hence therefore otherwise besides nonetheless
  nevertheless ultimately eventually initially currently recently already soon just ever
  never whatever whoever`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * {@link FUNCTION_WORDS} of the other languages the KB has names in
 * (Spanish, French, German, Italian, Turkish, Russian, Ukrainian, Dutch, Portuguese,
 * and a few Polish ones), and their reporting verbs:
 * "Según Peskov", "Selon Peskov", "Laut Erdogan", "Volgens Poetin", "Ayer Erdogan dijo",
 * "Sagte Erdogan", "Dijo Peskov", "Ранее Эрдоган" open a sentence with them;
 * Turkish headlines open with "Son dakika" or "Flaş".
 * Folded. Left out: words that are also common given names or surnames
 * ("Don", "Ma", "Le" on its own is kept: French pages far outnumber the
 * Vietnamese surname before a KB name).
 */
export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `segun ayer hoy manana pero mientras cuando tambien ademas incluso luego entonces asi donde
  aunque porque para por con sin tras ante desde entre hacia hasta sobre contra durante el
  la los las un una unos unas y o que como ya aun todavia este esta estos estas
  selon hier demain mais pour quand ainsi alors ensuite puis apres avant depuis pendant
  lorsque car donc et ou le les une des du au aux avec sans chez dans sur sous vers comme si
  aussi meme deja encore enfin cependant pourtant toutefois
  laut und aber auch doch als nach heute gestern morgen wie dass hier dort denn oder sondern
  jedoch zudem bereits nun jetzt da so mit ohne fur gegen bei von vor zu zum zur im am der
  aus auf um uber unter seit wahrend durch neben hinter zwischen wegen
  die das den dem des ein eine einen einem einer dabei daher deshalb trotzdem inzwischen
  zuvor zunachst spater
  secondo ieri oggi domani ma anche pero mentre dopo prima senza tra fra il lo gli ancora
  gia poi cosi perche
  ve ile ama fakat ancak dun bugun yarin gore icin gibi sonra once bu su ise son dakika
  sondakika flas velhasil hatta ustelik ayrica gerekirse belki simdi boylece nitekim
  dolayisiyla oysa halbuki madem eger elbette tabii aslinda zaten iste peki acaba ozellikle
  sadece yalnizca hem ne her bir cunku zira yani keza yine artik
  sagte erklarte betonte meinte warnte kundigte dijo afirmo aseguro senalo declaro explico
  advirtio anadio insistio dice disse afferma spiega ribadisce declare affirme estime ajoute
  precise souligne explique
  ранее вчера сегодня завтра затем позже позднее тогда теперь также однако сам сама лично
  именно даже только когда если пока хотя но и а или уже еще сеичас впрочем поэтому зато
  кроме по как при после накануне между вот это там здесь для с в к о у на за из от до без
  про над под перед через против со ко во об обо что чтобы ни же ли бы то
  між після серед біля разом також однак проте але та і й як коли тому отже нагадаємо
  раніше вчора сьогодні зараз від під
  volgens maar ook toen daarna intussen gisteren vandaag eerder later en het een van met
  voor door tegen zonder omdat want dus toch zelfs alleen nog aldus zei zegt stelt
  segundo ontem hoje amanha mas tambem quando depois antes para com sem desde os um uma
  ja ainda disse afirmou
  wedlug wczoraj dzis takze rowniez jednak ale oraz`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words naming a part of a place ("Southern France", "Upper Egypt",
 * "Metropolitan France"): never a first name before a place that is also a
 * surname, nor one before a surname.
 */
export const REGION_WORDS: ReadonlySet<string> = new Set(
  `north south east west northern southern eastern western central upper lower greater
  inner outer metropolitan mainland coastal rural occupied northwest northeast southwest
  southeast northwestern northeastern southwestern southeastern downtown`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * US states and their AP abbreviations: a place name followed by one of these
 * ("Moscow, Kansas", "Moscow, Ida.") is a US namesake unless the entity's own
 * aliases contain the state. Compared only when capitalised in the text.
 * Left out: "Georgia" (also a country) and "Washington" (lists of capitals:
 * "Moscow, Washington and Beijing").
 */
export const US_STATES: readonly string[][] = `alabama|ala|alaska|arizona|ariz|arkansas|ark|
california|calif|colorado|colo|connecticut|conn|delaware|del|florida|fla|hawaii|idaho|ida|
illinois|ill|indiana|ind|iowa|kansas|kan|kans|kentucky|ky|louisiana|la|maine|maryland|md|
massachusetts|mass|michigan|mich|minnesota|minn|mississippi|miss|missouri|mo|montana|mont|
nebraska|neb|nev|nevada|new hampshire|n h|new jersey|n j|new mexico|n m|new york|n y|
north carolina|n c|north dakota|n d|ohio|oklahoma|okla|oregon|ore|pennsylvania|pa|
rhode island|r i|south carolina|s c|south dakota|s d|tennessee|tenn|texas|tex|utah|vermont|
vt|virginia|va|west virginia|w va|wisconsin|wis|wyoming|wyo|ga`
  .split('|')
  .map((s) => s.trim().split(/\s+/))
  .filter((w) => w.length > 0 && w[0] !== '');

/**
 * Full US state names and their postal codes, as a page names its state in a
 * masthead, dateline, footer or address ("Syria, Virginia", "Syria, VA
 * 22743"): read page-wide, so no AP abbreviations ("Ind.", "Miss.", "La."
 * are common words or names), and neither "Georgia" (also a country) nor
 * "Washington" (the capital, wire datelines).
 */
export const US_STATE_NAMES: ReadonlyMap<string, string> = new Map(
  `Alabama:AL|Alaska:AK|Arizona:AZ|Arkansas:AR|California:CA|Colorado:CO|Connecticut:CT|
Delaware:DE|Florida:FL|Hawaii:HI|Idaho:ID|Illinois:IL|Indiana:IN|Iowa:IA|Kansas:KS|Kentucky:KY|
Louisiana:LA|Maine:ME|Maryland:MD|Massachusetts:MA|Michigan:MI|Minnesota:MN|Mississippi:MS|
Missouri:MO|Montana:MT|Nebraska:NE|Nevada:NV|New Hampshire:NH|New Jersey:NJ|New Mexico:NM|
New York:NY|North Carolina:NC|North Dakota:ND|Ohio:OH|Oklahoma:OK|Oregon:OR|Pennsylvania:PA|
Rhode Island:RI|South Carolina:SC|South Dakota:SD|Tennessee:TN|Texas:TX|Utah:UT|Vermont:VT|
Virginia:VA|West Virginia:WV|Wisconsin:WI|Wyoming:WY`
    .split('|')
    .map((s) => s.trim().split(':') as [string, string]),
);

/** Two-letter postal codes, recognised only in upper case after a comma ("Moscow, ID"). */
export const US_POSTAL_CODES: ReadonlySet<string> = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
  NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Second halves of hyphenated modifiers that make a name describe a kind of
 * thing ("Aleppo-style pepper", "Turkey-like bird"): a `notAfter` word list
 * is also tried after one of these, so "Aleppo-style pepper" is "Aleppo
 * pepper". "Aleppo-born" or "Aleppo-based" still name the place.
 */
export const MODIFIER_SUFFIXES: ReadonlySet<string> = new Set(
  `style styled type like inspired flavoured flavored spiced seasoned esque`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Exam and course acronyms: an ambiguous abbreviation joined to one of these
 * by "&" or "/" ("AP & SAT", "AP/IB courses") is the exam, not the news
 * agency. Other acronym lists keep it: "AP/NORC poll", "US/UK statement".
 */
export const COURSE_ACRONYMS: ReadonlySet<string> = new Set(
  `sat act ib psat gre gmat lsat mcat gcse igcse clep toefl ielts aice dse ged hsc`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Verbs that give a place's name to something else ("a cat named Ankara",
 * "a horse nicknamed Moscow"): the place is then a namesake, unless one of
 * {@link NAMING_CONTEXT} comes first ("Angora was named Ankara", "the city
 * now named Istanbul", which rename the place itself). Not "called": news
 * says "Erdogan called Moscow" (phoned) and "called Ankara's move illegal".
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set(
  `named nicknamed dubbed`.split(/\s+/).filter(Boolean),
);

/**
 * Words after "named <place>" that make it a designation of the place itself
 * ("named Ankara as host", "named Istanbul a European Capital of Culture").
 */
export const DESIGNATION_WORDS: ReadonlySet<string> = new Set(
  `as a an the its one among`.split(/\s+/).filter(Boolean),
);

/** Words before a {@link NAMING_VERBS} verb that mean the place itself is (re)named. */
export const NAMING_CONTEXT: ReadonlySet<string> = new Set(
  `is was were are be been being has have had now later officially formerly once since
  then also originally today city town capital village province country port`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Family words that, right before a bare surname-like word ("survived by a
 * son, Jeffrey", "his daughter Akar"), make it a relative's own first name.
 */
export const KIN_WORDS: ReadonlySet<string> = new Set(
  `son sons daughter daughters brother brothers sister sisters husband wife father mother
  grandson granddaughter nephew niece uncle aunt cousin stepson stepdaughter`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Nouns only a country or state has, after a possessive ("Turkey's central
 * bank", "Turkey's president"): the bird has no government, so a common-word
 * country name capitalised only by position names the country here.
 */
export const STATE_NOUNS: ReadonlySet<string> = new Set(
  `government president prime central parliament army military navy economy
  currency inflation border borders ministry minister foreign defence defense
  interior opposition constitution election elections embassy ambassador`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Qualifiers that make a place's name part of an institution based there
 * ("Borsa Istanbul", "Moscow Exchange": stock exchanges; "Istanbul
 * Basaksehir", the football club named after the city's district; "CSKA
 * Moscow", "Anadolu Efes Istanbul", clubs that carry the city's name; "Moscow
 * Oblast", the province around the city) or of a
 * thing named after it that the bare name never stands for ("Moscow Mule",
 * a cocktail: "Mule" is its short form, not "Moscow"; "Aleppo soap", made
 * there, which no one shortens to "Aleppo"; a newspaper, a publisher, an
 * institute, a university, an airline, a company or a tournament: "The
 * Washington Post", "Kremlin Cup", "Middle East Eye", "U.S. Bank"; a
 * site's edition: "US edition"; a family named after one of its members:
 * "the Assad family", or his wife: "Mrs Assad"; a breed: "the Ankara
 * cat"; a road: "U.S. Route 66"; a hall: "the State Kremlin Palace"; a
 * team or a school: "Washington Wizards", "Washington Elementary School",
 * "HC Sochi"; a broadcaster: "Russia Today"; in Russian, the river
 * "Москва-река", the paper "Вечерняя Москва", the spice "перец Алеппо"):
 * such a `notBefore`/`notAfter` match rejects only that span. Words are
 * folded as the page's are ("рекои" for "рекой"). Other qualifiers
 * ("Moscow, Kansas", "Aleppo pepper", "Damascus steel") mean another place
 * of the same name, or a thing the bare name may stand for on that page
 * ("a pinch of Aleppo"), and contest the name on the whole page.
 */
export const INSTITUTION_QUALIFIERS: ReadonlySet<string> = new Set(
  `borsa bourse exchange basaksehir mule mules soap cska spartak dynamo dinamo lokomotiv lokomotive
  torpedo khimki efes oblast region post times eye monitor institute airlines quarterly journal
  bank bancorp cellular foods edition editions technical university cup family families
  dynasty clan clans aile ailesi ailesinin ailesinden ailesine ailesini open amateur women club
  model free route highway palace insight
  nationals commanders wizards capitals mystics elementary school academy hc fc pfc today policy
  report center centre 24 cat cats kedisi goat goats kecisi street avenue ave st blvd boulevard
  road rd mrs ms mme madame frau senora sra signora hanim watch река реки реке рекои реку вечерняя
  вечернеи вечернюю перец перца перцем перце мыло мыла мылом united modern hall сегодня civil
  defence defense
  لوكوموتيف سبارتاك دينامو تسيسكا باشاك`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Institution qualifiers that are part of a proper name only when
 * capitalised: "U.S. Bank", "Middle East Eye", but "one US bank", "a
 * Washington post".
 */
export const PROPER_NAME_QUALIFIERS: ReadonlySet<string> = new Set(
  `post times eye monitor institute airlines quarterly journal bank bancorp cellular foods
  technical university cup open amateur women club model nationals commanders wizards capitals modern
  mystics elementary school academy today policy report center centre street avenue ave st blvd
  boulevard road rd watch hall`.split(/\s+/),
);

/**
 * Capitalised landform and water words that make a place's name part of
 * another feature's name ("Turkey Point", "Turkey Creek", "Moscow Mountain"):
 * that span is not the place. Not "province", "city", "airport"...: those
 * name the place or something in it; not "Falls", "Springs", "Bluff", which
 * title-case headlines use as verbs and nouns ("Moscow Falls Silent").
 */
export const GEO_FEATURES: ReadonlySet<string> = new Set(
  `creek creeks run point ridge hollow knob mountain mountains lake lakes river island
  islands bay swamp neck valley canyon brook pond hill hills`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Capitalised street and park words after a place ("Ankara Street", "Moscow
 * Road", "Istanbul Avenue", "Istanbul Park", the racing circuit): a street
 * or ground named after the place, not the place. Checked
 * like {@link GEO_FEATURES}, but only in running text: a title-case or
 * ALL-CAPS line capitalises every word ("Moscow Street Protests Grow"). Not
 * "St" (a saint: "Moscow St Basil's") nor "Square", "Drive", "Way" (headline
 * nouns and verbs).
 */
export const STREET_WORDS: ReadonlySet<string> = new Set(
  `street avenue ave boulevard blvd road lane park`.split(/\s+/).filter(Boolean),
);

/**
 * Capitalised eatery words after a place ("Istanbul Grill", "Damascus Kebab",
 * "Aleppo Bakery", "Kremlin Coffee House"): a restaurant or shop named after the place, in running
 * text and in headlines alike ("Istanbul Grill Opens Downtown").
 */
export const EATERY_WORDS: ReadonlySet<string> = new Set(
  `grill kebab kebabs kitchen bakery cafe coffee bistro diner deli pizzeria pizza sweets sushi
  sofrasi lokantasi kebapcisi ocakbasi mutfagi`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Eatery and lodging words before a place name its business ("Café Moscú",
 * "el bar Estambul", "restaurante Damasco", "Hotel Moscow"): checked in
 * any case, since Spanish writes them in lower case.
 */
export const EATERY_WORDS_BEFORE: ReadonlySet<string> = new Set(
  `cafe bar restaurante restaurant ristorante trattoria pizzeria taberna hotel hostal bistro`.split(
    /\s+/,
  ),
);

/**
 * Capitalised lodging and restaurant words after a place ("Grand Ankara
 * Hotel", "Moscow Inn"): a business named after the place. Checked like
 * {@link STREET_WORDS} (a headline may say "Moscow Hotel Fire Kills 5"), and
 * also in headlines when the word ends the line or list entry: a listing's
 * name.
 */
export const LODGING_WORDS: ReadonlySet<string> = new Set(
  `hotel hotels inn suites motel hostel restaurant`.split(/\s+/).filter(Boolean),
);

/**
 * Capitalised business words after a place ("Washington Federal", "Moscow
 * Trust"): a company named after the place. Checked like {@link LODGING_WORDS}.
 */
export const COMPANY_WORDS: ReadonlySet<string> = new Set(
  `trust financial federal insurance mutual bancorp bancshares holdings`.split(/\s+/),
);

/**
 * Legal-form and banking words that end a company's name ("Washington Trust
 * Bancorp", "Erdogan Trucking LLC", "Kremlin Farmers Cooperative"): within
 * the capitalised words right after a name, they make the whole run a
 * company's name, in any line.
 */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(
  `bancorp bancshares inc corp corporation ltd llc plc holdings co company cooperative gmbh`.split(
    /\s+/,
  ),
);

/**
 * Legal forms of other countries that end a company's name only in capitals
 * ("Turkiye Is Bankasi AS", "Türkiye Petrol Rafinerileri A.Ş." in a fund's
 * holdings, "Gazprom PJSC"): written "As" or "Sa" they are words of a
 * title-case headline ("Turkey As Seen From Moscow"). Not "AG", an attorney
 * general in headlines ("Israel AG clears way").
 */
export const CAPITAL_COMPANY_SUFFIXES: ReadonlySet<string> = new Set(
  `as sa nv spa ab asa pjsc jsc pao oao`.split(/\s+/),
);

/**
 * Places that are also the names of US states left out of the state lists
 * (see {@link US_STATE_NAMES}): after "Town, " in an address they are the
 * state ("Ellensburg, Washington").
 */
export const STATE_NAMED_PLACES: ReadonlySet<string> = new Set(['washington', 'georgia']);

/** Titles of US lawmakers and governors, whose home state follows "of" in AP style. */
export const LAWMAKER_TITLES: ReadonlySet<string> = new Set(
  `rep reps representative sen senator congressman congresswoman gov governor del delegate`.split(
    /\s+/,
  ),
);

/**
 * Prepositions that place a town: "in Gaziantep, Turkey", "from Izmir,
 * Turkey"; and those of the other languages the KB names places in ("em
 * Alepo", "nach Moskau"), but not their "of" ("de", "di", "von"), which
 * also names things after a place ("sabão de Alepo"), nor French "à",
 * which folds to the English article.
 */
export const LOCATING_WORDS: ReadonlySet<string> = new Set(
  'in from near outside of at to into around across towards toward through en em dans nach aus bei desde hacia'.split(
    ' ',
  ),
);

/**
 * Capitalised newspaper masthead words ("The Moscow Times", "Syria Times"):
 * the paper is named after the place but is not it. Checked like
 * {@link GEO_FEATURES}, rejecting that span only. Not "Today" nor "Post":
 * title-case headlines use them after the place itself ("Russia Today
 * Warns...", "Turkey Reinforces Idlib Post").
 */
export const MASTHEAD_WORDS: ReadonlySet<string> = new Set(
  `times herald tribune gazette journal chronicle courier inquirer sentinel examiner`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Capitalised US local-government units after a place ("Aleppo Township",
 * "Moscow Borough"): another place of the same name, like "Moscow, Pa.", so
 * the name is contested on the whole page. Syrian, Turkish and Russian
 * places have governorates, provinces and oblasts, not these.
 */
export const US_LOCAL_UNITS: ReadonlySet<string> = new Set(
  `township townships borough parish`.split(/\s+/).filter(Boolean),
);

/**
 * Surnames that are also nouns ("the macron over a vowel", "the baker", "a
 * mason"; Russian "путина", the salmon run, in the cases it shares with
 * "Путина"): on a page that also writes the word in lower case, a
 * capital that only a sentence start or a headline gives ("Macron marks sit
 * over a vowel", "MACRON VS. BREVE") is no evidence of the person, who must
 * then be named on their own merits or next to a related name. Kept to
 * nouns: each costs one search of the page when it opens a sentence.
 */
export const NOUN_SURNAMES: ReadonlySet<string> = new Set(
  `macron baker barber bishop butcher butler carpenter carter cook draper fisher fletcher
  fowler gardener glover hunter mason miller painter parker porter potter sawyer shepherd
  skinner smith spicer taylor thatcher turner walker weaver
  путина путину путине`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words before an object pronoun: in an ALL-CAPS line "US" after one of them
 * and before the end of the phrase is "us" ("STAY WITH US.", "TELL US —"); a
 * KB qualifier list made of one of them ("follow" before "US") names the
 * pronoun, not another meaning of the name, so it rejects that span only.
 */
export const PRONOUN_CUE_WORDS: ReadonlySet<string> = new Set(
  `with for to of about among like than from by behind beside without against toward towards
  around near between into onto upon tell give show let join follow help contact email call
  visit send ask watch`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Topic words that follow a country in a site's section menu ("France
 * Politics", "Egypt Travel"): capitalised by the menu, never a surname, so
 * "Israel Politics" is the country, unlike "Israel Okonkwo".
 */
export const SECTION_WORDS: ReadonlySet<string> = new Set(
  `politics economy business news sport sports travel culture opinion weather health science
  tech technology markets elections election football soccer tennis basketball cricket rugby
  arts music film food lifestyle education environment climate`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Verbs a title-case headline capitalises next to a name ("Erdogan Meets
 * Putin", "Turkey Calls Putin", "Putin and Erdogan Meet as Idlib Crisis
 * Deepens"): never another person's given name or surname. Left out: verbs
 * that are also common names ("Will", "Mark", "Grant", "Chase", "Hunt",
 * "Hope", "Burns", "Banks", "Drew", "Sue", "Bill", "Marks", "Sacks").
 */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set(
  `meet meets met meeting calls call called visits visit visited urges urge urged vows vow
  vowed signs sign signed agrees agree agreed rejects reject rejected slams slam slammed
  threatens threaten threatened seeks seek sought wants want wanted backs backed blames blame
  blamed pledges pledge pledged plans plan planned hosts host hosted hails hailed praises
  praise praised accuses accuse accused denies deny denied demands demand demanded orders
  ordered sends send sent launches launch launched strikes struck hits hit fires fired
  discusses discuss discussed talks talked speaks speak spoke phones phoned condemns condemn
  condemned criticizes criticises criticize criticise criticized criticised defends defend
  defended confirms confirm confirmed announces announce announced claims claimed insists
  insisted admits admitted offers offered proposes proposed returns returned arrives arrive
  arrived heads headed travels welcomes welcome welcomed receives received joins joined
  quits resigns resigned wins won loses lost faces faced gets got takes took gives gave
  makes made saw keeps kept puts stands stood fears feared expects expected tries tried moves
  moved pushes pushed pulls pulled cuts steps stepped rallies rallied eyes eyed weighs
  weighed mulls mulled plots touts taps tapped nears neared pitches inks inked signals
  signaled signalled unveils unveiled eases eased boosts boosted rebuffs rebuffed snubs
  snubbed spurns spurned scolds scolded lashes lashed chides chided blasts blasted dismisses
  dismissed shrugs downplays downplayed slaps slapped sanctions sanctioned reaches reached
  seals sealed brokers brokered halts halted suspends suspended extends extended
  promises promised pressures pressured presses pressed courts courted woos wooed thanks
  thanked congratulates congratulated greets greeted responds responded
  replies replied rebukes rebuked fumes fumed vetoes vetoed approves approved
  appoints appointed ousts ousted rules ruled`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Ordinals, folded: "Fourth Erdoğan cabinet", "Second Putin administration"
 * number a leader's governments; never a first name.
 */
export const ORDINALS: ReadonlySet<string> = new Set(
  `first second third fourth fifth sixth seventh eighth ninth tenth`.split(' '),
);

/**
 * Adjectives and epithets a title-case headline capitalises before a name
 * ("Europe Fears New Erdogan Gambit", "Angry Putin Calls Erdogan",
 * "Embattled Assad Digs In", "Tsar Putin Blinks", "Inside Assad's Final
 * Offensive", Turkish "Devrik Esad", the deposed Assad): never another
 * person's given name. Left out: words that are also
 * names ("Young", "Noble", "Rich", "Frank", "Earnest", "Constant").
 */
export const HEADLINE_ADJECTIVES: ReadonlySet<string> = new Set(
  `new angry embattled defiant snap top key rare tense fresh secret surprise emergency crucial
  historic former latest final big major critical beleaguered isolated emboldened weakened
  wary cautious bold unpredictable strongman ailing aging ageing exiled fallen deposed jailed
  powerful populist autocratic authoritarian veteran longtime rival defeated victorious
  triumphant furious frustrated confident upbeat stern combative unbowed undeterred resurgent
  battered besieged cornered desperate hardline hawkish dovish embarrassed humiliated
  mercurial wounded unrepentant ex inside tsar czar sultan devrik`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A national team's roles and squads after a country's name, in lower case
 * ("Turkey coach", "the Turkey international", "Egypt striker"): the
 * country, whatever else its name can mean.
 */
export const TEAM_NOUNS: ReadonlySet<string> = new Set(
  `coach manager boss captain international internationals striker midfielder defender
  goalkeeper keeper forward winger squad u21 u23`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words of match reports and box scores, in the KB's languages: a page with
 * several of them is a sports page (see `RuleContext.sportsPage`), where a
 * bare surname is more likely a player's than a politician's. None is a word
 * a news story on the KB's subjects uses often ("goal", "penalty",
 * "assist", "league", "match", "season", "defenders", German "trifft" and
 * "traf", which also mean "meets" and "met", are left out).
 */
export const SPORTS_WORDS: readonly string[] = `scored scorer scorers striker strikers
  midfielder midfielders defenseman defensemen goalkeeper goalie winger hat-trick touchdown
  touchdowns quarterback innings wicket wickets playoff playoffs halftime half-time kickoff
  kick-off bundesliga ppg gwg shg crosstable pairings elo tiebreak grandmaster
  tore torschütze torjäger stürmer torwart elfmeter eingewechselt eingewechselte
  tabellenführer spieltag
  gol goles golazo delantero portero centrocampista
  buteur buteurs attaquant
  golü golünü forvet kaleci
  attaccante portiere`
  .split(/\s+/)
  .filter(Boolean);
