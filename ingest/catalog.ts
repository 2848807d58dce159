/**
 * Load and validate seeds/catalog.yaml, and check it against the seed files present:
 * every entry needs its file, every seed (.txt, .html, .htm, .pdf) needs an entry, slugs are
 * unique. Every problem names the catalog and, where the YAML still has the node, its line.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Catalog, catalogSchema, followsOf } from '../src/lib/catalog-schema.ts';
import { IngestError, type Problem, error } from './problems.ts';
import { listSeeds, readYamlFile } from './seed-files.ts';
import { parseYaml } from './yaml.ts';

export const parseCatalog = (yamlText: string, file: string): Catalog => parseYaml(yamlText, catalogSchema, file, { subject: 'catalog entry' });

/** Cross-checks between the catalog and the seed folder. */
export function checkCatalogAgainstSeeds(catalog: Catalog, seedFiles: string[], catalogFile: string): Problem[] {
  const problems: Problem[] = [];
  const slugs = new Set<string>();
  for (const entry of catalog.plans) {
    if (slugs.has(entry.slug)) problems.push(error(catalogFile, `duplicate slug "${entry.slug}"`));
    slugs.add(entry.slug);
    if (!seedFiles.includes(entry.file)) {
      problems.push(error(catalogFile, `the entry "${entry.slug}" names the file "${entry.file}", which is not in seeds/`));
    }
  }
  for (const entry of catalog.plans) {
    for (const f of followsOf(entry)) {
      if (f === entry.slug) problems.push(error(catalogFile, `the entry "${entry.slug}" follows itself`));
      else if (!slugs.has(f)) problems.push(error(catalogFile, `the entry "${entry.slug}" follows "${f}", which is not a slug in the catalog`));
    }
  }
  const named = new Set(catalog.plans.map((p) => p.file));
  for (const f of seedFiles) {
    if (!named.has(f)) problems.push(error(f, 'this seed file has no entry in the catalog (seeds/catalog.yaml)'));
  }
  return problems;
}

export function loadCatalog(seedsDir: string): { catalog: Catalog; seedFiles: string[] } {
  const catalogFile = join(seedsDir, 'catalog.yaml');
  if (!existsSync(seedsDir) || !statSync(seedsDir).isDirectory()) throw new IngestError([error(seedsDir, 'the seeds folder is missing (or not a folder)')]);
  const text = readYamlFile(seedsDir, catalogFile, 'the catalog');
  const catalog = parseCatalog(text, catalogFile);
  const seedFiles = listSeeds(seedsDir);
  const problems = checkCatalogAgainstSeeds(catalog, seedFiles, catalogFile);
  if (problems.length > 0) throw new IngestError(problems.map((p) => (p.file.includes('/') ? p : { ...p, file: join(seedsDir, p.file) })));
  return { catalog, seedFiles };
}
