// The package ships types for `require` only; its ESM entry (what bundler resolution picks) has none.
declare module 'mongodb-connection-string-url' {
  export default class ConnectionString {
    constructor(uri: string)
    pathname: string
    readonly searchParams: URLSearchParams
    readonly hosts: string[]
    readonly isSRV: boolean
    toString(): string
  }
}
