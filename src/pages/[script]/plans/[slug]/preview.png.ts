/** A plan's link-preview image, shown by its passage pages above PER_PASSAGE_MAX pages (src/build/preview-image/site.ts); none below. */
import { imageRoute } from '../../../../build/preview-image/route.ts';

const route = imageRoute('plan');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
