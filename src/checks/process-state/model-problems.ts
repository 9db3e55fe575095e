import type { Engine } from '../../engines/engine.ts';
import { didYouMean } from '../../util/did-you-mean.ts';
import type { ProcessModel } from '../../workflow/process-model.ts';

/** A table or column of the model that a database lacks. */
export interface ModelProblem {
  part: keyof ProcessModel;
  /** `table`, or the model field naming the column (`recordId`). */
  field: string;
  message: string;
  /** A did-you-mean and what is there. */
  hint: string;
}

/** The columns the process-state check reads, per part of the model. */
const READ: { [K in keyof ProcessModel]: readonly (keyof ProcessModel[K])[] } = {
  definitions: ['id', 'key', 'version'],
  instances: ['id', 'definition', 'state', 'recordId', 'starter'],
  activities: ['instance', 'definition', 'state', 'assignee'],
  variables: ['instance', 'name', 'value'],
  audit: ['instance', 'activity', 'action', 'actor', 'at'],
  users: ['id'],
};

/**
 * What `engine` lacks of the model's tables and columns, for the parts given: one problem
 * per missing table (its columns are not looked at) or column.
 */
export async function modelProblems(engine: Engine, model: ProcessModel, parts: readonly (keyof ProcessModel)[]): Promise<ModelProblem[]> {
  const { tables } = await engine.introspect();
  const problems: ModelProblem[] = [];
  for (const part of parts) {
    const spec = model[part] as unknown as Record<string, string | null>;
    const table = tables.find((t) => t.name === spec['table']);
    if (!table) {
      const guess = didYouMean(spec['table']!, tables.map((t) => t.name));
      problems.push({
        part,
        field: 'table',
        message: `table ${JSON.stringify(spec['table'])} (${part}) does not exist`,
        hint: guess ? `Did you mean ${JSON.stringify(guess)}?` : `Tables: ${tables.map((t) => t.name).join(', ') || '(none)'}.`,
      });
      continue;
    }
    const columns = table.columns.map((c) => c.name);
    for (const field of READ[part] as readonly string[]) {
      const column = spec[field];
      if (column === null || column === undefined || columns.includes(column)) continue;
      const guess = didYouMean(column, columns);
      problems.push({
        part,
        field,
        message: `column ${JSON.stringify(column)} (${part}.${field}) is not in table ${JSON.stringify(table.name)}`,
        hint: `${guess ? `Did you mean ${JSON.stringify(guess)}? ` : ''}Its columns: ${columns.join(', ')}.`,
      });
    }
  }
  return problems;
}
