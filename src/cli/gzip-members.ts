import { open, type FileHandle } from 'node:fs/promises';
import { createInflateRaw, crc32 } from 'node:zlib';

/** Where reading a .warc.gz failed: the compressed byte of the damage, and why. */
export class GzipDamage extends Error {
  constructor(
    readonly at: number,
    readonly why: NodeJS.ErrnoException,
  ) {
    super(why.message);
  }
}

/** The bytes that start a gzip member (ID1, ID2, deflate): where each record of a .warc.gz begins. */
const MAGIC = [0x1f, 0x8b, 0x08];
const READ = 65_536;

/**
 * The decompressed bytes of a gzip file from compressed byte `from`, member after member (RFC
 * 1952), each member's deflate data inflated on its own. Node's gunzip inflates the members as
 * one stream: bytes that are no gzip between two members, or one damaged member, made it throw
 * away the members before them too. Here each member is passed on whole before the next is read,
 * its checksum checked, and `GzipDamage` says where the damage starts.
 */
export async function* gunzipFrom(file: string, from: number): AsyncGenerator<Uint8Array> {
  const handle = await open(file);
  try {
    const size = (await handle.stat()).size;
    for (let at = from; at < size;) {
      const header = await headerLength(handle, at);
      if (header === null) throw new GzipDamage(at, damage('Z_DATA_ERROR', 'incorrect header check'));
      const member = yield* inflateMember(handle, at, header, size);
      at += member;
    }
  } finally {
    await handle.close();
  }
}

/** The member's deflate data inflated and passed on; its length in the file, trailer included. */
async function* inflateMember(
  handle: FileHandle,
  at: number,
  header: number,
  size: number,
): AsyncGenerator<Uint8Array, number> {
  const inflate = createInflateRaw();
  const ready: Buffer[] = [];
  let failure: NodeJS.ErrnoException | null = null;
  let wake = () => {};
  inflate.on('data', (chunk: Buffer) => ready.push(chunk));
  inflate.on('error', (error) => {
    failure = error;
    wake();
  });
  let ended = false;
  // zlib may end the stream as soon as the deflate data ends, before it is told the input has.
  inflate.on('end', () => {
    ended = true;
    wake();
  });
  const settle = (act: (done: () => void) => void) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      act(resolve);
    });
  let checksum = 0;
  let length = 0;
  let fed = 0;
  for (let position = at + header; ; position += READ) {
    const piece = await readAt(handle, position, READ);
    if (piece.length) await settle((done) => inflate.write(piece, () => done()));
    fed += piece.length;
    for (const chunk of ready.splice(0)) {
      checksum = crc32(chunk, checksum);
      length += chunk.length;
      yield chunk;
    }
    if (failure) throw new GzipDamage(position, failure);
    // The deflate data ended inside what was fed: zlib took no more of it.
    if (inflate.bytesWritten < fed || !piece.length) break;
  }
  if (inflate.bytesWritten === fed) throw new GzipDamage(size, damage('Z_BUF_ERROR', 'unexpected end of file'));
  if (!ended) await settle(() => inflate.end());
  for (const chunk of ready.splice(0)) {
    checksum = crc32(chunk, checksum);
    length += chunk.length;
    yield chunk;
  }
  const end = at + header + inflate.bytesWritten;
  const trailer = await readAt(handle, end, 8);
  if (trailer.length < 8) throw new GzipDamage(size, damage('Z_BUF_ERROR', 'unexpected end of file'));
  if (trailer.readUInt32LE(0) !== checksum >>> 0 || trailer.readUInt32LE(4) !== length % 2 ** 32) {
    throw new GzipDamage(at, damage('Z_DATA_ERROR', 'incorrect data check'));
  }
  return end + 8 - at;
}

/** The length of the gzip member header at `at` (RFC 1952, 2.3.1), or null where no member starts. */
async function headerLength(handle: FileHandle, at: number): Promise<number | null> {
  const head = await readAt(handle, at, 10);
  if (head.length < 10 || !MAGIC.every((b, i) => head[i] === b)) return null;
  const flags = head[3]!;
  let length = 10;
  if (flags & 4) length += 2 + (await readAt(handle, at + length, 2)).readUInt16LE(0);
  for (const flag of [8, 16]) {
    // A zero-terminated name or comment.
    if (!(flags & flag)) continue;
    for (;;) {
      const piece = await readAt(handle, at + length, 256);
      if (!piece.length) return null;
      const zero = piece.indexOf(0);
      length += zero === -1 ? piece.length : zero + 1;
      if (zero !== -1) break;
    }
  }
  if (flags & 2) length += 2;
  return length;
}

/** Where, after `after`, a member may start in the file: the next MAGIC, or -1. */
export async function nextMember(file: string, after: number): Promise<number> {
  const handle = await open(file);
  try {
    for (let position = after + 1; ; position += READ - 2) {
      const bytes = await readAt(handle, position, READ);
      if (bytes.length < MAGIC.length) return -1;
      for (let i = bytes.indexOf(MAGIC[0]!); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(MAGIC[0]!, i + 1)) {
        if (bytes[i + 1] === MAGIC[1] && bytes[i + 2] === MAGIC[2]) return position + i;
      }
    }
  } finally {
    await handle.close();
  }
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

function damage(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}
