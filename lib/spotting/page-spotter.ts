/**
 * Spotting for one piece of a page at a time, with the page's context
 * carried by the caller: the entities already named outright earlier on the
 * page. Pure and stateless per call, so the background can serve every tab
 * from one warm matcher while each content script keeps its own page state.
 *
 * Context rules ("Akar" only counts where Hulusi Akar is named) need the
 * whole page. A piece is matched behind a short preamble naming the
 * entities already seen, and a piece matched before a later discovery can be
 * asked again with `onlyIfGains`.
 */
import type { EntityType } from '@/lib/kb/types';
import type { Matcher } from '@/lib/matcher/index';
import { isWordCode } from '@/lib/matcher/page-text';
import type { EntityInfo } from './entity-info';

/** What one piece holds, in a compact form that travels well between contexts. */
export interface PieceSpots {
  /** Distinct entities found in the piece; `spans` refer to them by index. */
  entities: { id: string; type: EntityType }[];
  /** Flat `[entityIndex, start, end]` triples sorted by start; offsets into the piece's text. */
  spans: number[];
  /** Entities named outright in this piece and not in the request's context, in page order. */
  seen: string[];
}

/** One piece to spot. */
export interface PieceRequest {
  text: string;
  /** Entities named outright earlier on the page, in discovery order. */
  context: readonly string[];
  /**
   * Spot again only if these newly seen entities (or their relatives) could
   * add a mention: some alias of theirs occurs in the text. Otherwise the
   * answer is null and the caller keeps what it has.
   */
  onlyIfGains?: readonly string[];
}

/** See {@link createPageSpotter}. */
export interface PageSpotter {
  spot(request: PieceRequest): PieceSpots | null;
}

/**
 * True if `key` occurs in `text` as whole words, or before a plural
 * possessive's "s" ("the Akars'", which the matcher reads as "Akar"): "ap"
 * (the Associated Press) is not in "capital", so a piece of filler is not
 * asked about again.
 */
export function containsWord(text: string, key: string): boolean {
  // The matcher's own word characters, so a boundary here is one there.
  const opensWithWord = isWordCode(key.charCodeAt(0));
  const closesWithWord = isWordCode(key.charCodeAt(key.length - 1));
  const wordAt = (i: number) => isWordCode(text.charCodeAt(i));
  for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
    const end = i + key.length;
    if (opensWithWord && wordAt(i - 1)) continue;
    if (closesWithWord && wordAt(end) && !(text[end] === 's' && !wordAt(end + 1))) continue;
    return true;
  }
  return false;
}

/** A spotter over a loaded matcher and the KB's {@link EntityInfo}. */
export function createPageSpotter(
  matcher: Matcher,
  entities: ReadonlyMap<string, EntityInfo>,
  fold: (text: string) => string,
): PageSpotter {
  let lastContextKey = '';
  let lastPreamble = '';

  function preambleFor(context: readonly string[]): string {
    const key = context.join('\n');
    if (key === lastContextKey) return lastPreamble;
    const lines: string[] = [];
    for (const id of context) {
      const text = entities.get(id)?.contextText;
      if (text) lines.push(text);
    }
    lastContextKey = key;
    lastPreamble = lines.length > 0 ? lines.join('\n') + '\n\n' : '';
    return lastPreamble;
  }

  function mayGain(text: string, newlySeen: readonly string[]): boolean {
    const keys = new Set<string>();
    for (const id of newlySeen) {
      const info = entities.get(id);
      if (!info) continue;
      for (const k of info.allKeys) keys.add(k);
      for (const r of info.related) for (const k of entities.get(r)?.allKeys ?? []) keys.add(k);
    }
    if (keys.size === 0) return false;
    const folded = fold(text);
    for (const k of keys) if (k && containsWord(folded, k)) return true;
    return false;
  }

  return {
    spot({ text, context, onlyIfGains }) {
      if (onlyIfGains && !mayGain(text, onlyIfGains)) return null;
      const preamble = preambleFor(context);
      const offset = preamble.length;
      const input = offset > 0 ? preamble + text : text;
      const found = matcher.findSpans(input);
      const known = new Set(context);
      const out: PieceSpots = { entities: [], spans: [], seen: [] };
      // Matcher entity index → index in out.entities, or -1 for an entity
      // the KB info lacks.
      const indexOf = new Map<number, number>();
      for (let k = 0; k < found.length; k += 3) {
        const start = found[k]!;
        // Mentions inside the preamble are not on the page.
        if (start < offset) continue;
        const end = found[k + 1]!;
        const entity = found[k + 2]!;
        let index = indexOf.get(entity);
        if (index === undefined) {
          const id = matcher.entityIdAt(entity);
          const info = entities.get(id);
          index = info ? out.entities.length : -1;
          indexOf.set(entity, index);
          if (info) out.entities.push({ id, type: info.type });
        }
        if (index < 0) continue;
        out.spans.push(index, start - offset, end - offset);
        const id = out.entities[index]!.id;
        if (!known.has(id) && entities.get(id)!.aloneKeys.has(fold(input.slice(start, end)))) {
          known.add(id);
          out.seen.push(id);
        }
      }
      return out;
    },
  };
}
