import type { AliasKind, AliasMatch, EntityType } from '../kb/types';

/** One alias as the matcher compiles it (flattened from the KB). */
export interface AliasEntry {
  entityId: string;
  entityType: EntityType;
  text: string;
  match: AliasMatch;
  kind?: AliasKind;
  caseSensitive?: boolean;
  /** See the KB's `AliasSpec.aloneAfterArticle`. */
  aloneAfterArticle?: boolean;
  /** See the KB's `AliasSpec.lowerCase`. */
  lowerCase?: boolean;
  /** See the KB's `AliasSpec.inflected`. */
  inflected?: boolean;
  notBefore?: string[];
  notAfter?: string[];
}

/** A found name: `text === input.slice(start, end)`; offsets are UTF-16 indices into the input. */
export interface Mention {
  entityId: string;
  text: string;
  start: number;
  end: number;
}
