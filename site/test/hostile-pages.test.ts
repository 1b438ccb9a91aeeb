import { beforeAll, describe, expect, it } from 'vitest'
import { XMLValidator } from 'fast-xml-parser'
import { hostileDocuments } from './fixtures/hostile.ts'
import { writeDataset } from './fixtures/dataset.ts'
import { buildSite, type BuildResult } from './support/build-site.ts'
import { elements } from './support/html.ts'
import { readTextFiles } from './support/tree-hash.ts'

let build: BuildResult
let files: Map<string, string>

beforeAll(async () => {
  build = await buildSite({ DATASET_FILE: writeDataset(hostileDocuments()) })
  files = readTextFiles(build.outDir)
}, 120_000)

describe('hostile text in every free-text field', () => {
  it('still builds, and warns about the javascript: links it dropped, naming the document', () => {
    expect(build.code, build.stderr).toBe(0)
    expect(build.stderr).toMatch(/warning: update update-launch body\[0\]: link "javascript:alert\(3\)" dropped/)
  })

  it('puts no executable markup on any page', () => {
    const pages = [...files].filter(([path]) => path.endsWith('.html'))
    expect(pages.map(([p]) => p)).toEqual(expect.arrayContaining(['index.html', 'updates/index.html', 'updates/we-launched/index.html']))
    for (const [path, html] of pages) {
      const all = elements(html)
      for (const el of all) {
        if (el.tag === 'script') {
          if (path === 'search/index.html' && el.attrs.src?.startsWith('/pagefind/')) {
            // The one page that needs JavaScript loads Pagefind's own files, never inline code.
            expect(el.text.trim(), path).toBe('')
            continue
          }
          expect(el.attrs.type, `${path}: a script that is not data`).toBe('application/ld+json')
          expect(() => JSON.parse(el.text), path).not.toThrow()
        }
        const handlers = Object.keys(el.attrs).filter((name) => name.startsWith('on'))
        expect(handlers, `${path}: <${el.tag}> with an event handler`).toEqual([])
        for (const name of ['href', 'src', 'action', 'formaction']) {
          expect(el.attrs[name] ?? '', `${path}: <${el.tag} ${name}>`).not.toMatch(/^\s*(javascript|data|vbscript):/i)
        }
      }
      expect(all.some((el) => el.tag === 'b'), `${path}: markup from content became an element`).toBe(false)
      // The text is shown as text.
      expect(all.find((el) => el.tag === 'title')?.text, path).toContain('<script>alert(1)</script>')
    }
  })

  it('keeps every XML file well-formed, with no forbidden control character', () => {
    const xml = [...files].filter(([path]) => path.endsWith('.xml'))
    expect(xml.map(([p]) => p)).toContain('rss.xml')
    for (const [path, text] of xml) {
      expect(XMLValidator.validate(text), path).toBe(true)
      expect(text, path).not.toMatch(/[\u0001-\u0008\u000b\u000c\u000e-\u001f]/)
    }
  })
})
