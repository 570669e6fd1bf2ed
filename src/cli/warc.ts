import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { WARCParser, type WARCRecord } from 'warcio';
import { charsetOf, decode, InputError, MAX_BYTES, type Entry, type Loaded } from './inputs.js';

/**
 * The HTML pages of a web archive (.warc or .warc.gz, as Common Crawl, Browsertrix and
 * ArchiveWeb.page write them), read as a stream with warcio: every successful HTML response
 * (and HTML resource record) is one article, named by its target URI, with the capture date as a
 * publication date for a page that gives none. Requests, metadata, revisits, redirects and
 * other media are passed over. A page that cannot be read is an error of its own; an archive
 * that is damaged or cut short, or holds no HTML page, is an error of the archive, after the
 * pages before the damage.
 */
export async function* warcArticles(entry: Entry): AsyncGenerator<Loaded | InputError> {
  let records = 0;
  let pages = 0;
  try {
    for await (const record of new WARCParser(await openArchive(entry.location))) {
      records++;
      if (!record.warcHeaders.statusline.startsWith('WARC/')) {
        throw new Error(records === 1 ? 'it does not begin with a WARC record' : `record ${records} does not begin with a WARC header`);
      }
      const contentType = htmlPage(record);
      const tooLarge = record.warcContentLength > MAX_BYTES;
      // warcio skips a record cut short by looping for ever on its missing bytes, so every record
      // is read to its end here, and checked for all the bytes its header promised.
      const limiter = record.reader as { limit?: number };
      if (contentType !== null && !tooLarge) await record.readFully(false);
      else await drain(record.reader);
      if ((limiter.limit ?? 0) > 0) throw new Error(`cut short in record ${records}`);
      if (contentType === null) continue;
      pages++;
      const source = record.warcTargetURI ?? `${entry.source} (record ${records})`;
      if (tooLarge) {
        yield new InputError(source, `page is over the ${MAX_BYTES / 1048576} MB limit`);
        continue;
      }
      try {
        // Decoded from the bytes just read: transfer and content codings undone.
        const loaded = decode(source, await record.readFully(true), 'html', charsetOf(contentType));
        const captured = /^\d{4}-\d{2}-\d{2}/.exec(record.warcDate ?? '')?.[0];
        if (captured) loaded.fallbackDate = { value: captured, source: 'warc-date', text: record.warcDate! };
        yield loaded;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        yield error;
      }
    }
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why = e.code === 'Z_BUF_ERROR' ? `cut short (${e.message})` : e.message;
    const before = pages ? ` (the ${pages === 1 ? 'page' : `${pages} pages`} before it audited)` : '';
    yield new InputError(entry.source, `cannot be read as a WARC file: ${why}${before}`);
    return;
  }
  if (!records) yield new InputError(entry.source, 'not a WARC file (no record in it)');
  else if (!pages) yield new InputError(entry.source, `no HTML pages among its ${records} records`);
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

/**
 * The archive's bytes, gunzipped by Node when it is gzip (one member a record, or the whole
 * file): zlib says when a member is cut short, where warcio's own inflater ends quietly.
 */
async function openArchive(file: string): Promise<Readable> {
  const handle = await open(file);
  const magic = Buffer.alloc(2);
  await handle.read(magic, 0, 2, 0);
  await handle.close();
  const bytes = createReadStream(file);
  if (magic[0] !== 0x1f || magic[1] !== 0x8b) return bytes;
  const gunzip = createGunzip();
  bytes.on('error', (error) => gunzip.destroy(error)).pipe(gunzip);
  return gunzip;
}
