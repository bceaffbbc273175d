/**
 * `npm run audit:regex`: check every regular expression in src/ with recheck,
 * afresh (no verdict is trusted), and fail unless every one is safe and none
 * nests an unbounded quantifier in another. `--write` then records the safe
 * verdicts in test/regex-audit.verdicts.json, which lets `npm test` skip the
 * minutes of fuzzing for patterns that have not changed.
 */
import {writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {
  collectSourceRegexes,
  findNestedUnboundedQuantifier,
  patternKey,
  RECHECK_PARAMS,
  recheckPattern,
  recheckVersion,
  VERDICTS_PATH,
  type VerdictFile
} from '../test/helpers/source-regexes.js'

const {values} = parseArgs({options: {write: {type: 'boolean', default: false}}})
const {regexes, unresolved} = collectSourceRegexes()
let failed = unresolved.length
for (const call of unresolved) console.log(`unauditable ${call.where}: ${call.code}`)
const safe = new Set<string>()
const start = performance.now()
for (const regex of regexes) {
  const nested = findNestedUnboundedQuantifier(regex.source)
  const began = performance.now()
  const verdict = recheckPattern(regex.source, regex.flags)
  const ms = performance.now() - began
  if (verdict.status === 'safe' && nested === null) safe.add(patternKey(regex))
  else failed++
  const note = nested === null ? verdict.detail : `nested unbounded quantifier ${nested}; ${verdict.detail}`
  console.log(`${verdict.status.padEnd(10)} ${ms.toFixed(0).padStart(6)} ms  ${(verdict.checker ?? '').padEnd(9)} ${regex.where}  ${note}`)
}
console.log(`\n${regexes.length} patterns, ${safe.size} distinct safe, ${failed} failing, in ${((performance.now() - start) / 1000).toFixed(0)} s (recheck ${recheckVersion()}, pure-JS backend)`)
if (failed > 0) process.exitCode = 1
else if (values.write) {
  const file: VerdictFile = {recheck: recheckVersion(), params: RECHECK_PARAMS, safe: [...safe].sort()}
  writeFileSync(VERDICTS_PATH, `${JSON.stringify(file, null, 2)}\n`)
  console.log(`wrote ${VERDICTS_PATH}`)
}
