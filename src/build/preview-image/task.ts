/** A worker's job (../worker-pool.ts): draw one preview image into the cache. */
import { drawPreview, type PreviewText } from './index.ts';

export default (text: PreviewText): void => {
  drawPreview(text);
};
