import { BSON } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { appCollections } from '../../scenarios/app-metadata-mongo/data.ts';
import { shapeOf } from '../engines/mongo/mongo-introspector.ts';
import { type CollectionSeed, generateDocuments } from './seed-documents.ts';

const attendees = appCollections.find((c) => c.collection === 'attendees')!;
const text = (documents: Iterable<unknown>) => [...documents].map((d) => BSON.EJSON.stringify(d as never, { relaxed: false }));

describe('generateDocuments', () => {
  it('is a pure function of (seed, collection, index): any range alone gives the same documents', () => {
    const whole = text(generateDocuments(attendees, { seed: 7, version: '1.0.0' }));
    const pieces = [...text(generateDocuments(attendees, { seed: 7, version: '1.0.0' }, 0, 13)), ...text(generateDocuments(attendees, { seed: 7, version: '1.0.0' }, 13, 200))];
    expect(pieces).toEqual(whole);
    expect(text(generateDocuments(attendees, { seed: 8, version: '1.0.0' }, 0, 5))).not.toEqual(whole.slice(0, 5));
  });

  it('produces nested documents, arrays of varying length and optional fields', () => {
    const documents = [...generateDocuments(attendees, { seed: 7, version: '1.0.0' })];
    const shape = shapeOf(documents);
    expect(shape.map((c) => `${c.name}${c.nullable ? '?' : ''}`)).toEqual([
      '_id', 'city', 'fee', 'fullName', 'profile?', 'profile.address', 'profile.address.street', 'profile.address.zip',
      'profile.phones', 'profile.phones.[]', 'registeredAt', 'tags', 'tags.[]', 'visits',
    ]);
    const lengths = new Set(documents.map((d) => (d.tags as unknown[]).length));
    expect([...lengths].sort()).toEqual([0, 1, 2, 3, 4]);
    const withoutProfile = documents.filter((d) => d.profile === undefined).length;
    expect(withoutProfile).toBeGreaterThan(10);
    expect(withoutProfile).toBeLessThan(80);
  });

  it('gives each app version its own shape', () => {
    const versioned: CollectionSeed = {
      collection: 'people',
      count: 2,
      generate: ({ faker, index, version }) =>
        version.startsWith('1.') ? { _id: index, fullName: faker.person.fullName() } : { _id: index, name: { first: faker.person.firstName(), last: faker.person.lastName() } },
    };
    expect(Object.keys([...generateDocuments(versioned, { seed: 1, version: '1.0.0' })][0]!)).toEqual(['_id', 'fullName']);
    expect(Object.keys([...generateDocuments(versioned, { seed: 1, version: '2.0.0' })][0]!)).toEqual(['_id', 'name']);
  });
});
