import { describe, expect, it } from 'vitest';
import { planRelations, planSignature } from './plan-signature.ts';

const serial = [{ Plan: { 'Node Type': 'Aggregate', Strategy: 'Hashed', 'Total Cost': 120.5, Plans: [{ 'Node Type': 'Seq Scan', 'Relation Name': 'items', Schema: 'public', 'Plan Rows': 5000 }] } }];
const parallel = [
  {
    Plan: {
      'Node Type': 'Aggregate',
      Strategy: 'Hashed',
      'Partial Mode': 'Finalize',
      Plans: [
        {
          'Node Type': 'Gather',
          'Workers Planned': 2,
          Plans: [{ 'Node Type': 'Aggregate', Strategy: 'Hashed', 'Partial Mode': 'Partial', Plans: [{ 'Node Type': 'Seq Scan', 'Relation Name': 'items', Schema: 'public', 'Parallel Aware': true }] }],
        },
      ],
    },
  },
];

describe('planSignature', () => {
  it('keeps the plan shape and drops its numbers: the same shape at 5k and 5M rows is the same signature', () => {
    expect(planSignature(serial)).toBe('Aggregate Hashed > Seq Scan on items');
    const bigger = structuredClone(serial);
    bigger[0]!.Plan['Total Cost'] = 99_999;
    bigger[0]!.Plan.Plans[0]!['Plan Rows'] = 5_000_000;
    expect(planSignature(bigger)).toBe(planSignature(serial));
  });

  it('tells a parallel plan from a serial one (the plan change an estimate must refuse)', () => {
    expect(planSignature(parallel)).toBe('Aggregate Hashed Finalize > Gather (2 workers) > Aggregate Hashed Partial > Seq Scan on items');
    expect(planSignature(JSON.stringify(parallel))).toBe(planSignature(parallel));
  });

  it('lists the relations a plan reads, schema-qualified outside public', () => {
    const update = [{ Plan: { 'Node Type': 'ModifyTable', Operation: 'Update', 'Relation Name': 'claims', Schema: 'app', Plans: [{ 'Node Type': 'Seq Scan', 'Relation Name': 'claims', Schema: 'app' }] } }];
    expect(planSignature(update)).toBe('Update on claims > Seq Scan on claims');
    expect(planRelations(update)).toEqual(['app.claims']);
    expect(planRelations(serial)).toEqual(['items']);
  });
});
