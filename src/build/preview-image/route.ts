/**
 * The two image routes (a passage's own image, a plan's image above PER_PASSAGE_MAX pages), for
 * `astro dev`, which draws an image when asked. A build lists none: its images are drawn into
 * the cache by a process of their own beside Astro (./draw.ts, started by tools/build.ts) and
 * put in place with each plan's section pages (src/build/section/write-task.ts), which draws any
 * not drawn yet. As routes, Astro's one thread waited ~25 s for 2,000 images at 1,000 plans:
 * their routes come before the plan pages, the work the images could be drawn beside.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type PreviewText, previewPng } from './index.ts';
import { type PreviewScope, previewImages, previewScope } from './site.ts';

export function imageRoute(scope: PreviewScope): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: () => {
      const images = import.meta.env.DEV && previewScope() === scope ? previewImages() : [];
      return images.map(({ params, text }) => ({ params, props: { text } }));
    },
    GET: ({ props }) => new Response(previewPng((props as { text: PreviewText }).text) as BodyInit, { headers: { 'content-type': 'image/png' } }),
  };
}
