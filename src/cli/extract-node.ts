import type { ArticleInput } from '../engine/article.js';
import { extractDocument } from '../extract/html.js';
import { extractText } from '../extract/text.js';
import { parseDocument } from './dom.js';

/** Node's side of extraction: parse5 and linkedom stand in for the browser's DOM (`dom.ts`). */
export function extractHtmlString(html: string, source: string): ArticleInput {
  return extractDocument(parseDocument(html), source);
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>])/i.test(text.slice(0, 2000));
}

export function extractAny(content: string, source: string, kind?: 'html' | 'text'): ArticleInput {
  const html = kind ? kind === 'html' : looksLikeHtml(content);
  return html ? extractHtmlString(content, source) : extractText(content, source);
}
