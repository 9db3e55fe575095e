/**
 * The MongoDB wire protocol, as far as the stand-in speaks it: OP_MSG both ways, OP_QUERY in
 * (the driver's first `ismaster` before it knows the server's wire version) answered by
 * OP_REPLY. OP_COMPRESSED is never negotiated, since hello advertises no compressors.
 */
import { deserialize, serialize, type Document } from 'bson';

export const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_COMPRESSED = 2012;
export const OP_MSG = 2013;

/** OP_MSG flag bits (see the wire protocol spec). */
export const CHECKSUM_PRESENT = 1 << 0;
export const MORE_TO_COME = 1 << 1;

const HEADER_BYTES = 16;

/**
 * Options that keep every BSON type as sent: Int32, Double, Long and Decimal128 stay wrapped,
 * so an int stored by a client comes back as an int and a double as a double.
 */
export const TYPE_PRESERVING = {
  promoteValues: false,
  promoteLongs: false,
  promoteBuffers: false,
  bsonRegExp: false,
} as const;

export type IncomingMessage =
  | {
      kind: 'msg';
      requestId: number;
      flags: number;
      body: Document;
      /** Document sequences (kind 1 sections), e.g. insert's `documents`, by identifier. */
      sequences: Map<string, Document[]>;
    }
  | {
      kind: 'query';
      requestId: number;
      collection: string;
      query: Document;
    }
  | { kind: 'unsupported'; requestId: number; opCode: number };

/** Splits a byte stream into whole messages; keeps the remainder for the next chunk. */
export class MessageFramer {
  #pending: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): Buffer[] {
    this.#pending = this.#pending.length === 0 ? chunk : Buffer.concat([this.#pending, chunk]);
    const messages: Buffer[] = [];
    while (this.#pending.length >= 4) {
      const length = this.#pending.readInt32LE(0);
      if (length < HEADER_BYTES || length > 64 * 1024 * 1024) {
        throw new Error(`Invalid message length ${length} bytes on the wire`);
      }
      if (this.#pending.length < length) break;
      messages.push(this.#pending.subarray(0, length));
      this.#pending = this.#pending.subarray(length);
    }
    return messages;
  }
}

function readCString(buffer: Buffer, offset: number): [string, number] {
  const end = buffer.indexOf(0, offset);
  if (end < 0) throw new Error('Unterminated C string in wire message');
  return [buffer.toString('utf8', offset, end), end + 1];
}

function readDocument(buffer: Buffer, offset: number): [Document, number] {
  const size = buffer.readInt32LE(offset);
  const document = deserialize(buffer.subarray(offset, offset + size), TYPE_PRESERVING);
  return [document, offset + size];
}

export function parseMessage(message: Buffer): IncomingMessage {
  const requestId = message.readInt32LE(4);
  const opCode = message.readInt32LE(12);
  if (opCode === OP_MSG) {
    const flags = message.readUInt32LE(HEADER_BYTES);
    const end = flags & CHECKSUM_PRESENT ? message.length - 4 : message.length;
    let offset = HEADER_BYTES + 4;
    let body: Document | undefined;
    const sequences = new Map<string, Document[]>();
    while (offset < end) {
      const kind = message.readUInt8(offset);
      offset += 1;
      if (kind === 0) {
        [body, offset] = readDocument(message, offset);
      } else if (kind === 1) {
        const sectionEnd = offset + message.readInt32LE(offset);
        let identifier: string;
        [identifier, offset] = readCString(message, offset + 4);
        const documents: Document[] = [];
        while (offset < sectionEnd) {
          let document: Document;
          [document, offset] = readDocument(message, offset);
          documents.push(document);
        }
        sequences.set(identifier, documents);
      } else {
        throw new Error(`Unknown OP_MSG section kind ${kind}`);
      }
    }
    if (body === undefined) throw new Error('OP_MSG without a body section');
    return { kind: 'msg', requestId, flags, body, sequences };
  }
  if (opCode === OP_QUERY) {
    let offset = HEADER_BYTES + 4;
    let collection: string;
    [collection, offset] = readCString(message, offset);
    offset += 8; // numberToSkip, numberToReturn: meaningless for commands
    const [query] = readDocument(message, offset);
    return { kind: 'query', requestId, collection, query };
  }
  return { kind: 'unsupported', requestId, opCode };
}

function header(length: number, requestId: number, responseTo: number, opCode: number): Buffer {
  const buffer = Buffer.alloc(HEADER_BYTES);
  buffer.writeInt32LE(length, 0);
  buffer.writeInt32LE(requestId, 4);
  buffer.writeInt32LE(responseTo, 8);
  buffer.writeInt32LE(opCode, 12);
  return buffer;
}

const SERIALIZE_OPTIONS = { ignoreUndefined: true } as const;

export function encodeMsgReply(requestId: number, responseTo: number, reply: Document): Buffer {
  const body = serialize(reply, SERIALIZE_OPTIONS);
  const flagsAndKind = Buffer.alloc(5); // flagBits 0, section kind 0
  const length = HEADER_BYTES + flagsAndKind.length + body.length;
  return Buffer.concat([header(length, requestId, responseTo, OP_MSG), flagsAndKind, body]);
}

export function encodeOpReply(requestId: number, responseTo: number, reply: Document): Buffer {
  const body = serialize(reply, SERIALIZE_OPTIONS);
  const fields = Buffer.alloc(20); // responseFlags, cursorID (int64), startingFrom, numberReturned
  fields.writeInt32LE(1, 16);
  const length = HEADER_BYTES + fields.length + body.length;
  return Buffer.concat([header(length, requestId, responseTo, OP_REPLY), fields, body]);
}
