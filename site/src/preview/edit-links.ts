// Click-to-edit links, made for the text a page shows. @sanity/client can hide an
// edit link (stega) in every string it returns, but each costs about 40 µs and 800
// invisible characters: seconds and hundreds of MB for a campaign of thousands of
// updates, when a page shows a few dozen strings. So the client is asked only where
// each string is edited (its stega filter hears that, and declines to encode), the
// content carries a short marker after each string, and a page's output has each
// marker replaced by the link Sanity's client makes, through the client's own encoder.
//
// The content layer checks clean text with zod (a link would break "at most 100
// characters") and reshapes documents, so markers are put in after the checks, each
// string found again by its text: the same text in two places (an image credit
// shared by many images) links to the last place read.
import type { ContentSourceMap, ContentSourceMapDocuments, ContentSourceMapParsedPath, StegaConfig } from '@sanity/client'
import { jsonPath } from '@sanity/client/csm'
import { stegaEncodeSourceMap } from '@sanity/client/stega'
import type { SiteContent } from '../content/model.ts'
import { isEditableTextPath, stegaConfig } from './stega.ts'

interface Target {
  text: string
  document: ContentSourceMapDocuments[number]
  path: ContentSourceMapParsedPath
}

// A marker: two characters no stega payload uses, a number in four characters every
// payload uses, the two again. stegaClean() removes it like any payload.
const DIGITS = ['\u200b', '\u200c', '\u200d', '\ufeff'] as const
const OPEN = '\u2060\u2061'
const CLOSE = '\u2061\u2060'
const MARKER = /\u2060\u2061([\u200b\u200c\u200d\ufeff]+)\u2061\u2060/g

const markerFor = (n: number) => OPEN + [...n.toString(4)].map((d) => DIGITS[Number(d)]).join('') + CLOSE
const numberIn = (digits: string) => parseInt([...digits].map((c) => DIGITS.indexOf(c as (typeof DIGITS)[number])).join(''), 4)

export class EditLinks {
  private readonly targets: Target[] = []
  private readonly byText = new Map<string, number>()
  private readonly payloads = new Map<number, string>()
  private readonly studioUrl: string
  private readonly mode: 'marked' | 'encoded'

  /** `marked`: strings carry markers until expand() (the hosted preview); `encoded`: the whole link at once (the dev server's preview, which has no step after rendering). */
  constructor(studioUrl: string, mode: 'marked' | 'encoded' = 'marked') {
    this.studioUrl = studioUrl
    this.mode = mode
  }

  /** The client's stega settings: the preview's filter decides which strings get a link, and each is noted here instead of encoded. */
  stega(): StegaConfig {
    const wanted = stegaConfig(this.studioUrl).filter!
    return {
      enabled: true,
      studioUrl: this.studioUrl,
      filter: (props) => {
        if (wanted(props)) this.note({ text: props.value, document: props.sourceDocument, path: props.sourcePath })
        return false
      },
    }
  }

  /** Text with its edit link (or the link's marker), or unchanged when it has none. */
  mark(text: string): string {
    const n = this.byText.get(text)
    if (n === undefined) return text
    return text + (this.mode === 'marked' ? markerFor(n) : this.payload(n))
  }

  /** mark() on every reader-facing string under `node` (in place), found at `path` by the names the pages use. */
  markIn(node: object, path: string[]): void {
    for (const [key, value] of Object.entries(node)) {
      const here = Array.isArray(node) ? path : [...path, key]
      if (typeof value === 'string') {
        if (isEditableTextPath(here)) (node as Record<string, unknown>)[key] = this.mark(value)
      } else if (value && typeof value === 'object' && isPlain(value)) {
        this.markIn(value, here)
      }
    }
  }

  /** markIn() on every document of a language's content; the rest (source, clock, warnings) is the build's own. */
  markContent(content: SiteContent): void {
    for (const key of CONTENT_KEYS) this.markIn(content[key], [key])
  }

  /** A page's output with every marker replaced by its edit link. */
  expand(output: string): string {
    return output.replace(MARKER, (_, digits: string) => this.payload(numberIn(digits)))
  }

  private note(target: Target): void {
    const n = this.targets.push(target) - 1
    this.byText.set(target.text, n)
    // The content layer trims text; find it again after that.
    const trimmed = target.text.trim()
    if (trimmed !== target.text) this.byText.set(trimmed, n)
  }

  /** The invisible link Sanity's client would have put after the text, made by the client from a map of that one string. */
  private payload(n: number): string {
    let payload = this.payloads.get(n)
    if (payload === undefined) {
      const { text, document, path } = this.targets[n]!
      const map: ContentSourceMap = {
        documents: [document],
        paths: [jsonPath(path)],
        mappings: { $: { type: 'value', source: { type: 'documentValue', document: 0, path: 0 } } },
      }
      payload = stegaEncodeSourceMap(text, map, { enabled: true, studioUrl: this.studioUrl, filter: () => true }).slice(text.length)
      this.payloads.set(n, payload)
    }
    return payload
  }
}

const isPlain = (value: object) => {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null || Array.isArray(value)
}

const CONTENT_KEYS = ['settings', 'campaign', 'nations', 'asks', 'updates', 'stories', 'feedStories', 'milestones'] as const
