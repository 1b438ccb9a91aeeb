// The static host's headers (site/public/_headers) against the built demo site:
// a strict Content-Security-Policy that the pages really need nothing beyond,
// security headers everywhere, and one Cache-Control per file.
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './support/browser.ts'
import { demoSite } from './support/demo-site.ts'
import { headersFor, matchingRules, parseCsp, parseHeaders } from './support/headers-file.ts'
import { elements } from './support/html.ts'
import { serveStatic, type StaticServer } from './support/static-server.ts'

const HEADERS_FILE = fileURLToPath(new URL('../public/_headers', import.meta.url))
const rules = parseHeaders(readFileSync(HEADERS_FILE, 'utf8'))
const csp = parseCsp(headersFor(rules, '/')['content-security-policy'] ?? '')

const LONG = /^public, max-age=31536000, immutable$/
const maxAge = (value: string) => Number(/max-age=(\d+)/.exec(value)?.[1] ?? NaN)

let site: string

/** Every file the host serves (the _headers file itself is read by the host, not served). */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (path === join(site, '_headers')) return []
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

/** The URL a file of the built site is served at (a folder's index.html at the folder's URL). */
const urlOf = (file: string) => `/${relative(site, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1')

beforeAll(async () => {
  site = await demoSite()
})

describe('Content-Security-Policy', () => {
  it('forbids inline script: scripts only from the site itself', () => {
    const scripts = csp.get('script-src')!
    expect(scripts).toContain("'self'")
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", 'data:', 'blob:', 'https:', '*']) {
      expect(scripts).not.toContain(unsafe)
    }
    expect(scripts.filter((s) => /^'(sha\d+|nonce)-/.test(s))).toEqual([])
    // Pagefind's search index is WebAssembly: that, and nothing more.
    expect(scripts.filter((s) => s !== "'self'")).toEqual(["'wasm-unsafe-eval'"])
  })

  it('closes everything else by default, and may not be framed', () => {
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'self'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp.has('script-src-elem') || csp.has('script-src-attr')).toBe(false)
  })

  it('allows inline style blocks only by hash: exactly those of the feeds\' page (feed.xsl, the same in every language)', () => {
    const stylesheets = ['feed.xsl', 'cy/feed.xsl'].map((file) => readFileSync(join(site, file), 'utf8'))
    const blocks = [...new Set(stylesheets.flatMap((xsl) => [...xsl.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)))]
    const hashes = blocks.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`)
    expect(csp.get('style-src'), 'update the hash in site/public/_headers to match feed.xsl').toEqual(["'self'", ...hashes])
    expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"])
  })

  it('applies to every URL, with the other security headers', () => {
    for (const path of ['/', '/updates/x/', '/rss.xml', '/pagefind/pagefind.js', '/_astro/a.css', '/nope']) {
      expect(headersFor(rules, path)).toMatchObject({
        'content-security-policy': expect.stringContaining("script-src 'self'"),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'permissions-policy': expect.stringContaining('camera=()'),
        'x-frame-options': 'DENY',
      })
    }
  })
})

describe('framing: only the embeds, by any site', () => {
  const EMBEDS = /^\/(cy\/)?embed\//
  const framing = (path: string) => {
    const headers = headersFor(rules, path)
    return { ancestors: parseCsp(headers['content-security-policy'] ?? '').get('frame-ancestors'), xfo: headers['x-frame-options'], headers }
  }

  it('lets any site frame /embed/* and /cy/embed/*, with one policy (not the site-wide one joined to it) and no X-Frame-Options', () => {
    for (const path of ['/embed/petition/', '/embed/asks/', '/cy/embed/petition/', '/cy/embed/asks/']) {
      const { ancestors, xfo, headers } = framing(path)
      expect(ancestors, path).toEqual(['*'])
      expect(xfo, path).toBeUndefined()
      expect(headers['content-security-policy'], path).not.toContain("'none', ")
      expect(headers['content-security-policy']!.match(/frame-ancestors/g), path).toHaveLength(1)
      // Stricter than the site in all else: no script, no forms, nothing fetched; still no plugins, still no-sniff.
      const policy = parseCsp(headers['content-security-policy']!)
      expect([policy.get('script-src'), policy.get('form-action'), policy.get('connect-src'), policy.get('object-src')], path).toEqual([["'none'"], ["'none'"], ["'none'"], ["'none'"]])
      expect(headers['x-content-type-options'], path).toBe('nosniff')
      expect(headers['x-robots-tag'], path).toBe('noindex')
    }
  })

  it('keeps every other file of the built site unframable: frame-ancestors \'none\' and X-Frame-Options DENY', () => {
    const others = files(site).map(urlOf).filter((url) => !EMBEDS.test(url))
    expect(others.length).toBeGreaterThan(50)
    for (const url of [...others, '/nope', '/embedded/', '/asks/embed/']) {
      const { ancestors, xfo } = framing(url)
      expect([ancestors, xfo], url).toEqual([["'none'"], 'DENY'])
    }
  })

  it('reads a removal and a new value in one rule as Cloudflare does: removed first, then set', () => {
    const two = parseHeaders('/*\n  X-A: site\n  X-B: site\n/x/*\n  ! X-A\n  X-A: own\n  X-B: more\n')
    expect(headersFor(two, '/x/y')).toEqual({ 'x-a': 'own', 'x-b': 'site, more' })
    expect(headersFor(two, '/y')).toEqual({ 'x-a': 'site', 'x-b': 'site' })
  })
})

