import { scenarioJsonSchema } from '../scenario/json-schema.ts';
import type { CliIo } from './main.ts';

export function schemaCommand(io: CliIo): number {
  io.out(JSON.stringify(scenarioJsonSchema(), null, 2));
  return 0;
}
