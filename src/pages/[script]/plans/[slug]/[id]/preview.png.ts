/** A passage page's own link-preview image, in the page's script (src/build/preview-image/site.ts: none above PER_PASSAGE_MAX pages). */
import { imageRoute } from '../../../../../build/preview-image/route.ts';

const route = imageRoute('passage');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
