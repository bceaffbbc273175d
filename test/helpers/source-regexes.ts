import {readdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join, relative} from 'node:path'
import ts from 'typescript'

const require = createRequire(import.meta.url)

export const SRC_DIR = new URL('../../src/', import.meta.url).pathname

/** One regular expression written in `src/`, with the pattern it compiles to. */
export interface SourceRegex {
  /** `src/…:line`, for messages. */
  where: string
  /** The pattern's source, as `new RegExp(source, flags)` would take it. */
  source: string
  flags: string
  /** A `/…/` literal, or a `new RegExp(…)` / `RegExp(…)` call. */
  kind: 'literal' | 'constructor'
}

/** A `RegExp(…)` call whose pattern is not a compile-time constant, so it cannot be audited. */
export interface UnresolvedRegex {
  where: string
  /** The call as written. */
  code: string
}

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return listSourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/**
 * Fold an expression to the string it always evaluates to, or `undefined`
 * when it is not a compile-time constant. Knows what the sources use to build
 * patterns: string and template literals, `String.raw`, `+`, `const`s (also
 * imported ones, through the type checker), and `[…].join(sep)`.
 */
function foldString(node: ts.Expression, checker: ts.TypeChecker, seen: Set<ts.Node> = new Set()): string | undefined {
  // `seen` holds the nodes being folded, to stop on a cycle; a constant used
  // twice in one pattern (NAME_WORD in PERSON_NAME) still folds both times.
  if (seen.has(node)) return undefined
  seen.add(node)
  try {
    return foldNode(node, checker, seen)
  } finally {
    seen.delete(node)
  }
}

function foldNode(node: ts.Expression, checker: ts.TypeChecker, seen: Set<ts.Node>): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return foldString(node.expression, checker, seen)
  if (ts.isTemplateExpression(node)) return foldTemplate(node, false, checker, seen)
  if (ts.isTaggedTemplateExpression(node)) {
    if (node.tag.getText() !== 'String.raw') return undefined
    const template = node.template
    if (ts.isNoSubstitutionTemplateLiteral(template)) return rawText(template)
    return foldTemplate(template, true, checker, seen)
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = foldString(node.left, checker, seen)
    const right = foldString(node.right, checker, seen)
    return left === undefined || right === undefined ? undefined : left + right
  }
  if (ts.isIdentifier(node)) {
    const initializer = resolveConst(node, checker)
    return initializer && foldString(initializer, checker, seen)
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join') {
    const target = resolveConst(node.expression.expression, checker)
    if (!target || !ts.isArrayLiteralExpression(target)) return undefined
    const separatorNode = node.arguments[0]
    const separator = separatorNode === undefined ? ',' : foldString(separatorNode, checker, seen)
    const parts = target.elements.map((element) => (ts.isSpreadElement(element) ? undefined : foldString(element, checker, seen)))
    if (separator === undefined || parts.some((part) => part === undefined)) return undefined
    return parts.join(separator)
  }
  return undefined
}

/** The raw text of a template piece, as `String.raw` sees it (line breaks as written, `\` kept). */
/** The initializer of the `const` an identifier names (through imports), or the node itself when it is not an identifier. */
function resolveConst(node: ts.Expression, checker: ts.TypeChecker): ts.Expression | undefined {
  if (!ts.isIdentifier(node)) return node
  let symbol = checker.getSymbolAtLocation(node)
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol)
  const declaration = symbol?.valueDeclaration
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined
  const list = declaration.parent
  if (!ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Const)) return undefined
  return declaration.initializer
}

function rawText(node: ts.TemplateLiteralLikeNode): string {
  return node.rawText ?? node.text
}

function foldTemplate(node: ts.TemplateExpression, raw: boolean, checker: ts.TypeChecker, seen: Set<ts.Node>): string | undefined {
  let text = raw ? rawText(node.head) : node.head.text
  for (const span of node.templateSpans) {
    const value = foldString(span.expression, checker, seen)
    if (value === undefined) return undefined
    text += value + (raw ? rawText(span.literal) : span.literal.text)
  }
  return text
}

function isRegExpCall(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  return (ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp'
}

/**
 * Every regular expression in `src/`: `/…/` literals, and `RegExp(…)` calls
 * whose pattern folds to a constant. Calls that do not fold are returned apart,
 * for the audit to reject unless they are listed with a reason.
 */
export function collectSourceRegexes(dir: string = SRC_DIR): {regexes: SourceRegex[]; unresolved: UnresolvedRegex[]} {
  const files = listSourceFiles(dir)
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    skipLibCheck: true,
    types: []
  })
  const checker = program.getTypeChecker()
  const regexes: SourceRegex[] = []
  const unresolved: UnresolvedRegex[] = []
  for (const file of files) {
    const sourceFile = program.getSourceFile(file)
    if (!sourceFile) throw new Error(`TypeScript did not load ${file}`)
    const where = (node: ts.Node): string =>
      `src/${relative(dir, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1}`
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile)
        const end = text.lastIndexOf('/')
        regexes.push({where: where(node), source: text.slice(1, end), flags: text.slice(end + 1), kind: 'literal'})
      } else if (isRegExpCall(node)) {
        const [patternNode, flagsNode] = node.arguments ?? []
        const source = patternNode ? foldString(patternNode, checker) : undefined
        const flags = flagsNode ? foldString(flagsNode, checker) : ''
        if (source === undefined || flags === undefined) unresolved.push({where: where(node), code: node.getText(sourceFile)})
        else regexes.push({where: where(node), source, flags, kind: 'constructor'})
      }
      ts.forEachChild(node, visit)
    }
    visit(sourceFile)
  }
  return {regexes, unresolved}
}

