// `npm run rules-table`: print the README's rules table from the registry, so
// that the table is never out of date with the rules' own `matches` sentences.
import {RULES} from '../src/index.js'

const escape = (text: string): string => text.replaceAll('|', '\\|')
console.log('| # | rule | reason | matches |')
console.log('| --- | --- | --- | --- |')
RULES.forEach((rule, index) => console.log(`| ${index + 1} | \`${rule.name}\` | \`${rule.reason}\` | ${escape(rule.matches)} |`))
