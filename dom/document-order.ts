/**
 * Document order across shadow trees. `compareDocumentPosition` answers
 * "disconnected, implementation-specific" for two nodes in different trees
 * (a page's open shadow root and its document), so sorting with it alone
 * puts a name inside a shadow root anywhere: first in one browser, last in
 * another. Here a node in a shadow tree stands, in the tree around it, at
 * the place of its host, as it is rendered.
 */

/** The node, then each shadow host above it, outermost last. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); 'host' in root && root.host;) {
    const host = (root as ShadowRoot).host;
    chain.push(host);
    root = host.getRootNode();
  }
  return chain;
}

/**
 * Negative if `a` comes before `b` in the composed tree, positive if after,
 * 0 if they are the same node. A host's shadow content counts as inside the
 * host, so after what precedes the host and before what follows it.
 */
export function compareComposedOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.getRootNode() === b.getRootNode()) return a.compareDocumentPosition(b) & 4 ? -1 : 1;
  const ca = hostChain(a);
  const cb = hostChain(b);
  // Walk down from the outermost tree while both chains stand on the same node.
  let i = ca.length - 1;
  let j = cb.length - 1;
  while (i > 0 && j > 0 && ca[i] === cb[j]) {
    i--;
    j--;
  }
  const x = ca[i]!;
  const y = cb[j]!;
  // One is the host of the other's tree, or inside it as light DOM: shadow
  // content renders in the host's place.
  if (x === y) return i === 0 ? -1 : 1;
  const position = x.compareDocumentPosition(y);
  if (position & 16) return -1; // y inside x (x is a host): x's shadow content first.
  if (position & 8) return 1; // x inside y.
  return position & 4 ? -1 : 1;
}
