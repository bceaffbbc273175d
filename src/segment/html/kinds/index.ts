import type {Element} from 'hast'
import type {PageType} from '../../../types.js'
import type {Container} from '../main-content.js'
import {PRUNE_RULES, type PruneRule} from '../prune/prune-page.js'
import type {ContentStats} from '../segment-page.js'
import {documentationContainer} from './documentation.js'
import {productPruneRules} from './product.js'
import {serviceContainer, servicePruneRules} from './service.js'

/**
 * What a kind of page changes in the HTML path: which tree rules run, and
 * where the main content is. Kinds not listed are cleaned as articles.
 */
export interface HtmlKind {
  /** The tree rules, in their order. */
  readonly pruneRules: readonly PruneRule[]
  /** The container, or null to score candidates as on an article. */
  container(body: Element, content: ReadonlyMap<Element, ContentStats>): Container | null
}

const ARTICLE: HtmlKind = {pruneRules: PRUNE_RULES, container: () => null}
const DOCUMENTATION: HtmlKind = {pruneRules: PRUNE_RULES, container: documentationContainer}
const PRODUCT: HtmlKind = {pruneRules: productPruneRules(PRUNE_RULES), container: () => null}
const SERVICE: HtmlKind = {pruneRules: servicePruneRules(PRUNE_RULES), container: serviceContainer}

/**
 * How the HTML path treats a kind of page.
 *
 * @param pageType The page's kind (given or guessed).
 * @returns Its tree rules and container choice.
 */
export function htmlKind(pageType: PageType): HtmlKind {
  return pageType === 'service' ? SERVICE : pageType === 'documentation' ? DOCUMENTATION : pageType === 'product' ? PRODUCT : ARTICLE
}
