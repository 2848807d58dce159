/**
 * The one walk over a plan's tree: every stage that looks at more than one level (counts,
 * ids, footnotes, structured data, tables) goes through `visit`, so no stage can miss a kind
 * of node (a table's note is a child like any other). Modelled on unist-util-visit, kept
 * local because the tree is not unist-shaped (`kind`, not `type`) and needs no more than this.
 */
import type { Block, Inline, PlanDocument, Preamble } from './plan-types.ts';

/** Any node of the tree: the preamble or a block. */
export type PlanNode = Preamble | Block;

/** Return SKIP from a visitor to leave a node's children out of the walk. */
export const SKIP = Symbol('skip');

/** Called for each node in document order (parents before children), with its ancestors, outermost first. */
type Visitor = ((node: PlanNode, ancestors: readonly PlanNode[]) => void) | ((node: PlanNode, ancestors: readonly PlanNode[]) => typeof SKIP | undefined);

/** The text of inline content, footnote references and other marks left out. */
export const inlineText = (inlines: readonly Inline[] | undefined): string => (inlines ?? []).map((i) => (i.type === 'text' ? i.value : '')).join('');

/** The children of a node, whatever its kind. */
export const childrenOf = (node: PlanNode): readonly Block[] => ('children' in node ? node.children : []);

/** Walks the preamble, then the body, depth first. */
export function visit(tree: PlanDocument, visitor: Visitor): void {
  const walk = (node: PlanNode, ancestors: PlanNode[]) => {
    if (visitor(node, ancestors) === SKIP) return;
    const inner = [...ancestors, node];
    for (const child of childrenOf(node)) walk(child, inner);
  };
  walk(tree.preamble, []);
  for (const block of tree.body) walk(block, []);
}
