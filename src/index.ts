export {cleanArticle} from './clean-article.js'
export {createCleaner} from './cleaner.js'
export type {Cleaner, LearnSummary} from './cleaner.js'
export type {CleanerProfile, SiteLines} from './learn/profile.js'
export {
  ArticleCleanerError,
  BinaryInputError,
  InputTooLargeError,
  InvalidInputError,
  ParseFailedError,
  TimeoutError,
  UnsupportedInputError,
  isArticleCleanerError
} from './errors.js'
export type {ErrorCode} from './errors.js'
export {DEFAULTS} from './options.js'
export {PAGE_TYPES} from './decide/classify/page-type.js'
export type {Options, Strictness} from './options.js'
export {RULES} from './decide/rules/index.js'
export type {Finding, FindingKind, Rule, RuleContext, RuleMatch} from './decide/rules/index.js'
export {PRUNE_RULES} from './segment/html/prune/prune-page.js'
export type {PruneContext, PruneRule} from './segment/html/prune/prune-page.js'
export type {ElementStats} from './segment/html/measure-page.js'
export type {Block, BlockMarkup, BlockMeasures} from './segment/block.js'
export type {
  Article,
  ArticleWarning,
  Author,
  Caption,
  CleanInput,
  Dateline,
  Direction,
  HtmlInput,
  PageType,
  Removal,
  RemovalReason,
  SocialHandle,
  TextInput,
  WarningCode
} from './types.js'
