import { ObjectId } from 'mongodb';
import type { CollectionSeed } from '../../src/mongo/seed-documents.ts';

/*
 * Production-like documents for source document 002's layout. The global database holds
 * the apps' metadata (modules, classes with attributes, server code) and the customers;
 * each app database holds instance data. Shapes vary by app version: 1.x attendees carry
 * `fullName` and a top-level `city`, 2.x ones `name` and `profile.address.city`.
 */

const objectIdHex = (prefix: number, index: number) => `${prefix.toString(16).padStart(8, '0')}${index.toString(16).padStart(16, '0')}`;

export const globalCollections: CollectionSeed[] = [
  {
    collection: 'apps',
    count: 3,
    generate: ({ faker, index, arrayOf, maybe }) => ({
      _id: ['ConferenceApp', 'FieldServiceApp', 'InventoryApp'][index] ?? `App${index}`,
      modules: arrayOf(1, 4, () => faker.helpers.arrayElement(['Basics', 'Push', 'Chat', 'CSV', 'Facebook'])),
      classes: arrayOf(2, 5, (i) => ({
        name: `${faker.word.noun()}${i}`,
        attributes: arrayOf(1, 6, () => ({ name: faker.database.column(), type: faker.helpers.arrayElement(['String', 'Long', 'Date', 'Reference']) })),
      })),
      servercode: maybe(0.5, () => ({ language: 'java', lines: faker.number.int({ min: 10, max: 5000 }) })),
    }),
  },
  {
    collection: 'users',
    count: 40,
    generate: ({ faker, index, maybe }) => ({
      _id: `user-${String(index).padStart(4, '0')}`,
      email: faker.internet.email().toLowerCase(),
      password: faker.string.hexadecimal({ length: 64, casing: 'lower', prefix: '' }),
      app: faker.helpers.arrayElement(['ConferenceApp', 'FieldServiceApp', 'InventoryApp']),
      lastLogin: maybe(0.7, () => faker.date.past()),
    }),
  },
];

export const appCollections: CollectionSeed[] = [
  {
    collection: 'attendees',
    count: 200,
    generate: ({ faker, index, maybe, arrayOf }) => ({
      _id: `att-${String(index).padStart(4, '0')}`,
      fullName: faker.person.fullName(),
      city: faker.location.city(),
      profile: maybe(0.8, () => ({
        address: { street: faker.location.street(), zip: faker.location.zipCode() },
        phones: arrayOf(0, 3, () => faker.phone.number()),
      })),
      tags: arrayOf(0, 4, () => faker.helpers.arrayElement(['speaker', 'sponsor', 'vip', 'student', 'press'])),
      registeredAt: faker.date.past(),
      visits: faker.number.int({ min: 0, max: 40 }),
      fee: faker.number.float({ min: 0, max: 900, fractionDigits: 2 }),
    }),
  },
  {
    collection: 'sessions',
    count: 30,
    generate: ({ faker, index, arrayOf }) => ({
      _id: new ObjectId(objectIdHex(0x65a1b2c3, index)),
      title: faker.company.catchPhrase(),
      speakers: arrayOf(1, 3, () => faker.person.fullName()),
      slots: arrayOf(1, 3, (i) => ({
        code: `S${i + 1}`,
        room: faker.helpers.arrayElement(['Hall A', 'Hall B', 'Room 101', 'Room 102']),
        start: faker.date.soon({ days: 30 }),
        seats: faker.number.int({ min: 20, max: 400 }),
      })),
    }),
  },
];
