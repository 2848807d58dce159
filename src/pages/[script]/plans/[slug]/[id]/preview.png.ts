/** The link-preview image of each passage page (src/build/preview-image/), in the page's script. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { convertText } from '../../../../../build/convert.ts';
import { allPlanData } from '../../../../../build/plans.ts';
import { previewPng } from '../../../../../build/preview-image/index.ts';
import { passages } from '../../../../../build/section/passage.ts';
import { PREFIX, SCRIPTS } from '../../../../../lib/script.ts';
import { t } from '../../../../../lib/i18n/index.ts';
import { formatPeriod } from '../../../../../lib/numerals.ts';
import type { PreviewText } from '../../../../../build/preview-image/index.ts';

export const getStaticPaths = (() =>
  SCRIPTS.flatMap((script) =>
    allPlanData().flatMap((plan) =>
      passages(plan).map((p) => {
        const zh = (s: string) => convertText(s, 'hans', script);
        const text: PreviewText = {
          site: t(script, 'site.name'),
          kicker: `${zh(plan.entry.city.zh)} · ${zh(plan.entry.kind)} · ${t(script, 'plan.periodLabel', formatPeriod(plan.entry.period), ...plan.entry.years)}`,
          planTitle: zh(plan.entry.title),
          heading: p.heading[script],
          body: p.opening[script],
        };
        return { params: { script: PREFIX[script], slug: plan.entry.slug, id: p.id }, props: { text } };
      }),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(previewPng((props as { text: PreviewText }).text) as BodyInit, { headers: { 'content-type': 'image/png' } });
