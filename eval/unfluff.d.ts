// unfluff ships no types; the held-out eval reads only these fields.
declare module 'unfluff' {
  interface UnfluffResult {
    title: string | null
    text: string | null
  }
  function unfluff(html: string, language?: string): UnfluffResult
  export default unfluff
}
