import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * Small web archives written by hand, byte by byte as the WARC 1.0 standard lays them out, so
 * that the reader is tested against the format and not against its own writer.
 */
export interface WarcRecord {
  type: 'warcinfo' | 'request' | 'response' | 'resource' | 'revisit' | 'metadata';
  uri?: string;
  date?: string;
  contentType?: string;
  /** The record's block: for a response, the HTTP status line, headers and body. */
  block: Buffer | string;
}

export function httpResponse(body: Buffer | string, headers: Record<string, string> = {}, status = '200 OK'): Buffer {
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), Buffer.from(body)]);
}

function record(r: WarcRecord): Buffer {
  const block = Buffer.from(r.block);
  const http = r.type === 'response' || r.type === 'revisit';
  const contentType = r.contentType ?? (http ? 'application/http; msgtype=response' : 'application/warc-fields');
  const headers = [
    'WARC/1.0',
    `WARC-Type: ${r.type}`,
    `WARC-Record-ID: <urn:uuid:${randomUUID()}>`,
    `WARC-Date: ${r.date ?? '2024-03-05T10:00:00Z'}`,
    ...(r.uri ? [`WARC-Target-URI: ${r.uri}`] : []),
    `Content-Type: ${contentType}`,
    `Content-Length: ${block.length}`,
  ];
  return Buffer.concat([Buffer.from(`${headers.join('\r\n')}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

/** A .warc file's bytes; `gzip` compresses each record as a member of its own, as crawlers write .warc.gz. */
export function warc(records: WarcRecord[], gzip = false): Buffer {
  return Buffer.concat(records.map((r) => (gzip ? gzipSync(record(r)) : record(r))));
}

/** Chunked transfer coding, as a server streaming a page sends it. */
export function chunked(body: Buffer, size = 40): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < body.length; i += size) {
    const piece = body.subarray(i, i + size);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}
