/**
 * A section page's two related parts as HTML strings (./../section/page.ts), working without
 * JavaScript: the passages related to it, grouped by plan, as plain links; and the passages of
 * other plans it shares wording with, the two side by side (stacked on a phone), the shared
 * characters marked, under #shared-<otherSlug>-<otherId>. The pairs drawn in full are those of
 * ./drawn.ts (the 5 sharing most, and any pair drawn on neither passage's page otherwise); the
 * rest are listed with their counts and a link to the other passage's page, where they are drawn.
 */
import { attrs, escapeHtml as esc } from '../../lib/html.ts';
import { t } from '../../lib/i18n/index.ts';
import type { Paths } from '../../lib/paths.ts';
import type { Script } from '../../lib/plan-types.ts';
import { sharedAnchor } from '../../lib/related/anchors.ts';
import { sharedHref } from '../../lib/related/href.ts';
import { markedParagraphs } from '../../lib/related/marks.ts';
import type { RelatedItem, RelatedPlanFile } from '../../lib/related/types.ts';
import { FULL_PAIRS } from './drawn.ts';
import { type Counterpart, type PassageRef, type PlanRelations, type StoredSharedView, textKey } from './stored.ts';

const named = (planName: string, p: PassageRef, script: Script) =>
  `<span class="related-plan">${esc(planName)}</span> <span class="related-label">${esc(p.label[script])}</span> ${esc(p.title[script])}`;

/**
 * Where passage `id` stands in the plan pairs precomputed with it: its counterpart in the other
 * plan (or none: new, dropped), linked to its row on the pair view.
 */
function counterpartsHtml(counterparts: readonly Counterpart[], script: Script, paths: Paths): string {
  return counterparts
    .map((c) => {
      // The row as a parameter, not a #fragment: the rows are drawn by the page's script, so no static element has that id.
      const href = `${paths.url(script, 'compare-plans')}?a=${encodeURIComponent(c.a)}&b=${encodeURIComponent(c.b)}&at=${encodeURIComponent(c.row)}`;
      const name = c.otherName[script];
      const cls = t(script, `pairs.${c.class}`);
      return c.otherUnit
        ? `<p class="related-pair">${esc(t(script, 'pairs.counterpartIn', name))}：<a${attrs({ href })}>${esc(c.otherUnit.label[script])} ${esc(c.otherUnit.title[script])}</a>（${esc(cls)}）</p>`
        : `<p class="related-pair"><a${attrs({ href })}>${esc(t(script, 'pairs.counterpartNone', name, cls))}</a></p>`;
    })
    .join('');
}

/** The passages related to passage `id`, grouped by plan, after its counterparts in plan pairs; empty when the passage has no entry. */
export function relatedListHtml(file: RelatedPlanFile, id: string, script: Script, paths: Paths, counterparts: readonly Counterpart[] = []): string {
  const passage = file.passages.find((p) => p.id === id);
  if (!passage) return '';
  const groups = new Map<string, RelatedItem[]>();
  for (const r of passage.related) groups.set(r.plan, [...(groups.get(r.plan) ?? []), r]);
  const headingId = `related-${id}`;
  const item = (r: RelatedItem) =>
    [
      `<li><a${attrs({ href: `${paths.url(script, 'plans', r.plan)}#${r.id}` })}>`,
      // The number and title as plain link text: a span per item was ~1/8 of the list's bytes.
      `${esc(r.label[script])} ${esc(r.title[script])}</a>`,
      `<span class="related-score">${r.score.toFixed(2)}</span>`,
      r.compare
        ? `<a class="related-shared"${attrs({ href: sharedHref(script, r.compare, paths) })}>${esc(t(script, 'related.sharedChars', r.shared ?? 0))} · ${esc(t(script, 'related.compare'))}</a>`
        : '',
      '</li>',
    ].join('');
  return [
    `<section class="related"${attrs({ 'aria-labelledby': headingId })}>`,
    `<h2${attrs({ id: headingId })}>${esc(t(script, 'related.related'))}</h2>`,
    counterpartsHtml(counterparts, script, paths),
    `<p class="related-note">${esc(t(script, 'related.relatedNote'))}</p>`,
    groups.size === 0 ? `<p>${esc(t(script, 'related.none'))}</p>` : '',
    '<ul class="related-plans">',
    ...[...groups].map(([slug, items]) => `<li><span class="related-plan">${esc(file.plans[slug][script])}</span><ul>${items.map(item).join('')}</ul></li>`),
    '</ul></section>',
  ].join('');
}

