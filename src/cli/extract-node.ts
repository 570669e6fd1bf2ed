import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../engine/article.js';
import { extractDocument } from '../extract/html.js';
import { extractText } from '../extract/text.js';

/** Node's side of extraction: linkedom stands in for the browser's DOM. */
export function extractHtmlString(html: string, source: string): ArticleInput {
  const { document } = parseHTML(html);
  return extractDocument(document as unknown as Document, source);
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>])/i.test(text.slice(0, 2000));
}

export function extractAny(content: string, source: string, kind?: 'html' | 'text'): ArticleInput {
  const html = kind ? kind === 'html' : looksLikeHtml(content);
  return html ? extractHtmlString(content, source) : extractText(content, source);
}
