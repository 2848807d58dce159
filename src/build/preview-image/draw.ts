/**
 * `node src/build/preview-image/draw.ts`: draws every preview image of the build into the cache,
 * on one core, while Astro renders the pages on the other (tools/build.ts starts it beside Astro
 * and stops it once the section pages are written; the section-page writer draws whatever this
 * had not drawn yet, and puts every image in place). An image already in the cache is skipped.
 */
import { allPlans, loadPlan } from '../plans.ts';
import { drawPreview } from './index.ts';
import { planImages, previewScope } from './site.ts';

if (import.meta.main) {
  const scope = previewScope();
  for (const { entry } of allPlans)
    for (const image of planImages(loadPlan(entry.slug), scope)) {
      drawPreview(image.text);
      // A turn of the event loop between images: resvg's native buffers are freed by finalizers
      // that run there; drawn in one synchronous loop, 2,000 images held 7.6 GB.
      await new Promise((resolve) => setImmediate(resolve));
    }
}
