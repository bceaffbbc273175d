import type {Comment, Doctype, Element, Properties, Root, RootContent, Text} from 'hast'
import {h, s} from 'hastscript'
import {html, type Token, type TreeAdapter, type TreeAdapterTypeMap} from 'parse5'
import {tickDeadline} from '../../util/deadline.js'

/**
 * A parse5 tree adapter (parse5's public extension point) that builds hast
 * as the parser goes, where parse5's own tree was built and then converted
 * by hast-util-from-parse5: on a 1 MB page of paragraphs the second tree and
 * its conversion were a fifth of the parse and much of the garbage (issue
 * 22). The nodes are what hast-util-from-parse5 8 makes of parse5's, without
 * positions: elements from hastscript's `h` (`s` in SVG) with the
 * attributes as properties, `template` content as a root, the document's
 * quirks mode in the root's `data`. test/html/hast-adapter.test.ts compares
 * the two on every fixture page.
 *
 * What parse5 asks of a node that hast does not hold (parents, attribute
 * lists, namespaces, the parser's own tag name) is kept on the side, for
 * this one parse.
 */

type ParentNode = Root | Element
type ChildNode = RootContent
type HastAdapterMap = TreeAdapterTypeMap<Root | RootContent, ParentNode, ChildNode, Root, Root, Element, Comment, Text, Element, Doctype>

/** Names `hast-util-from-parse5` leaves out: those of `Object.prototype`'s own properties. */
function isPrototypeName(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(Object.prototype, name)
}

/** The attributes as `h` is given them by hast-util-from-parse5: `prefix:name` → value, the first of a name. */
function attributeProperties(attrs: readonly Token.Attribute[]): Record<string, string> {
  const properties: Record<string, string> = {}
  for (const attribute of attrs) {
    const name = (attribute.prefix ? `${attribute.prefix}:` : '') + attribute.name
    if (!isPrototypeName(name)) properties[name] = attribute.value
  }
  return properties
}

/** `[a-z0-9-]` only: a name `h` keeps as it is (no selector `.`/`#`, nothing to lower-case). */
function isPlainTagName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i)
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45)) return false
  }
  return name.length > 0
}

/** A new text node, as hast-util-from-parse5 converts parse5's. */
function textNode(value: string): Text {
  return {type: 'text', value}
}

/** The index of `child` among `children`, looked for from the end (where parse5 mostly works). */
function indexOfChild(children: readonly ChildNode[], child: ChildNode): number {
  return children[children.length - 1] === child ? children.length - 1 : children.indexOf(child)
}

/** The parent of every node under `root`, template contents included. */
function indexParents(root: Root | null): Map<ChildNode, ParentNode> {
  const parents = new Map<ChildNode, ParentNode>()
  const stack: ParentNode[] = root ? [root] : []
  while (stack.length > 0) {
    const parent = stack.pop() as ParentNode
    for (const child of parent.children) {
      parents.set(child, parent)
      if (child.type === 'element') {
        stack.push(child)
        if (child.content) stack.push(child.content)
      }
    }
  }
  return parents
}

