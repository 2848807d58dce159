/** The link to where a pair sharing wording is drawn (a place from anchors.ts), under the site's base. */
import { type Paths, sitePaths } from '../paths.ts';
import type { Script } from '../plan-types.ts';

export function sharedHref(script: Script, place: string, paths: Paths = sitePaths): string {
  const [path, anchor = ''] = place.split('#');
  return `${paths.url(script, ...path.split('/'))}#${anchor}`;
}
