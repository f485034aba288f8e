/**
 * Turns compiled matcher JSON into the runtime tables the scanner reads.
 * Linear in the data size, no string work per alias: page start-up stays in
 * a few milliseconds even at 100,000 aliases.
 */
import { decodeInt32 } from './base64';
import type { CompiledMatcher } from './compiled';
import { EdgeTable } from './edge-table';

/** Runtime matcher tables. */
export interface MatcherTables {
  entityIds: string[];
  aliasEntity: Int32Array;
  aliasFlags: Int32Array;
  /** Aliases ending at node n: termAlias[termStart[n] .. termStart[n + 1]). */
  termStart: Int32Array;
  termAlias: Int32Array;
  /** 1 if the node has outgoing edges (a longer alias continues from it). */
  hasKids: Uint8Array;
  edges: EdgeTable;
  aliasKeys: string;
  /** Alias a's key is aliasKeys[keyStart[a], keyStart[a + 1] - 1). */
  keyStart: Int32Array;
  /** Entity → its aliases (built on first use). */
  entityAliases?: { start: Int32Array; list: Int32Array };
  /** Entity index → folded words of all its aliases (filled on use). */
  entityWords: Map<number, Set<string>>;
  caseKeys: Record<string, string>;
  notBefore: Record<string, string[][]>;
  notAfter: Record<string, string[][]>;
  related: Record<string, number[]>;
}

/** Thrown by `loadMatcher` for data that is not a compiled matcher of this version. */
export class CompiledMatcherError extends Error {
  override name = 'CompiledMatcherError';
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new CompiledMatcherError(`Invalid compiled matcher: ${message}`);
}

/** Decodes and indexes compiled data; throws {@link CompiledMatcherError} if it is malformed. */
export function loadTables(data: CompiledMatcher): MatcherTables {
  check(typeof data === 'object' && data !== null, 'not an object');
  check(data.formatVersion === 1, `unsupported formatVersion ${String(data.formatVersion)}`);
  check(Array.isArray(data.entityIds), 'entityIds is not an array');
  const aliasEntity = decodeInt32(data.aliasEntity);
  const aliasFlags = decodeInt32(data.aliasFlags);
  const aliasNode = decodeInt32(data.aliasNode);
  const edgeParent = decodeInt32(data.edgeParent);
  const edgeHash = decodeInt32(data.edgeHash);
  const aliasCount = aliasEntity.length;
  check(aliasCount === data.aliasCount, 'aliasCount mismatch');
  check(aliasFlags.length === aliasCount && aliasNode.length === aliasCount, 'alias tables differ');
  check(edgeParent.length === edgeHash.length, 'edge tables differ');
  const nodeCount = edgeParent.length + 1;

  const edges = new EdgeTable(edgeParent.length);
  const hasKids = new Uint8Array(nodeCount);
  for (let i = 0; i < edgeParent.length; i++) {
    const p = edgeParent[i]!;
    check(p >= 0 && p <= i, 'edge parent out of range');
    edges.add(p, edgeHash[i]!, i + 1);
    hasKids[p] = 1;
  }
  edges.buildRootFilter();

  // Counting sort of aliases by end node.
  const termStart = new Int32Array(nodeCount + 1);
  for (let a = 0; a < aliasCount; a++) {
    const n = aliasNode[a]!;
    check(n > 0 && n < nodeCount, 'alias node out of range');
    check(
      aliasEntity[a]! >= 0 && aliasEntity[a]! < data.entityIds.length,
      'alias entity out of range',
    );
    termStart[n + 1]!++;
  }
  for (let n = 0; n < nodeCount; n++) termStart[n + 1]! += termStart[n]!;
  const fill = termStart.slice(0, nodeCount);
  const termAlias = new Int32Array(aliasCount);
  for (let a = 0; a < aliasCount; a++) termAlias[fill[aliasNode[a]!]!++] = a;

  check(typeof data.aliasKeys === 'string', 'aliasKeys is not a string');
  const keyStart = new Int32Array(aliasCount + 1);
  let p = 0;
  for (let a = 0; a < aliasCount; a++) {
    keyStart[a] = p;
    p = data.aliasKeys.indexOf('\n', p) + 1;
    check(p > 0, 'aliasKeys has too few keys');
  }
  keyStart[aliasCount] = p;
  return {
    entityIds: data.entityIds,
    aliasEntity,
    aliasFlags,
    termStart,
    termAlias,
    hasKids,
    edges,
    aliasKeys: data.aliasKeys,
    keyStart,
    entityWords: new Map(),
    caseKeys: data.caseKeys ?? {},
    notBefore: data.notBefore ?? {},
    notAfter: data.notAfter ?? {},
    related: data.related ?? {},
  };
}
