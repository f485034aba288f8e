import { describe, expect, it } from 'vitest';
import { alias, found, matcherFor } from './helpers';

describe('case rules', () => {
  const m = matcherFor([
    alias('turkey', 'Turkey', { entityType: 'place', match: 'context', kind: 'common-word' }),
    alias('turkey', 'Republic of Turkey', { entityType: 'place' }),
    alias('erdogan', 'Recep Tayyip Erdogan'),
    alias('nato', 'NATO', { entityType: 'organization', caseSensitive: true }),
    alias('macron', 'Macron', { kind: 'surname' }),
    alias('fsa', 'Free Syrian Army', { entityType: 'organization' }),
  ]);

  it('needs a capital first letter for one-word aliases', () => {
    // Mid-sentence: after ";" the capital would be positional (see "surnames
    // the page also writes as common nouns").
    expect(found(m, 'the macron over a vowel, said Macron')).toEqual(['macron:Macron']);
    expect(found(m, 'MACRON SAYS')).toEqual(['macron:MACRON']);
  });

  it('matches case-sensitive aliases exactly', () => {
    expect(found(m, 'NATO and Nato and nato')).toEqual(['nato:NATO']);
  });

  it('needs some capital in a multi-word alias written with capitals', () => {
    expect(found(m, 'a free syrian army')).toEqual([]);
    expect(found(m, 'the Free Syrian army')).toEqual(['fsa:Free Syrian army']);
  });

  it('never takes the lower-case common noun: Thanksgiving turkey', () => {
    expect(found(m, 'Recep Tayyip Erdogan carved the Thanksgiving turkey.')).toEqual([
      'erdogan:Recep Tayyip Erdogan',
    ]);
  });

  it('treats a common word capitalised only by position as needing context', () => {
    // Sentence start, headline, all caps: no signal on a page with no related name.
    expect(found(m, 'Turkey is best brined overnight.')).toEqual([]);
    expect(found(m, 'HOW TO ROAST A TURKEY')).toEqual([]);
    expect(found(m, 'Perfect Roast Turkey For Beginners')).toEqual([]);
    // With the country named on the page, the same positions count.
    expect(found(m, 'Republic of Turkey. Turkey is a NATO member.')).toEqual([
      'turkey:Republic of Turkey',
      'turkey:Turkey',
      'nato:NATO',
    ]);
  });
});

describe('context aliases', () => {
  const m = matcherFor(
    [
      alias('akar', 'Hulusi Akar'),
      alias('akar', 'Akar', { kind: 'surname', match: 'context' }),
      alias('turkey', 'Turkey', { entityType: 'place', match: 'context', kind: 'common-word' }),
      alias('erdogan', 'Recep Tayyip Erdogan'),
      alias('moscow', 'Moscow', { entityType: 'place', match: 'context' }),
      alias('russia', 'Russia', { entityType: 'place' }),
    ],
    { related: { erdogan: ['turkey'], moscow: ['russia'] } },
  );

  it('counts a context alias only with an alone mention of the same entity on the page', () => {
    expect(found(m, 'Akar said so.')).toEqual([]);
    expect(found(m, 'Akar said so. Later, Hulusi Akar left.')).toEqual([
      'akar:Akar',
      'akar:Hulusi Akar',
    ]);
  });

  it('also counts it with an alone mention of a related entity (either direction)', () => {
    expect(found(m, 'Voters in Ankara and Turkey, people say.')).toEqual([]);
    expect(found(m, 'In Turkey, Recep Tayyip Erdogan won.')).toEqual([
      'turkey:Turkey',
      'erdogan:Recep Tayyip Erdogan',
    ]);
    expect(found(m, 'Talks in Moscow. Russia agreed.')).toEqual(['moscow:Moscow', 'russia:Russia']);
  });

  it('counts a country named like a common word after a locating word, mid-sentence', () => {
    // "tours at Incirlik Air Base in Turkey": no bird is ever "in Turkey".
    expect(found(m, 'He served at Incirlik Air Base in Turkey and at Ramstein.')).toEqual([
      'turkey:Turkey',
    ]);
    expect(found(m, 'How to Cook Stuffing in Turkey Roasting Bags')).toEqual([]);
  });

  it('does not chain: a context mention is no support for another context alias', () => {
    const chain = matcherFor(
      [
        alias('a', 'Alpha', { match: 'context', entityType: 'place' }),
        alias('b', 'Bravo', { match: 'context', entityType: 'place' }),
      ],
      { related: { a: ['b'] } },
    );
    expect(found(chain, 'Alpha and Bravo')).toEqual([]);
  });
});

