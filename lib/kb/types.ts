/**
 * Knowledge-base data model. The source files in `kb/` and user KB files
 * (`npm run kb -- check FILE.json`, options-page import) share this shape;
 * `npm run kb -- export` prints it. Field names follow schema.org Claim and
 * the W3C Web Annotation TextQuoteSelector where they fit.
 */

/** What an entity is. `event` and `agreement` cover things like the 2018 Sochi agreement. */
export type EntityType = 'person' | 'place' | 'organization' | 'event' | 'agreement';

/**
 * How risky an alias is on a page the KB has never seen.
 * - `alone`: specific enough to mark on its own ("Recep Tayyip Erdogan", "Hmeimim").
 * - `context`: marked only with a stronger signal on the same page: a mention of
 *   the same entity through an `alone` alias, or of an entity it is related to
 *   (a bare surname "Akar", a common word "Turkey", a city name shared with other
 *   places "Moscow").
 */
export type AliasMatch = 'alone' | 'context';

/** Why an alias exists; the matcher uses some kinds (e.g. `surname`) for extra checks. */
export type AliasKind =
  | 'full'
  | 'short'
  | 'surname'
  | 'given-name'
  | 'title'
  | 'transliteration'
  | 'diacritic-free'
  | 'misspelling'
  | 'abbreviation'
  | 'common-word'
  | 'demonym'
  | 'exonym';

/** One way a name is written, with the rules for marking it. */
export interface AliasSpec {
  text: string;
  /** Default `alone`. */
  match?: AliasMatch;
  kind?: AliasKind;
  /**
   * Require the page's letter case to equal `text` exactly (after diacritic
   * folding). Default: false for multi-word aliases; single-word aliases always
   * need a capital first letter unless `text` itself is lower case.
   */
  caseSensitive?: boolean;
  /**
   * A `context` alias that counts on its own right after "the" ("the US",
   * "the UN"): the words it could otherwise be ("us", "un") never take an
   * article. Default false.
   */
  aloneAfterArticle?: boolean;
  /**
   * Also counts written all in lower case ("recep tayyip erdogan" in
   * auto-captions, "peskov says" in a comment), as a word of prose (not in a
   * slug, a file name or a tag); one word only where the page names the
   * entity or a related one outright. For names that are no common word in
   * lower case (not "turkey", "ankara" the fabric, "moscow mule"). Default
   * false.
   */
  lowerCase?: boolean;
  /** The same text is an alias of another entity too; both entries must say so. */
  ambiguous?: boolean;
  /**
   * A grammatical form of another alias ("Путина", the genitive of "Путин";
   * "Soçi mutabakatına"): matched like any alias, but not listed among the
   * entity's names. Default false.
   */
  inflected?: boolean;
  /**
   * Words that, directly before or after the alias, mean it is someone or
   * something else ("Kansas" after "Moscow,"). Compared folded, case-insensitive.
   */
  notBefore?: string[];
  notAfter?: string[];
  /** The source the spelling was seen in, when it is a source's own variant or misspelling. */
  sourceId?: string;
  note?: string;
}

/** An alias as written in a KB file: a plain string is `{ text, match: 'alone' }`. */
export type AliasInput = string | AliasSpec;

/** A fact with its provenance. `sourceId` names a source in `sources`. */
export interface SourcedText {
  text: string;
  sourceId: string;
}

/** A typed edge between two entities ("spokesman-of", "located-in", "backs"). */
export interface Relation {
  type: string;
  /** Human-readable label shown on cards, e.g. "spokesman of". */
  label?: string;
  targetId: string;
  sourceId: string;
}

/** A person, place, organisation, event or agreement. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  /**
   * Every other surface form. `kb export` writes plain strings here and the
   * non-default rules in `aliasRules`; KB files may use either form.
   */
  aliases: AliasInput[];
  /** Rules for aliases listed as strings in `aliases` (export form). */
  aliasRules?: AliasSpec[];
  /** Short role, e.g. "Kremlin spokesman". */
  role?: SourcedText;
  /** One or two neutral sentences. */
  description?: SourcedText;
  relations?: Relation[];
}

/** Kind of claim shown on cards and in the popup. */
export type ClaimKind = 'statement' | 'threat' | 'assessment' | 'figure' | 'event-report';

/** W3C Web Annotation TextQuoteSelector: the exact words plus optional context. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Something said or reported, with who said it and where. */
export interface Claim {
  id: string;
  /** Neutral one-line summary (schema.org `Claim.text`-like). */
  text: string;
  /** Exact words copied from the source text; must occur in it verbatim (whitespace-normalised). */
  quote?: string;
  /** The entity who made the claim; absent when the source itself reports it. */
  speakerId?: string;
  /** Source that reports the claim without a named speaker (defaults to `sourceId`). */
  reportedBy?: string;
  /** Entities the claim is by or about. */
  entityIds: string[];
  kind: ClaimKind;
  /** ISO 8601, as precise as the source allows: "2020", "2020-02", "2020-02-12". */
  date?: string;
  sourceId: string;
  /** Optional W3C selector; `exact` must equal `quote` when both are present. */
  selector?: TextQuoteSelector;
}

/** A news article or other document the KB cites. */
export interface Source {
  id: string;
  title: string;
  publisher?: string;
  author?: string;
  /** ISO 8601 date or, when only a range can be inferred, `dateRange`. */
  date?: string;
  dateRange?: { from: string; to: string };
  /** Only when known; the seeds do not carry their URLs. */
  url?: string;
  /** Repo-relative path of the source's plain text, used by the provenance test. */
  textPath?: string;
  /** How the date was inferred, if it was. */
  dateNote?: string;
}

/** Claims from different sources that agree or conflict (e.g. 3.6 vs 3.7 million refugees). */
export interface ClaimLink {
  id: string;
  type: 'agrees' | 'conflicts';
  claimIds: string[];
  /** One line on what agrees or differs. */
  note: string;
}

/** A whole knowledge base, as in `kb export` and user KB files. */
export interface KnowledgeBase {
  entities: Entity[];
  claims: Claim[];
  sources: Source[];
  links?: ClaimLink[];
}