const countOf = (spans: { length: number }[]) => spans.reduce((n, s) => n + s.length, 0);

/** One side of a pair: the passage with the shared characters marked, linked to its place in its plan. */
function sharedSide(
  texts: PlanRelations['texts'],
  v: StoredSharedView,
  side: 'here' | 'other',
  planName: string,
  headingId: string,
  script: Script,
  paths: Paths,
): string {
  const slug = side === 'here' ? v.hereSlug : v.otherSlug;
  const passage = v[side];
  const text = texts[textKey(slug, passage.id)];
  if (!text) throw new Error(`related passages: no stored text for ${textKey(slug, passage.id)}, drawn on a section page; run npm run ingest`);
  const paragraphs = markedParagraphs(text[script], v.spans[script][side]);
  const ownPage = side === 'other';
  return [
    `<article class="shared-side"${attrs({ 'aria-labelledby': headingId })}>`,
    `<h4${attrs({ id: headingId })}>${named(planName, passage, script)}</h4>`,
    `<p class="shared-link"><a${attrs({ href: `${paths.url(script, 'plans', slug)}#${passage.id}` })}>${esc(t(script, 'related.inPlan'))}</a>`,
    ownPage
      ? `<span aria-hidden="true"> · </span><a${attrs({ href: paths.url(script, 'plans', slug, passage.id) })}>${esc(t(script, 'related.ownPage'))}</a>`
      : '',
    '</p>',
    ...paragraphs.map((pieces) => `<p>${pieces.map((p) => (p.shared ? `<mark>${esc(p.text)}</mark>` : esc(p.text))).join('')}</p>`),
    '</article>',
  ].join('');
}

/** The wording passage `id` shares with other plans: drawn pairs side by side, the rest listed; empty when none. */
export function sharedWordingHtml(relations: PlanRelations, id: string, script: Script, paths: Paths): string {
  const views = relations.shared[id] ?? [];
  if (views.length === 0) return '';
  const names = relations.file.plans;
  const drawn = views
    .filter((v) => v.drawn)
    .map((v) => {
      const anchor = sharedAnchor(v.otherSlug, v.other.id);
      const spans = v.spans[script];
      return [
        `<article class="shared-view"${attrs({ id: anchor, 'aria-labelledby': `${anchor}-h` })}>`,
        `<h3${attrs({ id: `${anchor}-h` })}>${named(names[v.otherSlug][script], v.other, script)}`,
        `<span class="shared-count">${esc(t(script, 'related.sharedChars', countOf(spans.here)))} · ${esc(t(script, 'related.score'))} ${v.score.toFixed(2)}</span></h3>`,
        '<div class="shared-pair">',
        sharedSide(relations.texts, v, 'here', names[v.hereSlug][script], `${anchor}-here`, script, paths),
        sharedSide(relations.texts, v, 'other', names[v.otherSlug][script], `${anchor}-other`, script, paths),
        '</div></article>',
      ].join('');
    });
  const rest = views.filter((v) => !v.drawn);
  const listed = rest.map(
    (v) =>
      `<li${attrs({ id: sharedAnchor(v.otherSlug, v.other.id) })}><a${attrs({ href: sharedHref(script, v.place, paths) })}>${named(names[v.otherSlug][script], v.other, script)}</a>` +
      `<span class="related-score">${esc(t(script, 'related.sharedChars', countOf(v.spans[script].here)))}</span></li>`,
  );
  return [
    '<section class="related" aria-labelledby="shared-wording">',
    `<h2 id="shared-wording">${esc(t(script, 'related.sharedTitle'))}</h2>`,
    `<p class="related-note">${esc(t(script, 'related.sharedIntro', FULL_PAIRS))}</p>`,
    ...drawn,
    rest.length > 0
      ? `<h3 class="shared-rest-title">${esc(t(script, 'related.sharedRest', rest.length))}</h3><ul class="shared-rest">${listed.join('')}</ul>`
      : '',
    '</section>',
  ].join('');
}
