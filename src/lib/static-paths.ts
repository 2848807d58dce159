import type { Script } from './plan-types.ts';
import { PREFIX, SCRIPTS } from './script.ts';

/** getStaticPaths for pages under /zh-hans/ and /zh-hant/. */
export const scriptPaths = () => SCRIPTS.map((script: Script) => ({ params: { script: PREFIX[script] }, props: { script } }));
