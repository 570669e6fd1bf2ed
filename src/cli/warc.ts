import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { AsyncIterReader, WARCParser, type WARCRecord } from 'warcio';
import { GzipDamage, gunzipFrom, nextMember } from './gzip-members.js';
import { charsetOf, decode, InputError, MAX_BYTES, type Entry, type Loaded } from './inputs.js';

/**
 * The HTML pages of a web archive (.warc or .warc.gz, as Common Crawl, Browsertrix and
 * ArchiveWeb.page write them), read as a stream with warcio: every successful HTML response
 * (and HTML resource record) is one article, named by its target URI, with the capture date as a
 * publication date for a page that gives none. Requests, metadata, revisits, redirects and
 * other media are passed over. A page that cannot be read is an error of its own. Damage is an
 * error of the archive, never a silent end: an archive cut short (in a record's header too) ends
 * there, after the pages before the damage; in a .warc.gz, a damaged member or bytes between
 * members that are no gzip cost that stretch alone, and reading goes on at the next member.
 */
export async function* warcArticles(entry: Entry): AsyncGenerator<Loaded | InputError> {
  const gzip = await isGzip(entry.location);
  const count = { records: 0, pages: 0 };
  for (let from: number | null = 0; from !== null;) {
    const at: number = from;
    from = null;
    try {
      yield* pagesOf(entry, gzip ? gunzipFrom(entry.location, at) : createReadStream(entry.location), count);
    } catch (error) {
      const damage = error instanceof GzipDamage ? error : null;
      const next = damage ? await nextMember(entry.location, damage.at) : -1;
      const why = describe(damage?.why ?? (error as NodeJS.ErrnoException));
      const pages = count.pages === 1 ? 'page' : `${count.pages} pages`;
      const before = count.pages ? ` (the ${pages} before it audited)` : '';
      if (next === -1) {
        yield new InputError(entry.source, `cannot be read as a WARC file: ${why}${before}`);
        return;
      }
      const skipped = `what it held is skipped, and reading goes on at byte ${next}`;
      yield new InputError(entry.source, `damaged at byte ${damage!.at} (${why}): ${skipped}`);
      from = next;
    }
  }
  if (!count.records) yield new InputError(entry.source, 'not a WARC file (no record in it)');
  else if (!count.pages) yield new InputError(entry.source, `no HTML pages among its ${count.records} records`);
}

function describe(e: NodeJS.ErrnoException): string {
  return e.code === 'Z_BUF_ERROR' ? `cut short (${e.message})` : e.message;
}

/** The pages of a stream of WARC records; throws on damage, after yielding what came before it. */
async function* pagesOf(
  entry: Entry,
  bytes: AsyncIterable<Uint8Array>,
  count: { records: number; pages: number },
): AsyncGenerator<Loaded | InputError> {
  for await (const record of new WARCParser(bytes)) {
    const n = ++count.records;
    if (!record.warcHeaders.statusline.startsWith('WARC/')) {
      const what = n === 1 ? 'it does not begin with a WARC record' : `record ${n} does not begin with a WARC header`;
      throw new Error(what);
    }
    // Every record states its length: one without is a header the archive's end cut off.
    const declared = record.warcHeaders.headers.get('Content-Length');
    if (declared === null) throw new Error(`cut short in the header of record ${n}`);
    const contentType = htmlPage(record);
    const tooLarge = record.warcContentLength > MAX_BYTES;
    // warcio skips a record cut short by looping for ever on its missing bytes, so every record
    // is read to its end here, and checked for all the bytes its header promised.
    const limiter = record.reader as { limit?: number };
    const raw = contentType !== null && !tooLarge ? await record.readFully(false) : null;
    if (!raw) await drain(record.reader);
    if ((limiter.limit ?? 0) > 0) throw new Error(`cut short in record ${n}`);
    if (contentType === null) continue;
    count.pages++;
    const source = record.warcTargetURI ?? `${entry.source} (record ${n})`;
    if (!raw) {
      yield new InputError(source, `page is over the ${MAX_BYTES / 1048576} MB limit`);
      continue;
    }
    try {
      const loaded = decode(source, await decodedPayload(record, raw, source), 'html', charsetOf(contentType));
      const captured = /^\d{4}-\d{2}-\d{2}/.exec(record.warcDate ?? '')?.[0];
      if (captured) loaded.fallbackDate = { value: captured, source: 'warc-date', text: record.warcDate! };
      yield loaded;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield error;
    }
  }
}

/** How much compressed payload is inflated at a time: a small record may inflate a thousandfold. */
const INFLATE_STEP = 16_384;

/**
 * The page's bytes with its transfer and content codings undone (chunked, gzip, deflate), as
 * warcio undoes them, but read no further than MAX_BYTES: a record of a few kilobytes may inflate
 * to gigabytes.
 */
async function decodedPayload(record: WARCRecord, raw: Uint8Array, source: string): Promise<Uint8Array> {
  const headers = record.httpHeaders?.headers;
  if (!headers) return raw;
  const transfer = headers.get('Transfer-Encoding');
  const chunked = transfer === 'chunked';
  const coding = headers.get('Content-Encoding') ?? (chunked ? null : transfer);
  function* pieces() {
    for (let i = 0; i < raw.length; i += INFLATE_STEP) yield raw.subarray(i, i + INFLATE_STEP);
  }
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const part of new AsyncIterReader(pieces(), coding, chunked)) {
    size += part.length;
    if (size > MAX_BYTES) {
      throw new InputError(source, `page is over the ${MAX_BYTES / 1048576} MB limit once decompressed`);
    }
    parts.push(part);
  }
  return Buffer.concat(parts);
}

/** The Content-Type of a record that is an HTML page worth auditing, or null. */
function htmlPage(record: WARCRecord): string | null {
  const type = record.warcType;
  if (type === 'response') {
    const http = record.httpHeaders;
    const contentType = http?.headers.get('content-type') ?? '';
    return /^2\d\d$/.test(String(http?.statusCode)) && /html/i.test(contentType) ? contentType : null;
  }
  if (type === 'resource') {
    const contentType = record.warcContentType ?? '';
    return /html/i.test(contentType) ? contentType : null;
  }
  return null;
}

async function drain(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<void> {
  for await (const _ of chunks);
}

async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file);
  const magic = Buffer.alloc(2);
  await handle.read(magic, 0, 2, 0);
  await handle.close();
  return magic[0] === 0x1f && magic[1] === 0x8b;
}