describe('namesakes', () => {
  const m = matcherFor([
    alias('peskov', 'Dmitry Peskov'),
    alias('peskov', 'Peskov', { kind: 'surname' }),
    alias('jeffrey', 'James Jeffrey'),
    alias('jeffrey', 'Jeffrey', { kind: 'surname', match: 'context' }),
    alias('erdogan', 'Recep Tayyip Erdogan'),
    alias('erdogan', 'Erdogan'),
    alias('moscow', 'Moscow', { entityType: 'place', notAfter: ['Idaho', 'Kansas'] }),
    alias('merkel', 'Merkel', { kind: 'surname', notAfter: ['cell', 'cell carcinoma'] }),
    alias('france', 'France', { entityType: 'place', notBefore: ['Anatole'] }),
    alias('kremlin', 'Kremlin', { entityType: 'organization' }),
  ]);

  it('rejects a surname after a different capitalised first name', () => {
    expect(found(m, 'Vassili Peskov scored twice.')).toEqual([]);
  });

  it('then distrusts the bare surname on the whole page', () => {
    expect(found(m, 'Vassili Peskov scored twice. Peskov later said he was tired.')).toEqual([]);
  });

  it('but not one named only to be set apart: "Not to be confused with Ivan Peskov"', () => {
    expect(
      found(
        m,
        'Dmitry Peskov, Kremlin spokesman.\nNot to be confused with Ivan Peskov.\nPeskov said no.',
      ),
    ).toEqual(['peskov:Dmitry Peskov', 'kremlin:Kremlin', 'peskov:Peskov']);
  });

  it('keeps the surname when the entity is named in full on the page', () => {
    expect(found(m, 'Dmitry Peskov spoke. Peskov said no.')).toEqual([
      'peskov:Dmitry Peskov',
      'peskov:Peskov',
    ]);
  });

  it('accepts titles, own name parts, possessives, sentence openers and KB names before a surname', () => {
    expect(found(m, 'Spokesman Peskov said.')).toEqual(['peskov:Peskov']);
    expect(found(m, 'Mr. Peskov said.')).toEqual(['peskov:Peskov']);
    // Another spelling of his own first name, one letter apart (see below).
    expect(found(m, 'Dmitri Peskov said.')).toEqual(['peskov:Peskov']);
    expect(found(m, 'Dimitar Peskov said.')).toEqual([]);
    expect(found(m, 'Dmitry S. Peskov said.')).toEqual(['peskov:Peskov']);
    expect(found(m, "The Kremlin's Peskov said.")).toEqual(['kremlin:Kremlin', 'peskov:Peskov']);
    expect(found(m, 'Kremlin Peskov said.')).toEqual(['kremlin:Kremlin', 'peskov:Peskov']);
    expect(found(m, 'But Peskov said.')).toEqual(['peskov:Peskov']);
    expect(found(m, 'Tayyip Erdogan said.')).toEqual(['erdogan:Erdogan']);
  });

  it('rejects a surname before ", Given" ending a list entry: "Peskov, Andrei | Masters"', () => {
    expect(found(m, 'Members: Peskov, Andrei | Masters | 2012. Later Peskov spoke.')).toEqual([]);
    expect(found(m, 'Dmitry Peskov spoke. Peskov, Kremlin aide, said no.')).toEqual([
      'peskov:Dmitry Peskov',
      'peskov:Peskov',
      'kremlin:Kremlin',
    ]);
  });

  it('doubts the word before a surname in a title-case headline, in that span only', () => {
    // "Grants" may be capitalised by the headline style, or be a first name.
    expect(found(m, 'Erdogan Grants Peskov Deadline to Reply\nPeskov said no.')).toEqual([
      'erdogan:Erdogan',
      'peskov:Peskov',
    ]);
  });

  it('reads a headline verb beside a surname as a verb: "Erdogan Meets Peskov"', () => {
    expect(found(m, 'Erdogan Meets Peskov\nKremlin Calls Erdogan')).toEqual([
      'erdogan:Erdogan',
      'peskov:Peskov',
      'kremlin:Kremlin',
      'erdogan:Erdogan',
    ]);
    expect(found(m, 'Peskov and Erdogan Meet as Talks Stall')).toEqual([
      'peskov:Peskov',
      'erdogan:Erdogan',
    ]);
  });

  it('reads a headline adjective or compound before a surname as style: "New Erdogan Gambit"', () => {
    expect(found(m, 'Europe Fears New Erdogan Gambit\nKremlin: Angry Peskov Hits Back')).toEqual([
      'erdogan:Erdogan',
      'kremlin:Kremlin',
      'peskov:Peskov',
    ]);
    expect(found(m, 'Erdogan Seeks Last-Minute Peskov Deal')).toEqual([
      'erdogan:Erdogan',
      'peskov:Peskov',
    ]);
    // Not in prose, where a hyphenated given name is someone else.
    expect(found(m, 'Jean-Pierre Peskov, a chef, opened a bistro.')).toEqual([]);
  });

  it('infers the surname rule for a person alias that ends a longer alias', () => {
    // "Erdogan" has no declared kind, but "Recep Tayyip Erdogan" makes it a surname.
    expect(found(m, 'Emine Erdogan visited.')).toEqual([]);
  });

  it('rejects a wrong initial', () => {
    expect(found(m, 'V. Peskov scored.')).toEqual([]);
    expect(found(m, 'D. Peskov said.')).toEqual(['peskov:Peskov']);
  });

  it('rejects a name part followed by a foreign capitalised word: Jeffrey Epstein', () => {
    expect(found(m, 'Jeffrey Epstein was arrested. James Jeffrey was not there.')).toEqual([
      'jeffrey:James Jeffrey',
    ]);
    expect(
      found(m, 'James Jeffrey arrived. Jeffrey said on Monday that Jeffrey Monday...'),
    ).toEqual(['jeffrey:James Jeffrey', 'jeffrey:Jeffrey', 'jeffrey:Jeffrey']);
  });

  it('judges each bare surname of a named entity on its own, wherever it stands', () => {
    expect(
      found(
        m,
        'James Jeffrey arrived. Jeffrey Epstein was not. Then Jeffrey said so, James Jeffrey',
      ),
    ).toEqual(['jeffrey:James Jeffrey', 'jeffrey:Jeffrey', 'jeffrey:James Jeffrey']);
    expect(found(m, 'Jeffrey Epstein and Jeffrey Dahmer; later James Jeffrey.')).toEqual([
      'jeffrey:James Jeffrey',
    ]);
  });

  it('does not apply the following-word rule in title-case headlines', () => {
    expect(found(m, 'Peskov Says Talks Will Continue')).toEqual(['peskov:Peskov']);
    expect(found(m, 'James Jeffrey Arrives\nJeffrey Warns Of Talks In Ankara')).toEqual([
      'jeffrey:James Jeffrey',
      'jeffrey:Jeffrey',
    ]);
  });

  it('keeps a distinctive surname before the last word of a headline: "Putin and Erdogan Talk"', () => {
    expect(found(m, 'Putin and Erdogan Talk\nKremlin Says Peskov Misspoke')).toEqual([
      'erdogan:Erdogan',
      'kremlin:Kremlin',
      'peskov:Peskov',
    ]);
  });

  it('but does where the next word closes an entry: "Jeffrey Sanders, Peer Advisor"', () => {
    const staff =
      'James Jeffrey Visits\nJeffrey Sanders, Peer Advisor\nPompeo Meets Jeffrey Feltman';
    expect(found(m, staff)).toEqual(['jeffrey:James Jeffrey']);
    expect(found(m, 'James Jeffrey Visits\nOur Team: Jeffrey Sanders (Advisor)')).toEqual([
      'jeffrey:James Jeffrey',
    ]);
  });

  it('applies notAfter / notBefore word lists, across commas', () => {
    expect(found(m, 'Moscow, Idaho is a college town.')).toEqual([]);
    expect(found(m, 'in Moscow Kansas')).toEqual([]);
    expect(found(m, 'Talks in Moscow, the capital.')).toEqual(['moscow:Moscow']);
    expect(found(m, 'Merkel cell carcinoma')).toEqual([]);
    expect(found(m, 'Merkel cells')).toEqual(['merkel:Merkel']);
    expect(found(m, 'Anatole France wrote')).toEqual([]);
  });

  it('rejects a place followed by a US state even without a word list', () => {
    const places = matcherFor([alias('damascus', 'Damascus', { entityType: 'place' })]);
    expect(found(places, 'Damascus, Md., is near Washington.')).toEqual([]);
    expect(found(places, 'Damascus, Oregon')).toEqual([]);
    expect(found(places, 'Damascus, OR')).toEqual([]);
    expect(found(places, 'Damascus, the Syrian capital')).toEqual(['damascus:Damascus']);
    expect(found(places, 'Damascus, ill-prepared')).toEqual(['damascus:Damascus']);
  });

  it('then distrusts the bare place name on the whole page', () => {
    expect(found(m, 'Moscow, Idaho police said. Moscow is a small town.')).toEqual([]);
  });
});

