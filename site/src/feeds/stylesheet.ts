/**
 * How an RSS feed opened in a browser explains itself: an XSLT stylesheet that
 * the browser's own XSLT processor turns into a page (no JavaScript). Feed readers
 * ignore it. One per language (/feed.xsl, /cy/feed.xsl), its words from the
 * dictionary; the style block is the same in every language, so the one hash in
 * public/_headers allows it.
 */
import type { Dictionary } from '../i18n/index.ts'

const x = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function feedStylesheet(words: Dictionary): string {
  const t = words.feedPage
  const lang = words.locale
  return `<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows an RSS feed opened in a browser as a page that says what a feed is and how
  to subscribe. Feed readers ignore this file and read the plain RSS. No JavaScript:
  the page is built by the browser's own XSLT processor.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:variable name="feedUrl" select="/rss/channel/atom:link[@rel='self']/@href"/>

  <xsl:template match="/">
    <html lang="${lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="/rss/channel/title"/> ${x(t.suffix)}</title>
        <style>
          body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; font-size: 1.125rem; line-height: 1.5; color: #1b1b1f; background: #fff; }
          .wrap { max-width: 44rem; margin: 0 auto; padding: 0 1rem; }
          .about { background: #f7f1f5; border-bottom: 4px solid #6b1d55; padding: 1.5rem 0; }
          .about h1 { font-size: 1.5rem; margin: 0 0 0.5rem; }
          .about p { margin: 0.5rem 0; }
          .address { display: block; padding: 0.5rem; margin: 0.5rem 0; background: #fff; border: 2px solid #1b1b1f; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 1rem; overflow-wrap: anywhere; }
          main h2 { font-size: 1.75rem; margin: 1.5rem 0 0.25rem; }
          main h3 { font-size: 1.25rem; margin: 0 0 0.25rem; }
          ol { list-style: none; padding: 0; }
          li { border-top: 1px solid #cdbfc8; padding: 1rem 0; }
          .date { color: #45454d; margin: 0; font-size: 1rem; }
          a { color: #6b1d55; }
          a:hover { color: #4a123a; }
          a:focus-visible { outline: none; background: #ffdd00; color: #1b1b1f; box-shadow: 0 3px 0 #1b1b1f; text-decoration: none; }
        </style>
      </head>
      <body>
        <header class="about">
          <div class="wrap">
            <h1>${x(t.heading)}</h1>
            <p>${x(t.what)}</p>
            <p><strong>${x(t.subscribe)}</strong>${x(t.copy)}</p>
            <code class="address"><xsl:value-of select="$feedUrl"/></code>
            <p>${x(t.noReader)}</p>
          </div>
        </header>
        <main class="wrap">
          <h2><xsl:value-of select="/rss/channel/title"/></h2>
          <p><xsl:value-of select="/rss/channel/description"/></p>
          <p><a href="{/rss/channel/link}">${x(t.website)}</a></p>
          <xsl:choose>
            <xsl:when test="/rss/channel/item">
              <ol>
                <xsl:apply-templates select="/rss/channel/item"/>
              </ol>
            </xsl:when>
            <xsl:otherwise>
              <p>${x(t.empty)}</p>
            </xsl:otherwise>
          </xsl:choose>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="item">
    <li>
      <h3>
        <xsl:choose>
          <xsl:when test="link"><a href="{link}"><xsl:value-of select="title"/></a></xsl:when>
          <xsl:otherwise><xsl:value-of select="title"/></xsl:otherwise>
        </xsl:choose>
      </h3>
      <!-- pubDate is "Tue, 01 Oct 2019 09:00:00 GMT": show the day, month and year. -->
      <xsl:if test="pubDate">
        <p class="date"><xsl:value-of select="substring(pubDate, 6, 11)"/></p>
      </xsl:if>
      <xsl:if test="string(description)">
        <p>
          <xsl:call-template name="unescape">
            <xsl:with-param name="text" select="description"/>
          </xsl:call-template>
        </p>
      </xsl:if>
    </li>
  </xsl:template>

  <!--
    A description is HTML-escaped plain text (readers treat it as HTML). Browsers'
    XSLT cannot be trusted to honour disable-output-escaping, so the few escapes the
    site writes are undone here and the result is output as text, never as markup.
  -->
  <xsl:template name="unescape">
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="contains($text, '&amp;')">
        <xsl:value-of select="substring-before($text, '&amp;')"/>
        <xsl:variable name="rest" select="substring-after($text, '&amp;')"/>
        <xsl:choose>
          <xsl:when test="starts-with($rest, 'lt;')">&lt;<xsl:call-template name="unescape"><xsl:with-param name="text" select="substring($rest, 4)"/></xsl:call-template></xsl:when>
          <xsl:when test="starts-with($rest, 'gt;')">&gt;<xsl:call-template name="unescape"><xsl:with-param name="text" select="substring($rest, 4)"/></xsl:call-template></xsl:when>
          <xsl:when test="starts-with($rest, 'amp;')">&amp;<xsl:call-template name="unescape"><xsl:with-param name="text" select="substring($rest, 5)"/></xsl:call-template></xsl:when>
          <xsl:when test="starts-with($rest, 'quot;')">"<xsl:call-template name="unescape"><xsl:with-param name="text" select="substring($rest, 6)"/></xsl:call-template></xsl:when>
          <xsl:when test="starts-with($rest, '#x27;')">'<xsl:call-template name="unescape"><xsl:with-param name="text" select="substring($rest, 6)"/></xsl:call-template></xsl:when>
          <xsl:otherwise>&amp;<xsl:call-template name="unescape"><xsl:with-param name="text" select="$rest"/></xsl:call-template></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
`
}

/** XSLT served as XML, so browsers apply it to the feed that names it. */
export function feedStylesheetResponse(words: Dictionary): Response {
  return new Response(feedStylesheet(words), { headers: { 'Content-Type': 'application/xslt+xml; charset=utf-8' } })
}