/** `{n,}` or `{n,m}` read at `source[index]`, or null when the brace is not a quantifier. */
function readBraces(source: string, index: number): {end: number; unbounded: boolean} | null {
  const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(index, index + 24))
  if (!match) return null
  return {end: index + match[0].length, unbounded: match[2] !== undefined && match[3] === ''}
}

/**
 * The first quantifier with no upper bound (`*`, `+`, `{n,}`) applied to a
 * group that itself holds one (`(a+)*`, `(?:\s*x)+`), or null. Such nesting is
 * what catastrophic backtracking is made of; the house rule forbids it even
 * where the pieces cannot overlap, so that no review has to prove they don't.
 * Reads the pattern as the `u` flag does: escapes, classes and groups.
 */
export function findNestedUnboundedQuantifier(source: string): string | null {
  // One entry per open group: whether an unbounded quantifier stands inside it.
  const stack: {start: number; unbounded: boolean}[] = [{start: 0, unbounded: false}]
  let atomStart = -1
  let atomUnbounded = false
  for (let i = 0; i < source.length; ) {
    const char = source[i] as string
    let quantifier: {end: number; unbounded: boolean} | null = null
    if (char === '*' || char === '+') quantifier = {end: i + 1, unbounded: true}
    else if (char === '?') quantifier = {end: i + 1, unbounded: false}
    else if (char === '{') quantifier = readBraces(source, i)
    if (quantifier) {
      if (quantifier.unbounded && atomUnbounded) return source.slice(atomStart, quantifier.end)
      const top = stack.at(-1) as {unbounded: boolean}
      if (quantifier.unbounded) top.unbounded = true
      i = quantifier.end
      if (source[i] === '?') i++ // lazy
      atomStart = -1
      atomUnbounded = false
      continue
    }
    atomStart = i
    atomUnbounded = false
    if (char === '\\') {
      const next = source[i + 1]
      i += 2
      if ((next === 'p' || next === 'P' || next === 'u' || next === 'k') && source[i] === '{' || (next === 'k' && source[i] === '<')) {
        const close = source.indexOf(next === 'k' ? '>' : '}', i)
        i = close < 0 ? source.length : close + 1
      }
    } else if (char === '[') {
      i++
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1
      i++
    } else if (char === '(') {
      stack.push({start: i, unbounded: false})
      i++
      atomStart = -1
    } else if (char === ')') {
      const group = stack.pop() as {start: number; unbounded: boolean}
      const parent = stack.at(-1) as {unbounded: boolean}
      if (group.unbounded) parent.unbounded = true
      atomStart = group.start
      atomUnbounded = group.unbounded
      i++
    } else {
      i++
    }
  }
  return null
}

/**
 * recheck's parameters for the audit: its defaults, less the time limits, so
 * that a verdict depends on the pattern alone (with its fixed random seed)
 * and not on how busy the machine is. Under load, the defaults' 250 ms
 * incubation and 1 s attack timeouts made the same pattern come out `safe`
 * in one run and `vulnerable` in the next.
 */
export const RECHECK_PARAMS = {timeout: null, incubationTimeout: null, attackTimeout: null, seedingTimeout: null} as const

/** What recheck says of one pattern. */
export interface RecheckVerdict {
  status: 'safe' | 'vulnerable' | 'unknown'
  /** For `vulnerable`: the complexity and an attack string; for `unknown`: the reason. */
  detail: string
  checker: string | null
}

/**
 * Check one pattern with recheck's pure-JavaScript backend, in this process:
 * no Java and no native binary, so it runs wherever npm ci ran.
 */
export function recheckPattern(source: string, flags: string): RecheckVerdict {
  process.env.RECHECK_SYNC_BACKEND = 'pure'
  const {checkSync} = require('recheck') as typeof import('recheck')
  const diagnostics = checkSync(source, flags, RECHECK_PARAMS)
  if (diagnostics.status === 'vulnerable') {
    return {status: 'vulnerable', detail: `${diagnostics.complexity.summary}, attack ${diagnostics.attack.pattern}`, checker: diagnostics.checker}
  }
  if (diagnostics.status === 'unknown') return {status: 'unknown', detail: diagnostics.error.kind, checker: diagnostics.checker ?? null}
  return {status: 'safe', detail: '', checker: diagnostics.checker ?? null}
}

/** The version of recheck installed: a verdict holds for the version that gave it. */
export function recheckVersion(): string {
  return (require('recheck/package.json') as {version: string}).version
}

/** How a pattern is written in the verdict file: as a literal, `/source/flags`. */
export function patternKey(regex: Pick<SourceRegex, 'source' | 'flags'>): string {
  return `/${regex.source}/${regex.flags}`
}

export const VERDICTS_PATH = new URL('../regex-audit.verdicts.json', import.meta.url).pathname

/**
 * The verdict file: the patterns recheck found safe, for one recheck version
 * and set of parameters. The test trusts a verdict only when all three match;
 * any other pattern is checked afresh. `npm run audit:regex` re-checks them
 * all and rewrites it (with `--write`).
 */
export interface VerdictFile {
  recheck: string
  params: typeof RECHECK_PARAMS
  safe: string[]
}
