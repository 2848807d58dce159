/**
 * The one walk over a plan's outline (the headings, articles, boxes and tables the ingestion
 * records in PlanData.outline), as plan-visit.ts is the one walk over its document: every reader
 * of the outline — place labels, section pages, related passages, the open-data tree — goes
 * through it, so none walks the children by hand.
 */
import type { OutlineNode } from './plan-data.ts';

/** Every node in document order (parents before children), with its ancestors, outermost first. */
export function* outlineNodes(outline: readonly OutlineNode[], ancestors: readonly OutlineNode[] = []): Generator<[OutlineNode, readonly OutlineNode[]]> {
  for (const node of outline) {
    yield [node, ancestors];
    if (node.children.length > 0) yield* outlineNodes(node.children, [...ancestors, node]);
  }
}

/** The outline's nodes by id. */
export const outlineById = (outline: readonly OutlineNode[]): Map<string, OutlineNode> => new Map([...outlineNodes(outline)].map(([n]) => [n.id, n]));