describe('US namesakes named without their state', () => {
  // Syria, Virginia and Moscow, Idaho: the KB lists the states in `notAfter`.
  const m = matcherFor(
    [
      alias('syria', 'Syria', { entityType: 'place', notAfter: ['Mosque', 'Virginia'] }),
      alias('moscow', 'Moscow', { entityType: 'place', notAfter: ['Idaho', 'Kansas'] }),
      alias('russia', 'Russia', { entityType: 'place' }),
      alias('assad', 'Bashar al-Assad'),
      alias('turkey', 'Turkey', { entityType: 'place', match: 'context', kind: 'common-word' }),
    ],
    { related: { syria: ['turkey', 'assad'], russia: ['syria', 'moscow'] } },
  );

  it('leaves the town unmarked on a page that names its state anywhere and nothing related', () => {
    const page =
      'The Madison County Eagle\nSYRIA — The bell over the door rang.\n' +
      'Folks from Syria, Criglersville and Etlan came.\nGraves Mountain Lodge, Syria\n' +
      '© Madison County, Virginia';
    expect(found(m, page)).toEqual([]);
    // A postal code in an address says so too, and so do capitals.
    expect(found(m, 'SYRIA — A quiet week.\nPO Box 12, Etlan, VA 22719')).toEqual([]);
    expect(found(m, 'SYRIA — A quiet week.\nMADISON COUNTY, VIRGINIA')).toEqual([]);
    expect(found(m, 'MOSCOW — The council met.\nLatah County, Idaho')).toEqual([]);
  });

  it('lends the gated town no support: "Fall Turkey Shoot" stays the bird', () => {
    expect(found(m, 'Fall Turkey Shoot at the Syria store.\nMadison County, Virginia')).toEqual([]);
  });

  it('keeps a real story that names a related entity, anywhere on the page', () => {
    const story =
      'WASHINGTON (AP) — Syria rejected the plan.\n' +
      'A senator from Virginia said so.\nMuch later: Bashar al-Assad spoke.';
    expect(found(m, story)).toEqual(['syria:Syria', 'assad:Bashar al-Assad']);
    // And a gated mention, once supported, names its entity for others.
    expect(found(m, 'Talks on Syria and Turkey.\nRussia agreed.\nVirginia')).toEqual([
      'syria:Syria',
      'turkey:Turkey',
      'russia:Russia',
    ]);
  });

  it('asks only about the states the alias lists, and only if the page names one', () => {
    expect(found(m, 'SYRIA — The bell over the door rang.')).toEqual(['syria:SYRIA']);
    expect(found(m, 'Refugees from Syria settled in Ohio.')).toEqual(['syria:Syria']);
    expect(found(m, 'Moscow cut gas supplies.\nAustin, Texas')).toEqual(['moscow:Moscow']);
    // "he said, OK, then" is no postal code, and Oklahoma no state of Moscow's here.
    const syria = 'Talks on Syria. He said, VA, then left.\nHe said, OK.';
    expect(found(m, syria)).toEqual(['syria:Syria']);
  });

  it('lets two gated places never vouch for each other', () => {
    const both = matcherFor(
      [
        alias('syria', 'Syria', { entityType: 'place', notAfter: ['Virginia'] }),
        alias('damascus', 'Damascus', { entityType: 'place', notAfter: ['Virginia'] }),
      ],
      { related: { damascus: ['syria'] } },
    );
    expect(found(both, 'From Syria to Damascus, a short drive.\nVirginia')).toEqual([]);
    expect(found(both, 'From Syria to Damascus, a short drive.')).toEqual([
      'syria:Syria',
      'damascus:Damascus',
    ]);
  });
});

describe('hyphen-joined names and neighbours', () => {
  const assad = [
    alias('assad', 'Bashar al-Assad'),
    alias('assad', 'al-Assad', { kind: 'surname', notBefore: ['Hafez', 'Rifaat'] }),
  ];

  it('sees a notBefore word across a joining hyphen: "al" of "Hafez al-Assad"', () => {
    const m = matcherFor([
      ...assad,
      alias('assad', 'Assad', { kind: 'surname', notBefore: ['Hafez', 'al'] }),
      // Only "Assad" has rules here, so nothing but its own notBefore can reject it.
      alias('asma', 'Asma al-Assad'),
    ]);
    expect(found(m, 'Under the al-Assad banner, Assad ruled.')).toEqual([
      'assad:al-Assad',
      'assad:Assad',
    ]);
    expect(found(m, 'His brother Rifaat al-Assad fled.')).toEqual([]);
    expect(found(m, 'Hafez al-Assad ruled until 2000.')).toEqual([]);
    expect(found(m, 'Bashar al-Assad spoke. Assad said no.')).toEqual([
      'assad:Bashar al-Assad',
      'assad:Assad',
    ]);
    // No longer alias here: only the hyphen-joined "al" rejects "Assad".
    const bare = matcherFor([
      alias('assad', 'Bashar al-Assad'),
      alias('assad', 'Assad', { kind: 'surname', notBefore: ['al'] }),
    ]);
    expect(found(bare, 'Members of the al-Assad family met.')).toEqual([]);
    // A spaced dash joins nothing: "al" is then not a neighbour of "Assad".
    expect(found(m, 'the family of al – Assad: Assad ruled.')).toEqual([
      'assad:Assad',
      'assad:Assad',
    ]);
  });

  it('rejects a shorter alias inside a contested longer alias of the same entity', () => {
    // "Assad" has no notBefore of its own: "Hafez al-Assad" contests "al-Assad",
    // and the "Assad" inside it is the same namesake.
    const m = matcherFor([...assad, alias('assad', 'Assad', { kind: 'surname' })]);
    expect(found(m, 'Hafez al-Assad ruled until 2000.')).toEqual([]);
    // ...and is then distrusted on the whole page, like the contested alias itself.
    expect(found(m, 'Rifaat al-Assad fled. Assad later returned.')).toEqual([]);
    expect(found(m, 'Hafez al-Assad died; Bashar al-Assad took over. Assad said.')).toEqual([
      'assad:Bashar al-Assad',
      'assad:Assad',
    ]);
    // Another entity's alias inside the span is not affected.
    const other = matcherFor([
      ...assad,
      alias('hafez', 'Hafez', { kind: 'given-name', notAfter: ['Bakr'] }),
    ]);
    expect(found(other, 'Hafez al-Assad ruled.')).toEqual(['hafez:Hafez']);
  });

  it('tries notAfter after a hyphenated modifier: "Aleppo-style pepper"', () => {
    const m = matcherFor([
      alias('aleppo', 'Aleppo', { entityType: 'place', notAfter: ['pepper', 'pine'] }),
    ]);
    expect(found(m, 'Toss with Aleppo-style pepper and lemon.')).toEqual([]);
    expect(found(m, 'Crispy Chickpeas With Aleppo-Style Pepper')).toEqual([]);
    expect(found(m, 'a pinch of Aleppo-pepper')).toEqual([]);
    // The modifier alone, or a modifier that is not a manner, still names the place.
    expect(found(m, 'an Aleppo-style siege of the city')).toEqual(['aleppo:Aleppo']);
    expect(found(m, 'an Aleppo-born pepper farmer')).toEqual(['aleppo:Aleppo']);
    expect(found(m, 'the Aleppo-Damascus road')).toEqual(['aleppo:Aleppo']);
  });
});

describe('lists of acronyms', () => {
  const m = matcherFor([
    alias('ap', 'Associated Press', { entityType: 'organization' }),
    alias('ap', 'AP', { entityType: 'organization', match: 'context', caseSensitive: true }),
    alias('nato', 'NATO', { entityType: 'organization', caseSensitive: true }),
  ]);
  const cited = 'An Associated Press survey found it. ';

  it('rejects an ambiguous abbreviation joined by & or / to another acronym', () => {
    expect(found(m, `${cited}AP & SAT prep. Take AP/IB courses. SAT/AP scores.`)).toEqual([
      'ap:Associated Press',
    ]);
    expect(found(m, `${cited}AP&SAT, AP ／ IB`)).toEqual(['ap:Associated Press']);
  });

  it('keeps it next to a KB name, a mixed-case word or nothing', () => {
    expect(found(m, `${cited}AP & NATO officials met. AP/Ipsos poll. (AP) —`)).toEqual([
      'ap:Associated Press',
      'ap:AP',
      'nato:NATO',
      'ap:AP',
      'ap:AP',
    ]);
  });

  it('leaves abbreviations that stand alone in the KB alone', () => {
    expect(found(m, 'NATO & OSCE observers. NATO/EU talks.')).toEqual(['nato:NATO', 'nato:NATO']);
  });

  it('keeps it in a list of acronyms that are not exams or courses', () => {
    expect(found(m, `${cited}An AP/NORC poll. NORC/AP data. AP & UPI wires.`)).toEqual([
      'ap:Associated Press',
      'ap:AP',
      'ap:AP',
      'ap:AP',
    ]);
    const us = matcherFor([
      alias('us', 'United States', { entityType: 'place' }),
      alias('us', 'US', { entityType: 'place', match: 'context', caseSensitive: true }),
    ]);
    expect(found(us, 'The United States agreed. A US/UK statement; EU/US talks.')).toEqual([
      'us:United States',
      'us:US',
      'us:US',
    ]);
  });
});

