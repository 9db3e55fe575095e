import { DEFAULT_POSTGRES_MAJOR, POSTGRES_IMAGES, postgresImage } from '../engine-versions.ts';
import type { EnvironmentRequest } from '../environment-provider.ts';
import type { Unavailable } from './reach-docker.ts';

/** The image an environment runs, and where that choice came from (for messages that say what to change). */
export interface ResolvedImage {
  available: true;
  image: string;
  /** The major the image was chosen for, when it was chosen by version. */
  major?: string;
  origin: 'scenario' | 'environment variable' | 'pinned' | 'newest present' | 'default';
  /** What the user edits to choose another image. */
  change: string;
}

/**
 * Chooses the image for a request: `settings.image` from the scenario; else the image pinned
 * for `engineVersion` (`engine-versions.ts`, overridden by `PILOT_POSTGRES_<MAJOR>_IMAGE`);
 * with no version, the newest pinned image this machine already has, else the default
 * major's, so a machine with only `postgres:15` runs 15 without pulling anything.
 *
 * @example
 * await resolvePostgresImage({ role: 'target', engine: 'postgres', engineVersion: '16' }, { env, isPresent });
 * // → { image: 'postgres:16', origin: 'pinned', major: '16', … }
 */
export async function resolvePostgresImage(
  request: EnvironmentRequest,
  options: { env: NodeJS.ProcessEnv; isPresent: (image: string) => Promise<boolean> },
): Promise<ResolvedImage | Unavailable> {
  const { env } = options;
  const scenarioField = `image: in the scenario's ${request.role}`;
  if (request.settings?.image) {
    return { available: true, image: request.settings.image, origin: 'scenario', change: scenarioField };
  }
  const byVersion = (major: string, origin: ResolvedImage['origin']) =>
    pinnedImage({ engine: 'PostgreSQL', images: POSTGRES_IMAGES, variable: `PILOT_POSTGRES_${major}_IMAGE` }, major, { origin, scenarioField, env });
  if (request.engineVersion !== undefined) return byVersion(request.engineVersion.split('.')[0]!, 'pinned');

  const majors = Object.keys(POSTGRES_IMAGES).sort((a, b) => Number(b) - Number(a));
  const present = await Promise.all(majors.map((major) => options.isPresent(postgresImage(major, env)!)));
  const newest = majors.find((_, i) => present[i]);
  return newest ? byVersion(newest, 'newest present') : byVersion(DEFAULT_POSTGRES_MAJOR, 'default');
}

/**
 * The image pinned for an engine's major (a table in engine-versions.ts), with the
 * environment variable's override applied, or why there is none; shared by the PostgreSQL
 * and MongoDB containers.
 */
export function pinnedImage(
  pinned: { engine: string; images: Readonly<Record<string, string>>; variable: string },
  major: string,
  options: { origin: ResolvedImage['origin']; scenarioField: string; env: NodeJS.ProcessEnv },
): ResolvedImage | Unavailable {
  const { variable } = pinned;
  const image = options.env[variable] ?? pinned.images[major];
  if (!image) {
    return {
      available: false,
      reason: `no image is pinned for ${pinned.engine} ${JSON.stringify(major)} (pinned: ${Object.keys(pinned.images).join(', ')})`,
      hint: `Name one with ${options.scenarioField} or with the environment variable ${variable}.`,
    };
  }
  const fromEnv = options.env[variable] !== undefined;
  return {
    available: true,
    image,
    major,
    origin: fromEnv ? 'environment variable' : options.origin,
    change: fromEnv ? `${variable} (now ${image})` : `${options.scenarioField}, or ${variable}`,
  };
}
