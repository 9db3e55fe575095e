/**
 * How a step's time grows with the rows it works on. `constant`: catalog-only changes
 * (`ADD COLUMN … DEFAULT`, a binary-coercible type change) take the same time at any size.
 * `linear`: a scan, an UPDATE of every row. `n-log-n`: sorting, building an index.
 */
export type CostModel = 'constant' | 'linear' | 'n-log-n';

/** The models that grow, in the order a tie is broken (the simpler first). */
export const GROWING_MODELS = ['linear', 'n-log-n'] as const;

/** The model's feature: the time is a + b·feature(rows). */
export function costFeature(model: CostModel, rows: number): number {
  switch (model) {
    case 'constant':
      return 0;
    case 'linear':
      return rows;
    case 'n-log-n':
      return rows <= 1 ? 0 : rows * Math.log2(rows);
  }
}

/** "n log n", "linear", "constant": as reports write them. */
export function costModelLabel(model: CostModel): string {
  return model === 'n-log-n' ? 'n log n' : model;
}