describe('a place name given to something else', () => {
  const m = matcherFor([
    alias('ankara', 'Ankara', { entityType: 'place' }),
    alias('istanbul', 'Istanbul', { entityType: 'place' }),
    alias('erdogan', 'Erdogan', { kind: 'surname' }),
  ]);

  it('contests the place after "named" or "nicknamed" on the whole page', () => {
    expect(found(m, 'Ankara purred. A white cat named Ankara. Ankara is four.')).toEqual([]);
    expect(found(m, 'a horse dubbed Ankara won')).toEqual([]);
    expect(found(m, 'The mare, nicknamed Ankara by the grooms, won.')).toEqual([]);
  });

  it('keeps the place when it is the place that is (re)named, or phoned', () => {
    expect(found(m, 'Angora was officially named Ankara in 1930.')).toEqual(['ankara:Ankara']);
    expect(found(m, 'Constantinople, the city now named Istanbul.')).toEqual(['istanbul:Istanbul']);
    expect(found(m, 'The report named Ankara as the host.')).toEqual(['ankara:Ankara']);
    expect(found(m, 'The EU named Istanbul a European Capital of Culture.')).toEqual([
      'istanbul:Istanbul',
    ]);
    expect(found(m, 'Erdogan named Ankara’s new governor.')).toEqual([
      'erdogan:Erdogan',
      'ankara:Ankara',
    ]);
    expect(found(m, 'Officials called Ankara on Friday.')).toEqual(['ankara:Ankara']);
    expect(found(m, 'Talks in Ankara ended. She flew to Istanbul.')).toEqual([
      'ankara:Ankara',
      'istanbul:Istanbul',
    ]);
  });

  it('asks nothing of names that are not places', () => {
    expect(found(m, 'a man called Erdogan')).toEqual(['erdogan:Erdogan']);
  });
});

describe('a landform or water word after a place', () => {
  const entries = [
    alias('turkey', 'Turkey', {
      entityType: 'place',
      match: 'context',
      kind: 'common-word',
      caseSensitive: true,
    }),
    alias('nato', 'NATO', { entityType: 'organization', caseSensitive: true }),
    alias('moscow', 'Moscow', { entityType: 'place' }),
  ];
  const m = matcherFor(entries, { related: { nato: ['turkey'] } });

  it('rejects that span only: "Turkey Point", "Turkey Creek", "Moscow Mountain"', () => {
    expect(
      found(m, 'NATO met. The Turkey Point plant and Turkey Creek. TURKEY POINT REOPENS.'),
    ).toEqual(['nato:NATO']);
    expect(found(m, 'We hiked Moscow Mountain. Moscow said no.')).toEqual(['moscow:Moscow']);
  });

  it('keeps the place before a lower-case word or a word that is no landform', () => {
    expect(found(m, 'NATO met. Turkey pointed out the risk. Turkey Signs Deal.')).toEqual([
      'nato:NATO',
      'turkey:Turkey',
      'turkey:Turkey',
    ]);
    // Headline verbs that are also landforms elsewhere ("Falls", "Springs").
    expect(found(m, 'Moscow Falls Silent')).toEqual(['moscow:Moscow']);
    expect(found(m, 'NATO Watches Turkey Run-Off Vote')).toEqual(['nato:NATO', 'turkey:Turkey']);
  });
});

describe('a place listed next to a named place', () => {
  const entries = [
    alias('turkey', 'Turkey', {
      entityType: 'place',
      match: 'context',
      kind: 'common-word',
      notAfter: ['Day'],
    }),
    alias('greece', 'Greece', { entityType: 'place' }),
    alias('russia', 'Russia', { entityType: 'place' }),
    alias('moscow', 'Moscow', { entityType: 'place', notAfter: ['ID'] }),
    alias('acme', 'Acme', { entityType: 'organization' }),
  ];
  const m = matcherFor(entries);

  it('counts a context place with nothing related on the page: "Greece and Turkey"', () => {
    expect(found(m, 'Cheap flights from Spain to Greece and Turkey.')).toEqual([
      'greece:Greece',
      'turkey:Turkey',
    ]);
    expect(found(m, 'Turkey, Greece, and Spain.')).toEqual(['turkey:Turkey', 'greece:Greece']);
    expect(found(m, 'HOLIDAYS IN GREECE OR TURKEY')).toEqual(['greece:GREECE', 'turkey:TURKEY']);
  });

  it('overrides a page-wide contest for that span: "Moscow, Russia" beside "Moscow, ID"', () => {
    expect(found(m, 'Moscow, ID 2C. Moscow, Russia -3C. Turkey Day. Greece/Turkey.')).toEqual([
      'moscow:Moscow',
      'russia:Russia',
      'greece:Greece',
      'turkey:Turkey',
    ]);
  });

  it('counts a pair set close with a hyphen or an en dash: "Russia-Turkey relations"', () => {
    expect(found(m, 'Russia-Turkey relations are tense. Turkey–Greece talks resumed.')).toEqual([
      'russia:Russia',
      'turkey:Turkey',
      'turkey:Turkey',
      'greece:Greece',
    ]);
    // Spaced, a dash separates; nor is a word made with a hyphen a pair.
    expect(found(m, 'Greece - Turkey is best brined. Acme-Turkey sandwiches.')).toEqual([
      'greece:Greece',
      'acme:Acme',
    ]);
  });

  it('needs a named place, a list joiner and nothing else between', () => {
    expect(found(m, 'Ham, Swiss and Turkey on rye.')).toEqual([]);
    expect(found(m, 'Acme and Turkey sandwiches.')).toEqual(['acme:Acme']);
    expect(found(m, 'Greece. Turkey is best brined.')).toEqual(['greece:Greece']);
    expect(found(m, 'Greece sent Turkey a note.')).toEqual(['greece:Greece']);
  });
  it('counts a country after a town and a comma: "grew up in Gaziantep, Turkey"', () => {
    expect(found(m, 'Chef Mehmet Erdem grew up in Gaziantep, Turkey.')).toEqual(['turkey:Turkey']);
    expect(found(m, "Flights from Sanli-Urfa, Turkey's southeast, resumed.")).toEqual([
      'turkey:Turkey',
    ]);
    expect(found(m, 'A base outside Kahramanmaras Province, Turkey, was hit.')).toEqual([
      'turkey:Turkey',
    ]);
  });

  it('not a town without a locating word before it: "Ham, Turkey and Swiss"', () => {
    expect(found(m, 'Ham, Turkey and Swiss on rye. Club: Bacon, Turkey, Tomato.')).toEqual([]);
    expect(found(m, 'We ate in the old town, Turkey was on the menu.')).toEqual([]);
  });
});

