import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { sniffEncoding } from './charset.js';

/** One article to audit, loaded lazily so that a failure stays with its input. */
export interface Loaded {
  source: string;
  content: string;
  kind?: 'html' | 'text';
  warning?: string;
  /** A publication date the container gives for a page that gives none (a WARC record's capture date). */
  fallbackDate?: { value: string; source: string; text: string };
}

export class InputError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(message);
  }
}

/** What a command-line INPUT stands for once directories are opened: one article, or a container of many. */
export interface Entry {
  /** As the user wrote it (joined onto the directory it was found in): what reports and errors name. */
  source: string;
  /** An absolute path, a URL, or - for standard input. */
  location: string;
  format: 'article' | 'warc' | 'jsonl';
}

export interface ExpandOptions {
  /** Where relative paths start: the folder the user stands in. */
  base: string;
  recursive: boolean;
  /** Every input is JSON Lines of articles (--from-jsonl). */
  jsonl: boolean;
}

export const MAX_BYTES = 50 * 1024 * 1024;
const ARTICLE_FILE = /\.(?:html?|txt)$/i;
const WARC_FILE = /\.warc(?:\.gz)?$/i;
const JSONL_FILE = /\.jsonl$/i;
const WEB_URL = /^https?:\/\//i;
/** Two letters at least, so that a Windows drive (C:) is not taken for one. */
const URL_SCHEME = /^([a-z][a-z\d+.-]+):/i;

const RECURSIVE_HINT = ' (add --recursive to look in its subdirectories)';

export async function expandInputs(inputs: string[], options: ExpandOptions): Promise<Array<Entry | InputError>> {
  const out: Array<Entry | InputError> = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push({ source: input, location: input, format: options.jsonl ? 'jsonl' : 'article' });
      continue;
    }
    if (WEB_URL.test(input)) {
      out.push(
        options.jsonl
          ? new InputError(input, '--from-jsonl reads files and standard input, not URLs')
          : { source: input, location: input, format: 'article' },
      );
      continue;
    }
    const location = path.resolve(options.base, input);
    let info;
    try {
      info = await stat(location);
    } catch (error) {
      out.push(missing(input, error as NodeJS.ErrnoException));
      continue;
    }
    if (!info.isDirectory()) {
      out.push({ source: input, location, format: formatOf(input, options.jsonl) });
      continue;
    }
    const wanted = options.jsonl
      ? (name: string) => JSONL_FILE.test(name)
      : (name: string) => ARTICLE_FILE.test(name) || WARC_FILE.test(name);
    const found = await listFiles(location, input, options.recursive, wanted);
    if (!found.files.length) {
      const kinds = options.jsonl ? '.jsonl files' : '.html, .htm, .txt, .warc or .warc.gz files';
      out.push(
        new InputError(
          input,
          `directory holds no ${kinds}${found.subdirectories && !options.recursive ? RECURSIVE_HINT : ''}`,
        ),
      );
    }
    for (const file of found.files)
      out.push({ source: file.source, location: file.location, format: formatOf(file.source, options.jsonl) });
  }
  return out;
}

/**
 * An address in another scheme (ftp:, file:) is named as such, not as a missing file; a file of that name
 * would have been found.
 */
function missing(input: string, error: NodeJS.ErrnoException): InputError {
  const scheme = URL_SCHEME.exec(input)?.[1]?.toLowerCase();
  if (scheme)
    return new InputError(input, `unsupported scheme "${scheme}:" (give a file, a directory, - or an http(s) URL)`);
  return new InputError(input, error.code === 'EACCES' ? 'permission denied' : 'no such file or directory');
}

function formatOf(name: string, jsonl: boolean): Entry['format'] {
  return jsonl ? 'jsonl' : WARC_FILE.test(name) ? 'warc' : 'article';
}

/** The files of a directory in name order, depth first with --recursive, each directory once (links can loop). */
async function listFiles(
  dir: string,
  shown: string,
  recursive: boolean,
  wanted: (name: string) => boolean,
  seen = new Set<string>(),
) {
  const files: Array<{ source: string; location: string }> = [];
  let subdirectories = false;
  seen.add(await realpath(dir));
  for (const name of (await readdir(dir)).sort()) {
    const location = path.join(dir, name);
    const info = await stat(location).catch(() => null);
    if (!info) continue;
    if (info.isDirectory()) {
      subdirectories = true;
      if (!recursive || seen.has(await realpath(location))) continue;
      files.push(...(await listFiles(location, path.join(shown, name), true, wanted, seen)).files);
    } else if (wanted(name)) files.push({ source: path.join(shown, name), location });
  }
  return { files, subdirectories };
}

