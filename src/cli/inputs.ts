import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** One thing to audit, loaded lazily so that a failure stays with its input. */
export interface Loaded {
  source: string;
  content: string;
  kind?: 'html' | 'text';
  warning?: string;
}

export class InputError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(message);
  }
}

export const MAX_BYTES = 50 * 1024 * 1024;
const ARTICLE_FILE = /\.(?:html?|txt)$/i;

export async function expandInputs(inputs: string[]): Promise<Array<string | InputError>> {
  const out: Array<string | InputError> = [];
  for (const input of inputs) {
    if (input === '-' || /^https?:\/\//i.test(input)) {
      out.push(input);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      out.push(new InputError(input, 'no such file or directory'));
      continue;
    }
    if (!info.isDirectory()) {
      out.push(input);
      continue;
    }
    const files = (await readdir(input)).filter((f) => ARTICLE_FILE.test(f)).sort();
    if (!files.length) out.push(new InputError(input, 'directory holds no .html, .htm or .txt files'));
    out.push(...files.map((f) => path.join(input, f)));
  }
  return out;
}

export async function load(input: string, timeoutMs: number): Promise<Loaded> {
  if (input === '-') return decode('-', await readStdin(), undefined);
  if (/^https?:\/\//i.test(input)) return fetchUrl(input, timeoutMs);
  let bytes: Buffer;
  try {
    const info = await stat(input);
    if (info.size > MAX_BYTES) throw new InputError(input, `file is ${(info.size / 1048576).toFixed(0)} MB, over the ${MAX_BYTES / 1048576} MB limit`);
    bytes = await readFile(input);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(input, (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : `cannot be read (${(error as Error).message})`);
  }
  const kind = /\.html?$/i.test(input) ? 'html' : /\.txt$/i.test(input) ? 'text' : undefined;
  return decode(input, bytes, kind);
}

function decode(source: string, bytes: Uint8Array, kind: 'html' | 'text' | undefined): Loaded {
  if (bytes.length === 0) throw new InputError(source, 'empty input');
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(source, 'binary data, not an article (expected HTML or text)');
  const loaded: Loaded = { source, content: '' };
  if (kind) loaded.kind = kind;
  try {
    loaded.content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Old pages in Windows-1252 still read well; say so rather than refuse them.
    loaded.content = new TextDecoder('windows-1252').decode(bytes);
    loaded.warning = 'not valid UTF-8; read as Windows-1252';
  }
  return loaded;
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
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    const e = error as Error;
    throw new InputError(url, e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : `cannot be fetched (${(e.cause as Error | undefined)?.message ?? e.message})`);
  }
  if (!response.ok) throw new InputError(url, `server answered ${response.status} ${response.statusText}`);
  const type = response.headers.get('content-type') ?? '';
  if (type && !/text\/|html|xml/i.test(type)) throw new InputError(url, `not an article (content type ${type})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new InputError(url, `page is over the ${MAX_BYTES / 1048576} MB limit`);
  return decode(url, bytes, /html/i.test(type) ? 'html' : type.startsWith('text/plain') ? 'text' : undefined);
}
