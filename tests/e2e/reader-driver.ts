import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * What the reader's tests need of a browser, said once so that one suite (reader.suite.ts) runs in
 * Chromium (Playwright over CDP) and in Firefox (Puppeteer over WebDriver BiDi) alike.
 */
export interface Tab {
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  hover(x: number, y: number): Promise<void>;
  screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void>;
  viewport(width: number, height: number): Promise<void>;
  front(): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  base: string;
  /** Opens the page, presses the toolbar button and opens the popup for it, done. */
  audit(path: string): Promise<{ page: Tab; popup: Tab; tabId: number }>;
  /** An extension page (the options page) to read and drive. */
  options(): Promise<Tab>;
  /** The popup for a tab again, as a second press would open it. */
  reopen(tabId: number, url: string): Promise<Tab>;
  /** Dark or light, for the extension's pages. */
  dark(tab: Tab, on: boolean): Promise<void>;
  /** The text the card on the page shows, where the browser lets a test into its closed shadow root; null where not. */
  cardText(page: Tab): Promise<string | null>;
  /** What the system clipboard holds. */
  clipboard(page: Tab): Promise<string>;
  /**
   * Whether one of the browser window's own keys is this one (Firefox's keyset; Chromium says so by leaving
   * the key unassigned).
   */
  browserUses(keys: string): Promise<boolean>;
  close(): Promise<void>;
}

/** axe-core's source, injected into a page by evaluation (the extension's pages allow no other script). */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs in an extension page: the extension API, whichever name the browser gives it. */
export type Api = typeof browser;
export const API = 'globalThis.browser ?? globalThis.chrome';