export async function load(entry: Entry, timeoutMs: number): Promise<Loaded> {
  const { source, location } = entry;
  if (location === '-') return decode(source, await readStdin(), undefined);
  if (WEB_URL.test(location)) return fetchUrl(location, timeoutMs);
  let bytes: Buffer;
  try {
    const info = await stat(location);
    if (info.size > MAX_BYTES)
      throw new InputError(
        source,
        `file is ${(info.size / 1048576).toFixed(0)} MB, over the ${MAX_BYTES / 1048576} MB limit`,
      );
    bytes = await readFile(location);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      source,
      (error as NodeJS.ErrnoException).code === 'EACCES'
        ? 'permission denied'
        : `cannot be read (${(error as Error).message})`,
    );
  }
  const kind = /\.html?$/i.test(location) ? 'html' : /\.txt$/i.test(location) ? 'text' : undefined;
  return decode(source, bytes, kind);
}

const BINARY = 'binary data, not an article (expected HTML or text)';

/**
 * Bytes into an article's text, or the reason they are none. The encoding is the one a browser
 * would use (`sniffEncoding`: a byte-order mark, what a server said in `charset`, an HTML page's
 * `<meta charset>`); with none of these, UTF-8, and Windows-1252 for text that is not valid UTF-8.
 */
export function decode(source: string, bytes: Uint8Array, kind: 'html' | 'text' | undefined, charset?: string): Loaded {
  if (bytes.length === 0) throw new InputError(source, 'empty input');
  const sniffed = sniffEncoding(bytes, charset, kind !== 'text');
  const body = bytes.subarray(sniffed.skip);
  // Text in one of the UTF-16 forms holds zero bytes; any other with one is not text.
  const utf16 = sniffed.encoding?.startsWith('utf-16');
  if (!utf16 && body.subarray(0, 8192).includes(0)) throw new InputError(source, BINARY);
  const loaded: Loaded = { source, content: '' };
  if (kind) loaded.kind = kind;
  if (sniffed.encoding && sniffed.encoding !== 'utf-8') loaded.content = new TextDecoder(sniffed.encoding).decode(body);
  else {
    try {
      loaded.content = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      // Old pages in Windows-1252 still read well; say so rather than refuse them.
      loaded.content = new TextDecoder('windows-1252').decode(body);
      loaded.warning = 'not valid UTF-8; read as Windows-1252';
    }
  }
  if (loaded.content.slice(0, 8192).includes('\0')) throw new InputError(source, BINARY);
  checkArticle(source, loaded.content, kind);
  return loaded;
}

/** What no reader would call an article, refused before extraction rather than audited as text. */
export function checkArticle(source: string, content: string, kind: 'html' | 'text' | undefined): void {
  if (!content.trim()) throw new InputError(source, 'only white space, no article');
  if (kind !== 'html' && /^\s*[[{]/.test(content) && isJson(content))
    throw new InputError(source, 'JSON data, not an article (for JSON Lines of articles use --from-jsonl)');
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES) throw new InputError('-', `standard input is over the ${MAX_BYTES / 1048576} MB limit`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function fetchUrl(url: string, timeoutMs: number): Promise<Loaded> {
  let response: Response;
  let bytes: Uint8Array;
  try {
    // The time limit covers the body too: a server may answer at once and then send a byte a minute.
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!response.ok) throw new InputError(url, `server answered ${response.status} ${response.statusText}`);
    const type = response.headers.get('content-type') ?? '';
    if (type && !/text\/|html|xml/i.test(type)) throw new InputError(url, `not an article (content type ${type})`);
    bytes = await readLimited(response, url);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const e = error as Error;
    const why = (e.cause as Error | undefined)?.message ?? e.message;
    if (e.name === 'TimeoutError') throw new InputError(url, `no answer within ${timeoutMs / 1000} s`);
    throw new InputError(url, `cannot be fetched (${why})`);
  }
  const type = response.headers.get('content-type') ?? '';
  return decode(
    url,
    bytes,
    /html/i.test(type) ? 'html' : type.startsWith('text/plain') ? 'text' : undefined,
    charsetOf(type),
  );
}

/**
 * The body as it arrives, inflated (fetch undoes gzip and brotli), and no further than MAX_BYTES:
 * a megabyte of gzip can inflate to a gigabyte, and reading it whole first took gigabytes.
 */
async function readLimited(response: Response, url: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    size += part.value.length;
    if (size > MAX_BYTES) {
      await reader!.cancel();
      throw new InputError(url, `page is over the ${MAX_BYTES / 1048576} MB limit`);
    }
    parts.push(part.value);
  }
  return Buffer.concat(parts);
}

/** The charset parameter of a Content-Type header. */
export function charsetOf(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
}
