import path from 'node:path';
import { parse as parseToml, stringify as stringifyToml } from 'smol-toml';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { ConfigDocument } from './config-migrator.ts';

/** The config formats config migrators read and write, by file extension. */
export const CONFIG_EXTENSIONS = ['.toml', '.yaml', '.yml', '.json'] as const;

/**
 * Parses a config file's text by its extension: TOML (smol-toml, TOML 1.0), YAML or JSON.
 * Comments do not survive a migration: the migrated file is written from the document.
 *
 * @throws Error with the parser's message (line and column) when the text is not valid.
 */
export function parseConfig(file: string, text: string): ConfigDocument {
  const extension = path.extname(file).toLowerCase();
  const value: unknown = extension === '.toml' ? parseToml(text) : extension === '.json' ? JSON.parse(text) : parseYaml(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${path.basename(file)} does not hold a table/mapping at its top level`);
  return value as ConfigDocument;
}

/** Writes a document back in its file's format. */
export function stringifyConfig(file: string, document: ConfigDocument): string {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.toml') return `${stringifyToml(document)}\n`;
  if (extension === '.json') return `${JSON.stringify(document, null, 2)}\n`;
  return stringifyYaml(document);
}