describe('a street word after a place', () => {
  const m = matcherFor([
    alias('ankara', 'Ankara', { entityType: 'place' }),
    alias('moscow', 'Moscow', { entityType: 'place' }),
    alias('istanbul', 'Istanbul', { entityType: 'place' }),
  ]);

  it('rejects that span only in running text: "Ankara Street", "Moscow Road"', () => {
    expect(found(m, 'A love song to Ankara Street in Leeds. We flew to Ankara.')).toEqual([
      'ankara:Ankara',
    ]);
    expect(found(m, 'He lives on Moscow Road, Bayswater, and on Istanbul Avenue.')).toEqual([]);
    expect(found(m, 'The Grand Prix returns to Istanbul Park, 40 km from Istanbul.')).toEqual([
      'istanbul:Istanbul',
    ]);
  });

  it('keeps the place where a title-case or ALL-CAPS line capitalises every word', () => {
    expect(found(m, 'Moscow Street Protests Draw Thousands')).toEqual(['moscow:Moscow']);
    expect(found(m, 'ANKARA ROAD BLOCKS LIFTED AFTER VOTE')).toEqual(['ankara:ANKARA']);
  });

  it('keeps the place in a title that goes on: "Istanbul Street Food Tour · 3.1M views"', () => {
    expect(found(m, 'Istanbul Street Food Tour — 24 Hours in Kadıköy · 3.1M views')).toEqual([
      'istanbul:Istanbul',
    ]);
  });

  it('keeps the place before a lower-case street word', () => {
    expect(found(m, 'the Ankara road was cut')).toEqual(['ankara:Ankara']);
  });
});

describe('an eatery or lodging word after a place', () => {
  const m = matcherFor([
    alias('ankara', 'Ankara', { entityType: 'place' }),
    alias('istanbul', 'Istanbul', { entityType: 'place' }),
    alias('damascus', 'Damascus', { entityType: 'place' }),
  ]);

  it('rejects a restaurant or shop named after the place, headline or not', () => {
    expect(found(m, 'Try the lamb at Istanbul Grill and the rolls at Damascus Bakery.')).toEqual(
      [],
    );
    expect(found(m, 'Istanbul Grill Opens Second Location Downtown')).toEqual([]);
    expect(found(m, 'The chef trained in Istanbul before opening Istanbul Kebab.')).toEqual([
      'istanbul:Istanbul',
    ]);
  });

  it('rejects a hotel in running text and as a listing’s name', () => {
    expect(found(m, 'We stayed at the Ankara Hotel, two blocks from the station.')).toEqual([]);
    expect(found(m, 'Grand Ankara Hotel\n4.5 stars · Free cancellation')).toEqual([]);
  });

  it('keeps the place in a headline where the lodging word goes on', () => {
    expect(found(m, 'Istanbul Hotel Fire Kills Five Guests')).toEqual(['istanbul:Istanbul']);
    expect(found(m, 'the Ankara hotel sector grew')).toEqual(['ankara:Ankara']);
  });

  it('rejects a Turkish eatery’s name', () => {
    expect(found(m, 'Next door, Damascus Sofrası serves a family from Damascus.')).toEqual([
      'damascus:Damascus',
    ]);
  });
});

describe('a company named after a place', () => {
  const m = matcherFor([
    alias('washington', 'Washington', { entityType: 'place' }),
    alias('ankara', 'Ankara', { entityType: 'place' }),
  ]);

  it('rejects a run of capitalised words that ends in a legal form, in any line', () => {
    expect(found(m, 'WASH\nWashington Trust Bancorp\n+0.8%')).toEqual([]);
    expect(found(m, 'Shares of Ankara Cement Works Inc. rose in Ankara.')).toEqual([
      'ankara:Ankara',
    ]);
  });

  it('rejects a business word like a lodging word: in running text or ending an entry', () => {
    expect(found(m, 'a loan from Washington Federal to a firm in Washington')).toEqual([
      'washington:Washington',
    ]);
    expect(found(m, 'Top movers\nWashington Federal\n')).toEqual([]);
    expect(found(m, 'Washington Financial Crisis Deepens')).toEqual(['washington:Washington']);
  });
});

describe('a place that is also a given name or a surname', () => {
  const m = matcherFor([
    alias('israel', 'Israel', { entityType: 'place', kind: 'given-name' }),
    alias('france', 'France', { entityType: 'place', kind: 'surname' }),
    alias('greece', 'Greece', { entityType: 'place' }),
  ]);

  it('is a person in that span only: "Israel Martinez", "Malik France"', () => {
    expect(
      found(
        m,
        'Senior Israel Martinez won the long jump; Malik France was second. Trip to Israel next.',
      ),
    ).toEqual(['israel:Israel']);
    // A roster row, and the country elsewhere on the page.
    expect(found(m, 'Israel Okonkwo · 12 · Parkside\nFlights to Israel resumed.')).toEqual([
      'israel:Israel',
    ]);
  });

  it('stays the place before a section word in a menu: "France Politics"', () => {
    expect(found(m, 'France Politics\nIsrael Politics\nGreece Travel')).toEqual([
      'france:France',
      'israel:Israel',
      'greece:Greece',
    ]);
  });

  it('stays the place before a day, a KB name or a lower-case word, and in headlines', () => {
    expect(found(m, 'Rockets hit Israel Sunday. Israel and Greece met. Israel said no.')).toEqual([
      'israel:Israel',
      'israel:Israel',
      'greece:Greece',
      'israel:Israel',
    ]);
    expect(found(m, 'Israel Warns Of Wider War After Talks Stall')).toEqual(['israel:Israel']);
  });

  it('stays the place after a region word or a possessive: "Southern France"', () => {
    expect(found(m, 'Fires in Southern France. Macron’s France voted.')).toEqual([
      'france:France',
      'france:France',
    ]);
  });
});

describe('spellings that make another word of a name', () => {
  const m = matcherFor([
    alias('moscow', 'Moscow', { entityType: 'place' }),
    alias('istanbul', 'Istanbul', { entityType: 'place' }),
    alias('mccain', 'McCain', { kind: 'surname' }),
    alias('us', 'US', { entityType: 'place', caseSensitive: true }),
  ]);

  it('is no name with a capital after a lower-case letter: "MoSCoW"', () => {
    expect(found(m, 'The MoSCoW method ranks tasks. Moscow is a city.')).toEqual(['moscow:Moscow']);
    // Unless the name is written so itself.
    expect(found(m, 'McCain spoke.')).toEqual(['mccain:McCain']);
  });

  it('names a product on a page that also writes it in lower case: "istanbul"', () => {
    const page =
      'Using Istanbul with Mocha.\nnpm i istanbul-lib-instrument\nIstanbul writes a report.';
    expect(found(m, page)).toEqual([]);
    // The search is bounded so its cost stays linear in the text: texts
    // longer than 256 KB (the extension spots pieces of at most 128 KB) are
    // not searched.
    const long = `${page}\n${'Quiet day. '.repeat(30_000)}`;
    expect(found(m, long)).toEqual(['istanbul:Istanbul', 'istanbul:Istanbul']);
    // Not a web address: "reuters.com/world/moscow-talks" is no lower-case use.
    expect(found(m, 'See reuters.com/world/moscow-talks. Moscow said no.')).toEqual([
      'moscow:Moscow',
    ]);
    // Nor a comment's careless spelling of the place in prose: only a
    // package's name or a word alone on its line is written like a product.
    expect(found(m, 'Moscow just ignored it.\nWhat has moscow got to do with it?')).toEqual([
      'moscow:Moscow',
    ]);
    expect(found(m, 'Moscow just ignored it.\n  moscow  \nDocs')).toEqual([]);
    expect(found(m, 'Moscow just ignored it.\nHonestly, they will meet in moscow again.')).toEqual([
      'moscow:Moscow',
    ]);
    // Nor a tag, a hashtag or a breadcrumb.
    expect(
      found(
        m,
        'Moscow said no.\nTags: moscow-talks, diplomacy\nShare: #moscow\nHome › world › moscow',
      ),
    ).toEqual(['moscow:Moscow']);
  });

  it('is a code before a hyphen and a digit: "US-95"', () => {
    expect(found(m, 'Take US-95 north; the US agreed.')).toEqual(['us:US']);
  });
});

