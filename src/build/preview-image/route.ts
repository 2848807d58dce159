/**
 * The two image routes (a passage's own image, a plan's image above PER_PASSAGE_MAX pages):
 * each lists the images of its scope and queues them all as it lists them, so that worker
 * threads draw them while Astro's thread renders the routes before them (./pool.ts): queued at
 * the first image's turn instead, Astro waited ~25 s for 2,000 images at 1,000 plans.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { PreviewText } from './index.ts';
import { drawAhead, previewPngAsync } from './pool.ts';
import { type PreviewScope, previewImages, previewScope } from './site.ts';

export function imageRoute(scope: PreviewScope): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: () => {
      const images = previewScope() === scope ? previewImages() : [];
      drawAhead(images.map((i) => i.text));
      return images.map(({ params, text }) => ({ params, props: { text } }));
    },
    GET: async ({ props }) => {
      const png = await previewPngAsync((props as { text: PreviewText }).text);
      return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
    },
  };
}