describe('the built demo pages need no inline script', () => {
  it('has no inline <script> but JSON-LD, no on…= handlers and no javascript: URLs', () => {
    const pages = files(site).filter((f) => f.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(20)
    const problems: string[] = []
    for (const page of pages) {
      for (const el of elements(readFileSync(page, 'utf8'))) {
        const where = `${urlOf(page)} <${el.tag}>`
        if (el.tag === 'script' && !el.attrs.src && el.attrs.type !== 'application/ld+json') problems.push(`${where}: inline script`)
        if (el.tag === 'script' && el.attrs.src && !el.attrs.src.startsWith('/')) problems.push(`${where}: script from ${el.attrs.src}`)
        for (const [name, value] of Object.entries(el.attrs)) {
          if (/^on/i.test(name)) problems.push(`${where}: ${name}=`)
          if (/^\s*javascript:/i.test(value)) problems.push(`${where}: ${name}="${value}"`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('has JSON-LD that is data, not a script a browser would run', () => {
    const ld = files(site)
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) => elements(readFileSync(f, 'utf8')).filter((e) => e.tag === 'script' && !e.attrs.src))
    expect(ld.length).toBeGreaterThan(0)
    for (const script of ld) expect(() => JSON.parse(script.text)).not.toThrow()
  })
})

describe('caching', () => {
  it('gives every file of the built site exactly one Cache-Control rule', () => {
    const unmatched = files(site)
      .map(urlOf)
      .filter((url) => matchingRules(rules, url).filter((r) => r.set.some(([name]) => name === 'cache-control')).length !== 1)
    expect(unmatched).toEqual([])
  })

  it('caches hashed files for a year and checks pages, feeds and the search index often', () => {
    for (const file of files(site)) {
      const url = urlOf(file)
      const cache = headersFor(rules, url)['cache-control']!
      if (url.startsWith('/_astro/') || url.startsWith('/images/') || url.startsWith('/og/')) expect(cache, url).toMatch(LONG)
      else if (file.endsWith('.html')) expect(cache, url).toBe('public, max-age=0, must-revalidate')
      else if (/\.(xml|json|ics)$/.test(file) && !url.startsWith('/pagefind/')) expect(maxAge(cache), url).toBeLessThanOrEqual(300)
      else expect(maxAge(cache), url).toBeLessThanOrEqual(3600)
    }
  })

  it('names hashed files by their content, so a year is safe', () => {
    const hashed = files(site).map(urlOf).filter((u) => u.startsWith('/_astro/') || u.startsWith('/images/') || u.startsWith('/og/'))
    expect(hashed.length).toBeGreaterThan(0)
    // Astro's name.<hash>.ext, the build's images/<sha1 of the image>-<width>.webp, and og/<hash of the card's text>.png
    for (const url of hashed) expect(url, url).toMatch(/\.[A-Za-z0-9_-]{8}\.[a-z0-9]+$|\/[0-9a-f]{40}-\d+\.[a-z]+$|^\/og\/[0-9a-f]{20}\.png$/)
  })
})

describe('the site in a browser, under these headers', () => {
  let server: StaticServer
  let browser: Browser

  beforeAll(async () => {
    server = await serveStatic(site)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  /**
   * Opens a page with the _headers file's headers on every response, and collects
   * CSP violations. In an XML document Chromium's own XML viewer and XSLT machinery
   * trip the policy with no source of ours (no file, line 0): those are not counted.
   */
  async function open(path: string) {
    const xml = /\.xml$/.test(path)
    const context = await browser.newContext()
    const page = await context.newPage()
    const violations: string[] = []
    await page.exposeFunction('reportViolation', (v: { directive: string; blocked: string; file: string; line: number }) => {
      if (xml && !v.file) return
      violations.push(`${v.directive} ${v.blocked} ${v.file}:${v.line}`)
    })
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: object) => void }).reportViolation({ directive: e.effectiveDirective, blocked: e.blockedURI, file: e.sourceFile, line: e.lineNumber }),
      )
    })
    page.on('console', (message) => {
      if (!xml && message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.route('**/*', async (route) => {
      const response = await route.fetch()
      const url = new URL(route.request().url())
      await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(rules, url.pathname) } })
    })
    return { page, context, violations }
  }

  it('searches on the search page with no CSP violation', async () => {
    const { page, context, violations } = await open(`${server.origin}/search/?q=nurse`)
    await page.goto(`${server.origin}/search/?q=nurse`)
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 })
    expect(await page.locator('.pagefind-ui__result').count()).toBeGreaterThan(0)
    await page.waitForTimeout(300)
    expect(violations).toEqual([])
    await context.close()
  }, 60_000)

  it('lets a page on another origin frame the embeds, and not an ordinary page', async () => {
    // The partner: another origin (another port), with no headers of ours.
    const partnerDir = mkdtempSync(join(tmpdir(), 'partner-'))
    const frames = { petition: '/embed/petition/', asks: '/embed/asks/', welsh: '/cy/embed/petition/', home: '/', ask: '/asks/' }
    writeFileSync(
      join(partnerDir, 'index.html'),
      `<!doctype html><title>Partner</title>${Object.entries(frames).map(([id, path]) => `<iframe id="${id}" title="${id}" src="${server.origin}${path}"></iframe>`).join('')}`,
    )
    const partner = await serveStatic(partnerDir)
    const context = await browser.newContext()
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url())
      if (url.origin !== server.origin) return route.continue()
      const response = await route.fetch()
      await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(rules, url.pathname) } })
    })
    const page = await context.newPage()
    await page.goto(`${partner.origin}/`, { waitUntil: 'load' })
    expect(new URL(page.url()).origin).not.toBe(server.origin)

    const shown = async (id: string) => {
      const frame = await (await page.$(`#${id}`))!.contentFrame()
      return frame!.evaluate(() => (location.href.startsWith('http') ? (document.body.textContent ?? '').replace(/\s+/g, ' ') : '')).catch(() => '')
    }
    expect(await shown('petition')).toMatch(/64,217 people have signed/)
    expect(await shown('asks')).toMatch(/Prompt diagnosis/)
    expect(await shown('welsh')).toMatch(/o bobl wedi llofnodi/)
    expect(await shown('home')).toBe('')
    expect(await shown('ask')).toBe('')
    // Chromium puts its error page in a refused frame, in place of ours.
    const frameUrl = async (id: string) => (await (await page.$(`#${id}`))!.contentFrame())!.url()
    expect(await frameUrl('petition')).toBe(`${server.origin}/embed/petition/`)
    expect([await frameUrl('home'), await frameUrl('ask')]).toEqual(['chrome-error://chromewebdata/', 'chrome-error://chromewebdata/'])
    await context.close()
    await partner.close()
  }, 60_000)

  it.each(['/', '/asks/', '/updates/', '/timeline/', '/rss.xml', '/embed/petition/', '/cy/embed/asks/'])('shows %s with no CSP violation', async (path) => {
    const { page, context, violations } = await open(path)
    const response = await page.goto(`${server.origin}${path}`)
    // The embeds run under their own, stricter policy: no script at all.
    expect(response?.headers()['content-security-policy']).toContain(path.includes('/embed/') ? "script-src 'none'" : "script-src 'self'")
    await page.waitForLoadState('load')
    expect(violations).toEqual([])
    await context.close()
  }, 60_000)
})
