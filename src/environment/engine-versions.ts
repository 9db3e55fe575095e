/**
 * The engine versions the providers know, pinned in one table. A scenario asks for a major
 * (`postgres: "15"`); these say what runs for it. Override an image with the environment
 * variable `PILOT_POSTGRES_<MAJOR>_IMAGE` (`PILOT_POSTGRES_16_IMAGE=registry.local/pg:16.4`),
 * or per environment with `image:` in the scenario.
 */
export const POSTGRES_IMAGES: Readonly<Record<string, string>> = {
  '12': 'postgres:12',
  '13': 'postgres:13',
  '14': 'postgres:14',
  '15': 'postgres:15',
  '16': 'postgres:16',
  '17': 'postgres:17',
  '18': 'postgres:18',
};

/** The newest major, used when a scenario asks for none and nothing better is known. */
export const DEFAULT_POSTGRES_MAJOR = '18';

/** The image for a PostgreSQL major, with the environment's override applied. */
export function postgresImage(major: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[`PILOT_POSTGRES_${major}_IMAGE`] ?? POSTGRES_IMAGES[major];
}

/**
 * The MongoDB images the testcontainers provider runs for a Mongo scenario, pinned per
 * major (`mongo: "7"` on a server of the scenario). Override one with
 * `PILOT_MONGO_<MAJOR>_IMAGE` (`PILOT_MONGO_7_IMAGE=registry.local/mongo:7.0.14`), or per
 * server with `image:`. The harness never pulls one that Docker cannot find or fetch.
 */
export const MONGO_IMAGES: Readonly<Record<string, string>> = {
  '6': 'mongo:6',
  '7': 'mongo:7',
  '8': 'mongo:8',
};

/** The MongoDB major used when a scenario asks for none. */
export const DEFAULT_MONGO_MAJOR = '7';
