import { createReadStream } from 'node:fs';
import { charsetOf, decode, InputError, MAX_BYTES, type Entry, type Loaded } from './inputs.js';

/**
 * The HTML pages of a web archive (.warc or .warc.gz, as Common Crawl, Browsertrix and
 * ArchiveWeb.page write them), read as a stream with warcio: every successful HTML response
 * (and HTML resource record) is one article, named by its target URI, with the capture date as a
 * publication date for a page that gives none. Requests, metadata, revisits, redirects and
 * other media are passed over. A record that cannot be read is an error of its own; an archive
 * that breaks off, or holds no HTML page, is an error of the archive.
 */
export async function* warcArticles(entry: Entry): AsyncGenerator<Loaded | InputError> {
  // Loaded only when an archive is given: most runs never need it.
  const { WARCParser } = await import('warcio');
  let records = 0;
  let pages = 0;
  try {
    for await (const record of new WARCParser(createReadStream(entry.location))) {
      if (records++ === 0 && !record.warcHeaders.statusline.startsWith('WARC/')) {
        yield new InputError(entry.source, 'not a WARC file (it does not begin with a WARC record)');
        return;
      }
      const type = record.warcType;
      const http = record.httpHeaders;
      const contentType = (type === 'response' ? http?.headers.get('content-type') : type === 'resource' ? record.warcContentType : null) ?? '';
      if (!/html/i.test(contentType)) continue;
      if (type === 'response' && !/^2\d\d$/.test(String(http?.statusCode))) continue;
      pages++;
      const source = record.warcTargetURI ?? `${entry.source} (record ${records})`;
      if (record.warcContentLength > MAX_BYTES) {
        yield new InputError(source, `record is over the ${MAX_BYTES / 1048576} MB limit`);
        continue;
      }
      const bytes = await record.readFully(true);
      try {
        const loaded = decode(source, bytes, 'html', charsetOf(contentType));
        const captured = /^\d{4}-\d{2}-\d{2}/.exec(record.warcDate ?? '')?.[0];
        if (captured) loaded.fallbackDate = { value: captured, source: 'warc-date', text: record.warcDate! };
        yield loaded;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        yield error;
      }
    }
  } catch (error) {
    yield new InputError(entry.source, `cannot be read as a WARC file after ${records} records (${(error as Error).message})`);
    return;
  }
  if (!records) yield new InputError(entry.source, 'empty archive');
  else if (!pages) yield new InputError(entry.source, `no HTML pages among its ${records} records`);
}
