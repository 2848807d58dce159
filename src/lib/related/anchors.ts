/**
 * Where a pair of passages sharing wording is drawn: on a passage's section page, under
 * #shared-<otherSlug>-<otherId> (docs/RELATED.md). Pure and free of the site's base, so the
 * build, the open data and the benchmarks name the place the same way (links: href.ts).
 */

/** The anchor, on one passage's page, of its pair with another plan's passage. */
export const sharedAnchor = (otherSlug: string, otherId: string): string => `shared-${otherSlug}-${otherId}`;

/** The place as the open data gives it: "plans/<slug>/<id>/#shared-<otherSlug>-<otherId>", under the script prefix. */
export const sharedPlace = (slug: string, id: string, otherSlug: string, otherId: string): string => `plans/${slug}/${id}/#${sharedAnchor(otherSlug, otherId)}`;