describe('a place contested by a thing named after it', () => {
  const m = matcherFor([
    alias('aleppo', 'Aleppo', { entityType: 'place', notAfter: ['pepper', 'Pennsylvania'] }),
  ]);

  it('still counts where a locating word places it: "a chef from Aleppo"', () => {
    expect(
      found(m, 'She grew up in Aleppo. Add Aleppo pepper. A pinch of Aleppo. Aleppo is far.'),
    ).toEqual(['aleppo:Aleppo']);
  });

  it('not where another place of the name is on the page: "Aleppo, Pennsylvania"', () => {
    expect(found(m, 'Aleppo, Pennsylvania, is small. She grew up in Aleppo.')).toEqual([]);
  });
});

describe('a first name spelled another way', () => {
  const m = matcherFor([
    alias('assad', 'Bashar al-Assad'),
    alias('assad', 'al-Assad', { kind: 'surname' }),
    alias('assad', 'Assad', { kind: 'surname' }),
    alias('putin', 'Vladimir Putin'),
    alias('putin', 'Putin', { kind: 'surname' }),
  ]);

  it('is the same person, one letter apart: "Baschar", "Wladimir"', () => {
    expect(found(m, 'Baschar al-Assad droht. Wladimir Putin schweigt. Assad bleibt.')).toEqual([
      'assad:al-Assad',
      'putin:Putin',
      'assad:Assad',
    ]);
  });

  it('is someone else further apart: "Hafez al-Assad", "Basil Putin"', () => {
    expect(found(m, 'Hafez al-Assad ruled. Basil Putin farmed. Assad died.')).toEqual([]);
  });
});

describe('"US" as a pronoun in capitals', () => {
  const m = matcherFor([
    alias('us', 'US', { entityType: 'place', match: 'context', caseSensitive: true }),
    alias('us', 'United States', { entityType: 'place' }),
  ]);

  it('is the pronoun after a preposition at the end of a phrase', () => {
    expect(found(m, 'UNITED STATES\nSTAY WITH US — YOUR FORECAST IS NEXT. TELL US.')).toEqual([
      'us:UNITED STATES',
    ]);
  });

  it('is the country before a noun or after an article', () => {
    expect(found(m, 'UNITED STATES\nCLASHES WITH US TROOPS. THE US SAID NO.')).toEqual([
      'us:UNITED STATES',
      'us:US',
      'us:US',
    ]);
    expect(found(m, 'The United States agreed. Talks with US.')).toEqual([
      'us:United States',
      'us:US',
    ]);
  });

  it('is the pronoun in a menu: before a possessive, or after a cue that opens the line', () => {
    expect(
      found(m, 'UNITED STATES\nABOUT US OUR WORK NEWS JOBS\nCONTACT US DONATE\nHELP US REBUILD'),
    ).toEqual(['us:UNITED STATES']);
    expect(found(m, 'UNITED STATES\nWITH US TROOPS GONE\nTALKS WITH US AND RUSSIA')).toEqual([
      'us:UNITED STATES',
      'us:US',
      'us:US',
    ]);
  });

  it('is a menu item between separators, but not a headline after its section', () => {
    expect(found(m, 'United States\nHome | US | World\nNews | US envoy visits the border')).toEqual(
      ['us:United States', 'us:US'],
    );
  });
});

describe('a context alias that counts on its own after "the" or before an official', () => {
  const m = matcherFor([
    alias('us', 'US', {
      entityType: 'place',
      match: 'context',
      caseSensitive: true,
      aloneAfterArticle: true,
    }),
    alias('un', 'UN', { entityType: 'organization', match: 'context', caseSensitive: true }),
  ]);

  it('names the entity after "the", so its other context mentions count too', () => {
    expect(found(m, 'The US did not come. US officials stayed home.')).toEqual(['us:US', 'us:US']);
  });

  it('names it before an official\'s word: "US officials", "US envoy"', () => {
    expect(found(m, 'US officials stayed home.')).toEqual(['us:US']);
    expect(found(m, 'US envoy Smith flew in. US stays put.')).toEqual(['us:US', 'us:US']);
  });

  it('needs the article or the official, and the flag', () => {
    expect(found(m, 'US stays put.')).toEqual([]);
    expect(found(m, 'Talks at the UN ended. UN officials left.')).toEqual([]);
  });
});

describe('a qualifier word that takes an object pronoun', () => {
  const m = matcherFor([
    alias('us', 'US', {
      entityType: 'place',
      match: 'context',
      caseSensitive: true,
      notBefore: ['follow', 'join'],
    }),
    alias('us', 'United States', { entityType: 'place' }),
  ]);

  it('rejects that span only: "FOLLOW US on X" leaves the US elsewhere on the page', () => {
    expect(found(m, 'The United States sent an envoy. The US waited.\nFOLLOW US on X')).toEqual([
      'us:United States',
      'us:US',
    ]);
  });
});

describe('qualifiers that open with a function word', () => {
  const m = matcherFor([
    alias('kremlin', 'Kremlin', { entityType: 'organization', notAfter: ['of'] }),
    alias('moscow', 'Moscow', { entityType: 'place', notAfter: ['Kansas'] }),
  ]);

  it('count only directly after the name, not after a comma or bracket', () => {
    expect(found(m, 'Inside the Kremlin of college football. The Kremlin agreed.')).toEqual([]);
    expect(
      found(m, 'The Kremlin, of course, denied it. The Kremlin (of all places) agreed.'),
    ).toEqual(['kremlin:Kremlin', 'kremlin:Kremlin']);
  });

  it('leave other qualifiers after a comma alone: "Moscow, Kansas"', () => {
    expect(found(m, 'Moscow, Kansas. Moscow said.')).toEqual([]);
  });
});

describe('qualifiers naming an institution after a place', () => {
  const m = matcherFor([
    alias('istanbul', 'Istanbul', { entityType: 'place', notBefore: ['Borsa'] }),
    alias('moscow', 'Moscow', { entityType: 'place', notAfter: ['Idaho'] }),
  ]);

  it('rejects only that span: the city is still named elsewhere', () => {
    expect(found(m, 'Borsa Istanbul rose 2%. Brokers in Istanbul cheered.')).toEqual([
      'istanbul:Istanbul',
    ]);
  });

  it('still contests the whole page for another place of the same name', () => {
    expect(found(m, 'Moscow Idaho police. Moscow is quiet.')).toEqual([]);
  });

  it('rejects only the span of a club that carries the city\'s name: "CSKA Moscow"', () => {
    const clubs = matcherFor([
      alias('moscow', 'Moscow', { entityType: 'place', notBefore: ['CSKA', 'Khimki'] }),
      alias('istanbul', 'Istanbul', { entityType: 'place', notBefore: ['Efes'] }),
    ]);
    expect(
      found(clubs, 'Anadolu Efes Istanbul beat CSKA Moscow; Khimki Moscow Region lost.'),
    ).toEqual([]);
    expect(found(clubs, 'CSKA Moscow flew home to Moscow from Istanbul.')).toEqual([
      'moscow:Moscow',
      'istanbul:Istanbul',
    ]);
  });
});

