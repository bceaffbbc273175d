import type {Element} from 'hast'
import type {Container} from '../main-content.js'
import type {ContentStats} from '../segment-page.js'
import {mainLandmark} from './service.js'

/**
 * The container of a documentation page: its `<main>` landmark when it holds
 * most of the page's text, else the article scoring's choice.
 *
 * A documentation page is split into many short sections (an MDN page's
 * lead and each `section-content`, a Sphinx page's nested `section`s, a man
 * page's `sect1`s): the scoring picks the densest one and its siblings,
 * and lost the lead or whole sections (WCXB dev: 8,500 reference words
 * outside the container on 14 of 89 pages). The generators put the page's
 * content in `<main>` and the navigation beside it (Sphinx themes, MkDocs,
 * Docusaurus, MDN); a table of contents inside `<main>` is pruned as
 * navigation like any other.
 *
 * @param body The page's body.
 * @param content Each element's text measures without pruned subtrees.
 * @returns The landmark, or null to score the candidates.
 */
export function documentationContainer(body: Element, content: ReadonlyMap<Element, ContentStats>): Container | null {
  const main = mainLandmark(body, content)
  return main === null ? null : {elements: [main], top: main}
}
