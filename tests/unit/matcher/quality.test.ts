/**
 * Quality on real text with the real bundled KB (kb/*.json, compiled now):
 * every expected mention in the two source articles is found and nothing
 * else; realistic pages about look-alikes get no mention at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileKb } from '../../../lib/kb/compile';
import { loadMatcher } from '../../../lib/matcher/index';
import { loadKbDir, REPO_ROOT } from '../../../scripts/kb-files';

const loaded = loadKbDir(path.join(REPO_ROOT, 'kb'));
if (!loaded.ok) throw new Error(`bundled KB invalid: ${JSON.stringify(loaded.errors.slice(0, 3))}`);
const matcher = loadMatcher(compileKb(loaded.kb).matcher);

const expectedDir = path.join(REPO_ROOT, 'tests/fixtures/expected-mentions');
interface Expected {
  article: string;
  mentions: { entityId: string; text: string }[];
}

describe('source articles', () => {
  const files = readdirSync(expectedDir).filter((f) => f.endsWith('.json'));

  it('has a fixture for every article', () => {
    const articles = readdirSync(path.join(REPO_ROOT, 'tests/fixtures/articles')).filter((f) =>
      f.endsWith('.txt'),
    );
    expect(files.map((f) => f.replace(/\.json$/, '.txt')).sort()).toEqual(articles.sort());
  });

  for (const file of files) {
    const expected = JSON.parse(readFileSync(path.join(expectedDir, file), 'utf8')) as Expected;
    const text = readFileSync(path.join(REPO_ROOT, expected.article), 'utf8');

    it(`${file}: finds every expected mention, in order, and nothing else`, () => {
      const mentions = matcher.findMentions(text);
      for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      const got = mentions.map((m) => `${m.entityId}: ${m.text}`);
      const want = expected.mentions.map((m) => `${m.entityId}: ${m.text}`);
      expect(
        got.filter((g) => !want.includes(g)),
        'unexpected mentions',
      ).toEqual([]);
      expect(got).toEqual(want);
    });

    it(`${file}: every entity of the KB named in the article is found`, () => {
      const ids = new Set(matcher.findMentions(text).map((m) => m.entityId));
      for (const m of expected.mentions) expect(ids).toContain(m.entityId);
    });
  }
});

describe('look-alike pages', () => {
  const dir = path.join(expectedDir, 'negative');
  for (const file of readdirSync(dir)) {
    it(`${file}: marks nothing`, () => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(matcher.findMentions(text).map((m) => `${m.entityId}: ${m.text}`)).toEqual([]);
    });
  }
});

describe('bundled KB on short lines', () => {
  const spot = (text: string): string[] =>
    matcher.findMentions(text).map((m) => `${m.entityId}: ${m.text}`);

  it('takes an ALL-CAPS "TURKEY" in a headline with a related name near it', () => {
    expect(spot('TURKEY WARNS SYRIA OVER IDLIB')).toEqual([
      'turkey: TURKEY',
      'syria: SYRIA',
      'idlib: IDLIB',
    ]);
  });

  it('not in an ALL-CAPS recipe headline with no related name', () => {
    expect(spot('HOW TO ROAST A TURKEY\nTURKEY SHORTAGE HITS GROCERS')).toEqual([]);
  });

  it('not a company, a university or a town named like a KB subject', () => {
    expect(spot('Russia and Turkey.\nKremlin Farmers Cooperative v. Erdogan Trucking LLC')).toEqual(
      ['russia: Russia', 'turkey: Turkey'],
    );
    expect(spot('MS, Middle East Technical University, Ankara')).toEqual(['ankara: Ankara']);
    expect(spot('Kremlin-Hillsdale Public Schools\nSpeeding on US-81 near Kremlin')).toEqual([]);
  });

  it('not a tournament named after the Kremlin, nor a namesake in a line-up', () => {
    expect(
      spot('The Kremlin Cup was dropped. Champions had tea at the Kremlin, Dmitry Peskov said.'),
    ).toEqual(['kremlin: Kremlin', 'dmitry-peskov: Dmitry Peskov']);
    expect(
      spot('Turkey beat Greece in Istanbul; Hulusi Akar watched.\nAktürkoğlu (Akar 84); Yılmaz'),
    ).toEqual([
      'turkey: Turkey',
      'greece: Greece',
      'istanbul: Istanbul',
      'hulusi-akar: Hulusi Akar',
    ]);
  });

  it('not "the Assad family", nor a namesake the page disambiguates; ISW on Idlib coverage', () => {
    expect(spot('Bashar al-Assad fled. The Assad family ruled Syria. Assad left.')).toEqual([
      'bashar-al-assad: Bashar al-Assad',
      'syria: Syria',
      'bashar-al-assad: Assad',
    ]);
    expect(spot('Emre Ersen (footballer)\nErsen joined Sivasspor from Istanbul.')).toEqual([
      'istanbul: Istanbul',
    ]);
    // The ISW analysed Russia's campaign in Idlib (Kootneeti).
    expect(spot('The ISW maps show Russia gained ground in Idlib.')).toEqual([
      'institute-for-the-study-of-war: ISW',
      'russia: Russia',
      'idlib: Idlib',
    ]);
  });

  it('takes a national team\'s country on its own: "the Turkey international", "Turkey coach"', () => {
    expect(spot('Brighton won. The Turkey international scored twice.')).toEqual([
      'turkey: Turkey',
    ]);
    expect(spot('Turkey coach Vincenzo Montella watched.\nLeftover turkey sandwiches.')).toEqual([
      'turkey: Turkey',
    ]);
    expect(spot('Turkey Trot coach Ann Lee said runners should hydrate.')).toEqual([]);
  });

  it('not the idiom "Talk Turkey" in a headline; the country elsewhere on the page', () => {
    expect(
      spot('Time to Talk Turkey on Ukraine\nTurkey hosted talks in Istanbul, and Russia came.'),
    ).toEqual(['turkey: Turkey', 'istanbul: Istanbul', 'russia: Russia']);
  });

  it('reads other languages: titles before a surname, elided words, spices, adjectives', () => {
    // A title is no first name: "Cumhurbaşkanı Erdoğan", "Präsident Erdogan".
    expect(
      spot('Cumhurbaşkanı Erdoğan ve Savunma Bakanı Hulusi Akar. Bakan Akar konuştu.'),
    ).toEqual(['recep-tayyip-erdogan: Erdoğan', 'hulusi-akar: Hulusi Akar', 'hulusi-akar: Akar']);
    expect(spot('Präsident Erdogan sprach mit Putin.')).toEqual([
      'recep-tayyip-erdogan: Erdogan',
      'vladimir-putin: Putin',
    ]);
    // Aleppo pepper in French ("d'" elided), German and Turkish.
    expect(spot("Une pincée de piment d'Alep. La ville d'Alep est en Syrie.")).toEqual([
      'aleppo: Alep',
      'syria: Syrie',
    ]);
    expect(spot('2 TL Aleppo-Pfeffer\nHalep biberi de olur')).toEqual([]);
    expect(spot('EE UU apoya a Turquía frente a El Asad.\nEsad ordu gönderdi, Suriye’de.')).toEqual(
      [
        'united-states: EE UU',
        'turkey: Turquía',
        'bashar-al-assad: El Asad',
        'bashar-al-assad: Esad',
        'syria: Suriye',
      ],
    );
    // "Esad rejimi", "régime syrien", "guerra en Siria": the government and the war.
    expect(
      spot('Esad rejimi ilerliyor. Le régime syrien avance. La peor crisis de la guerra en Siria.'),
    ).toEqual([
      'syrian-government: Esad rejimi',
      'syrian-government: régime syrien',
      'syrian-civil-war: guerra en Siria',
    ]);
    // Spanish "siria" (Syrian) is the name's own adjective, not another thing.
    expect(spot('la provincia siria de Idlib, según el enviado para Siria, James Jeffrey')).toEqual(
      ['idlib: Idlib', 'syria: Siria', 'james-jeffrey: James Jeffrey'],
    );
  });

  it('reads "M. Erdogan" as Monsieur Erdogan on a French page, as an initial on an English one', () => {
    expect(
      spot(
        'M. Erdogan a déclaré mardi que la Turquie ne reculerait pas. Selon M. Erdogan, les ' +
          'forces turques frapperont les positions du régime de Bachar el-Assad.',
      ),
    ).toEqual([
      'recep-tayyip-erdogan: Erdogan',
      'turkey: Turquie',
      'recep-tayyip-erdogan: Erdogan',
      'bashar-al-assad: Bachar el-Assad',
    ]);
    // On an English page: someone else with the initial M.
    expect(
      spot('The prize went to M. Erdogan, a chemistry student from the city of Izmir.'),
    ).toEqual([]);
    // Nor is Monsieur Erdogan evidence against the bare surname elsewhere.
    expect(
      spot(
        'Recep Tayyip Erdogan a menacé la Syrie. Selon M. Erdogan, la Turquie frappera. Erdogan a parlé.',
      ),
    ).toEqual([
      'recep-tayyip-erdogan: Recep Tayyip Erdogan',
      'syria: Syrie',
      'recep-tayyip-erdogan: Erdogan',
      'turkey: Turquie',
      'recep-tayyip-erdogan: Erdogan',
    ]);
  });

  it('not a heading or a product named with "Turkey" on a page that writes "Türkiye" once', () => {
    expect(
      spot(
        [
          'Easy Hand Turkey Craft for Kids',
          'Our free Turkey Template (below)',
          'The Turkey',
          'Comments'.padEnd(200, '.'),
          'Grandma’s country is Türkiye, she says.',
        ].join('\n'),
      ),
    ).toEqual(['turkey: Türkiye']);
  });

  it("gives a bare surname before the entity's full name to the namesake named before it", () => {
    expect(
      spot(
        'Prof. Marina Peskov leads the archive. Peskov says the Kremlin sets the agenda.\nKremlin spokesman Dmitry Peskov declined. Peskov said Russia would respond.',
      ),
    ).toEqual([
      'kremlin: Kremlin',
      'kremlin: Kremlin',
      'dmitry-peskov: Dmitry Peskov',
      'dmitry-peskov: Peskov',
      'russia: Russia',
    ]);
    // A ticker quoting the Kremlin's Peskov above an article on a wrestler.
    const filler = ' The crowd was loud and the gym was full all night long.'.repeat(5);
    expect(
      spot(
        `Kremlin spokesman Dmitry Peskov said talks would go on.\nNebraska's Nikita Peskov won at 174 pounds.${filler} "I kept my hands on his head," Peskov said.`,
      ),
    ).toEqual(['kremlin: Kremlin', 'dmitry-peskov: Dmitry Peskov']);
    // Family the KB declares, or introduced as family, does not take later mentions.
    expect(
      spot(
        `Bashar al-Assad fled to Moscow.${filler} Assad’s brother Maher al-Assad stayed.${filler} Russia backed Assad.`,
      ),
    ).toEqual([
      'bashar-al-assad: Bashar al-Assad',
      'moscow: Moscow',
      'bashar-al-assad: Assad',
      'russia: Russia',
      'bashar-al-assad: Assad',
    ]);
    // A relative named beside the entity does not take its later mentions.
    expect(
      spot('Recep Tayyip Erdogan and first lady Emine Erdogan attended. Putin and Erdogan met.'),
    ).toEqual([
      'recep-tayyip-erdogan: Recep Tayyip Erdogan',
      'vladimir-putin: Putin',
      'recep-tayyip-erdogan: Erdogan',
    ]);
    // Nor when the page never writes his full name: the relative is
    // someone else in her own span only.
    expect(
      spot(
        'Erdogan and Putin agreed on a cease-fire in Idlib. First lady Emine Erdogan hosted a summit in Istanbul. Erdogan flew home.',
      ),
    ).toEqual([
      'recep-tayyip-erdogan: Erdogan',
      'vladimir-putin: Putin',
      'idlib: Idlib',
      'istanbul: Istanbul',
      'recep-tayyip-erdogan: Erdogan',
    ]);
    // A given name is not a relative's surname: "his cousin Assad Ali" still
    // makes the page's "Assad" someone else.
    expect(
      spot(
        'Assad Al Hamlawi scored twice. His cousin Assad Ali came off the bench. Assad, 24, now has 14 goals.',
      ),
    ).toEqual([]);
  });

  it('takes a name the KB allows in lower case where the page names it', () => {
    // Auto-captions and comments below a headline that names them.
    expect(
      spot(
        "Turkey's Erdogan warns over Syria strikes\n0:00 turkey's president recep tayyip erdogan has warned that israeli strikes on syria\n0:25 peskov told reporters",
      ),
    ).toEqual([
      'turkey: Turkey',
      'recep-tayyip-erdogan: Erdogan',
      'syria: Syria',
      'recep-tayyip-erdogan: recep tayyip erdogan',
      'syria: syria',
    ]);
    // A full name so written names him; one word alone needs him or a
    // related name outright: two such words never vouch for each other.
    expect(spot('0:20 russian president vladimir putin spoke\n0:25 peskov told reporters')).toEqual(
      ['vladimir-putin: vladimir putin', 'dmitry-peskov: peskov'],
    );
    expect(spot('erdogan is bluffing lol. putin will call him.')).toEqual([]);
    // One word needs a writer who writes without capitals, or another name
    // beside it: "Meet putin, our tabby" is a pet.
    expect(
      spot(
        'Vladimir Putin spoke.\nMeet putin, our grumpy tabby.\nThe Sultan shouts, putin decides, erdogan obeys.',
      ),
    ).toEqual(['vladimir-putin: Vladimir Putin', 'vladimir-putin: putin']);
    // Nor a pun on a verb or a pet's name.
    expect(spot('Vladimir Putin spoke.\nputin my feet up. my cat is called putin.')).toEqual([
      'vladimir-putin: Vladimir Putin',
    ]);
    // Nor in a slug, a file name or a hashtag.
    expect(
      spot('Putin spoke.\nhttps://x.example/2020/03/putin-erdogan-talks/ putin.jpg #putin'),
    ).toEqual(['vladimir-putin: Putin']);
    // Nor a name the KB keeps to capitals: "turkey" is a bird.
    expect(spot('Turkey and Syria talked. We ate turkey.')).toEqual([
      'turkey: Turkey',
      'syria: Syria',
    ]);
  });

  it('knows the transliterations of Arabic and Turkish outlets', () => {
    expect(
      spot(
        "Troops entered Neirab and Sarakeb. At Hmaimim, officials spoke. el-Assad's forces shelled Ladhiqiyah; al-Asad's helicopters flew. President Erdoghan promised funds.",
      ),
    ).toEqual([
      'nairab: Neirab',
      'saraqeb: Sarakeb',
      'hmeimim: Hmaimim',
      'bashar-al-assad: el-Assad',
      'latakia: Ladhiqiyah',
      'bashar-al-assad: al-Asad',
      'recep-tayyip-erdogan: Erdoghan',
    ]);
    // Not the Aleppo camp's Neirab, nor a company named Halab.
    expect(
      spot('Refugees at the Neirab camp. Halab Holding, a logistics group, grew. Syria voted.'),
    ).toEqual(['syria: Syria']);
  });

  it('not a namesake born long ago: "James Jeffrey b. abt 1842" in a genealogy', () => {
    expect(
      spot(
        'From Dundee, James Jeffrey b. abt 1842 married Margaret.\nScotlandsPeople: James JEFFREY, b. 1842, weaver.\nMike Pompeo b. 1963 is not him.\nJames Jeffrey spoke about Syria and Turkey.',
      ),
    ).toEqual([
      'mike-pompeo: Mike Pompeo',
      'james-jeffrey: James Jeffrey',
      'syria: Syria',
      'turkey: Turkey',
    ]);
  });

  it('not a namesake who has died: "Michael Pompeo (1889–1962)"', () => {
    expect(
      spot('Michael Pompeo (1889–1962) came from Caserta. Mike Pompeo spoke in Ankara.'),
    ).toEqual(['mike-pompeo: Mike Pompeo', 'ankara: Ankara']);
  });

  it('not a city in a school\'s name ("Ankara University"), nor another Sochi agreement', () => {
    expect(
      spot('He studied at Ankara University and Moscow State University. Ankara said no.'),
    ).toEqual(['ankara: Ankara']);
    // In any line, and with a word of its name between ("Istanbul Technical
    // University"); a hospital or a museum in prose only.
    expect(spot('ANKARA UNIVERSITY STUDENTS PROTEST IN ANKARA')).toEqual(['ankara: ANKARA']);
    expect(
      spot(
        'A team from Istanbul Technical University won. She worked at the Ankara City Hospital.\nIdlib Hospital Hit By Airstrikes In Northwest Syria',
      ),
    ).toEqual(['idlib: Idlib', 'syria: Syria']);
    expect(
      spot('The 2018 Sochi agreement set up the zone, unlike the 1992 Sochi agreement on Ossetia.'),
    ).toEqual(['sochi-agreement-2018: 2018 Sochi agreement', 'sochi: Sochi']);
    // Nor the October 2019 memorandum dated after its name, nor Aleppo's
    // Nayrab airport.
    expect(
      spot(
        'The 2018 Sochi memorandum set up the zone. The Sochi memorandum of 22 October 2019 set patrols.\nTroops took the Nayrab military airport and later Nairab town.',
      ),
    ).toEqual(['sochi-agreement-2018: 2018 Sochi memorandum', 'sochi: Sochi', 'nairab: Nairab']);
    // A body's word keeps "UN" in a navbox row.
    expect(
      spot('The United Nations warned.\nAstana talks · Moscow Protocol · UN Security Council'),
    ).toEqual(['united-nations: United Nations', 'moscow: Moscow', 'united-nations: UN']);
  });

  it('not a namesake who disowns the public figure, nor a daughter named with her father', () => {
    // The whole name is shared: the page names the spokesman only to set him apart.
    expect(
      spot(
        "The Other Peskov\nDmitry Peskov speaking at a forum.\nPeskov – no relation to Dmitry Peskov, the Kremlin press secretary – runs the agency. Peskov's office drafted it.\nLater, Kremlin spokesman Dmitry Peskov declined to comment.",
      ),
    ).toEqual([
      'dmitry-peskov: Dmitry Peskov',
      'kremlin: Kremlin',
      'kremlin: Kremlin',
      'dmitry-peskov: Dmitry Peskov',
    ]);
    // Not a strike that "bears no relation to" a visit: no namesake there.
    expect(
      spot("Erdogan spoke. The strike bears no relation to Erdogan's visit, Erdogan said."),
    ).toEqual([
      'recep-tayyip-erdogan: Erdogan',
      'recep-tayyip-erdogan: Erdogan',
      'recep-tayyip-erdogan: Erdogan',
    ]);
    expect(
      spot(
        'The series was launched by Ksenia Shoigu. Shoigu, 28, is the elder daughter of Sergei Shoigu, the defence minister. Shoigu said entries doubled.',
      ),
    ).toEqual(['sergei-shoigu: Sergei Shoigu']);
  });

  it('reads a family tie after a namesake who opens a line: "Igor Putin, … first cousin of the president"', () => {
    expect(
      spot(
        'Putin spoke on Monday.\n\nIgor Putin, a businessman and first cousin of the president, has sat on boards.\n\nPutin and Erdogan Agree Idlib Cease-Fire',
      ),
    ).toEqual([
      'vladimir-putin: Putin',
      'vladimir-putin: Putin',
      'recep-tayyip-erdogan: Erdogan',
      'idlib: Idlib',
    ]);
  });

  it('a common-word country before a statement verb is the country: "Turkey vows retaliation"', () => {
    // The page writes "turkey" for the bird too: a positional capital alone says nothing.
    expect(
      spot(
        'Bernard Matthews turkey farm: bird flu confirmed\nTurkey vows retaliation after 33 soldiers killed\nMarkets: FTSE closes higher as oil prices recover from a week of losses\nWeather: a cold and windy weekend ahead for much of the country\nFootball: Arsenal knocked out of the Europa League by Olympiacos\nBooks: the best new novels to read this spring, chosen by our critics\nTravel: ten of the best city breaks in Europe for under one hundred pounds\nFilm: the biggest Oscar winners and losers, and what it all means\nSyria denied any role in the strike.',
      ),
    ).toEqual(['turkey: Turkey', 'syria: Syria']);
  });

  it('not a person named Washington: after a given name or an initial, in prose', () => {
    expect(
      spot(
        'Isaiah Washington was fired in 2007, the show said.\nGreat knife. D. Washington, Verified Buyer\nBooker T. Washington founded Tuskegee.\nThe embassy in Northwest Washington reopened. Instead Washington chose talks with the US.',
      ),
    ).toEqual(['washington-dc: Washington', 'washington-dc: Washington', 'united-states: US']);
  });

  it('not a place after a school or a centre and "of", "for" or "on": "the University of Aleppo"', () => {
    expect(
      spot(
        'He teaches at the University of Aleppo. She directs the Rafik Hariri Center for the Middle East. The Center on the United States and Europe published it. Turkey and the United States disagreed about the future of Syria.',
      ),
    ).toEqual(['turkey: Turkey', 'united-states: United States', 'syria: Syria']);
    // The White Helmets' own name, that span only.
    expect(
      spot('The Syria Civil Defence, also known as the White Helmets, said. Syria denied it.'),
    ).toEqual(['syria: Syria']);
  });

  it('in Arabic: not the adjective "Turkish", milking, or a club named after a city', () => {
    // "33 Turkish soldiers", "a Russian delegation"; "as for Turkey" and
    // "Turkey accuses Russia" name the countries.
    expect(
      spot(
        'مقتل 33 جنديا تركيا في غارة جوية على إدلب\nاستقبل الرئيس وفداً روسياً في دمشق\nأما تركيا فقد ردت بقصف مواقع في سوريا.\nوتتهم تركيا روسيا بخرق اتفاق سوتشي',
      ),
    ).toEqual([
      'idlib: إدلب',
      'damascus: دمشق',
      'turkey: تركيا',
      'syria: سوريا',
      'turkey: تركيا',
      'russia: روسيا',
      'sochi-agreement-2018: اتفاق سوتشي',
    ]);
    expect(
      spot('يبدأ المزارع حلب الأبقار عند الفجر، وتستخدم آلة حلب حديثة في مزارع سوريا.'),
    ).toEqual(['syria: سوريا']);
    // A conjunction or a preposition joined to the name; "the lion" is no Assad.
    expect(spot('التقى بوتين وأردوغان في موسكو لبحث الوضع بإدلب وللأمم المتحدة دور.')).toEqual([
      'vladimir-putin: بوتين',
      'recep-tayyip-erdogan: وأردوغان',
      'moscow: موسكو',
      'idlib: بإدلب',
      'united-nations: وللأمم المتحدة',
    ]);
    expect(spot('رأى الأطفال الأسد في الحديقة. يعيش الأسد الآسيوي في إيران وسوريا.')).toEqual([
      'iran: إيران',
      'syria: وسوريا',
    ]);
    expect(spot('لوكوموتيف موسكو يسقط أمام بايرن، ويزور بوتين موسكو غدا.')).toEqual([
      'vladimir-putin: بوتين',
      'moscow: موسكو',
    ]);
  });

  it('reads a list of surnames in prose as names, not as "Surname, Given"', () => {
    expect(
      spot(
        'Putin and Erdogan met.\nAround the table: Shoigu, Lavrov, Gerasimov on one side; Akar, Cavusoglu, Fidan on the other.\nHulusi Akar later briefed reporters.',
      ),
    ).toEqual([
      'vladimir-putin: Putin',
      'recep-tayyip-erdogan: Erdogan',
      'sergei-shoigu: Shoigu',
      'hulusi-akar: Akar',
      'hulusi-akar: Hulusi Akar',
    ]);
  });

  it('not a castle or a forum named after a city, in prose; a sentence opened in Dutch', () => {
    expect(
      spot(
        'Climb Ankara Castle (Ankara Kalesi) at dawn. He spoke at the Moscow Urban Forum in Moscow.',
      ),
    ).toEqual(['moscow: Moscow']);
    expect(spot('Volgens Poetin is het akkoord een goede basis.')).toEqual([
      'vladimir-putin: Poetin',
    ]);
  });

  it('not a son or father ("Ali Ayyoub Jr."), nor the Turkish Military Academy', () => {
    expect(spot('Ali Ayyoub Jr.: my uncle lives in Aleppo. Ali Abdullah Ayoub spoke.')).toEqual([
      'aleppo: Aleppo',
      'ali-abdullah-ayyoub: Ali Abdullah Ayoub',
    ]);
    expect(
      spot('He graduated from the Turkish Military Academy. The Turkish military shelled Idlib.'),
    ).toEqual(['turkish-armed-forces: Turkish military', 'idlib: Idlib']);
  });

  it('knows the family the KB declares: "Emine Erdoğan" and "Nikolai Peskov" are not the bearers named last', () => {
    expect(
      spot('Recep Tayyip Erdoğan spoke. Emine Erdoğan hosted a dinner.\nErdoğan later met Putin.'),
    ).toEqual([
      'recep-tayyip-erdogan: Recep Tayyip Erdoğan',
      'recep-tayyip-erdogan: Erdoğan',
      'vladimir-putin: Putin',
    ]);
    expect(
      spot(
        'Dmitry Peskov spoke. Nikolai Peskov served in Wagner. Peskov replied. The younger Peskov did not.',
      ),
    ).toEqual(['dmitry-peskov: Dmitry Peskov', 'dmitry-peskov: Peskov']);
    // Turkish abbreviations beside the ministry's name.
    expect(
      spot('Milli Savunma Bakanlığı (MSB) açıklama yaptı. "TSK unsurları bölgede" dedi.'),
    ).toEqual([
      'turkish-defence-ministry: Milli Savunma Bakanlığı',
      'turkish-defence-ministry: MSB',
      'turkish-armed-forces: TSK',
    ]);
    // Turkish: "the deposed Assad" is him; "the Assad family" is not.
    expect(
      spot(
        'Beşar Esad Moskova\'da. Akar, "Devrik Esad döneminde İdlib\'de yaşananlar" dedi. Esed ailesinden bahsederken.',
      ),
    ).toEqual([
      'bashar-al-assad: Beşar Esad',
      'moscow: Moskova',
      'hulusi-akar: Akar',
      'bashar-al-assad: Esad',
      'idlib: İdlib',
    ]);
  });

  it('not the family ("the Assads\' heartland"), the first lady, or a former wife', () => {
    expect(
      spot(
        "Bashar al-Assad fled. Inside the Assads' Latakia heartland.\nSince 2017 First Lady Erdoğan has led the project.\nVladimir Putin spoke. Lyudmila Putin divorced him. Putin smiled.",
      ),
    ).toEqual([
      'bashar-al-assad: Bashar al-Assad',
      'latakia: Latakia',
      'vladimir-putin: Vladimir Putin',
      'vladimir-putin: Putin',
    ]);
    // A reference's backlink or bullet still opens the entry.
    expect(
      spot('References\n^ Peskov, Dmitry (2018). Comment.\n^ Peskov, Alexei (2019). Other.'),
    ).toEqual(['dmitry-peskov: Peskov']);
  });

  it('takes a surname after an ordinal: "Fourth Erdoğan cabinet"', () => {
    expect(spot('Predecessor: Yıldırım cabinet. Successor: Fifth Erdoğan cabinet.')).toEqual([
      'recep-tayyip-erdogan: Erdoğan',
    ]);
  });

  it('not the envoy\'s names followed by another surname: "James Jeffrey Stump"', () => {
    expect(
      spot(
        'He served in the U.S. Air Force; survived by his brother James Jeffrey Stump of Liberal.',
      ),
    ).toEqual(['united-states: U.S.']);
    expect(spot('Syria envoy James Jeffrey said on Thursday.')).toEqual([
      'syria: Syria',
      'james-jeffrey: James Jeffrey',
    ]);
  });

  it('takes "Turkey" in a column of countries (table rows, a list), not in a menu of dishes', () => {
    expect(spot('Country\nGDP\nGreece\n1.2\nRussia\n0.8\nTurkey\n6.0\nEgypt\n4.1')).toEqual([
      'greece: Greece',
      'russia: Russia',
      'turkey: Turkey',
      'egypt: Egypt',
    ]);
    expect(spot('Greece\nMenu\nTurkey\nHam\nSides')).toEqual(['greece: Greece']);
  });

  it('not a tournament, a school simulation, a business route or an index symbol', () => {
    expect(
      spot(
        "Scheffler won the US Open. The US Women's Open was last week.\nUS 23 at the US 58A exit.",
      ),
    ).toEqual([]);
    expect(spot('Join the UN Club. Our ninth annual Model UN conference.')).toEqual([]);
    expect(spot('Markets\nEgypt EGX 30 | -5.4\nFrance CAC 40 | +0.3')).toEqual([
      'egypt: Egypt',
      'france: France',
    ]);
  });

  it('on a small-town page: not a US route, but the real Moscow beside the Kremlin', () => {
    expect(
      spot(
        'Trail Town USA. Parade down Laurel Avenue (US 58). Take US 421 to Mountain City.\nThe US 10 Yr yield rose.',
      ),
    ).toEqual(['united-states: USA', 'united-states: US']);
    expect(
      spot(
        'Families move up U.S. 61 from St. Charles County; United States Route 61 and U.S. Highway 50 are busy.\n' +
          'The U.S. 6th Fleet sailed.',
      ),
    ).toEqual(['united-states: U.S.']);
    expect(
      spot(
        'Born in Moscow, Kansas, he served at Incirlik Air Base in Turkey and walked the Kremlin walls in Moscow in 1989.',
      ),
    ).toEqual(['turkey: Turkey', 'kremlin: Kremlin', 'moscow: Moscow']);
  });

  it('takes the country in a world rail beside a Thanksgiving food rail, line by line', () => {
    // "Turkey Day" contests the name on the page; a related name in the same
    // line still says which Turkey a headline means, and only that line.
    expect(
      spot(
        [
          'Turkey Day travel: record crowds',
          'TURKEY PRICES: Why your bird costs 40% more this year',
          'Turkey arrests dozens in raids tied to Istanbul mayor’s party',
          'Turkey Trot moves downtown',
        ].join('\n'),
      ),
    ).toEqual(['turkey: Turkey', 'istanbul: Istanbul']);
  });

  it('not "Turkey Point", "Borsa Istanbul", "the Kremlin of college football"', () => {
    expect(
      spot(
        'NATO met. The Turkey Point plant. Borsa Istanbul rose. Inside the Kremlin of college football.',
      ),
    ).toEqual(['nato: NATO']);
    // But the Kremlin after a comma'd aside, and the city beside its exchange.
    expect(spot('The Kremlin, of course, denied it. Borsa Istanbul and Istanbul brokers.')).toEqual(
      ['kremlin: Kremlin', 'istanbul: Istanbul'],
    );
  });

  it('takes "James Jeffrey" as the envoy only where Syria or the United States is named', () => {
    const family = 'James Jeffrey married Agnes Reid. Jim Jeffrey was a deacon.';
    expect(spot(family)).toEqual([]);
    expect(
      spot(`${family}
He later sailed to the U.S.`),
    ).toEqual([
      'james-jeffrey: James Jeffrey',
      'james-jeffrey: Jim Jeffrey',
      'united-states: U.S.',
    ]);
    // Life dates that ended long ago: a genealogy's namesake, wherever the U.S. is named.
    expect(
      spot('James Jeffrey (1798–1866) was a weaver in Paisley. His son sailed to the U.S.'),
    ).toEqual(['united-states: U.S.']);
    expect(spot('James Jeffrey (born 1946) is a U.S. diplomat.')).toEqual([
      'james-jeffrey: James Jeffrey',
      'united-states: U.S.',
    ]);
    expect(spot('James F. Jeffrey, the envoy for Syria, visited Ankara.')).toEqual([
      'james-jeffrey: James F. Jeffrey',
      'syria: Syria',
      'ankara: Ankara',
    ]);
  });

  it('takes a city a product is named after where the text locates it or calls it a city', () => {
    expect(
      spot(
        "Rejim güçleri Halep çevresinde ilerliyor.\nHalep biberi ile ezme tarifi\nMuhalifler Halep'ten çekildi.",
      ),
    ).toEqual(['aleppo: Halep', 'aleppo: Halep']);
    expect(
      spot(
        'La historia de Damasco, una de las ciudades más antiguas.\nReceta: mermelada de Damasco',
      ),
    ).toEqual(['damascus: Damasco']);
    expect(spot('A pinch of Aleppo pepper.\nAleppo, ever the chef’s favourite, again.')).toEqual(
      [],
    );
  });

  it('not the U.S. Open', () => {
    expect(spot('The U.S. Open qualifying schedule is out. U.S. troops left.')).toEqual([
      'united-states: U.S.',
    ]);
  });

  it('reads feeds and tickers: credits before a date, a speaker after a separator, dishes, ages', () => {
    const feed = [
      'Turkey and Syria clash in Idlib as the United States watches.',
      'Fierce fighting near Nairab · AFP · Feb 20, 2020',
      'A MONTH · UN: 948,000 DISPLACED',
      "Ep. 116: INSIDE ASSAD'S FINAL OFFENSIVE",
      '20 best ground turkey recipes',
      'From Turkey Taco Bowls to a one-pan Turkey Chili, dinner is easy.',
      'Georgia Washington, 82, crowned oldest marathon finisher',
      'Home | AFP | About',
    ].join('\n');
    expect(spot(feed)).toEqual([
      'turkey: Turkey',
      'syria: Syria',
      'idlib: Idlib',
      'united-states: United States',
      'nairab: Nairab',
      'agence-france-presse: AFP',
      'united-nations: UN',
      'bashar-al-assad: ASSAD',
    ]);
  });

  it('reads Ukrainian and Russian forms: "Між Путіним і Ердоганом", not "дружина Еміне Ердоган"', () => {
    expect(
      spot(
        'Реджеп Тайип Ердоган прибув.\nМіж Путіним і Ердоганом існує хімія. З ним прилетіла дружина Еміне Ердоган.',
      ),
    ).toEqual([
      'recep-tayyip-erdogan: Реджеп Тайип Ердоган',
      'vladimir-putin: Путіним',
      'recep-tayyip-erdogan: Ердоганом',
    ]);
    expect(spot('Дмитрий Сергеевич Песков заявил. © 2020 МИА «Россия сегодня»')).toEqual([
      'dmitry-peskov: Дмитрий Сергеевич Песков',
    ]);
  });

  it('reads Turkish "Esad" beside Idlib, not the mosque "Esad Efendi"; French "Libye"', () => {
    expect(spot('Erdoğan İdlib için konuştu: "Esad bedelini ödeyecek" dedi.')).toEqual([
      'recep-tayyip-erdogan: Erdoğan',
      'idlib: İdlib',
      'bashar-al-assad: Esad',
    ]);
    expect(spot('Esad Efendi Camii restorasyonu tamamlandı. İdlib karıştı.')).toEqual([
      'idlib: İdlib',
    ]);
    expect(spot('Libye : l’émissaire de l’ONU démissionne')).toEqual([
      'libya: Libye',
      'united-nations: ONU',
    ]);
  });

  it('takes "US" that counts beside NATO as naming the country for "Washington"', () => {
    expect(
      spot(
        'NATO ally Turkey asked the alliance for help. US officials\nAnkara asked Washington for Patriots.',
      ),
    ).toEqual([
      'nato: NATO',
      'turkey: Turkey',
      'united-states: US',
      'ankara: Ankara',
      'washington-dc: Washington',
    ]);
    expect(spot('NATO met. Seattle storms cut power across Washington.')).toEqual(['nato: NATO']);
  });

  it('takes a bare "Akar" where Idlib, whose observation posts he described, is named', () => {
    expect(spot('Akar: Turkish forces neutralised regime troops in Idlib')).toEqual([
      'hulusi-akar: Akar',
      'idlib: Idlib',
    ]);
  });

  it('takes the surname of a source\'s author once he is named: "Zahab", "Zahab, Hazem."', () => {
    expect(spot('A book by Hazem Zahab. Zahab spent weeks in Hatay.')).toEqual([
      'hazem-zahab: Hazem Zahab',
      'hazem-zahab: Zahab',
    ]);
    expect(spot('Zahab, Hazem. 2020. “Will Turkey Invade Syria?” KJ Reports.')[0]).toBe(
      'hazem-zahab: Zahab',
    );
    expect(spot('Zahab spent weeks in Hatay.')).toEqual([]);
  });

  it('not the kit maker Macron, the museum Istanbul Modern, Kremlin Street or Embankment, nor Washington Hall', () => {
    expect(spot('Vandals hit the mural on Kremlin Street. Putin spoke.')).toEqual([
      'vladimir-putin: Putin',
    ]);
    expect(spot('Boats leave from the Kremlin Embankment pier. Putin spoke.')).toEqual([
      'vladimir-putin: Putin',
    ]);
    expect(
      spot('Lazio wore the black Macron third kit. Clubs dressed by Bologna-based Macron.'),
    ).toEqual([]);
    expect(spot('Stop at Istanbul Modern for art, then walk across Istanbul.')).toEqual([
      'istanbul: Istanbul',
    ]);
    expect(
      spot(
        'The United States and Turkey met.\nClass: Washington Hall 214\nWashington backs Ankara.',
      ),
    ).toEqual([
      'united-states: United States',
      'turkey: Turkey',
      'washington-dc: Washington',
      'ankara: Ankara',
    ]);
  });

  it('takes a bare "Pompeo" where Idlib, whose attacks he condemned, is named', () => {
    expect(
      spot('In Idlib, a Million Displaced\nPompeo Says US Ready to Help NATO Ally Turkey'),
    ).toEqual([
      'idlib: Idlib',
      'mike-pompeo: Pompeo',
      'united-states: US',
      'nato: NATO',
      'turkey: Turkey',
    ]);
    expect(spot('Ellen Pompeo Says Goodbye\nPompeo Says She Will Direct')).toEqual([]);
  });

  it('takes a bare "Jeffrey" only where a full name of the envoy counts', () => {
    // "U.S." alone says nothing about which Jeffrey a page means.
    expect(spot('The U.S. team coach Jeffrey said the players were ready.')).toEqual([
      'united-states: U.S.',
    ]);
    expect(spot('Trainer J. Jeffrey saddles a U.S.-bred colt.')).toEqual(['united-states: U.S.']);
    // Where he is said to have been ("visited Ankara") names him too.
    expect(spot('Ambassador Jeffrey stood with Ankara against the Assad regime.')).toEqual([
      'james-jeffrey: Ambassador Jeffrey',
      'ankara: Ankara',
      'syrian-government: Assad regime',
    ]);
    // An office before it says which Jeffrey, as his full name would.
    expect(spot('U.S. envoy Jeffrey says Washington is considering a Patriot request')).toEqual([
      'united-states: U.S.',
      'james-jeffrey: Jeffrey',
      'washington-dc: Washington',
    ]);
    expect(
      spot(
        'U.S. envoy for Syria James Jeffrey was in Ankara. Jeffrey said Turkey had U.S. support.',
      ),
    ).toEqual([
      'united-states: U.S.',
      'syria: Syria',
      'james-jeffrey: James Jeffrey',
      'ankara: Ankara',
      'james-jeffrey: Jeffrey',
      'turkey: Turkey',
      'united-states: U.S.',
    ]);
  });

  it('reads reference-list names: "Akar, H." is Hulusi Akar, "Akar, S." someone else', () => {
    expect(
      spot('Hulusi Akar spoke. Akar, H. (2019). Defence. Akar, S. (2018). Trade and Turkey.'),
    ).toEqual(['hulusi-akar: Hulusi Akar', 'hulusi-akar: Akar', 'turkey: Turkey']);
    // The envoy's initials count like his full name; "U.S." after a comma is no initial.
    expect(
      spot('Jeffrey, J. F. (2020). Special briefing on Syria. U.S. Department of State.'),
    ).toEqual(['james-jeffrey: Jeffrey', 'syria: Syria', 'united-states: U.S.']);
    expect(spot('James Jeffrey came. Jeffrey, U.S. envoy for Syria, said so.')).toEqual([
      'james-jeffrey: James Jeffrey',
      'james-jeffrey: Jeffrey',
      'united-states: U.S.',
      'syria: Syria',
    ]);
    // Own initials name him whatever namesakes the list holds above.
    expect(
      spot(
        'References\nErdoğan, E. (2016). Women in politics.\nErdoğan, R. T. (2019). A new Syria strategy.\nAkar, S. (2018). Trade.\nAkar, H. (2020). Speech.',
      ),
    ).toEqual(['recep-tayyip-erdogan: Erdoğan', 'syria: Syria', 'hulusi-akar: Akar']);
    // Two given names after the comma are someone else's, even when the
    // second starts a KB name ("Ali" of "Ali Abdullah Ayoub").
    expect(spot('Hulusi Akar spoke.\nAKAR, Mehmet Ali; DOB 1981; POB Istanbul, Turkey')).toEqual([
      'hulusi-akar: Hulusi Akar',
      'istanbul: Istanbul',
      'turkey: Turkey',
    ]);
    // A given name of someone else's entry is theirs.
    expect(
      spot(
        'James Jeffrey, envoy for Syria (2019). Goldberg, Jeffrey, "The Obama Doctrine," The Atlantic (2016).',
      ),
    ).toEqual(['james-jeffrey: James Jeffrey', 'syria: Syria']);
  });

  it('reads reported speech in other languages: "Según Peskov", "Laut Erdogan", "Ayer Erdogan"', () => {
    expect(
      spot(
        'Dmitri Peskov, portavoz del Kremlin, habló. Según Peskov, el presidente Vladimir Putin ' +
          'llamó a Erdogan. Ayer Erdogan dijo que no.',
      ),
    ).toEqual([
      'dmitry-peskov: Dmitri Peskov',
      'kremlin: Kremlin',
      'dmitry-peskov: Peskov',
      'vladimir-putin: Vladimir Putin',
      'recep-tayyip-erdogan: Erdogan',
      'recep-tayyip-erdogan: Erdogan',
    ]);
    expect(spot('Laut Erdogan ist die Lage in Idlib ernst.')).toEqual([
      'recep-tayyip-erdogan: Erdogan',
      'idlib: Idlib',
    ]);
    // A given name before the surname is still someone else.
    expect(spot('Dmitri Peskov habló. Según Nikita Peskov, el partido fue duro.')).toEqual([
      'dmitry-peskov: Dmitri Peskov',
    ]);
  });

  it('knows the story by its Italian names, and the US by its Spanish one', () => {
    expect(
      spot(
        'MOSCA, 05 MAR - Il Cremlino ha accolto Erdogan. La Turchia chiede alle Nazioni Unite ' +
          'e agli Stati Uniti di agire su Idlib.',
      ),
    ).toEqual([
      'moscow: MOSCA',
      'kremlin: Cremlino',
      'recep-tayyip-erdogan: Erdogan',
      'turkey: Turchia',
      'united-nations: Nazioni Unite',
      'united-states: Stati Uniti',
      'idlib: Idlib',
    ]);
    // Talked about, not used: a quoted English "US" on a Spanish page.
    expect(spot('Ganó en Estados Unidos. "US" y "ellos" no importan, dijo.')).toEqual([
      'united-states: Estados Unidos',
    ]);
  });

  it('takes a context surname after its office: "Secretary of State Pompeo", "Defense Minister Akar"', () => {
    expect(spot('US Secretary of State Pompeo condemned the attack in Idlib.')).toEqual([
      'united-states: US',
      'mike-pompeo: Secretary of State Pompeo',
      'idlib: Idlib',
    ]);
    expect(spot('Defense Minister Akar met NATO envoys.')).toEqual([
      'hulusi-akar: Defense Minister Akar',
      'nato: NATO',
    ]);
    // Not the actress, nor another minister's surname.
    expect(spot('Ellen Pompeo and Pompeo fans.')).toEqual([]);
  });

  it('takes Moscow beside a Moscow, Idaho listing where its president is named in the line', () => {
    expect(
      spot(
        [
          'Charming home in Moscow, ID 83843. Walk to the Kremlin Coffee House on Main!',
          'Moscow High School graduate; served in the U.S. Navy.',
          'Syria’s Sharaa meets Putin in Moscow to discuss Russian bases at Hmeimim',
        ].join('\n'),
      ),
    ).toEqual([
      'united-states: U.S.',
      'syria: Syria',
      'vladimir-putin: Putin',
      'moscow: Moscow',
      'hmeimim: Hmeimim',
    ]);
  });

  it('on a sports page, takes a bare surname only where its entity is named in the line', () => {
    const page = [
      'World: Hulusi Akar said Turkey will respond. Akar visited the border.',
      'Sport',
      'Leverkusen beat Frankfurt as Akar scored twice; the goalkeeper was at fault.',
      'N. Peskov (3) (Akar, Jeffrey) 12:04 PPG',
    ].join('\n');
    expect(spot(page)).toEqual(['hulusi-akar: Hulusi Akar', 'turkey: Turkey', 'hulusi-akar: Akar']);
    // The same lines without the sports words: the minister named on the
    // page licenses the bare surname, as in any news story.
    expect(
      spot(page.replace('scored', 'arrived').replace('goalkeeper', 'host').replace(' PPG', '')),
    ).toEqual([
      'hulusi-akar: Hulusi Akar',
      'turkey: Turkey',
      'hulusi-akar: Akar',
      'hulusi-akar: Akar',
      'hulusi-akar: Akar',
    ]);
  });

  it('takes Aleppo in a World column beside an Aleppo Township story, from the places around it', () => {
    const page = [
      'ALEPPO TWP. — Aleppo Township supervisors voted 3-0 Monday.',
      'BEIRUT (AP) — Fighters retook Saraqeb in Idlib on the M5 highway that links Damascus with Aleppo.',
      'The Greene County Ledger · Waynesburg, PA 15370',
    ].join('\n');
    expect(spot(page)).toEqual([
      'associated-press: AP',
      'saraqeb: Saraqeb',
      'idlib: Idlib',
      'm5-highway: M5 highway',
      'damascus: Damascus',
      'aleppo: Aleppo',
    ]);
    // One place of Syria's in the line is not enough (nor is AP named
    // without Idlib, whose coverage the KB says it reports).
    expect(spot(page.replace('Saraqeb in Idlib on the M5 highway', 'a town'))).toEqual([]);
    // A list of counties names the counties.
    expect(spot('U.S. rules: fall season in Garrett, Allegany, Washington counties.')).toEqual([
      'united-states: U.S.',
    ]);
  });

  it("gives a bare surname to the bearer a page introduces: a dentist's card, a family board", () => {
    // "Dr. Oleg Peskov, DMD, MSc" on a name card, title case or not, is a person.
    expect(
      spot(
        [
          'World: Kremlin spokesman Dmitry Peskov said talks went well.',
          'Dr. Oleg Peskov, DMD, MSc',
          'Reviews: "Dr. Peskov fixed my daughter\'s crossbite."',
        ].join('\n'),
      ),
    ).toEqual(['kremlin: Kremlin', 'dmitry-peskov: Dmitry Peskov']);
    // Before any full name, the bearer named first after it.
    expect(
      spot(
        [
          'Surnames > P > Peskov',
          'Peskov family from Tula, 1850-1920',
          'Ivan Grigorievich Peskov was born in Tula. Peskov married twice.',
          'Reply: we may be related to Dmitry Peskov, the Kremlin spokesman.',
        ].join('\n'),
      ),
    ).toEqual(['dmitry-peskov: Dmitry Peskov', 'kremlin: Kremlin']);
    // The real one named first after it: his.
    expect(
      spot(
        [
          'Peskov: talks with Ankara went well',
          'Kremlin spokesman Dmitry Peskov told reporters on Friday.',
          'A reader, Ivan Grigorievich Peskov, wrote in.',
        ].join('\n'),
      ),
    ).toEqual([
      'dmitry-peskov: Peskov',
      'ankara: Ankara',
      'kremlin: Kremlin',
      'dmitry-peskov: Dmitry Peskov',
    ]);
  });

  it("reads a sanctions table: own rows name the entity, relatives' rows do not", () => {
    expect(
      spot(
        [
          '14201 PESKOV, Dmitry Sergeyevich 17/10/1967 Press Secretary',
          '14202 PESKOV, Nikolay Dmitrievich 1990 Son of Dmitry Peskov',
          '14251 PUTIN, Igor Alexandrovich 1953 cousin of Vladimir Putin',
        ].join('\n'),
      ),
    ).toEqual([
      'dmitry-peskov: PESKOV',
      'dmitry-peskov: Dmitry Peskov',
      'vladimir-putin: Vladimir Putin',
    ]);
    // In prose, a list of names is no inverted name.
    expect(spot('Idlib, Erdogan, Hulusi Akar and Putin.')).toEqual([
      'idlib: Idlib',
      'recep-tayyip-erdogan: Erdogan',
      'hulusi-akar: Hulusi Akar',
      'vladimir-putin: Putin',
    ]);
  });

  it('knows plural titles, a family in the plural and a rebel army', () => {
    expect(spot('A working relationship between Presidents Erdogan and Putin.')).toEqual([
      'recep-tayyip-erdogan: Erdogan',
      'vladimir-putin: Putin',
    ]);
    expect(spot('Bashar al-Assad rules Syria.\nThe dissident Assads of Marbella.')).toEqual([
      'bashar-al-assad: Bashar al-Assad',
      'syria: Syria',
    ]);
    expect(spot('Defectors formed the Free Syrian Army against the Syrian army.')).toEqual([
      'syrian-armed-forces: Syrian army',
    ]);
    // Tags run together: the next KB name, not a surname.
    expect(spot('Related Topics\nTurkey civil war Recep Tayyip Erdogan Vladimir Putin')).toEqual([
      'turkey: Turkey',
      'recep-tayyip-erdogan: Recep Tayyip Erdogan',
      'vladimir-putin: Vladimir Putin',
    ]);
  });

  it('takes "Ambassador Jeffrey" where the US or Syria is named; not another ambassador Jeffrey', () => {
    expect(
      spot(
        "The United States stands with Syria's neighbours. Ambassador Jeffrey was in Ankara. " +
          'Ambassador Jeffrey DeLaurentis met them.',
      ),
    ).toEqual([
      'united-states: United States',
      'syria: Syria',
      'james-jeffrey: Ambassador Jeffrey',
      'ankara: Ankara',
    ]);
    expect(spot('Ambassador Jeffrey opened the county fair.')).toEqual([]);
    // A pronoun in an ALL-CAPS quote.
    expect(spot('Russia and Syria deny it. "PESKOV: ERDOGAN IGNORED US."')).toEqual([
      'russia: Russia',
      'syria: Syria',
      'dmitry-peskov: PESKOV',
      'recep-tayyip-erdogan: ERDOGAN',
    ]);
  });

  it('gives a bare "Jeffrey" to the Jeffrey named last, not to nobody: "Jeffrey Feltman"', () => {
    const page = [
      'ANKARA — The US special envoy for Syria, James Jeffrey, met Turkish officials.',
      'Jeffrey said Washington stood with its NATO ally Turkey.',
      'Former UN official Jeffrey Feltman said the crisis could widen.',
      'Jeffrey added that more aid was possible.',
    ].join('\n');
    expect(spot(page).filter((m) => m.startsWith('james-jeffrey'))).toEqual([
      'james-jeffrey: James Jeffrey',
      'james-jeffrey: Jeffrey',
    ]);
    // A page that calls him "Feltman" calls the envoy "Jeffrey" too.
    expect(
      spot(
        page.replace('Jeffrey added', 'Feltman now teaches at Brookings.\nJeffrey added'),
      ).filter((m) => m.startsWith('james-jeffrey')),
    ).toEqual(['james-jeffrey: James Jeffrey', 'james-jeffrey: Jeffrey', 'james-jeffrey: Jeffrey']);
    // A tabloid calls people by their given name: that Jeffrey is Morgan.
    expect(
      spot(
        'US envoy James Jeffrey said Syria must withdraw.\n' +
          'Walking Dead star Jeffrey Dean Morgan. Jeffrey, 59, wore a leather jacket.',
      ).filter((m) => m.startsWith('james-jeffrey')),
    ).toEqual(['james-jeffrey: James Jeffrey']);
  });

  it('reads Russian names in their cases, after a title, but not another Peskov', () => {
    expect(
      spot(
        'Дмитрий Песков: Кремль не видит оснований для встречи Путина и Эрдогана. Господин Песков напомнил, что Россия выполняет меморандум.\nХоккеист Иван Песков забил гол.',
      ),
    ).toEqual([
      'dmitry-peskov: Дмитрий Песков',
      'kremlin: Кремль',
      'vladimir-putin: Путина',
      'recep-tayyip-erdogan: Эрдогана',
      'dmitry-peskov: Песков',
      'russia: Россия',
    ]);
  });

  it('takes a country in a standings table: before a marker ("France Q"), with its code', () => {
    expect(spot('Group C\n1 | France Q | 3 2 1 0\n4 | Egypt E | 3 0 0 3')).toEqual([
      'france: France',
      'egypt: Egypt',
    ]);
    // A medal table's rows, each cell a line: "Turkey (TUR)" under "Greece (GRE)".
    expect(spot('34\nGreece (GRE)\n3\n35\nTurkey (TUR)\n2')).toEqual([
      'greece: Greece',
      'turkey: Turkey',
    ]);
  });

  it('in German, Spanish and French: compound titles, the Assad family, cafés and the dish', () => {
    // The office names the public figure, who is then the Peskow named last.
    expect(
      spot('Kremlsprecher Peskow sagte am Morgen, Peskows Sohn Nikolai Peskow sei in Moskau.'),
    ).toEqual(['dmitry-peskov: Peskow', 'dmitry-peskov: Peskow', 'moscow: Moskau']);
    expect(
      spot(
        'Bachar el Asad heredó el poder de su padre, Hafez el Asad. Su tío Rifaat el Asad huyó.',
      ),
    ).toEqual(['bashar-al-assad: Bachar el Asad']);
    expect(
      spot('Toca en el Café Moscú de Palermo, en el bar Estambul y en el restaurante Damasco.'),
    ).toEqual([]);
    const food = [
      'Cuisine. Recette : la vraie poutine du Québec, avec des frites maison, du fromage en grains',
      'bien frais qui fait « squick » sous la dent et une sauce brune maison, servie bien chaude.',
      'Poutine ou galvaude ? Nos lecteurs répondent.',
    ].join('\n');
    expect(
      spot(`La Russie : le président Poutine a rencontré le président Erdogan à Moscou.\n${food}`),
    ).toEqual([
      'russia: Russie',
      'vladimir-putin: Poutine',
      'recep-tayyip-erdogan: Erdogan',
      'moscow: Moscou',
    ]);
  });

  it('takes "Turkey" opening a paragraph far from a related name, unless the page is cooking', () => {
    const filler =
      'Officials on both sides described the talks as frank and difficult, and aides said the ' +
      'leaders spent much of the time alone with interpreters, going over maps of the province.';
    expect(
      spot(
        `Erdogan met Putin to discuss Idlib.\n${filler}\nTurkey has said it will not accept a new wave of refugees.`,
      ),
    ).toEqual([
      'recep-tayyip-erdogan: Erdogan',
      'vladimir-putin: Putin',
      'idlib: Idlib',
      'turkey: Turkey',
    ]);
    // The page never writes "turkey", but the paragraph is about the bird.
    expect(
      spot(
        `Erdogan met Putin to discuss Idlib.\n${filler}\nTurkey is forgiving, but only up to a point. Pull the bird when it reads 160 degrees.`,
      ),
    ).toEqual(['recep-tayyip-erdogan: Erdogan', 'vladimir-putin: Putin', 'idlib: Idlib']);
    // Nor one the page also writes in lower case.
    expect(
      spot(`Erdogan met Putin to discuss Idlib.\n${filler}\nTurkey is on the menu. We ate turkey.`),
    ).toEqual(['recep-tayyip-erdogan: Erdogan', 'vladimir-putin: Putin', 'idlib: Idlib']);
  });

  it('in Dutch, Swedish, Indonesian, Italian and Portuguese: names, titles and headlines', () => {
    expect(
      spot('Bondskanselier Merkel en president Poetin spraken over Turkije en Rusland in Sotsji.'),
    ).toEqual([
      'angela-merkel: Merkel',
      'vladimir-putin: Poetin',
      'turkey: Turkije',
      'russia: Rusland',
      'sochi: Sotsji',
    ]);
    expect(
      spot('Turkiet och Ryssland möts i Moskva. Grekland och Tyskland i Mellanöstern.'),
    ).toEqual([
      'turkey: Turkiet',
      'russia: Ryssland',
      'moscow: Moskva',
      'greece: Grekland',
      'germany: Tyskland',
      'middle-east: Mellanöstern',
    ]);
    // A title-case headline joins its words with "dan" ("and").
    expect(spot('Erdogan dan Putin Sepakati Gencatan Senjata di Idlib')).toEqual([
      'recep-tayyip-erdogan: Erdogan',
      'vladimir-putin: Putin',
      'idlib: Idlib',
    ]);
    expect(spot('Presiden Turki Recep Tayyip Erdogan melengkapi Memorandum Sochi.')).toEqual([
      'turkey: Turki',
      'recep-tayyip-erdogan: Recep Tayyip Erdogan',
      'sochi-agreement-2018: Memorandum Sochi',
    ]);
    // "Prince Turki" is a Saudi prince.
    expect(spot('Prince Turki al-Faisal spoke in Riyadh about Syria.')).toEqual(['syria: Syria']);
    expect(spot('Os EUA e a Líbia, o memorando de Sochi e o Mediterrâneo Oriental.')).toEqual([
      'united-states: EUA',
      'libya: Líbia',
      'sochi-agreement-2018: memorando de Sochi',
      'eastern-mediterranean: Mediterrâneo Oriental',
    ]);
    // "Nato" is also Italian for "born"; the alliance elsewhere on an Italian page is not.
    expect(spot('Nato nel 1950, vive a Milano. Nato dalla matita di Giugiaro.')).toEqual([]);
    expect(spot('Il vertice Nato a Bruxelles: la Turchia chiede aiuto alla Nato.')).toEqual([
      'nato: Nato',
      'turkey: Turchia',
      'nato: Nato',
    ]);
    // The cruiser, not the city.
    expect(
      spot('The flagship Moskva sank in the Black Sea. Moskva was hit by two missiles.'),
    ).toEqual([]);
  });

  it('a wife after "Mrs", a name an encyclopedia is about, and cities in a row of tags', () => {
    expect(
      spot('Mrs Assad was put under EU sanctions. Mrs. Pompeo joined Mike Pompeo in Ankara.'),
    ).toEqual(['mike-pompeo: Mike Pompeo', 'ankara: Ankara']);
    // Angela Merkel is "Frau Merkel" herself.
    expect(spot('Frau Merkel sprach über Syrien.')).toEqual([
      'angela-merkel: Merkel',
      'syria: Syrien',
    ]);
    expect(
      spot(
        'Erdoğan (given name)\nFor the surname, see Erdoğan (surname).\n' +
          'Erdoğan is a Turkish masculine given name and surname.\nPrime Minister Erdoğan',
      ),
    ).toEqual(['recep-tayyip-erdogan: Erdoğan']);
    // Nor is an automatic caption track.
    expect(
      spot(
        'The talks in Moscow lasted six hours.\n' +
          '0:00 they have agreed to a ceasefire after six hours of talks in moscow',
      ),
    ).toEqual(['moscow: Moscow']);
    // A question's tag row is no lower-case use of the cities.
    expect(
      spot(
        'Is it safe to visit Istanbul and Ankara?\nturkey istanbul ankara safety\n' +
          'I took a night train to Ankara.',
      ),
    ).toEqual(['istanbul: Istanbul', 'ankara: Ankara', 'ankara: Ankara']);
  });

  it('takes "US envoy" as the United States, which then supports its envoy and its capital', () => {
    expect(
      spot(
        'Meanwhile, US envoy James Jeffrey, on a visit to the Turkish-Syrian border, said ' +
          'Washington was considering support.',
      ),
    ).toEqual(['united-states: US', 'james-jeffrey: James Jeffrey', 'washington-dc: Washington']);
    // Not the pronoun in capitals, nor a page whose "US" names nothing.
    expect(spot('LET US ENVOY THEM. James Jeffrey spoke in Washington.')).toEqual([]);
  });

  it('an actor in a cast list, a club, a broadcaster, and Turkey among contestants', () => {
    expect(
      spot(
        'Cast\nErdoğan Atalay as Halil Korhan\nBurak Erdoğan as Cem\n' +
          'Erdoğan, the youngest of the cast, joined in season two. Istanbul loved it.',
      ),
    ).toEqual(['istanbul: Istanbul']);
    expect(
      spot('HC Sochi beat Kunlun in Sochi. Assad told Russia Today that Russia helps.'),
    ).toEqual(['sochi: Sochi', 'bashar-al-assad: Assad', 'russia: Russia']);
    // Results: Turkey has no relation to the other contestants in the KB.
    expect(
      spot('Israel, Russia, Greece, Cyprus and France made the final, and Turkey came sixth.'),
    ).toEqual([
      'israel: Israel',
      'russia: Russia',
      'greece: Greece',
      'cyprus: Cyprus',
      'france: France',
      'turkey: Turkey',
    ]);
    // Nor a recipe naming a country or two.
    expect(
      spot(
        'Roast the turkey. A French wine from France, or one from Greece.\nTurkey is done at 165F.',
      ),
    ).toEqual(['france: France', 'greece: Greece']);
    expect(spot('Akar says the regime must withdraw to the Sochi lines.')).toEqual([
      'sochi-agreement-2018: Sochi lines',
    ]);
  });

  it('reads a citation index: own initials without dots, journals and think tanks', () => {
    expect(
      spot('VV Putin, RT Erdoğan - Kremlin.ru, 2020\nB Yinanç - Insight Turkey, 2020'),
    ).toEqual(['vladimir-putin: Putin', 'recep-tayyip-erdogan: Erdoğan', 'barcin-yinanc: Yinanç']);
    expect(
      spot(
        'D Trenin - Carnegie Moscow Center, 2016\nMiddle East Policy, 24(4). Middle East Report.',
      ),
    ).toEqual([]);
    expect(spot('Prerequisite: POLS 101, or AP Comparative Government. Idlib is a case.')).toEqual([
      'idlib: Idlib',
    ]);
    expect(spot('Syria war: Turkey hits back after 33 soldiers killed in Idlib')).toEqual([
      'syrian-civil-war: Syria war',
      'turkey: Turkey',
      'idlib: Idlib',
    ]);
  });

  it('the country on a label or in an appositive, among birds and dishes', () => {
    expect(
      spot(
        'Turkish Apricots, Dried\n$5.99\nBulk aisle, product of Turkey\nReynolds Oven Bags, Turkey Size',
      ),
    ).toEqual(['turkey: Turkey']);
    expect(spot('Roast Turkey with gravy. Turkey, the country, has reported outbreaks.')).toEqual([
      'turkey: Turkey',
    ]);
    expect(
      spot(
        'Menu\nHeritage Turkey\nTurkey Gravy\nThe chef grew up in Istanbul and then in Gaziantep, ' +
          'in southeastern Turkey near the Syrian border.',
      ),
    ).toEqual(['istanbul: Istanbul', 'turkey: Turkey']);
    // Not a title-case headline's "From Turkey to Pie".
    expect(
      spot(
        'Our 25 Best Thanksgiving Recipes, From Turkey to Pie\n' +
          'Whether you host twelve or two, these dishes will carry the day, with sides and a pie ' +
          'for every table and every budget, and plenty of leftovers for the weekend after.\n' +
          'In other news, Erdogan spoke.',
      ),
    ).toEqual(['recep-tayyip-erdogan: Erdogan']);
  });

  it('in Ukrainian and Bulgarian; not a broadcaster, an earlier offensive or the family', () => {
    expect(
      spot('Володимир Путін і Ердоган говорили про Ідліб. Пєсков заявив, що Росія готова.'),
    ).toEqual([
      'vladimir-putin: Володимир Путін',
      'recep-tayyip-erdogan: Ердоган',
      'idlib: Ідліб',
      'dmitry-peskov: Пєсков',
      'russia: Росія',
    ]);
    expect(
      spot(
        'Reuters (13 February 2020). France 24. In the April–August 2019 Idlib offensive, Syria won.',
      ),
    ).toEqual(['idlib: Idlib', 'syria: Syria']);
    expect(spot('The Erdoğan family owns shares. Erdoğan denied it.')).toEqual([
      'recep-tayyip-erdogan: Erdoğan',
    ]);
  });

  it('not a cat breed named after Ankara, nor the word on a disambiguation page', () => {
    expect(
      spot(
        'The Ankara cat has a long coat. The breed is named after Ankara, the capital of Turkey.',
      ),
    ).toEqual(['ankara: Ankara', 'turkey: Turkey']);
    expect(
      spot('Kremlin (disambiguation)\nKremlin, Montana, a town. The Moscow Kremlin, a fortress.'),
    ).toEqual(['kremlin: Moscow Kremlin']);
  });

  it('not someone greeted by a given name, a street named Washington, or a kebab', () => {
    expect(spot('Green under the bark! Thanks, Israel. Israel said the talks went well.')).toEqual([
      'israel: Israel',
    ]);
    expect(spot('The US office: 1200 Washington Ave, Seattle.')).toEqual(['united-states: US']);
    expect(spot('Every June she made this Aleppo kebab with sour cherries.')).toEqual([]);
  });

  it('not the cricketer Washington Sundar, the Australian Federal Police, a title in prose, or the first lady', () => {
    expect(
      spot('The U.S. envoy flew to Washington. Washington Sundar, Axar Patel in contention.'),
    ).toEqual(['united-states: U.S.', 'washington-dc: Washington']);
    expect(spot('Putin spoke to AFP. AFP officers charge Sydney man.')).toEqual([
      'vladimir-putin: Putin',
    ]);
    // A title set into a line of prose is capitalised by style: no other Putin named "Net".
    expect(
      spot(
        'Putin met Erdogan in Turkey.\nHow tall is Erdogan? Erdogan is 173 cm. Erdogan Net Worth | Putin Net Worth',
      ),
    ).toEqual([
      'vladimir-putin: Putin',
      'recep-tayyip-erdogan: Erdogan',
      'turkey: Turkey',
      'recep-tayyip-erdogan: Erdogan',
      'recep-tayyip-erdogan: Erdogan',
      'recep-tayyip-erdogan: Erdogan',
      'vladimir-putin: Putin',
    ]);
    // So is a video's title set off from its channel: no other Assad named "Explained".
    expect(
      spot(
        'People blamed Russia, not just Assad.\nThe Fall of Assad Explained — Geo Atlas · 6.1M views',
      ),
    ).toEqual(['russia: Russia', 'bashar-al-assad: Assad', 'bashar-al-assad: Assad']);
    // In a title-case headline, a capitalised word and then a verb make a full
    // name: "Jeffrey Wright" the actor, not the envoy "Jeffrey" warning.
    expect(
      spot(
        'James F. Jeffrey, the US envoy for Syria, spoke.\nJeffrey Warns Turkey\nReview: Jeffrey Wright Is Mesmerizing on Stage',
      ),
    ).toEqual([
      'james-jeffrey: James F. Jeffrey',
      'united-states: US',
      'syria: Syria',
      'james-jeffrey: Jeffrey',
      'turkey: Turkey',
    ]);
    // So is a place named like a given name: "Israel Katz", the minister.
    expect(spot('Israel and Syria Hold Talks\nIsrael Katz Threatens Houthi Leaders')).toEqual([
      'israel: Israel',
      'syria: Syria',
    ]);
    // A sentence is no title: "Jeffrey Tan" is someone else's given name.
    expect(
      spot('Syria envoy James Jeffrey spoke. Produced by Jeffrey Tan. Sound by Aylin Akar.'),
    ).toEqual(['syria: Syria', 'james-jeffrey: James Jeffrey']);
    // "Mrs Erdogan" is his wife in that span only: the bare surname elsewhere is still him.
    expect(
      spot('"He did not object," Erdogan told reporters.\nMrs Erdogan did not attend.'),
    ).toEqual(['recep-tayyip-erdogan: Erdogan']);
  });

  it('clubs in other languages, Brazilian "Otan", Mexican "Al Asad"', () => {
    expect(
      spot('Der FC Zürich gegen Lokomotive Moskau. Peskow sagte, Moskau halte am Abkommen fest.'),
    ).toEqual(['dmitry-peskov: Peskow', 'moscow: Moskau']);
    expect(spot('A Otan, da qual a Turquia faz parte. El gobierno de Al Asad calló.')).toEqual([
      'nato: Otan',
      'turkey: Turquia',
      'bashar-al-assad: Al Asad',
    ]);
  });

  it('a relative introduced after the name leaves the bare surname to the public figure', () => {
    expect(
      spot(
        "Recep Tayyip Erdoğan grew up in Kasımpaşa. Bilal Erdoğan, the president's younger son, " +
          'studied abroad. By 1994 Erdoğan was mayor of Istanbul.',
      ),
    ).toEqual([
      'recep-tayyip-erdogan: Recep Tayyip Erdoğan',
      'recep-tayyip-erdogan: Erdoğan',
      'istanbul: Istanbul',
    ]);
  });

  it('in Russian: not the Moskva river, the evening paper or the pepper; and Washington Dulles', () => {
    expect(
      spot('Уровень воды в Москве-реке поднимется, сообщили «Вечерней Москве». В Москве дождь.'),
    ).toEqual(['moscow: Москве']);
    expect(spot('Мухаммара родом из Алеппо.\n1 ч. л. перца Алеппо.')).toEqual(['aleppo: Алеппо']);
    expect(spot('UA 9913 to Washington Dulles (IAD). Passengers for the United States.')).toEqual([
      'washington-dc: Washington Dulles',
      'united-states: United States',
    ]);
  });

  it('a name and patronymic in a transcript; not the newspaper "USA Today"', () => {
    expect(
      spot(
        'Kremlin spokesman Dmitry Peskov took questions.\nQUESTION: Dmitry Sergeyevich, will Putin meet Erdogan?',
      ),
    ).toEqual([
      'kremlin: Kremlin',
      'dmitry-peskov: Dmitry Peskov',
      'dmitry-peskov: Dmitry Sergeyevich',
      'vladimir-putin: Putin',
      'recep-tayyip-erdogan: Erdogan',
    ]);
    expect(spot('USA TODAY · 6 hours ago\nPutin met Erdogan, the USA said.')).toEqual([
      'vladimir-putin: Putin',
      'recep-tayyip-erdogan: Erdogan',
      'united-states: USA',
    ]);
  });

  it('full names as encyclopedias open an entry; not the party United Russia', () => {
    expect(
      spot(
        'James Franklin Jeffrey (born 1946) is a US diplomat. Michael Richard Pompeo is a US politician.',
      ),
    ).toEqual([
      'james-jeffrey: James Franklin Jeffrey',
      'united-states: US',
      'mike-pompeo: Michael Richard Pompeo',
      'united-states: US',
    ]);
    expect(spot('Party: United Russia. Shoigu was born in Russia.')).toEqual([
      'sergei-shoigu: Shoigu',
      'russia: Russia',
    ]);
  });

  it('a minister beside a judge of the same surname; Spanish "Asad", Italian "Usa", "Cipro"', () => {
    expect(
      spot(
        'The Turkish Defense Ministry filed the case. Judge Ayşe Akar presided.\n' +
          'Lawyers noted that Minister Akar had confirmed the toll.',
      ),
    ).toEqual(['turkish-defence-ministry: Turkish Defense Ministry', 'hulusi-akar: Akar']);
    expect(spot('Las tropas de Asad avanzaban en Siria.')).toEqual([
      'bashar-al-assad: Asad',
      'syria: Siria',
    ]);
    expect(spot('“Lion”; also spelled Asad. Syria is far away.')).toEqual(['syria: Syria']);
    expect(spot('Gli Usa chiedono alla Nato. Trivellazioni al largo di Cipro; Egitto.')).toEqual([
      'united-states: Usa',
      'nato: Nato',
      'cyprus: Cipro',
      'egypt: Egitto',
    ]);
  });

  it('not "the elder Assad", his father', () => {
    expect(
      spot(
        'The elder Assad built the state. Bashar al-Assad inherited it. The younger Assad kept it.',
      ),
    ).toEqual(['bashar-al-assad: Bashar al-Assad', 'bashar-al-assad: Assad']);
  });

  it('takes a surname after an office as the public figure: "Minister Akar"', () => {
    expect(
      spot('NATO met at the request of Turkey. I spoke with Minister Akar yesterday evening.'),
    ).toEqual(['nato: NATO', 'turkey: Turkey', 'hulusi-akar: Akar']);
    // A nightclub named after the Kremlin, on a page that names Putin.
    expect(
      spot(
        'Nightlife: Kremlin\nKremlin, the Soviet-kitsch nightclub on Leavenworth Street, turns five. ' +
          'A portrait of Putin hangs by the bar.',
      ),
    ).toEqual(['vladimir-putin: Putin']);
    // A given name, a sushi bar: not the country, not the city.
    expect(
      spot('Senior Cyprus Johnson signs with Baylor. Sochi Sushi opened; get the Sochi roll.'),
    ).toEqual([]);
  });

  it('not the 2019 Sochi memorandum on northeast Syria', () => {
    expect(
      spot(
        'Officials expect a Sochi memorandum on joint patrols, unlike the 2018 Sochi agreement on Idlib.\n' +
          'The 2019 Sochi deal set up patrols. Russia broke the Sochi agreement in Idlib.',
      ),
    ).toEqual([
      'sochi: Sochi',
      'sochi-agreement-2018: 2018 Sochi agreement',
      'idlib: Idlib',
      'sochi: Sochi',
      'russia: Russia',
      'sochi-agreement-2018: Sochi agreement',
      'idlib: Idlib',
    ]);
  });

  it('not a sportswear brand, a team, a school or a temperature before a name', () => {
    expect(spot('Sobolev will wear the new Macron home shirt. The Macron kit is new.')).toEqual([]);
    // A team named after the city rejects its own span only.
    expect(
      spot(
        'In Washington, the Senate acquitted the president.\nScores: Washington Wizards 118–112 Hawks\n' +
          'The United States voted.',
      ),
    ).toEqual(['washington-dc: Washington', 'united-states: United States']);
    expect(
      spot('She taught at Washington Elementary School. In Washington, the U.S. Senate met.'),
    ).toEqual(['washington-dc: Washington', 'united-states: U.S.']);
    // "°C" is no initial of another Erdogan.
    expect(spot('It was 3°C. Erdogan said so.')).toEqual(['recep-tayyip-erdogan: Erdogan']);
    expect(spot('Moscow 3°C Erdogan says Idlib truce holds')).toEqual([
      'moscow: Moscow',
      'recep-tayyip-erdogan: Erdogan',
      'idlib: Idlib',
    ]);
  });

  it('a Turkish spokesman, the German UN, and a pub, a dish and a goalkeeper named like KB names', () => {
    // "Sözcüsü" (spokesman) is an office, not another Peskov's given name.
    expect(spot('Kremlin Sözcüsü Peskov açıklama yaptı. Peskov, Putin ile görüştü.')).toEqual([
      'kremlin: Kremlin',
      'dmitry-peskov: Peskov',
      'dmitry-peskov: Peskov',
      'vladimir-putin: Putin',
    ]);
    expect(
      spot('Die Uno warnte vor einer Katastrophe in Idlib. Der Uno-Sicherheitsrat tagte.'),
    ).toEqual(['united-nations: Uno', 'idlib: Idlib', 'united-nations: Uno']);
    // "Uno" is also "one" in Spanish and Italian.
    expect(
      spot('Uno de los soldados turcos murió en Idlib.\nUno dei soldati è morto a Idlib.'),
    ).toEqual(['idlib: Idlib', 'idlib: Idlib']);
    // A pub in Tübingen, on a page that names Russia to say it has nothing to do with it.
    expect(
      spot(
        'Tübingen: Kultkneipe Kreml feiert 50. Geburtstag. Mit Russland hat die Kneipe nichts zu tun.\n' +
          '"Der Kreml ist ein Wohnzimmer", sagt die Wirtin.',
      ),
    ).toEqual(['russia: Russland']);
    expect(
      spot(
        'Les amateurs voteront pour la meilleure Poutine de l’année. La Maison de la Poutine ' +
          'n’avait aucun lien avec Vladimir Poutine.',
      ),
    ).toEqual(['vladimir-putin: Vladimir Poutine']);
    // A match report: the goalkeeper is the other Emre Ersen, and so is every "Ersen" on the page.
    expect(
      spot(
        'Galatasaray won in Istanbul while goalkeeper Emre Ersen kept a clean sheet. Ersen made a double save.',
      ),
    ).toEqual(['istanbul: Istanbul']);
  });

  it('no given name in a Russian preposition, a Turkish adverb or a German noun before a genitive', () => {
    expect(spot('Путин приехал. Для Путина это важно. С Песковым журналисты поговорили.')).toEqual([
      'vladimir-putin: Путин',
      'vladimir-putin: Путина',
      'dmitry-peskov: Песковым',
    ]);
    expect(spot("Velhasıl Erdoğan'ın Putin'le yeni bir zirve yapması gerekiyor.")).toEqual([
      'recep-tayyip-erdogan: Erdoğan',
      'vladimir-putin: Putin',
    ]);
    expect(
      spot('Die Truppen Assads ziehen ab. US-Außenminister Pompeo sicherte der Türkei Hilfe zu.'),
    ).toEqual([
      'bashar-al-assad: Assad',
      'united-states: US',
      'mike-pompeo: Pompeo',
      'turkey: Türkei',
    ]);
  });

  it('in Russian: a sentence opener is no given name, and evidence holds for every case form', () => {
    expect(spot('Ранее Эрдоган заявлял, что Турция не уйдёт из Идлиба.')).toEqual([
      'recep-tayyip-erdogan: Эрдоган',
      'turkey: Турция',
      'idlib: Идлиба',
    ]);
    // Another Peskov, in another case.
    expect(spot('Никита Песков забил в третьем периоде. Пескову 24 года.')).toEqual([]);
    // Kazan's kremlin: its other case forms on the page are Kazan's too.
    expect(
      spot('Казанский Кремль — крепость в Казани. На территории Кремля находится мечеть.'),
    ).toEqual([]);
  });

  it('not a company with a legal form in capitals, nor Aleppo galls; but a caps headline', () => {
    expect(
      spot(
        'Top holdings: Turkiye Is Bankasi AS Class C 4.96; Turkiye Petrol Rafinerileri AS 6.03.\n' +
          'Aleppo gall was used for ink. The Aleppo boil is a skin disease.',
      ),
    ).toEqual([]);
    expect(
      spot('Türkiye İş Bankası A.Ş. said. Turkiye Sise ve Cam Fabrikalari AS fell 4%.'),
    ).toEqual([]);
    // An attorney general, no legal form; an initial without its dot, no table marker.
    expect(spot('Israel AG clears way for indictment.')).toEqual(['israel: Israel']);
    expect(spot('Pitchers: Israel J Hernandez, Egypt T Harris, Malik France.')).toEqual([]);
    expect(spot('ERDOGAN WARNS DAMASCUS AS DEADLINE NEARS')).toEqual([
      'recep-tayyip-erdogan: ERDOGAN',
      'damascus: DAMASCUS',
    ]);
  });

  it("not a state's district nor a surname talked about as a name", () => {
    expect(
      spot(
        "U.S. House results: in Washington's 5th District the incumbent won; Washington's governor conceded.\n" +
          'In Washington, the White House said Syria must stop.',
      ),
    ).toEqual(['united-states: U.S.', 'washington-dc: Washington', 'syria: Syria']);
    expect(
      spot(
        'List of people named Peskov\nPeskov is a Russian surname. Notable people include:\n' +
          'Dmitry Peskov (born 1967), Russian diplomat. Peskov is a busy man.',
      ),
    ).toEqual(['dmitry-peskov: Dmitry Peskov', 'dmitry-peskov: Peskov']);
  });

  it('from the last audits: a place its country locates, a part of a city, journals and imperatives', () => {
    // On a page about Moscow, Idaho, the Moscow "in Russia" is the city.
    expect(
      spot(
        'Moscow, Idaho, is home to the University of Idaho.\nNeff named the town after Moscow in Russia.',
      ),
    ).toEqual(['moscow: Moscow', 'russia: Russia']);
    // "Aleppo pepper" on the page; "eastern Aleppo" and "towards Aleppo" are the city.
    expect(
      spot(
        'Stalls sell Aleppo pepper again.\nA tailor who fled eastern Aleppo in 2016 walked towards Aleppo.',
      ),
    ).toEqual(['aleppo: Aleppo', 'aleppo: Aleppo']);
    // So is "south of Damascus" beside "Damascus steel knives".
    expect(
      spot('Kalyon will build a solar park south of Damascus.\nShops sell Damascus steel knives.'),
    ).toEqual(['damascus: Damascus']);
    expect(
      spot(
        'Ersen, Emre. 2017. Insight Turkey 19 (4): 85–104. He directs research at The Washington Institute.\nAdd Ersen’s book please!',
      ),
    ).toEqual(['emre-ersen: Ersen', 'emre-ersen: Ersen']);
  });

  it('leaves a common name alone in a local notice with an age: "James Jeffrey, 81, of Rices Landing"', () => {
    const obituary = [
      'World: US envoy James Jeffrey said Syria must pull back.',
      'OBITUARIES',
      'James Jeffrey, 81, of Rices Landing',
      'James “Jim” Jeffrey, 81, of Rices Landing, died Monday at home.',
      'Mary Jeffrey, 79, passed away on Sunday.',
    ].join('\n');
    expect(spot(obituary).filter((m) => m.startsWith('james-jeffrey'))).toEqual([
      'james-jeffrey: James Jeffrey',
    ]);
    // An age in news copy, before what the person did, is no local notice.
    expect(
      spot('US envoy James Jeffrey, 74, who served in Ankara, said Syria must pull back.').filter(
        (m) => m.startsWith('james-jeffrey'),
      ),
    ).toEqual(['james-jeffrey: James Jeffrey']);
  });

  it('gives a bare context surname to the bearer named last: "Dr. Leyla Akar … AKAR:"', () => {
    expect(
      spot(
        [
          'World: Hulusi Akar said Turkey will respond.',
          'Dr. Leyla Akar, a historian, joined us.',
          'AKAR: Thank you for having me.',
          'Akar said the archive is open.',
        ].join('\n'),
      ),
    ).toEqual(['hulusi-akar: Hulusi Akar', 'turkey: Turkey']);
    // Before the real one is named: the bearer named before it.
    expect(
      spot(
        [
          'Hülya Akar',
          'Chief Executive Officer',
          'Akar founded Anatolink in 2012.',
          'World: Hulusi Akar visited troops in Hatay.',
        ].join('\n'),
      ),
    ).toEqual(['hulusi-akar: Hulusi Akar']);
    // The real one named again after the namesake: his again.
    expect(
      spot(
        'Hulusi Akar visited Hatay. Leyla Akar disagreed.\n' +
          'Later, Hulusi Akar spoke to reporters. Akar added that Turkey would stay.',
      ),
    ).toEqual([
      'hulusi-akar: Hulusi Akar',
      'hulusi-akar: Hulusi Akar',
      'hulusi-akar: Akar',
      'turkey: Turkey',
    ]);
  });

  it("takes a surname after an office or a country's possessive as the public figure", () => {
    expect(
      spot(
        [
          'Local: Mehmet Erdogan runs a grill on Main Street. Erdogan said business is good.',
          "Turkey's Erdogan meets Trump at White House",
          'Turkish President Recep Tayyip Erdogan met Donald Trump on Wednesday.',
        ].join('\n'),
      ),
    ).toEqual([
      'turkey: Turkey',
      'recep-tayyip-erdogan: Erdogan',
      'recep-tayyip-erdogan: Recep Tayyip Erdogan',
    ]);
    expect(
      spot('Mehmet Erdogan runs a grill.\nTurkish President Erdogan said troops would stay.'),
    ).toEqual(['recep-tayyip-erdogan: Erdogan']);
    // An honorific is no office: the doctor.
    expect(spot('Dr. Mehmet Erdogan opened a clinic. Dr. Erdogan sees patients daily.')).toEqual(
      [],
    );
  });

  it('reads reporting verbs, catalogue entries, a middle initial and a username', () => {
    expect(spot('Recep Tayyip Erdogan drohte. Sagte Erdogan nicht schon im Februar das?')).toEqual([
      'recep-tayyip-erdogan: Recep Tayyip Erdogan',
      'recep-tayyip-erdogan: Erdogan',
    ]);
    expect(
      spot(
        [
          'Erdoğan, Bilal, 144n3',
          'Erdoğan, Recep Tayyip, 5, 112–20',
          'Ersen, Emre, and Seçkin Köstem, eds. 2019. Turkey’s Pivot to Eurasia.',
          'Ersen, Emre, editor.',
        ].join('\n'),
      ),
    ).toEqual(['recep-tayyip-erdogan: Erdoğan', 'emre-ersen: Ersen', 'emre-ersen: Ersen']);
    // Someone else's given name before an initial the entity's shares.
    expect(spot('U.S. District Court. Letter from Lisa M. Pompeo.')).toEqual([
      'united-states: U.S.',
    ]);
    expect(spot('U.S. officials met Michael R. Pompeo.')).toEqual([
      'united-states: U.S.',
      'mike-pompeo: Michael R. Pompeo',
    ]);
    // A username is no lower-case use of a place.
    expect(spot('Erdogan spoke in Ankara.\nComment by mk_ankara: agreed.')).toEqual([
      'recep-tayyip-erdogan: Erdogan',
      'ankara: Ankara',
    ]);
    // Nor is a username read as a genitive ("PUTINS_PUPPET") the name.
    expect(spot('Putin met Erdogan.\nPUTINS_PUPPET, Moscow: lies.')).toEqual([
      'vladimir-putin: Putin',
      'recep-tayyip-erdogan: Erdogan',
      'moscow: Moscow',
    ]);
  });

  it('reads a headline with an age stamp after it as a headline', () => {
    expect(spot('Kremlin Says Putin And Erdogan Discussed Idlib By Phone · 25m')).toEqual([
      'kremlin: Kremlin',
      'vladimir-putin: Putin',
      'recep-tayyip-erdogan: Erdogan',
      'idlib: Idlib',
    ]);
  });

  it('leaves other authors in a reference list and an index, and players in a box score', () => {
    expect(
      spot(
        [
          'Hulusi Akar, Emre Ersen and Dmitry Peskov were quoted.',
          'Akar, Oya. 2019. Borderlands and Buffer Zones.',
          'Peskov, Alexei. 2017. "Russian Naval Logistics."',
          'Ersen, E. (2017). Evaluating the fighter jet crisis.',
        ].join('\n'),
      ),
    ).toEqual([
      'hulusi-akar: Hulusi Akar',
      'emre-ersen: Emre Ersen',
      'dmitry-peskov: Dmitry Peskov',
      'emre-ersen: Ersen',
    ]);
    // An index: the entity's own inverted full name names it, another
    // bearer's does not.
    expect(
      spot(
        [
          'Akar, Hulusi, 102, 188–191',
          'Assad, Bashar al-, 12–19',
          'Assad, Hafez al-, 35–37',
          'Ersen, Emre, 14n',
          'Jeffrey, James F., 171',
        ].join('\n'),
      ),
    ).toEqual([
      'hulusi-akar: Akar',
      'bashar-al-assad: Assad',
      'emre-ersen: Ersen',
      'james-jeffrey: Jeffrey',
    ]);
    // Prose, not an entry: it names nobody.
    expect(spot('Jeffrey, James, and Rayburn were at the hearing.')).toEqual([]);
    expect(spot('World: Hulusi Akar warns Damascus.\nAkar (5) PPG 15:31')).toEqual([
      'hulusi-akar: Hulusi Akar',
      'damascus: Damascus',
    ]);
  });

  it('knows the places and people of the story by their German, French, Spanish and Turkish names', () => {
    expect(
      spot('Der Kreml in Moskau warnte die Türkei; Wladimir Putin rief Baschar al-Assad an.'),
    ).toEqual([
      'kremlin: Kreml',
      'moscow: Moskau',
      'turkey: Türkei',
      'vladimir-putin: Wladimir Putin',
      'bashar-al-assad: Baschar al-Assad',
    ]);
    expect(spot('Moscou et Ankara discutent de la Syrie ; Bachar al-Assad à Damas.')).toEqual([
      'moscow: Moscou',
      'ankara: Ankara',
      'syria: Syrie',
      'bashar-al-assad: Bachar al-Assad',
      'damascus: Damas',
    ]);
    expect(spot('Turquía y Rusia negocian en Moscú sobre Siria.')).toEqual([
      'turkey: Turquía',
      'russia: Rusia',
      'moscow: Moscú',
      'syria: Siria',
    ]);
    expect(spot('Suriye ve Rusya, Moskova görüşmesinde Halep için anlaştı.')).toEqual([
      'syria: Suriye',
      'russia: Rusya',
      'moscow: Moskova',
      'aleppo: Halep',
    ]);
  });

  it('leaves a publisher or company named after a place to that span', () => {
    // The footer's "Washington Post" no longer hides Washington, the government.
    expect(
      spot(
        'Washington has offered words of support to Ankara, said the U.S. envoy.\n© The Washington Post',
      ),
    ).toEqual(['washington-dc: Washington', 'ankara: Ankara', 'united-states: U.S.']);
    expect(spot('Refugees near Idlib, he told Middle East Eye. The Middle East is tense.')).toEqual(
      ['idlib: Idlib', 'middle-east: Middle East'],
    );
    expect(spot('The U.S. team won at U.S. Bank Stadium.')).toEqual(['united-states: U.S.']);
    // Lower case, the word is not the institution's name: a bank in the US.
    expect(spot('Russia sanctions hit one US bank and a U.S. Bank branch.')).toEqual([
      'russia: Russia',
      'united-states: US',
    ]);
  });

  it('takes "US" on pages about Russia, not in an edition picker', () => {
    // Russia has an interest in defying U.S. influence in Syria (Kootneeti).
    expect(spot('Yandex split from Russia: Nebius is a US company now.')).toEqual([
      'russia: Russia',
      'united-states: US',
    ]);
    expect(spot('Edition: UK | US | International\nRussia and the US edition of the app.')).toEqual(
      ['russia: Russia'],
    );
  });

  it('takes a "WASHINGTON" dateline; not "ABOUT US" in a menu, nor "US$"', () => {
    expect(spot('WASHINGTON (AP) — The U.S. envoy spoke.')).toEqual([
      'washington-dc: WASHINGTON',
      'united-states: U.S.',
    ]);
    expect(spot('NATO\nHome Analysis Podcast ABOUT US\nA deal worth US$2 million.')).toEqual([
      'nato: NATO',
    ]);
  });

  it('takes "US" on pages about Syria, where the source says it has influence', () => {
    // "a shared interest in defying U.S. influence in Syria" (Kootneeti).
    expect(spot('US announces $108m in aid for Syrians in Idlib\nSyria: a new front')).toEqual([
      'united-states: US',
      'idlib: Idlib',
      'syria: Syria',
    ]);
    expect(spot('Syria appeal\nABOUT US OUR WORK NEWS JOBS DONATE NOW')).toEqual(['syria: Syria']);
  });

  it('leaves "Washington" after a lawmaker\'s name to the state: "Rep. Adam Smith of Washington"', () => {
    expect(
      spot(
        'The U.S. Senate voted. Rep. Adam Smith of Washington said no. The government of Washington sent aid.',
      ),
    ).toEqual(['united-states: U.S.', 'washington-dc: Washington']);
  });

  it('leaves "Washington" after a town to the state: "Ellensburg, Washington, near Yakima"', () => {
    expect(spot('The U.S. said so. Our office is in Ellensburg, Washington, near Yakima.')).toEqual(
      ['united-states: U.S.'],
    );
    expect(
      spot('The U.S. said so. Halden, Washington · © 2026\nWashington has offered support.'),
    ).toEqual(['united-states: U.S.', 'washington-dc: Washington']);
    // Capitals in a list are capitals.
    expect(spot('The U.S. said so. Paris, Washington and London agreed.')).toEqual([
      'united-states: U.S.',
      'washington-dc: Washington',
    ]);
  });

  it('knows house-style names: "Turkish MoD", "Russian MoD", "Sochi agreements", "Türkiye’s ministry"', () => {
    expect(spot('Turkish MoD confirms casualties. Russian MoD denies it.')).toEqual([
      'turkish-defence-ministry: Turkish MoD',
      'russian-defence-ministry: Russian MoD',
    ]);
    expect(spot('Moscow backs the Sochi agreements of 2018.')).toEqual([
      'moscow: Moscow',
      'sochi-agreement-2018: Sochi agreements',
    ]);
    expect(spot('A statement by Türkiye’s Ministry of National Defense.')).toEqual([
      'turkish-defence-ministry: Türkiye’s Ministry of National Defense',
    ]);
  });

  it('takes a bare "(AFP)" photo credit on Syria coverage', () => {
    expect(spot('Families flee Assad’s offensive near Idlib (AFP)')).toEqual([
      'bashar-al-assad: Assad',
      'idlib: Idlib',
      'agence-france-presse: AFP',
    ]);
  });

  it('not the province around Moscow ("Moscow Oblast", "Moscow Region"), only that span', () => {
    expect(spot('Moscow Region police and the Moscow Oblast governor met in Moscow.')).toEqual([
      'moscow: Moscow',
    ]);
  });

  it('takes "Turkey" after a town ("grew up in Gaziantep, Turkey"), not a state after one', () => {
    expect(
      spot('He grew up in Walla Walla, Washington, and later in Gaziantep, Turkey, as a chef.'),
    ).toEqual(['turkey: Turkey']);
  });

  it('knows "Washington, DC" without the dots, as reference lists write it', () => {
    expect(spot('Idlib escalation. Washington, DC: Institute for the Study of War, 2020.')).toEqual(
      [
        'idlib: Idlib',
        'washington-dc: Washington, DC',
        'institute-for-the-study-of-war: Institute for the Study of War',
      ],
    );
  });

  it('knows the spaced "Al Assad" and the UN spelling "Saraqab"', () => {
    expect(spot('Mr Al Assad vowed to retake Saraqab.')).toEqual([
      'bashar-al-assad: Al Assad',
      'saraqeb: Saraqab',
    ]);
    // His father, as for "al-Assad": the bare surname is then in doubt page-wide.
    expect(spot('Hafez Al Assad ruled Syria. Al Assad died in 2000.')).toEqual(['syria: Syria']);
  });

  it('takes "UN" and "AP" on pages that name what the sources relate them to', () => {
    // Related through the sources: the UN reported on Idlib, AP interviewed
    // Hulusi Akar. Nothing related: not taken.
    expect(spot('A UN convoy reached Idlib.')).toEqual(['united-nations: UN', 'idlib: Idlib']);
    expect(spot('Hulusi Akar told AP the posts would stay.')).toEqual([
      'hulusi-akar: Hulusi Akar',
      'associated-press: AP',
    ]);
    expect(spot('A UN team left. The AP exam is Monday. US team wins.')).toEqual([]);
  });

  it('takes "AP" on Idlib coverage and "US" beside NATO', () => {
    // AP reported Hulusi Akar's account of the posts in Idlib; the United
    // States is a member of NATO.
    expect(spot('Displaced families near Idlib. Photograph: Ghaith Alsayed/AP')).toEqual([
      'idlib: Idlib',
      'associated-press: AP',
    ]);
    // The bare "Pompeo" counts where "US" does because NATO, related to it,
    // is written out: a chain of context names starts from an outright one.
    expect(spot("Pompeo condemns 'despicable' attack, says US stands by NATO ally Turkey")).toEqual(
      ['mike-pompeo: Pompeo', 'united-states: US', 'nato: NATO', 'turkey: Turkey'],
    );
    expect(spot('Pompeo says US team is ready.')).toEqual([]);
    expect(spot('US team beats Canada.')).toEqual([]);
  });

  it('takes "Washington" where "the US" names the country, not an agency\'s initials for the UN', () => {
    expect(spot('The US said no. Washington stayed on the sidelines.')).toEqual([
      'united-states: US',
      'washington-dc: Washington',
    ]);
    // The UN is related to the GNA (Libya); "GNA" is also the Ghana News Agency.
    expect(spot('ACCRA (GNA) - The project supports the UN goal on hunger, GNA learnt.')).toEqual([
      'united-nations: UN',
    ]);
  });

  it('takes "the US" and "the UN" on any page, like "U.S.": no pronoun takes an article', () => {
    expect(spot('The US did not send a delegation to the UN climate summit in Brazil.')).toEqual([
      'united-states: US',
      'united-nations: UN',
    ]);
    expect(spot('The US team beat Canada. US fans cheered.')).toEqual([
      'united-states: US',
      'united-states: US',
    ]);
    // A verb in lower case before it is prose naming the country, not "LET US".
    expect(
      spot('The parliament rejected a motion to let US troops use bases.\nLET US BE CLEAR.'),
    ).toEqual(['united-states: US']);
    // Or before a body's word, as a digest writes it without articles.
    expect(
      spot('Libya: hold on south. UN mission presented options.\nUN Sec-Gen Guterres met.'),
    ).toEqual(['libya: Libya', 'united-nations: UN', 'united-nations: UN']);
  });
});