describe('common words capitalised by position', () => {
  // Lines of recipe text between the paragraph and a sidebar: more than NEAR characters.
  const filler = 'Pull the bird when the thigh reads 165F and let it rest a while.\n'.repeat(4);
  const entries = [
    alias('turkey', 'Turkey', {
      entityType: 'place',
      match: 'context',
      kind: 'common-word',
      caseSensitive: true,
    }),
    alias('nato', 'NATO', { entityType: 'organization', caseSensitive: true }),
  ];
  const m = matcherFor(entries, { related: { nato: ['turkey'] } });

  it('needs a related name nearby in a line about food, not just anywhere on the page', () => {
    expect(
      found(
        m,
        `Turkey is forgiving, up to a point. Pull the bird early.\n${filler}NATO allies pledge aid.`,
      ),
    ).toEqual(['nato:NATO']);
    expect(found(m, 'Turkey is a NATO member.')).toEqual(['turkey:Turkey', 'nato:NATO']);
    // A headline and the line right under it.
    expect(found(m, 'Turkey Warns Again\nNATO allies met on Monday.')).toEqual([
      'turkey:Turkey',
      'nato:NATO',
    ]);
    // Same paragraph, however far (within a bounded reach).
    const long = `Turkey is ready, officials said. ${'The talks went on for hours. '.repeat(12)}NATO agreed.`;
    expect(found(m, long)).toEqual(['turkey:Turkey', 'nato:NATO']);
  });

  it('takes it with a related name anywhere when nothing on the page says it is the food', () => {
    expect(
      found(m, `Turkey is forgiving, up to a point.\n${filler}NATO allies pledge aid.`),
    ).toEqual(['turkey:Turkey', 'nato:NATO']);
    // Not where the page writes the word in lower case too.
    expect(
      found(m, `Turkey is forgiving, up to a point.\n${filler}NATO allies ate turkey.`),
    ).toEqual(['nato:NATO']);
  });

  it('still counts anywhere once the word names the entity mid-sentence on the page', () => {
    expect(
      found(m, `NATO met. Ministers flew to Turkey for talks.\n${filler}Turkey hosts the summit.`),
    ).toEqual(['nato:NATO', 'turkey:Turkey', 'turkey:Turkey']);
  });

  it('applies the same to a common word that is not a context alias', () => {
    const plain = matcherFor(
      [
        alias('turkey', 'Turkey', { entityType: 'place', kind: 'common-word' }),
        alias('nato', 'NATO', { entityType: 'organization', caseSensitive: true }),
      ],
      { related: { nato: ['turkey'] } },
    );
    expect(found(plain, `Turkey is forgiving. Baste it.\n${filler}NATO allies met.`)).toEqual([
      'nato:NATO',
    ]);
    expect(found(plain, 'Turkey joined NATO.')).toEqual(['turkey:Turkey', 'nato:NATO']);
    expect(found(plain, 'Talks in Turkey ended.')).toEqual(['turkey:Turkey']);
  });
});

describe('a masthead or US local-unit word after a place', () => {
  const m = matcherFor([
    alias('moscow', 'Moscow', { entityType: 'place' }),
    alias('aleppo', 'Aleppo', { entityType: 'place' }),
  ]);

  it('rejects a masthead span only: "The Moscow Times"', () => {
    expect(found(m, 'The Moscow Times reported from Moscow.')).toEqual(['moscow:Moscow']);
    expect(found(m, 'SYRIA TIMES. The Aleppo Herald.')).toEqual([]);
  });

  it('contests the page for a US township or borough: "Aleppo Township"', () => {
    expect(found(m, 'Aleppo Township supervisors met. Aleppo has 500 residents.')).toEqual([]);
    expect(found(m, 'Moscow Borough Council met. In Moscow, taxes stay flat.')).toEqual([]);
  });

  it('keeps the place before a lower-case or other word: "Moscow times its move"', () => {
    expect(
      found(m, 'Moscow times its move. Aleppo Governorate shelled. Moscow Journal-Entry'),
    ).toEqual(['moscow:Moscow', 'aleppo:Aleppo', 'moscow:Moscow']);
  });
});

describe('qualifiers naming an institution after a place (notAfter)', () => {
  const m = matcherFor([
    alias('istanbul', 'Istanbul', { entityType: 'place', notAfter: ['Basaksehir'] }),
  ]);

  it('rejects only that span, in either spelling: the city is still named elsewhere', () => {
    expect(
      found(m, 'Istanbul Basaksehir won. İstanbul Başakşehir fans in Istanbul cheered.'),
    ).toEqual(['istanbul:Istanbul']);
  });
});

describe('surnames the page also writes as common nouns', () => {
  const m = matcherFor(
    [
      alias('macron', 'Emmanuel Macron'),
      alias('macron', 'Macron', { kind: 'surname' }),
      alias('france', 'France', { entityType: 'place' }),
    ],
    { related: { macron: ['france'] } },
  );

  it('distrusts a capital that only the position gives: "Macron marks sit over a vowel"', () => {
    expect(
      found(
        m,
        'The Macron, Explained\nMacron marks sit over a vowel. A combining macron; Macron Below.',
      ),
    ).toEqual([]);
  });

  it('keeps it mid-sentence, with the entity named or with a related name near', () => {
    expect(found(m, 'the macron over a vowel, said Macron.')).toEqual(['macron:Macron']);
    expect(found(m, 'Emmanuel Macron spoke. Macron marks, a macron tutorial.')).toEqual([
      'macron:Emmanuel Macron',
      'macron:Macron',
    ]);
    expect(found(m, 'Talks in France. Macron said no. A macron is a diacritic.')).toEqual([
      'france:France',
      'macron:Macron',
    ]);
  });

  it('leaves pages without the lower-case word alone', () => {
    expect(found(m, 'Macron marks the anniversary.')).toEqual(['macron:Macron']);
  });

  it('only for surnames that are also English nouns: a lower-case handle is no noun', () => {
    const e = matcherFor([alias('erdogan', 'Erdogan', { kind: 'surname' })]);
    expect(found(e, 'Follow twitter.com/erdogan\nErdogan Warns Europe')).toEqual([
      'erdogan:Erdogan',
    ]);
  });
});

describe('a cocktail or an exchange named after a place (notAfter)', () => {
  const m = matcherFor([
    alias('moscow', 'Moscow', { entityType: 'place', notAfter: ['Mule', 'Exchange', 'Idaho'] }),
  ]);

  it('rejects only that span: "Moscow Mule", "Moscow Exchange"', () => {
    expect(found(m, 'Moscow Mule Maker Diageo. Gazprom fell in Moscow trading.')).toEqual([
      'moscow:Moscow',
    ]);
    expect(found(m, 'Shares fell on the Moscow Exchange. In Moscow, traders shrugged.')).toEqual([
      'moscow:Moscow',
    ]);
  });

  it('still contests the page for another Moscow', () => {
    expect(found(m, 'Moscow Idaho police. Moscow is quiet.')).toEqual([]);
  });
});