/** A tree adapter for one parse: its side tables hold that parse's nodes. */
export function hastTreeAdapter(): TreeAdapter<HastAdapterMap> {
  /**
   * Each attached node's parent, made at the first question and kept from
   * then on: parse5 asks only when it moves nodes (misnested formatting, a
   * table's stray content), and a map entry per node cost a third of the
   * parse on a page that never does.
   */
  let parents: Map<ChildNode, ParentNode> | null = null
  let document: Root | null = null
  const parentIndex = (): Map<ChildNode, ParentNode> => (parents ??= indexParents(document))
  /** Attribute lists of elements that have any (parse5 reads them for foreign content, and merges into them). */
  const attributeLists = new Map<Element, Token.Attribute[]>()
  /** Namespaces other than HTML. */
  const namespaces = new Map<Element, html.NS>()
  /** The parser's tag names where hast's differ. */
  const parserNames = new Map<Element, string>()
  const documentModes = new Map<Root, html.DOCUMENT_MODE>()

  const build = (tagName: string, namespaceURI: html.NS, attrs: readonly Token.Attribute[]): Element => {
    const svg = namespaceURI === html.NS.SVG
    if (attrs.length === 0 && !svg && tagName !== 'template' && isPlainTagName(tagName)) return {type: 'element', tagName, properties: {}, children: []}
    const element = (svg ? s : h)(tagName, attributeProperties(attrs))
    // `h` moves a `template`'s children into `content`: only an HTML template has content (parse5 gives it its own).
    if (element.tagName === 'template' && namespaceURI !== html.NS.HTML) delete element.content
    return element
  }
  const append = (parent: ParentNode, child: ChildNode): void => {
    // A first child gets a list of one: an empty list given one node reserves room for sixteen, and most elements of a big page hold one text.
    if (parent.children.length === 0) parent.children = [child] as typeof parent.children
    else (parent.children as ChildNode[]).push(child)
    parents?.set(child, parent)
  }
  const insertBefore = (parent: ParentNode, child: ChildNode, reference: ChildNode): void => {
    const children = parent.children as ChildNode[]
    children.splice(indexOfChild(children, reference), 0, child)
    parents?.set(child, parent)
  }

  return {
    createDocument() {
      document = {type: 'root', children: [], data: {quirksMode: false}}
      return document
    },
    createDocumentFragment: () => ({type: 'root', children: [], data: {quirksMode: false}}),
    createElement(tagName, namespaceURI, attrs) {
      tickDeadline('parse')
      const element = build(tagName, namespaceURI, attrs)
      if (attrs.length > 0) attributeLists.set(element, attrs)
      if (namespaceURI !== html.NS.HTML) namespaces.set(element, namespaceURI)
      if (element.tagName !== tagName) parserNames.set(element, tagName)
      return element
    },
    createCommentNode(data) {
      tickDeadline('parse')
      return {type: 'comment', value: data}
    },
    createTextNode: textNode,
    appendChild: append,
    insertBefore,
    setTemplateContent(template, content) {
      template.content = content
    },
    getTemplateContent: (template) => template.content as Root,
    setDocumentType(document) {
      // hast's doctype holds nothing of the name or identifiers: one is enough.
      if (!document.children.some((node) => node.type === 'doctype')) append(document, {type: 'doctype'})
    },
    setDocumentMode(document, mode) {
      documentModes.set(document, mode)
      document.data = {quirksMode: mode === html.DOCUMENT_MODE.QUIRKS || mode === html.DOCUMENT_MODE.LIMITED_QUIRKS}
    },
    getDocumentMode: (document) => documentModes.get(document) ?? html.DOCUMENT_MODE.NO_QUIRKS,
    detachNode(node) {
      const index = parentIndex()
      const parent = index.get(node)
      if (parent === undefined) return
      const children = parent.children as ChildNode[]
      children.splice(indexOfChild(children, node), 1)
      index.delete(node)
    },
    insertText(parent, text) {
      tickDeadline('parse')
      const last = parent.children[parent.children.length - 1]
      if (last !== undefined && last.type === 'text') last.value += text
      else append(parent, textNode(text))
    },
    insertTextBefore(parent, text, reference) {
      const children = parent.children as ChildNode[]
      const previous = children[indexOfChild(children, reference) - 1]
      if (previous !== undefined && previous.type === 'text') previous.value += text
      else insertBefore(parent, textNode(text), reference)
    },
    adoptAttributes(recipient, attrs) {
      const list = attributeLists.get(recipient) ?? []
      const had = list.length
      for (const attribute of attrs) if (!list.some((own) => own.name === attribute.name)) list.push(attribute)
      if (list.length === had) return
      attributeLists.set(recipient, list)
      const namespaceURI = namespaces.get(recipient) ?? html.NS.HTML
      recipient.properties = build(parserNames.get(recipient) ?? recipient.tagName, namespaceURI, list).properties as Properties
    },
    getFirstChild: (node) => node.children[0] ?? null,
    getChildNodes: (node) => node.children as ChildNode[],
    getParentNode: (node) => (node.type === 'root' ? null : (parentIndex().get(node) ?? null)),
    getAttrList: (element) => attributeLists.get(element) ?? [],
    getTagName: (element) => parserNames.get(element) ?? element.tagName,
    getNamespaceURI: (element) => (namespaces.size === 0 ? html.NS.HTML : (namespaces.get(element) ?? html.NS.HTML)),
    getTextNodeContent: (node) => node.value,
    getCommentNodeContent: (node) => node.value,
    getDocumentTypeNodeName: () => 'html',
    getDocumentTypeNodePublicId: () => '',
    getDocumentTypeNodeSystemId: () => '',
    isTextNode: (node): node is Text => node.type === 'text',
    isCommentNode: (node): node is Comment => node.type === 'comment',
    isDocumentTypeNode: (node): node is Doctype => node.type === 'doctype',
    isElementNode: (node): node is Element => node.type === 'element',
    setNodeSourceCodeLocation() {},
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation() {}
  }
}
