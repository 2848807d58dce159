/**
 * The two image routes (a passage's own image, a plan's image above PER_PASSAGE_MAX pages):
 * each lists the images of its scope, and the first one the build asks for queues them all so
 * that worker threads draw ahead of the build (./pool.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { PreviewText } from './index.ts';
import { drawAhead, previewPngAsync } from './pool.ts';
import { type PreviewScope, previewImages, previewScope } from './site.ts';

export function imageRoute(scope: PreviewScope): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  let texts: PreviewText[] = [];
  let queued = false;
  return {
    getStaticPaths: () => {
      const images = previewScope() === scope ? previewImages() : [];
      texts = images.map((i) => i.text);
      return images.map(({ params, text }) => ({ params, props: { text } }));
    },
    GET: async ({ props }) => {
      if (!queued) drawAhead(texts);
      queued = true;
      const png = await previewPngAsync((props as { text: PreviewText }).text);
      return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
    },
  };
}
