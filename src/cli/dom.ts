import { parseHTML } from 'linkedom';
import { parse, parseFragment, type Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';
import { fixLinkedom, scriptless } from './dom-fixes.js';

/**
 * Node's stand-in for the browser's DOM. parse5 parses the page with the HTML standard's
 * algorithm, as browsers do (implied and misnested tags, text after `</body>`, upper-case
 * attribute names, entities); linkedom holds the tree, because it is light and fast enough for
 * 20 MB pages and web archives. linkedom's own parser (htmlparser2) builds another tree than a
 * browser on such markup, and a few of its answers differ from a browser's: `dom-fixes.ts` puts
 * those right.
 *
 * Scripting is on, as in the browser tab the extension reads: `<noscript>` holds its markup as
 * text. `scripting: false` parses it as elements, as `DOMParser` and a browser with scripts off do.
 */
export function parseDocument(html: string, { scripting = true }: { scripting?: boolean } = {}): Document {
  const doc = parseHTML('').document;
  fixLinkedom(doc, parseFragmentInto);
  if (!scripting) scriptless.add(doc);
  const adapter = linkedomAdapter(doc);
  parse(html, { treeAdapter: adapter, scriptingEnabled: scripting });
  adapter.finish();
  return doc;
}

/** `element.innerHTML = html` as a browser parses it: in the element's context. */
export function parseFragmentInto(element: Element, html: string): void {
  const doc = element.ownerDocument;
  const adapter = linkedomAdapter(doc);
  const fragment = parseFragment<Types>(element, html, {
    treeAdapter: adapter,
    scriptingEnabled: !scriptless.has(doc),
  });
  adapter.finish();
  element.replaceChildren(...Array.from(fragment.childNodes));
}

// parse5's NS enum holds these URIs, but the CLI's build loads parse5 lazily (functions only), so not its enum.
const HTML_NS: string = 'http://www.w3.org/1999/xhtml';

/**
 * How deep the parser nests elements, as Chromium's parser does (kMaximumHTMLParserDOMTreeDepth):
 * below this depth, a new node goes beside its parent instead of into it. Markup nested deeper
 * than any page's is so read as the browser the extension runs in reads it, and no reading of the
 * tree (Readability's, ours) goes deeper: 10,000 nested elements overflowed the stack, and each
 * level made Readability's passes over the levels below it longer.
 */
export const MAX_TREE_DEPTH = 512;

/** SVG and MathML elements: linkedom forgets MathML's namespace, and parse5 needs it to parse what follows. */
const foreign = new WeakMap<Node, string>();
const modes = new WeakMap<Node, string>();

interface Types extends TreeAdapterTypeMap<
  Node,
  ParentNode,
  ChildNode,
  Document,
  DocumentFragment,
  Element,
  Comment,
  Text,
  HTMLTemplateElement,
  DocumentType
> {}

function setAttributes(el: Element, attrs: Token.Attribute[]): void {
  // linkedom puts each new attribute first: set them last to first to keep the page's order.
  for (let i = attrs.length - 1; i >= 0; i--) {
    const a = attrs[i]!;
    const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
    if (!el.hasAttribute(name)) el.setAttribute(name, a.value);
  }
}

/**
 * parse5 builds the tree through this: linkedom nodes, made and moved with the DOM's own calls.
 * parse5 hands text over word by word; a text node's pieces are joined once, when the parse is
 * done (`finish`), rather than grown a word at a time (a 20 MB page took a third more memory).
 */
function linkedomAdapter(doc: Document): TreeAdapter<Types> & { finish(): void } {
  const pieces = new Map<Text, string[]>();
  /**
   * Each node's depth where the parser placed it (the document's is 0), so that the depth is known
   * without walking up the tree. A node moved later (misnested formatting tags) keeps the depth of
   * its descendants as placed: the cap may then act a level or two off, never the tree grow past it.
   */
  const depths = new WeakMap<Node, number>();
  const depthOf = (node: Node): number => {
    let known = depths.get(node);
    if (known === undefined) {
      known = 0;
      for (let n = node.parentNode; n; n = n.parentNode) known++;
      depths.set(node, known);
    }
    return known;
  };
  let textParent: ParentNode | null = null;
  let textInto: ParentNode | null = null;
  /** Where a node appended to `parent` goes: into it, or beside it once the tree is as deep as it may go. */
  const place = (parent: ParentNode, child: Node): void => {
    const depth = depthOf(parent);
    const into = depth > MAX_TREE_DEPTH && parent.parentNode ? parent.parentNode : parent;
    into.appendChild(child);
    depths.set(child, into === parent ? depth + 1 : depth);
  };
  const extend = (node: Text, text: string) => {
    const parts = pieces.get(node);
    if (parts) parts.push(text);
    else pieces.set(node, [node.data, text]);
  };
  const textNode = (text: string) => {
    const node = doc.createTextNode('');
    pieces.set(node, [text]);
    return node;
  };
  return {
    finish() {
      for (const [node, parts] of pieces) node.data = parts.join('');
      pieces.clear();
    },
    createDocument: () => doc,
    createDocumentFragment: () => doc.createDocumentFragment(),
    createElement(tagName, namespaceURI, attrs) {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-comparison -- the enum's values are these URIs
      const el = namespaceURI === HTML_NS ? doc.createElement(tagName) : doc.createElementNS(namespaceURI, tagName);
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-comparison -- the enum's values are these URIs
      if (namespaceURI !== HTML_NS) foreign.set(el, namespaceURI);
      setAttributes(el, attrs);
      return el;
    },
    createCommentNode: (data) => doc.createComment(data),
    createTextNode: (value) => doc.createTextNode(value),
    appendChild: place,
    insertBefore(parent, child, reference) {
      parent.insertBefore(child, reference);
      depths.set(child, depthOf(parent) + 1);
    },
    // A template's content lives in its own fragment, out of the document, as in a browser.
    setTemplateContent() {},
    getTemplateContent: (template) => template.content,
    setDocumentType(document, name) {
      (document as unknown as { doctype: string }).doctype = name;
    },
    setDocumentMode: (document, mode) => void modes.set(document, mode),
    getDocumentMode: (node) => (modes.get(node) ?? modes.get(node.ownerDocument!) ?? 'no-quirks') as never,
    detachNode: (node) => void node.parentNode?.removeChild(node),
    // Adjacent text is one text node, as the standard has it (htmlparser2 splits it at entities).
    insertText(parent, text) {
      // parse5 hands text over a word at a time, to the same parent: its place is looked up once.
      if (parent !== textParent) {
        textParent = parent;
        textInto = depthOf(parent) > MAX_TREE_DEPTH && parent.parentNode ? parent.parentNode : parent;
      }
      const into = textInto!;
      const last = into.lastChild;
      if (last?.nodeType === 3) extend(last as Text, text);
      else into.appendChild(textNode(text));
    },
    insertTextBefore(parent, text, reference) {
      const before = reference.previousSibling;
      if (before?.nodeType === 3) extend(before as Text, text);
      else parent.insertBefore(textNode(text), reference);
    },
    adoptAttributes: setAttributes,
    getFirstChild: (node) => node.firstChild,
    getChildNodes: (node) => Array.from(node.childNodes),
    getParentNode: (node) => node.parentNode,
    getAttrList: (el) => Array.from(el.attributes, (a) => ({ name: a.name, value: a.value })),
    getTagName: (el) => (foreign.has(el) ? el.localName : el.localName.toLowerCase()),
    getNamespaceURI: (el) => (foreign.get(el) ?? HTML_NS) as never,
    getTextNodeContent: (node) => pieces.get(node)?.join('') ?? node.data,
    getCommentNodeContent: (node) => node.data,
    getDocumentTypeNodeName: (node) => node.name,
    getDocumentTypeNodePublicId: (node) => node.publicId,
    getDocumentTypeNodeSystemId: (node) => node.systemId,
    isTextNode: (node): node is Text => node.nodeType === 3,
    isCommentNode: (node): node is Comment => node.nodeType === 8,
    isDocumentTypeNode: (node): node is DocumentType => node.nodeType === 10,
    isElementNode: (node): node is Element => node.nodeType === 1,
    setNodeSourceCodeLocation() {},
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation() {},
  };
}
