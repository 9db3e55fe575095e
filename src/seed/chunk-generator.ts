import type { CompiledDataset, CompiledTable } from './compiled-dataset.ts';
import { type CellGenerator, type DatasetLookup, columnGenerator, valueGenerator } from './column-generator.ts';

/** Generates rows of a compiled dataset as COPY text, any range of any table, in any order. */
export interface ChunkGenerator {
  /** Rows `from` (inclusive) to `to` (exclusive), 0-based, each ended by a newline. */
  generate(table: string, from: number, to: number): string;
}

/** Generation failed in one column; carries where, so the error can name it. */
export class ChunkGenerationError extends Error {
  override readonly name = 'ChunkGenerationError';
  readonly table: string;
  readonly column: string | undefined;
  /** 0-based row index. */
  readonly row: number;

  constructor(table: string, column: string | undefined, row: number, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.table = table;
    this.column = column;
    this.row = row;
  }
}

/**
 * Builds column generators lazily, once per table, and writes rows with them. Pure: the
 * same dataset and range give the same text in any thread.
 *
 * @example
 * const text = chunkGenerator(dataset).generate('dir_user', 0, 1000);
 */
export function chunkGenerator(dataset: Pick<CompiledDataset, 'tables'>): ChunkGenerator {
  const tables = new Map<string, CompiledTable>(dataset.tables.map((t) => [t.name, t]));
  const cells = new Map<string, CellGenerator[]>();
  const values = new Map<string, CellGenerator>();

  const table = (name: string): CompiledTable => {
    const found = tables.get(name);
    if (!found) throw new Error(`table ${JSON.stringify(name)} is not in the dataset`);
    return found;
  };
  const lookup: DatasetLookup = {
    rows: (name) => table(name).rows,
    value(tableName, columnName) {
      const id = `${tableName}\u0000${columnName}`;
      let value = values.get(id);
      if (!value) {
        const owner = table(tableName);
        const column = owner.columns.find((c) => c.name === columnName);
        if (!column) throw new Error(`column ${JSON.stringify(columnName)} is not in table ${JSON.stringify(tableName)}`);
        value = valueGenerator(owner, column, lookup);
        values.set(id, value);
      }
      return value;
    },
  };

  const cellsOf = (name: string, from: number): CellGenerator[] => {
    let built = cells.get(name);
    if (!built) {
      const owner = table(name);
      built = owner.columns.map((column) => {
        try {
          return columnGenerator(owner, column, lookup);
        } catch (error) {
          throw new ChunkGenerationError(name, column.name, from, error);
        }
      });
      cells.set(name, built);
    }
    return built;
  };

  return {
    generate(name, from, to) {
      let fns: CellGenerator[];
      try {
        fns = cellsOf(name, from);
      } catch (error) {
        if (error instanceof ChunkGenerationError) throw error;
        throw new ChunkGenerationError(name, undefined, from, error);
      }
      const n = fns.length;
      const first = fns[0];
      if (!first) throw new ChunkGenerationError(name, undefined, from, new Error('the table has no generated columns'));
      // One growing string (a rope) beats joining an array of lines, as long as it is
      // flattened before it is kept: an unflattened rope holds ~12× its text in cons nodes,
      // which every full GC then has to mark.
      let text = '';
      let row = from;
      let c = 0;
      try {
        for (; row < to; row++) {
          c = 0;
          text += first(row);
          for (c = 1; c < n; c++) text += '\t' + fns[c]!(row);
          text += '\n';
        }
      } catch (error) {
        throw new ChunkGenerationError(name, table(name).columns[c]?.name, row, error);
      }
      text.charCodeAt(0); // flattens the rope
      return text;
    },
  };
}