describe('a common-word country before a state noun', () => {
  // More than NEAR characters of text between a paragraph and the next.
  const filler = 'Traders sold the currency before the month-end tax period began.\n'.repeat(4);
  const m = matcherFor(
    [
      alias('turkey', 'Turkey', { entityType: 'place', match: 'context', kind: 'common-word' }),
      alias('istanbul', 'Istanbul', { entityType: 'place' }),
    ],
    { related: { istanbul: ['turkey'] } },
  );

  it('counts "Turkey\'s central bank" opening a paragraph, and then the others too', () => {
    expect(
      found(m, `Shares rose in Istanbul.\n${filler}Turkey's central bank held rates.`),
    ).toEqual(['istanbul:Istanbul', 'turkey:Turkey']);
    expect(
      found(
        m,
        `Istanbul rose.\n${filler}Turkey’s president spoke.\n${filler}Turkey current account`,
      ),
    ).toEqual(['istanbul:Istanbul', 'turkey:Turkey', 'turkey:Turkey']);
  });

  it('leaves the bird and other possessions weak', () => {
    expect(found(m, `Shares rose in Istanbul.\n${filler}Turkey's skin crisps at 425F.`)).toEqual([
      'istanbul:Istanbul',
    ]);
    expect(found(m, `Istanbul rose.\n${filler}Turkey's centralised brine works.`)).toEqual([
      'istanbul:Istanbul',
    ]);
  });
});

describe('two context name parts side by side', () => {
  const m = matcherFor(
    [
      alias('jeffrey', 'James Jeffrey'),
      alias('jeffrey', 'Jeffrey', { kind: 'surname', match: 'context' }),
      alias('akar', 'Hulusi Akar'),
      alias('akar', 'Akar', { kind: 'surname', match: 'context' }),
      alias('us', 'U.S.', { entityType: 'place' }),
      alias('kremlin', 'Kremlin', { entityType: 'organization' }),
      alias('peskov', 'Peskov', { kind: 'surname' }),
    ],
    { related: { jeffrey: ['us'], akar: ['us'] } },
  );

  it('are one other person: "Jeffrey Akar, MD"', () => {
    // Running text: in a short line of capitalised words the rule stands
    // down, as in a headline.
    expect(
      found(m, 'The page was medically reviewed by Jeffrey Akar, a doctor who works in the U.S.'),
    ).toEqual(['us:U.S.']);
    expect(
      found(m, 'The doctor, Jeffrey Akar, said it works. Jeffrey agreed and the U.S. did too.'),
    ).toEqual(['us:U.S.']);
  });

  it('leave each name alone otherwise, and a KB name that counts alone is no competitor', () => {
    expect(found(m, 'James Jeffrey met Hulusi Akar. Jeffrey and Akar spoke.')).toEqual([
      'jeffrey:James Jeffrey',
      'akar:Hulusi Akar',
      'jeffrey:Jeffrey',
      'akar:Akar',
    ]);
    expect(found(m, 'Kremlin Peskov said.')).toEqual(['kremlin:Kremlin', 'peskov:Peskov']);
  });
});

describe('a surname after a family word', () => {
  const m = matcherFor(
    [
      alias('jeffrey', 'James Jeffrey'),
      alias('jeffrey', 'Jeffrey', { kind: 'surname', match: 'context' }),
      alias('us', 'U.S.', { entityType: 'place' }),
    ],
    { related: { jeffrey: ['us'] } },
  );

  it('is a relative\'s first name: "survived by a son, Jeffrey"', () => {
    expect(
      found(m, 'He served in the U.S. Army. He is survived by a son, Jeffrey, of Erie.'),
    ).toEqual(['us:U.S.']);
    expect(found(m, 'In the U.S., his brother Jeffrey runs the farm. Jeffrey is 60.')).toEqual([
      'us:U.S.',
    ]);
  });

  it('keeps the surname after other words', () => {
    expect(found(m, 'The U.S. envoy, Jeffrey, said so. Envoy Jeffrey agreed.')).toEqual([
      'us:U.S.',
      'jeffrey:Jeffrey',
      'jeffrey:Jeffrey',
    ]);
  });
});

describe('a product made in a place (notAfter "soap")', () => {
  const m = matcherFor([
    alias('aleppo', 'Aleppo', { entityType: 'place', notAfter: ['soap', 'pepper'] }),
  ]);

  it('rejects only "Aleppo soap": the city named elsewhere on the page stays', () => {
    expect(
      found(m, 'Caravans left Aleppo for Baghdad. By 1900, Aleppo soap was sold in London.'),
    ).toEqual(['aleppo:Aleppo']);
  });

  it('still contests the page for "Aleppo pepper"', () => {
    expect(found(m, 'Aleppo pepper flakes. A pinch of Aleppo.')).toEqual([]);
  });
});

describe('a name joined to a word by an underscore', () => {
  const m = matcherFor([
    alias('moscow', 'Moscow', { entityType: 'place' }),
    alias('istanbul', 'Istanbul', { entityType: 'place' }),
  ]);

  it('is part of a user name: "u/Moscow_Mule_Enjoyer", "@istanbul_eats"', () => {
    expect(found(m, 'u/Moscow_Mule_Enjoyer · 6h. Follow @istanbul_eats or ig_Istanbul.')).toEqual(
      [],
    );
  });

  it('keeps a name set off by underscores or next to a lone one', () => {
    expect(found(m, 'the _Istanbul_ edition; Moscow_ 5°C; _ Istanbul')).toEqual([
      'istanbul:Istanbul',
      'moscow:Moscow',
      'istanbul:Istanbul',
    ]);
  });
});

describe('a name followed by a dot and a lower-case letter', () => {
  // A plain alias (no rules of its own) and one with rules: both are checked.
  const m = matcherFor([
    alias('kremlin', 'Kremlin', { entityType: 'organization' }),
    alias('moscow', 'Moscow', { entityType: 'place', notAfter: ['Mule'] }),
    alias('united-states', 'U.S.', { entityType: 'place' }),
  ]);

  it('is part of a web address: "Kremlin.ru", "Moscow.gov.ru"', () => {
    expect(found(m, 'Photo: Kremlin.ru / Reuters. Source: www.Moscow.gov.ru')).toEqual([]);
  });

  it('keeps a name ending a sentence, or an alias ending in a dot', () => {
    expect(
      found(m, 'They met at the Kremlin. Then Moscow.\nThe U.S. agreed. Moscow.Later'),
    ).toEqual(['kremlin:Kremlin', 'moscow:Moscow', 'united-states:U.S.', 'moscow:Moscow']);
  });
});

describe('a contest in one headline of a front page', () => {
  const m = matcherFor(
    [
      alias('kremlin', 'Kremlin', { entityType: 'organization', notAfter: ['Letter'] }),
      alias('peskov', 'Dmitry Peskov'),
      alias('peskov', 'Peskov', { kind: 'surname' }),
    ],
    { related: { peskov: ['kremlin'] } },
  );
  const rail = 'Kremlin Letter Returns to Cinemas\nMarkets Rally on Rate Hopes\n';

  it('does not reach another headline that names a related entity', () => {
    expect(found(m, `${rail}Peskov Says Kremlin Wants Calm`)).toEqual([
      'peskov:Peskov',
      'kremlin:Kremlin',
    ]);
  });

  it('still reaches its own story, prose, and a headline with no related name', () => {
    // The next line is the contested story's dek.
    expect(found(m, 'Kremlin Letter Returns to Cinemas\nPeskov Says Kremlin Loves Tennis')).toEqual(
      ['peskov:Peskov'],
    );
    expect(found(m, `${rail}Peskov said on Monday that the Kremlin wants calm.`)).toEqual([
      'peskov:Peskov',
    ]);
    expect(found(m, `${rail}Kremlin Wants Calm`)).toEqual([]);
    // A contest in prose reaches every headline.
    expect(
      found(
        m,
        'The Kremlin Letter returns to cinemas this year.\nMarkets Rally\nPeskov Says Kremlin Wants Calm',
      ),
    ).toEqual(['peskov:Peskov']);
  });
});
