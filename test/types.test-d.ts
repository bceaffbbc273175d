import type {Root} from 'mdast'
import {expectTypeOf, test} from 'vitest'
import {cleanMany, type BatchErrorCode, type BatchInput, type BatchOptions, type BatchResult} from '../src/batch/index.js'
import {cleanArticle, isArticleCleanerError, type ArticleCleanerError, type Article, type CleanInput, type Options, type RemovalReason, type TimeoutError} from '../src/index.js'

test('cleanArticle takes a string, { text } or { html }, and options or null', () => {
  expectTypeOf(cleanArticle).parameter(0).toEqualTypeOf<CleanInput>()
  expectTypeOf(cleanArticle).parameter(1).toEqualTypeOf<Readonly<Options> | null | undefined>()
  expectTypeOf(cleanArticle).returns.toEqualTypeOf<Article>()
  expectTypeOf<{text: string; url: string}>().toMatchTypeOf<CleanInput>()
  expectTypeOf<{html: string}>().toMatchTypeOf<CleanInput>()
  expectTypeOf<{html: Uint8Array; url: string; encoding: string}>().toMatchTypeOf<CleanInput>()
  expectTypeOf<{html: Buffer}>().toMatchTypeOf<CleanInput>()
  expectTypeOf<number>().not.toMatchTypeOf<CleanInput>()
})

test('missing values are null, never optional', () => {
  expectTypeOf<Article['title']>().toEqualTypeOf<string | null>()
  expectTypeOf<Article['byline']>().toEqualTypeOf<string | null>()
  expectTypeOf<Article['publishedAt']>().toEqualTypeOf<string | null>()
  expectTypeOf<Article['language']>().toEqualTypeOf<string | null>()
  expectTypeOf<Article['dateline']>().toEqualTypeOf<{location: string; agency: string | null} | null>()
  expectTypeOf<Article['direction']>().toEqualTypeOf<'ltr' | 'rtl'>()
  expectTypeOf<Article['tree']>().toEqualTypeOf<Root>()
  expectTypeOf<Article['modifiedAt']>().toEqualTypeOf<string | null>()
  expectTypeOf<Article['canonicalUrl']>().toEqualTypeOf<string | null>()
  expectTypeOf<Article['image']>().toEqualTypeOf<string | null>()
})

test('reasons are a closed union', () => {
  expectTypeOf<'promo'>().toMatchTypeOf<RemovalReason>()
  expectTypeOf<'low-content'>().toMatchTypeOf<RemovalReason>()
  expectTypeOf<'low-score'>().toMatchTypeOf<RemovalReason>()
  expectTypeOf<Article['removed'][number]['score']>().toEqualTypeOf<number | undefined>()
  expectTypeOf<'some-site'>().not.toMatchTypeOf<RemovalReason>()
  expectTypeOf<Article['removed'][number]['reason']>().toEqualTypeOf<RemovalReason>()
})

test('options are all optional, with a closed strictness', () => {
  expectTypeOf<{}>().toMatchTypeOf<Options>()
  expectTypeOf<Options['comments']>().toEqualTypeOf<boolean | undefined>()
  expectTypeOf<Options['tables']>().toEqualTypeOf<boolean | undefined>()
  expectTypeOf<Options['strictness']>().toEqualTypeOf<'precision' | 'balanced' | 'recall' | undefined>()
})

test('the guard narrows unknown to an error with a code', () => {
  const error: unknown = new Error('x')
  if (isArticleCleanerError(error)) expectTypeOf(error.code).toEqualTypeOf<'invalid-input' | 'input-too-large' | 'unsupported-input' | 'binary-input' | 'parse-failed' | 'timeout'>()
})

test('a timeout is a number of milliseconds, and its error says what it was', () => {
  expectTypeOf<Options['timeoutMs']>().toEqualTypeOf<number | undefined>()
  expectTypeOf<TimeoutError>().toMatchTypeOf<ArticleCleanerError>()
  expectTypeOf<TimeoutError['code']>().toEqualTypeOf<'invalid-input' | 'input-too-large' | 'unsupported-input' | 'binary-input' | 'parse-failed' | 'timeout'>()
  expectTypeOf<TimeoutError['name']>().toEqualTypeOf<'TimeoutError'>()
  expectTypeOf<Pick<TimeoutError, 'timeoutMs' | 'elapsedMs' | 'stage'>>().toEqualTypeOf<{readonly timeoutMs: number; readonly elapsedMs: number; readonly stage: string}>()
})

test('cleanMany takes iterables of inputs with ids, and yields articles or error records', () => {
  expectTypeOf(cleanMany).parameter(0).toEqualTypeOf<Iterable<BatchInput> | AsyncIterable<BatchInput>>()
  expectTypeOf(cleanMany).parameter(1).toEqualTypeOf<Readonly<BatchOptions> | null | undefined>()
  expectTypeOf(cleanMany).returns.toEqualTypeOf<AsyncIterable<BatchResult>>()
  expectTypeOf<{text: string; id: number}>().toMatchTypeOf<BatchInput>()
  expectTypeOf<{text: string; id: {}}>().not.toMatchTypeOf<BatchInput>()
  expectTypeOf<{concurrency: 2; ordered: false; timeoutMs: 500; strictness: 'recall'}>().toMatchTypeOf<BatchOptions>()
  const result = {} as BatchResult
  if ('article' in result) expectTypeOf(result.article).toEqualTypeOf<Article>()
  else expectTypeOf(result.error.code).toEqualTypeOf<BatchErrorCode>()
  expectTypeOf<'timeout'>().toMatchTypeOf<BatchErrorCode>()
})
