/*
 * Filler text without per-row work: one fixed corpus of words, and a value is a slice of
 * it starting at a word. The corpus depends on nothing but this file, and a longer corpus
 * extends a shorter one, so a slice is the same whatever other columns asked for.
 */
import { hash32 } from './seed-hash.ts';

const WORDS = (
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore ' +
  'magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo ' +
  'consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint ' +
  'occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum request approved ' +
  'pending leave annual sick manager review submitted team budget travel invoice customer order shipment ' +
  'delivery account balance payment quarter report meeting project deadline update status priority'
).split(' ');

/** Word starts offered as slice starts; enough that texts rarely repeat. */
const START_WORDS = 65_536;
const CORPUS_KEY = 0x5eed_7e87;

let corpus = '';
let wordCount = 0;
let starts = new Int32Array(0);

/** The corpus, at least `minLength` characters past the last slice start, and the slice starts. */
export function fillerCorpus(minLength: number): { text: string; starts: Int32Array } {
  if (starts.length < START_WORDS || corpus.length < starts[START_WORDS - 1]! + minLength + 1) {
    grow(minLength);
  }
  return { text: corpus, starts };
}

function grow(minLength: number): void {
  const parts: string[] = [corpus];
  let length = corpus.length;
  const startList = Array.from(starts);
  for (;;) {
    const enough = startList.length >= START_WORDS && length >= startList[START_WORDS - 1]! + minLength + 1;
    if (enough) break;
    if (startList.length < START_WORDS) startList.push(length);
    const word = WORDS[hash32(CORPUS_KEY, wordCount++, 0) % WORDS.length]!;
    parts.push(word, ' ');
    length += word.length + 1;
  }
  corpus = parts.join('');
  starts = Int32Array.from(startList);
}
