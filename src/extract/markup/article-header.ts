import type {Element} from 'hast'
import {walk} from '../../segment/html/hast.js'
import type {Unit} from '../../segment/html/segment-page.js'
import {PROSE_PARAGRAPH_CHARS} from '../../segment/html/measure-page.js'

interface Zone {
  start: number
  end: number
  /** The first paragraph and the elements around it, which hold the body rather than stand before it. */
  around: Set<Element>
}

/**
 * A test for the article's own header: the elements after the headline and
 * before the body's first paragraph of prose. A byline there names the
 * article's author even when the pruning took the box around it for a share
 * bar or a list of links (corpus: msn, where the author's box holds the share
 * buttons). Positions are numbered on first use, once: most pages never ask.
 *
 * @param body The page's `<body>`.
 * @param units The article container's units, in document order.
 * @param parent Each element's parent.
 * @returns Whether `element` stands between `headline` and the body.
 */
export function articleHeaderTest(
  body: Element,
  units: readonly Unit[],
  parent: ReadonlyMap<Element, Element>
): (headline: Element, element: Element) => boolean {
  let positions: Map<Element, number> | null = null
  const zones = new Map<Element, Zone | null>()
  const numbered = (): Map<Element, number> => {
    if (positions !== null) return positions
    const map = new Map<Element, number>([[body, 0]])
    walk(body, (node) => {
      if (node.type !== 'element') return false
      map.set(node, map.size)
      return true
    })
    positions = map
    return map
  }
  const zoneOf = (headline: Element): Zone | null => {
    if (zones.has(headline)) return zones.get(headline) ?? null
    const at = numbered()
    const start = at.get(headline)
    const first = start === undefined ? undefined : units.find((unit) => unit.kind === 'text' && unit.chars >= PROSE_PARAGRAPH_CHARS && (at.get(unit.owner) ?? -1) > start)
    let zone: Zone | null = null
    if (start !== undefined && first !== undefined) {
      const around = new Set<Element>()
      for (let node: Element | undefined = first.owner; node !== undefined; node = parent.get(node)) around.add(node)
      zone = {start, end: at.get(first.owner) ?? start, around}
    }
    zones.set(headline, zone)
    return zone
  }
  return (headline, element) => {
    const zone = zoneOf(headline)
    if (zone === null) return false
    const position = numbered().get(element)
    return position !== undefined && position > zone.start && position < zone.end && !zone.around.has(element)
  }
}
